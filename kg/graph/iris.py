"""IRIs minted from stable record keys, never from labels.

Facts and annotations have no key of their own: their IRIs are a short hash of the
N-Triples form of what they stand for, so the same fact always gets the same IRI.
"""

import hashlib

from rdflib import URIRef

from kg.namespaces import (AGENT, AGREEMENT, ANNOTATION, AREA, DISAGREEMENT, EVENT, GRAPH, INST, MEMBERSHIP,
                           PERSON, PLACE, ROLE, SIGNING, SOURCE, STATEMENT, TITLE)


def _digest(*parts) -> str:
    text = "\x1f".join(p.n3() if hasattr(p, "n3") else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def institution(key: str) -> URIRef:
    return INST[key]


def person(key: str) -> URIRef:
    return PERSON[key]


def place(key: str) -> URIRef:
    return PLACE[key]


def agreement(key: str) -> URIRef:
    return AGREEMENT[key]


def signing(agreement_key: str) -> URIRef:
    return SIGNING[agreement_key]


def association(agreement_key: str, person_key: str) -> URIRef:
    return SIGNING[f"{agreement_key}/association/{person_key}"]


def membership(person_key: str, institution_key: str, role_key: str) -> URIRef:
    return MEMBERSHIP[f"{person_key}/{institution_key}/{role_key}"]


def event(key: str) -> URIRef:
    return EVENT[key]


def source(key: str) -> URIRef:
    return SOURCE[key]


def source_graph(key: str) -> URIRef:
    return GRAPH[f"source/{key}"]


def agent(name_key: str) -> URIRef:
    return AGENT[name_key]


def area(key: str) -> URIRef:
    return AREA[key]


def role(key: str) -> URIRef:
    return ROLE[key]


def title(key: str) -> URIRef:
    return TITLE[key]


def statement(s, p, o) -> URIRef:
    return STATEMENT[_digest(s, p, o)]


def annotation(source_key: str, statement_iri, quote: str) -> URIRef:
    return ANNOTATION[_digest(source_key, statement_iri, quote)]


def disagreement(subject, prop) -> URIRef:
    return DISAGREEMENT[_digest(subject, prop)]


# Named graphs that are not a single source's.
SOURCES_GRAPH = GRAPH["sources"]      # metadata of the source documents
DERIVED_GRAPH = GRAPH["derived"]      # what the build infers: preferred labels, superclasses, disagreements
VOCABULARY_GRAPH = GRAPH["vocabulary"]  # the area, role and title schemes
ONTOLOGY_GRAPH = GRAPH["ontology"]
CURATION_GRAPH = GRAPH["curation"]    # identifiers a curator gives in records (ROR, Wikidata)
