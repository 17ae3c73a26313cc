"""The synthetic world: places, ministries, institutions and the people who lead them over the years.

Everything is drawn from one random.Random, in a fixed order, so a seed gives the same world.
"""

import random
from dataclasses import dataclass, field

from kg.generate import pools
from kg.names import acronym_of, slug
from kg.textnorm import fold

FIRST_YEAR, LAST_YEAR = 2005, 2025


@dataclass
class Place:
    key: str
    name: str
    country: str          # ISO code
    within: str | None    # key of the country place, for provinces


@dataclass
class Term:
    """One person holding one role at one institution from `since` to `until` (None: still in office)."""
    person: "Person"
    role: str
    wording: str
    since: int
    until: int | None


@dataclass
class Person:
    key: str
    name: str
    title: str


@dataclass
class Institution:
    key: str
    kind: str
    name_en: str
    name_vi: str | None
    acronym: str
    country: str
    province: str          # place key
    ministry: str | None   # institution key of the parent ministry
    founded: int | None
    head_terms: list = field(default_factory=list)    # [Term], in time order
    deputy_terms: list = field(default_factory=list)

    def term_at(self, terms, year: int):
        for term in terms:
            if term.since <= year and (term.until is None or year < term.until):
                return term
        return terms[-1]


@dataclass
class World:
    places: dict
    institutions: list          # index = activation order (earlier ones gather more partners)
    ministries: dict            # key -> Institution
    countries: dict             # code -> place key


class NamePool:
    """Unique person names (by folded form) so that two people are never taken for one."""

    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, set()

    def draw(self, country: str) -> str:
        rng = self.rng
        for attempt in range(50):
            if country == "VN":
                middle = rng.choice(pools.VN_MIDDLE) + (f" {rng.choice(pools.VN_MIDDLE)}" if attempt > 3 else "")
                name = f"{rng.choice(pools.VN_FAMILY)} {middle} {rng.choice(pools.VN_GIVEN)}"
            else:
                initials = " ".join(f"{rng.choice(pools.INITIALS)}." for _ in range(1 + attempt // 5))
                name = f"{rng.choice(pools.OTHER_GIVEN)} {initials} {rng.choice(pools.OTHER_FAMILY)}"
            if fold(name) not in self.used:
                self.used.add(fold(name))
                return name
        name = f"{name} {len(self.used)}"  # astronomically rare with the pools above; still unique
        self.used.add(fold(name))
        return name


def build_world(rng: random.Random, n_institutions: int) -> World:
    places, countries = {}, {}
    for code, (country, _, provinces) in sorted(pools.COUNTRIES.items()):
        country_key = slug(country)
        places[country_key] = Place(country_key, country, code, None)
        countries[code] = country_key
        for province in provinces:
            key = f"{slug(province)}-{code.lower()}"
            places[key] = Place(key, province, code, country_key)
    ministries = {}
    for code, (country, _, _) in sorted(pools.COUNTRIES.items()):
        for subject in pools.MINISTRY_SUBJECTS:
            name = f"Ministry of {subject}" if code == "VN" else f"Ministry of {subject} of {country}"
            key = f"{code.lower()}-mo-{slug(subject)}"
            ministries[key] = Institution(key, "Ministry", name, None, "MO" + acronym_of(subject), code,
                                          countries[code], None, None)
    codes = sorted(pools.COUNTRIES)
    country_weights = [pools.COUNTRIES[c][1] for c in codes]
    kinds = sorted(pools.INSTITUTION_KINDS)
    kind_weights = [pools.INSTITUTION_KINDS[k][3] for k in kinds]
    names, people = set(), NamePool(rng)
    institutions = []
    for i in range(n_institutions):
        code = rng.choices(codes, country_weights)[0]
        province = rng.choice(pools.COUNTRIES[code][2])
        kind = rng.choices(kinds, kind_weights)[0]
        field_en, field_vi = rng.choice(pools.FIELDS)
        pattern_en, pattern_vi, head_role, _ = pools.INSTITUTION_KINDS[kind]
        name_en = pattern_en.format(province=province, field=field_en)
        name_vi = pattern_vi.format(province=province, field_vi=field_vi) if pattern_vi and code == "VN" else None
        number = 1
        while fold(name_en) in names:  # a second institution of the same kind: number it, as real ones are
            number += 1
            name_en = f"{pattern_en.format(province=province, field=field_en)} No. {number}"
            name_vi = f"{pattern_vi.format(province=province, field_vi=field_vi)} số {number}" if name_vi else None
        names.add(fold(name_en))
        acronym = acronym_of(name_en)
        key = f"{acronym.lower()}-{i}"
        ministry = f"{code.lower()}-mo-{slug(rng.choice(pools.MINISTRY_SUBJECTS[:4]))}" if kind != "Company" else None
        founded = rng.randint(1898, 2015) if rng.random() < 0.4 else None
        inst = Institution(key, kind, name_en, name_vi, acronym, code, f"{slug(province)}-{code.lower()}",
                           ministry, founded)
        inst.head_terms = _terms(rng, people, inst, head_role)
        inst.deputy_terms = _terms(rng, people, inst, pools.DEPUTY_OF[head_role])
        institutions.append(inst)
    return World(places, institutions, ministries, countries)


def _terms(rng, people: NamePool, inst: Institution, role: str) -> list:
    """Successive holders of one role from FIRST_YEAR on; each term lasts 3 to 8 years."""
    wording = rng.choice(pools.ROLE_WORDINGS[role])
    terms, year = [], FIRST_YEAR - rng.randint(0, 5)
    while year <= LAST_YEAR:
        end = year + rng.randint(3, 8)
        name = people.draw(inst.country)
        person = Person(f"{slug(name)}-{inst.key}", name, rng.choice(pools.TITLES))
        terms.append(Term(person, role, wording, year, end if end <= LAST_YEAR else None))
        year = end
    return terms
