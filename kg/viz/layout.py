"""Make big views readable at first sight: rank the nodes, place them, thin the weak edges.

Measured on a 300-institution partners view: left to vis-network alone the layout is a hairball
where every label is ~4 px on screen. So positions are computed here (networkx spring layout,
fixed seed: the same graph always gives the same picture), the page only tidies them with a
short physics run, and only the best-ranked nodes are labelled readably before one zooms in.
"""

import math

import networkx as nx

# How many nodes the page labels at a readable size at first sight (the rest appear on zooming in).
TOP_LABELLED = 15
SEED = 42
# Canvas units between neighbours: about vis-network's spring length, so the short physics run
# that follows starts near its own equilibrium and does not have to move nodes far.
SPACING = 110


def rank_nodes(net) -> None:
    """node["rank"] (0 = most connected) by degree, then weighted degree, then id; node["top"] for
    the TOP_LABELLED best (every node of a small view)."""
    degree, strength = {}, {}
    for edge in net.edges:
        for end in (edge["from"], edge["to"]):
            degree[end] = degree.get(end, 0) + 1
            strength[end] = strength.get(end, 0) + float(edge.get("width", 1))
    ordered = sorted(net.nodes, key=lambda n: (-degree.get(n["id"], 0), -strength.get(n["id"], 0), n["id"]))
    for rank, node in enumerate(ordered):
        node["rank"] = rank
        node["top"] = rank < TOP_LABELLED


def place_nodes(net) -> None:
    """x, y for every node from a seeded spring layout, in canvas units (deterministic)."""
    if not net.nodes:
        return
    graph = nx.Graph()
    graph.add_nodes_from(sorted(n["id"] for n in net.nodes))
    for edge in net.edges:
        if edge["from"] != edge["to"]:
            weight = float(edge.get("width", 1))
            previous = graph.get_edge_data(edge["from"], edge["to"], {}).get("weight", 0)
            graph.add_edge(edge["from"], edge["to"], weight=max(weight, previous))
    count = graph.number_of_nodes()
    # Spring constant a bit above networkx's default 1/sqrt(n): hubs get room for their labels.
    positions = nx.spring_layout(graph, k=1.6 / math.sqrt(count), iterations=80 if count <= 600 else 50,
                                 seed=SEED, weight=None)
    scale = SPACING * math.sqrt(count)  # the layout fills [-1, 1]; the area grows with the count
    for node in net.nodes:
        x, y = positions[node["id"]]
        node["x"], node["y"] = round(float(x) * scale, 1), round(float(y) * scale, 1)


def thin_edges(net) -> None:
    """Light, thin lines for the weakest edges of a dense view, so the strong ties stand out."""
    if len(net.edges) <= 200:
        return
    strongest = max(float(e.get("width", 1)) for e in net.edges)
    for edge in net.edges:
        share = float(edge.get("width", 1)) / strongest
        alpha = round(0.15 + 0.6 * share, 2)
        edge["color"] = {"color": f"rgba(110,120,135,{alpha})", "highlight": "#333333"}
