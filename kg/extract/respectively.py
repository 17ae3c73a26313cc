"""'A and B, the vice-chancellors of X and Y, respectively, ...': a plural role shared out in order
to the people and the institutions the sentence lists; and two roles shared out the same way ('A and B,
respectively the Rector of X and the President of Y')."""

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
            pairs = _pairs(people, text, sent, m, institutions)
            role = re.sub(r"s$", "", m.group("role"))
            for (start, person), inst in pairs:
                if not any(r.institution is inst for r in person.roles):
                    person.roles.append(make_role(role, inst, start))


def _pairs(people, text: str, sent, m, institutions) -> list:
    """[((start, person), institution)] for the two people named just before the phrase m (joined by
    'and') and the two different institutions it names ('first', 'second'); [] when the shape fails."""
    named = sorted((start, end, p) for p in people for start, end in p.mentions
                   if sent.start <= start and end <= m.start())
    if len(named) < 2 or not re.fullmatch(r"[\s\w.’',-]*?\s+and\s+[\s\w.’'-]*", text[named[-2][1]:named[-1][0]] + " "):
        return []
    first, second = refers_to(m.group("first"), institutions), refers_to(m.group("second"), institutions)
    if first is None or second is None or first is second:
        return []
    return [((named[-2][0], named[-2][2]), first), ((named[-1][0], named[-1][2]), second)]


_ROLE = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
_OWNER = r"[A-Z][^,;]*?"
# 'A and B, respectively the Rector of X and the President of Y'
_BEFORE = re.compile(r",?\s+respectively\s+(?:the\s+)?(?P<role1>" + _ROLE + r")\s+(?:of|at)\s+(?:the\s+)?(?P<first>"
                     + _OWNER + r")\s+and\s+(?:the\s+)?(?P<role2>" + _ROLE + r")\s+(?:of|at)\s+(?:the\s+)?(?P<second>"
                     + _OWNER + r")(?=\s*[,.;]|\s+(?:signed|inked)\b)")
# 'A and B, Rector and President of X and Y respectively'
_TWO_ROLES = re.compile(r",\s+(?:the\s+)?(?P<role1>" + _ROLE + r")\s+and\s+(?:the\s+)?(?P<role2>" + _ROLE
                        + r")\s+(?:of|at)\s+(?:the\s+)?(?P<first>" + _OWNER + r")\s+and\s+(?:the\s+)?(?P<second>"
                        + _OWNER + r"),?\s+respectively\b")


def share_two_roles(people, text: str, institutions, sentences, make_role) -> None:
    """'A and B, respectively the Rector of X and the President of Y' and 'A and B, Rector and President
    of X and Y respectively': each of the two people named just before gets their own role and
    institution, in order (roles read from inside the phrase are replaced)."""
    for sent in sentences:
        if "respectively" not in sent.text:
            continue
        for m in list(_BEFORE.finditer(text, sent.start, sent.end)) + list(_TWO_ROLES.finditer(text, sent.start, sent.end)):
            for ((start, person), inst), role in zip(_pairs(people, text, sent, m, institutions),
                                                     (m.group("role1"), m.group("role2"))):
                person.roles = [r for r in person.roles if not m.start() <= r.start < m.end()]
                if not any(r.institution is inst for r in person.roles):
                    person.roles.append(make_role(role, inst, start))
