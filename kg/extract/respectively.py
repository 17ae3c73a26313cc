"""'A and B, the vice-chancellors of X and Y, respectively, ...': a plural role shared out in order
to the people and the institutions the sentence lists. Also two different roles in a pair ('A and B,
the Rector of X and the President of Y, respectively') and the same pairs written before the names
('The Rectors of X and Y, A and B, signed'), and two roles written after 'respectively' ('A and B,
respectively the Rector of X and the President of Y') or before the institutions ('A and B, Rector and
President of X and Y respectively')."""

import re

from kg.extract import roles as role_mod
from kg.extract.institutions import refers_to

_SHARED = re.compile(r",?\s+(?:the\s+)?(?P<role>[A-Za-z][\w -]{1,40}?s)\s+(?:of|at)\s+(?:the\s+)?(?P<first>[A-Z][^,;]*?)"
                     r"\s+and\s+(?:the\s+)?(?P<second>[A-Z][^,;]*?),?\s+respectively\b")


def _role_of(n: int) -> str:
    """'the Registrar of X' with groups role<n> and inst<n>."""
    return (r"(?:[Tt]he\s+)?(?P<role%d>[A-Za-z][\w -]{1,50}?)\s+(?:of|at)\s+(?:the\s+)?(?P<inst%d>[A-Z][^,;]*?)"
            % (n, n))


# 'A and B, the Registrar of X and the Managing Director of Y(,) respectively'
_PAIRED = re.compile(r",?\s+" + _role_of(1) + r",?\s+and\s+" + _role_of(2) + r",?\s+respectively\b")
# 'The Vice-Chancellor of X and the Managing Director of Y, A and B, ...' / 'The Rectors of X and Y, A and B'
_PAIRED_BEFORE = re.compile(_role_of(1) + r",?\s+and\s+" + _role_of(2) + r",\s+$")
_SHARED_BEFORE = re.compile(r"(?:[Tt]he\s+)?(?P<role>[A-Za-z][\w -]{1,40}?s)\s+(?:of|at)\s+(?:the\s+)?(?P<first>[A-Z][^,;]*?)"
                            r"\s+and\s+(?:the\s+)?(?P<second>[A-Z][^,;]*?),\s+$")
_JOINED = re.compile(r"[\s\w.’',-]*?\s+and\s+[\s\w.’'-]*")


def share_respectively(people, text: str, institutions, sentences, make_role) -> None:
    """Give the two people named just before a 'ROLEs of X and Y, respectively' phrase the role, one
    institution each, in order; make_role(role, institution, start) builds the role to add."""
    for sent in sentences:
        named_in = sorted((start, end, p) for p in people for start, end in p.mentions
                          if sent.start <= start < sent.end)
        _pairs_before(named_in, text, sent, institutions, make_role)
        if "respectively" not in sent.text:
            continue
        for m in _SHARED.finditer(text, sent.start, sent.end):
            named = [n for n in named_in if n[1] <= m.start()]
            if len(named) < 2 or not _JOINED.fullmatch(text[named[-2][1]:named[-1][0]] + " "):
                continue
            first, second = refers_to(m.group("first"), institutions), refers_to(m.group("second"), institutions)
            if first is None or second is None or first is second:
                continue
            role = re.sub(r"s$", "", m.group("role"))
            for (start, _, person), inst in ((named[-2], first), (named[-1], second)):
                if not any(r.institution is inst for r in person.roles):
                    person.roles.append(make_role(role, inst, start))
        for m in _PAIRED.finditer(text, sent.start, sent.end):
            named = [n for n in named_in if n[1] <= m.start()]
            if len(named) >= 2 and _JOINED.fullmatch(text[named[-2][1]:named[-1][0]] + " "):
                _give_pair(named[-2:], m, (m.start(), m.end()), institutions, make_role)


def _pairs_before(named, text, sent, institutions, make_role) -> None:
    """'The Rector of X and the President of Y, Prof. A and Dr. B, signed': the roles before the
    pair of names go to them in order."""
    for (a_start, a_end, a), (b_start, _, b) in zip(named, named[1:]):
        if not re.fullmatch(r"\s+and\s+", text[a_end:b_start]):
            continue
        cuts = re.finditer(r"[.;:]\s|\b(?:by|were|are|was)\s+", text[sent.start:a_start])
        clause_start = max([sent.start] + [sent.start + c.end() for c in cuts])
        before = text[clause_start:a_start]
        paired = _PAIRED_BEFORE.fullmatch(before)
        if paired and _give_pair([(a_start, a_end, a), (b_start, 0, b)], paired, (clause_start, b_start + 1),
                                 institutions, make_role):
            continue
        if _their_respective(text, sent, clause_start, (a_start, a), (b_start, b), institutions, make_role):
            continue
        shared = _SHARED_BEFORE.fullmatch(before)
        first = refers_to(shared.group("first"), institutions) if shared else None
        second = refers_to(shared.group("second"), institutions) if shared else None
        if first is None or second is None or first is second \
                or not role_mod.is_role_wording(shared.group("role")):
            continue
        role = re.sub(r"s$", "", shared.group("role"))
        for person, inst, start in ((a, first, a_start), (b, second, b_start)):
            _replace_roles(person, clause_start, b_start + 1)   # (b's share of a plural role too)
            person.roles.append(make_role(role, inst, start))


_THEIR = re.compile(r"\btheir\s+respective\s+(?P<role>[A-Za-z][\w -]{1,40}?s),\s+$")
GENERIC = {"heads", "leaders", "representatives", "delegates", "officials", "leaderships"}


def _their_respective(text, sent, clause_start, first, second, institutions, make_role) -> bool:
    """'X and Y were represented by their respective Rectors, A and B': the post of each party, in the
    order the sentence names the parties."""
    m = _THEIR.search(text, sent.start, first[0])
    if not m or m.group("role").lower() in GENERIC or not role_mod.is_role_wording(m.group("role")):
        return False
    named = sorted({(min(x.start for x in i.mentions if sent.start <= x.start < m.start()), id(i)): i
                    for i in institutions if not i.implied
                    and any(sent.start <= x.start < m.start() for x in i.mentions)}.items())
    if len(named) != 2:
        return False
    role = re.sub(r"s$", "", m.group("role"))
    for (start, person), (_, inst) in zip((first, second), named):
        _replace_roles(person, clause_start, second[0] + 1)
        person.roles.append(make_role(role, inst, start))
    return True


def _give_pair(two, m, span, institutions, make_role) -> bool:
    """Role 1 of institution 1 to the first person, role 2 of institution 2 to the second, replacing
    the roles read from inside span (a whole pair read as one person's roles)."""
    insts = [refers_to(m.group("inst1"), institutions), refers_to(m.group("inst2"), institutions)]
    roles = [m.group("role1"), m.group("role2")]
    if None in insts or insts[0] is insts[1] or not all(role_mod.is_role_wording(r) for r in roles):
        return False
    for (start, _, person), role, inst in zip(two, roles, insts):
        _replace_roles(person, *span)
        person.roles.append(make_role(role, inst, start))
    return True


def _replace_roles(person, start: int, end: int) -> None:
    """Drop the roles a person got from the text between start and end (read there as one list)."""
    person.roles = [r for r in person.roles if not start <= r.start < end]


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


def _role_alternation() -> str:
    """The capitalised role words as a regex alternation ('Rector', 'Vice-Rector', 'Director')."""
    words = {w.capitalize() for w in role_mod.ROLE_START_WORDS if w.isascii()}
    return "|".join(sorted(words, key=len, reverse=True))


def _owned_item() -> str:
    post = r"(?:the\s+)?(?:%s)(?:[\s-]+[A-Z][\w-]*){0,3}" % _role_alternation()
    return (r"(?:the\s+)?(?P<role>(?:%s)(?:[\s-]+[A-Z][\w-]*){0,3})\s+(?:of|at)\s+(?:the\s+)?(?P<owner>[A-Z][^,;]*?)"
            r"(?=,\s+(?:and\s+)?%s\s+(?:of|at)\s|\s+and\s+%s\s+(?:of|at)\s|,?\s+respectively\b|\s*[.;]|,\s|$|"
            r"\s+(?:signed|inked|attended|witnessed)\b)"
            % (_role_alternation(), post, post))


_ITEM_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_NAME_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def share_list(people, text: str, institutions, sentences, make_role) -> None:
    """'A, B and C, respectively the Rector of X, the Principal of Y and the Director of Z' (or 'respectively'
    after the posts, or none when the posts end the sentence): three people or more listed, then as many posts, each naming
    a different institution of the article; each person gets the post of the same rank (roles read from
    inside the list are replaced). Nothing when the counts differ or an owner is unknown."""
    item = re.compile(_owned_item())
    for sent in sentences:
        named = sorted((start, end, p) for p in people for start, end in p.mentions if sent.start <= start < sent.end)
        for first in range(len(named)):
            run = [named[first]]
            for nxt in named[first + 1:]:
                if not _NAME_JOINT.fullmatch(text[run[-1][1]:nxt[0]]):
                    break
                run.append(nxt)
            if len(run) < 3:
                continue
            _share_run(run, text, sent, item, institutions, make_role)
            break


def _share_run(run, text, sent, item, institutions, make_role) -> None:
    lead = re.match(r",?\s+(respectively\s+)?", text[run[-1][1]:sent.end])
    if not lead:
        return                 # the list ends the sentence: no posts after it
    pos = run[-1][1] + lead.end()
    found = []
    while len(found) < len(run):
        m = item.match(text, pos, sent.end)
        if not m:
            return
        found.append(m)
        joint = _ITEM_JOINT.match(text, m.end(), sent.end)
        pos = joint.end() if joint else m.end()
    after = text[found[-1].end():sent.end]
    if not lead.group(1) and not re.match(r",?\s+respectively\b|\s*(?:[.;]|,?\s+(?:signed|inked|attended|witnessed)\b|$)", after):
        return                 # (without 'respectively' the posts must close the list: 'A, B and C, the R of X, ...')
    insts = [refers_to(m.group("owner"), institutions) for m in found]
    if None in insts or len({id(i) for i in insts}) != len(insts) \
            or not all(role_mod.is_role_wording(m.group("role")) for m in found):
        return
    span = (run[0][0], found[-1].end())
    for (start, _, person), m, inst in zip(run, found, insts):
        person.roles = [r for r in person.roles if not span[0] <= r.start < span[1]]
        person.roles.append(make_role(m.group("role"), inst, start))
