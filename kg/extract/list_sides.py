"""The institution a list of people shares when the list names it once, at its head ('The X
delegation included A, Dean; B, Registrar', 'Those from X included ...') or at its tail ('A, CEO, B,
Registrar, and C participated from X', '..., all of X, were also present'). It is the side of the
people listed whose posts name no institution of their own (a post that names one keeps it)."""

import re

from kg.extract.institutions import refers_to

_SIDE = r"(?P<side>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w&'’.-]*)*)"
# a sentence opened by the list's owner: its delegation, or 'those (present) from' it
_HEAD = re.compile(r"\s*(?:(?:[Tt]he\s+)?" + _SIDE + r"(?:['’]s?)?\s+(?:delegation|team|contingent)"
                   r"(?:\s+to\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)?|[Tt]hose\s+(?:present\s+)?from\s+(?:the\s+)?"
                   + _SIDE.replace("side", "from") + r")\s+(?:included|includes|comprised|comprises|consisted\s+of|"
                   r"consists\s+of|was\s+made\s+up\s+of|were)\s")
# the list closed by where its people came from
_TAIL = re.compile(r"(?:\s+(?:participated|took\s+part|were\s+(?:also\s+)?present|attended)\s+(?:from|for|on\s+behalf\s+of)"
                   r"\s+(?:the\s+)?" + _SIDE + r"|,\s+all\s+(?:of|from)\s+(?:the\s+)?" + _SIDE.replace("side", "all")
                   + r",\s+(?:were|attended|joined|took))")
# a clause of its own between the person and the tail: the tail is not this person's
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|who|which|signed|said|welcomed|met|by)\b")


def list_side(text: str, start: int, end: int, sentences, institutions):
    """The institution the list holding the person at start..end names at its head or tail, or None."""
    sent = next((s for s in sentences if s.start <= start < s.end), None)
    if sent is None:
        return None
    head = _HEAD.match(sent.text)
    if head and sent.start + head.end() <= start:
        return refers_to(head.group("side") or head.group("from"), institutions)
    tail = _TAIL.search(text, end, sent.end)
    if tail is None or _OTHER_CLAUSE.search(text, sent.start, tail.start()):
        return None
    return refers_to(tail.group("side") or tail.group("all"), institutions)


# 'a delegation of X, led by its Secretary A', 'The delegation from X led by the Rector B included ...'
_DELEGATION_OF = re.compile(r"\b(?:delegation|team)\s+(?:of|from)\s+(?:the\s+)?" + _SIDE)
_LED_BY = re.compile(r"\bled\s+by\s")
_THE_DELEGATION = re.compile(r"\s*[Tt]he\s+(?:delegation|team)\s+(?:was|were)\s+led\s+by\s")


def delegation_side(text: str, start: int, sentences, institutions):
    """The institution whose delegation the person at start leads: 'a delegation of X, led by Role A'
    in one sentence, or 'The delegation was led by Role A' after a sentence naming 'a delegation of X';
    None otherwise."""
    i = next((k for k, s in enumerate(sentences) if s.start <= start < s.end), None)
    if i is None:
        return None
    sent = sentences[i]
    led = [m for m in _LED_BY.finditer(text, sent.start, start)]
    if not led or re.search(r"[;:]", text[led[-1].end():start]):
        return None
    own = [m for m in _DELEGATION_OF.finditer(text, sent.start, led[-1].start())]
    if own:
        return refers_to(own[-1].group("side"), institutions)
    if i > 0 and _THE_DELEGATION.match(sent.text) and sent.start + _THE_DELEGATION.match(sent.text).end() == led[-1].end():
        before = [m for m in _DELEGATION_OF.finditer(sentences[i - 1].text)]
        return refers_to(before[-1].group("side"), institutions) if before else None
    return None
