"""Where the agreement was signed: 'at the NVC campus', 'in Ho Chi Minh City', 'at the vice
chancellor's office', read from the sentences that report the signing or ceremony."""

import re

EVENT_CUES = re.compile(r"\b(sign\w*|ceremony|held|memorandum|mou|agreement|visited)\b", re.I)
_CAP_PHRASE = r"(?:[A-Z][\w'’\-]*|\d+)(?:\s+(?:of|and|the|de)?\s*(?:[A-Z][\w'’\-]*|\d+))*"
_PLACE_NOUN = r"(?:office|campus|hall|headquarters|building|room|auditorium|centre|center)"
PLACE = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?P<place>" + _CAP_PHRASE + r"(?:\s+" + _PLACE_NOUN + r")?(?:\s*\([^()]{1,60}\))?"
    r")|\b(?:at|in)\s+(?P<plain>the\s+(?:[a-z][\w'’\-]*\s+){0,4}" + _PLACE_NOUN + r")\b")
NOT_PLACES = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|the\s+\w+\s+of|\d+)\b")


def find_place(text: str, sentences, prefer_start: int | None = None) -> tuple[str, int, int] | None:
    """(place as written, start, end) from the first event sentence that names one; the sentence
    holding the agreement date (prefer_start) is read first."""
    ordered = sorted(sentences, key=lambda s: (not (prefer_start is not None and s.start <= prefer_start < s.end),
                                               s.start))
    for s in ordered:
        if not EVENT_CUES.search(s.text):
            continue
        for m in PLACE.finditer(text, s.start, s.end):
            group = "place" if m.group("place") else "plain"
            value = m.group(group)
            if NOT_PLACES.match(value):
                continue
            before = text[max(s.start, m.start() - 2):m.start()]
            if before.rstrip().endswith(")") and m.group().startswith("in"):   # '(BOKU) in Vienna'
                continue
            return value.strip(), m.start(group), m.end(group)
    return None
