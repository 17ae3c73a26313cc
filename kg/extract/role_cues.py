"""Role wordings next to a name that the older readers miss: possessive owners ('A, the university's
Vice-Chancellor', 'A B, Alpha Bank's chief executive'), lowercase posts before or after the name
('the vice rector of X, Dr. Y', 'X lecturer Dr. Y'), units and parents set off by commas, caption
positions, titles and qualifiers between the name and the post.

English news writes the owner before the post as often as after it ('X's president' beside
'president of X'); the post may be capitalised or not (AP style writes it in lowercase)."""

import re

from kg.extract import roles as role_mod
from kg.extract.institutions import COUNTRIES, refers_to
from kg.textnorm import fold

# Lowercase posts: optional modifiers, then the head word of the post.
LOWER_MODIFIERS = r"(?:(?:vice|deputy|associate|assistant|senior|executive|chief|managing|general|acting|interim|" \
                  r"founding|pro|group|regional|country|first|permanent|former)[- ])*"
LOWER_HEADS = r"(?:director-general|secretary-general|director|head|president|rector|dean|manager|officer|coordinator|chair|chairman|chairwoman|" \
              r"chairperson|secretary|representative|vice-chancellor|chancellor|provost|registrar|principal|" \
              r"governor|commissioner|minister|founder|co-founder|bursar|executive|ceo|partner|superintendent)"
# a lowercase qualifier in brackets after a post, no part of it: 'deputy vice-chancellor (academic)'
QUALIFIER = r"(?:\s*\([a-z][\w&' -]{1,30}\))"
# a lowercase post read to the end of its clause: 'chief executive', 'vice president for research'
# ("Alpha Bank's country director for Loremia": the region a post covers, capitalised)
_LOWER_POST = re.compile(LOWER_MODIFIERS + LOWER_HEADS + r"\b(?:\s+(?:for|of|and)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}|"
                         r"\s+(?:for|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
                         r"(?=" + QUALIFIER + r"?\s*(?:[,;:.)]|$|\n))")
# ("LU`s Vice-Rector": a grave accent typed for the apostrophe)
_POSSESSIVE = re.compile(r"(?:the\s+)?(?P<owner>[a-z]+|[A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w&.-]*){0,8})['’`]s\s+")


def possessive_role(text: str, pos: int, institutions, named_by) -> tuple[str, object, int] | None:
    """(role as written, its institution, where the role starts) for "the university's
    Vice-Chancellor" or "Alpha Bank's chief executive" at pos; None when the owner is not an
    institution the article names (named_by(noun, institutions, pos) resolves 'the university')."""
    inst, start = _possessive_owner(text, pos, institutions, named_by)
    if inst is None:
        return None
    span = role_mod.read_role_phrase(text, start) or role_mod.read_headed_role(text, start)
    if span:
        return text[span[0]:span[1]], inst, start
    lower = _LOWER_POST.match(text, start)
    return (lower.group(), inst, start) if lower else None


def _possessive_owner(text: str, pos: int, institutions, named_by) -> tuple[object, int]:
    """(institution, end of the possessive) for "the university's " or "Alpha Bank's " at pos; (None, pos)
    when there is none or its owner is not an institution the article names."""
    m = _POSSESSIVE.match(text, pos)
    if not m:
        return None, pos
    owner = m.group("owner")
    if owner.islower():
        inst = named_by(owner, institutions, pos) if owner in role_mod.ANAPHOR_NOUNS else None
    else:
        inst = refers_to(owner, institutions)
    return inst, m.end()


# Where an untitled name may stand before its role: a sentence or clause opening, or after 'said'.
_NAME_LEAD = re.compile(r"(?:[.;:!?]\s+|[\"“”]\s*|\n|\b(?:said|says|added|noted|by|and|with|to|from|"
                        r"according to)\s+)$")


def untitled_name_cue(text: str, start: int, end: int, institutions, named_by) -> bool:
    """The untitled name text[start:end] is a person: it stands where a name may and a possessive
    role follows it ('said Jane Roe, Alpha Bank's chief executive')."""
    if not text.startswith(", ", end) or refers_to(text[start:end], institutions):
        return False
    if not (start == 0 or text[start - 1] == "\n" or _NAME_LEAD.search(text[max(0, start - 20):start])):
        return False
    return possessive_role(text, end + 2, institutions, named_by) is not None


# 'the vice rector of Alpha University (AU), Dr. X': a lowercase post naming its institution, before the name
# ('the president of the newly founded Alpha University, A B': a participle before the owner's name is no part of it;
# a bare 'new' may be, as in a 'New Alpha University' founded beside the old one)
# ('the medical director of X, A B': one lowercase word may describe the post)
# ('A, Rector of X, and rector of the Y, Prof. B': after ', and' the post needs no 'the')
_LOWER_BEFORE = re.compile(r"(?:(?<![\w-])[Tt]he\s+|(?<=,\sand\s))(?P<role>(?:(?!(?:and|of|the|other|two|both)\s)[a-z]{3,}\s+)?" + LOWER_MODIFIERS
                           + LOWER_HEADS + r")\s+(?:of|at)\s+"
                           r"(?:the\s+)?(?:newly\s+[a-z]+ed\s+)?(?P<owner>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?(?:the\s+)?"
                           r"[A-Z][\w&'’.-]*)*)(?P<kind>\s+(?:association|council|board|company|group|committee|"
                           r"corporation|foundation|union|federation))?(?:\s*\([A-Z][\w&-]{1,10}\))?(?:,\s+|\s+)$")


def lowercase_role_before(text: str, name_start: int, institutions, make_role) -> list:
    """[the role] written in lowercase before the name ('signed by the president of X, A B'), when
    its owner is an institution the article names; [] otherwise. make_role(role, inst, start)."""
    line_start = text.rfind("\n", 0, name_start) + 1
    m = _LOWER_BEFORE.search(text, max(line_start, name_start - 200), name_start)
    if m and m.group("kind") and not m.group().rstrip().endswith(","):
        m = None               # ('the chairman of the X council Y': the council is not read without its comma)
    inst = None
    if m and m.group("kind"):     # 'the chairman of the Alpha association, A B': 'Alpha Association'
        inst = refers_to(m.group("owner") + " " + m.group("kind").strip().capitalize(), institutions)
    inst = inst or (refers_to(m.group("owner"), institutions) if m else None)
    return [make_role(m.group("role"), inst, m.start("role"))] if inst else []


# Where a possessive post before a name opens its clause: a line or sentence start, or a joining word
# ('Speaking at the launch, X's post, A B': after an opening phrase of lowercase words)
_CLAUSE_LEAD = re.compile(r"(?:^|[.;:!?\"“(]\s*|\b(?:and|by|with|while|as|were|was|said|says|from|to|for)\s+|"
                          r"(?:^|[.;:!?]\s+)[A-Z][a-z]+(?:\s+[a-z]+){0,4},\s+)$")


def possessive_post_before(text: str, name_start: int, institutions, named_by, make_role) -> list:
    """[the role] of "the university's rector, A B" or "Alpha Bank's chief executive, A B": a possessive
    post set off by a comma right before the name (a lowercase one also without the comma), opening its clause (after 'A B, X's post, ' the post
    is A B's); [] otherwise."""
    line_start = text.rfind("\n", 0, name_start) + 1
    window = max(line_start, name_start - 120)
    for word in re.finditer(r"(?<![\w'’&.-])[\w&.-]", text[window:name_start]):
        pos = window + word.start()
        lead = re.search(r"(?:[Tt]he\s+)?$", text[line_start:pos])
        if not _CLAUSE_LEAD.search(text[line_start:line_start + lead.start()]):
            continue
        found = possessive_role(text, pos, institutions, named_by)
        if found and re.fullmatch(QUALIFIER + r"?,\s+", text[found[2] + len(found[0]):name_start]):
            return [make_role(found[0], found[1], found[2])]
        owner, start = _possessive_owner(text, pos, institutions, named_by)
        post = _LOWER_POST_THEN_NAME.fullmatch(text, start, name_start) if owner else None
        if post:                # "Alpha Trust's chair A B": a lowercase post, no comma
            return [make_role(post.group("post"), owner, start)]
    return []


_LOWER_POST_THEN_NAME = re.compile(r"(?P<post>" + LOWER_MODIFIERS + LOWER_HEADS + r")\s+")


# 'vice-chancellor of Lorem University R K Sharma said', 'Assistant registrar of the X University A B': a post in
# lowercase (its first letter may be capital), 'of'/'at' and an institution's name, with the name right after
_LOWER_OWNED_POST = re.compile(r"(?<![\w-])(?P<role>(?i:" + LOWER_MODIFIERS + LOWER_HEADS + r"))\s+(?:of|at)\s+"
                               r"(?:the\s+)?$")


def lowercase_owned_post(text: str, name_start: int, institutions) -> tuple[str, object, int] | None:
    """(role, institution, start) when the text right before name_start is a lowercase post, 'of'/'at' and
    a name of an institution of the article, as written; None otherwise."""
    for inst in institutions:
        for label in inst.labels():
            cut = name_start - len(label) - 1
            if cut <= 0 or text[cut:name_start] != label + " ":
                continue
            m = _LOWER_OWNED_POST.search(text, max(0, cut - 80), cut)
            if m and not m.group("role")[1:].isupper() and any(c.islower() for c in m.group("role")):
                return m.group("role"), inst, m.start("role")
    return None


def names_after_lowercase_owned_post(text: str, found: list, read_name, institutions) -> list:
    """Untitled names of two words or more right after 'vice-chancellor of <institution>' (see
    lowercase_owned_post), as mentions (start, start, end, []) not overlapping those found."""
    extra = []
    for inst in institutions:
        for mention in inst.mentions:
            span = read_name(text, mention.end + 1, max_words=4) if text[mention.end:mention.end + 1] == " " else None
            if not span or len(text[span[0]:span[1]].split()) < 2 \
                    or any(s < span[1] and span[0] < e for _, s, e, _ in found + extra) \
                    or not re.match(r"\s*(?:[,;.:]|said\b|says\b|and\b|has\b|had\b|was\b|is\b|$)", text[span[1]:]) \
                    or not lowercase_owned_post(text, span[0], institutions):
                continue
            extra.append((span[0], span[0], span[1], []))
    return extra


# 'Alpha University lecturer Dr. X': an institution, then a lowercase post, right before the name
_INSTITUTION_LOWER_POST = re.compile(r"(?P<owner>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|&\s+)?(?:the\s+)?[A-Z][\w&'’.-]*)*)"
                                     r"\s+(?P<role>" + LOWER_MODIFIERS + r"(?:lecturer|professor|researcher|" +
                                     LOWER_HEADS[3:] + r")" + QUALIFIER + r"?(?P<comma>,)?\s+$")


def institution_then_lowercase_post(text: str, name_start: int, institutions, make_role) -> list:
    """[the role] of 'Alpha University lecturer Dr. X' or 'signed by Alpha University lecturer, Dr. X' (the longest tail of the capitalised run that
    names an institution owns the post); [] otherwise."""
    line_start = text.rfind("\n", 0, name_start) + 1
    m = _INSTITUTION_LOWER_POST.search(text, max(line_start, name_start - 150), name_start)
    # ('were the LU chairman, A B': the article opens the clause with the owner)
    lead = re.sub(r"(?<![\w-])[Tt]he\s+$", "", text[line_start:m.start()]) if m else ""
    if not m or m.group("comma") and not _CLAUSE_LEAD.search(lead):
        return []              # ('A, LU lecturer, B': with a comma, the post must open its clause, else it is A's)
    words = m.group("owner").split()
    for k in range(len(words)):
        inst = refers_to(" ".join(words[k:]), institutions)
        if inst:
            return [make_role(m.group("role"), inst, m.start("role"))]
    return []


# 'FNF country director (in Vietnam)', 'dean, Research and Development at X': a lowercase post owned by the
# institution written before it, or by the one after its unit
_POST_OWNER_FIRST = re.compile(r"(?P<owner>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w&'’.-]*){0,6})\s+"
                               r"(?P<role>" + LOWER_MODIFIERS + LOWER_HEADS + r")(?:\s+in\s+[A-Z][\w ]*?)?(?=\s*[,;.)\n]|$)")
_POST_UNIT_OWNER = re.compile(r"(?P<role>" + LOWER_MODIFIERS + LOWER_HEADS + r",\s+[A-Z][\w&' -]{2,60}?)\s+(?:at|of)\s+"
                              r"(?:the\s+)?(?P<owner>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&'’.-]*)*)")


def post_after_institution(text: str, pos: int, institutions) -> tuple[str, object, int] | None:
    """(role, institution, start) for 'GIZ country director' or 'dean, Research at X' read at pos
    (after a name and its comma); None when no named institution owns the post."""
    for pattern in (_POST_OWNER_FIRST, _POST_UNIT_OWNER):
        m = pattern.match(text, pos)
        inst = refers_to(m.group("owner"), institutions) if m else None
        if inst:
            return m.group("role"), inst, m.start("role")
    return None


# Letters after a name that honorifics.POSTNOMINAL does not list: degrees, fellowships and services, each set off
# by a comma ('MD', 'FRCP', 'M.App.Sc.', 'S.Kom.', 'MM', 'PN'); the last may run into the post ('Ph.D. Dean of X')
# ('A B, PAF (GSC) – Chief of Staff': a qualifier in brackets after the letters)
_LETTERS = re.compile(r",\s*(?:(?:[A-Z][a-z]{0,3}\.\s?){1,4}|[A-Z][a-z]?[A-Z]{1,5}\.?)(?:\s*\([A-Z]{2,5}\))?(?=[,\s])")
_POST_AFTER_LETTERS = re.compile(r"(?:\s*[,\u2013\u2014-]\s*(?:the\s+)?|\s+)(?=[A-Z])")


def after_letters(text: str, end: int, institutions, postnominal) -> int:
    """End of the letters written after a name ending at end when a post follows them ('Prof. A B, MD, FRCP,
    President of X', 'Dr. A B, S.T., MM, Director of Y'); end when none do or no post follows (the letters may
    then be an abbreviated post: 'A B, CMD, Lorem Power'). postnominal: honorifics.POSTNOMINAL."""
    pos = end
    while True:
        m = postnominal.match(text, pos) or _LETTERS.match(text, pos)
        if not m or refers_to(m.group().strip(" ,"), institutions):
            break                        # ('A B, ABCU, ...': an acronym of a body, no letters)
        pos = m.end()
    lead = _POST_AFTER_LETTERS.match(text, pos) if pos > end else None
    if lead and not lead.group().strip() and not text[:pos].endswith("."):
        return end                       # ('A B, MSC President': a body's acronym before its post)
    return pos if lead and role_mod.starts_with_role(text[lead.end():]) else end


def after_titles(text: str, end: int, titles) -> int:
    """End of the titles written after a name and before its role, list style ('Phan Van A, Assoc.
    Prof. Dr, the Rector'); end when there are none. titles: the title wordings known."""
    words = sorted({t.rstrip(".") for t in titles if t[:1].isupper()}, key=len, reverse=True)
    m = re.match(r",\s+(?:(?:%s)\.?\s*)+(?=,)" % "|".join(re.escape(w) for w in words), text[end:])
    return end + m.end() if m else end


def role_apposition(clause: str) -> bool:
    """'the President of X, ' or "X's Registrar, " after a comma or 'were': a capitalised post after
    'the' or a possessive opens a new member of the sentence (the post of the name that follows),
    not the end of the previous person's role."""
    owner = re.match(r"(?:the\s+|[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*)*['’]s\s+)(?=[A-Z])", clause)
    return bool(owner) and role_mod.starts_with_role(clause[owner.end():])


def one_title(first: str, second: str) -> bool:
    """'President and CEO' (corporate usage): a compound written as one post, not two roles."""
    return bool(re.search(r"(?:^|\s)President$", first) and re.match(r"(?:CEO|Chief Executive Officer)\b", second))


_AFTER_APPOSED_NAME = re.compile(r"\s*(?:,|and\b|said\b|says\b|has\b|had\b|have\b|was\b|will\b|is\b|added\b|noted\b)")


def untitled_after_role(text: str, start: int, end: int, roles_before) -> bool:
    """'Alpha Bank's Managing Director, Ade Cole, said' / 'The Minister of X, A B, has ...': an untitled
    name set off by commas right after a role that names its institution (roles_before(text, start)
    reads that role)."""
    if not text[:start].endswith(", ") or not _AFTER_APPOSED_NAME.match(text, end) \
            or fold(text[start:end]) in COUNTRIES:           # '..., Alpha University, South Africa, Prof. X'
        return False
    # (the role must open its clause: after 'A B, Alpha Bank's Director, ' the next words are a unit)
    return any(r.institution is not None and not text[:r.start].rstrip().endswith(",")
               for r in roles_before(text, start))


_QUALIFIER = re.compile(r"(?:the\s+)?(?:newly[- ](?:appointed|elected)|incoming|outgoing|current|new|then|acting|"
                        r"interim|former)\s+(?=[A-Z])")


def qualifier_end(text: str, pos: int) -> int:
    """After a lowercase qualifier before a capitalised post ('the newly appointed Rector of X'); pos
    when there is none."""
    m = _QUALIFIER.match(text, pos)
    return m.end() if m else pos


# 'the Deputy Dean, Faculty of Health Sciences, Alpha University, South Africa, Professor X': a post,
# its unit and the unit's parent (and maybe a country) set off by commas before the name
_UNIT_CHAIN = re.compile(r"(?:(?<=^)|(?<=[\s,;:]))(?:[Tt]he\s+)?(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+"
                         r"(?P<unit>(?:Faculty|School|Department|College|Office|Centre|Center|Institute|Division)\s+"
                         r"(?:of|for)\s+[A-Z][^,;()]{2,60}),\s+(?:the\s+)?(?P<owner>[A-Z][^,;()]{2,80}?)"
                         r"(?:,\s+[A-Z][\w ]{2,30})?,\s+$")


def unit_chain_before(text: str, name_start: int, institutions, make_role) -> list:
    """[the role, its unit kept in the wording] of 'the Deputy Dean, Faculty of X, Alpha University,
    Dr. Y', when the parent is an institution the article names; [] otherwise."""
    line_start = text.rfind("\n", 0, name_start) + 1
    country = re.match(r"[^,;]{2,30}(?=,)", text[name_start:name_start + 40])
    if country and fold(country.group()) in COUNTRIES:
        return []                     # '..., Alpha University, South Africa, Prof. X': the country is no name
    for m in _UNIT_CHAIN.finditer(text, max(line_start, name_start - 250), name_start):
        if m.end() != name_start or not role_mod.starts_with_role(m.group("role")):
            continue
        inst = refers_to(m.group("owner"), institutions)
        if inst:
            return [make_role(m.group("role") + ", " + m.group("unit"), inst, m.start("role"))]
    return []


# 'Department of Archeology Chairman Dr A', 'School of Communication and Media Dean Mr. A', 'LU Faculty of Engineering
# dean Prof A': a unit's name, then the post that heads it, right before the titles (the unit stays in the role)
_UNIT_THEN_POST = re.compile(r"(?:(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)(?:['’]s)?\s+)?"
                             r"(?P<role>(?:Department|School|Faculty|Office|Centre|Center|Division|Directorate)\s+(?:of|for)\s+"
                             r"[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&'’-]*){0,5}\s+"
                             r"(?i:(?:deputy\s+|vice\s+|associate\s+|assistant\s+)?(?:chairman|chairperson|chair|dean|director|head|"
                             r"coordinator|principal)))")


def unit_then_post(clause: str, institutions) -> tuple[str, object] | None:
    """(role, its institution or None) when the clause before a name's titles is a unit's name and the post that
    heads it, perhaps after its institution ('LU Faculty of Engineering dean'); None otherwise. A None owner is
    left to the context (the unit is no institution, guide D4)."""
    m = _UNIT_THEN_POST.fullmatch(clause)
    if not m:
        return None
    owner = refers_to(m.group("owner"), institutions) if m.group("owner") else None
    return (m.group("role"), owner) if owner or not m.group("owner") else None


_POSITION = re.compile(r"\s*\((?:(?:far|second|third|standing|seated|sitting)\s+)?(?:from\s+)?(?:left|right|centre|center|"
                       r"middle|front|back|L|R|C|[^()]{0,20}\b(?:left|right))\)", re.I)


def after_position(text: str, end: int) -> int:
    """End of a caption's position after a name ('Prof. A (left), Rector of X'); end when none."""
    m = _POSITION.match(text, end)
    return m.end() if m else end


def modifier_only(role: str) -> bool:
    """A 'role' that is only a modifier or a military rank ('General', 'Deputy', 'Acting'): no post."""
    return fold(role).strip(" ,") in {"general", "deputy", "vice", "acting", "senior", "associate", "assistant",
                                      "executive", "chief", "interim", "former", "pro", "first"}


# 'dean of faculty of arts and commerce': a unit written all in lowercase after the post
_LOWER_UNIT = re.compile(r"(?:the\s+)?(?:faculty|department|school|college|office|centre|center|division|institute)"
                         r"\s+(?:of|for)\s+[a-z][a-z ,&-]{2,60}$")


def lowercase_unit(phrase: str) -> bool:
    """The rest of a lowercase post after its 'of' names a unit, in lowercase, up to the clause end."""
    return bool(_LOWER_UNIT.match(phrase.rstrip()))


# 'president of X and director-general of Y': a second lowercase post of its own owner
_SECOND_LOWER_POST = re.compile(r"\s+and\s+(?=" + LOWER_MODIFIERS + r"(?:" + LOWER_HEADS + r"|director-general)"
                                r"\s+(?:of|at)\s+(?:the\s+)?[A-Z])")


def lowercase_posts(phrase: str) -> list[tuple[int, str]]:
    """(offset, post) for each post of a lowercase role phrase, split where 'and' opens another
    post with its own 'of' owner; the phrase whole when it holds one post."""
    parts, start = [], 0
    for m in _SECOND_LOWER_POST.finditer(phrase):
        if " of " in phrase[start:m.start()] or " at " in phrase[start:m.start()]:
            parts.append((start, phrase[start:m.start()]))
            start = m.end()
    return parts + [(start, phrase[start:])]


def possessive_after_and(text: str, span, institutions, named_by):
    """(where the first post ends, the second post as possessive_role gives it) for a role phrase
    that goes on with another owner's post: 'Deputy Minister of X and BIT's Vice President'; None
    when the phrase holds no such second post."""
    for m in re.finditer(r"\s+and\s+(?=[A-Z][^,;]{0,60}?['’]s\s)", text[span[0]:span[1]]):
        second = possessive_role(text, span[0] + m.end(), institutions, named_by)
        if second:
            return span[0] + m.start(), second
    return None


# A post's head word anywhere in a clause, any case ('Division Chair of Nursing programs at X')
_POST_HEAD = re.compile(r"\b(?:" + LOWER_HEADS[3:-1] + r"|chair|lecturer|professor|officer|specialist)\b", re.I)
_CLAUSE_OWNER = re.compile(r"\s(?:at|of)\s+(?:the\s+)?(?P<owner>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?"
                           r"(?:the\s+)?[A-Z][\w&'’.-]*)*)$")


# lowercase words that join another phrase to the post ('President together with representatives of X')
_NOT_IN_POST = {"with", "together", "along", "and", "from", "who", "which", "as", "by", "to", "on", "led", "is", "was",
                "representing", "representatives", "members", "delegates", "delegation", "officials", "visited"}


def post_clause_owner(text: str, pos: int, institutions) -> tuple[str, object, int] | None:
    """(role, institution, start) for a post written after a name's comma that runs, lowercase words
    and all, to an 'at/of' + a named institution ending its clause ('A, Division Chair of Nursing
    programs at Alpha University.'); None when the clause holds no post head, holds another
    person's titles, or does not end with an institution of the article."""
    clause = re.match(r"[A-Z][^,;.()\n\"“”]{2,100}?(?=\s*(?:[,;()\n\"“”]|\.(?:\s|$)|$))", text[pos:])
    if not clause or len(clause.group().split()) > 12 or re.search(r"\b(?:Prof|Dr|Mr|Mrs|Ms)\b", clause.group()):
        return None
    owner = _CLAUSE_OWNER.search(clause.group())
    inst = refers_to(owner.group("owner"), institutions) if owner else None
    role = clause.group()[:owner.start()].strip() if inst else ""
    lower = [w for w in role.split() if w[:1].islower()]
    if not inst or not _POST_HEAD.search(role) or len(lower) > 3 or set(lower) & _NOT_IN_POST:
        return None
    return role, inst, pos
