"""Recommendations on a small constructed graph where the right order is obvious."""

import pyoxigraph as ox
import pytest

from kg.namespaces import INST, sparql_prefix_block
from kg.network.recommend import recommend, render_text

# A-B, A-C, B-D, C-D, E-F agreements; A and E under ministry M; D's agreements cover research, like A's.
# For A: D has 2 partners in common (B, C) and shared areas -> first; E only the parent -> second;
# F shares nothing with A -> not listed; B, C (partners) and M (its parent) are never suggested.
GRAPH = """
INSERT DATA {
  inst:a a coop:Institution, coop:University ; skos:prefLabel "Alpha University"@en ; coop:searchKey "alpha university" ; org:subOrganizationOf inst:m .
  inst:b a coop:Institution ; skos:prefLabel "Beta College"@en ; coop:searchKey "beta college" .
  inst:c a coop:Institution ; skos:prefLabel "Gamma Institute"@en ; coop:searchKey "gamma institute" .
  inst:d a coop:Institution ; skos:prefLabel "Delta University"@en ; coop:searchKey "delta university" .
  inst:e a coop:Institution ; skos:prefLabel "Epsilon School"@en ; coop:searchKey "epsilon school" ; org:subOrganizationOf inst:m .
  inst:f a coop:Institution ; skos:prefLabel "Zeta Company"@en ; coop:searchKey "zeta company" .
  inst:m a coop:Institution, coop:Ministry ; skos:prefLabel "Ministry of Things"@en ; coop:searchKey "ministry of things" .
  agreement:ab a coop:Agreement ; coop:party inst:a, inst:b ; coop:coversArea area:research .
  agreement:ac a coop:Agreement ; coop:party inst:a, inst:c ; coop:coversArea area:research, area:staff-exchange .
  agreement:bd a coop:Agreement ; coop:party inst:b, inst:d ; coop:coversArea area:research .
  agreement:cd a coop:Agreement ; coop:party inst:c, inst:d ; coop:coversArea area:staff-exchange .
  agreement:ef a coop:Agreement ; coop:party inst:e, inst:f ; coop:coversArea area:sports .
}"""


@pytest.fixture(scope="module")
def store():
    store = ox.Store()
    store.update(sparql_prefix_block() + GRAPH)
    return store


def test_order_is_the_obvious_one(store):
    target, ranked = recommend(store, "alpha", top=10)
    assert target == str(INST["a"])
    assert [c.label for c in ranked] == ["Delta University", "Epsilon School"]
    delta, epsilon = ranked
    assert delta.common_partners == [str(INST["b"]), str(INST["c"])]
    assert delta.area_jaccard == 1.0 and len(delta.shared_areas) == 2
    assert delta.reason.startswith("2 partners in common (Beta College, Gamma Institute); 2 shared areas")
    assert epsilon.reason == "same parent body: Ministry of Things"
    assert epsilon.score == pytest.approx(0.3)
    assert delta.score > epsilon.score


def test_top_limits_and_text(store):
    _, ranked = recommend(store, "Alpha University", top=1)
    assert [c.label for c in ranked] == ["Delta University"]
    text = render_text("Alpha University", ranked)
    assert "1. Delta University" in text and "partners in common" in text


def test_nothing_to_suggest_is_said_plainly(store):
    _, ranked = recommend(store, "zeta", top=5)
    assert [c.label for c in ranked] == []  # E is its partner; nobody else shares anything with F
    assert "No recommendation" in render_text("Zeta Company", ranked)


def test_seed_graph_has_no_new_partner_to_suggest(seed_store):
    # HaUI's only co-member under the ministry is BCIT, already its partner.
    target, ranked = recommend(seed_store, "Hanoi University of Industry")
    assert target == str(INST["haui"]) and ranked == []
