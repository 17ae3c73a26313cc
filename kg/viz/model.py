"""The view model: a pyvis Network used only as a container of node/edge dicts and options.

pyvis' own add_node/add_edge are quadratic (they scan the node list) and its HTML writer links
CDNs, so views append plain dicts to net.nodes / net.edges and render.py draws the page.

Besides vis-network's own keys (id, label, shape, color, size, from, to, width) each node carries
the data our page script uses: labels per language, search aliases (and their folded forms),
areas and years for the filters, facts, sources and quotes for the tooltip, and links.
"""

from dataclasses import dataclass, field

import networkx as nx
from pyvis.network import Network

from kg.textnorm import fold
from kg.viz.style import NODE_STYLES

# Above this many nodes a page gets slow to lay out; views trim to it and say so on the page.
MAX_NODES = 1500


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


def pick_label(labels: dict, lang: str, fallback: str = "") -> str:
    """Label in lang, else English, else untagged, else any."""
    for key in (lang, "en", ""):
        if labels.get(key):
            return labels[key]
    return next(iter(labels.values()), fallback)


def make_node(node_id: str, kind: str, labels: dict, *, aliases=(), search_keys=(), facts=(),
              sources=(), quotes=(), links=(), areas=(), years=(), lang="en") -> dict:
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
    }


def make_edge(edge_id: str, source: str, target: str, labels: dict, *, lang="en", width=1.0,
              facts=()) -> dict:
    return {"id": edge_id, "from": source, "to": target, "labels": dict(labels),
            "label": pick_label(labels, lang), "width": width, "facts": list(facts)}


def to_networkx(net: Network) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in net.nodes)
    graph.add_edges_from((e["from"], e["to"]) for e in net.edges)
    return graph


def drop_dangling_edges(net: Network) -> None:
    """vis-network silently skips edges to unknown nodes; drop them so counts stay honest."""
    ids = {n["id"] for n in net.nodes}
    net.edges = [e for e in net.edges if e["from"] in ids and e["to"] in ids]


def inherit_filter_values(net: Network) -> None:
    """Give every node the areas and years it should be filtered by.

    Agreements carry their own; other nodes take those of adjacent agreements, and nodes with
    none (people, isolated institutions) take their neighbours', so that a person stays
    visible when their institution's agreements pass the filter.
    """
    by_id = {n["id"]: n for n in net.nodes}
    neighbours = {n["id"]: set() for n in net.nodes}
    for e in net.edges:
        neighbours[e["from"]].add(e["to"])
        neighbours[e["to"]].add(e["from"])
    for node in net.nodes:
        if node["kind"] not in ("agreement", "area"):  # an area node is filtered by itself
            adjacent = [by_id[i] for i in neighbours[node["id"]] if by_id[i]["kind"] == "agreement"]
            node["areas"] = sorted(set(node["areas"]).union(*(a["areas"] for a in adjacent)))
            node["years"] = sorted(set(node["years"]).union(*(a["years"] for a in adjacent)))
    for node in net.nodes:
        if node["kind"] != "agreement" and (not node["areas"] or not node["years"]):
            around = [by_id[i] for i in neighbours[node["id"]]]
            if not node["areas"]:
                node["areas"] = sorted(set().union(*(a["areas"] for a in around)))
            if not node["years"]:
                node["years"] = sorted(set().union(*(a["years"] for a in around)))


def filter_choices(net: Network, area_labels: dict) -> dict:
    """What the page's filter controls offer: the kinds, areas and years present."""
    kinds = [k for k in NODE_STYLES if any(n["kind"] == k for n in net.nodes)]
    used_areas = sorted({a for n in net.nodes for a in n["areas"]},
                        key=lambda a: pick_label(area_labels.get(a, {}), "en", a))
    return {
        "kinds": [{"key": k, "labels": NODE_STYLES[k].labels} for k in kinds],
        "areas": [{"id": a, "labels": area_labels.get(a, {"": a.rsplit("/", 1)[-1]})} for a in used_areas],
        "years": sorted({y for n in net.nodes for y in n["years"]}),
    }


def limit_size(model: ViewModel, max_nodes: int = MAX_NODES) -> None:
    """Keep the max_nodes best-connected nodes and tell the reader what was left out."""
    total = len(model.net.nodes)
    if total <= max_nodes:
        return
    degree = dict(to_networkx(model.net).degree())
    keep = sorted(model.net.nodes, key=lambda n: (-degree[n["id"]], n["id"]))[:max_nodes]
    kept_ids = {n["id"] for n in keep}
    model.net.nodes = [n for n in model.net.nodes if n["id"] in kept_ids]
    drop_dangling_edges(model.net)
    model.notes.append(
        f"Large graph: showing the {max_nodes:,} best-connected of {total:,} nodes. "
        "Use the ego view (coopkg viz ego NAME) or the filters to see the rest.")


def layout_options(net: Network) -> dict:
    """vis-network options: physics to lay out, stabilise, then the page turns physics off."""
    count = len(net.nodes)
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": count <= 300},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 160,
                                 "avoidOverlap": 0.5},
            # Fewer iterations for big graphs: they are trimmed anyway and must stay responsive.
            "stabilization": {"enabled": True, "iterations": 600 if count <= 300 else 250,
                              "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": count > 500},
        # Long institution names wrap instead of running across their neighbours.
        "nodes": {"font": {"size": 13, "face": "system-ui, sans-serif"}, "borderWidth": 1,
                  "widthConstraint": {"maximum": 180}},
        "edges": {"smooth": False, "color": {"color": "#9aa5b1", "highlight": "#333333"},
                  "font": {"size": 10, "align": "middle", "color": "#555555"},
                  "arrows": {"to": {"enabled": bool(net.directed), "scaleFactor": 0.5}}},
    }


def finish(model: ViewModel, area_labels: dict, max_nodes: int = MAX_NODES) -> ViewModel:
    """The steps every view ends with: trim, filter values, filter choices, options."""
    drop_dangling_edges(model.net)
    limit_size(model, max_nodes)
    inherit_filter_values(model.net)
    model.filters = filter_choices(model.net, area_labels)
    model.net.options = layout_options(model.net)
    return model


def _unique(items) -> list:
    return list(dict.fromkeys(i for i in items if i))
