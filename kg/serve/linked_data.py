"""Linked data: GET /id/<kind>/<key> describes the entity BASE + 'id/<kind>/<key>'.

The description is Oxigraph's DESCRIBE of the IRI (its concise bounded description), the triples
that link to the entity (kg.sparql.describe), and the labels of the things on the other end, as Turtle /
N-Triples / JSON-LD, or an HTML page for browsers.
"""

import html
from urllib.parse import quote

import pyoxigraph as ox

from kg.sparql.describe import PROVENANCE_LINKS, incoming
from kg.namespaces import BASE, PREFIXES
from kg.sparql.results import compact
from kg.serve import negotiate
from kg.serve.execute import Answer, HttpError, collect, triples_answer

ID_PREFIX = BASE + "id/"
LABEL_PROPERTIES = ("skos:prefLabel", "rdfs:label", "foaf:name", "dcterms:title", "schema:name")
PAGE_CSP = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


def entity_iri(raw_path: str) -> ox.NamedNode:
    """/id/institution/haui -> <BASE id/institution/haui>; the raw path is kept so IRIs compare exactly."""
    try:
        return ox.NamedNode(BASE + raw_path.lstrip("/"))
    except ValueError:
        raise HttpError(404, "no such entity") from None


def describe(store: ox.Store, iri: ox.NamedNode, budget, max_results: int) -> list:
    """The entity's triples both ways (what it says, and what links to it; kg.sparql.describe), plus the
    labels of the things on the other end of each link."""
    # str(iri) is Oxigraph's N-Triples form of a validated IRI, so it cannot break out of <...>.
    triples = collect(store.query(f"DESCRIBE {iri}"), budget, max_results, "triples")
    triples += collect(incoming(store, [iri]), budget, max_results, "triples")
    labels = store.query(
        f"CONSTRUCT {{ ?x ?lp ?label }} WHERE {{ {{ {iri} ?p ?x }} UNION {{ ?x ?p {iri} }} "
        f"VALUES ?lp {{ {' '.join(LABEL_PROPERTIES)} }} ?x ?lp ?label }}", prefixes=PREFIXES)
    return triples + collect(labels, budget, max_results, "triples")


def answer(store: ox.Store, raw_path: str, accept: str | None, budget, max_results: int,
           format_param: str | None = None) -> Answer:
    iri = entity_iri(raw_path)
    offers = [negotiate.HTML] + negotiate.GRAPHS
    choice = negotiate.choose(accept, offers, negotiate.GRAPH_ALIASES, format_param, graph_kind=True)
    if choice is None:
        raise HttpError(406, f"available: {negotiate.supported_list(offers)}")
    triples = describe(store, iri, budget, max_results)
    if not any(t.subject == iri for t in triples):
        raise HttpError(404, f"nothing is known about {iri.value}")
    if choice is negotiate.HTML:
        return Answer(html_page(iri, triples), "text/html; charset=utf-8", headers={
            "Content-Security-Policy": PAGE_CSP, "Vary": "Accept"})
    result = triples_answer(triples, choice)
    result.headers["Vary"] = "Accept"
    return result


def local_link(iri: str) -> str | None:
    return "/id/" + quote(iri[len(ID_PREFIX):], safe="/:@-._~!$&'()*+,;=%") if iri.startswith(ID_PREFIX) else None


def html_page(iri: ox.NamedNode, triples: list) -> bytes:
    labels = {}
    for t in triples:
        if isinstance(t.object, ox.Literal) and compact(t.predicate.value) in LABEL_PROPERTIES:
            labels.setdefault(t.subject, []).append(t.object)
    title = _best_label(labels.get(iri)) or compact(iri.value)
    rows = []
    for t in sorted((t for t in triples if t.subject == iri), key=lambda t: (t.predicate.value, str(t.object))):
        rows.append(f"<tr><td>{_term_html(t.predicate, labels, False)}</td><td>{_term_html(t.object, labels)}</td></tr>")
    e = html.escape
    linked_from = _linked_from_html(iri, triples, labels)
    alternates = "".join(f'<a href="{e(local_link(iri.value) or "")}?format={f}" type="{m}">{n}</a> '
                         for f, m, n in (("turtle", "text/turtle", "Turtle"), ("json-ld", "application/ld+json", "JSON-LD")))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{e(title)} — CoopKG</title>"
            f"<link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>"
            f"<p><a href=\"/\">CoopKG query page</a></p><h1>{e(title)}</h1><p><code>{e(iri.value)}</code></p>"
            f"<table><thead><tr><th>property</th><th>value</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"{linked_from}"
            f"<p>Also as {alternates}(or ask with an Accept header).</p></body></html>").encode("utf-8")


def _linked_from_html(iri: ox.NamedNode, triples: list, labels: dict) -> str:
    """The 'Linked from' table: the agreements, memberships, events ... that point at the entity.
    Links from the provenance records (statements, quotes, disagreements) are only counted."""
    incoming_links = sorted({t for t in triples if t.object == iri and t.subject != iri},
                            key=lambda t: (t.predicate.value, str(t.subject)))
    shown = [t for t in incoming_links if t.predicate.value not in PROVENANCE_LINKS]
    hidden = len(incoming_links) - len(shown)
    if not incoming_links:
        return ""
    rows = "".join(f"<tr><td>{_term_html(t.subject, labels)}</td><td>{_term_html(t.predicate, labels, False)}</td></tr>"
                   for t in shown)
    note = (f"<p>and {hidden} link(s) from the statements and quotes that record where the facts come from "
            f"(the saved query <code>sources-of-fact</code> lists them).</p>") if hidden else ""
    return (f"<h2>Linked from</h2><table><thead><tr><th>resource</th><th>property</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>{note}")


def _best_label(literals) -> str | None:
    if not literals:
        return None
    english = [lit for lit in literals if lit.language == "en"]
    return (english or sorted(literals, key=lambda lit: lit.value))[0].value


def _term_html(term, labels: dict, with_label: bool = True) -> str:
    e = html.escape
    if isinstance(term, ox.NamedNode):
        text = compact(term.value)
        label = _best_label(labels.get(term)) if with_label else None
        shown = f"{e(label)} <span class=\"datatype\">{e(text)}</span>" if label else e(text)
        link = local_link(term.value)
        return f'<a href="{e(link)}">{shown}</a>' if link else shown
    if isinstance(term, ox.Literal):
        suffix = f" <span class=\"lang\">@{e(term.language)}</span>" if term.language else ""
        return e(term.value) + suffix
    return e(str(term))
