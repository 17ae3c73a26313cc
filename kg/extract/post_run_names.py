"""Untitled names written right after a post and its owner, with no comma, before a verb or a clause
break: 'Consul General of Laos in HCM City Phimpha Keo attended', 'Head of business unit at Alpha
Vietnam Gi Baek Lee highlighted', 'Minister for medical education Ravi Kumar had ...', 'Assistant
registrar of the Alpha University K Mahesh said'.

The name starts after a word that cannot belong to it: the last word of an organisation or place
('City', 'University', 'Affairs', a country) or a lowercase word of the post ('education'). The
post must open the clause a few words before, so a name after any capitalised phrase is not read.
"""

import re

from kg.extract import roles as role_mod
from kg.extract.institutions import COUNTRIES
from kg.extract.name_shapes import organisation_word, place_not_person
from kg.extract.portfolio_words import REMIT
from kg.textnorm import fold

# what may follow the name: a verb of the report, or the end of the clause
_AFTER_NAME = re.compile(r"(?:\s+(?:said|says|attended|spoke|highlighted|noted|praised|welcomed|expressed|"
                         r"emphasi[sz]ed|stressed|affirmed|added|delivered|presented|thanked|congratulated|"
                         r"hoped|had|has|was|is|and|also)\b|\s*[,.;:](?:\s|$))")
_CONNECTORS = {"of", "for", "the", "and", "at", "in", "to", "a", "an", "by", "with", "from", "on", "as", "&",
               "near", "under", "between", "among", "including", "led", "named"}
_NAME_START = re.compile(r"(?<=\s)(?=[A-ZÀ-Ỵ][a-zà-ỹ])")
MAX_POST_WORDS = 12          # the post opens at most this many words before the name


def _boundary(word: str) -> str | None:
    """'owner' when the word ends an organisation or place, 'post' when it is a lowercase word of
    the post, None when a name could go on or start before it."""
    bare = word.rstrip(",")
    if bare.endswith(")"):
        return "owner"             # 'vice-president (international affairs) A B'
    if bare.islower() and bare.isalpha() and bare not in _CONNECTORS:
        return "post"
    if organisation_word(bare) or fold(bare) in COUNTRIES:
        return "owner"
    if bare == word and bare[:1].isupper() and bare.lower() in REMIT:
        return "remit"             # 'Pro-Vice-Chancellor for Careers and Enterprise A B' (see _after_post)
    return None


def _post_start(clause_words: list[str], kind: str) -> int | None:
    """Index of the role word that opens the post within MAX_POST_WORDS words before the name (within
    five, without a comma, when the name follows a lowercase word: 'the Rector thanked A B' is also a
    post); None when there is none."""
    limit = 5 if kind == "post" else MAX_POST_WORDS
    first = max(0, len(clause_words) - limit)
    for i in range(first, len(clause_words)):
        if clause_words[i].lower().strip(",()") in role_mod.ROLE_START_WORDS:
            comma = any(x.endswith(",") for x in clause_words[i:])
            return None if kind == "post" and comma else i
    return None


def _after_post(text: str, start: int) -> bool:
    """The word before start ends a post's owner or is a lowercase word of the post, and a role word
    opens that post close enough before."""
    words = re.split(r"[.;:!?\n]\s|\n", text[max(0, start - 200):start])[-1].split()
    kind = _boundary(words[-1]) if words else None
    post_at = _post_start(words[:-1] if kind == "post" else words, kind) if kind else None
    if kind == "remit":            # a remit ends the post only after 'for' ('Vice-Chancellor for Careers and
        return post_at is not None and "for" in words[post_at:]   # Enterprise A B'; not 'Institute of Science ...')
    return post_at is not None


def post_run_names(text: str, found: list, read_name) -> list:
    """Such names as mentions (start, start, end, []) not overlapping those found."""
    extra = []
    for m in _NAME_START.finditer(text):
        start = m.start()
        if not _after_post(text, start):
            continue
        span = read_name(text, start, max_words=3)
        if not span or len(text[span[0]:span[1]].split()) < 2 or not _AFTER_NAME.match(text, span[1]) \
                or place_not_person(text, span) or any(organisation_word(w) or fold(w) in COUNTRIES
                                                       for w in text[span[0]:span[1]].split()) \
                or any(s < span[1] and span[0] < e for _, s, e, _ in found + extra):
            continue
        extra.append((span[0], span[0], span[1], []))
    return extra
