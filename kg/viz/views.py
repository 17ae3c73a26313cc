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
from kg.textnorm import fold
from kg.viz.extract import Snapshot, collect
from kg.viz.model import (MAX_NODES, ViewModel, finish, make_edge, make_node, new_network,
                          pick_label, to_networkx)
from kg.viz.style import COMMUNITY_COLORS, EDGE_LABELS, OTHER_COMMUNITY_COLOR, RELATION_DASHES, legend_for

VIEWS = ("full", "partners", "ego", "areas", "relations")


class UnknownInstitution(CoopKGError, LookupError):
    """The ego view's institution matched no name, or several."""


def build_view(graph, view: str, lang: str = "en", institution: str | None = None,
               radius: int = 2, max_nodes: int = MAX_NODES) -> ViewModel:
    snap = collect(graph)
    if view == "full":
        model = full_view(snap, lang)
    elif view == "partners":
        model = partners_view(snap, lang)
    elif view == "areas":
        model = areas_view(snap, lang)
    elif view == "relations":
        model = relations_view(snap, lang)
    elif view == "ego":
        if not institution:
            raise UnknownInstitution("the ego view needs an institution name",
                                     fix="coopkg viz ego 'NAME'")
        model = ego_view(snap, institution, lang, radius)
    else:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    return finish(model, _area_labels(snap), max_nodes)


# -- nodes --------------------------------------------------------------------------------------

def _node(snap: Snapshot, iri: str, lang: str, **extra) -> dict:
    kind = snap.kinds[iri]
    facts = list(snap.facts.get(iri, []))
    if kind == "source":
        info = snap.source_info.get(iri, {})
        facts += [[k, info[k]] for k in ("publisher", "date") if info.get(k)]
    sources = [snap.source_info[s] for s in snap.derived_from.get(iri, []) if s in snap.source_info]
    links = list(snap.links.get(iri, []))
    if kind == "source" and snap.source_info.get(iri, {}).get("url"):
        links.append(snap.source_info[iri]["url"])
    areas, years = set(snap.areas.get(iri, [])), set(snap.years.get(iri, set()))
    if kind == "area":
        areas = {iri}
    elif kind == "institution":  # an institution is filtered by its agreements' areas and years
        for agreement in snap.agreements_of(iri):
            areas.update(snap.areas.get(agreement, []))
            years.update(snap.years.get(agreement, set()))
    return make_node(
        iri, kind, snap.labels.get(iri, {}), aliases=snap.aliases.get(iri, []),
        search_keys=snap.search_keys.get(iri, []), facts=facts, sources=sources,
        quotes=snap.quotes.get(iri, []), links=links, areas=areas, years=years, lang=lang, **extra)


def _edge(net, source: str, target: str, relation: str, lang: str, **extra) -> None:
    net.edges.append(make_edge(f"e{len(net.edges)}", source, target, EDGE_LABELS[relation],
                               lang=lang, **extra))


# -- full ---------------------------------------------------------------------------------------

def full_view(snap: Snapshot, lang: str) -> ViewModel:
    net = new_network(directed=True)
    # The area vocabulary is loaded whole; only areas some agreement covers are worth a node.
    covered = {a for areas in snap.areas.values() for a in areas}
    known = {i for i, kind in snap.kinds.items() if kind != "area" or i in covered}
    net.nodes = [_node(snap, iri, lang) for iri in sorted(known)]
    for agreement in snap.of_kind("agreement"):
        for party in sorted(set(snap.parties.get(agreement, []))):
            _edge(net, agreement, party, "party", lang)
        for area in sorted(set(snap.areas.get(agreement, []))):
            _edge(net, agreement, area, "covers", lang)
    for _m, person, org, role, _written in snap.memberships:
        labels = role or EDGE_LABELS["member"]
        net.edges.append(make_edge(f"e{len(net.edges)}", person, org, labels, lang=lang))
    for a, relation, b in snap.relations:
        _edge(net, a, b, relation, lang)
    for child, parent in snap.parents:  # parent bodies: the ministry that ties HaUI and BCIT together
        if child in known and parent in known:
            _edge(net, child, parent, "parent", lang)
    for iri in sorted(known):
        for src in sorted(set(snap.derived_from.get(iri, []))):
            if src in known and src != iri:
                _edge(net, iri, src, "source", lang, width=0.5)
    kinds = {n["kind"] for n in net.nodes}
    return ViewModel(net, _title("Cooperation graph", "Đồ thị hợp tác", lang), legend_for(kinds))


# -- partners -----------------------------------------------------------------------------------

def partners_view(snap: Snapshot, lang: str) -> ViewModel:
    shared = Counter()
    shared_titles = {}
    for agreement, parties in snap.parties.items():
        parties = sorted(p for p in set(parties) if snap.kinds.get(p) == "institution")
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                shared[a, b] += 1
                shared_titles.setdefault((a, b), []).append(pick_label(snap.labels.get(agreement, {}), lang, agreement))
    graph = nx.Graph()
    graph.add_nodes_from(i for i in snap.of_kind("institution") if _has_agreement(snap, i))
    for (a, b), count in shared.items():
        graph.add_edge(a, b, weight=count)

    net = new_network()
    communities = _add_community_nodes(net, graph, snap, lang)
    for (a, b), count in sorted(shared.items()):
        titles = shared_titles[a, b]
        net.edges.append(make_edge(
            f"e{len(net.edges)}", a, b, {"": str(count)}, width=min(1 + 2 * (count - 1), 12),
            facts=[["agreements", str(count)]] + [["agreement", t] for t in titles[:5]]))
    model = ViewModel(net, _title("Partner institutions", "Các cơ sở đối tác", lang), _community_legend(communities))
    model.notes.append(_title(
        "Edge width: number of shared agreements. Node size: degree centrality. "
        "Colour: Louvain community.",
        "Độ dày cạnh: số thỏa thuận chung. Kích thước nút: độ trung tâm. Màu: cộng đồng Louvain.", lang))
    return model


def _has_agreement(snap: Snapshot, institution: str) -> bool:
    return bool(snap.agreements_of(institution))


def _add_community_nodes(net, graph: nx.Graph, snap: Snapshot, lang: str) -> list:
    """One node per graph node: size = degree centrality, colour = Louvain community (seed 42).
    Returns the communities, largest first."""
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else {n: 0 for n in graph}
    communities = nx.community.louvain_communities(graph, weight="weight", seed=42) if len(graph) else []
    communities = sorted(communities, key=lambda c: (-len(c), min(c)))
    community_of = {n: i for i, members in enumerate(communities) for n in members}
    for iri in sorted(graph):
        node = _node(snap, iri, lang)
        index = community_of[iri]
        node["color"] = COMMUNITY_COLORS[index] if index < len(COMMUNITY_COLORS) else OTHER_COMMUNITY_COLOR
        node["size"] = round(10 + 25 * centrality[iri], 1)
        node["facts"].append(["community", str(index + 1)])
        net.nodes.append(node)
    return communities


def _community_legend(communities: list) -> list:
    legend = [{"key": f"community-{i}", "shape": "dot", "color": COMMUNITY_COLORS[i],
               "labels": {"en": f"Community {i + 1}", "vi": f"Cộng đồng {i + 1}"}}
              for i in range(min(len(communities), len(COMMUNITY_COLORS)))]
    if len(communities) > len(COMMUNITY_COLORS):
        legend.append({"key": "community-other", "shape": "dot", "color": OTHER_COMMUNITY_COLOR,
                       "labels": {"en": "Other communities", "vi": "Cộng đồng khác"}})
    return legend


# -- relations ----------------------------------------------------------------------------------

RELATION_ORDER = ("parent", "predecessor", "relatedTo")  # strongest first: an edge is drawn as this


def relations_view(snap: Snapshot, lang: str) -> ViewModel:
    """Institutions linked by parent body, predecessor and related links, one edge per pair.
    Above the node limit finish() keeps the best-connected institutions and says so on the page."""
    links = {}  # (a, b) sorted pair -> {kind: sentence}
    for a, kind, b in [(a, "parent", b) for a, b in snap.parents] + list(snap.relations):
        if a == b or snap.kinds.get(a) != "institution" or snap.kinds.get(b) != "institution":
            continue
        links.setdefault((min(a, b), max(a, b)), {})[kind] = _relation_sentence(snap, a, kind, b, lang)
    graph = nx.Graph()
    for (a, b), kinds in links.items():
        graph.add_edge(a, b, weight=len(kinds))

    net = new_network()
    communities = _add_community_nodes(net, graph, snap, lang)
    for (a, b), kinds in sorted(links.items()):
        strongest = min(kinds, key=RELATION_ORDER.index)
        edge = make_edge(f"e{len(net.edges)}", a, b, EDGE_LABELS[strongest], lang=lang, width=1 + len(kinds),
                         facts=[[EDGE_LABELS[k].get(lang, EDGE_LABELS[k]["en"]), kinds[k]]
                                for k in sorted(kinds, key=RELATION_ORDER.index)])
        edge["kind"], edge["dashes"] = strongest, RELATION_DASHES[strongest]
        net.edges.append(edge)
    model = ViewModel(net, _title("Related institutions", "Các cơ sở liên quan", lang), _community_legend(communities))
    counts = Counter(min(kinds, key=RELATION_ORDER.index) for kinds in links.values())
    model.notes.append(_title(
        f"Lines: solid = part of a parent body ({counts['parent']:,}), dotted = predecessor "
        f"({counts['predecessor']:,}), dashed = related ({counts['relatedTo']:,}). "
        "Node size: degree centrality. Colour: Louvain community.",
        f"Đường: liền = trực thuộc ({counts['parent']:,}), chấm = tiền thân ({counts['predecessor']:,}), "
        f"gạch = liên quan ({counts['relatedTo']:,}). Kích thước nút: độ trung tâm. Màu: cộng đồng Louvain.", lang))
    return model


def _relation_sentence(snap: Snapshot, a: str, kind: str, b: str, lang: str) -> str:
    first, second = _display(snap, a, lang), _display(snap, b, lang)
    if kind == "parent":
        return _title(f"{first} is part of {second}", f"{first} trực thuộc {second}", lang)
    if kind == "predecessor":
        return _title(f"{second} preceded {first}", f"{second} là tiền thân của {first}", lang)
    return f"{first} — {second}"


# -- areas --------------------------------------------------------------------------------------

def areas_view(snap: Snapshot, lang: str) -> ViewModel:
    counts = Counter()
    for agreement, parties in snap.parties.items():
        for institution in set(parties):
            for area in set(snap.areas.get(agreement, [])):
                counts[institution, area] += 1
    net = new_network()
    used = sorted({i for i, _ in counts} | {a for _, a in counts})
    net.nodes = [_node(snap, iri, lang) for iri in used if iri in snap.kinds]
    for (institution, area), count in sorted(counts.items()):
        net.edges.append(make_edge(f"e{len(net.edges)}", institution, area, {"": str(count)},
                                   width=min(count, 10), facts=[["agreements", str(count)]]))
    model = ViewModel(net, _title("Cooperation areas", "Lĩnh vực hợp tác", lang),
                      legend_for({"institution", "area"}))
    model.notes.append(_title("Edge label: number of agreements in that area.",
                              "Nhãn cạnh: số thỏa thuận trong lĩnh vực đó.", lang))
    return model


# -- ego ----------------------------------------------------------------------------------------

def find_institution(snap: Snapshot, name: str) -> str:
    """The institution whose name, alias, acronym or search key matches name (folded)."""
    wanted = fold(name)
    institutions = snap.of_kind("institution")
    keys = {i: {fold(a) for a in snap.aliases.get(i, [])} | {fold(k) for k in snap.search_keys.get(i, [])}
            for i in institutions}
    exact = [i for i in institutions if wanted in keys[i]]
    partial = [i for i in institutions if any(wanted in k for k in keys[i])]
    for matches in (exact, partial):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            names = "; ".join(_display(snap, m) for m in matches[:10])
            raise UnknownInstitution(f"{name!r} matches several institutions: {names}",
                                     fix="give a longer or exact name")
    raise UnknownInstitution(f"no institution is called {name!r}",
                             fix="any name, alias or acronym works, with or without diacritics")


def ego_view(snap: Snapshot, institution: str, lang: str, radius: int = 2) -> ViewModel:
    if radius not in (1, 2):
        raise ValueError("radius must be 1 or 2")
    centre = find_institution(snap, institution)
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
