"""Bodies read as people: a post written straight before a body's short name ('Prof A, Director MIET
Lorem', 'Country Director DKT Ipsum signed') reads like a post before its holder's name, so the people
step drafts 'MIET Lorem' as a person (and a signer). A name opening with a word in capitals that is
also a word of a body's name or its acronym is that body, not a person."""

import re

# 'MIET', 'IIT', 'DKT': two or more capitals (a digit or '&' allowed inside), nothing else
_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9&]+")


def is_body(name: str, institutions) -> bool:
    """The name's first word is in capitals and is a word of a drafted body's name or acronym."""
    first = name.split()[0] if name.split() else ""
    if not _CAPS_WORD.fullmatch(first) or len(name.split()) < 2:
        return False
    return any(first in label.split() for inst in institutions for label in inst.labels())


def without_bodies(people, institutions) -> list:
    """The people not read from a body's short name."""
    return [p for p in people if not is_body(p.name, institutions)]
