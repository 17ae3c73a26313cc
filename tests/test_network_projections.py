"""Projections of the seed graph, read by SPARQL, and the same through a remote-style select()."""

import pytest

from kg.errors import CoopKGError
from kg.namespaces import AGREEMENT, AREA, INST, PERSON
from kg.network import projections
from kg.network.projections import Filters, year_of
from kg.network.resolve import find_institution
from kg.network.sparql import as_select

HAUI, BCIT, MOIT = str(INST["haui"]), str(INST["bcit"]), str(INST["moit"])


def test_partnership_network_of_the_seed(seed_store):
    graph = projections.partnership_network(seed_store)
    assert sorted(graph) == [BCIT, HAUI]
    assert graph.number_of_edges() == 1
    edge = graph[HAUI][BCIT]
    assert edge["weight"] == 1
    assert edge["years"] == [2025]
    assert edge["agreements"] == [str(AGREEMENT["haui-bcit-2025"])]
    assert {str(AREA[a]) for a in ("research", "student-exchange", "quality-assurance")} <= set(edge["areas"])
    assert graph.nodes[HAUI]["label"] == "Hanoi University of Industry"
    assert graph.nodes[HAUI]["type"] == "coop:University"
    assert graph.nodes[BCIT]["type"] == "coop:College"
    assert "BCIT" in graph.nodes[BCIT]["aliases"]
    assert graph.nodes[BCIT]["label"] not in graph.nodes[BCIT]["aliases"]


def test_common_parent_is_the_ministry(seed_store):
    parents = projections.institution_parents(seed_store)
    assert parents[HAUI] == parents[BCIT] == {MOIT}


def test_area_and_people_projections(seed_store):
    areas = projections.institution_area_network(seed_store)
    assert areas.nodes[HAUI]["bipartite"] == 0 and areas.nodes[str(AREA["research"])]["bipartite"] == 1
    assert areas[HAUI][str(AREA["research"])]["weight"] == 1
    assert set(areas[HAUI]) == set(areas[BCIT])  # one agreement: both cover the same areas
    people = projections.person_institution_network(seed_store)
    thuc = str(PERSON["kieu-xuan-thuc"])
    assert people.has_edge(thuc, HAUI) and not people.has_edge(thuc, BCIT)
    assert "Rector" in people[thuc][HAUI]["roles"]
    assert "Principal" in people[thuc][HAUI]["roles_as_written"]
    assert people.nodes[thuc]["type"] == "coop:Person"


def test_full_graph_is_typed_and_keeps_predicates(seed_store):
    full = projections.full_graph(seed_store)
    agreement = str(AGREEMENT["haui-bcit-2025"])
    # The two articles call it a memorandum and a cooperation agreement: both are most specific.
    assert full.nodes[agreement]["type"] in {"coop:MemorandumOfUnderstanding", "coop:CooperationAgreement"}
    assert full.has_edge(agreement, HAUI, key="coop:party")
    assert full.has_edge(HAUI, MOIT, key="org:subOrganizationOf")


def test_filters(seed_store):
    assert projections.partnership_network(seed_store, Filters(area="research")).number_of_edges() == 1
    assert projections.partnership_network(seed_store, Filters(area="Education and training")).number_of_edges() == 1
    assert projections.partnership_network(seed_store, Filters(since=2026)).number_of_nodes() == 0
    assert projections.partnership_network(seed_store, Filters(since=2025, until=2025)).number_of_edges() == 1
    assert projections.partnership_network(seed_store, Filters(until=2024)).number_of_edges() == 0
    with pytest.raises(CoopKGError, match="unknown area"):
        projections.partnership_network(seed_store, Filters(area="underwater basket weaving"))


def test_year_from_the_date_or_the_date_as_written():
    assert year_of("2025-11-26", []) == 2025
    assert year_of(None, ["November 26, 2025", "November 26"]) == 2025
    assert year_of(None, ["November 26"]) is None
    assert year_of(None, ["in 2024", "in 2025"]) is None  # two different years: not known


def test_remote_style_select_gives_the_same_graph(seed_store):
    """A callable returning SPARQL-JSON-like rows (as a remote endpoint would) works the same."""
    seen = []

    def remote(query_text):
        seen.append(query_text)
        solutions = seed_store.query(query_text)  # no prefixes given: the text must declare them
        return [{v.value: {"type": "x", "value": s[v].value} for v in solutions.variables if s[v] is not None}
                for s in solutions]

    local = projections.partnership_network(seed_store)
    other = projections.partnership_network(remote)
    assert seen and all(text.startswith("PREFIX") for text in seen)
    assert sorted(other.edges(data=True)) == sorted(local.edges(data=True))
    assert dict(other.nodes(data=True)) == dict(local.nodes(data=True))
    with pytest.raises(TypeError):
        as_select(42)


@pytest.mark.parametrize("name", ["BCIT", "bcit", "College of Industrial Technology",
                                  "industrial college", "inst:bcit", "Trường cao đẳng? no"])
def test_find_institution_by_any_alias(seed_store, name):
    if name.endswith("no"):
        with pytest.raises(CoopKGError, match="no institution"):
            find_institution(seed_store, name)
    else:
        assert find_institution(seed_store, name) == BCIT


def test_ambiguous_and_key_lookup(seed_store):
    with pytest.raises(CoopKGError, match="matches 2 institutions"):
        find_institution(seed_store, "technical workers school")
    assert find_institution(seed_store, "Technical Workers School I") == str(INST["tws-1"])  # exact beats partial
    assert find_institution(seed_store, "HaUI") == HAUI  # the record key, when no name matches
