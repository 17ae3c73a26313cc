"""Which institution a person speaks for when the role itself does not say: the delegation they
led or hosted, a bulleted list's header, 'on behalf of' after the post, the owner named after a
list of bracketed posts, 'the partner university', and the parent of a unit read as an institution."""

import re

from kg.extract.institutions import refers_to
from kg.names import acronym_fit


_LED = re.compile(r"(?:,[^,.;]{1,40},)?\s+(?:led|headed)\s+the\s+(?P<side>[A-Z][\w&'’.-]*(?:\s+(?:of\s+)?[A-Z][\w&'’.-]*)*)"
                  r"\s+(?:delegation|team|representation|panel|side|contingent)\b")


def led_side(text: str, end: int, institutions):
    """The institution whose delegation the person named just before end led ('A, PhD, led the AU
    delegation'), or None."""
    m = _LED.match(text, end)
    return refers_to(m.group("side"), institutions) if m else None


# Head words of a unit written head last ('the Business School at X', 'the Social Science Academy from Y').
UNIT_LAST = {"school", "faculty", "college", "academy", "institute", "centre", "center", "department", "office"}
_UNIT_FIRST = re.compile(r"(?:the\s+)?(?:faculty|college|school|department|office|centre|center|division|"
                         r"laboratory|institute|academy|programme|program)\s+(?:of|for)\s", re.I)


def unit_parent(inst, text: str, institutions):
    """The parent of an institution that is a unit written head first ('College of Chemistry'),
    when the text joins the two ('College of X at Alpha University', 'Faculty of Y - Alpha
    University', "Alpha University's Faculty of Y"); None otherwise. Units are not institutions:
    their roles belong to the parent."""
    if inst is None:
        return None
    named_first = _parent_named_first(inst, institutions) or _parent_by_acronym(inst, institutions)
    if named_first:
        return named_first
    head_last = not _UNIT_FIRST.match(inst.name)
    if head_last and inst.name.split()[-1].lower() not in UNIT_LAST:
        return None
    for other in institutions:
        if other is inst or _UNIT_FIRST.match(other.name):
            continue
        for unit in inst.labels():
            for parent in other.labels():
                links = r"\s+(?:at|from)\s+(?:the\s+)?" if head_last else \
                    r"(?:\s+(?:at|of|from|under)\s+(?:the\s+)?|\s*[,–—-]\s*(?:the\s+)?)"
                joined = re.escape(unit) + r"\)?" + links + re.escape(parent) + r"(?![\w-])"
                owner = re.escape(parent) + r"(?:['’]s\s+|,?\s+(?:through|via)\s+its\s+)(?:the\s+)?" + re.escape(unit)
                if re.search(joined, text) or re.search(owner, text):
                    return other        # ("Alpha University's Faculty of Y", 'Alpha University, through its Faculty of Y')
    return None


def _parent_named_first(inst, institutions):
    """The institution whose name opens the unit's ('Alpha University Institute of Health'), or None."""
    for label in inst.labels():
        for other in institutions:
            if other is inst:
                continue
            for parent in other.labels():
                if label.startswith(parent + " ") and _UNIT_FIRST.match(label[len(parent) + 1:]):
                    return other
    return None


def _parent_by_acronym(inst, institutions):
    """The institution whose acronym opens the unit's name ('ABC Business School', 'ABC School of Law'
    for the Alpha Beta College, ABC), or None: a unit named by its parent's acronym is the parent's."""
    m = re.match(r"(?P<acronym>[A-Z]{2,8})\s+(?P<unit>.+)$", inst.name)
    unit = m.group("unit") if m else ""
    # ('ABC Institute', 'ABC Academy': as often the body itself, its acronym with its kind)
    if not m or not (_UNIT_FIRST.match(unit) or unit.split()[-1].lower() in UNIT_LAST - {"institute", "academy"}):
        return None
    parents = [other for other in institutions if other is not inst and not _UNIT_FIRST.match(other.name)
               and any(label == m.group("acronym") or " " in label and acronym_fit(m.group("acronym"), label) == 0
                       for label in other.labels())]
    return parents[0] if len(parents) == 1 else None


_UNIT_IN_ROLE = re.compile(r"\b(?:of|in|at)\s+(?:the\s+)?(?P<unit>(?:Faculty|College|School|Department|Office|Centre|"
                           r"Center|Division|Institute|Academy)\s+(?:of|for)\s+[A-Z][\w&’' -]*?)\s*$")


def parent_of_unit_in_role(role: str, text: str, institutions):
    """The institution a unit named inside a role belongs to, when the text joins the two ('Dean of the
    College of X' with 'the College of X at Alpha University' elsewhere); None otherwise. The unit
    stays in the role string; only the institution changes."""
    m = _UNIT_IN_ROLE.search(role)
    if not m:
        return None
    unit = re.escape(m.group("unit"))
    for other in institutions:
        for parent in other.labels():
            joined = unit + r"\s+(?:at|of|from|under)\s+(?:the\s+)?" + re.escape(parent) + r"(?![\w-])"
            owner = re.escape(parent) + r"['’]s\s+(?:the\s+)?" + unit
            if re.search(joined, text) or re.search(owner, text):
                return other
    return None


_BULLET = re.compile(r"[ \t]*(?:[-•*–·]|\d{1,2}[.)])\s+")


def list_owner(text: str, start: int, institutions):
    """The institution a bulleted list's header names ('the following members of AU:' then '- A,
    Rector'): the last one named in the header line, when the person's line and every line
    between it and the header are list items; None otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET.match(text, line_start):
        return None
    pos = line_start
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start:pos - 1]
        if not line.strip():
            pos = prev_start
            continue
        if _BULLET.match(line):
            pos = prev_start
            continue
        if not line.rstrip().endswith(":"):
            return None
        named = [(m.start, inst) for inst in institutions for m in inst.mentions
                 if prev_start <= m.start < pos - 1]
        return max(named, key=lambda x: x[0])[1] if named else None
    return None


_BEHALF_AFTER_ROLE = re.compile(r",\s+[A-Z][^,;()]{1,60},\s+(?:signed\s+)?on\s+behalf\s+of\s+(?:the\s+)?"
                                r"(?P<side>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&'’.-]*)*)")


def behalf_after_role(text: str, end: int, institutions):
    """The side of 'Mr. A, Managing Director, on behalf of X': the institution, or None."""
    m = _BEHALF_AFTER_ROLE.match(text, end)
    return refers_to(m.group("side"), institutions) if m else None


# 'Dr. A (Registrar), Mr. B (Bursar) and Prof. C (Dean of Science) of X': names with bracketed posts, then
# the owner of the whole list
_LIST_TAIL = re.compile(r"(?:\s*\([^()]{1,60}\)|,|\s+and\s+|\s*(?<![\w.'’-])[A-Z][\w.'’-]*)*(?<=\))\s+(?:of|from)\s+"
                        r"(?:the\s+)?(?P<owner>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&'’.-]*)*)")


def list_tail_owner(text: str, end: int, institutions):
    """The institution named after a list of names with their posts in brackets, when the person
    ending at end opens or stands in that list; None otherwise."""
    if not re.match(r"\s*\(", text[end:end + 3]):
        return None
    m = _LIST_TAIL.match(text, end)
    return refers_to(m.group("owner"), institutions) if m else None


_PARTNER = re.compile(r"(?:^|[.;\n]\s*)(?:[Oo]n\s+behalf\s+of|[Rr]epresenting|[Oo]n\s+the\s+side\s+of|[Ff]rom)\s+the\s+partner"
                      r"(?:\s+(?:university|institution|school|side|company))?\b[^.;\n]*$")


def partner_side(text: str, start: int, institutions, default):
    """'On behalf of the partner university were A, President; B, ...': the host publishes, so the
    partner is the other institution named first; None without a host or without such a clause."""
    sentence_start = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    if default is None or not _PARTNER.search(text[sentence_start:start]):
        return None
    others = [(inst.mentions[0].start, inst) for inst in institutions
              if inst is not default and not inst.implied and inst.mentions]
    return min(others, key=lambda x: x[0])[1] if others else None


_HOSTED = re.compile(r"[^.;\n]{0,160}?\b(?:welcomed|welcomes|received|receives|hosted|hosts|greeted)\s+(?:the\s+)?"
                     r"(?:visiting\s+)?(?:delegation|delegates|visitors|team|guests)\s+(?:from|of)\s+(?:the\s+)?"
                     r"(?P<guest>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+)?(?:the\s+)?[A-Z][\w&'’.-]*)*)")


def host_side(text: str, end: int, institutions, sentences):
    """'Prof. A, Pro Vice-Chancellor, welcomed the delegation from X': A hosts, so A speaks for the
    other side of a two-party agreement (the parties named in the opening sentences); None otherwise."""
    m = _HOSTED.match(text, end)
    guest = refers_to(m.group("guest"), institutions) if m else None
    if guest is None:
        return None
    opening_end = sentences[min(2, len(sentences) - 1)].end if sentences else 0
    sides = [i for i in institutions if not i.implied and i is not guest
             and any(x.start < opening_end for x in i.mentions)]
    return sides[0] if len(sides) == 1 else None


# Posts that exist only in universities and colleges: a company has no registrar or vice-chancellor.
_ACADEMIC_POST = re.compile(r"\b(?:(?:pro[- ]?)?vice[- ]?chancellor|(?:vice[- ])?rector|registrar|dean|provost|bursar)\b",
                            re.I)


def academic_post_owner(role, institutions):
    """The one non-company institution of the text when an academic post ('Registrar', 'Vice
    Chancellor') was attached to a company, as the nearest institution or the other signer's side
    ('Vice Chancellor A and Chief Executive Officer Beta Foods Ltd B signed'); None otherwise."""
    if role.institution is None or not role.institution.is_company or not _ACADEMIC_POST.search(role.role):
        return None
    others = [inst for inst in institutions if not inst.is_company]
    return others[0] if len(others) == 1 else None



# 'On behalf of X, attendees included A, Role; B, Role', 'From X, the ceremony was graced by A – Dean, College of Y':
# a sentence opened by the side its people came for
_HEADER = re.compile(r"\s*(?:[Oo]n\s+behalf\s+of|[Rr]epresenting|[Ff]rom)\s+(?:the\s+)?"
                     r"(?P<side>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w&'’.-]*)*),\s")


def header_side(start: int, institutions, sentences):
    """The institution named by the phrase opening the sentence of the person at start ('On behalf of
    X, ...', 'Representing X, ...', 'From X, ...'), or None."""
    sent = next((s for s in sentences if s.start <= start < s.end), None)
    m = _HEADER.match(sent.text) if sent else None
    return refers_to(m.group("side"), institutions) if m and sent.start + m.end() <= start else None


def unit_owner_side(inst, side):
    """The side of a header when a role's owner is a unit read as an institution ('Dean, College of
    Engineering' under 'From X, ...'): units are not institutions, their posts are the parent's."""
    return side if inst is not None and side is not None and inst is not side and _UNIT_FIRST.match(inst.name) else None
