"""A capitalised post, a comma and its institution, right before the person's (titled) name, as the
Nigerian and South Asian press writes it: 'the Registrar, Alpha University, Dr A B', 'At the launch,
Provost, LU Prof A B'. unit_chain_before reads the same shape with a unit between the post and the
institution; this reads it without one.

The post must open its clause (so 'A B, Rector, LU and Dr C' gives C nothing) and the words between the
commas must name an institution the article drafted: a guessed owner costs as much as a missed role."""

import re

from kg.extract import roles as role_mod
from kg.extract.institutions import refers_to

# where a post may open a clause: a sentence or line start, 'the', a joining word, or the comma after a
# lowercase opening phrase ('At the ceremony, Provost, ...'; not after a name: 'Dr A Bee, Director, ...')
_LEAD = r"(?:^|(?<=[.;:!?\"“\n])\s*|(?<![\w-])[a-z]+,\s*|\b(?:[Tt]he|by|with|and|said|says)\s+)"
_POST_COMMA_OWNER = re.compile(_LEAD + r"(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s*"
                               r"(?:the\s+)?(?P<owner>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|&\s+)?(?:the\s+)?"
                               r"[A-Z][\w&'’.-]*){0,8}),?\s+$")


def post_comma_owner_before(text: str, name_start: int, institutions, make_role) -> list:
    """[the post of 'the Registrar, Alpha University, Dr A B'] when the post opens its clause and the
    words between the commas name a drafted institution; [] otherwise."""
    line_start = text.rfind("\n", 0, name_start) + 1
    for m in _POST_COMMA_OWNER.finditer(text, max(line_start, name_start - 160), name_start):
        if m.end() != name_start or not role_mod.starts_with_role(m.group("role")):
            continue
        if not role_mod.is_role_wording(m.group("role").split()[-1]):
            continue                      # 'Executive Board, Alpha University': the last word is no post
        inst = refers_to(m.group("owner"), institutions)
        if inst:
            return [make_role(m.group("role"), inst, m.start("role"))]
    return []
