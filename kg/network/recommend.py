"""`coopkg recommend`: institutions a given institution has no agreement with yet, ranked by
link-prediction evidence, each with a reason in plain words.

Combined score (each part in 0..1, weights below, highest first):
    1.0 × Adamic–Adar on the partnership network, divided by the best candidate's value
        (partners in common, rarer common partners count more)
  + 0.5 × Jaccard similarity of the areas their agreements cover
  + 0.3 × 1 if they have a parent body in common (org:subOrganizationOf), else 0
  + 0.2 × 1 if Louvain puts them in the same community, else 0
A candidate with no evidence at all (score 0) is not listed. Ties are broken by label.
"""

import math
from dataclasses import dataclass, field

from kg.network import projections
from kg.network.communities import communities, membership
from kg.network.resolve import find_institution
from kg.network.sparql import as_select

WEIGHTS = {"adamic_adar": 1.0, "areas": 0.5, "parent": 0.3, "community": 0.2}
NAMES_IN_REASON = 3


@dataclass
class Candidate:
    iri: str
    label: str
    score: float = 0.0
    adamic_adar: float = 0.0
    common_partners: list = field(default_factory=list)
    shared_areas: list = field(default_factory=list)
    area_jaccard: float = 0.0
    shared_parents: list = field(default_factory=list)
    same_community: bool = False
    reason: str = ""


def recommend(source, institution: str, top: int = 10) -> tuple[str, list[Candidate]]:
    """(the institution's IRI, its best `top` candidates)."""
    select = as_select(source)
    target = find_institution(select, institution)
    info = projections.node_info(select)
    graph = projections.partnership_network(select, info=info)
    areas = _areas_by_institution(projections.agreements(select))
    parents = projections.institution_parents(select)
    community_of = membership(communities(graph)[0]) if graph.number_of_edges() else {}
    label = lambda iri: info.get(iri, {}).get("label", projections.curie(iri))  # noqa: E731
    related = _already_related(target, graph, parents)
    candidates = []
    for other in projections.all_institutions(select):
        if other in related:
            continue
        candidate = Candidate(other, label(other))
        if target in graph and other in graph:
            common = sorted(set(graph[target]) & set(graph[other]))
            candidate.common_partners = common
            candidate.adamic_adar = sum(1 / math.log(graph.degree(w)) for w in common)
            candidate.same_community = community_of.get(target) == community_of.get(other)
        mine, theirs = areas.get(target, set()), areas.get(other, set())
        candidate.shared_areas = sorted(mine & theirs)
        candidate.area_jaccard = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
        candidate.shared_parents = sorted(parents.get(target, set()) & parents.get(other, set()))
        candidates.append(candidate)
    best_aa = max((c.adamic_adar for c in candidates), default=0.0) or 1.0
    for c in candidates:
        c.score = (WEIGHTS["adamic_adar"] * c.adamic_adar / best_aa + WEIGHTS["areas"] * c.area_jaccard
                   + WEIGHTS["parent"] * bool(c.shared_parents) + WEIGHTS["community"] * c.same_community)
        c.reason = _reason(c, label)
    ranked = sorted((c for c in candidates if c.score > 0), key=lambda c: (-c.score, c.label))
    return target, ranked[:top]


def _already_related(target: str, graph, parents: dict) -> set:
    """Itself, its partners, and its own parent bodies and units (an agreement with them is not a partnership)."""
    related = {target} | (set(graph[target]) if target in graph else set())
    related |= parents.get(target, set())
    related |= {child for child, ps in parents.items() if target in ps}
    return related


def _areas_by_institution(agreements: list) -> dict[str, set]:
    areas: dict[str, set] = {}
    for agreement in agreements:
        for party in agreement.parties:
            areas.setdefault(party, set()).update(agreement.areas)
    return areas


def _reason(c: Candidate, label) -> str:
    parts = []
    if c.common_partners:
        names = ", ".join(label(p) for p in c.common_partners[:NAMES_IN_REASON])
        more = ", …" if len(c.common_partners) > NAMES_IN_REASON else ""
        parts.append(f"{_plural(len(c.common_partners), 'partner')} in common ({names}{more})")
    if c.shared_areas:
        parts.append(f"{_plural(len(c.shared_areas), 'shared area')}")
    if c.shared_parents:
        parts.append("same parent body: " + ", ".join(label(p) for p in c.shared_parents))
    if c.same_community:
        parts.append("same community")
    return "; ".join(parts)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render_text(target_label: str, ranked: list[Candidate]) -> str:
    if not ranked:
        return f"No recommendation for {target_label}: no institution without an agreement shares partners, areas, a parent body or a community with it."
    lines = [f"Suggested partners for {target_label} (score = 1.0·Adamic–Adar/max + 0.5·area Jaccard + 0.3·same parent + 0.2·same community)"]
    for rank, c in enumerate(ranked, 1):
        lines.append(f"{rank:>3}. {c.label}  score {c.score:.3f}")
        lines.append(f"     {c.reason}")
    return "\n".join(lines)
