"""rdflib terms <-> pyoxigraph terms. rdflib is our API for building data; Oxigraph does the
heavy lifting (serialising, storing, querying) because it is ~10-40x faster (LIBRARY-NOTES)."""

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot convert {term!r} to an Oxigraph term")


def to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term is None:
        return None
    raise TypeError(f"cannot convert {term!r} to an rdflib term")


def quads_to_ox(quads) -> list:
    """rdflib (s, p, o, g) tuples -> Oxigraph quads, sorted so every output is deterministic."""
    return sorted_quads_and_triples(quads, with_triples=False)[0]


def sorted_quads_and_triples(quads, with_triples: bool = True) -> tuple[list, list]:
    """rdflib quads -> (Oxigraph quads sorted by graph, subject, predicate, object;
    the de-duplicated union of their triples sorted by subject, predicate, object).

    Terms repeat a lot (predicates, graph names, shared objects), so each distinct term is
    converted and given its sort key (its N-Triples form) once; both orders then sort on those
    strings. The profile of a 1 M-triple build showed per-position conversion and str() of
    Oxigraph terms inside the sort key as the cost of this step.
    """
    converted: dict = {}

    def term(t):
        found = converted.get(t)
        if found is None:
            ox_term = to_ox(t)
            found = converted[t] = (str(ox_term), ox_term)
        return found

    # Each position is a (sort text, Oxigraph term) pair: tuples of pairs sort by the texts in C,
    # with no key function (building ~2 M key strings was a third of this step in the profile).
    # Equal texts mean equal terms, so the second element never decides the order.
    keyed = [(term(g), term(s), term(p), term(o)) for s, p, o, g in quads]
    keyed.sort()
    ox_quads = [ox.Quad(s[1], p[1], o[1], g[1]) for g, s, p, o in keyed]
    if not with_triples:
        return ox_quads, []
    ordered = sorted({(s, p, o) for _, s, p, o in keyed})
    return ox_quads, [ox.Triple(s[1], p[1], o[1]) for s, p, o in ordered]
