"""Find ROR organisations for a name, score them, and decide which (if any) is an accepted match.

Scores are in 0..1. A candidate is ACCEPTED when
  * its score >= ACCEPT_THRESHOLD (0.80), and
  * no other organisation scores within AMBIGUITY_MARGIN (0.05) of it, and
  * it carries no noise flag.
Candidates scoring >= REVIEW_THRESHOLD (0.50) that are not accepted are marked "review"; the rest "reject".

Base scores (before the country factor):
  exact primary name 1.00 | exact other label 0.97 | exact alias 0.92
  acronym, unique among the given country's organisations 0.90 | acronym unique in the whole index 0.82
  acronym shared by several organisations 0.55
  token overlap (Dice over folded words without stopwords) 0.85 x overlap, only from overlap 0.5
  an alias with a noise flag is capped at 0.60, so it never decides a match by itself
A country was given and the organisation is elsewhere: score x 0.70.
No country was given and the name does not say where it is (its identifying words are used by
organisations in GENERIC_COUNTRIES or more countries, most of them outside the candidate's country,
e.g. 'College of Economics'): the best candidate is flagged, so it is only offered for review,
however exact the name. 'Monash' is used in six countries, but mostly in Australia: it locates itself.
"""

import os
import sqlite3
from dataclasses import dataclass, field, replace

from kg.names import core_key, name_key, tokens
from kg.registry.names import (
    alias_noise,
    content_words,
    dice,
    key_match_tokens,
    match_tokens,
    without_diacritics,
)
from kg.registry.store import RegistryIndex, resolve_db_path

ACCEPT_THRESHOLD = 0.80
REVIEW_THRESHOLD = 0.50
AMBIGUITY_MARGIN = 0.05

EXACT_PRIMARY, EXACT_LABEL, EXACT_ALIAS = 1.00, 0.97, 0.92
ACRONYM_IN_COUNTRY, ACRONYM_UNIQUE, ACRONYM_SHARED = 0.90, 0.82, 0.55
FLAGGED_ALIAS_CAP = 0.60
FUZZY_WEIGHT, FUZZY_MIN_OVERLAP = 0.85, 0.5
OTHER_COUNTRY_FACTOR = 0.70
FTS_CANDIDATES = 200  # names fetched by FTS5 before re-scoring in Python
GENERIC_COUNTRIES = 3  # a name whose words are used in this many countries does not locate itself

LANGUAGE_NAMES = {"vi": "Vietnamese", "en": "English", "fr": "French", "de": "German", "es": "Spanish",
                  "pt": "Portuguese", "it": "Italian", "ja": "Japanese", "zh": "Chinese", "ko": "Korean",
                  "ru": "Russian", "th": "Thai", "id": "Indonesian", "ar": "Arabic", "pl": "Polish"}


@dataclass(frozen=True)
class Candidate:
    ror_id: str               # https://ror.org/...
    name: str                 # the organisation's primary name
    score: float
    reason: str               # why it matched, e.g. "acronym + country", "token overlap 0.83"
    country: str | None
    city: str | None
    types: tuple[str, ...]
    wikidata: str | None      # Q-id
    status: str               # active | inactive (withdrawn records are never candidates)
    matched_name: str         # the ROR name that matched the query
    matched_kind: str         # label | alias | acronym
    flags: tuple[str, ...] = ()  # noise found in the matched name; any flag blocks acceptance
    verdict: str = "review"   # accept | review | reject

    @property
    def accepted(self) -> bool:
        return self.verdict == "accept"


@dataclass
class _Query:
    text: str
    key: str
    country: str | None
    index: RegistryIndex
    best: dict[str, Candidate] = field(default_factory=dict)  # org id -> best candidate so far

    def offer(self, org: sqlite3.Row, name_row: sqlite3.Row, score: float, reason: str,
              flags: tuple[str, ...] = ()) -> None:
        if self.country and org["country"] != self.country:
            score *= OTHER_COUNTRY_FACTOR
            reason += f", other country ({org['country']})"
        if flags:
            score = min(score, FLAGGED_ALIAS_CAP)
            reason += " - review: " + "; ".join(flags)
        current = self.best.get(org["id"])
        if current is None or score > current.score:
            self.best[org["id"]] = Candidate(
                ror_id=org["id"], name=org["name"], score=round(score, 3), reason=reason,
                country=org["country"], city=org["city"], types=tuple(org["types"].split()),
                wikidata=org["wikidata"], status=org["status"], matched_name=name_row["value"],
                matched_kind=name_row["kind"], flags=flags)


_INDEXES: dict[str, RegistryIndex] = {}


def get_index(index: "RegistryIndex | str | os.PathLike | None" = None) -> RegistryIndex:
    """An open index: the one given, or a cached one for the path (default path when None)."""
    if isinstance(index, RegistryIndex):
        return index
    path = str(resolve_db_path(index))
    if path not in _INDEXES:
        _INDEXES[path] = RegistryIndex(path)
    return _INDEXES[path]


def candidates(name: str, country: str | None = None, limit: int = 10, *,
               index: "RegistryIndex | str | os.PathLike | None" = None) -> list[Candidate]:
    """Ranked ROR candidates for `name`, best first, each with a score, a reason and a verdict.

    `country` is an ISO 3166-1 alpha-2 code; it corroborates acronyms and demotes other countries.
    """
    q = _Query(text=name, key=name_key(name), country=country.upper() if country else None,
               index=get_index(index))
    if not q.key:
        return []
    _exact_matches(q)
    _token_matches(q)
    ranked = sorted(q.best.values(), key=lambda c: (-c.score, c.ror_id))
    if ranked and not q.country and ranked[0].score >= ACCEPT_THRESHOLD:
        spread, share = countries_using(q.index, ranked[0].matched_name, ranked[0].country)
        if spread >= GENERIC_COUNTRIES and share < 0.5:    # 'College of Economics' is on every continent
            ranked[0] = replace(ranked[0], flags=ranked[0].flags + (
                f"generic name (its words are used in {spread} countries) and no country to confirm it",))
    return _with_verdicts(ranked)[:limit]


def countries_using(index: RegistryIndex, name: str, country: str | None) -> tuple[int, float]:
    """(number of countries, share of organisations in `country`) among the organisations whose
    names contain every identifying word of `name`. A name with no identifying word is generic."""
    words = sorted(content_words(name))
    if not words:
        return GENERIC_COUNTRIES, 0.0
    expression = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = index.conn.execute(
        "SELECT DISTINCT o.id, o.country FROM names_fts f JOIN names n ON n.rowid = f.rowid "
        "JOIN orgs o ON o.id = n.org_id WHERE names_fts MATCH ? AND o.status != 'withdrawn'",
        (expression,)).fetchall()
    if not rows:
        return 0, 1.0
    return len({r[1] for r in rows}), sum(r[1] == country for r in rows) / len(rows)


def best_match(name: str, country: str | None = None, *, index=None) -> Candidate | None:
    """The accepted candidate, or None."""
    found = candidates(name, country, limit=2, index=index)
    return found[0] if found and found[0].accepted else None


def _with_verdicts(ranked: list[Candidate]) -> list[Candidate]:
    out = []
    for i, cand in enumerate(ranked):
        rival = ranked[1] if i == 0 and len(ranked) > 1 else None
        ambiguous = rival is not None and rival.score > cand.score - AMBIGUITY_MARGIN
        if i == 0 and cand.score >= ACCEPT_THRESHOLD and not cand.flags and not ambiguous:
            verdict = "accept"
        elif cand.score >= REVIEW_THRESHOLD:
            verdict = "review"
        else:
            verdict = "reject"
        reason = cand.reason
        if i == 0 and ambiguous and cand.score >= ACCEPT_THRESHOLD:
            reason += f" - review: ambiguous with {rival.ror_id} ({rival.score:.2f})"
        out.append(replace(cand, verdict=verdict, reason=reason))
    return out


# --- exact matches: B-tree index on names.key (measured faster than FTS5 for this; see benchmark)

_LIVE_NAMES = ("SELECT n.* FROM names n JOIN orgs o ON o.id = n.org_id "
               "WHERE n.key = ? AND o.status != 'withdrawn'")
# core_key is stored only where it differs from key, so a core match is on either column.
_LIVE_CORE_NAMES = ("SELECT n.* FROM names n JOIN orgs o ON o.id = n.org_id "
                    "WHERE (n.key = ?1 OR n.core_key = ?1) AND n.kind != 'acronym' AND o.status != 'withdrawn'")


def _exact_matches(q: _Query) -> None:
    rows = q.index.conn.execute(_LIVE_NAMES, (q.key,)).fetchall()
    note = ""
    if not rows:  # 'Trường Đại học X' for 'Đại học X', 'The X' for 'X', and the other way round
        rows = q.index.conn.execute(_LIVE_CORE_NAMES, (core_key(q.text),)).fetchall()
        note = " (leading 'the'/'truong' ignored)"
    acronym_orgs = {r["org_id"] for r in rows if r["kind"] == "acronym"}
    for row in rows:
        org = q.index.org(row["org_id"])
        if row["kind"] == "acronym":
            score, reason = _acronym_score(q, org, acronym_orgs)
            q.offer(org, row, score, reason)
        elif row["kind"] == "alias":
            q.offer(org, row, EXACT_ALIAS, "exact alias" + note, alias_flags(q.index, org, row))
        elif row["is_primary"]:
            q.offer(org, row, EXACT_PRIMARY, _label_reason(q.text, row, "exact name") + note)
        else:
            q.offer(org, row, EXACT_LABEL, _label_reason(q.text, row, "exact label") + note)


def _label_reason(query: str, row: sqlite3.Row, plain: str) -> str:
    lang = row["lang"]
    if not lang:
        return plain
    what = f"{LANGUAGE_NAMES.get(lang, lang)} label"
    if without_diacritics(query) and not without_diacritics(row["value"]):
        return f"{what} (no diacritics)"
    return what


def _acronym_score(q: _Query, org: sqlite3.Row, acronym_orgs: set[str]) -> tuple[float, str]:
    """Acronyms are short and reused worldwide: they count only when corroborated."""
    if q.country and org["country"] == q.country:
        same_country = [o for o in acronym_orgs if q.index.org(o)["country"] == q.country]
        if len(same_country) == 1:
            return ACRONYM_IN_COUNTRY, "acronym + country"
        return ACRONYM_SHARED, f"acronym shared by {len(same_country)} organisations in {q.country}"
    if len(acronym_orgs) == 1:
        return (ACRONYM_UNIQUE, "acronym (unique in registry)") if not q.country else (ACRONYM_SHARED, "acronym")
    return ACRONYM_SHARED, f"acronym shared by {len(acronym_orgs)} organisations"


# --- noise checks on aliases


def alias_flags(index: RegistryIndex, org: sqlite3.Row, alias: sqlite3.Row) -> tuple[str, ...]:
    """Reasons to distrust an alias as evidence of identity (see names.alias_noise)."""
    own = index.names_of(org["id"])
    sharers = {r[0] for r in index.conn.execute(
        "SELECT DISTINCT n.org_id FROM names n JOIN orgs o ON o.id = n.org_id "
        "WHERE n.key = ? AND n.kind != 'acronym' AND o.status != 'withdrawn'", (alias["key"],))}
    return alias_noise(
        alias["value"], types=org["types"].split(),
        official_names=[n["value"] for n in own if n["kind"] == "label"],
        acronym_keys={n["key"] for n in own if n["kind"] == "acronym"}, city=org["city"],
        unrelated_sharers=len(sharers - {org["id"]} - index.related_ids(org["id"]))).flags


# --- token overlap: FTS5 retrieves names sharing words, Python scores them


def _token_matches(q: _Query) -> None:
    query_tokens = match_tokens(q.text) or set(tokens(q.text))
    # Retrieve by identifying words only when there are some: 'university' alone matches ~15,000
    # names and would make every query slow without finding anything a content word would miss.
    retrieval_words = sorted(content_words(q.text) or query_tokens)
    if not retrieval_words:
        return
    expression = " OR ".join('"' + w.replace('"', '""') + '"' for w in retrieval_words)
    rows = q.index.conn.execute(
        "SELECT n.* FROM names_fts f JOIN names n ON n.rowid = f.rowid JOIN orgs o ON o.id = n.org_id "
        "WHERE names_fts MATCH ? AND n.kind != 'acronym' AND o.status != 'withdrawn' "
        "ORDER BY f.rank LIMIT ?", (expression, FTS_CANDIDATES)).fetchall()
    settled = {org_id for org_id, cand in q.best.items() if cand.score >= FUZZY_WEIGHT}  # overlap cannot beat these
    for row in rows:
        overlap = dice(query_tokens, key_match_tokens(row["key"]))
        if overlap < FUZZY_MIN_OVERLAP or row["key"] == q.key or row["org_id"] in settled:
            continue  # exact keys were scored above
        org = q.index.org(row["org_id"])
        flags = alias_flags(q.index, org, row) if row["kind"] == "alias" else ()
        q.offer(org, row, FUZZY_WEIGHT * overlap, f"token overlap {overlap:.2f} with {row['kind']}", flags)
