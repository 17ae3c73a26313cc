"""The kind of agreement: MoU, cooperation agreement, framework agreement, memorandum of
cooperation, memorandum of agreement, letter of intent. The kind the signing sentence names wins;
otherwise the first named in the text, then in the title; else the signed 'X agreement' as written."""

import re

KINDS = [  # (pattern, normalised type), most specific first
    (r"memorand(?:um|a) of understanding|\bmou\b", "MoU"),
    (r"memorand(?:um|a) of cooperation|\bmoc\b", "memorandum of cooperation"),
    (r"memorand(?:um|a) of agreement|\bmoa\b", "memorandum of agreement"),
    (r"framework (?:cooperation )?agreement", "framework agreement"),
    (r"(?:cooperation|collaboration|partnership) agreement|agreement (?:on|for) (?:cooperation|collaboration)",
     "cooperation agreement"),
    (r"letters? of intent|\bloi\b", "letter of intent"),
]
# 'signed an academic exchange agreement', 'a tripartite agreement': another kind, as written
OTHER_KIND = re.compile(r"\bsign(?:ed|s|ing)?\s+(?:a|an|the)\s+(?P<kind>(?:[a-z][\w-]*\s+){0,3}?(?:agreement|protocol|"
                        r"record of discussions?|accord))\b")
SIGNED_OBJECT = re.compile(r"\bsign(?:ed|s|ing)?\s+(?:of\s+)?(?:a|an|the|their)?\s*(?:[\w-]+\s+){0,3}?"
                           r"(?=(?:memorand|mou\b|moc\b|moa\b|framework|cooperation|collaboration|partnership))",
                           re.I)


def _kind_at(text: str, pos: int) -> tuple[str, int, int] | None:
    for pattern, kind in KINDS:
        m = re.compile(pattern, re.I).match(text, pos)
        if m:
            return kind, m.start(), m.end()
    return None


def find_type(text: str, title: str | None = None) -> tuple[str, int, int] | None:
    """(type, start, end) of the wording in text; None when the text names no kind."""
    for m in SIGNED_OBJECT.finditer(text):
        found = _kind_at(text, m.end())
        if found:
            return found
    first = None
    for pattern, kind in KINDS:
        m = re.search(pattern, text, re.I)
        if m and (first is None or m.start() < first[1]):
            first = (kind, m.start(), m.end())
    if first is None and (other := OTHER_KIND.search(text)):
        first = (other.group("kind"), other.start("kind"), other.end("kind"))
    return first
