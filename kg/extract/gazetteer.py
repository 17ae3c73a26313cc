"""Institution names the extractor knows without having seen the article: the curated entities
(data/records) and the ROR registry index (names, aliases, labels in other languages, acronyms).

The shape rules of kg.extract.institutions find names with a head noun ('... University',
'... Co., Ltd.'); a gazetteer adds what has none: 'Viettel', 'Luxshare-ICT', or an institution
written only as its acronym ('RMIT and HaUI signed ...'). It is consulted only for capitalised
phrases the shape rules left over, and never for a truncated name (a phrase followed by more of
a name is not looked up).

Acronyms are trusted only when they identify one organisation: a curated acronym, or a ROR
acronym that exactly one organisation carries (ROR reuses 'MSU' for dozens).

ROR is a world-wide list, so its short entries collide with what a page means by the same letters
('VTI', a Vietnamese company, is a Swedish institute in ROR; 'Gordon' is a president's surname and a
college's alias). A ROR acronym or one-word name therefore counts only when the organisation's
country or city is named in the article (or the article names no country at all), and never where
the text uses it as a piece of a longer name or as a modifier ('UET Peshawar', 'MSME Technology
Centre', 'ASEAN language center', 'Microsoft Skills for Jobs', 'Dr. Gordon'): see
kg.extract.institutions.used_alone().
"""

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.countries import country_codes
from kg.names import is_acronym, name_key
from kg.textnorm import fold
from kg.registry.names import content_words

MIN_ROR_NAME_WORDS = 1
MIN_ACRONYM_LETTERS = 3
# First words of a unit's name: looked up alone they match some organisation's unit or a generic body.
UNIT_WORDS = {"faculty", "office", "department", "division", "school", "centre", "center", "board", "institute"}


@dataclass
class Gazetteer:
    """Known names (name_key -> canonical name) and acronyms (exact -> canonical name), plus an
    optional ROR index consulted for what the curated lists lack."""
    names: dict = field(default_factory=dict)
    acronyms: dict = field(default_factory=dict)
    ror: object = None                      # kg.registry.store.RegistryIndex or None
    where: object = None                    # ArticlePlaces of the article being read, or None

    def in_article(self, text: str) -> "Gazetteer":
        """The same gazetteer, checking ROR's short entries against the places the text names."""
        return Gazetteer(self.names, self.acronyms, self.ror, ArticlePlaces.of(text) if self.ror is not None else None)

    def name(self, phrase: str) -> str | None:
        key = name_key(phrase, drop_titles=True)
        if not key or not content_words(phrase) or key.split()[0] in UNIT_WORDS:
            return None           # 'Office of Education', 'Faculty of ...': a unit or a generic name, whoever ROR lists
        if key in self.names:
            return self.names[key]
        if self.ror is None:
            return None
        # (a one-word name is as ambiguous as an acronym: 'Gordon', 'Concordia')
        return _ror_name(self.ror, key, self.where if len(key.split()) == 1 else None)

    def acronym(self, token: str) -> str | None:
        letters = re.sub(r"[^A-Za-z]", "", token)
        if len(letters) < MIN_ACRONYM_LETTERS or not is_acronym(token):
            return None
        if token in self.acronyms:
            return self.acronyms[token]
        return _ror_acronym(self.ror, token, self.where) if self.ror is not None else None


def from_known(known, ror=None) -> Gazetteer:
    """A gazetteer of the curated institutions (kg.curation.known_entities.KnownGraph), with ROR behind."""
    gaz = Gazetteer(ror=ror)
    for entity in known.institutions.values():
        full = [n for n in entity.names if n not in entity.acronyms]
        canonical = max(full, key=len) if full else entity.names[0] if entity.names else None
        if canonical is None:
            continue
        for label in full:
            gaz.names.setdefault(name_key(label, drop_titles=True), canonical)
        for acronym in entity.acronyms:
            gaz.acronyms.setdefault(acronym, canonical)
    return gaz


def curated_gazetteer(known) -> Gazetteer:
    """The curated institutions with the ROR index (when built) behind them."""
    ror = default_gazetteer()
    return from_known(known, ror=ror.ror if ror else None)


def default_gazetteer() -> Gazetteer | None:
    """The ROR index when one is built ($COOPKG_REGISTRY or ~/.cache/coopkg/ror.sqlite), else None."""
    index = _open_ror(os.environ.get("COOPKG_REGISTRY", ""))
    return Gazetteer(ror=index) if index is not None else None


@lru_cache(maxsize=4)
def _open_ror(env_value: str):
    """Open the index once per path (the environment variable is part of the cache key)."""
    try:
        from kg.registry.lookup import get_index
        from kg.registry.store import resolve_db_path
    except ImportError:
        return None
    path = resolve_db_path(None)
    if not path.is_file():
        return None
    try:
        return get_index(str(path))
    except Exception:              # an unreadable index only means no gazetteer
        return None


def _ror_name(index, key: str, where=None) -> str | None:
    """The organisation whose label or alias is exactly `key`, when exactly one active one is (and,
    with `where`, it is in a country or city the article names)."""
    rows = index.conn.execute(
        "SELECT DISTINCT o.id, o.name, o.country, o.city FROM names n JOIN orgs o ON o.id = n.org_id "
        "WHERE n.key = ? AND n.kind != 'acronym' AND o.status = 'active'", (key,)).fetchall()
    return _one_named_there(rows, where)


def _ror_acronym(index, token: str, where=None) -> str | None:
    rows = index.conn.execute(
        "SELECT DISTINCT o.id, o.name, o.country, o.city FROM names n JOIN orgs o ON o.id = n.org_id "
        "WHERE n.key = ? AND n.kind = 'acronym' AND o.status != 'withdrawn'", (name_key(token, drop_titles=True),)).fetchall()
    return _one_named_there(rows, where)


def _one_named_there(rows, where) -> str | None:
    if len(rows) != 1:
        return None
    _, name, country, city = rows[0]
    return name if where is None or where.holds(country, city) else None


@dataclass(frozen=True)
class ArticlePlaces:
    """The countries (ISO codes) an article names, and its folded text to find a city in."""
    codes: frozenset
    folded: str

    @classmethod
    def of(cls, text: str) -> "ArticlePlaces":
        folded = fold(text)
        codes = frozenset(code for name, code in country_codes().items()
                          if fold(name) in folded and re.search(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", folded))
        return cls(codes, folded)

    def holds(self, country: str | None, city: str | None) -> bool:
        """An organisation of this country or city fits the article; any fits one that names no country."""
        if not self.codes or country in self.codes:
            return True
        return bool(city) and re.search(r"(?<!\w)" + re.escape(fold(city)) + r"(?!\w)", self.folded) is not None
