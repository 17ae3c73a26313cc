"""The four views, built from a pyoxigraph Store or rdflib Graph.

full      every institution, person, agreement, area and source, with labelled edges
partners  institution to institution; edge width = shared agreements, size = centrality,
          colour = Louvain community
ego       the neighbourhood (radius 1-2) of one institution, found by any of its names
areas     institutions linked through the cooperation areas of their agreements
relations institution to institution by parent body, predecessor and related links (what a registry
          such as ROR states); drawn like partners, the kind of link told by the line
"""

from collections import Counter

import networkx as nx

from kg.errors import CoopKGError
from kg.network import communities as network_communities
from kg.network import projections
from kg.network.labels import pick_label
from kg.network.resolve import find_institution
from kg.progress import step
from kg.viz.extract import Snapshot, collect
from kg.viz.model import (MAX_NODES, ViewModel, best_connected, finish, make_edge, make_node, new_network,
                          to_networkx, trim_note)
from kg.viz.style import COMMUNITY_COLORS, EDGE_LABELS, OTHER_COMMUNITY_COLOR, RELATION_DASHES, legend_for

VIEWS = ("full", "partners", "ego", "areas", "relations")


class UnknownInstitution(CoopKGError, LookupError):
    """The ego view's institution matched no name, or several."""


def build_view(graph, view: str, lang: str = "en", institution: str | None = None,
               radius: int = 2, max_nodes: int = MAX_NODES) -> ViewModel:
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    if view == "ego" and not institution:
        raise UnknownInstitution("the ego view needs an institution name", fix="coopkg viz ego 'NAME'")
    with step("viz: read the graph"):
        snap = collect(graph)
    with step(f"viz: build the {view} view"):
        if view == "ego":
            model = ego_view(snap, institution, lang, radius)
        else:
            model = {"full": full_view, "partners": partners_view, "areas": areas_view,
                     "relations": relations_view}[view](snap, lang, max_nodes=max_nodes)
    with step("viz: lay out"):
        return finish(model, _area_labels(snap), max_nodes)


# -- nodes --------------------------------------------------------------------------------------

def _node(snap: Snapshot, iri: str, lang: str, **extra) -> dict:
    kind = snap.kinds.get(iri, "institution")  # a party is an institution even when untyped
    facts = list(snap.facts.get(iri, []))
    if kind == "source":
        info = snap.source_info.get(iri, {})
        facts += [[k, info[k]] for k in ("publisher", "date") if info.get(k)]
    sources = [snap.source_info[s] for s in snap.derived_from.get(iri, []) if s in snap.source_info]
    links = list(snap.links.get(iri, []))
    if kind == "source" and snap.source_info.get(iri, {}).get("url"):
        links.append(snap.source_info[iri]["url"])
    # Own areas and years only: an agreement's, an institution's own agreements', an area itself.
    areas, years = set(snap.areas.get(iri, [])), set(snap.years.get(iri, set()))
    if kind == "area":
        areas = {iri}
    elif kind == "institution":
        for agreement in snap.agreements_of(iri):
            areas.update(snap.areas.get(agreement, []))
            years.update(snap.years.get(agreement, set()))
    elif kind == "source":
        areas = snap.areas_of_source(iri)
    acts = _acts(snap, [iri]) if iri in snap.dated else None
    return make_node(
        iri, kind, snap.labels.get(iri, {}), aliases=snap.aliases.get(iri, []),
        search_keys=snap.search_keys.get(iri, []), facts=facts, sources=sources,
        quotes=snap.quotes.get(iri, []), links=links, areas=areas, years=years, lang=lang, acts=acts,
        disagreements=snap.disagreements.get(iri, []), identifiers=snap.same_as.get(iri, []), **extra)


def _acts(snap: Snapshot, dated: list) -> list:
    """[year or None, [areas] or None] per agreement or source: what the page's year and area
    filters test. A source's areas are those of the agreements it reports."""
    acts = []
    for iri in dated:
        year = min(snap.years.get(iri, ()), default=None)
        if iri in snap.parties:
            areas = sorted(snap.areas.get(iri, []))
        else:  # a source: its agreements' areas; none known, and the area filter leaves it alone (null)
            areas = sorted(snap.areas_of_source(iri)) or None
        act = [year, areas]
        if act not in acts:
            acts.append(act)
    return sorted(acts, key=lambda a: (a[0] is None, a[0] or 0, a[1] or []))


def _info(snap: Snapshot) -> dict:
    """What kg.network.projections needs to name nodes, taken from the snapshot (no second query)."""
    return {iri: {"label": pick_label(labels, "en", iri), "type": "", "aliases": []}
            for iri, labels in snap.labels.items()}


def _edge(net, source: str, target: str, relation: str, lang: str, **extra) -> None:
    net.edges.append(make_edge(f"e{len(net.edges)}", source, target, EDGE_LABELS[relation],
                               lang=lang, **extra))


# -- full ---------------------------------------------------------------------------------------

def full_view(snap: Snapshot, lang: str, max_nodes: int = MAX_NODES) -> ViewModel:
    """Everything; finish() trims it to max_nodes."""
    net = new_network(directed=True)
    # The area vocabulary is loaded whole; only areas some agreement covers are worth a node.
    covered = {a for areas in snap.areas.values() for a in areas}
    known = {i for i, kind in snap.kinds.items() if kind != "area" or i in covered}
    net.nodes = [_node(snap, iri, lang) for iri in sorted(known)]
    for agreement in snap.of_kind("agreement"):
        acts = _acts(snap, [agreement])  # its edges come and go with the agreement under the filters
        for party in sorted(set(snap.parties.get(agreement, []))):
            _edge(net, agreement, party, "party", lang, acts=acts)
        for area in sorted(set(snap.areas.get(agreement, []))):
            _edge(net, agreement, area, "covers", lang, acts=acts)
    for _m, person, org, role, _written in snap.memberships:
        labels = role or EDGE_LABELS["member"]
        net.edges.append(make_edge(f"e{len(net.edges)}", person, org, labels, lang=lang))
    for a, relation, b in snap.relations:  # parent bodies too: the ministry that ties HaUI and BCIT together
        if a in known and b in known:
            _edge(net, a, b, relation, lang)
    for iri in sorted(known):
        for src in sorted(set(snap.derived_from.get(iri, []))):
            if src in known and src != iri:
                _edge(net, iri, src, "source", lang, width=0.5)
    kinds = {n["kind"] for n in net.nodes}
    return ViewModel(net, _title("Cooperation graph", "Đồ thị hợp tác", lang), legend_for(kinds))


# -- partners -----------------------------------------------------------------------------------

def partners_view(snap: Snapshot, lang: str, max_nodes: int = MAX_NODES) -> ViewModel:
    """kg.network's partnership projection, drawn: the same edges, weights and years `coopkg analyze` uses."""
    notes = []
    graph = _trimmed(projections.partnership_network(snap.select, info=_info(snap)), max_nodes, notes)
    net = new_network()
    found = _add_community_nodes(net, graph, snap, lang)
    for a, b in sorted(tuple(sorted(pair)) for pair in graph.edges()):
        data = graph[a][b]
        count = data["weight"]
        titles = [_display(snap, agreement, lang) for agreement in data["agreements"]]
        net.edges.append(make_edge(
            f"e{len(net.edges)}", a, b, {"": str(count)}, width=min(1 + 2 * (count - 1), 12),
            facts=[["agreements", str(count)]] + [["agreement", t] for t in titles[:5]],
            acts=_acts(snap, data["agreements"])))
    model = ViewModel(net, _title("Partner institutions", "Các cơ sở đối tác", lang), _community_legend(found))
    model.notes.append(_title(
        "Edge width: number of shared agreements. Node size: degree centrality. "
        "Colour: Louvain community, named after its most connected institution.",
        "Độ dày cạnh: số thỏa thuận chung. Kích thước nút: độ trung tâm. "
        "Màu: cộng đồng Louvain, mang tên cơ sở có nhiều liên kết nhất.", lang))
    model.notes += notes
    return model


def _trimmed(graph: nx.Graph, max_nodes: int, notes: list) -> nx.Graph:
    """Trim a projection before its communities are found, so the legend describes what is drawn."""
    if len(graph) <= max_nodes:
        return graph
    notes.append(trim_note(max_nodes, len(graph)))
    return graph.subgraph(best_connected(graph, max_nodes)).copy()


def _add_community_nodes(net, graph: nx.Graph, snap: Snapshot, lang: str) -> list:
    """One node per graph node: size = degree centrality, colour = Louvain community (kg.network's,
    seed 42). Returns the communities, largest first, each as (its best-connected member, size)."""
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else {n: 0 for n in graph}
    found, _modularity = network_communities.communities(graph) if len(graph) else ([], 0.0)
    strength = dict(graph.degree(weight="weight"))
    leaders = [min(members, key=lambda n: (-centrality[n], -strength[n], n)) for members in found]
    names = [_community_name(snap, leader, len(members)) for leader, members in zip(leaders, found)]
    community_of = network_communities.membership(found)
    for iri in sorted(graph):
        node = _node(snap, iri, lang)
        index = community_of[iri]
        node["color"] = COMMUNITY_COLORS[index] if index < len(COMMUNITY_COLORS) else OTHER_COMMUNITY_COLOR
        node["size"] = round(10 + 25 * centrality[iri], 1)
        node["facts"].append(["community", names[index]])
        net.nodes.append(node)
    return names


def _community_name(snap: Snapshot, leader: str, size: int) -> dict:
    """A community is called after its best-connected member: 'HUST and 41 others'."""
    names = {lang: pick_label(snap.labels.get(leader, {}), lang, leader.rsplit("/", 1)[-1]) for lang in ("en", "vi")}
    if size == 1:
        return names
    return {"en": f"{names['en']} and {size - 1} other{'s' if size > 2 else ''}",
            "vi": f"{names['vi']} và {size - 1} cơ sở khác"}


def _community_legend(names: list) -> list:
    legend = [{"key": f"community-{i}", "shape": "dot", "color": COMMUNITY_COLORS[i], "labels": name}
              for i, name in enumerate(names[:len(COMMUNITY_COLORS)])]
    if len(names) > len(COMMUNITY_COLORS):
        legend.append({"key": "community-other", "shape": "dot", "color": OTHER_COMMUNITY_COLOR,
                       "labels": {"en": f"{len(names) - len(COMMUNITY_COLORS)} smaller communities",
                                  "vi": f"{len(names) - len(COMMUNITY_COLORS)} cộng đồng nhỏ hơn"}})
    return legend


# -- relations ----------------------------------------------------------------------------------

def relations_view(snap: Snapshot, lang: str, max_nodes: int = MAX_NODES) -> ViewModel:
    """kg.network's relations projection, drawn: institutions linked by parent body, predecessor and
    related links, one edge per pair; above max_nodes, the best-connected ones."""
    notes = []
    graph = _trimmed(projections.relation_network(snap.select, info=_info(snap)), max_nodes, notes)
    net = new_network()
    found = _add_community_nodes(net, graph, snap, lang)
    for a, b in sorted(tuple(sorted(pair)) for pair in graph.edges()):
        data = graph[a][b]
        strongest = data["kind"]
        edge = make_edge(f"e{len(net.edges)}", a, b, EDGE_LABELS[strongest], lang=lang, width=1 + len(data["kinds"]),
                         facts=[[EDGE_LABELS[k].get(lang, EDGE_LABELS[k]["en"]), _relation_sentence(snap, a, b, data, k, lang)]
                                for k in data["kinds"]])
        edge["kind"], edge["dashes"] = strongest, RELATION_DASHES[strongest]
        net.edges.append(edge)
    model = ViewModel(net, _title("Related institutions", "Các cơ sở liên quan", lang), _community_legend(found))
    counts = Counter(data["kind"] for *_, data in graph.edges(data=True))
    model.notes.append(_title(
        f"Lines: solid = part of a parent body ({counts['parent']:,}), dotted = predecessor "
        f"({counts['predecessor']:,}), dashed = related ({counts['related']:,}). "
        "Node size: degree centrality. Colour: Louvain community.",
        f"Đường: liền = trực thuộc ({counts['parent']:,}), chấm = tiền thân ({counts['predecessor']:,}), "
        f"gạch = liên quan ({counts['related']:,}). Kích thước nút: độ trung tâm. Màu: cộng đồng Louvain.", lang))
    model.notes += notes
    return model


def _relation_sentence(snap: Snapshot, a: str, b: str, data: dict, kind: str, lang: str) -> str:
    """The edge's direction is in data: data["parent"] is the parent body, data["predecessor"] the earlier one."""
    if kind in ("parent", "predecessor"):
        other = b if data[kind] == a else a
        first, second = _display(snap, other, lang), _display(snap, data[kind], lang)
        if kind == "parent":
            return _title(f"{first} is part of {second}", f"{first} trực thuộc {second}", lang)
        return _title(f"{second} preceded {first}", f"{second} là tiền thân của {first}", lang)
    return f"{_display(snap, a, lang)} — {_display(snap, b, lang)}"


# -- areas --------------------------------------------------------------------------------------

def areas_view(snap: Snapshot, lang: str, max_nodes: int = MAX_NODES) -> ViewModel:
    """kg.network's institution--area projection, drawn; finish() trims it to max_nodes."""
    graph = projections.institution_area_network(snap.select, info=_info(snap))
    net = new_network()
    used = sorted(graph)
    net.nodes = [_node(snap, iri, lang) for iri in used if iri in snap.kinds]
    for institution, area in sorted((a, b) if graph.nodes[a]["bipartite"] == 0 else (b, a) for a, b in graph.edges()):
        data = graph[institution][area]
        net.edges.append(make_edge(f"e{len(net.edges)}", institution, area, {"": str(data["weight"])},
                                   width=min(data["weight"], 10), facts=[["agreements", str(data["weight"])]],
                                   acts=_acts(snap, data["agreements"])))
    model = ViewModel(net, _title("Cooperation areas", "Lĩnh vực hợp tác", lang),
                      legend_for({"institution", "area"}))
    model.notes.append(_title("Edge label: number of agreements in that area.",
                              "Nhãn cạnh: số thỏa thuận trong lĩnh vực đó.", lang))
    return model


# -- ego ----------------------------------------------------------------------------------------

def ego_view(snap: Snapshot, institution: str, lang: str, radius: int = 2) -> ViewModel:
    if radius not in (1, 2):
        raise ValueError("radius must be 1 or 2")
    try:        # the same look-up as `coopkg analyze --ego` and the Python API
        centre = find_institution(snap.select, institution)
    except CoopKGError as exc:
        raise UnknownInstitution(exc.message, fix=exc.fix) from exc
    full = full_view(snap, lang)
    around = nx.ego_graph(to_networkx(full.net), centre, radius=radius)
    full.net.nodes = [n for n in full.net.nodes if n["id"] in around]
    full.net.edges = [e for e in full.net.edges if e["from"] in around and e["to"] in around]
    for node in full.net.nodes:
        if node["id"] == centre:
            node["size"] = 28
            node["borderWidth"] = 3
    name = _display(snap, centre, lang)
    full.title = _title(f"Around {name}", f"Quanh {name}", lang)
    full.legend = legend_for({n["kind"] for n in full.net.nodes})
    full.notes.append(_title(f"Everything within {radius} step(s) of {name}.",
                             f"Mọi thứ cách {name} tối đa {radius} bước.", lang))
    return full


# -- helpers ------------------------------------------------------------------------------------

def _area_labels(snap: Snapshot) -> dict:
    return {a: dict(snap.labels.get(a, {})) for a in snap.of_kind("area")}


def _display(snap: Snapshot, iri: str, lang: str = "en") -> str:
    return pick_label(snap.labels.get(iri, {}), lang, iri.rsplit("/", 1)[-1])


def _title(en: str, vi: str, lang: str) -> str:
    """Page titles and notes are plain strings in the language the page was built for."""
    return vi if lang == "vi" else en
