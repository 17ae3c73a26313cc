"""The city or country a signing visit went to (guide D2, settled in session 11).

'The MoU was signed during a week-long trip to Lorem', 'the rector travelled to Riverton to sign the
agreement': the signing was in that city or country, so it is the place. Only a name the place lists
know (a city, a country, '... Province') counts: a visit to an institution ('during a visit to Beta
University') says who hosted, not where the pen met paper, and a description ('the neighbouring
country', 'the southern hub') names no place."""

import re

from kg.extract.place_names import known_place
from kg.extract.places import SIGN

# (what ties the visit to the signing is looked for in the same sentence)
_SIGNING = re.compile(r"\b(?:" + SIGN + r"|ink(?:ed|s|ing)?)\b", re.I)
# (also who made the visit, told between: 'during the visit of the Alpha delegation to Lorem', 'a trip by the
# rector to Lorem')
_VISIT_TO = re.compile(r"\b(?:(?:visit|trip|tour|mission|journey)\s+(?:(?:of|by)\s+[^.,;:()]{1,60}?\s+)?to|"
                       r"(?:travell?ed|flew|came|went)\s+to|"
                       r"visit(?:ed|ing))\s+(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def visited_place(text: str, sentences) -> tuple[str, int, int] | None:
    """(place as written, start, end) of the first city or country a sentence that reports the signing
    says the signers visited or travelled to, else None."""
    for s in sentences:
        if not _SIGNING.search(s.text):
            continue
        for m in _VISIT_TO.finditer(text, s.start, s.end):
            written = m.group("place").rstrip(".")
            if known_place(re.sub(r"^the\s+", "", written)):
                return written, m.start("place"), m.start("place") + len(written)
    return None
