"""The city or country a signing visit went to (guide D2, settled in session 11).

'The MoU was signed during a week-long trip to Lorem', 'the rector travelled to Riverton to sign the
agreement': the signing was in that city or country, so it is the place. Only a name the place lists
know (a city, a country, '... Province') counts: a visit to an institution ('during a visit to Beta
University') says who hosted, not where the pen met paper, and a description ('the neighbouring
country', 'the southern hub') names no place."""

import re

from kg.extract.place_names import known_place

# (what ties the visit to the signing is looked for in the same sentence)
_SIGNING = re.compile(r"\b(?:sign(?!if|al|age)\w*|ink(?:ed|s|ing)?|put\s+pen\s+to\s+paper)\b", re.I)
_NAME = r"(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
_VISIT_TO = re.compile(r"\b(?:visit|trip|tour|mission|journey)\s+to\s+" + _NAME
                       + r"|\b(?:travell?ed|flew|came|went)\s+to\s+" + _NAME.replace("place", "went")
                       + r"|\bvisit(?:ed|ing)\s+" + _NAME.replace("place", "visited"))


def visited_place(text: str, sentences) -> tuple[str, int, int] | None:
    """(place as written, start, end) of the first city or country a sentence that reports the signing
    says the signers visited or travelled to, else None."""
    for s in sentences:
        if not _SIGNING.search(s.text):
            continue
        for m in _VISIT_TO.finditer(text, s.start, s.end):
            group = next(g for g in ("place", "went", "visited") if m.group(g))
            name = re.sub(r"^the\s+", "", m.group(group)).rstrip(".")
            if known_place(name):
                start = m.start(group)
                return m.group(group).rstrip("."), start, start + len(m.group(group).rstrip("."))
    return None
