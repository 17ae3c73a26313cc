"""Shapes of personal names that real pages write and plain 'Capitalised Words' reading misses.

- a role joined to the name by a hyphen: 'Dr. Anh Tuan-Rector of X', 'Prof. Ha Min-Dean- ABC';
- a possessive: "Prof. Kim Soo's speech";
- a surname or initials in capitals after a title: 'Prof. PARK Jiwon', 'Dr NT Quang';
- initials with periods: 'Prof. R. K. Menon', 'Rector Yu. S. Petrov';
- a one-word name (common in Indonesia) when titles and a role make clear it is a person.
"""

import re

from kg.extract import roles as role_mod
from kg.extract.portfolio_words import REMIT, name_after_remit
from kg.extract.institutions import INSTITUTION_HEADS, UNIT_HEADS
from kg.textnorm import fold

# A word after a hyphen that starts a role or a unit, not a second half of a given name.
_AFTER_HYPHEN = role_mod.ROLE_START_WORDS | role_mod.ROLE_HEAD_WORDS | UNIT_HEADS | INSTITUTION_HEADS \
    | {"staff", "officer", "lecturer", "member", "expert", "specialist"}
# Common Vietnamese family names: a three- or four-word name starting with one is kept whole.
# Words that end a company's or a place's name, never a person's.
_ORGANISATION_WORDS = {"co", "ltd", "jsc", "inc", "corp", "company", "group", "province", "city", "district",
                       "corporation", "vietnam", "vina", "holdings", "industries", "technologies", "software",
                       "electronics", "solutions", "services", "bank", "hospital", "cite", "cité",
                       "authority", "agency", "zone", "commission", "organisation", "organization",
                       "limited", "llc", "plc", "gmbh", "pvt", "pte", "bhd", "sdn",
                       # the last word of a programme, system or ministry's remit, never of a person's name
                       # ('... Healthcare System', 'Resilience Learning Activity', 'Labour, War Invalids and ...')
                       "system", "systems", "healthcare", "activity", "activities", "programme", "program",
                       "project", "initiative", "network", "affairs", "relations", "studies", "invalids",
                       # more words that end a company's or a state's name ('Lorem Trusts', 'Ipsum Labs', 'Lorem State')
                       "trust", "trusts", "partners", "labs", "ventures", "enterprises", "consulting", "motors",
                       "airlines", "energy", "pharma", "media", "capital", "state",
                       # (session 17) kinds of territory and local government, rooms and the agreement itself
                       # ('Lorem Autonomous Okrug', 'Ipsum Municipality', 'Prof. A B Virtual Classroom', 'Master
                       # Relationship Agreement', 'Lorem Clinical Laboratories', 'Lorem Campus Ipsum')
                       "municipality", "okrug", "oblast", "krai", "laboratories", "laboratory", "agreement",
                       "memorandum", "classroom", "auditorium", "campus"}
VIETNAMESE_SURNAMES = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
                       "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "lam", "mai", "trinh", "doan",
                       "luong", "cao", "ta", "ha", "chu", "kieu", "lai", "thai", "quach", "to", "trieu"}


def cut_token(text: str, start: int, end: int) -> tuple[int, bool]:
    """(end of the name part of the word text[start:end], whether the name stops after it):
    'Hoon-Rector' -> 'Hoon', stop; "Park's" -> 'Park', stop; other words unchanged."""
    word = text[start:end]
    possessive = re.search(r"['’]s$", word)
    if possessive and len(word) > 3:
        return start + possessive.start(), True
    title = re.search(r"(?<=[a-z]{2})(?:Mrs|Mr|Ms|Dr|Prof)$", word)
    if title and text.startswith(". ", end):     # 'Lorem IpsumMrs. Lorem Ipsum': a page that glued the next title on
        return start + title.start(), True
    parts = word.split("-")
    for i in range(1, len(parts)):
        rest = parts[i].lower()
        glued = re.match(r"\s*(?:&|of\s)", text[end:]) and i == len(parts) - 1   # 'Won-Chemical & ...'
        if parts[i][:1].isupper() and (rest in _AFTER_HYPHEN or glued):
            return start + len("-".join(parts[:i])), True
    return end, False


def capital_name_word(text: str, start: int, end: int, count: int, after_title: bool) -> bool:
    """An all-capitals word that is part of a name: right after a title, at the start of the name,
    and followed by an ordinary name word ('Prof. ZHANG Wei', 'Dr NT Quang', 'Prof Dr ASM Kamal')."""
    if not after_title and count == 0 and capital_family_name(text, start, end):
        return True
    if not after_title or count > 1 or end - start > 6:
        return False
    following = re.match(r" ([A-Z][a-z][\w'’-]*)", text[end:])
    if not following:
        return count == 0 and bool(re.match(r" [A-Z]{1,6} [A-Z][a-z]", text[end:]))   # 'Dr A K Singh'
    low = following.group(1).lower()
    return low not in role_mod.ROLE_START_WORDS and low not in INSTITUTION_HEADS and low not in UNIT_HEADS \
        and low not in {"of", "the", "and", "university", "vice", "deputy"}


# A romanised Chinese syllable (pinyin), and common Korean family names, as a family name in capitals.
_PINYIN = re.compile(r"(?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?(?:IANG|IONG|UANG|ANG|ENG|ING|ONG|IAN|IAO|UAI|UAN|"
                     r"AI|AN|AO|EI|EN|ER|IA|IE|IN|IU|OU|UA|UE|UI|UN|UO|VE|A|E|I|O|U|V)")
_KOREAN_FAMILY = {"KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM", "OH", "SEO", "SHIN",
                  "KWON", "HWANG", "AHN", "YOO", "HONG", "JEON", "KO", "BAEK", "NAM", "YOON", "MOON", "RYU"}


def capital_family_name(text: str, start: int, end: int) -> bool:
    """'ZHU Jiaojun, director of X', 'KIM Minjun and ...': a family name in capitals (a pinyin syllable
    or a Korean family name, or any after a post: 'President YOSHIDA Kazuhiro,') opening an untitled name of exactly one more word, a given name, which
    ends at a comma, a bracket, 'and' or a verb."""
    word = text[start:end]
    after_post = re.search(r"\b(?:President|Rector|Director|Chairman|Dean|Professor|Prof\.?|Dr\.?|Mr\.?|Ms\.?) $",
                           text[max(0, start - 12):start])
    if not (2 <= len(word) <= 6 and (_PINYIN.fullmatch(word) or word in _KOREAN_FAMILY)
            or after_post and 3 <= len(word) <= 10):    # 'President YOSHIDA Kazuhiro': any family name after a post
        return False
    given = re.match(r" ([A-Z][a-z]+(?:-[a-z]+)?)(?=,|\)| \(| and\b| then\b| said\b| signed\b| delivered\b|\.)", text[end:])
    if not given:
        return False
    low = given.group(1).lower()
    return low not in role_mod.ROLE_START_WORDS and low not in INSTITUTION_HEADS and low not in UNIT_HEADS \
        and low not in _ORGANISATION_WORDS and low not in {"river", "lake", "mountain", "road", "street", "bridge",
                                                           "park", "hall", "island", "bay", "square", "tower"}


def initial_gap(text: str, start: int, end: int) -> int:
    """Characters to step over after an initial ('R. K. Menon': '. '), 0 when the word is not one.
    A two-letter initial ('Yu.') must be followed by another initial."""
    word = text[start:end]
    if not re.fullmatch(r"[A-Z][a-z]?", word) or not text.startswith(". ", end):
        return 0
    after = text[end + 2:end + 20]
    if len(word) == 2:
        return 2 if re.match(r"[A-Z]\.\s", after) else 0
    nxt = re.match(r"[A-Z][\w'’-]*", after)
    if not nxt or nxt.group().lower() in {"the", "a", "an", "in", "on", "at", "he", "she", "it", "this"}:
        return 0
    return 2


# A company's legal form: a name read with one inside is a company's ('CEO Delta Foods Limited Lao').
_LEGAL_FORMS = {"limited", "ltd", "llc", "plc", "gmbh", "pvt", "pte", "bhd", "inc", "corp", "jsc"}


def kept_name(person, people) -> bool:
    """A name read is kept: two words or more starting with a capital ('of Mining Engineering'
    after 'Associate Professor' is not one), or a one-word name as mononym() allows."""
    if not person.name[:1].isupper() or organisation_word(person.name.split()[-1]) \
            or any(w.lower().strip(".,") in _LEGAL_FORMS for w in person.name.split()):
        return False             # 'Ho Chi Minh City' read after 'Director of the X University', 'X Foods Limited Y'

    return len(person.name.split()) >= 2 or mononym(person, people)


def mononym(person, people) -> bool:
    """A one-word name kept as a person: titled, with a role, and not a word of another name
    ('Prof. Dr. Jamhari, MA, Rector of X')."""
    if " " in person.name or not person.title_led or not person.roles or len(person.name) < 3:
        return False
    return not any(person.name in p.name.split() for p in people if p is not person)


def name_from_role_run(run: str) -> int | None:
    """Where the name starts inside a run of capitalised words that opened with a role and its
    institution ('President of the Academy of Sciences Ivan Petrov'): the trailing two words, or
    three or four when they start with a Vietnamese family name. None when no name ends the run."""
    words = run.split()
    name = []
    for w in reversed(words):
        low = w.lower()
        if not re.fullmatch(r"[A-ZÀ-Ỵ][\w'’-]*", w) or low in role_mod.ROLE_CONNECTORS \
                or low in INSTITUTION_HEADS or low in UNIT_HEADS or low.rstrip("s") in UNIT_HEADS \
                or low in role_mod.ROLE_START_WORDS or low.rstrip("s") in {"science", "committee", "affair"} \
                or w.isupper() or low.strip(".,") in _ORGANISATION_WORDS or low in role_mod.TITLE_WORDS \
                or len(name) == 4:
            break
        name.insert(0, w)
    if len(name) < 2 or name[-1].lower() in REMIT:
        return None         # ('Institute of Regional Sustainable Development': a remit word ends no person's name)
    viet = [i for i, w in enumerate(name[:-2]) if w.lower() in VIETNAMESE_SURNAMES]
    # 'President of X, Ana Lucia Moreno': after a comma the whole run of name words is the name
    after_comma = len(words) > len(name) and words[-len(name) - 1].endswith(",")
    # ('Minister of Higher Education Khaled Abdel Ghafar': a remit word before a three-word name)
    keep = name[viet[0]:] if viet else name if after_comma else (name_after_remit(name) or name[-2:])
    if len(words) - len(keep) < 1 or words[len(words) - len(keep) - 1].lower() in role_mod.ROLE_CONNECTORS \
            or re.search(r"['’]s$", words[len(words) - len(keep) - 1]):
        return None         # 'Faculty of Foreign Languages', "X University's Tokyo Hub": what it is 'of'

    return len(" ".join(words[:len(words) - len(keep)])) + 1


def hyphen_role(found, text: str, institutions):
    """A role glued to what follows by a hyphen ('Dean of International Affairs- ABC',
    'Officer of General Affairs-ABC'): the role without the hyphen, and the institution the
    acronym or name after it refers to."""
    from kg.extract.institutions import refers_to     # late: institutions imports nothing of ours
    m = re.fullmatch(r"(.*?[\w)])\s*-\s*([A-Z][\w&'’ -]*)?", found.role)
    at = text.find(found.role, found.start)
    if not m and found.role.endswith("-") is False:
        return found
    if m is None:
        return found
    role, owner = m.group(1), m.group(2)
    if owner is None and at >= 0:                  # 'Affairs- ABC': the owner after the space
        after = re.match(r"\s*([A-Z][\w&'’-]*)", text[at + len(found.role):])
        owner = after.group(1) if after else None
    inst = refers_to(owner.strip(), institutions) if owner else None
    if owner and not inst:
        return found                               # 'Vice-Chancellor', 'Industry-College': no owner named
    found.role = role
    if inst:
        found.institution = inst
    return found


_ROLE_WORDS = "|".join(sorted({w.capitalize() for w in role_mod.ROLE_START_WORDS if w.isascii()}, key=len, reverse=True))
# 'President of the Academy of Sciences Ivan Petrov signed': a role, 'of', then a run of
# capitalised words (and connectors, quotes, commas before a capital) on one line.
_ROLE_RUN = re.compile(r"\b(?:%s)(?:[ -](?:%s))*[ ]+(?:of|for|at)[ ]+"
                       r"((?:[A-Z\"“][\w'’\"”.-]*|of|the|and|for|&)(?:(?:[ ]+|,[ ]+(?=[A-Z])|[ ]+\([A-Z][\w&-]{1,10}\)[ ]+(?=[A-Z]))"
                       r"(?:[A-ZÀ-Ỵ\"“][\w'’\"”-]*|of|the|and|for|&|provincial|municipal))*)" % (_ROLE_WORDS, _ROLE_WORDS))
# ('provincial': 'Secretary of the provincial Party Committee Ngo Van A'; an acronym in brackets:
# 'Rector of the Alpha State University (ASU) Ivan Petrov')


_ROLE_AT = re.compile(r"\b(?=(?:%s)\b)" % _ROLE_WORDS)
_AND_ROLE = re.compile(r" and (?=(?:%s)\b|[A-Z][\w-]*['’]s )" % _ROLE_WORDS)      # (or 'and Y's Minister C D')


def with_role_runs(found: list, text: str, institutions) -> list:
    """The mentions found, with the names that end a role-and-institution run added in order."""
    spans = [(m.start, m.end) for inst in institutions for m in inst.mentions]
    # a name read inside an institution's name is part of it, unless that name only ends with the
    # person's (an institution read too far: 'Academy of Sciences of X Ivan Petrov')
    extra = [f for f in role_run_mentions(text, found)
             if not any(s < f[2] and f[1] < e and (e != f[2] or s >= f[1]) for s, e in spans)]
    extra += [f for f in modified_role_mentions(text, found + extra)
              if not any(s < f[2] and f[1] < e for s, e in spans)]
    return sorted(found + extra)


_LOWER_POST_OPENING = re.compile(r"(?:^|(?<=[.;!?] )|(?<=\n))The\s+((?:rector|president|director|dean|chairman|"
                                 r"principal|chancellor|vice-rector|vice-president|vice-chancellor)\s+of\s+the\s+[A-Z])",
                                 re.M)


def role_run_mentions(text: str, found: list) -> list:
    """Untitled names that end a role-and-institution run ('Chairman of the Provincial People's
    Committee Vo Van Ba and ...', 'Deputy Director of Science Ivan Petrov signed'), as mentions
    (start, start, end, []) not overlapping those found."""
    extra = []
    # 'The rector of the University A B and ...': a lowercase post opening a sentence reads as one
    # in capitals (same offsets)
    for low in _LOWER_POST_OPENING.finditer(text):
        text = text[:low.start(1)] + text[low.start(1)].upper() + text[low.start(1) + 1:]
    for at in _ROLE_AT.finditer(text):
        m = _ROLE_RUN.match(text, at.start())
        if not m:
            continue
        run = _AND_ROLE.split(m.group(1))[0]            # 'A and President of B'
        # ('Minister of Labour A B and his counterpart': a connector before a lowercase word ends no name)
        run = re.sub(r"(?:[ ]+(?:of|the|and|for|&))+$", "", run)
        run_end = m.start(1) + len(run)
        if not re.match(r"\s*(?:[,.;:(]|and\b|[a-z])|\s*$", text[run_end:run_end + 6]) \
                or re.match(r",?\s*(?:Prof|Dr|Mr|Mrs|Ms|Assoc)\b", text[run_end:run_end + 8]):
            continue
        offset = name_from_role_run(run)
        if offset is None:
            continue
        start, end = m.start(1) + offset, run_end
        end -= 2 if re.search(r"[a-z]['’]s$", text[start:end]) else 0     # "... Minister A B's efforts"
        # (a run that ends in the title of a name found is no name: 'Minister of Information Technology Eng. A B')
        if any(ts < end and start < e for ts, s, e, _ in found + extra):
            continue
        extra.append((start, start, end, []))
    return extra


def longer_name(people, name: str):
    """The one person already named in full whose name starts with this shorter name of two words
    or more ('Mohd Foad' after 'Mohd Foad Sakdan'); None when none or several."""
    words = fold(name).split()
    if len(words) < 2:
        return None
    # ('Kang Min' after 'Kang Min Ho' is one person; 'Kang Ho' may be another: first and last are not enough)
    same = [p for p in people if len(fold(p.name).split()) > len(words) and fold(p.name).split()[:len(words)] == words]
    return same[0] if len(same) == 1 else None


def attach_owner(found, text: str, institutions):
    """A role read without its institution, with the owner written after it: glued by a hyphen
    (hyphen_role) or after a comma ('Prof. A, Vice-Chancellor, ABC were present')."""
    from kg.extract.institutions import refers_to
    found = hyphen_role(found, text, institutions)
    dangling = re.match(r"(.+?)\s+(?:and|&)$", found.role)
    if dangling:               # 'A – Vice President and Beta University by B': 'and' opens the other side
        found.role, found.institution = dangling.group(1), None
    if found.institution is not None:
        return found
    owner = re.search(r"\b(?:for|at|of)\s+(?:the\s+)?([A-Z][^,;]*?)['’]s\s", found.role)
    if owner and refers_to(owner.group(1), institutions):        # 'Director for X University's Hub'
        found.institution = refers_to(owner.group(1), institutions)
        return found
    at = text.find(found.role, found.start)
    if at < 0:
        return found
    m = re.match(r",\s+(?:the\s+)?([A-Z][\w&'’.-]*(?: (?:of|for|and|the|[A-Z][\w&'’.-]*))*?)"
                 r"(?=\s*[,.;]|\s+(?:and|were|was|is|are|signed|in)\b)", text[at + len(found.role):])
    # '..., Vice President and the regional chairperson of ABC.': the clause ends with its owner
    m = m or re.match(r"(?:\s+(?:and|the|[a-z]+|[A-Z][a-z]+)){1,8}?\s+(?:of|at)\s+(?:the\s+)?"
                      r"([A-Z][\w&'’.-]*(?: (?:of|for|and|the|[A-Z][\w&'’.-]*))*?)(?=\s*[.;]|\s*$)",
                      text[at + len(found.role):])
    inst = refers_to(m.group(1), institutions) if m else None
    if inst:
        found.institution = inst
    return found


# 'Anna Berg, Regional Managing Director for ...', 'Lee Chin, National Vice President of ...': an
# untitled name, a comma, one or two capitalised modifiers and a role word.
_MODIFIED_ROLE_AFTER = re.compile(r"(?<![\w.’'-])([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,3}),\s+(?:the\s+)?"
                                  r"(?:[A-Z][a-z]+\s+){1,2}(?:%s)\b" % _ROLE_WORDS)
# Capitalised words that open a sentence or a clause and so cannot start a name.
_CLAUSE_WORDS = {"the", "in", "on", "at", "during", "meanwhile", "also", "after", "before", "according", "with",
                 "for", "from", "under", "as", "by", "this", "that", "these", "both", "today", "yesterday"}


def modified_role_mentions(text: str, found: list) -> list:
    """Untitled names followed by ', <Modifier> <Role>' (see _MODIFIED_ROLE_AFTER), as mentions."""
    from kg.extract.people import NOT_NAME        # late: kg.extract.people imports this module
    extra = []
    for m in _MODIFIED_ROLE_AFTER.finditer(text):
        words = [w.lower() for w in m.group(1).split()]
        if any(w in NOT_NAME or w in _CLAUSE_WORDS or w in INSTITUTION_HEADS or w in UNIT_HEADS
               or w in _ORGANISATION_WORDS or w in role_mod.ROLE_START_WORDS for w in words):
            continue
        start, end = m.span(1)
        if not any(s < end and start < e for _, s, e, _ in found + extra) and not place_not_person(text, (start, end)):
            extra.append((start, start, end, []))
    return extra


def roles_in_a_row(roles: list, text: str, roles_before, institutions) -> list:
    """The roles written before a name, with those written before them, comma-separated ('VNU Party
    Committee Secretary, President Le Van A'); roles_before(text, end, institutions) reads the clause
    ending at end."""
    found = list(roles)
    while roles and len(found) < 4:
        first = min(roles, key=lambda r: r.start)
        start = text.rfind(first.role.split()[0], 0, first.start + len(first.role)) if first.role else -1
        if start < 2 or text[start - 2:start] != ", ":
            break
        roles = roles_before(text, start - 2, institutions)
        found = roles + found
    return found


# Words that end a role written head-last in any case: 'the ABC's country director Dr X',
# 'ABC Joint Registrar Dr X'.
_HEAD_LAST = {"director", "registrar", "rector", "president", "dean", "chairman", "chairperson", "manager",
              "officer", "secretary", "treasurer", "coordinator", "head", "chancellor", "vice-chancellor",
              # posts of governments and missions ('Lorem governor A B', 'the county commissioner A B')
              "governor", "mayor", "commissioner", "minister", "ambassador", "principal", "provost"}
_NOT_MODIFIER = {"the", "a", "an", "and", "by", "of", "with", "for", "to", "from", "at", "in", "on", "as", "while"}


# 'represented by its group general manager Tan Wei Ming', 'ABC general secretary Ravi Kumar Shah': a
# role in lowercase ending in a head word, right before an untitled name
# (after an acronym too, and with a bracketed qualifier: 'CUO vice-chancellor (in-charge) A B')
_LOWER_HEAD_LAST = re.compile(r"(?<=[A-Za-z] )(?:[a-z][a-z-]*\s+){0,2}(?:%s)(?:\s*\([a-z][\w&' -]{1,30}\))?\s+(?=[A-Z])"
                              % "|".join(sorted(_HEAD_LAST)))


# 'and dean-director of ABC M. Rao': a lowercase post, 'of' and its owner's acronym, then the name
_LOWER_POST_OF_ACRONYM = re.compile(r"(?:(?<=\bby )|(?<=\band ))(?:[a-z]+[- ]){0,2}?(?:%s)\s+of\s+[A-Z]{2,10}\s+(?=[A-Z])"
                                    % "|".join(sorted(_HEAD_LAST)))


def lowercase_role_names(text: str, found: list, read_name) -> list:
    """Untitled names of two words or more right after a lowercase head-last role (or a lowercase post
    of an acronym), as mentions (start, start, end, []) not overlapping those found."""
    extra = []
    for m in list(_LOWER_HEAD_LAST.finditer(text)) + list(_LOWER_POST_OF_ACRONYM.finditer(text)):
        if m.re is _LOWER_HEAD_LAST and any(w in _NOT_MODIFIER for w in m.group().split()[:-1]):
            continue               # 'director of the ...' is no head-last role
        span = read_name(text, m.end(), max_words=4)
        if not span or len(text[span[0]:span[1]].split()) < 2 \
                or any(s < span[1] and span[0] < e for _, s, e, _ in found + extra):
            continue
        extra.append((span[0], span[0], span[1], []))
    return extra


def head_last_role_before(text: str, title_start: int, institutions, make_role) -> list:
    """A role written head-last between an institution and the titles ("the ABC’s country director
    Dr X", "ABC Joint Registrar Dr X"): [make_role(role, institution, start)], or [] when the words
    before the role do not name an institution."""
    from kg.extract.institutions import refers_to
    line_start = text.rfind("\n", 0, title_start) + 1
    words = list(re.finditer(r"[^\s,;:()]+", text[line_start:title_start]))
    if not words or words[-1].group().lower() not in _HEAD_LAST \
            or text[line_start + words[-1].end():title_start] != " ":    # 'X Rector; Dr. Y' is X's role
        return []
    first = len(words) - 1
    # the role's modifiers ('country', 'joint'), never the head noun ending the owner's name ('Lorem
    # University president Dr X': the president of Lorem University, not its 'University president')
    while first > 0 and len(words) - first < 3 and words[first - 1].group().lower() not in _NOT_MODIFIER \
            and words[first - 1].group().lower() not in INSTITUTION_HEADS \
            and not re.search(r"['’]s$", words[first - 1].group()) and re.fullmatch(r"[\w-]+", words[first - 1].group()) \
            and not refers_to(words[first - 1].group(), institutions):
        first -= 1
    for k in range(first, max(first - 6, 0), -1):      # the owner: the words just before, possessive or not
        owner = re.sub(r"['’]s$", "", " ".join(w.group() for w in words[k - 1:first]))
        inst = refers_to(owner, institutions) if owner[:1].isupper() else None
        if inst:
            role = text[line_start + words[first].start():line_start + words[-1].end()]
            if inst.name.lower().endswith(role.lower()):
                return []
            return [make_role(role, inst, line_start + words[first].start())]
    before = words[first - 1].group() if first > 0 else ""
    role = text[line_start + words[first].start():line_start + words[-1].end()]
    if role.islower() and before in ("by", "its", "and"):
        # 'witnessed by deputy general manager A': the owner is left to the context; 'X was
        # represented by its group general manager A': X
        subject = re.search(r"([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)\s+(?:was|were|is|are)\s+represented\s+by\s+its\s+$",
                            text[line_start:line_start + words[first].start()]) if before == "its" else None
        owner = refers_to(subject.group(1), institutions) if subject else None
        return [make_role(role, owner, line_start + words[first].start())]
    return []


# An academic rank written as the person's position: 'Dr. A, Associate Professor, ABC',
# 'Dr. A, Associate Professor of Mining Engineering, Faculty of X'.
_RANK_AFTER = re.compile(r",\s+((?:(?:Associate|Assistant|Full)\s+)?Professor|(?:Senior\s+)?Lecturer)"
                         r"(\s+of\s+[A-Z][\w&]*(?:\s+(?:and\s+)?[A-Z][\w&]*)*)?(?=\s*[,.;]|\s+(?:and|were|was|is)\b)")


def rank_role(roles: list, text: str, end: int, make_role) -> list:
    """The roles read after a name, or when none, an academic rank written in their place."""
    m = _RANK_AFTER.match(text, end)
    if roles and not (m and len(roles) == 1 and m.group(1).startswith(roles[0].role + " ")):
        return roles           # ('Assistant' read from 'Assistant Professor' is the rank's first word)
    return [make_role(m.group(1) + (m.group(2) or ""), roles[0].institution if roles else None, m.start(1))] \
        if m else []


def role_after_letters_or_dash(text: str, span, role_words: str) -> bool:
    """An untitled name followed by its role after degree letters ('A B, PhD, Rector of X'), in brackets
    ('A B (Assistant to the President, X)'), as a lowercase post after an owner's possessive ('A B, X's
    manager of …') or after a dash inside a line ('…; A B – Director of X'; a dash after a line's first
    words is a dateline)."""
    from kg.extract.honorifics import after_postnominals      # late: honorifics is imported by people
    end = after_postnominals(text, span[1])
    if end > span[1] and re.match(r",\s+(?:the\s+)?(?:%s)\b" % role_words, text[end:]):
        return True
    if re.match(r"\s+\((?:the\s+)?(?:%s)\b[^()]{0,80}\)" % role_words, text[span[1]:]):
        return True
    if re.match(r",\s+[A-Z][\w&-]*['’]s\s+(?:[a-z][\w-]*\s+){0,3}?(?:%s)\b" % "|".join(_APPOSITIVE_POSTS), text[end:]):
        return True             # 'said A B, Fanshawe's manager of strategic initiatives'
    if _LOWER_POST_OWNER.match(text, end):
        return True             # 'A B, deputy vice-chancellor of X': a lowercase post with its owner

    line_start = text.rfind("\n", 0, span[0]) + 1
    return span[0] > line_start and not text[line_start:span[0]].isupper() \
        and bool(re.match(r"\s+[–—-]\s+(?:the\s+)?(?:%s)\b" % role_words, text[span[1]:]))


# Nouns whose 'of' is followed by a person ('in the presence of A B, Rector of X'), never by a place
# (not 'on behalf of', which as often names a body: 'on behalf of Lorem Vina, CEO A B').
PERSON_OF = r"\b(?:presence|attendance|participation)\s+of"


def place_not_person(text: str, span) -> bool:
    """Capitalised words read as a name before ', Role' that are a place: a country ('X University,
    South Africa, Professor A'), a city or province ('Hanoi City'), or words after 'in'/'at'/'of'
    ('the ceremony in Ha Noi, Deputy Minister A said'; not "to": "according to A B, provost of X"), unless
    the 'of' is one of PERSON_OF's."""
    from kg.extract.institutions import COUNTRIES
    words = text[span[0]:span[1]].split()
    before = re.search(r"(\w+)\s+$", text[max(0, span[0] - 12):span[0]])
    of_person = re.search(PERSON_OF + r"\s+$", text[max(0, span[0] - 30):span[0]])
    return fold(" ".join(words)) in COUNTRIES or words[-1].lower() in _ORGANISATION_WORDS \
        or bool(before) and before.group(1) in {"in", "at", "of", "from", "near"} and not of_person


def organisation_word(word: str) -> bool:
    """A word that starts or ends the name of a place or body, never a person's ('City', 'Province',
    'University', 'Department')."""
    low = word.lower().strip(".,")
    if low == "co" and not word.endswith("."):
        return False             # 'Dao Xuan Co': the Vietnamese name word Cơ, not 'Co.'
    return low in _ORGANISATION_WORDS or low in INSTITUTION_HEADS or low in UNIT_HEADS


def syllable_like_word(text: str, start: int, end: int, count: int, after_title: bool) -> bool:
    """'Dr. Kim In Chul', 'Prof. Lee On Yu': a capitalised 'In'/'On' inside a titled name, between a
    family name and another capitalised name word, on a line of running text (not a Title Case headline)."""
    if not after_title or count != 1 or text[start:end] not in ("In", "On"):
        return False
    following = re.match(r" ([A-Z][a-z]{1,5})\b(?! [A-Z][a-z])", text[end:])
    line = text[text.rfind("\n", 0, start) + 1:text.find("\n", end) if "\n" in text[end:] else len(text)]
    from kg.extract.people import NOT_NAME        # late: kg.extract.people imports this module
    return bool(following) and following.group(1).lower() not in NOT_NAME \
        and len(re.findall(r"\b[a-z]{4,}\b", line)) >= 2


# 'the visiting Peruvian president, Ollanta Humala,', "Canada's ambassador, Gwyneth Kutz.", 'the
# president of the new Riverton University, Ana Diaz and ...': a post in lowercase, a comma, the name.
_APPOSITIVE_POSTS = sorted(_HEAD_LAST | {"ambassador", "minister", "governor", "mayor", "consul", "provost",
                                         "vice-chancellor", "vice-president", "vice-rector", "ceo"}, key=len, reverse=True)
_APPOSITIVE = re.compile(r"\b(?:[Tt]he|its|their|his|her|[A-Z][\w&-]*['’]s)\s+(?:[A-Za-z][\w-]*(?:['’]s)?\s+){0,3}?(?:%s)"
                         r"(?:\s+(?:of|at|for)\s+(?:the\s+)?[^,;.()]{1,60}?(?:\s+\([A-Za-z&-]{2,12}\))?)?,\s+(?=[A-Z])"
                         % "|".join(_APPOSITIVE_POSTS))


# 'A B, deputy vice-chancellor of X': a lowercase post with its owner after an untitled name
_LOWER_POST_OWNER = re.compile(r",\s+(?:the\s+)?(?:(?:deputy|vice|pro|acting|senior)[- ])*(?:%s)\s+(?:of|at|for)\s+"
                               r"(?:the\s+)?[A-Z]" % "|".join(_APPOSITIVE_POSTS))


def appositive_post_names(text: str, found: list, read_name) -> list:
    """Untitled names of two to four words set after a post in lowercase and a comma, ending at a
    comma, a full stop, 'and' or a bracket, as mentions (start, start, end, []) not overlapping those found."""
    extra = []
    for m in _APPOSITIVE.finditer(text):
        span = read_name(text, m.end(), max_words=4)
        if not span or not 2 <= len(text[span[0]:span[1]].split()) <= 4 \
                or not re.match(r"\s*(?:[,.;(]|and\b|said\b|$)", text[span[1]:span[1] + 6]) \
                or any(s < span[1] and span[0] < e for _, s, e, _ in found + extra) \
                or any(organisation_word(w) for w in text[span[0]:span[1]].split()):
            continue
        extra.append((span[0], span[0], span[1], []))
    return extra


def glued_initials(text: str, start: int) -> int:
    """Length of initials written without spaces at start, with the space after them ('R.K. ' in
    'R.K. Sharma', 'A.K.M. ' in 'A.K.M. Rahman'); 0 when none."""
    m = re.match(r"(?:[A-Z]\.){2,4} (?=[A-Z][a-z])", text[start:start + 12])
    return m.end() if m else 0


# A post written as its abbreviation before an untitled name: 'VP for External Relations A B', 'DVC A B'.
_ABBREVIATED_POST = re.compile(r"(?:\b(?:S|E|A)?VP\b|\b(?:P|D)?VC\b|\bGM\b|\bDG\b)(?:-[A-Z]{2,3}\b)?")   # 'GM-HR A B'
# The post's field written straight after the abbreviation, with no 'for': 'DVC Academic A B', 'VP Finance A B'.
_BARE_FIELD = re.compile(r" (?:Academic|Research|RnD|R&D|Finance|Operations|Administration|Admin|Marketing|"
                         r"Corporate|Technical|Planning|Development|Innovation|Enterprise|Strategy|Students|"
                         r"Education|Engagement|International|Global|HR)(?= [A-Z])")
_POST_FIELD = re.compile(r"\s+(?:for|of)\s+((?:[A-Z][\w&'’-]*)(?:\s+(?:[A-Z][\w&'’-]*|and|&))*)")


def abbreviated_post_names(text: str, found: list, read_name) -> list:
    """Untitled names of two to four words after an abbreviated post ('VP for Finance Ana Cruz', 'DVC
    Ravi Rao'), the post's field read off the front ('Finance'), as mentions not overlapping those found."""
    extra = []
    for m in _ABBREVIATED_POST.finditer(text):
        pos = m.end()
        field = _POST_FIELD.match(text, pos)
        if field:
            run = field.group(1).rstrip()
            offset = name_from_role_run("VP for " + run)
            if offset is None:
                continue
            pos = field.start(1) + offset - len("VP for ")
        elif not text.startswith(" ", pos):
            continue
        else:
            bare = _BARE_FIELD.match(text, pos)
            pos = bare.end() + 1 if bare else pos + 1
        span = read_name(text, pos, max_words=4)
        if not span or not 2 <= len(text[span[0]:span[1]].split()) <= 4 \
                or any(s < span[1] and span[0] < e for _, s, e, _ in found + extra):
            continue
        extra.append((span[0], span[0], span[1], []))
    return extra


# 'signed by Alpha University President, A B and Beta Institute Provost and Pro Vice-Chancellor, C D',
# 'President ABC, A B and ...': a capitalised post written after its institution (or before an
# acronym), a comma, then an untitled name.
_CAPITAL_POSTS = r"(?:(?:Vice|Deputy|Pro|Acting|Executive)[- ])*(?:%s)" % "|".join(
    sorted({w.capitalize() for w in _APPOSITIVE_POSTS} | {"Principal", "Director-General", "Director General", "CEO",
                                                          "Vice-Chancellor", "Vice-President", "Vice-Rector"},
           key=len, reverse=True))
_POST_COMMA = re.compile(r"(?<![\w-])%s(?:\s+and\s+%s)?(\s+[A-Z]{2,8})?,\s+(?=[A-Z])" % (_CAPITAL_POSTS, _CAPITAL_POSTS))


def post_comma_names(text: str, found: list, read_name) -> list:
    """Untitled names of two to four words after 'Institution Post, ' (the word before the post is
    capitalised: an institution's name or acronym, not 'the'), ending at a comma, a full stop, 'and'
    or the verb, as mentions (start, start, end, []) not overlapping those found."""
    extra = []
    for m in _POST_COMMA.finditer(text):
        before = re.search(r"([\w)&'’.-]+)\s$", text[max(0, m.start() - 40):m.start()])
        opening = not before or before.group(1).endswith(".")       # the post opens a sentence
        if opening and not m.group(1) \
                or not opening and not before.group(1)[:1].isupper() and not before.group(1).endswith(")"):
            continue           # 'the President, A B': left to the appositive reading
        span = _untitled_name(text, m.end(), found + extra, read_name, 4,
                              r"\s*(?:[,.;(]|and\b|signed\b|has\b|have\b|$)", no_acronyms=True)
        if span:
            extra.append((span[0], span[0], span[1], []))
    return extra


def _untitled_name(text: str, pos: int, taken: list, read_name, max_words: int, followed_by: str | None = None,
                   no_acronyms: bool = False):
    """The span of an untitled name of two to max_words words read at pos, or None: when it holds an
    organisation word (or, with no_acronyms, a word in capitals), is not followed by followed_by (a
    pattern matched on the next characters) or overlaps a mention already taken."""
    span = read_name(text, pos, max_words=max_words)
    words = text[span[0]:span[1]].split() if span else []
    if not 2 <= len(words) <= max_words or any(organisation_word(w) or no_acronyms and w.isupper() for w in words) \
            or followed_by and not re.match(followed_by, text[span[1]:span[1] + 12]) \
            or any(s < span[1] and span[0] < e for _, s, e, _ in taken):
        return None
    return span


# Posts that the roles vocabulary lacks, written capitalised before an untitled name:
# 'Principal and Chief Superintendent A B', 'Commandant A B'.
# Also an Indonesian regency's head and a judge ('Riverton Regent A B', 'Vice Regent A B', 'Justice A B').
_MORE_POSTS = re.compile(r"\b(?:(?:Chief|Deputy|Medical|Additional|Assistant)\s+)?(?:Superintendent|Commandant)\s+(?=[A-Z])|"
                         r"\b(?:(?:Vice|Deputy)\s+)?Regent\s+(?=[A-Z])|(?<!\bof\s)\bJustice\s+(?=[A-Z])")


def more_post_names(text: str, found: list, read_name) -> list:
    """Untitled names of two to four words after a post of _MORE_POSTS, as mentions not overlapping
    those found."""
    extra = []
    for m in _MORE_POSTS.finditer(text):
        span = _untitled_name(text, m.end(), found + extra, read_name, 4)
        if span:
            extra.append((span[0], span[0], span[1], []))
    return extra


# 'Chief Executive Officer Delta Foods Limited Laos A B signed': a company's name with its legal form
# (and its country) between a post and the untitled name.
_LEGAL_FORM_END = re.compile(r"\b(?:Limited|Ltd\.?|Inc\.?|Plc|PLC|LLC|Corporation)\s+(?=[A-Z])")


def company_officer_names(text: str, found: list, read_name) -> list:
    """Untitled names of two or three words right after a company's legal form (a country's name may
    stand between), followed by a verb of signing, 'and' or a comma, as mentions not overlapping those found."""
    from kg.extract.institutions import COUNTRIES
    extra = []
    for m in _LEGAL_FORM_END.finditer(text):
        pos = m.end()
        country = re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?= [A-Z])", text[pos:])
        for words in (country.group(), country.group().split()[0]) if country else ():
            if fold(words) in COUNTRIES:       # 'Delta Foods Limited Laos A B'
                pos += len(words) + 1
                break
        span = _untitled_name(text, pos, found + extra, read_name, 3, r"\s*(?:,|and\b|signed\b|has\s+signed\b)")
        if span:
            extra.append((span[0], span[0], span[1], []))
    return extra


# A clause after the name that says what the person heads or acts as ('A B, who heads the X', 'A B, in
# charge of Y', 'A B, acting as rector of Z'): no body is described so.
_CLAUSE_POST = re.compile(r",\s+(?:who\s+(?:currently\s+)?(?:heads|leads|chairs|directs|manages|oversees|coordinates|"
                          r"serves\s+as|works\s+as|is\s+in\s+charge\s+of)|(?:currently\s+)?in\s+charge\s+of|"
                          r"(?:acting|serving|working)\s+as)\s+(?:the|a|an|its|[a-z]+)\b")


def clause_post_cue(text: str, span, institutions) -> bool:
    """An untitled name followed by a clause naming the person's post ('Anna Berg, who heads the
    international office of X, said')."""
    return bool(_CLAUSE_POST.match(text, span[1]))
