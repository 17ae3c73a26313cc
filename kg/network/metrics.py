"""Measures of the partnership network: graph-level figures and one row per institution."""

import networkx as nx

from kg.network.centrality import betweenness, eigenvector
from kg.network.communities import SEED, communities, membership

TABLE_COLUMNS = ("iri", "label", "type", "degree", "weighted_degree", "betweenness", "pagerank",
                 "eigenvector", "clustering", "core", "component", "community")


def analyse(graph: nx.Graph, betweenness_method: str = "auto", community_method: str = "louvain") -> dict:
    """Everything `coopkg analyze` reports about an undirected weighted graph, as plain data."""
    between, between_info = betweenness(graph, betweenness_method)
    eigen, eigen_note = eigenvector(graph)
    pagerank = nx.pagerank(graph, weight="weight") if graph.number_of_nodes() else {}
    found, modularity = communities(graph, community_method)
    community_of = membership(found)
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    component_of = {node: number for number, nodes in enumerate(components) for node in nodes}
    core = nx.core_number(graph) if graph.number_of_nodes() else {}
    clustering = nx.clustering(graph)
    rows = []
    for node in sorted(graph):
        attrs = graph.nodes[node]
        rows.append({"iri": node, "label": attrs.get("label", node), "type": attrs.get("type", ""),
                     "degree": graph.degree(node), "weighted_degree": graph.degree(node, weight="weight"),
                     "betweenness": between[node], "pagerank": pagerank[node], "eigenvector": eigen[node],
                     "clustering": clustering[node], "core": core[node],
                     "component": component_of[node], "community": community_of[node]})
    rows.sort(key=lambda r: (-r["pagerank"], r["label"]))
    return {
        "size": {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                 "density": nx.density(graph) if graph.number_of_nodes() > 1 else 0.0},
        "components": {"count": len(components), "sizes": [len(c) for c in components],
                       "largest": components[0] if components else []},
        "communities": {"method": community_method, "seed": SEED if community_method == "louvain" else None,
                        "count": len(found), "modularity": modularity, "members": found},
        "betweenness": between_info,
        "eigenvector": eigen_note,
        "max_core": max(core.values(), default=0),
        "bridges": sorted(tuple(sorted(edge)) for edge in nx.bridges(graph)),
        "articulation_points": sorted(nx.articulation_points(graph)),
        "institutions": rows,
    }
