"""Enrichment facts for an institution from its accepted ROR match, as plain data.

The caller (the graph build) turns RorFacts into RDF with ROR as provenance; nothing here knows
about RDF beyond the IRIs, which come from kg.namespaces.
"""

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.namespaces import ROR, WIKIDATA
from kg.registry.lookup import ACCEPT_THRESHOLD, AMBIGUITY_MARGIN, Candidate, candidates, get_index
from kg.registry.records import ror_suffix
from kg.registry.store import RegistryIndex


@dataclass(frozen=True)
class RorFacts:
    ror_iri: str                   # https://ror.org/05hhz4s12
    wikidata_iri: str | None       # http://www.wikidata.org/entity/Q16892082
    name: str                      # ROR's primary name
    country: str | None            # ISO 3166-1 alpha-2
    city: str | None
    founding_year: int | None
    parent_ror_iris: tuple[str, ...]  # as ROR states them; a parent may be missing from the local dump
    types: tuple[str, ...]         # ROR types, e.g. ('education',)
    status: str                    # active | inactive

    @property
    def ror_suffix(self) -> str:
        return ror_suffix(self.ror_iri)


@dataclass(frozen=True)
class Enrichment:
    match: Candidate | None        # the accepted candidate, if any
    facts: RorFacts | None         # facts of the accepted candidate
    review: tuple[Candidate, ...]  # plausible candidates a person should look at (not accepted)

    @property
    def accepted(self) -> bool:
        return self.match is not None


def enrich(names: Iterable[str], country: str | None = None, *,
           index: "RegistryIndex | str | os.PathLike | None" = None) -> Enrichment:
    """Match an institution known by `names` (official name, Vietnamese name, acronym ...) to ROR.

    Each name is looked up separately and each organisation keeps its best score; the accept rule
    of lookup (threshold, ambiguity margin, no noise flag) is then applied to the merged ranking.
    """
    idx = get_index(index)
    best: dict[str, Candidate] = {}
    for name in dict.fromkeys(n for n in names if n and n.strip()):
        for cand in candidates(name, country, limit=10, index=idx):
            if cand.ror_id not in best or cand.score > best[cand.ror_id].score:
                best[cand.ror_id] = cand
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.ror_id))
    if not ranked:
        return Enrichment(None, None, ())
    top = ranked[0]
    rival_close = len(ranked) > 1 and ranked[1].score > top.score - AMBIGUITY_MARGIN
    if top.score >= ACCEPT_THRESHOLD and not top.flags and not rival_close:
        match = replace(top, verdict="accept")
        review = tuple(c for c in ranked[1:] if c.verdict != "reject")
        return Enrichment(match, facts_for(match.ror_id, idx), review)
    return Enrichment(None, None, tuple(replace(c, verdict="review") if c.verdict == "accept" else c
                                        for c in ranked if c.verdict != "reject"))


def facts_for(ror_id: str, index: "RegistryIndex | str | os.PathLike | None" = None) -> RorFacts | None:
    """The enrichment facts of one ROR organisation (None when it is not in the index)."""
    idx = get_index(index)
    org = idx.org(ror_id)
    if org is None:
        return None
    parents = tuple(str(ROR[ror_suffix(target)]) for rel_type, target in idx.relationships_of(ror_id)
                    if rel_type == "parent")
    return RorFacts(
        ror_iri=str(ROR[ror_suffix(org["id"])]),
        wikidata_iri=str(WIKIDATA[org["wikidata"]]) if org["wikidata"] else None,
        name=org["name"], country=org["country"], city=org["city"], founding_year=org["established"],
        parent_ror_iris=parents, types=tuple(org["types"].split()), status=org["status"])
