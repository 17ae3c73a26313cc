"""DESCRIBE with incoming links: what points at a resource belongs to its description too.

Oxigraph answers `DESCRIBE <x>` with the triples whose subject is <x> (a concise bounded
description), so an institution's description would not list the agreements it is party to or the
memberships held in it: those triples have the institution as their object. Here a DESCRIBE is
answered as Oxigraph answers it plus every triple whose object is a described resource (a
symmetric description). `coopkg query`, the SPARQL endpoint and the entity pages all use this.

The described resources are found without parsing the WHERE clause: the IRIs named after DESCRIBE
are kept as they are, and for its variables the same query is asked again as SELECT DISTINCT.
"""

import re

import pyoxigraph as ox

from kg.prefixes import PREFIXES

# The prologue (PREFIX/BASE lines and comments) before the query form.
_PROLOGUE = r"(?:\s+|#[^\n]*|PREFIX\s+[A-Za-z][\w.-]*:\s*<[^<>\s]*>|PREFIX\s+:\s*<[^<>\s]*>|BASE\s*<[^<>\s]*>)*"
_DESCRIBE = re.compile(rf"^(?P<prologue>{_PROLOGUE})DESCRIBE\b(?P<rest>.*)$", re.I | re.S)
# One target after DESCRIBE: a variable, an IRI, a prefixed name or '*'.
_TARGET = re.compile(r"\s*(\?\w+|\$\w+|<[^<>\s]*>|\*|[A-Za-z][\w.-]*:[\w.%-]*|:[\w.%-]*)")
_END_OF_TARGETS = re.compile(r"\s*(FROM\b|WHERE\b|\{|$)", re.I)

# Links into the statements and quotes that record provenance: part of a full description, but
# noise on a page about the entity (the sources-of-fact query lists them properly).
PROVENANCE_LINKS = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject",
                    "http://www.w3.org/1999/02/22-rdf-syntax-ns#object",
                    "https://w3id.org/coopkg/ontology#supports",
                    "https://w3id.org/coopkg/ontology#aboutResource")


def is_describe(text: str) -> bool:
    return _DESCRIBE.match(text) is not None


def _split(text: str) -> tuple[str, list[str], str]:
    """(prologue, targets, the rest: dataset clauses, WHERE and modifiers) of a DESCRIBE query."""
    match = _DESCRIBE.match(text)
    prologue, rest = match.group("prologue"), match.group("rest")
    targets = []
    while not _END_OF_TARGETS.match(rest):
        target = _TARGET.match(rest)
        if not target:  # not a form we recognise: let the engine report it
            break
        targets.append(target.group(1))
        rest = rest[target.end():]
    return prologue, targets, rest


def described_resources(store: ox.Store, text: str, check=None, **options) -> list:
    """The IRIs and blank nodes a DESCRIBE query describes, in a stable order. check() is called
    between solutions (the endpoint's deadline)."""
    options = {"prefixes": PREFIXES, **options}
    prologue, targets, rest = _split(text)
    variables = [t for t in targets if t[0] in "?$"]
    named = [t for t in targets if t[0] not in "?$*"]
    found = []
    if named:
        found += [s["r"] for s in store.query(f"{prologue} SELECT ?r WHERE {{ VALUES ?r {{ {' '.join(named)} }} }}",
                                              prefixes=options["prefixes"])]
    if variables or "*" in targets:
        projection = " ".join(variables) if variables else "*"
        for solution in store.query(f"{prologue} SELECT DISTINCT {projection} {rest}", **options):
            if check:
                check()
            found += [term for term in solution if isinstance(term, (ox.NamedNode, ox.BlankNode))]
    return sorted(set(found), key=str)


def incoming(store: ox.Store, resources: list, **options):
    """Every triple whose object is one of the resources (an iterator of Triples)."""
    named = [r for r in resources if isinstance(r, ox.NamedNode)]
    if not named:
        return iter(())
    # str() of a NamedNode is its N-Triples form, so it cannot break out of the VALUES block.
    values = " ".join(str(r) for r in named)
    return store.query(f"CONSTRUCT {{ ?s ?p ?r }} WHERE {{ VALUES ?r {{ {values} }} ?s ?p ?r }}", **options)


def incoming_for_query(store: ox.Store, text: str, check=None, **options):
    """The incoming triples that complete the answer of a DESCRIBE query (empty for other queries)."""
    if not is_describe(text):
        return iter(())
    return incoming(store, described_resources(store, text, check, **options), **options)


def complete(store: ox.Store, text: str, result, **options):
    """A query's result, with the incoming links added when it is a DESCRIBE (then a list of Triples)."""
    if not is_describe(text):
        return result
    triples = dict.fromkeys(result)
    triples.update(dict.fromkeys(incoming_for_query(store, text, **options)))
    return list(triples)
