"""View models built from the hand-made fixture graph (no browser needed)."""

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.commands.viz_cmds import viz_command
from kg.namespaces import AGREEMENT, AREA, INST, PERSON, SOURCE
from kg.graph.store import memory_store_from_file
from kg.viz import UnknownInstitution, build_view
from kg.viz.model import ViewModel, finish, make_node, new_network

FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.ttl"
HUST, LILAMA2, EVIL = str(INST.hust), str(INST.lilama2), str(INST.evil)
KXT = str(PERSON["kieu-xuan-thuc"])


@pytest.fixture(scope="module")
def store():
    return memory_store_from_file(FIXTURE)


def kinds(model):
    return {n["id"]: n["kind"] for n in model.net.nodes}


def test_full_view_has_every_typed_node_and_edge(store):
    model = build_view(store, "full")
    assert kinds(model) == {
        HUST: "institution", LILAMA2: "institution", EVIL: "institution", KXT: "person",
        str(AGREEMENT["hust-lilama2-2024"]): "agreement", str(AREA.training): "area",
        str(AREA.research): "area", str(SOURCE["news-1"]): "source"}
    # 3 parties + 2 areas + 1 membership + 5 derived-from edges
    assert len(model.net.edges) == 11
    assert {e["label"] for e in model.net.edges} == {"party", "covers", "Rector", "source"}
    assert [entry["key"] for entry in model.legend] == ["institution", "person", "agreement", "area", "source"]


def test_rdflib_graph_gives_the_same_view(store):
    graph = rdflib.Graph().parse(FIXTURE)
    from_rdflib, from_oxigraph = build_view(graph, "full"), build_view(store, "full")
    assert from_rdflib.net.nodes == from_oxigraph.net.nodes
    assert len(from_rdflib.net.edges) == len(from_oxigraph.net.edges)


def test_nodes_carry_provenance_and_search_keys(store):
    nodes = {n["id"]: n for n in build_view(store, "full").net.nodes}
    person = nodes[KXT]
    assert person["label"] == "Kiều Xuân Thực"
    assert "kieu xuan thuc" in person["folded"]
    assert person["quotes"][0]["text"].startswith("Thầy Kiều Xuân Thực")
    assert person["sources"][0] == {"title": "LILAMA 2 and HUST sign cooperation memorandum",
                                    "publisher": "LILAMA 2 news desk", "date": "2024-03-16",
                                    "url": "https://example.org/news/lilama2-hust"}
    assert ["signed", "2024-03-15"] in nodes[str(AGREEMENT["hust-lilama2-2024"])]["facts"]
    # Only its own years and areas: a person signs nothing, it does not inherit its college's.
    assert person["years"] == [] and person["areas"] == []


def test_labels_follow_the_language(store):
    nodes = {n["id"]: n for n in build_view(store, "full", lang="vi").net.nodes}
    assert nodes[HUST]["label"] == "Đại học Bách khoa Hà Nội"
    assert nodes[EVIL]["label"].startswith("Evil")  # no Vietnamese label: English fallback
    assert nodes[HUST]["labels"]["en"] == "Hanoi University of Science and Technology"


def test_partners_view_weights_and_communities(store):
    model = build_view(store, "partners")
    assert set(kinds(model)) == {HUST, LILAMA2, EVIL}
    assert len(model.net.edges) == 3  # one agreement with three parties: a triangle
    assert all(e["label"] == "1" and e["width"] == 1 for e in model.net.edges)
    assert all(n["size"] > 10 for n in model.net.nodes)
    assert len({n["color"] for n in model.net.nodes}) == 1  # one community
    # Named after its best-connected member (all tie here: the first IRI, Evil Corp, wins).
    assert model.legend[0]["labels"]["en"].endswith(" and 2 others")
    assert model.legend[0]["labels"]["en"].startswith(model.net.nodes[0]["labels"]["en"][:4])
    assert model.filters["years"] == [2024]


def test_areas_view_links_institutions_through_areas(store):
    model = build_view(store, "areas")
    assert sorted(kinds(model).values()) == ["area", "area", "institution", "institution", "institution"]
    assert len(model.net.edges) == 6


@pytest.mark.parametrize("name", ["HUST", "Dai hoc Bach khoa Ha Noi", "đại học bách khoa hà nội",
                                  "Hanoi University of Science"])
def test_ego_view_finds_the_institution_by_any_name(store, name):
    model = build_view(store, "ego", institution=name, radius=1)
    centre = next(n for n in model.net.nodes if n.get("borderWidth") == 3)
    assert centre["id"] == HUST
    assert KXT not in kinds(model)  # two steps away
    assert KXT in kinds(build_view(store, "ego", institution=name, radius=2))


def test_ego_view_rejects_unknown_and_ambiguous_names(store):
    with pytest.raises(UnknownInstitution, match="no institution"):
        build_view(store, "ego", institution="Sorbonne")
    with pytest.raises(UnknownInstitution, match=r"matches \d+ institutions"):
        build_view(store, "ego", institution="co")  # college, technology, corp...


def test_big_graphs_are_trimmed_with_a_visible_note():
    net = new_network()
    net.nodes = [make_node(f"n{i}", "institution", {"en": f"Node {i}"}) for i in range(2000)]
    net.edges = [{"id": f"e{i}", "from": "n0", "to": f"n{i}", "labels": {}, "label": "", "width": 1,
                  "facts": []} for i in range(1, 1200)]
    model = finish(ViewModel(net, "big"), {}, max_nodes=1500)
    assert len(model.net.nodes) == 1500
    assert len(model.net.edges) == 1199  # the hub and its spokes are the best connected
    assert "1,500" in model.notes[0] and "2,000" in model.notes[0]


def test_viz_command_writes_the_page(tmp_path):
    out = tmp_path / "ego.html"
    result = CliRunner().invoke(viz_command, ["ego", "LILAMA 2", "-o", str(out), "--lang", "vi",
                                              "--data", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Trường Cao đẳng" in page
    assert not list(tmp_path.glob(".*.tmp"))
    result = CliRunner().invoke(viz_command, ["ego", "-o", str(out), "--data", str(FIXTURE)])
    assert result.exit_code == 2 and "needs an INSTITUTION" in result.output


def test_seed_build_views_draw_each_link_once(seed_store):
    """Regression: querying the store with 'default graph as union' repeated a link once per named
    graph stating it (124 'Rector' edges between one person and one institution)."""
    from collections import Counter
    from kg.viz.views import build_view
    for view in ("full", "partners", "areas"):
        model = build_view(seed_store, view, "en", None, 2, 1500)
        links = Counter((e["from"], e["to"], e.get("label")) for e in model.net.edges)
        assert links and max(links.values()) == 1, (view, links.most_common(3))
        assert not any(e.get("label") == "successor" for e in model.net.edges)


def test_full_view_draws_parent_bodies(seed_store):
    from kg.viz.views import build_view
    model = build_view(seed_store, "full", "en", None, 2, 1500)
    parent_edges = {(e["from"].rsplit("/", 1)[1], e["to"].rsplit("/", 1)[1]) for e in model.net.edges
                    if e.get("label") == "part of"}
    assert parent_edges == {("haui", "moit"), ("bcit", "moit")}


def test_labels_are_the_preferred_labels_never_an_article_wording(store):
    """HUST also has rdfs:label wordings without diacritics that sort first; the label is the
    skos:prefLabel, in the views and in kg.network alike (one rule, kg.network.labels)."""
    from kg.network.projections import node_info
    for lang, expected in (("en", "Hanoi University of Science and Technology"), ("vi", "Đại học Bách khoa Hà Nội")):
        nodes = {n["id"]: n for n in build_view(store, "partners", lang=lang).net.nodes}
        assert nodes[HUST]["label"] == expected
        assert "Dai hoc Bach khoa Ha Noi" in nodes[HUST]["aliases"]  # still found by it
    assert node_info(store)[HUST]["label"] == "Hanoi University of Science and Technology"


def test_preferred_label_rule():
    from kg.network.labels import SKOS_PREF, pick_label, preferred_labels
    rdfs_label, alt = "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"
    rows = [{"s": "x", "p": rdfs_label, "l": "Dai hoc A", "lang": "vi"},
            {"s": "x", "p": rdfs_label, "l": "Đại học A", "lang": "vi"},
            {"s": "x", "p": alt, "l": "AAA", "lang": "en"},
            {"s": "y", "p": alt, "l": "Only an alias"},
            {"s": "z", "p": rdfs_label, "l": "Z wording", "lang": "en"},
            {"s": "z", "p": SKOS_PREF, "l": "Zeta", "lang": "en"},
            {"s": "z", "p": rdfs_label, "l": "Zeta wording", "lang": "vi"}]
    labels = preferred_labels(rows)
    assert labels["x"] == {"vi": "Đại học A"}  # with diacritics first; the English alias is no label
    # A prefLabel in any language beats an article's wording, even in the page's language.
    assert "y" not in labels and labels["z"] == {"en": "Zeta"} and pick_label(labels["z"], "vi") == "Zeta"
    assert pick_label(labels["x"], "en") == "Đại học A" and pick_label({}, "en", "fallback") == "fallback"


def test_nodes_have_only_their_own_areas():
    """An institution is filtered by the areas of its own agreements, not its partners'."""
    from kg.network.projections import agreements
    try:
        from tests.viz_synthetic import synthetic_partners_store
    except ImportError:
        from viz_synthetic import synthetic_partners_store
    store, _signed = synthetic_partners_store(60)
    own = {}
    for agreement in agreements(store):
        for party in agreement.parties:
            own.setdefault(party, set()).update(agreement.areas)
    nodes = build_view(store, "partners").net.nodes
    assert nodes and all(set(n["areas"]) == own[n["id"]] for n in nodes)
    neighbours_areas = build_view(store, "partners").net.edges  # some partner has an area the node lacks
    assert any(own[e["from"]] != own[e["to"]] for e in neighbours_areas)


def test_partners_view_is_the_network_projection(seed_store):
    """Edges, weights and years come from kg.network.projections: the view cannot drift from analyze."""
    from kg.network.projections import partnership_network
    graph = partnership_network(seed_store)
    model = build_view(seed_store, "partners")
    drawn = {tuple(sorted((e["from"], e["to"]))): e for e in model.net.edges}
    assert set(drawn) == {tuple(sorted(pair)) for pair in graph.edges()}
    for (a, b), edge in drawn.items():
        assert edge["label"] == str(graph[a][b]["weight"])
        assert sorted({year for year, _areas in edge["acts"] if year}) == graph[a][b]["years"]


def test_relations_view_uses_the_projection_kinds():
    from kg.viz.style import EDGE_LABELS, RELATION_DASHES
    from kg.network.projections import RELATION_KINDS
    assert set(RELATION_KINDS) <= set(EDGE_LABELS) and set(RELATION_DASHES) == set(RELATION_KINDS)
