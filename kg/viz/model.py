"""The view model: a pyvis Network used only as a container of node/edge dicts and options.

pyvis' own add_node/add_edge are quadratic (they scan the node list) and its HTML writer links
CDNs, so views append plain dicts to net.nodes / net.edges and render.py draws the page.

Besides vis-network's own keys (id, label, shape, color, size, x, y, from, to, width) each node
carries the data our page script uses: labels per language, search aliases (and their folded
forms), its own areas and years, facts, sources, quotes, disagreements and links for the tooltip,
and its rank (by degree; the top ones are labelled readably at first sight).

Filters: whatever is dated by agreements carries "acts", one [year or null, [areas]] per agreement
(or per source). An edge with acts (an agreement's party, a partnership) is hidden when none of
its acts passes the year and area filters; a node with acts (an agreement, a source) is judged the
same way; any other node (institution, person, area) stays only while it keeps a visible edge.
"""

from dataclasses import dataclass, field

import networkx as nx
from pyvis.network import Network

from kg.network.labels import pick_label
from kg.textnorm import fold
from kg.viz.layout import SPACING, place_nodes, rank_nodes, thin_edges
from kg.viz.style import NODE_STYLES

# Above this many nodes a page gets slow to lay out; views trim to it and say so on the page.
MAX_NODES = 1500
# On-screen font sizes (px): below LABEL_MIN_PX a label is not drawn; the top-ranked nodes' labels
# never shrink below READABLE_PX.
LABEL_MIN_PX = 8
READABLE_PX = 13


@dataclass
class ViewModel:
    net: Network
    title: str
    legend: list = field(default_factory=list)
    filters: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)


def new_network(directed: bool = False) -> Network:
    # cdn_resources="remote" so pyvis never copies its lib/ folder; we never call its writer.
    net = Network(directed=directed, cdn_resources="remote")
    net.options = {}  # filled by layout_options() once the size is known
    return net


def make_node(node_id: str, kind: str, labels: dict, *, aliases=(), search_keys=(), facts=(),
              sources=(), quotes=(), links=(), areas=(), years=(), lang="en", acts=None,
              disagreements=(), identifiers=()) -> dict:
    style = NODE_STYLES[kind]
    label = pick_label(labels, lang, node_id.rsplit("/", 1)[-1])
    alias_list = _unique([label, *labels.values(), *aliases])
    return {
        "id": node_id, "kind": kind, "label": label, "labels": dict(labels),
        "shape": style.shape, "color": style.color, "size": 16,
        "aliases": alias_list,
        # Folded on the Python side with the project's fold(); the page folds the query the same way.
        "folded": _unique([fold(a) for a in alias_list] + [fold(k) for k in search_keys]),
        "facts": list(facts), "sources": list(sources), "quotes": list(quotes),
        "links": _unique(links), "areas": sorted(set(areas)), "years": sorted(set(years)),
        "disagreements": list(disagreements), "identifiers": _unique(identifiers),
        **({"acts": acts} if acts is not None else {}),
    }


def make_edge(edge_id: str, source: str, target: str, labels: dict, *, lang="en", width=1.0,
              facts=(), acts=None) -> dict:
    edge = {"id": edge_id, "from": source, "to": target, "labels": dict(labels),
            "label": pick_label(labels, lang), "width": width, "facts": list(facts)}
    if acts is not None:
        edge["acts"] = acts
    return edge


def to_networkx(net: Network) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in net.nodes)
    graph.add_edges_from((e["from"], e["to"]) for e in net.edges)
    return graph


def drop_dangling_edges(net: Network) -> None:
    """vis-network silently skips edges to unknown nodes; drop them so counts stay honest."""
    ids = {n["id"] for n in net.nodes}
    net.edges = [e for e in net.edges if e["from"] in ids and e["to"] in ids]


def filter_choices(net: Network, area_labels: dict) -> dict:
    """What the page's filter controls offer: the kinds present, and the areas and years some
    node or edge can be filtered by."""
    kinds = [k for k in NODE_STYLES if any(n["kind"] == k for n in net.nodes)]
    acts = [act for item in (*net.nodes, *net.edges) for act in item.get("acts", ())]
    used_areas = sorted({a for _year, areas in acts for a in areas or ()} |
                        {n["id"] for n in net.nodes if n["kind"] == "area"},
                        key=lambda a: (pick_label(area_labels.get(a, {}), "en", a), a))
    return {
        "kinds": [{"key": k, "labels": NODE_STYLES[k].labels} for k in kinds],
        "areas": [{"id": a, "labels": area_labels.get(a, {"": a.rsplit("/", 1)[-1]})} for a in used_areas],
        "years": sorted({year for year, _areas in acts if year is not None}),
    }


def limit_size(model: ViewModel, max_nodes: int = MAX_NODES) -> None:
    """Keep the max_nodes best-connected nodes and tell the reader what was left out."""
    total = len(model.net.nodes)
    if total <= max_nodes:
        return
    kept_ids = best_connected(to_networkx(model.net), max_nodes)
    model.net.nodes = [n for n in model.net.nodes if n["id"] in kept_ids]
    drop_dangling_edges(model.net)
    model.notes.append(trim_note(max_nodes, total))


def best_connected(graph: nx.Graph, max_nodes: int) -> set:
    """The max_nodes nodes of highest degree (ties by id): what a view too big to draw keeps."""
    degree = dict(graph.degree())
    return set(sorted(graph, key=lambda n: (-degree[n], n))[:max_nodes])


def trim_note(max_nodes: int, total: int) -> str:
    return (f"Large graph: showing the {max_nodes:,} best-connected of {total:,} nodes. "
            "Use the ego view (coopkg viz ego NAME) or the filters to see the rest.")


def layout_options(net: Network) -> dict:
    """vis-network options: nodes start where kg.viz.layout placed them, a short physics run
    tidies overlaps (the page shows its progress), then the page turns physics off."""
    count = len(net.nodes)
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},  # positions are given
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": SPACING,
                                 "avoidOverlap": 0.6},
            # A small view can afford to settle fully; a big one only tidies the given layout.
            "stabilization": {"enabled": True, "iterations": 500 if count <= 150 else 150,
                              "updateInterval": 10, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": count > 500},
        # Long institution names wrap instead of running across their neighbours.
        # Labels under LABEL_MIN_PX on screen are not drawn (they would be unreadable smudges);
        # the page keeps the top-ranked ones above READABLE_PX whatever the zoom.
        "nodes": {"font": {"size": 13, "face": "system-ui, sans-serif"}, "borderWidth": 1,
                  "widthConstraint": {"maximum": 180},
                  "scaling": {"label": {"drawThreshold": LABEL_MIN_PX, "maxVisible": 26}}},
        "edges": {"smooth": False, "color": {"color": "#9aa5b1", "highlight": "#333333"},
                  "font": {"size": 10, "align": "middle", "color": "#555555"},
                  "arrows": {"to": {"enabled": bool(net.directed), "scaleFactor": 0.5}}},
    }


def finish(model: ViewModel, area_labels: dict, max_nodes: int = MAX_NODES) -> ViewModel:
    """The steps every view ends with: trim, filter choices, rank, place, options."""
    drop_dangling_edges(model.net)
    limit_size(model, max_nodes)
    model.filters = filter_choices(model.net, area_labels)
    rank_nodes(model.net)
    place_nodes(model.net)
    thin_edges(model.net)
    model.net.options = layout_options(model.net)
    model.net.options["readablePx"] = READABLE_PX  # read by the page script, ignored by vis-network
    return model


def _unique(items) -> list:
    return list(dict.fromkeys(i for i in items if i))
