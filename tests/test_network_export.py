"""Exports re-read by networkx (and igraph): same nodes, edges and attributes, lists flattened.

No GEXF/GraphML XSD could be obtained offline, so the files are checked by re-reading them with
networkx's and igraph's parsers, not against the schemas."""

import csv

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.network import export

from conftest import IN_CI


def sample_graph() -> nx.Graph:
    graph = nx.Graph(projection="partners", filters={"since": 2020})
    graph.add_node("i/a", label="Đại học A", type="coop:University", aliases=["A", "Uni A"], founded=1956)
    graph.add_node("i/b", label="B", type="coop:College", aliases=[], founded=None)
    graph.add_edge("i/a", "i/b", weight=2, agreements=["ag/1", "ag/2"], years=[2024, 2025], areas={"research"})
    return graph


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_round_trip_with_flattened_lists(tmp_path, fmt, reader):
    path = tmp_path / f"g.{fmt}"
    assert export.write(sample_graph(), fmt, path) == [path]
    back = reader(path)
    assert sorted(back) == ["i/a", "i/b"] and back.number_of_edges() == 1
    a, b = back.nodes["i/a"], back.nodes["i/b"]
    assert a["label"] == "Đại học A" and a["type"] == "coop:University"
    assert a["aliases"] == "A;Uni A" and a["aliases_count"] == 2
    assert b["aliases_count"] == 0 and b["aliases"] == ""
    assert a["founded"] == 1956 and b["founded"] == 0  # None dropped, then the column filled
    edge = back["i/a"]["i/b"]
    assert edge["weight"] == 2
    assert edge["agreements"] == "ag/1;ag/2" and edge["agreements_count"] == 2
    assert edge["years"] == "2024;2025" and edge["areas"] == "research"


def test_plain_networkx_writers_do_fail_on_lists(tmp_path):
    """The reason for flattening (networkx issues #3572, #7560): if this starts passing, revisit."""
    with pytest.raises((nx.NetworkXError, TypeError, KeyError, ValueError)):
        nx.write_graphml(sample_graph(), tmp_path / "raw.graphml")
    with pytest.raises((nx.NetworkXError, TypeError, KeyError, ValueError)):
        nx.write_gexf(sample_graph(), tmp_path / "raw.gexf")


def test_flatten_value():
    assert export.flatten_value("x", ["a", "b"]) == {"x": "a;b", "x_count": 2}
    assert export.flatten_value("x", {"b": 1, "a": 2}) == {"x": '{"a": 2, "b": 1}'}
    assert export.flatten_value("x", None) == {}
    assert export.flatten_value("x", 3.5) == {"x": 3.5}


def test_csv_edges_and_nodes(tmp_path):
    written = export.write(sample_graph(), "csv", tmp_path / "g.csv")
    assert [p.name for p in written] == ["g.csv", "g-nodes.csv"]
    edges = list(csv.DictReader(written[0].open(encoding="utf-8")))
    nodes = list(csv.DictReader(written[1].open(encoding="utf-8")))
    assert edges == [{"Source": "i/a", "Target": "i/b", "Type": "Undirected", "agreements": "ag/1;ag/2",
                      "agreements_count": "2", "areas": "research", "areas_count": "1", "weight": "2",
                      "years": "2024;2025", "years_count": "2"}]
    assert nodes[0]["Id"] == "i/a" and nodes[0]["Label"] == "Đại học A" and nodes[0]["aliases"] == "A;Uni A"


@pytest.mark.parametrize("projection", ["partners", "areas", "people", "full"])
def test_seed_projections_export_and_reopen(seed_store, tmp_path, projection):
    from kg.network import projections
    graph = projections.build(seed_store, projection)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"{projection}.{fmt}"
        export.write(graph, fmt, path)
        back = reader(path)
        assert set(back) == set(graph)
        assert back.number_of_edges() == graph.number_of_edges()
        assert all(back.nodes[n]["label"] == graph.nodes[n]["label"] for n in graph)


def test_igraph_opens_the_graphml(seed_store, tmp_path):
    try:
        import igraph
    except ImportError:
        if IN_CI:
            pytest.fail("python-igraph must be installed in CI")
        pytest.skip("python-igraph not installed")
    from kg.network import projections
    path = tmp_path / "partners.graphml"
    export.write(projections.build(seed_store, "partners"), "graphml", path)
    graph = igraph.Graph.Read_GraphML(str(path))
    assert graph.vcount() == 2 and graph.ecount() == 1
    assert sorted(graph.vs["label"]) == ["College of Industrial Techniques", "Hanoi University of Industry"]
    assert graph.es["areas_count"][0] >= 14


def test_export_command(seed_build, tmp_path):
    from kg.commands.network_cmds import export_command
    out = tmp_path / "people.gexf"
    result = CliRunner().invoke(export_command, ["--build", str(seed_build[0]), "--format", "gexf",
                                                 "--projection", "people", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "4 nodes, 2 edges (people)" in result.output
    assert nx.read_gexf(out).number_of_nodes() == 4
