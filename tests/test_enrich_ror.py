"""ROR enrichment of the seed graph: HaUI and the ministry get their ROR IDs, the facts come from ROR
(not from the articles) in their own named graph, and a build without an index still works."""

import pytest
from rdflib import URIRef
from rdflib.namespace import PROV, RDF, SKOS

from kg.graph import iris
from kg.graph.build import check_data
from kg.graph.emit import emit
from kg.graph.enrich_ror import ROR_GRAPH, ROR_SOURCE, add_ror_enrichment
from kg.namespaces import COOP
from tests.conftest import DATA
from tests.test_registry import HAUI, MOIT, _slice_lines, _write_xz


@pytest.fixture(scope="module")
def slice_index(tmp_path_factory):
    from kg.registry.ror_import import import_ror
    folder = tmp_path_factory.mktemp("ror-enrich")
    dump = _write_xz(folder / "slice.jsonl.xz", _slice_lines())
    db = folder / "ror.sqlite"
    import_ror(dump, db, quiet=True)
    return db


@pytest.fixture(scope="module")
def enriched(slice_index):
    sources, resolved = check_data(DATA)
    sink = emit(resolved, sources)
    report = add_ror_enrichment(sink, resolved, index=slice_index)
    return set(sink), report


def test_haui_and_ministry_get_their_ror_ids(enriched):
    quads, report = enriched
    assert (iris.institution("haui"), SKOS.exactMatch, URIRef(HAUI), ROR_GRAPH) in quads
    assert (iris.institution("moit"), SKOS.exactMatch, URIRef(MOIT), ROR_GRAPH) in quads
    assert (iris.institution("haui"), SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q16892082"),
            ROR_GRAPH) in quads
    assert any("haui -> https://ror.org/05hhz4s12" in line for line in report.lines())


def test_enriched_facts_derive_from_ror_not_from_an_article(enriched):
    quads, _ = enriched
    ror_facts = [q for q in quads if q[3] == ROR_GRAPH and q[1] == COOP.country and "/institution/" in q[0]]
    assert ror_facts, "no country added from ROR"
    for s, p, o, _ in ror_facts:
        statement = iris.statement(s, p, o)
        assert (statement, PROV.wasDerivedFrom, ROR_SOURCE, ROR_GRAPH) in quads
        # no article graph states it
        assert not any(q[:3] == (s, p, o) and q[3] != ROR_GRAPH for q in quads)
    assert (ROR_SOURCE, RDF.type, COOP.SourceDocument, ROR_GRAPH) in quads


def test_bcit_is_not_guessed(enriched):
    quads, report = enriched
    assert not any(q[0] == iris.institution("bcit") and q[1] == SKOS.exactMatch for q in quads)


def test_without_an_index_enrichment_is_skipped_and_said(tmp_path):
    sources, resolved = check_data(DATA)
    sink = emit(resolved, sources)
    before = len(sink)
    report = add_ror_enrichment(sink, resolved, index=tmp_path / "missing.sqlite")
    assert len(sink) == before
    assert report.lines()[0].startswith("ROR enrichment skipped: no ROR index")


def test_build_with_an_index_carries_ror_ids(slice_index, tmp_path, monkeypatch):
    from kg.graph.build import build
    from kg.sparql.query import run_local
    from kg.graph.store import open_store
    monkeypatch.setenv("COOPKG_REGISTRY", str(slice_index))
    report = build(DATA, tmp_path / "b", formats=("ttl",))
    assert any("haui -> https://ror.org/05hhz4s12" in note for note in report.notes)
    store = open_store(tmp_path / "b")
    assert bool(run_local(store, """ASK { GRAPH <https://w3id.org/coopkg/graph/ror> {
        inst:haui skos:exactMatch <https://ror.org/05hhz4s12> } }"""))
    # the article graphs say nothing of ROR
    assert not bool(run_local(store, """ASK { GRAPH ?g { inst:haui skos:exactMatch ?x }
        FILTER(?g != <https://w3id.org/coopkg/graph/ror>) }"""))


def test_build_without_an_index_says_it_skipped(seed_build):
    assert seed_build[1].notes and seed_build[1].notes[0].startswith("ROR enrichment skipped")


def test_ror_derived_graph_passes_the_shapes(slice_index, tmp_path):
    from rdflib import Graph
    from kg.registry.ror_graph import ror_to_rdf
    from kg.graph.validate import shacl_problems
    from kg.vocab import vocabulary_graph
    result = ror_to_rdf(slice_index, tmp_path)
    graph = Graph().parse(result.path, format="turtle")
    assert len(graph) > 1000
    for triple in vocabulary_graph():
        graph.add(triple)
    assert shacl_problems(graph) == []
