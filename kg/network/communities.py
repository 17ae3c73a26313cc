"""Communities of the partnership network: Louvain (networkx, fixed seed) and their modularity."""

import networkx as nx

SEED = 42


def communities(graph: nx.Graph, method: str = "louvain", seed: int = SEED) -> tuple[list[list], float]:
    """(communities as sorted node lists, largest first; modularity). Deterministic for a given seed."""
    if graph.number_of_edges() == 0:
        return [[node] for node in sorted(graph)], 0.0
    if method == "louvain":
        found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    elif method == "greedy":
        found = nx.community.greedy_modularity_communities(graph, weight="weight")
    else:
        raise ValueError(f"unknown community method {method!r}")
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return ordered, nx.community.modularity(graph, ordered, weight="weight")


def membership(found: list[list]) -> dict:
    """node -> community number (0 = the largest community)."""
    return {node: number for number, nodes in enumerate(found) for node in nodes}
