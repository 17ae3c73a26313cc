"""Sides of a signing named only by their territory (annotation guide D3): 'Vietnam and the UK inked an
MoU', 'The central province of Lorem and Ipsumland's Dolor Province signed ...', 'Lorem province on
Friday signed an agreement with Ipsum state'. The side is written as the text writes it ('Lorem
province', 'Dolor Province'; 'Lorem' for 'the province of Lorem').

Precision first: only where the sentence's shape says the territories are the subjects of the signing
(or joined by 'between'), only in the story's lead (its first sentences), and a territory whose governing
body the text names ('People's Committee of Lorem', 'Ministry of X of Lorem') is that body, never a
side of its own (`sides` adds it to that body's forms instead).
"""

import re

from kg.extract.countries import country_alternation
from kg.extract.place_names import city_names
from kg.extract.text import sentences
from kg.textnorm import fold

# 'Lorem province', 'Dolor Province', 'Ipsum state', 'Sit County': a territory's name with what it is.
_KIND = r"(?:[Pp]rovince|[Ss]tate|[Pp]refecture|[Cc]ounty|[Oo]blast|[Rr]egion)"
_UP = "A-ZÀ-ÝĐ"       # a capital, 'Đà Nẵng' included
_WORD = r"[" + _UP + r"](?:(?![A-Z])[^\W\d_])+"     # 'Lorem', 'Valparaíso', 'Nẵng'
_CAP = _WORD + r"(?:[\s-]" + _WORD + r"){0,2}"
# One territory, with its name in the group 'name':
# - 'the (central|Lao|Russian) province of Lorem' -> 'Lorem'; 'the County of Lorem' -> 'County of Lorem'
# - "Ipsumland's Dolor Province", 'Lorem province' -> as written
# - a country: 'Vietnam', 'the UK' (checked against the country list by the caller)
_TERRITORY = (r"(?:(?:[Tt]he\s+)?(?:[a-z]+\s+|[A-Z][a-z]+\s+){0,2}(?:province|state|prefecture|county|oblast|region|city)\s+of\s+"
              r"(?P<GRP1>" + _CAP + r")"
              r"|(?P<GRP2>(?:[Tt]he\s+)?(?:County|Province|State|Prefecture|Region)\s+of\s+" + _CAP + r")"
              r"|(?:[A-Z][a-z]+(?:['’]s|s['’])\s+)?(?P<GRP3>" + _CAP + r"\s+" + _KIND + r")(?:\s+of\s+(?:the\s+)?[A-Z]\w+)?"
              r"|(?:[Tt]he\s+)?(?P<GRP5>[Gg]overnment\s+of\s+(?:the\s+)?" + _CAP + r"|" + _CAP + r"(?:['’]s)?\s+[Gg]overnment)"
              r"(?![\w'’-])"
              r"|(?P<GRP6>(?:the\s+)?(?:" + country_alternation() + r"))(?![\w'’-])"
              r"|(?P<GRP4>(?:the\s+)?[" + _UP + r"][\w'’-]*(?:\s+[" + _UP + r"][\w'’-]*){0,3}))")
# Where a city is, after its name: 'Lorem, Ipsumland', 'the Dolor Coast in Sit, Ipsumland'.
_WHERE = r"(?:,?\s+in\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?(?:,\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?"
_VERB = r"(?:(?:have|has|officially|jointly|formally)\s+)*(?:signed|inked|signs|sign|inks|ink)\b"
_WHEN = r"(?:\s+(?:on|last|this|yesterday|today)(?:\s+[A-Z]?\w+){0,2}\.?\s*\d{0,2},?)?"
# 'Vietnam and the UK inked ...', 'Leaders of Lorem province and the Lao province of Ipsum on May 2 signed ...'
_PAIR = re.compile(r"(?:^|(?<=[.!?\n–—:-])\s*)(?:(?:[Ll]eaders|[Rr]epresentatives)\s+of\s+)?" + _TERRITORY.replace("GRP", "a")
                   + r"\s*(?:,|\s+and)\s+" + _TERRITORY.replace("GRP", "b") + _WHERE + _WHEN + r"\s+" + _VERB, re.M)
# 'Lorem province (on Friday) signed a cooperation agreement with Ipsum state ...': the subject alone, then its partner
_WITH = re.compile(r"(?:^|(?<=[.!?\n–—:-])\s*)" + _TERRITORY.replace("GRP", "a") + _WHEN + r"\s+" + _VERB
                   + r"[^.;\n]{0,120}?\bwith\s+" + _TERRITORY.replace("GRP", "b") + r"(?=\s+(?:on|in|at|to|for)\b|\s*[,.;(]|$)",
                   re.M)
# 'an MoU between Vietnam and Austria', 'signed an agreement on trade between ...' (never 'cooperation
# between Vietnam and Laos' that the agreement furthers)
_BETWEEN = re.compile(r"\b(?:agreement|memorandum(?: of understanding)?|MoU|MoA|deal|treaty|accord|signed|signing)"
                      r"(?:\s*\([^()]*\))?\s+(?:(?:on|for)\s+[^.;,()]{0,60}?\s+)?between\s+" + _TERRITORY.replace("GRP", "a") + r"\s+and\s+" + _TERRITORY.replace("GRP", "b")
                      + r"(?=\s+(?:on|in|at|to|for|was|were|is|has|have|will)\b|\s*[,.;(]|$)", re.M)
# One side a body, the other a territory: 'The Ministry of X (MX) and Japan's Lorem prefecture signed ...' (the
# territory written with what it is), 'Ipsumland and the Lorem Research Institute (LRI) on May 7 inked ...' (a country
# first, then a body after 'the').
_BODY_AND = re.compile(r"(?:^|(?<=[.!?\n–—:-])\s*)(?:[Tt]he\s+)?[A-Z][^.;\n]{0,150}?\s+and\s+"
                       + _TERRITORY.replace("GRP", "b") + _WHEN + r"\s+" + _VERB, re.M)
_AND_BODY = re.compile(r"(?:^|(?<=[.!?\n–—:-])\s*)" + _TERRITORY.replace("GRP", "a")
                       + r"\s+and\s+the\s+[A-Z][^.;\n]{0,120}?" + _WHEN + r"\s+" + _VERB, re.M)
_SIGNING = re.compile(r"\b(?:sign\w*|ink\w*|agreement|memorand\w*|MoU|MoA)\b", re.I)
# Bodies that govern a territory: the territory named alone is them ('Lorem' for 'People's Committee of Lorem').
_GOVERNING = re.compile(r"\b(?:committee|government|ministry|council|administration|authority|municipality)\b", re.I)
# 'Lorem Government Portal', 'Lorem Government News': a publication named after the body.
_MEDIA = re.compile(r"\s+(?:Portal|News|Online|Newspaper|Gazette|Magazine|Television|TV|Radio|Website)\b")
# A country signing with any partner: 'Lorem signed an MoU with the University of Ipsum to ...' (the partner
# found by the other rules); only the first 'with' after the verb ('... to deepen ties with X' is no side).
_COUNTRY_WITH = re.compile(r"(?:^|(?<=[.!?\n–—:-])\s*)" + _TERRITORY.replace("GRP", "a") + _WHEN + r"\s+" + _VERB
                           + r"(?:(?!\bwith\b)[^.;\n]){0,120}?\bwith\b", re.M)
# Any body signing with a country: 'The University of X has signed an MoU with Lorem on ...'
_WITH_COUNTRY = re.compile(r"\b" + _VERB + r"(?:(?!\bwith\b)[^.;\n]){0,120}?\bwith\s+" + _TERRITORY.replace("GRP", "b")
                           + r"(?=\s+(?:on|in|at|to|for)\b|\s*[,.;(]|$)", re.M)
# 'The governments of Lorem and Ipsum signed ...', 'Health ministries of Lorem and Ipsum signed ...': each country
# a side (the plural body names no one ministry to list).
_GOVERNMENTS = re.compile(r"\b(?:[Gg]overnments|[Mm]inistries)\s+of\s+" + _TERRITORY.replace("GRP", "a") + r"\s+and\s+"
                          + _TERRITORY.replace("GRP", "b") + r"(?=\s|[,.;]|$)", re.M)
# A country on one side of 'between' and a body on the other: 'an MoU between Lorem and the X Institute'.
_BETWEEN_COUNTRY = re.compile(r"\b(?:agreement|memorandum(?: of understanding)?|MoU|MoA|signed|signing)"
                              r"(?:\s*\([^()]*\))?\s+between\s+" + _TERRITORY.replace("GRP", "a")
                              + r"\s+and\s+(?:the\s+)?[A-Z]", re.M)
_COUNTRY_ONLY = (_COUNTRY_WITH, _WITH_COUNTRY, _BETWEEN_COUNTRY)


def _government_country(name: str) -> bool:
    """'Ghana's government', 'the Government of the Gambia': the government of a country the list knows."""
    from kg.extract.countries import country_code
    place = re.sub(r"^(?:the\s+)?[Gg]overnment\s+of\s+|(?:['’]s)?\s+[Gg]overnment$", "", name)
    return country_code(place) is not None


def _country_side(pair) -> bool:
    """A side read by a country-only shape is a country's name or its government's, never a province or city."""
    from kg.extract.countries import country_code
    return bool(pair) and (country_code(pair[0]) is not None or _government_country(pair[0]))


# How many of the story's first sentences count as its lead (a headline line and a dateline come first).
LEAD_SENTENCES = 4


def _territory(m, g: str, countries) -> tuple[str, int, int] | None:
    """(name as the gold writes it, start, end) of territory `g` of a match, or None when it is no territory."""
    for k in "123456":
        if m.group(g + k):
            name, s, e = m.group(g + k), m.start(g + k), m.end(g + k)
            break
    else:
        return None
    if k == "5":      # 'Ghana's government', 'the Government of Ghana': a country's only
        return (name, s, e) if _government_country(name) else None
    if k == "4" and name.lower() not in countries:
        # else a known city, written without 'the' as the gold writes it ('the Dolor Coast' -> 'Dolor Coast')
        bare = re.sub(r"^the\s+", "", name)
        if fold(bare) not in city_names():
            return None        # a bare capitalised phrase counts only when it is a country's or city's name
        name, s = bare, e - len(bare)
    return name, s, e


def sides(text: str, groups, countries) -> list[tuple[str, int, int]]:
    """(name, start, end) of the territories that sign in the lead; a territory whose governing body
    is among `groups` becomes one of that body's forms instead (mentions found again)."""
    from kg.extract.institutions import find_mentions       # imported late: institutions imports this module
    lead = [s for s in sentences(text) if _SIGNING.search(s.text)][:LEAD_SENTENCES]
    found = []
    for sent in lead:
        for pattern in (_PAIR, _WITH, _BETWEEN, _BODY_AND, _AND_BODY, _GOVERNMENTS) + _COUNTRY_ONLY:
            for m in pattern.finditer(sent.text):
                if pattern in _COUNTRY_ONLY:
                    side = "b" if pattern is _WITH_COUNTRY else "a"
                    pair = [_territory(m, side, countries)]
                    if not _country_side(pair[0]):
                        continue
                elif pattern is _BODY_AND:
                    # only a territory written with what it is: a bare country after a body's 'and' may end its name
                    # (a country's full name with 'the' cannot end a body's: 'X Ltd and the Republic of Lorem')
                    bare = m.group("b4") or m.group("b6") and not m.group("b6").startswith("the ")
                    pair = [None, None if bare else _territory(m, "b", countries)]
                    if not pair[1]:
                        continue
                elif pattern is _AND_BODY:
                    pair = [_territory(m, "a", countries), None]
                    if not pair[0]:
                        continue
                else:
                    pair = [_territory(m, g, countries) for g in ("a", "b")]
                    if not pair[0] or pattern is not _WITH and not pair[1]:
                        continue       # both sides territories, or a territory signing 'with' any partner
                for name, s, e in (p for p in pair if p):
                    body = _governing_body(text, name, groups)
                    if body is not None:
                        if name not in body.forms and not _named_in_another(name, body, groups):
                            body.forms.append(name)
                            body.mentions = find_mentions(text, body.labels())
                    elif not any(n == name for n, _, _ in found):
                        found.append((name, sent.start + s, sent.start + e))
    return found


def _place(name: str) -> str:
    """'lorem' for 'Lorem province', 'the Lorem'."""
    return re.sub(r"^(?:the\s+)?|\s+" + _KIND + r"$", "", name).lower()


def _named_in_another(name: str, body, groups) -> bool:
    """Another group's name holds the territory ('Socialist Republic of Lorem' beside the 'Ministry of X of
    Lorem'): the territory joining the ministry would merge that group into it."""
    word = re.compile(r"\b" + re.escape(_place(name)) + r"\b")
    return any(g is not body and any(word.search(label.lower()) for label in g.labels()) for g in groups)


def _governing_body(text: str, name: str, groups):
    """The group that governs territory `name`: 'People's Committee of Lorem', 'Lorem Provincial
    Government', 'Ministry of Industry of Lorem' for 'Lorem' or 'Lorem province'."""
    place = _place(name)
    for g in groups:
        if g.mentions and all(_MEDIA.match(text, m.end) for m in g.mentions):
            continue           # 'the Lorem Government Portal reported': a longer name's front, no body
        for label in g.labels():
            low = label.lower()
            if _GOVERNING.search(low) and re.search(r"(?:\bof\s+(?:the\s+)?|^)" + re.escape(place) + r"\b", low):
                return g
    return None
