"""Sides of a signing whose name ends in a word the name rules do not read as an institution's head:
a council or centre of its own ('the British Council', 'Lorem Cancer Centre'), a government
department ('the Department of Health'), a company named for its trade ('Zentrix Systems',
'Ipsum Technologies'), a trust ('the Lorem Trusts') or a government written in lower case ('the
Loremian government').

Such words also end internal units ('Centre for Asian Studies', 'Department of Physics') and generic
phrases ('Learning Management Systems'), so a name is read only where the sentence's shape makes it
a side of the signing: 'A and B signed', 'signed by A and B', 'between A and B', 'A signed ... with B'.
It must carry a word of its own (not general vocabulary), and a department must have a government's
portfolio. Precision first: anything owned by another body ('of the University', "X's Centre") is left
out.
"""

import re

from kg.extract.text import sentences

# Last words that make a side a body of its own when the shape says it signs.
BODY_HEADS = {"council", "centre", "center", "board", "bureau", "service", "trusts"}     # (a single trust is a head)
COMPANY_HEADS = {"systems", "technologies", "solutions", "industries", "holdings", "enterprises", "partners",
                 "ventures", "motors", "airlines", "airways", "pharmaceuticals", "laboratories", "labs",
                 "electronics", "communications", "logistics", "software", "energy"}
# What a government department is for ('Department of Health'); a university's are subjects ('of Physics').
PORTFOLIOS = {"health", "education", "agriculture", "trade", "industry", "labour", "labor", "finance", "transport",
              "environment", "justice", "tourism", "defence", "defense", "foreign", "home", "interior", "employment",
              "commerce", "culture", "youth", "skill", "skills", "welfare", "housing", "fisheries", "forestry",
              "immigration", "infrastructure", "veterans", "planning", "investment"}
_NAME_WORD = r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*"      # (a period inside, never at the end: the sentence's)
# A capitalised name of up to eight words, joined by 'of', 'for', 'and', '&' (or 'the' after them).
_NAME = _NAME_WORD + r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?" + _NAME_WORD + r"){0,7}"
_GOVERNMENT = r"[A-Z][a-z]+\s+government"
# The publisher's own body named by its kind ('between the university and Zentrix Systems'): the other side
# is read, this one never is.
_ANAPHOR = r"(?:university|college|institute|academy|school|ministry|company)\b"


def _side(group: str) -> str:
    # (the first side as short as the pair allows: 'between A Systems and the Department of X and Y')
    name = _NAME + "?" if group == "a" else _NAME
    return r"(?:the\s+)?(?P<" + group + ">" + _GOVERNMENT + "|" + name + "|" + _ANAPHOR + ")"


_VERB = r"(?:(?:have|has|had|officially|jointly|formally|today|recently|on\s+\w+)\s+)*(?:signed|inked|entered\s+into|sign|signs|inks)\b"
# A sentence may open with a dateline ('LOREM:', 'IPSUM/2015:', 'DOLOR –') before its subject.
_OPENING = r"^(?:[A-Z][A-Za-z/ ,.]{1,30}?\d{0,4}\s*[:–—]\s+)?(?:[Tt]he\s+)?"
# 'A and B will work together ... under a memorandum': joint work the sentence's agreement sets up
# (never 'have worked together for years': past work is background)
_JOINT = r"(?:(?:will|to)\s+(?:work\s+together|collaborate|cooperate|partner)|(?:have|has)\s+(?:partnered|joined\s+hands|teamed\s+up))\b"
_PAIR_SUBJECT = re.compile(_OPENING + r"(?P<a>" + _GOVERNMENT + "|" + _NAME + r"?)\s+and\s+" + _side("b") + r"\s+(?:"
                           + _VERB + "|" + _JOINT + ")")
# ('cooperation between A and B' that the agreement furthers is no pair of sides)
_PAIR_BY_BETWEEN = re.compile(r"\b(?:signed\s+by|(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|MoA|MoC|deal|signed|"
                              r"signing|inked|sealed)(?:\s*\([^()]*\))?\s+between)\s+" + _side("a") + r"\s+and\s+" + _side("b")
                              + r"(?=\s+(?:on|in|at|to|for|is|was|will|has|have|renewing|aims?)\b|\s*[,.;(]|$)")
_SUBJECT = re.compile(_OPENING + r"(?P<a>" + _GOVERNMENT + "|" + _NAME + r")\s+" + _VERB)
# What kind of body, before its name: 'with Nasdaq-listed US firm Zentrix Systems'.
_KIND = r"(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:firm|company|group|start-?up|provider|giant|maker|charity)\s+)?"
_END = r"(?=\s+(?:on|in|at|to|for)\b|\s*[,.;(]|$)"
_WITH = re.compile(r"\b(?:signed|inked|entered\s+into|signs|inks)\b[^.;]{0,100}?\bwith\s+" + _KIND + _side("b") + _END)
# The next name of a list after 'with': 'with A, B, and C'.
_NEXT = re.compile(r",\s+(?:and\s+)?" + _side("b") + _END)


# Said of a body another owns: 'Centre X of the University', 'the University's Board', 'at Lorem College'.
_OWNED_AFTER = re.compile(r"\s*(?:,\s*)?(?:of|at|under|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,6}"
                          r"(?:University|College|Institute|Academy|School|Polytechnic|Ministry)\b")
_INSIDE_OWNER = re.compile(r"\b(?:University|College|Institute|Academy|Ministry|Faculty|School|Hospital)\b|['’]s?\s")
_TITLE = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Assoc|Engr|Sir)\.?\s*$")


def sides(text: str, common_words: set, role_words: set, countries: set, heads: set) -> list[tuple[str, int, int]]:
    """(name, start, end) of every side of a signing sentence whose head is one of the words above and
    that passes the guards; `common_words` is the vocabulary that names a kind of body, never which;
    `heads` the head words of institutions' names."""
    found = []
    for sent in sentences(text):
        if not re.search(r"\b(?:sign\w*|ink\w*|entered\s+into|mou|moa|memorand\w*|agreement)\b", sent.text, re.I):
            continue
        spans = []
        for pattern in (_PAIR_SUBJECT, _PAIR_BY_BETWEEN):
            for m in pattern.finditer(sent.text):
                # ('Lorem Jammu and Kashmir signed': a pair only when both sides can name a body)
                if all(_organisation_like(m.group(g), heads) or _body_side(
                        m.group(g), text, sent.start + m.start(g), sent.start + m.end(g), common_words, role_words,
                        countries) for g in ("a", "b")):
                    spans += [(m.start(g), m.end(g)) for g in ("a", "b")]
        # a subject alone ('Department of X Lorem and Ipsum signed'), unless it was read as a pair
        spans += [(m.start("a"), m.end("a")) for m in _SUBJECT.finditer(sent.text)
                  if not any(m.start("a") <= a < b <= m.end("a") for a, b in spans)]
        for m in _WITH.finditer(sent.text):
            while m:
                spans.append((m.start("b"), m.end("b")))
                m = _NEXT.match(sent.text, m.end())
        for a, b in spans:
            s, e = sent.start + a, sent.start + b
            name = text[s:e]
            if _body_side(name, text, s, e, common_words, role_words, countries) and (name, s, e) not in found:
                found.append((name, s, e))
    # the longest reading of a name: 'Department of X Lorem and Ipsum', never its start alone
    return [f for f in found if not any(o is not f and o[1] <= f[1] and f[2] <= o[2] for o in found)]


def _organisation_like(name: str, heads: set) -> bool:
    """A side with an institution's head word, an acronym, or the publisher's body named by its kind."""
    return bool(re.fullmatch(_ANAPHOR, name) or re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z-]*", name)
                or any(re.sub(r"['’]s?$", "", w.lower()) in heads for w in name.split()))


def _body_side(name: str, text: str, s: int, e: int, common_words: set, role_words: set, countries: set) -> bool:
    words = name.split()
    if re.fullmatch(_ANAPHOR, name):
        return False
    if _TITLE.search(text[max(0, s - 8):s]) or words[0].lower() in role_words or _INSIDE_OWNER.search(name) \
            or _OWNED_AFTER.match(text[e:]) or re.search(r"['’]s?\s+$", text[max(0, s - 3):s]):
        return False
    if re.fullmatch(_GOVERNMENT, name):
        return words[0].lower() not in common_words    # 'the Loremian government', never 'the federal government'
    department = re.fullmatch(r"(?:[A-Z][a-z]+\s+)?Department\s+of\s+(?:the\s+)?(.+)", name)
    if department:
        field = {w.lower() for w in re.findall(r"[A-Za-z]+", department.group(1))}
        return bool(field & PORTFOLIOS)
    # the head ends the name or comes before what it is for: 'Lorem State Council for Higher Education'
    named = words[:next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))]
    if named[-1].lower() not in BODY_HEADS | COMPANY_HEADS or len(named) < 2:
        return False
    own = [w for w in named[:-1] if w.lower() not in common_words | {"of", "for", "and", "&", "the"} | countries
           and not w.lower() in BODY_HEADS | COMPANY_HEADS]
    return bool(own)
