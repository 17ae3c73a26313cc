"""Who signs with whom: preferential attachment with regional clusters.

Institutions join the network over time (in index order). A party is drawn from an 'urn' that
holds every active institution once plus once more per agreement it has signed, so the
well-connected get more partners (heavy-tailed degrees); co-parties come mostly from the
same country, which gives regional clusters.
"""

import datetime as dt
import random
from dataclasses import dataclass

from kg.generate import pools
from kg.generate.world import LAST_YEAR, World

SAME_COUNTRY = 0.7     # chance a co-party is drawn from the first party's country
NEWCOMER = 0.25        # chance the first party is the next institution not yet in any agreement


@dataclass
class Agreement:
    key: str
    kind: str
    parties: list        # [Institution], the first is the host
    date: dt.date
    place: str           # place key (the host's province)
    areas: list          # area keys
    n_sources: int


def draw_agreements(rng: random.Random, world: World, n_agreements: int, area_keys: list) -> list:
    institutions = world.institutions
    urn, by_country = [], {}
    activated = 0
    unused = 0  # index of the next institution that has not signed anything yet
    used = set()
    agreements = []
    first_day = dt.date(2010, 1, 1).toordinal()
    span = dt.date(LAST_YEAR, 12, 31).toordinal() - first_day
    counts, weights = list(pools.PARTY_COUNT_WEIGHTS), list(pools.PARTY_COUNT_WEIGHTS.values())
    for j in range(n_agreements):
        # Let institutions in at a steady pace, so all are active by the last agreement.
        target = max(2, min(len(institutions), (j + 1) * len(institutions) // n_agreements))
        while activated < target:
            inst = institutions[activated]
            urn.append(inst)
            by_country.setdefault(inst.country, []).append(inst)
            activated += 1
        while unused < activated and institutions[unused].key in used:
            unused += 1
        host = institutions[unused] if unused < activated and rng.random() < NEWCOMER else rng.choice(urn)
        n_parties = min(rng.choices(counts, weights)[0], activated)
        parties, seen = [host], {host.key}
        for _ in range(n_parties * 20):
            if len(parties) == n_parties:
                break
            pool = by_country[host.country] if rng.random() < SAME_COUNTRY and len(by_country[host.country]) > 1 else urn
            other = rng.choice(pool)
            if other.key not in seen:
                seen.add(other.key)
                parties.append(other)
        for other in institutions[:activated]:  # rare: the draws kept hitting the same few
            if len(parties) >= 2:
                break
            if other.key not in seen:
                seen.add(other.key)
                parties.append(other)
        for inst in parties:
            used.add(inst.key)
            urn.append(inst)
            by_country[inst.country].append(inst)
        date = dt.date.fromordinal(first_day + (j * span) // max(1, n_agreements - 1))
        kind = rng.choice(sorted(pools.AGREEMENT_TYPES))
        areas = sorted(rng.sample(area_keys, rng.randint(3, min(12, len(area_keys)))))
        n_sources = rng.choices([1, 2, 3], [45, 40, 15])[0]
        agreements.append(Agreement(f"agr-{j:06d}", kind, parties, date, host.province, areas, n_sources))
    return agreements
