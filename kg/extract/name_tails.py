"""Where a school's name goes on past the capitals: press English, translated English above all, often writes
the last field of a name in lower case ('Lorem University of Science and technology', 'Lorem Institute of
technology'). The capitalised run stops before it, leaving a name cut short ('... University of Science')
that names no body. The name goes on through 'of'/'and' and lower-case fields only when the words after
them close the phrase (punctuation, a capital, or a verb or function word), so 'the Lorem University of
Science and technology parks' keeps its cut."""

import re

# School heads whose name can end in fields of study ('University of Science and Technology').
_SCHOOL_HEAD = r"(?:University|Institute|Academy|College|Polytechnic|School)"
# The name as written so far: a school's head, then 'of'/'for' and capitalised fields (or nothing after the head).
_CUT_AT_FIELDS = re.compile(_SCHOOL_HEAD + r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)"
                            r"[A-Z][\w'’-]*)*)?$")
# Words after which a noun phrase has ended: verbs and function words of a signing sentence.
_CLOSING_WORDS = {"signed", "signs", "sign", "has", "have", "had", "is", "was", "were", "are", "will", "and", "to", "on",
                  "in", "at", "with", "the", "a", "an", "also", "jointly", "officially", "recently",
                  "today", "yesterday", "inked", "inks", "entered", "agreed", "would", "which", "who", "that", "as",
                  "by", "under", "from", "after", "during", "held", "hosted", "welcomed", "received", "visited"}


def lowercase_fields(text: str, end: int, written: str, fields) -> int:
    """End of a school's name with its lower-case fields: ' and technology' after '... of Science', ' of
    technology' after '... Institute'. `fields` is a vocabulary of fields of study (lower case)."""
    if not _CUT_AT_FIELDS.search(written):
        return end
    joiner = r"(?:and|&)" if re.search(r"\s(?:of|for)\s", written) else r"of"
    m = re.match(r"\s+" + joiner + r"\s+([a-z]+)((?:,\s+[a-z]+)*(?:,?\s+(?:and|&)\s+[a-z]+)?)", text[end:])
    if not m:
        return end
    words = [w for w in re.findall(r"[a-z]+", m.group(1) + m.group(2)) if w not in ("and",)]
    if not all(w in fields for w in words):
        return end
    after = text[end + m.end():]
    nxt = re.match(r"\s*([\w'’-]+)", after)
    closed = not after.strip() or re.match(r"\s*[.,;:()\[\]’'\"”“–—!?]", after) \
        or nxt and (nxt.group(1)[:1].isupper() or nxt.group(1).lower() in _CLOSING_WORDS)
    if not closed or re.match(r"\s+(?:and|&)\s+[a-z]", after):
        return end               # ('... of Science and technology parks', '... and technology and innovation')
    return end + m.end()


def town_the_acronym_carries(text: str, end: int):
    """'Name (ACR) Town' or 'Name (ACR), Town' where the text also writes 'ACR Town' on its own: the town
    names the campus or branch, so it belongs to the name ('Indian Institute of Technology (IIT) Riverton to
    ...', 'Federal Medical Centre (FMC), Riverton' beside 'FMC Riverton's facilities'). The match (groups:
    acronym, town) or None."""
    m = re.match(r"\s*\(([A-Z][A-Za-z]{1,7})\),?\s+([A-Z][a-z]+)(?![\w-])", text[end:])
    if not m:
        return None
    elsewhere = re.compile(r"(?<![\w-])" + re.escape(m.group(1)) + r"\s+" + re.escape(m.group(2)) + r"(?![\w-])")
    return m if any(x.start() != end + m.start(1) for x in elsewhere.finditer(text)) else None
