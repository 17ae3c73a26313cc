"""'A and B, the vice-chancellors of X and Y, respectively, ...': a plural role shared out in order
to the people and the institutions the sentence lists."""

import re

from kg.extract.institutions import refers_to

_SHARED = re.compile(r",?\s+(?:the\s+)?(?P<role>[A-Za-z][\w -]{1,40}?s)\s+(?:of|at)\s+(?:the\s+)?(?P<first>[A-Z][^,;]*?)"
                     r"\s+and\s+(?:the\s+)?(?P<second>[A-Z][^,;]*?),?\s+respectively\b")


def share_respectively(people, text: str, institutions, sentences, make_role) -> None:
    """Give the two people named just before a 'ROLEs of X and Y, respectively' phrase the role, one
    institution each, in order; make_role(role, institution, start) builds the role to add."""
    for sent in sentences:
        if "respectively" not in sent.text:
            continue
        for m in _SHARED.finditer(text, sent.start, sent.end):
            named = sorted((start, end, p) for p in people for start, end in p.mentions
                           if sent.start <= start and end <= m.start())
            if len(named) < 2 or not re.fullmatch(r"[\s\w.’',-]*?\s+and\s+[\s\w.’'-]*",
                                                  text[named[-2][1]:named[-1][0]] + " "):
                continue
            first, second = refers_to(m.group("first"), institutions), refers_to(m.group("second"), institutions)
            if first is None or second is None or first is second:
                continue
            role = re.sub(r"s$", "", m.group("role"))
            for (start, _, person), inst in ((named[-2], first), (named[-1], second)):
                if not any(r.institution is inst for r in person.roles):
                    person.roles.append(make_role(role, inst, start))
