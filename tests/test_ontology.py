"""The ontology documents itself, aligns with the standard vocabularies, and is consistent."""

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.namespaces import COOP, ONTOLOGY_IRI
from kg.paths import ONTOLOGY_DIR
from kg.vocab import load_vocabulary, ontology_graph, vocabulary_graph


def own_terms(graph):
    return sorted({s for s in graph.subjects() if str(s).startswith(str(COOP._NS))})


def test_header():
    g = ontology_graph()
    for prop in (OWL.versionIRI, OWL.versionInfo, DCTERMS.title, DCTERMS.description, DCTERMS.license,
                 DCTERMS.creator, DCTERMS.created, DCTERMS.modified):
        assert g.value(ONTOLOGY_IRI, prop) is not None, prop


def test_every_term_has_english_and_vietnamese_label_and_definition():
    g = ontology_graph()
    terms = own_terms(g)
    assert len(terms) > 50
    for term in terms:
        langs = {l.language for l in g.objects(term, RDFS.label)}
        assert {"en", "vi"} <= langs, term
        assert g.value(term, SKOS.definition) or g.value(term, RDFS.comment), term
        assert g.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, term


def test_declared_namespace_matches_the_ontology():
    defined = {str(t) for t in own_terms(ontology_graph())}
    declared = {str(COOP._NS) + name for name in COOP.__annotations__}
    assert defined == declared


@pytest.mark.parametrize("cls,parent", [
    (COOP.Institution, "http://www.w3.org/ns/org#Organization"),
    (COOP.Person, "http://xmlns.com/foaf/0.1/Person"),
    (COOP.Membership, "http://www.w3.org/ns/org#Membership"),
    (COOP.Role, "http://www.w3.org/ns/org#Role"),
    (COOP.CooperationArea, "http://www.w3.org/2004/02/skos/core#Concept"),
    (COOP.SourceDocument, "http://www.w3.org/ns/prov#Entity"),
    (COOP.SourceDocument, "http://xmlns.com/foaf/0.1/Document"),
    (COOP.Agreement, "http://www.w3.org/ns/prov#Entity"),
    (COOP.SigningEvent, "http://www.w3.org/ns/prov#Activity"),
    (COOP.SigningEvent, "https://schema.org/Event"),
])
def test_alignment_declared(cls, parent):
    g = ontology_graph()
    from rdflib import URIRef
    assert (cls, RDFS.subClassOf, URIRef(parent)) in g or any(
        (mid, RDFS.subClassOf, URIRef(parent)) in g for mid in g.objects(cls, RDFS.subClassOf))


def test_area_scheme_is_rich_enough():
    g, vocab = vocabulary_graph(), load_vocabulary()
    assert len(vocab.areas) >= 20
    assert len(vocab.area_broader) >= 15  # hierarchical
    from kg.namespaces import AREA
    for key in vocab.areas:
        concept = AREA[key]
        assert {l.language for l in g.objects(concept, SKOS.prefLabel)} >= {"en", "vi"}, key
        assert g.value(concept, SKOS.definition) is not None, key
        assert (concept, RDF.type, COOP.CooperationArea) in g


def _closure_is_consistent(graph: Graph) -> bool:
    import owlrl
    closure = Graph()
    for triple in graph:
        closure.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
    no_nothing = not any(closure.subjects(RDF.type, OWL.Nothing))
    # owlrl reports clashes (e.g. one individual in two disjoint classes) as agent-ont#error triples.
    clashes = [o for s, p, o in closure if str(p).endswith("agent-ont#error")]
    return no_nothing and not clashes


def test_ontology_and_seed_graph_are_consistent(seed_build):
    graph = Graph().parse(seed_build[0] / "graph.ttl", format="turtle")
    assert _closure_is_consistent(graph)


def test_consistency_check_can_fail():
    g = ontology_graph()
    bad = Graph()
    for triple in g:
        bad.add(triple)
    from rdflib import URIRef
    thing = URIRef("https://example.org/both")
    bad.add((thing, RDF.type, COOP.Person))
    bad.add((thing, RDF.type, COOP.Institution))
    assert not _closure_is_consistent(bad)
