"""Which kind of body a post belongs to, so that a role given from context goes to a body that can hold it.

A role written without its institution ('Deputy Vice-Chancellor A B') gets one from the context
(people._fill_implied). The nearest institution named before is often the other party. Some posts
exist only in one kind of body: a dean, registrar or vice-chancellor only in a university or college;
a minister, governor or mayor only in a government body. When the post has such a kind, the
institutions that can hold it are the candidates; when it has none ('Director', 'President'), every
institution of the text is one.
"""

import re

from kg.textnorm import fold

ACADEMIC = "academic"
GOVERNMENT = "government"
OTHER = "other"             # a company, hospital, bank, association, agency: holds neither kind of post

# Posts held only in universities, colleges and schools ('Chancellor' alone is also a head of government).
_ACADEMIC_POST = re.compile(
    r"\b(?:(?:pro|deputy|vice|assistant|associate)[- ]?)?(?:vice[- ]?chancellor|rector|dean|provost|registrar|"
    r"bursar|lecturers?|proctor|pro[- ]?chancellor)\b|"
    r"\b(?:vice[- ])?principal\b(?!\s+(?:secretary|scientist|investigator|officer|advis[eo]r|consultant))|"
    r"\bprofessor\b|\bfaculty\s+of\b|\bvice[- ]president\s+(?:for\s+)?academic\b", re.I)
# Posts held only in a government or its bodies ('Chair of the Board of Governors' is a chair).
_GOVERNMENT_POST = re.compile(
    r"\b(?:minister|governor|mayor|secretary\s+of\s+state|(?:chief|permanent|principal)\s+secretary|premier|"
    r"senator|member\s+of\s+(?:the\s+)?parliament|(?:deputy\s+)?commissioner)\b(?!s)", re.I)

# Head words of the names of each kind of body (folded, so 'Universität' is 'universitat').
_ACADEMIC_BODY = re.compile(
    r"\b(?:universit\w*|univ|college|polytechnic|hochschule|universidad|universite|institute\s+of\s+technology|"
    r"institut\s+teknologi|school|dai\s+hoc|hoc\s+vien)\b")
_GOVERNMENT_BODY = re.compile(
    r"\b(?:ministry|ministries|government|province|provincial|state|county|city|municipal\w*|regency|prefecture|"
    r"district|embassy|consulate|parliament|senate|cabinet|people's\s+committee|people s\s+committee|"
    r"department\s+of|uy\s+ban)\b")

# (an agency, council or commission of no city or state: 'Ipsum Agency', 'Higher Education Commission'; it holds no
# dean or rector, nor a minister)
_OTHER_BODY = re.compile(r"\b(?:hospitals?|clinic|bank|trusts?|foundation|association|chamber|federation|company|"
                         r"corporation|group|enterprise|ltd|limited|inc|jsc|plc|agency|council|authority|commission|"
                         r"organi[sz]ation|bureau)\b")


def post_kind(role: str) -> str | None:
    """ACADEMIC, GOVERNMENT or None (a post any body may have: 'Director', 'President', 'Chairman')."""
    if _ACADEMIC_POST.search(role):
        return ACADEMIC
    if _GOVERNMENT_POST.search(role):
        return GOVERNMENT
    return None


def body_kind(inst, countries=frozenset()) -> str | None:
    """ACADEMIC, GOVERNMENT, OTHER or None (not known: 'UQU') for an institution, read from its names;
    a country (an implied body from 'the Vietnamese Minister of ...') is a government."""
    names = " ".join(fold(label) for label in inst.labels()) if inst.labels() else fold(inst.name)
    if _ACADEMIC_BODY.search(names):
        return ACADEMIC
    if _GOVERNMENT_BODY.search(names) or fold(inst.name) in countries:
        return GOVERNMENT
    if inst.is_company or _OTHER_BODY.search(names):
        return OTHER
    return None


def holds(inst, kind: str | None, countries=frozenset()) -> bool:
    """The institution is known to hold a post of that kind (any post when the kind is None)."""
    return kind is None or body_kind(inst, countries) == kind


def one_holder(kind: str | None, candidates, countries=frozenset()) -> list:
    """The candidates that can hold a post of that kind: those known to (holds); when none is, those
    whose kind is not known ('UQU' beside 'Alpha Hospital')."""
    known = [i for i in candidates if holds(i, kind, countries)]
    return known or [i for i in candidates if body_kind(i, countries) is None]
