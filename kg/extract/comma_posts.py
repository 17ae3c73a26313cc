"""Posts set off by commas next to a name that the other readers miss (session 9):

- an abbreviated corporate or academic post between the name and its employer, list style, as the
  Indian and South Asian press writes it: 'Dr A B, ED (Marketing), LOCL and ...', 'A B, CMD, Lorem Power'
  (a lowercase post too: 'A B, acting vice-chancellor, LU');
- a possessive post whose unit stands between it and the name: "the LU's Director, Directorate of
  Public Affairs, A B";
- a lowercase post after a generic noun that points back to an institution: 'the hospital manager, Dr A B'.

Each reader returns nothing unless the sentence itself names the institution (its name, its acronym,
or a generic noun that only one institution named before can carry): a role with a guessed owner
costs as much as a missed one."""

import re

from kg.extract import role_cues
from kg.extract import roles as role_mod
from kg.extract.institutions import NOT_ACRONYMS, refers_to
from kg.names import is_acronym
from kg.textnorm import fold

# Abbreviated posts written before the employer's name; each stands for one post ('ED' = Executive Director).
# (Only posts: degrees and honours such as 'PhD' or 'FRS' never come here, nor 'MD', as often the medical degree
# after a doctor's name as a managing director.)
POST_ABBREVIATIONS = {"CMD", "ED", "GM", "DGM", "AGM", "CGM", "EVP", "SVP", "DG", "DDG", "ADG", "VC", "PVC",
                      "DVC", "CEO", "COO", "CFO", "CTO"}

# ', ED (CT&TPF), LOCL' or ', acting vice-chancellor, LU' at the name's comma: an abbreviated or lowercase post,
# an optional qualifier in brackets, the employer
# (a lowercase post may join a second one: 'A B, vice president and COO, LU', '..., executive vice president and provost, LU')
_LOWER = role_cues.LOWER_MODIFIERS + role_cues.LOWER_HEADS
_ABBREVIATED = re.compile(r"(?P<role>(?:(?P<abbr>[A-Z]{2,3})|(?P<lower>" + _LOWER + r"(?:\s+and\s+(?:" + _LOWER +
                          r"|[A-Z]{2,4}))?" + r"))(?:\s*\([^()\n]{1,30}\))?),\s+(?:the\s+)?"
                          r"(?P<owner>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w&'’.-]*){0,8})"
                          r"(?=\s*(?:[,;.:)\n]|$)|\s+(?:and|said|says|has|had|was|is|will|added|noted|signed|at|in|on)\b)")


# 'A B, vice chancellor LU signed': a lowercase post and, with no comma, the employer's acronym ending the clause
_LOWER_THEN_ACRONYM = re.compile(r"(?P<role>" + _LOWER + r")\s+(?P<owner>[A-Z][A-Za-z&-]{1,10})"
                                 r"(?=\s*(?:[,;.:)\n]|$)|\s+(?:and|said|says|has|had|was|is|will|added|noted|signed)\b)")


def abbreviated_post(text: str, pos: int, institutions) -> tuple[str, object, int] | None:
    """(role as written, its institution, where it starts) for 'A B, ED (Marketing), LOCL' or 'A B, acting
    vice-chancellor, LU' read at pos,
    right after the name's comma; None when the abbreviation is no post or the employer is not an
    institution of the article."""
    if not re.search(r",\s*$", text[max(0, pos - 3):pos]):
        return None
    m = _ABBREVIATED.match(text, pos)
    lower = _LOWER_THEN_ACRONYM.match(text, pos) if not m else None
    if lower and is_acronym(lower.group("owner")) and lower.group("owner").upper() not in NOT_ACRONYMS:
        inst = refers_to(lower.group("owner"), institutions)
        return (lower.group("role"), inst, pos) if inst else None
    if not m or not m.group("lower") and m.group("abbr") not in POST_ABBREVIATIONS:
        return None
    inst = refers_to(m.group("owner"), institutions)
    return (m.group("role"), inst, pos) if inst else None


# the unit a post heads, written between the post and the name: ', Directorate of Public Affairs, '
_UNIT_BETWEEN = re.compile(r",\s+(?:Directorate|Department|Office|Division|Unit|Centre|Center|Bureau|School|Faculty|"
                           r"College|Institute)\s+(?:of|for)\s+[A-Z][^,;()\n]{2,60},\s+$")


def possessive_post_unit_before(text: str, name_start: int, institutions, named_by, make_role) -> list:
    """[the role, its unit kept] of "the LU's Director, Directorate of Public Affairs, A B": a possessive
    post, its unit and the name, each set off by a comma ([] otherwise). named_by resolves
    "the university's" as role_cues.possessive_role does."""
    line_start = text.rfind("\n", 0, name_start) + 1
    unit = _UNIT_BETWEEN.search(text, max(line_start, name_start - 90), name_start)
    if not unit:
        return []
    window = max(line_start, unit.start() - 100)
    for word in re.finditer(r"(?<![\w'’&.-])(?:[Tt]he\s+)?[\w&.-]", text[window:unit.start()]):
        pos = window + word.start()
        found = role_cues.possessive_role(text, pos, institutions, named_by)
        if found and found[2] + len(found[0]) == unit.start() and not re.search(r"[,;]", found[0]):
            return [make_role(found[0] + text[unit.start():unit.end()].rstrip(", "), found[1], found[2])]
    return []


# 'the hospital manager, Dr A B', 'said the university registrar Prof. A B': a generic noun, then a lowercase post
_NOUN_POST = re.compile(r"(?<![\w-])[Tt]he\s+(?P<noun>" + "|".join(sorted(role_mod.ANAPHOR_NOUNS)) + r")\s+"
                        r"(?P<role>" + role_cues.LOWER_MODIFIERS + role_cues.LOWER_HEADS + r")(?:,\s+|\s+)$")


def noun_then_lowercase_post(text: str, name_start: int, institutions, named_by, make_role) -> list:
    """[the role] of 'the hospital manager, Dr A B', owned by the last institution named before whose
    name holds that noun ('Lorem Hospital'); [] when none does."""
    line_start = text.rfind("\n", 0, name_start) + 1
    m = _NOUN_POST.search(text, max(line_start, name_start - 60), name_start)
    if not m:
        return []
    noun = m.group("noun").lower()
    inst = named_by(noun, institutions, m.start())
    # ('the university president' with two universities in the article: either may own the post)
    carriers = [i for i in institutions if any(re.search(r"\b" + noun + r"\b", fold(label)) for label in i.labels())]
    return [make_role(m.group("role"), inst, m.start("role"))] if inst and carriers == [inst] else []
