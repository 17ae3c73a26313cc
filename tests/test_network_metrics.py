"""kg.network metrics against values worked out by hand on small fixed graphs."""

import networkx as nx
import pytest

from kg.network import centrality
from kg.network.communities import communities
from kg.network.metrics import analyse

from conftest import IN_CI


def weighted(graph: nx.Graph) -> nx.Graph:
    for node in graph:
        graph.nodes[node]["label"] = f"n{node}"
    nx.set_edge_attributes(graph, 1, "weight")
    return graph


def by_node(report: dict) -> dict:
    return {row["iri"]: row for row in report["institutions"]}


def two_cliques() -> nx.Graph:
    """K4 {0,1,2,3} and K4 {4,5,6,7} joined by the single edge 3-4."""
    graph = nx.complete_graph(4)
    graph.update(nx.relabel_nodes(nx.complete_graph(4), {i: i + 4 for i in range(4)}))
    graph.add_edge(3, 4)
    return weighted(graph)


def test_path_of_five():
    report = analyse(weighted(nx.path_graph(5)))
    rows = by_node(report)
    # Node 2 lies on the paths 0-3, 0-4, 1-3, 1-4: 4 of the C(4,2) = 6 pairs of other nodes.
    assert rows[2]["betweenness"] == pytest.approx(4 / 6)
    assert rows[1]["betweenness"] == pytest.approx(3 / 6)  # 0-2, 0-3, 0-4
    assert rows[0]["betweenness"] == 0
    assert report["bridges"] == [(0, 1), (1, 2), (2, 3), (3, 4)]
    assert report["articulation_points"] == [1, 2, 3]
    assert {row["core"] for row in rows.values()} == {1}
    assert report["size"] == {"nodes": 5, "edges": 4, "density": pytest.approx(4 / 10)}
    assert report["components"]["count"] == 1


def test_star():
    report = analyse(weighted(nx.star_graph(4)))
    rows = by_node(report)
    assert rows[0]["betweenness"] == pytest.approx(1.0)  # every pair of leaves passes the centre
    assert rows[0]["degree"] == 4 and rows[1]["degree"] == 1
    assert report["articulation_points"] == [0]
    assert len(report["bridges"]) == 4
    assert all(row["clustering"] == 0 for row in rows.values())
    assert report["institutions"][0]["iri"] == 0  # highest PageRank first
    # The star is bipartite: plain power iteration oscillates; ours converges, centre highest.
    assert rows[0]["eigenvector"] > rows[1]["eigenvector"] > 0


def test_two_cliques_joined_by_a_bridge():
    report = analyse(two_cliques())
    rows = by_node(report)
    # 3 lies on every shortest path from {0,1,2} to {4,5,6,7}: 12 of C(7,2) = 21 pairs.
    assert rows[3]["betweenness"] == pytest.approx(12 / 21)
    assert rows[4]["betweenness"] == pytest.approx(12 / 21)
    assert rows[0]["betweenness"] == 0
    assert report["bridges"] == [(3, 4)]
    assert report["articulation_points"] == [3, 4]
    assert sorted(report["communities"]["members"]) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert report["communities"]["modularity"] == pytest.approx(nx.community.modularity(
        two_cliques(), [{0, 1, 2, 3}, {4, 5, 6, 7}]))
    assert {row["core"] for row in rows.values()} == {3}
    assert report["max_core"] == 3
    assert rows[0]["clustering"] == 1.0 and rows[3]["clustering"] == pytest.approx(3 / 6)
    assert rows[3]["weighted_degree"] == 4


def test_communities_are_deterministic_and_greedy_agrees():
    graph = two_cliques()
    assert communities(graph) == communities(graph)
    assert communities(graph, "greedy")[0] == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_eigenvector_per_component_on_a_disconnected_graph():
    graph = weighted(nx.Graph([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)]))
    graph.add_node(9)
    values, note = centrality.eigenvector(graph)
    # Each triangle gets its own unit vector (1/sqrt 3 each); whole-graph power iteration would not.
    assert all(values[n] == pytest.approx(3 ** -0.5, rel=1e-4) for n in range(6))
    assert values[9] == 0.0
    assert "per connected component" in note
    report = analyse(graph)
    assert report["components"]["sizes"] == [3, 3, 1]


def test_empty_graph_does_not_crash():
    report = analyse(nx.Graph())
    assert report["size"]["nodes"] == 0 and report["institutions"] == []


def test_sampled_betweenness_above_the_threshold(monkeypatch):
    graph = weighted(nx.barabasi_albert_graph(300, 2, seed=1))
    monkeypatch.setattr(centrality, "EXACT_BETWEENNESS_MAX_NODES", 100)
    monkeypatch.setattr(centrality, "igraph_available", lambda: False)
    values, info = centrality.betweenness(graph, k=60)
    assert info == {"method": "sampled (networkx)", "k": 60, "seed": centrality.SEED}
    again, _ = centrality.betweenness(graph, k=60)
    assert values == again  # fixed seed
    exact = nx.betweenness_centrality(graph)
    top = lambda d: {n for n, _ in sorted(d.items(), key=lambda kv: -kv[1])[:5]}  # noqa: E731
    assert len(top(values) & top(exact)) >= 3
    assert values != exact
    monkeypatch.setattr(centrality, "SAMPLE_K", 60)
    report = analyse(graph, betweenness_method="sampled")
    assert report["betweenness"]["k"] == centrality.SAMPLE_K


def test_auto_without_igraph_is_exact_below_the_threshold(monkeypatch):
    monkeypatch.setattr(centrality, "igraph_available", lambda: False)
    assert centrality.betweenness(nx.path_graph(5))[1] == {"method": "exact (networkx)"}


def test_igraph_betweenness_equals_networkx():
    if not centrality.igraph_available():
        if IN_CI:
            pytest.fail("python-igraph is a dependency and must be installed in CI")
        pytest.skip("python-igraph not installed")
    graph = weighted(nx.barabasi_albert_graph(120, 2, seed=3))
    exact = nx.betweenness_centrality(graph)
    fast, info = centrality.betweenness(graph, "igraph")
    assert info["method"] == "exact (igraph)"
    assert centrality.betweenness(graph)[1] == info  # auto prefers igraph when it is there
    assert all(fast[n] == pytest.approx(exact[n], abs=1e-12) for n in graph)
