"""Posts at a unit the recogniser read as an institution of its own ('Director of the Institute of
Sociology', 'Dean of the Graduate School', 'ABC Director of the X Institute') go to the parent: units
are not institutions (guide D4), their posts are the parent's (D6), and the unit stays in the role
string.

Only a unit that is neither a party nor a witness of the signing. The parent is the body written
before the post ('ABC Director of X'), else the one the context gives, as for a post that names no
institution, when the unit's name is a unit's by its shape: a unit head opening it ('Institute of
X', 'School of Y', 'Centre for Z'), or one after general words only ('Graduate School')."""

import re

# A unit head opening the name ('Institute of Sociology', 'the Centre for Asian Studies').
_HEAD_FIRST = re.compile(r"(?:the\s+)?(?:Faculty|College|School|Department|Office|Centre|Center|Division|Laboratory|"
                         r"Institute|Programme|Program)\s+(?:of|for)\s", re.I)
# General words a unit's name may put before its head ('Graduate School', 'Research Institute').
_GENERAL = {"graduate", "law", "business", "medical", "research", "postgraduate", "engineering", "management",
            "international", "language", "nursing", "training", "consultations", "studies", "and"}
_UNIT_LAST = {"school", "institute", "centre", "center", "office", "department", "division", "laboratory"}
# A body named inside the unit's name: 'Institute of Mathematics of the National Academy of X' is written as
# a body of its own.
_BODY_INSIDE = re.compile(r"\b(?:University|Academy|Ministry|Government|Council|Commission|Corporation|Company|Bank|"
                          r"Hospital|Agency|Authority|Republic)\b")


# A Party committee named with no territory ('Secretary of the Party Committee'): a university's, a unit of it;
# a territory's committee names its territory ('provincial Party Committee') and stays a body (guide D3).
_BARE_PARTY_COMMITTEE = re.compile(r"(?:the\s+)?Party\s+Committee", re.I)


def unit_shaped(name: str) -> bool:
    """The name is a unit's by its shape: a unit head opening it, one after general words only, or a Party
    committee that names no territory."""
    words = name.split()
    if _BARE_PARTY_COMMITTEE.fullmatch(name):
        return True
    if _HEAD_FIRST.match(name):
        return not _BODY_INSIDE.search(name)
    return len(words) >= 2 and words[-1].lower() in _UNIT_LAST and all(w.lower() in _GENERAL for w in words[:-1])


def _with_unit(role, inst, text: str) -> str:
    """The role as written up to the unit's name after it ('Director' -> 'Director of the Institute of
    X'); the role unchanged when the unit is not written right after it."""
    at = text.find(role.role, role.start)
    if at < 0 or at > role.start + 40:
        return role.role
    end = at + len(role.role)
    after = [m for m in inst.mentions if end <= m.start <= end + 12]
    return text[at:after[0].end] if after and re.fullmatch(r"[\s,]*(?:of|at|for)?\s*(?:the\s+)?",
                                                          text[end:after[0].start]) else role.role


def release_unit_posts(people, institutions, kept_sides, text) -> list:
    """Give each post whose institution is not in kept_sides (the ids of parties and witnesses) to the
    body written before it; take a unit-shaped institution off the post (the post is left for the
    context to give). Returns the units taken off."""
    released = []
    for person in people:
        for role in person.roles:
            inst = role.institution
            if inst is None or id(inst) in kept_sides or inst.implied and not _BARE_PARTY_COMMITTEE.fullmatch(inst.name):
                continue           # (a bare Party committee is drafted as implied from its post: a unit all the same)
            owner = role.written_owner
            if owner is None and not unit_shaped(inst.name):
                continue
            role.role = _with_unit(role, inst, text)
            role.institution = owner
            if owner is None and inst not in released:
                released.append(inst)
    return released
