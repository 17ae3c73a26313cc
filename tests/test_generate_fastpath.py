"""The fast build path keeps the build's meaning: restricted SHACL graph, one-pass sorting,
threaded writing, expanded JSON-LD for large graphs."""

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from tests.conftest import DATA


@pytest.fixture(scope="module")
def seed_sink():
    from kg.graph.build import check_data
    from kg.graph.emit import emit
    sources, resolved = check_data(DATA)
    return emit(resolved, sources)


def _full_graph(quads):
    from kg.graph import iris
    graph = Graph()
    for s, p, o, g in quads:
        if g != iris.ONTOLOGY_GRAPH:
            graph.add((s, p, o))
    return graph


def _broken_variants(quads):
    from rdflib.namespace import RDF
    from kg.namespaces import COOP, OA
    quads = list(quads)
    party = next(q for q in quads if q[1] == COOP.party)
    exact = next(q for q in quads if q[1] == OA.exact)
    source_type = next(q for q in quads if q[1] == RDF.type and q[2] == COOP.SourceDocument)
    yield "a party less", [q for q in quads if q[:3] != party[:3]]
    yield "a quote without text", [q for q in quads if q[:3] != exact[:3]]
    yield "a quote with a language tag", [q if q[:3] != exact[:3] else (q[0], q[1], Literal(str(q[2]), lang="en"), q[3])
                                          for q in quads]
    yield "a source that is no SourceDocument", [q for q in quads if q[:3] != source_type[:3]]


def test_restricted_shacl_graph_gives_the_same_verdict(seed_sink):
    from kg.graph.build import _shacl_graph
    from kg.graph.validate import shacl_problems
    assert shacl_problems(_shacl_graph(seed_sink)) == [] == shacl_problems(_full_graph(seed_sink))
    for what, quads in _broken_variants(seed_sink):
        restricted, full = shacl_problems(_shacl_graph(quads)), shacl_problems(_full_graph(quads))
        assert restricted and restricted == full, what


def test_restricted_graph_is_smaller(seed_sink):
    from kg.graph.build import _shacl_graph
    assert len(_shacl_graph(seed_sink)) < 0.7 * len(_full_graph(seed_sink))


def test_one_pass_sort_matches_the_reference_order(seed_sink):
    from kg.graph.convert import sorted_quads_and_triples, to_ox
    from kg.graph.export import merged_triples
    quads, triples = sorted_quads_and_triples(seed_sink)
    reference = sorted([tuple(map(to_ox, q)) for q in seed_sink],
                       key=lambda q: (str(q[3]), str(q[0]), str(q[1]), str(q[2])))
    assert [(q.subject, q.predicate, q.object, q.graph_name) for q in quads] == reference
    assert triples == merged_triples(quads)


def test_shacl_failure_leaves_the_previous_build_and_no_temp_dirs(tmp_path, monkeypatch):
    import kg.graph.build
    out = tmp_path / "build"
    kg.graph.build.build(DATA, out, formats=("ttl",))
    before = (out / "graph.ttl").read_bytes()
    monkeypatch.setattr(kg.graph.build, "shacl_problems", lambda graph: ["x: forced problem"])
    with pytest.raises(kg.graph.build.ValidationFailed):
        kg.graph.build.build(DATA, out, formats=("ttl", "trig"))
    assert (out / "graph.ttl").read_bytes() == before and not (out / "graph.trig").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".build.lock") == ["build"]


def test_large_graphs_get_expanded_jsonld_with_the_same_triples(tmp_path, monkeypatch):
    import kg.graph.export
    from kg.graph.build import build
    monkeypatch.setattr(kg.graph.export, "JSONLD_COMPACT_MAX_TRIPLES", 10)
    build(DATA, tmp_path / "build", formats=("ttl", "jsonld"))
    turtle = Graph().parse(tmp_path / "build" / "graph.ttl", format="turtle")
    jsonld = Graph().parse(tmp_path / "build" / "graph.jsonld", format="json-ld")
    assert isomorphic(turtle, jsonld)
