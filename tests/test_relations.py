"""The relations projection (kg.network), its analysis and export, and the relations view (kg.viz),
on a small hand-made graph with parent, related and predecessor/successor links."""

import csv
import json

import pytest
from click.testing import CliRunner

from kg.cli import CoopKGGroup
from kg.commands.network_cmds import analyze_command, export_command
from kg.commands.viz_cmds import viz_command
from kg.namespaces import INST, PERSON, PREFIXES
from kg.network import PROJECTIONS
from kg.network.projections import relation_network
from kg.graph.store import memory_store_from_file
from kg.viz import build_view

A, B, C, D, E, F = (str(INST[k]) for k in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta"))

# alpha is the parent body of beta (also related to it) and gamma; gamma and delta are related (stated
# both ways); epsilon preceded delta (stated from both sides); zeta has no link; a link to a person is no
# institution link.
GRAPH = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items()) + """
inst:alpha a coop:Institution, coop:University ; skos:prefLabel "Alpha University"@en .
inst:beta a coop:Institution ; skos:prefLabel "Beta Institute"@en ; coop:searchKey "beta institute" ;
  org:subOrganizationOf inst:alpha ; coop:relatedTo inst:alpha .
inst:gamma a coop:Institution ; skos:prefLabel "Gamma College"@en ;
  org:subOrganizationOf inst:alpha ; coop:relatedTo inst:delta, person:someone .
inst:delta a coop:Institution ; skos:prefLabel "Delta School"@en ;
  coop:relatedTo inst:gamma ; coop:predecessor inst:epsilon .
inst:epsilon a coop:Institution ; skos:prefLabel "Epsilon Academy"@en ; coop:successor inst:delta .
inst:zeta a coop:Institution ; skos:prefLabel "Zeta Lab"@en ; coop:searchKey "zeta lab" .
person:someone a coop:Person ; foaf:name "Some One" .
"""


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("relations") / "relations.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store(graph_file):
    return memory_store_from_file(graph_file)


@pytest.fixture
def cli():
    group = CoopKGGroup("coopkg", commands={c.name: c for c in (analyze_command, export_command, viz_command)})
    return lambda *args: CliRunner().invoke(group, [str(a) for a in args])


def test_relations_projection_edges_kinds_and_direction(store):
    graph = relation_network(store)
    assert "relations" in PROJECTIONS
    assert set(graph) == {A, B, C, D, E}
    assert str(PERSON.someone) not in graph
    edges = {frozenset((u, v)): data for u, v, data in graph.edges(data=True)}
    assert set(edges) == {frozenset(p) for p in ((A, B), (A, C), (C, D), (D, E))}
    assert edges[frozenset((A, B))]["kinds"] == ["parent", "related"]
    assert edges[frozenset((A, B))]["kind"] == "parent" and edges[frozenset((A, B))]["weight"] == 2
    assert edges[frozenset((A, B))]["parent"] == A
    assert edges[frozenset((C, D))]["kinds"] == ["related"]  # stated both ways, one link
    assert edges[frozenset((D, E))]["kinds"] == ["predecessor"]  # predecessor + successor: the same fact
    assert edges[frozenset((D, E))]["predecessor"] == E
    assert graph.graph["links"] == {"parent": 2, "predecessor": 1, "related": 2}
    assert graph.graph["institutions_without_links"] == 1  # zeta
    assert graph.nodes[A]["label"] == "Alpha University" and graph.nodes[A]["type"] == "coop:University"


def test_analyze_relations_projection(cli, graph_file, tmp_path):
    result = cli("analyze", "--projection", "relations", "--data", graph_file, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert "Relations network" in result.output
    assert "5 institutions, 4 links (parent 2, predecessor 1, related 2)" in result.output
    assert "1 institution(s) without any link left out" in result.output
    assert "Areas connecting" not in result.output
    report = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    assert report["projection"] == "relations" and report["size"]["nodes"] == 5
    assert report["components"]["count"] == 1
    rows = {r["label"]: r for r in csv.DictReader((tmp_path / "institutions.csv").open(encoding="utf-8"))}
    assert rows["Alpha University"]["degree"] == "2" and rows["Beta Institute"]["weighted_degree"] == "2"


def test_analyze_default_is_still_partners(cli, graph_file, tmp_path):
    result = cli("analyze", "--data", graph_file, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert "Partnership network" in result.output and "0 institutions" in result.output


def test_analyze_relations_ego_and_refused_filters(cli, graph_file, tmp_path):
    result = cli("analyze", "--projection", "relations", "--data", graph_file, "--ego", "Beta Institute", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert "around Beta Institute (radius 1)" in result.output and "2 institutions, 1 links" in result.output
    result = cli("analyze", "--projection", "relations", "--data", graph_file, "--since", "2020", "-o", tmp_path)
    assert result.exit_code == 2 and "the relations projection has none" in result.output
    result = cli("analyze", "--projection", "relations", "--data", graph_file, "--ego", "Zeta Lab", "-o", tmp_path)
    assert result.exit_code == 2 and "has no org:subOrganizationOf" in result.output


def test_export_relations_csv(cli, graph_file, tmp_path):
    out = tmp_path / "relations.csv"
    result = cli("export", "--format", "csv", "--projection", "relations", "--data", graph_file, "-o", out)
    assert result.exit_code == 0, result.output
    assert "5 nodes, 4 edges (relations)" in result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert sorted(r["kind"] for r in rows) == ["parent", "parent", "predecessor", "related"]


def test_relations_view_edges_by_kind(store):
    model = build_view(store, "relations")
    assert {n["id"] for n in model.net.nodes} == {A, B, C, D, E}
    kinds = {frozenset((e["from"], e["to"])): e for e in model.net.edges}
    assert {k: e["kind"] for k, e in kinds.items()} == {
        frozenset((A, B)): "parent", frozenset((A, C)): "parent", frozenset((C, D)): "related",  # the kind kg.network names it
        frozenset((D, E)): "predecessor"}
    ab = kinds[frozenset((A, B))]
    assert ab["label"] == "part of" and ab["dashes"] is False and ab["width"] == 3
    assert ["part of", "Beta Institute is part of Alpha University"] in ab["facts"]
    assert ["related to", "Alpha University — Beta Institute"] in ab["facts"]
    assert ["predecessor", "Epsilon Academy preceded Delta School"] in kinds[frozenset((D, E))]["facts"]
    assert kinds[frozenset((C, D))]["dashes"] != kinds[frozenset((D, E))]["dashes"]
    assert any("solid = part of a parent body (2)" in note for note in model.notes)
    assert model.title == "Related institutions"


def test_relations_view_keeps_best_connected_and_says_so(store):
    model = build_view(store, "relations", max_nodes=3)
    assert {n["id"] for n in model.net.nodes} == {A, C, D}  # degree 2 each; beta and epsilon have 1
    assert {frozenset((e["from"], e["to"])) for e in model.net.edges} == {frozenset((A, C)), frozenset((C, D))}
    assert any("best-connected of 5 nodes" in note for note in model.notes)


def test_viz_relations_command(cli, graph_file, tmp_path):
    out = tmp_path / "relations.html"
    result = cli("viz", "relations", "--data", graph_file, "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Related institutions" in page and "Epsilon Academy" in page
