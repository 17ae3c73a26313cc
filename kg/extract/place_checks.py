"""Is the place found really where the signing took place? A second look at the value chosen by
kg.extract.places, for shapes of real news pages:

- an event, not a venue: 'Speaking at the Signing Ceremony', 'took part in the Summer Camps';
- a party's home town: 'Alpha University in Riverton and Beta University signed' says where Alpha
  is, not where they signed;
- a country named for something else: 'students will work in Japan', 'its partners in Korea';
- a signing done online: each side signed where it was, so no single place;
- cut too short: 'at the University of Riverton in Freedonia', '... Building in Southtown, Westshire,
  and'; and venues the first reader does not know: 'at the university's Rector Office Lounge',
  'on XU campus'.
"""

import re

from kg.extract.institutions import COUNTRIES, INSTITUTION_HEADS
from kg.extract.place_shapes import works_at
from kg.extract.places import _PLACE_NOUN as PLACE_NOUN
from kg.extract.visit_places import visited_place

# Nouns that name an occasion, not a venue: 'at the Signing Ceremony'
EVENT_NOUNS = {"ceremony", "ceremonies", "signing", "event", "events", "meeting", "meetings", "session",
               "camp", "camps", "festival", "programme", "program", "programs", "programmes", "visit",
               "celebration", "occasion", "launch"}
# The place phrase is the object of taking part, or sits in a clause about other people
ACTIVITY_BEFORE = re.compile(r"\b(?:participat\w*|took\s+part|take\s+part|taking\s+part|join\w*|enrol\w*)"
                             r"\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# A signing verb governing 'in <country>' within the same clause ('signed the MoU in Japan'; not
# 'signed an MoU on internships in Japan', where the country goes with the topic)
# (also on the sidelines of an event, where the event was: 'signed on the sidelines of the Lorem summit in Japan', D2)
SIGNED_IN = re.compile(r"\b(?:sign\w*|held|took\s+place|ink\w*|conclu\w*|ceremony)\b"
                       r"(?:\s+(?!(?:on|for|to|about|regarding|in)\b)[\w'’.-]+){0,8}"
                       r"\s+(?:in|at)\s+(?:the\s+)?$"
                       r"|\bon\s+the\s+(?:sidelines?|margins?)\s+of\s+[^.;]{1,80}?\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# 'was virtually signed', 'a virtual signing ceremony', 'signed online', 'signed via video conference'
# (not 'the signed MoU covers online courses')
# (also 'signed electronically', 'by videoconference', 'during a video call', 'through an online platform',
# 'via MS Teams', 'signed ... in their respective offices': each side where it was)
# (also 'in a ceremony held online')
ONLINE_SIGNING = re.compile(r"\b(?:virtual(?:ly)?|online)\s+(?:\w+\s+)?(?:sign\w*|ceremony|meeting)\b"
                            r"|\b(?:ceremony|meeting|event)(?:,\s+which)?\s+(?:was\s+)?(?:held|conducted)\s+"
                            r"(?:virtually|online|remotely)\b"      # (also 'the ceremony, which was held online')
                            r"|\bsign\w*\s+(?:\w+\s+){0,4}?(?:virtually|online|remotely|electronically|digitally|"
                            r"(?:via|by|through|over|during)\s+(?:an?\s+)?(?:\w+\s+)?(?:video|zoom|teams|webinar|webex|"
                            r"videoconferenc\w*|video-conferenc\w*|(?:online|digital|virtual)\s+platform))\b"
                            r"|\bsign\w*\b[^.;]{0,60}\bin\s+their\s+respective\s+(?:offices|countries|campuses|cities|"
                            r"locations|premises)\b", re.I)
SIGNING = re.compile(r"\b(?:sign\w*|ceremony|ink\w*)\b", re.I)
# a sentence about the agreement itself (also read when the verb is misspelt: 'singed the MoU')
ABOUT_AGREEMENT = re.compile(r"\b(?:sign\w*|ceremony|ink\w*|mou|memorandum|agreement)\b", re.I)
# Venue nouns besides those kg.extract.places knows ('office', 'hall', ...), used for the fallback
VENUE_NOUNS = (r"(?:lounge|chamber|boardroom|board\s+room|meeting\s+room|conference\s+room|"
               r"office|hall|campus|headquarters|building|room|auditorium|centre|center|library|house)")
# 'at the university's VC Office Lounge', 'at its main Conference Room' (not 'at the centre of the MoU')
_AT_VENUE = re.compile(r"\bat\s+(?P<place>(?:the|its|their)\s+(?:[\w'’\-]+\s+){1,5}" + VENUE_NOUNS + r")\b", re.I)
# 'on XU campus', 'on the Riverton campus'
_ON_CAMPUS = re.compile(r"\bon\s+(?P<place>(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s+campus)\b")
# What may follow the place: 'in <Country or City>' after an institution's name
_IN_NAME = re.compile(r"\s+in\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}(?=\s*[.,;]|\s+(?:and|on|with)\b)")
# a venue inside the one found: 'the Rector's Office' + ' Lounge', '... Building' + ' Meeting Room'
_INNER_VENUE = re.compile(r"(?:\s+[A-Z][\w'’\-]*){0,2}?\s+(?:Lounge|Chamber|Boardroom|Room|Hall)\b")
# the region after a town, closing the clause: '..., Westshire, and was attended by'
# (not a title's full stop: '..., Mr. A B')
_REGION = re.compile(r",\s+(?!(?:Dr|Prof|Mr|Mrs|Ms|Assoc|No)\.)[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?"
                     r"(?=\s*[.;]|,\s+(?:and|which|where|with)\b)")


def checked_place(text: str, sents, found, name_spans=()) -> tuple[str, int, int] | None:
    """The place (value, start, end) to keep: `found` (from find_place) when it is the venue of the
    signing, widened where it was cut short; None when it is not; a venue of the shapes above
    when find_place found none."""
    if found and _online_signing(text, sents):
        return None
    if found:
        value, start, end = found
        # 'signed with schools in Riverton at the Alpha University': the town, then the venue in it (kept whole)
        venue_after = re.search(r"\s+at\s+(?:the\s+)?[A-Z]", value)
        if not (venue_after and BODIES_IN.search(text, max(0, start - 80), start)) \
                and _not_the_venue(text, value, start, name_spans):
            found = None
        else:
            return _widened(text, value, start, end, name_spans)
    # 'signed during a trip to Lorem': that city or country, when nothing says where more closely (D2)
    return _fallback_venue(text, sents) or (None if _online_signing(text, sents) else visited_place(text, sents))


def _online_signing(text, sents) -> bool:
    """A signing or ceremony sentence says it was done online."""
    return any(ONLINE_SIGNING.search(s.text) for s in sents)


# 'signed between Alpha University and universities in Japan': where those bodies are
BODIES_IN = re.compile(r"\b(?:universities|institutions|institutes|colleges|schools|partners|companies|firms|"
                       r"enterprises|businesses|organi[sz]ations)\s+in\s+(?:the\s+)?$"
                       # (also one such body: 'concluded with a higher education institution in Japan')
                       r"|\b(?:a|an|one)\s+(?:[a-z][\w\-]*\s+){0,3}(?:university|institution|institute|college|school|"
                       r"partner|company|firm|enterprise|business|organi[sz]ation)\s+in\s+(?:the\s+)?$", re.I)
# 'between Alpha Institute in Riverton and Beta Park': the town of the first party, before the 'and'
# that names the second
FIRST_PARTY_TOWN = re.compile(r"\bbetween\s+(?:the\s+)?[A-Z](?:(?!\band\b)[^,;.:])*?\s+in\s+$")


def _not_the_venue(text, value, start, name_spans) -> bool:
    before = text[max(0, start - 80):start]
    if _two_places(value):               # 'signed ... in Riverton and Southtown': each side where it was
        return True
    if BODIES_IN.search(before):        # 'universities in Japan', 'high schools in Lorem and Ipsum provinces'
        return True
    if FIRST_PARTY_TOWN.search(before) and re.match(r"[^.;,]*?\band\s+(?:the\s+)?[A-Z]", text[start:start + 120]):
        return True                      # 'between Alpha Institute in Riverton and Beta Park was signed'
    words = value.lower().split()
    if words and words[-1] in EVENT_NOUNS:           # 'the Signing Ceremony', 'Summer Camps'
        return True
    if ACTIVITY_BEFORE.search(before):               # 'took part in the Riverton Games'
        return True
    preposition = re.search(r"\s+(?:in|at)\s+(?:the\s+)?$", before)
    # ('signed by Alpha University and Beta University at the Grand Hotel': a venue, not a home town)
    venue = re.search(r"\b(?:" + VENUE_NOUNS + "|" + PLACE_NOUN + r")\b", value, re.I)
    venue = venue or re.fullmatch(r"the\s+[a-z]+", value)      # 'Alpha University at the university': its premises
    if preposition and not venue and any(e == start - len(preposition.group()) and _ends_as_name(text[s:e])
                                         for s, e in name_spans):
        return True                                  # 'Alpha University in Riverton': where Alpha is
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    if _countries(value) and not SIGNED_IN.search(text, sentence_start, start):
        return True                                  # 'students will work in Japan'
    return False


def _countries(value: str) -> bool:
    """'Japan', 'Japan and Vietnam', 'Laos, Cambodia and Thailand': a country or a list of them."""
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", value.lower()) if p]
    return bool(parts) and all(p in COUNTRIES for p in parts)


def _two_places(value: str) -> bool:
    """'Riverton and Southtown': two bare places (not a venue, 'Lorem Hotels and Suites', nor a country named
    with 'and')."""
    parts = re.split(r"\s+and\s+", value)
    return len(parts) == 2 and value.lower() not in COUNTRIES and not _countries(value) \
        and not re.search(r"\b(?:" + VENUE_NOUNS + "|" + PLACE_NOUN + r")s?\b", value, re.I) \
        and all(re.fullmatch(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}", p) for p in parts)


def _ends_as_name(name: str) -> bool:
    """'Alpha University', 'AU': an institution's name, not a span that ran on into a person's."""
    last = name.split()[-1] if name.split() else ""
    return last.lower() in INSTITUTION_HEADS or (last.isupper() and len(name.split()) == 1)


def _widened(text, value, start, end, name_spans):
    """'University of Riverton' + ' in Freedonia' when the venue is an institution; a town + its
    region when the clause goes on after it."""
    is_name = any(s == start and e >= end - 1 for s, e in name_spans) \
        or any(w.lower() in INSTITUTION_HEADS for w in value.split()[:1])
    inner = _INNER_VENUE.match(text, end) if re.search(VENUE_NOUNS + r"$", value, re.I) else None
    if inner:
        end = inner.end()
    more = _IN_NAME.match(text, end) if is_name and " in " not in value else None
    if more:
        end = more.end()
    if " in " in text[start:end]:
        region = _REGION.match(text, end)
        if region:
            end = region.end()
    return text[start:end], start, end


def _fallback_venue(text, sents):
    """A venue in a signing sentence that the main reader does not know."""
    for s in sents:
        if not ABOUT_AGREEMENT.search(s.text):
            continue
        for pattern in (_AT_VENUE, _ON_CAMPUS):
            m = pattern.search(text, s.start, s.end)
            if m and works_at(text, s.start, m.start(), m.group("place")):
                continue            # 'Mr A, Secretary General at the Riverton Chamber of Commerce': where he works
            if m:
                return m.group("place"), m.start("place"), m.end("place")
    return None
