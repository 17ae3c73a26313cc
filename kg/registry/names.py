"""How registry names are weighed: content words, kind words and suspect aliases.

The keys themselves (tokens, name_key, core_key, initials) are kg.names, shared by the importer
(which stores them) and the lookup (which computes them for a query).
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.names import MULTILINGUAL_STOPWORDS as STOPWORDS
from kg.names import initials, name_key, tokens
from kg.textnorm import strip_diacritics

# Words that say what *kind* of organisation a name denotes. They are weak evidence of identity
# ("University" matches thousands of records) but strong evidence of kind (see kinds_in).
_KIND_PHRASES: dict[str, tuple[str, ...]] = {
    "education": ("university", "universities", "college", "school", "academy", "polytechnic",
                  "universidad", "universite", "universitat", "universita", "universidade",
                  "hochschule", "uniwersytet", "szkola", "dai hoc", "cao dang", "hoc vien", "truong",
                  "faculty", "conservatory", "seminary", "institute of technology"),
    "healthcare": ("hospital", "hospitals", "clinic", "clinics", "medical center", "medical centre",
                   "health centre", "health center", "benh vien"),
    "company": ("company", "co ltd", "ltd", "limited", "inc", "incorporated", "corporation", "corp",
                "gmbh", "plc", "llc", "jsc", "joint stock", "s a", "ag", "bank", "cong ty"),
    "government": ("ministry", "ministerio", "ministere", "government", "department of", "bo",
                   "agency", "bureau", "directorate"),
    "association": ("chamber of commerce", "chamber of industry", "association", "society",
                    "federation", "club", "union", "foundation", "trade union"),
    "research": ("institute", "institut", "instituto", "laboratory", "laboratories", "observatory",
                 "research center", "research centre", "vien"),
}
# Which of the kinds above each ROR type is compatible with.
TYPE_KINDS: dict[str, frozenset[str]] = {
    "education": frozenset({"education", "research"}),
    "healthcare": frozenset({"healthcare", "research"}),
    "company": frozenset({"company"}),
    "government": frozenset({"government", "research"}),
    "nonprofit": frozenset({"association", "research"}),
    "funder": frozenset({"association", "government", "research"}),
    "facility": frozenset({"research", "healthcare"}),
}
# ROR types that say nothing definite about the kind of organisation: never a conflict.
OPEN_TYPES = frozenset({"other", "archive"})

# Only one-word kind phrases count as generic: the parts of 'chamber of commerce' do identify.
GENERIC_WORDS = frozenset(p for phrases in _KIND_PHRASES.values() for p in phrases if " " not in p) | {
    "national", "state", "federal", "public", "private", "central", "general", "international",
    "center", "centre", "research", "technical", "technology", "sciences", "science", "studies",
    "dai", "hoc", "cao", "dang", "quoc", "gia",
}


def content_words(text: str, also_ignore: frozenset[str] = frozenset()) -> set[str]:
    """Words that identify *which* organisation is meant: no stopwords, no kind or generic words,
    no single letters, and none of `also_ignore` (typically the organisation's city)."""
    return {t for t in tokens(text)
            if len(t) > 1 and t not in STOPWORDS and t not in GENERIC_WORDS and t not in also_ignore}


_KIND_PATTERNS = {kind: re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\S)")
                  for kind, phrases in _KIND_PHRASES.items()}


@lru_cache(maxsize=262144)
def kinds_in(text: str) -> frozenset[str]:
    """Kinds of organisation a name announces: 'Hanoi Chamber of Commerce' -> {'association'}."""
    key = name_key(text)
    return frozenset(kind for kind, pattern in _KIND_PATTERNS.items() if pattern.search(key))


def kinds_allowed(types: list[str] | tuple[str, ...], own_names: list[str]) -> set[str] | None:
    """Kinds compatible with a record: from its ROR types plus whatever its official names announce
    ('X Medical College & Hospital' is both). None when the types say nothing definite."""
    if not types or OPEN_TYPES.intersection(types):
        return None
    allowed: set[str] = set()
    for ror_type in types:
        allowed |= TYPE_KINDS.get(ror_type, frozenset())
    for own in own_names:
        allowed |= kinds_in(own)
    return allowed


def without_diacritics(text: str) -> bool:
    """True when the text carries no diacritics (so it may be a diacritic-less spelling)."""
    return strip_diacritics(text) == text


def dice(a: set[str], b: set[str]) -> float:
    """Dice coefficient of two token sets: 2|a & b| / (|a| + |b|)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def match_tokens(text: str) -> set[str]:
    """Token set used for fuzzy similarity: every folded word except stopwords."""
    return {t for t in tokens(text) if t not in STOPWORDS}


def key_match_tokens(key: str) -> set[str]:
    """match_tokens from a stored name_key (already folded): no folding again per retrieved row."""
    return {t for t in key.split() if t not in STOPWORDS}


@dataclass(frozen=True)
class AliasNoise:
    """What is suspicious about one alias of one record (see alias_noise)."""
    unrelated_sharers: int = 0          # other organisations, not related to this one, with the same name
    kind_conflict: str | None = None    # e.g. "association vs education"
    no_content_overlap: bool = False    # no identifying word shared with the official names

    @property
    def flags(self) -> tuple[str, ...]:
        flags = []
        if self.unrelated_sharers:
            flags.append(f"alias shared with {self.unrelated_sharers} unrelated organisation(s)")
        if self.kind_conflict:
            flags.append(f"alias reads as {self.kind_conflict}")
        if self.no_content_overlap:
            flags.append("alias shares no content word with the official names")
        return tuple(flags)

    @property
    def doubtful(self) -> bool:
        """Strong suspicion: shared with unrelated organisations, or a different kind of organisation
        with nothing in common with the official names (HaUI's 'Hanoi Chamber of Commerce').
        A kind conflict alone is common and usually benign ('Columbia University X Cancer Center'
        on a hospital record), as is no overlap alone (translations, former names)."""
        return bool(self.unrelated_sharers) or (self.kind_conflict is not None and self.no_content_overlap)


def alias_noise(alias: str, *, types: list[str] | tuple[str, ...], official_names: list[str],
                acronym_keys: set[str], city: str | None, unrelated_sharers: int) -> AliasNoise:
    """What makes an alias suspect as evidence of identity.

    ROR aliases are crowd-curated and sometimes wrong (HaUI carries 'Hanoi Chamber of Commerce').
    An alias is suspect when it is shared with organisations unrelated to this one, when it names
    a different kind of organisation than the record is, or when none of its identifying words
    occurs in the official names (and it does not spell out one of the record's acronyms).
    """
    allowed = kinds_allowed(types, official_names)
    alias_kinds = kinds_in(alias)
    kind_conflict = None
    if allowed is not None and alias_kinds and not alias_kinds & allowed:
        kind_conflict = f"{'/'.join(sorted(alias_kinds))}, record is {' '.join(types)}"

    place = frozenset(tokens(city or ""))  # 'Hanoi' in both names says nothing about identity
    alias_words = content_words(alias, place)
    official_words = set().union(*(content_words(v, place) for v in official_names))
    spells_acronym = initials(alias) in acronym_keys or bool(acronym_keys & set(tokens(alias)))
    no_overlap = bool(alias_words and official_words and not alias_words & official_words and not spells_acronym)
    return AliasNoise(unrelated_sharers, kind_conflict, no_overlap)
