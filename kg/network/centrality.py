"""Betweenness and eigenvector centrality, with the choices large or disconnected graphs need.

Betweenness is computed exactly by igraph when it is installed (C; 2.4 s against networkx's 378 s at
5,000 institutions, benchmarks/results/network.md). Without igraph it is exact (networkx, O(n·m)) up
to EXACT_BETWEENNESS_MAX_NODES nodes, and above that estimated by networkx from SAMPLE_K source nodes
with a fixed seed. The result says which method (and k) was used.
Shortest paths count hops: edge weight is a strength (shared agreements), not a distance.
"""

import networkx as nx

EXACT_BETWEENNESS_MAX_NODES = 2000
SAMPLE_K = 500
SEED = 42


def betweenness(graph: nx.Graph, method: str = "auto", k: int | None = None, seed: int = SEED) -> tuple[dict, dict]:
    """(node -> normalised betweenness, {"method": …, "k": …}). method: auto, exact, sampled, igraph."""
    k = SAMPLE_K if k is None else k
    n = graph.number_of_nodes()
    if method == "auto":
        if igraph_available():
            method = "igraph"
        else:
            method = "exact" if n <= EXACT_BETWEENNESS_MAX_NODES else "sampled"
    if method == "sampled" and k >= n:
        method = "exact"  # sampling every node is the exact computation
    if method == "exact":
        return nx.betweenness_centrality(graph, normalized=True), {"method": "exact (networkx)"}
    if method == "sampled":
        values = nx.betweenness_centrality(graph, k=k, normalized=True, seed=seed)
        return values, {"method": "sampled (networkx)", "k": k, "seed": seed}
    if method == "igraph":
        return igraph_betweenness(graph), {"method": "exact (igraph)"}
    raise ValueError(f"unknown betweenness method {method!r}")


def igraph_available() -> bool:
    try:
        import igraph  # noqa: F401
    except ImportError:
        return False
    return True


def igraph_betweenness(graph: nx.Graph) -> dict:
    """Exact betweenness by igraph, normalised the way networkx normalises an undirected graph."""
    import igraph
    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in graph.edges()], directed=False)
    raw = ig.betweenness(directed=False)
    n = len(nodes)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
    return {node: value * scale for node, value in zip(nodes, raw)}


def eigenvector(graph: nx.Graph, weight: str = "weight") -> tuple[dict, str]:
    """Eigenvector centrality within each connected component (unit norm per component).

    On a disconnected graph the whole-graph vector is zero outside the dominant component and
    power iteration may not converge. Per component, ARPACK (scipy) solves it directly; power
    iteration is the fallback if ARPACK does not converge.
    """
    values: dict = {}
    fallbacks = 0
    for component in nx.connected_components(graph):
        sub = graph.subgraph(component)
        if len(component) <= 2:  # ARPACK needs 3+ nodes; the answer here is known
            values.update({node: (0.0 if len(component) == 1 else 2 ** -0.5) for node in component})
            continue
        try:
            values.update(nx.eigenvector_centrality_numpy(sub, weight=weight, max_iter=1000))
        except Exception:  # scipy's ArpackNoConvergence; import-free so scipy stays the only solver dependency
            fallbacks += 1
            values.update(nx.eigenvector_centrality(sub, max_iter=1000, weight=weight))
    note = "computed per connected component (unit norm within each)"
    if fallbacks:
        note += f"; {fallbacks} component(s) solved by power iteration after ARPACK did not converge"
    return values, note
