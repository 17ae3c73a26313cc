"""Other SPARQL servers: push the built graph (Graph Store HTTP Protocol) and query them (SPARQL Protocol).

    push("http://127.0.0.1:7878", Path("build"))                       # Oxigraph server: Graph Store /store
    push("http://127.0.0.1:8890", Path("build"), Auth("dba", pw), server="virtuoso")
    remote_query("http://127.0.0.1:8890", text, bindings, "table", server="virtuoso")

One code path for every server; what differs is in kg.sparql.server_profiles. Graphs go up as N-Triples in
chunks (PUT the first, POST the rest) so that no request is huge: a single 64 MB PUT stalls Virtuoso.
Queries are sent form-encoded (`query=`), which every server answers; Virtuoso 7.2 never answers a
POST of `application/sparql-query`.
"""

import re
import time
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

from kg.errors import CoopKGError
from kg.sparql.http_client import Auth, Session, auth_from  # noqa: F401 (Auth and auth_from are used through here)
from kg.sparql.query import inline_values, with_prefixes
from kg.sparql.server_profiles import BULK_ABOVE, CHUNK_TRIPLES, OUR_GRAPHS, UNION_GRAPH, ServerProfile, profile

ATTEMPTS = 3  # per request, for a busy server or a dropped connection
ACCEPT = {  # what to ask for, per --format; a CONSTRUCT answer comes back as RDF
    "table": "application/sparql-results+json, text/turtle;q=0.9",
    "json": "application/sparql-results+json, application/ld+json;q=0.9",
    "xml": "application/sparql-results+xml, application/rdf+xml;q=0.9",
    "csv": "text/csv, application/n-triples;q=0.9",
    "tsv": "text/tab-separated-values, application/n-triples;q=0.9",
}
# Read from the query text without its comment lines (a saved query's header may say "from every source").
USES_GRAPH = re.compile(r"\bGRAPH\s+[?$<\w]", re.IGNORECASE)
OWN_DATASET = re.compile(r"\bFROM\s+(NAMED\s+)?[<\w]", re.IGNORECASE)  # the query names its dataset itself
COMMENT_LINE = re.compile(r"^\s*#.*$", re.MULTILINE)
VIRTUOSO_ASK = "__ASK_RETVAL"  # the variable Virtuoso 7.2 answers an ASK query with


def graph_store_url(endpoint: str, server: str = "oxigraph") -> str:
    """The Graph Store endpoint: the URL as given, or the server's path added to a bare server URL."""
    return profile(server).graph_store_url(endpoint)


def graphs_of(build_dir: Path) -> dict:
    """Graph -> triples from build/graph.trig: each named graph, and their de-duplicated union as
    the default graph (the same layout as the local store, see kg.graph.store.with_union_default_graph)."""
    trig = build_dir / "graph.trig"
    if not trig.is_file():
        raise CoopKGError(f"no {trig}", fix="run 'coopkg build' (with the trig format) first")
    graphs: dict = {}
    union = set()
    for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        triple = ox.Triple(quad.subject, quad.predicate, quad.object)
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            graphs.setdefault(quad.graph_name, []).append(triple)
        union.add(triple)
    graphs[ox.DefaultGraph()] = sorted(union, key=str)
    return graphs


def push(endpoint: str, build_dir: Path, auth: Auth | None = None, progress=None, *, server: str = "oxigraph",
         chunk_triples: int = CHUNK_TRIPLES) -> dict:
    """Replace every graph of the build in the server's Graph Store; returns {graph label: triples}.
    The union goes to the server's default graph, or to the named graph UNION_GRAPH where it has none."""
    settings = profile(server)
    url = settings.graph_store_url(endpoint)
    session = Session(auth)
    say = progress or (lambda message: None)
    sent = {}
    for graph, triples in graphs_of(build_dir).items():
        if isinstance(graph, ox.DefaultGraph) and not settings.default_graph:
            graph = ox.NamedNode(UNION_GRAPH)
        label = "default graph" if isinstance(graph, ox.DefaultGraph) else graph.value
        _put_graph(session, _graph_url(url, graph), triples, chunk_triples, settings.bulk_option,
                   lambda done, label=label, total=len(triples): say(f"PUT {label}: {done}/{total} triples"))
        sent[label] = len(triples)
    return sent


def prune(endpoint: str, keep, auth: Auth | None = None, progress=None, *, server: str = "oxigraph",
          query_endpoint: str | None = None) -> list[str]:
    """Delete the graphs under our namespace (OUR_GRAPHS) that the server has and keep (the graphs
    just pushed) has not: sources removed from data/ since an earlier push. Returns their IRIs.
    Graphs outside our namespace are never touched."""
    settings = profile(server)
    url = settings.graph_store_url(endpoint)
    session = Session(auth)
    stale = sorted(set(remote_graphs(query_endpoint or settings.query_url(url), session)) - set(keep)
                   - {UNION_GRAPH})
    for graph in stale:
        _with_retries(lambda graph=graph: session.request(_graph_url(url, ox.NamedNode(graph)), method="DELETE"))
        if progress:
            progress(f"DELETE {graph} (not in this build)")
    return stale


def _graph_url(store_url: str, graph) -> str:
    joiner = "&" if "?" in store_url else "?"
    if isinstance(graph, ox.DefaultGraph):
        return store_url + joiner + "default"
    return store_url + joiner + urlencode({"graph": graph.value})


def _put_graph(session: Session, url: str, triples: list, chunk_triples: int, bulk_option: str, progress):
    """PUT the first chunk (replacing the graph), POST the others (adding to it). Chunks are cut only
    when no blank node would be split between two requests (each request gets fresh blank nodes).
    A chunk of BULK_ABOVE triples or more carries the server's bulk option, if it has one."""
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
        chunk_triples = max(len(triples), 1)
    starts = range(0, max(len(triples), 1), max(chunk_triples, 1))
    for number, start in enumerate(starts):
        chunk = triples[start:start + chunk_triples]
        body = ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES)
        target = url + f"&{bulk_option}" if bulk_option and len(chunk) >= BULK_ABOVE else url
        _with_retries(lambda: session.request(target, method="PUT" if number == 0 else "POST", body=body,
                                              headers={"Content-Type": "application/n-triples"}))
        progress(start + len(chunk))


def _with_retries(send, attempts: int = ATTEMPTS, first_wait: float = 1.0):
    """send(), tried again after 1 s, 2 s, ... when the failure looks passing (timeout, reset, 5xx).
    Resending is safe: a PUT replaces, and a POST of the same triples adds nothing new to a graph."""
    for attempt in range(1, attempts + 1):
        try:
            return send()
        except CoopKGError as exc:
            if attempt == attempts or not getattr(exc, "transient", False):
                raise
            time.sleep(first_wait * 2 ** (attempt - 1))


def remote_graphs(query_endpoint: str, session: Session) -> list[str]:
    """The named graphs under our namespace (OUR_GRAPHS) that the server holds."""
    text = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(STRSTARTS(STR(?g), "{OUR_GRAPHS}")) }}')
    body, _ = session.request(query_endpoint, method="POST", body=urlencode({"query": text}).encode("ascii"),
                              headers={"Content-Type": "application/x-www-form-urlencoded",
                                       "Accept": "application/sparql-results+json"})
    rows = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
    return [row["g"].value for row in rows]


def dataset_for(text: str, settings: ServerProfile, default_graphs=(), named_graphs=(), list_graphs=None) -> dict:
    """The protocol's default-graph-uri / named-graph-uri for a query, as {parameter: [IRIs]}.

    Given graphs win; a query with its own FROM gets none; on a server whose union is UNION_GRAPH the
    default graph is UNION_GRAPH and, when the query uses GRAPH, the named graphs are ours
    (list_graphs() asks the server which there are)."""
    if default_graphs or named_graphs:
        return {"default-graph-uri": list(default_graphs), "named-graph-uri": list(named_graphs)}
    code = COMMENT_LINE.sub("", text)
    if settings.default_graph or OWN_DATASET.search(code):
        return {}
    named = [g for g in list_graphs() if g != UNION_GRAPH] if USES_GRAPH.search(code) and list_graphs else []
    return {"default-graph-uri": [UNION_GRAPH], "named-graph-uri": named}


def remote_query(endpoint: str, text: str, bindings: dict | None = None, fmt: str = "table",
                 auth: Auth | None = None, *, server: str = "oxigraph", default_graphs=(), named_graphs=()) -> str:
    """Run a query on a SPARQL endpoint; the answer as text in fmt (table, json, xml, csv, tsv)."""
    if fmt not in ACCEPT:
        raise CoopKGError(f"unknown format '{fmt}'", fix=f"use {', '.join(ACCEPT)}")
    body, content_type = _post_query(endpoint, text, bindings, ACCEPT[fmt], auth, server, default_graphs, named_graphs)
    if VIRTUOSO_ASK.encode("ascii") in body[:1000]:
        return _as_boolean(body, content_type, fmt)
    if fmt == "table" and "sparql-results+json" in content_type:
        return _render(_parse_results(body, content_type), "table")
    return body.decode("utf-8")


def remote_results(endpoint: str, text: str, bindings: dict | None = None, auth: Auth | None = None, *,
                   server: str = "oxigraph", default_graphs=(), named_graphs=()):
    """Run a query on a SPARQL endpoint and parse the answer into the objects a local store returns
    (pyoxigraph QuerySolutions or QueryBoolean; a list of Triples for CONSTRUCT/DESCRIBE), so the
    Python API reads local and remote answers the same way."""
    body, content_type = _post_query(endpoint, text, bindings, ACCEPT["table"], auth, server,
                                     default_graphs, named_graphs)
    if VIRTUOSO_ASK.encode("ascii") in body[:1000]:
        body, content_type = _as_boolean(body, content_type, "json").encode("utf-8"), "application/sparql-results+json"
    try:
        if "sparql-results" in content_type:
            return _parse_results(body, content_type)
        return list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as exc:
        raise CoopKGError(f"{endpoint}: cannot read the answer ({content_type or 'no content type'}): {exc}") from exc


def _post_query(endpoint: str, text: str, bindings: dict | None, accept: str, auth: Auth | None,
                server: str = "oxigraph", default_graphs=(), named_graphs=()) -> tuple[bytes, str]:
    """POST the query form-encoded (every server answers that; Virtuoso never answers a
    application/sparql-query body), with the dataset parameters the server needs."""
    settings = profile(server)
    url = settings.query_url(endpoint)
    session = Session(auth)
    query = with_prefixes(inline_values(text, bindings or {}))
    dataset = dataset_for(query, settings, default_graphs, named_graphs,
                          list_graphs=lambda: remote_graphs(url, session))
    form = [("query", query)] + [(key, iri) for key, iris in dataset.items() for iri in iris]
    return session.request(url, method="POST", body=urlencode(form).encode("ascii"),
                           headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})


def _parse_results(body: bytes, content_type: str):
    results_format = ox.QueryResultsFormat.XML if "xml" in content_type else ox.QueryResultsFormat.JSON
    try:
        return ox.parse_query_results(body, results_format)
    except (SyntaxError, ValueError) as exc:
        raise CoopKGError(f"the endpoint's results do not parse: {exc}") from exc


def _as_boolean(body: bytes, content_type: str, fmt: str) -> str:
    """Virtuoso answers ASK with one row of __ASK_RETVAL = 1 or 0: give the standard boolean instead."""
    if "json" in content_type or "xml" in content_type:
        rows = list(_parse_results(body, content_type))
        value = rows[0][VIRTUOSO_ASK].value if rows and rows[0][VIRTUOSO_ASK] is not None else "0"
    else:  # CSV or TSV: a header line, then the value
        lines = body.decode("utf-8").split()
        value = lines[1].strip('"') if len(lines) > 1 else "0"
    answer = value not in ("0", "false")
    boolean = ox.parse_query_results(b'{"head": {}, "boolean": %s}' % (b"true" if answer else b"false"),
                                     ox.QueryResultsFormat.JSON)
    return _render(boolean, fmt)


def _render(results, fmt: str) -> str:
    """The same text the local `coopkg query` prints for these results."""
    from kg.sparql.results import render
    return render(results, fmt)
