"""Two signer shapes: the second side's hand after a split 'on behalf of' ('signed on X's behalf by
A and on Y's behalf by B', 'signed on behalf of X, its president, A, and on behalf of Y, its president, B'), and a
caption whose people are the subject of the signing ('A and B after signing the MoU', guide D7)."""

import re

_TITLES = r"(?:(?:[A-Z][\w]*\.?|Assoc\.|Prof\.|Dr\.?)\s+){0,4}"
_SIDE = r"(?:on\s+behalf\s+of\s+[^,;.]{1,80}?|on\s+[^,;.]{1,60}?['’]s?\s+behalf)"
# the first hand told with its side, then ', and' and the second side with its hand
_SECOND_BEHALF = re.compile(r"\b(?:signed|inked)\b[^;]*?\b" + _SIDE + r"[^;]*?,?\s+and\s+" + _SIDE
                            + r"(?:\s+by|,\s+(?:its|their|the)\s+[a-z][^,;.]{0,50},)\s+" + _TITLES + r"$")
_NOT_HAND = re.compile(r"\b(?:witness\w*|attend\w*|presence|present)\b", re.I)


def second_behalf_hand(before: str) -> bool:
    """'... on X's behalf by A and on Y's behalf by B': B, the hand of the second side, signed."""
    m = _SECOND_BEHALF.search(before)
    return bool(m) and not _NOT_HAND.search(m.group())


# A caption line: names (with posts) then 'after signing': no finite verb among them.
_AFTER_SIGNING = re.compile(r"\s+(?:pictured\s+|pose\s+|posing\s+)?(?:after|upon|following)\s+(?:signing|having\s+signed|they\s+signed)\b")
# only names, titles, capitalised posts and these small words: a lowercase verb ('spoke') makes it prose
_SMALL = {"and", "of", "the", "for", "at", "from", "left", "right", "centre", "center", "middle", "in", "de", "bin",
          "al", "van", "von", "da", "le", "la", "to"}


def caption_after_signing(before: str, after: str) -> bool:
    """'Prof. A and Dr. B after signing the MoU': the people the caption names signed."""
    m = _AFTER_SIGNING.search(after)
    if not m:
        return False
    names = before + after[:m.start()]
    return not any(w not in _SMALL for w in re.findall(r"\b[a-z][\w'’-]*", names)) and not re.search(r"[;:]", names)
