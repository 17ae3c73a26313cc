"""Probable duplicate agreements: is the agreement a new page reports one that a page already
ingested reported (the same signing told by two outlets)? The answer is only ever a review
question (kg.curation.draft_record writes it as a comment): two bodies sign more than one
agreement, and the names of a party differ from page to page.

Evidence, for a known agreement that shares at least one resolved party with the new one:
- the signing days: within a day of each other (a day written without a year is compared by
  month and day); both pages giving days further apart settles it (not the same signing);
- when a page gives no day, the bodies both pages name: a shared party, or a party of one
  agreement that the other page names in its text or as its publisher without the extractor
  drafting it as a party ('The Lorem government and the University of Ipsum signed ...' names
  the 'Government of Lorem' of the other page); two such bodies are needed. A new page with fewer
  than two parties offers its other drafted institutions in their place ('Lorem and the Ipsum
  Institute have established a joint centre' drafts no party), and so does a known one;
- the publication dates: a page is published at most a week before the signing it reports
  ('will sign on Monday') and not more than REPORTED_WITHIN days after it; two pages that give
  no day and were published further apart report different signings.
"""

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.curation.name_variants import reordered, spoken_forms
from kg.names import name_key
from kg.registry.names import content_words

# Words naming a field or an office that the bodies of every country share: 'Ministry of Higher
# Education' or 'Department of Skill Development' named on a page does not say whose it is.
FIELD_WORDS = frozenset("""
    education higher health foreign affairs trade industry commerce culture training labour labor youth
    sports finance agriculture environment development skill skills innovation information
    communications defence defense interior home planning energy transport tourism justice welfare
    social medical human resources entrepreneurship department office council commission
""".split())
REPORTED_WITHIN = 180          # days after a signing that a page may still report it as news (half a year)
ANNOUNCED_BEFORE = 7           # days before a signing that a page may announce it


@dataclass
class Page:
    """What the new page says about its agreement."""
    text: str                      # the article text, with the publisher's name
    parties: frozenset             # party keys
    bodies: frozenset              # every institution the page drafted, parties or not
    day: str | None                # 'YYYY-MM-DD', or '--MM-DD' when written without a year
    published: str | None          # 'YYYY-MM-DD'
    names: dict                    # party key -> the names the page and the known records give it


@dataclass
class Duplicate:
    agreement: object              # kg.curation.known_entities.KnownAgreement
    shared: set                    # parties of both agreements
    named: set                     # parties of one that the other page names in its text
    day: str | None                # the known agreement's day within a day of the page's, if compared


def within_a_day(value: str, day: str) -> bool:
    """Two signing days at most a day apart. Either may be '--MM-DD' (written with no year): then only
    the month and day are compared (31 December and 1 January are a day apart)."""
    try:
        if not (value.startswith("--") or day.startswith("--")):
            return abs((dt.date.fromisoformat(value[:10]) - dt.date.fromisoformat(day[:10])).days) <= 1
        first, second = (dt.date.fromisoformat("2000" + v[-6:]) for v in (value, day))   # 2000: 29 Feb exists
    except ValueError:
        return False
    return abs((first - second).days) in (0, 1, 365)


def day_label(day: str) -> str:
    """'2024-05-03' as it is; '--05-03' (no year known) as '05-03, year not given'."""
    return f"{day[2:]}, year not given" if day.startswith("--") else day


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value and not str(value).startswith("--") else None
    except ValueError:
        return None


def _reported_after(signed: dt.date | None, published: dt.date | None) -> bool:
    """Could a page published on `published` report a signing of `signed`? (True when either is unknown.)"""
    if not (signed and published):
        return True
    return -ANNOUNCED_BEFORE <= (published - signed).days <= REPORTED_WITHIN


def same_time_possible(days_a, published_a, days_b, published_b) -> bool:
    """False when the signing days and publication dates of two pages cannot be one signing's."""
    pub_a, pub_b = _date(published_a), _date(published_b)
    full_a = [d for d in map(_date, days_a) if d]
    full_b = [d for d in map(_date, days_b) if d]
    if full_a and not any(_reported_after(d, pub_b) for d in full_a):
        return False
    if full_b and not any(_reported_after(d, pub_a) for d in full_b):
        return False
    if not (full_a or full_b) and pub_a and pub_b:
        return abs((pub_a - pub_b).days) <= REPORTED_WITHIN
    return True


@lru_cache(maxsize=4096)
def _mention_keys(name: str) -> tuple[str, ...]:
    """Keys of the forms of a name worth finding in a text: never one word (a bare acronym: 'LIT',
    'KU' name many bodies) and never a form without a word that says which body it is ('Ministry of
    Education'); 'LIT-Ipsum' (two words) is kept."""
    forms = spoken_forms(name)
    forms += [r for form in forms for r in reordered(form)]
    keys = []
    for form in forms:
        key = name_key(form, drop_titles=True)
        if len(key.split()) >= 2 and content_words(form, FIELD_WORDS) and key not in keys:
            keys.append(key)
    return tuple(keys)


def _text_key(text: str) -> str:
    return f" {name_key(text)} "


def named_in(text_key: str, names) -> bool:
    """Does the text (its _text_key) write one of the names, as whole words?"""
    return any(f" {key} " in text_key for name in names for key in _mention_keys(name))


def _sides(parties: frozenset, bodies: frozenset) -> frozenset:
    """The parties, or, with fewer than two, every institution the page drafted in their place."""
    return parties if len(parties) >= 2 else parties | bodies


def probable_duplicates(page: Page, agreements, institutions, text_of) -> list[Duplicate]:
    """Known agreements that may be the page's (module docstring), by key. `institutions`: key ->
    KnownEntity; `text_of(agreement)`: the texts (and publishers) of the pages that told of it."""
    found, page_key = [], _text_key(page.text)
    mine = _sides(page.parties, page.bodies)
    for a in sorted(agreements, key=lambda a: a.key):
        theirs = _sides(a.parties, a.bodies)
        shared = theirs & mine
        days = a.dates | a.days_without_year
        if not shared or not any(same_time_possible(days, issued, [page.day] if page.day else [], page.published)
                                 for issued in [r.issued for r in a.reports] or [None]):
            continue
        close = sorted(d for d in days if page.day and within_a_day(d, page.day))
        if close:
            found.append(Duplicate(a, shared, set(), close[0]))
            continue
        if page.day and days:
            continue                                    # both give a day: different days, different signings
        other_key = _text_key(text_of(a))
        named = {k for k in theirs - mine if k in institutions and named_in(page_key, institutions[k].names)}
        named |= {k for k in mine - theirs if named_in(other_key, page.names.get(k, ()))}
        if len(shared) + len(named) >= 2:
            found.append(Duplicate(a, shared, named, None))
    return found


def source_text(path) -> str:
    """The text of a known page ('' when it is not there)."""
    try:
        return Path(path).read_text(encoding="utf-8") if path else ""
    except OSError:
        return ""
