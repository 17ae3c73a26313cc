"""Make big views readable at first sight: rank the nodes, place them, thin the weak edges.

Left to vis-network alone, a 300-institution partners view was a hairball whose labels were
~4 px on screen. So positions are computed here (a force-directed layout
with a fixed seed: the same graph always gives the same picture), the page only tidies them with
a short physics run, and only the best-ranked nodes are labelled readably before one zooms in
(the page also pushes apart those whose labels overlap).
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
    """x, y for every node from a seeded force-directed layout, in canvas units (deterministic)."""
    if not net.nodes:
        return
    ids = sorted(n["id"] for n in net.nodes)
    index = {node: i for i, node in enumerate(ids)}
    pairs = sorted({tuple(sorted((index[e["from"]], index[e["to"]]))) for e in net.edges if e["from"] != e["to"]})
    coords = _force_layout(len(ids), pairs)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    # The layout's own units are arbitrary: fit it to a square whose area grows with the count.
    half = SPACING * math.sqrt(len(ids)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    where = {node: (round((x - mid_x) / span * 2 * half, 1), round((y - mid_y) / span * 2 * half, 1))
             for node, x, y in zip(ids, xs, ys)}
    for node in net.nodes:
        node["x"], node["y"] = where[node["id"]]


def _force_layout(count: int, pairs: list) -> list:
    """Fruchterman-Reingold by igraph (C: 0.3 s at 1,500 nodes, where networkx's spring layout
    took 25 s), its random start drawn from a seeded generator; networkx without igraph."""
    try:
        import igraph
    except ImportError:
        graph = nx.Graph()
        graph.add_nodes_from(range(count))
        graph.add_edges_from(pairs)
        positions = nx.spring_layout(graph, seed=SEED, iterations=50)
        return [positions[i] for i in range(count)]
    import random
    graph = igraph.Graph(n=count, edges=pairs)
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        return graph.layout_fruchterman_reingold(niter=300).coords
    finally:
        igraph.set_random_number_generator(random)  # igraph's default: the random module


def thin_edges(net) -> None:
    """Light, thin lines for the weakest edges of a dense view, so the strong ties stand out."""
    if len(net.edges) <= 200:
        return
    strongest = max(float(e.get("width", 1)) for e in net.edges)
    for edge in net.edges:
        share = float(edge.get("width", 1)) / strongest
        alpha = round(0.15 + 0.6 * share, 2)
        edge["color"] = {"color": f"rgba(110,120,135,{alpha})", "highlight": "#333333"}
