"""The city or country a signing visit went to (guide D2, settled in session 11).

'The MoU was signed during a week-long trip to Lorem', 'the rector travelled to Riverton to sign the
agreement': the signing was in that city or country, so it is the place. Only a name the place lists
know (a city, a country, '... Province') counts: a visit to an institution ('during a visit to Beta
University') says who hosted, not where the pen met paper, and a description ('the neighbouring
country', 'the southern hub') names no place."""

import re

from kg.extract.institutions import INSTITUTION_HEADS
from kg.extract.place_extent import LOCALITY_NOUNS
from kg.extract.place_names import known_place
from kg.extract.places import NOT_PLACES, SIGN

# (what ties the visit to the signing is looked for in the same sentence)
_SIGNING = re.compile(r"\b(?:" + SIGN + r"|ink(?:ed|s|ing)?)\b", re.I)
# (also who made the visit, told between: 'during the visit of the Alpha delegation to Lorem', 'a trip by the
# rector to Lorem')
# (and when it was, told between: 'a visit in April 2024 to Lorem', 'his trip last week to Lorem'; a visitor's long
# post: 'the visit of the Deputy Secretary of State for Lorem and Ipsum Affairs A B to Dolor')
_VISIT_TO = re.compile(r"\b(?:(?:visit|trip|tour|mission|journey)\s+(?:(?:in|on|last|this)\s+[^.,;:()]{1,25}?\s+)?"
                       r"(?:(?:of|by)\s+[^.,;:()]{1,100}?\s+)?to|"
                       r"(?:travell?ed|flew|came|went)\s+to|"
                       r"visit(?:ed|ing))\s+(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


# another time than the visit the account tells: 'visited Lorem last year', 'a 2019 trip to Lorem'
_OTHER_TIME = re.compile(r"\b(?:last|previous|earlier|former|first|past|next|upcoming|future)\s+(?:\w+\s+)?(?:year|month|"
                         r"week|visit|trip)|\b(?:19|20)\d\d\b|\b(?:ago|previously|plans?|will|would|invit\w*)\b", re.I)


def visited_place(text: str, sentences) -> tuple[str, int, int] | None:
    """(place as written, start, end) of the first city or country a sentence that reports the signing
    says the signers visited or travelled to; else that of the visit the account opens with, told before
    the signing ('The Alpha delegation made a visit to Lorem. ... At the meeting, A and B signed an MoU');
    else None."""
    there = next(filter(None, (_there_to_sign(text, s) for s in sentences)), None)
    if there:
        return there
    signing = [s for s in sentences if _SIGNING.search(s.text)]
    for s in signing:
        found = _visited_in(text, s)
        if found:
            return found
    # (told apart from the signing, only a visit counts: 'went to Lorem to do research' is another errand)
    opening = [s for s in sentences if signing and s.end <= signing[-1].start and not _OTHER_TIME.search(s.text)]
    return next(filter(None, (_visited_in(text, s, visit_only=True) for s in opening)), None)


def _visited_in(text: str, s, visit_only: bool = False) -> tuple[str, int, int] | None:
    """The first city or country sentence s says someone visited or travelled to (visit_only: visited)."""
    for m in _VISIT_TO.finditer(text, s.start, s.end):
        if visit_only and not re.match(r"(?i)visit", m.group()):
            continue
        written = m.group("place").rstrip(".")
        end = m.start("place") + len(written)
        # (not an adjective before a common noun: 'a visit to the Russian province')
        named = not written.startswith("the ") and not re.match(r"\s+(?i:" + LOCALITY_NOUNS + r")\b", text[end:end + 20]) \
            and _called_a_locality(text, written)
        if known_place(re.sub(r"^the\s+", "", written)) or named:
            return written, m.start("place"), m.start("place") + len(written)
    return None


def _called_a_locality(text: str, name: str) -> bool:
    """The article itself writes the name as a locality ('the central province of Lorem', 'Lorem Province'), so a
    visit to it is a visit to a place even when the place lists do not know it."""
    name = re.escape(re.sub(r"^the\s+", "", name))
    return bool(re.search(r"(?i:\b" + LOCALITY_NOUNS + r")\s+of\s+" + name + r"\b|\b" + name + r"\s+(?i:"
                          + LOCALITY_NOUNS + r")\b", text))


# a town or country the signers were in for the signing, the purpose said right after it: 'the rector was in
# Riverton, Freedonia, to sign the MoU', 'A visited Riverton in May to endorse the agreement', '... was joined by
# B in Southtown to sign it' (the trip's errand is the signing, so that is where it was, guide D2)
_THERE_TO_SIGN = re.compile(r"\b(?P<how>in|visited)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                            r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)"
                            r",?(?:\s+(?:in|on|last|this)\s+[A-Z]?[a-z]+(?:\s+\d{1,4})?)?,?"
                            r"\s+to\s+(?:sign|ink|endorse|formali[sz]e)\b")
# (not a trip still to come: 'will be in Riverton to sign', 'plans to visit Riverton to sign')
_TO_COME = re.compile(r"\b(?:will|would|shall|plans?|planned|planning|expected|scheduled|due|invit\w*|next|upcoming)\b",
                      re.I)


def _there_to_sign(text: str, s) -> tuple[str, int, int] | None:
    """The town or country sentence s says the signers were in or visited to sign the agreement."""
    for m in _THERE_TO_SIGN.finditer(text, s.start, s.end):
        if _TO_COME.search(text, s.start, m.start()):
            return None
        written = m.group("place")
        town, _, country = written.partition(", ")
        if NOT_PLACES.match(town) or country and not known_place(country):
            continue
        # (a visit to a body says who hosted; after 'in', a name the lists do not know counts unless it names
        # a body: 'in Alpha University to sign')
        if not known_place(town) and (m.group("how") == "visited" or town.isupper()
                                      or town.split()[-1].lower() in INSTITUTION_HEADS):
            continue
        return written, m.start("place"), m.end("place")
    return None
