"""Where an institution's name starts and ends, beyond the head-noun runs of `institutions`.

Real pages write names that a run of capitalised words cuts short or pads:
- a place or country in front: 'Riverton-based Alder University', "Kenya's Alder University";
- 'and' inside a name whose parent follows: 'Institute of Optics and Laser Problems of the
  National Academy of Sciences of Kenya' (one institution, not two);
- a ministry's portfolio list: 'Ministry of Industry, Trade and Fisheries of Kenya';
- a state's name with its country: 'the Socialist Republic of Vietnam';
- a company whose sector words are joined by 'and': 'Alder Trading Investment and Construction
  Joint Stock Company', and the legal form 'Company Limited';
- a name defined by its acronym: 'Birch Medical University Second Hospital (BMUSH)',
  'Kenyan Chamber of Commerce and Industry (KCCI)';
- a name whose first word is 'An' or 'A' ('An Lorem General Hospital'), known where it is written
  mid-sentence ('Director of An Lorem General Hospital');
- two sides read as one name in a headline: 'Ministry of Mines and Energy and Lorem Province sign ...'
  where 'Ministry of Mines and Energy' is written alone elsewhere;
- a unit or short reference of generic words only: 'Director of the International Institute'.
`refine` takes and returns the candidate list of `institutions.candidates`:
(start, end, name as written, kind).
"""

import re

from kg.names import acronym_fit, is_acronym
from kg.extract.place_names import city_names
from kg.registry.names import GENERIC_WORDS
from kg.textnorm import fold

# Heads whose names list several portfolios: 'Ministry of Culture, Sports and Tourism'.
PORTFOLIO_HEADS = ("Ministry", "Department", "Commission", "Committee")
# The sentence is about a signing (noun or verb).
SIGNING_WORDS = re.compile(r"\b(?:sign\w*|ink\w*|memorand\w*|mou|moa|agreement|agreed|between|partner\w*)\b", re.I)
# 'UK', 'US' written before a name as its country.
SHORT_COUNTRIES = {"uk", "us", "usa", "uae", "eu"}
# Names of a country's land that are no state's name, for "Britain's Alder University" (general vocabulary);
# the states themselves are `institutions.COUNTRIES`.
MORE_COUNTRIES = {"britain", "england", "scotland", "wales", "america"}


# 'Riverton-based', 'ABCS-run': a word that says where or by whom, before a name.
PREFIX_TAIL = re.compile(r"-(?:based|run|owned|funded|backed|headquartered)$")


def _vocab():
    from kg.extract import institutions    # imported late: institutions imports this module
    return institutions


def refine(text: str, found: list) -> list:
    """The candidates with the name-shape corrections above applied."""
    found = sorted(_without_prefix(text, c) for c in found)
    found = _join_and_of_the(text, found)
    found = [_with_portfolios(text, c) for c in found]
    found = [_company_extended(text, c) for c in found]
    found = [_state_with_country(text, c) for c in found]
    found = [_without_trailing_name(c) for c in found]
    found = _acronym_defined(text, found)
    found = _with_leading_an(text, found)
    found = _without_joined_side(found)
    found = [_with_town(text, c) for c in found]
    found = [_without_role_led_person(text, c) for c in found]
    return sorted(c for c in found if not _generic_unit(text, c, found))


def _without_prefix(text: str, cand):
    """'Riverton-based Alder University' -> 'Alder University' (also '-run', '-owned', ...); "Kenya's Alder University" ->
    'Alder University' when the possessor is a country ('King's College' keeps its word)."""
    s, e, written, kind = cand
    m = re.match(r"(?:[A-Z][\w.’']*\s+){0,3}[A-Z][\w.’']*" + PREFIX_TAIL.pattern[:-1] + r"\s+", written)
    possessive = re.match(r"((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)['’]s\s+", written)
    if not m and possessive:
        country = possessive.group(1).lower()
        rest = written[possessive.end():].split()
        # "London's Fanshawe College": a town's possessive before a name with its own word before the head
        own = len(rest) >= 2 and rest[0][:1].isupper() and not _vocab()._head_kind(rest[0]) \
            and rest[0].lower() not in GENERIC_WORDS and _vocab()._head_kind(rest[1]) is not None
        # ("People's Friendship University": 'people' owns nothing, it is part of the name)
        # ("St Lorem's Hospital": a saint's possessive is the name itself, never a place's)
        saint = re.match(r"(?:st\.?|saint)\s", country)
        if not saint and (country in SHORT_COUNTRIES or _is_country(country) or own and country != "people"):
            m = possessive
    if not m or not re.search(r"[A-Z]", written[m.end():m.end() + 1]):
        return cand
    return s + m.end(), e, written[m.end():], kind


def without_prefix(name: str) -> str:
    """A side's name without a place or country in front ('Riverton-based Alder Technologies')."""
    return _without_prefix(name, (0, len(name), name, "institution"))[2]


def _join_and_of_the(text: str, found: list) -> list:
    """'Institute of Optics' + ' and Laser Problems of the ' + 'National Academy ...': the words
    after 'and' lead to the parent through 'of the', so the first name continues to the end."""
    joined = []
    for cand in found:
        if joined:
            s, e, written, kind = joined[-1]
            gap = text[e:cand[0]]
            if " of " in written and cand[3] == "institution" \
                    and re.fullmatch(r"\s+and\s+(?:[A-Z][\w-]*\s+){1,4}of\s+the\s+", gap) \
                    and not any(w.lower() in _vocab().ROLE_WORDS for w in gap.split()):   # '... and President of the ...'
                joined[-1] = (s, cand[1], written + gap + cand[2], kind)
                continue
        joined.append(cand)
    return joined


def _with_portfolios(text: str, cand):
    """'Ministry of Industry' followed by ', Trade and Fisheries (of Kenya)': one ministry."""
    s, e, written, kind = cand
    if not re.match(r"(?:[A-Z][\w-]*\s+){0,3}(?:%s)\s+of\s" % "|".join(PORTFOLIO_HEADS), written):
        return cand           # 'Ministry of ...', 'Lorem Department of ...' 
    item = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
    m = re.match(r"((?:,\s+%s)+),?\s+and\s+(%s)(?![\w-])(?!\s+[A-Z])" % (item, item), text[e:])
    if not m:
        return cand
    words = re.findall(r"[A-Z][a-z]+", m.group())
    inst = _vocab()
    if any(inst._head_kind(w) or w.lower() in inst.COUNTRIES or w.lower() in inst.ROLE_WORDS for w in words):
        return cand           # 'Ministry of Health, Alder University and ...': a list of parties
    end = e + m.end()
    country = re.match(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", text[end:])
    if country and _is_country(country.group(1)):
        end += country.end()
    return s, end, text[s:end], kind


def is_country(words: str) -> bool:
    return _is_country(words)


def _is_country(words: str) -> bool:
    low = words.lower()
    return low in _vocab().COUNTRIES or low in MORE_COUNTRIES or "the " + low in _vocab().COUNTRIES


def _state_with_country(text: str, cand):
    """'Ambassador of the Socialist Republic of Vietnam': a state's name keeps its country (cut
    elsewhere as a place after a name, 'Alder University of Kenya')."""
    s, e, written, kind = cand
    if not re.search(r"\b(?:Republic|Kingdom|Federation|Confederation|Emirates)$", written):
        return cand
    m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", text[e:])
    if not m or not _is_country(m.group(1)):
        return cand
    return s, e + m.end(), text[s:e + m.end()], kind


def _company_extended(text: str, cand):
    """A company name cut at 'and' between two sector words ('... Investment and Construction Joint
    Stock Company') is extended back over the capitalised words before it; 'Company Limited' keeps
    its 'Limited'."""
    s, e, written, kind = cand
    if kind != "company":
        return cand
    inst = _vocab()
    limited = re.match(r"\s+Limited\b", text[e:])
    if limited:
        e += limited.end()
        written = text[s:e]
    first = written.split()[0].lower()
    before = re.search(r"((?:[A-Z][\w-]*\s+){1,6})and\s+$", text[max(0, s - 120):s])
    if not before or first not in inst.SECTOR_WORDS:
        return s, e, written, kind
    words = before.group(1).split()
    if words[-1].lower() not in inst.SECTOR_WORDS:
        return s, e, written, kind
    keep = []
    for w in reversed(words):            # back to a head ('... University and Alder Trading ...')
        if inst._head_kind(w) or w.lower() in inst.NOT_NAME_WORDS | inst.ROLE_WORDS or is_acronym(w):
            break
        keep.insert(0, w)
    if len(keep) < 2:
        return s, e, written, kind
    base = max(0, s - 120)
    start = base + re.search(r"((?:[A-Z][\w-]*\s+){%d})and\s+$" % len(keep), text[base:s]).start(1)
    return start, e, text[start:e], kind


_DEFINED = re.compile(r"((?:[A-Z][\w'’&-]*|of|and|the|for|&)(?:[ \t]+(?:[A-Z][\w'’&-]*|of|and|the|for|in|on|&)){1,11})"
                      r"[ \t]*\(([A-Za-z][\w&-]{1,11})\)")


def _acronym_defined(text: str, found: list) -> list:
    """A name followed by its acronym ('Birch Medical University Second Hospital (BMUSH)') in a
    sentence about the signing is one institution, even where a run holds two heads or none;
    written elsewhere without the acronym (a headline), the same words are that name too."""
    inst = _vocab()
    names = []
    for m in _DEFINED.finditer(text):
        acronym = m.group(2)
        if not is_acronym(acronym) or acronym.upper() in inst.NOT_ACRONYMS:
            continue
        name = _fitting_tail(m.group(1), acronym)
        sentence = text[text.rfind(".", 0, m.start()) + 1:m.end() + 200].split(".")[0]
        if name and SIGNING_WORDS.search(sentence) and _organisation_words(name):
            names.append(name)
    for name in dict.fromkeys(names):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            s, e = m.start(), m.end()
            inside = [c for c in found if s <= c[0] and c[1] <= e]
            if any(c[0] < e and s < c[1] for c in found if c not in inside):
                continue              # a longer candidate holds it, or it crosses one
            if len(inside) == 1 and inside[0][:2] == (s, e):
                continue
            kind = "company" if any(c[3] == "company" for c in inside) else "institution"
            found = [c for c in found if c not in inside] + [(s, e, name, kind)]
    return found


def _fitting_tail(words: str, acronym: str) -> str | None:
    """The shortest ending of the capitalised phrase that the acronym spells without skipping words."""
    tokens = words.split()
    for i in range(len(tokens) - 2, -1, -1):
        if not tokens[i][:1].isupper():
            continue
        tail = " ".join(tokens[i:])
        if acronym_fit(acronym, tail) == 0:
            return tail
    return None


def _organisation_words(name: str) -> bool:
    """Not a person, a role, a unit or a document: no title, role or unit head among its words."""
    inst = _vocab()
    low = {w.lower().strip("’'") for w in name.split()}
    return not low & (inst.TITLE_WORDS | inst.ROLE_WORDS | inst.UNIT_HEADS | {"memorandum", "agreement", "project",
                                                                              "programme", "program", "goals"})


# (the town may close with a comma before the verb: 'Federal Polytechnic, Lorem, signed ...')
_TOWN_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*[.;(]|,?\s+(?:has|have|had|signed|signs|will|is|was|"
                         r"on|in|at|to|for|with)\b)")
# 'Government Polytechnic Lorem today signed': a known city written right after the generic name, ending it
# (a lower-case word or a stop after the town).
_CITY_GLUED = re.compile(r"[ \t]+([A-Z][a-z]{2,})(?=\s*[,.;(]|\s+[a-z])")


# 'University of Social Sciences and Humanities, ABCU': a member named by its subjects and its parent's acronym.
_PARENT_AFTER = re.compile(r",\s+([A-Z]{2,6}(?:-[A-Z]{2,6})?)(?=\s*[,.;(]|\s+(?:and|has|have|had|signed|signs|will|is|was)\b)")


# 'Indian', 'Nigerian', 'Japanese', 'Polish': a nationality says which country, not which body.
_NATIONALITY = re.compile(r"[a-z]{3,}(?:ian|ese|ish)")


def _with_town(text: str, cand):
    """'Federal Polytechnic, Lorem', 'Indian Institute of Technology, Lorem': a name of generic words, subjects
    and a nationality only says which one by the town after its comma (Nigerian, Indian, Pakistani
    usage), or by a known city written right after it ('Government Polytechnic Lorem'); without the town it
    would be a truncated, generic name."""
    s, e, written, kind = cand
    inst = _vocab()
    words = [w.lower() for w in written.split() if w.lower() not in inst.CONNECTORS]
    if kind != "institution" or not words or any(w not in GENERIC_WORDS | inst.ACADEMIC_SUBJECTS
                                                 and not _NATIONALITY.fullmatch(w) for w in words):
        return cand
    parent = _PARENT_AFTER.match(text, e)
    if parent and acronym_fit(parent.group(1), written) is None and re.match(r"(?:[Tt]he\s+)?University\s+of\s", written):
        return s, parent.end(), text[s:parent.end()], kind     # 'University of Social Sciences, ABCU'
    m = _TOWN_AFTER.match(text, e)
    glued = _CITY_GLUED.match(text, e)
    if not m and glued and fold(glued.group(1)) in city_names():
        m = glued
    town = m.group(1).lower() if m else ""
    if not m or _is_country(town) or any(inst._head_kind(w) for w in town.split()) \
            or town.split()[0] in inst.ROLE_WORDS | inst.TITLE_WORDS | inst.NOT_NAME_WORDS | inst.PLACE_WORDS:
        return cand
    return s, m.end(), text[s:m.end()], kind


def _without_role_led_person(text: str, cand):
    """'signed by President of Lorem National Academy of Sciences Akif Alizadeh and ...': after a role and
    'of', a name whose 'of' part ends in a subject is followed by the person holding the role (two to
    four capitalised words with no subject, generic word or country among them)."""
    s, e, written, kind = cand
    inst = _vocab()
    if not re.search(r"\b(?:%s)\s+of\s+(?:the\s+)?$" % "|".join(inst.ROLE_WORDS), text[max(0, s - 30):s], re.I):
        return cand
    words = written.split()
    for k in (4, 3, 2):
        tail, rest = words[-k:], words[:-k]
        if len(rest) >= 3 and rest[-2] == "of" and rest[-1].lower() in inst.ACADEMIC_SUBJECTS | inst.SUBJECT_WORDS \
                and all(w[:1].isupper() and w.lower() not in GENERIC_WORDS | inst.ACADEMIC_SUBJECTS | inst.SUBJECT_WORDS
                        and not _is_country(w) and not inst._head_kind(w) for w in tail):
            cut = len(" ".join(rest))
            return s, s + cut, written[:cut], kind
    return cand


def _generic_unit(text: str, cand, found) -> bool:
    """'Director of the International Institute': a name of generic words only, after 'the' and
    without an acronym of its own, is a unit of an institution, not an institution of its own.
    Where another name ends with the same words ('Alder Sports Research Institute' ... 'the Research
    Institute') it is a short reference to that one and stays for it. After 'a' or 'an' ('a Federal
    University') it names no body at all: a kind of body."""
    s, e, written, kind = cand
    indefinite = bool(re.search(r"(?:^|\s)(?:a|an|A|An)\s+$", text[max(0, s - 4):s]))
    if any(c[2].endswith(" " + written) for c in found) and not indefinite:
        return False
    inst = _vocab()
    words = [w.lower() for w in written.split() if w.lower() not in inst.CONNECTORS]
    if kind != "institution" or not words or any(w not in GENERIC_WORDS for w in words):
        return False
    if words[0] == "ministry":
        return False              # 'the Ministry of Science and Technology': a government's, never a unit
    if re.match(r"\s*[(\-–—]", text[e:]):
        return False              # it has an acronym of its own, or a parent after a dash
    return indefinite or bool(re.search(r"\b[Tt]he\s+$", text[max(0, s - 10):s]))


def same_company(a: str, b: str) -> bool:
    """'Alder Trading JSC' and 'Alder Trading Investment and Construction Joint Stock Company': two
    company names (each with its legal form) where the shorter one's own words, at least two, begin
    the longer one's."""
    inst = _vocab()
    bases = []
    for name in (a, b):
        base = re.sub(inst.COMPANY_TAIL, "", re.sub(r"\s+Limited$", "", name))
        if base == name or not base:
            return False
        bases.append(base.split())
    short, long_ = sorted(bases, key=len)
    return len(short) >= 2 and len(short) < len(long_) and long_[:len(short)] == short


def _without_trailing_name(cand):
    """'... Academy of Sciences of Kenya Alder Mwangi': capitalised words after the country that ends
    an 'of' chain, two or more with no head among them, are the next phrase (a person's name)."""
    s, e, written, kind = cand
    inst = _vocab()
    for m in re.finditer(r"\bof\s+(?:the\s+)?", written):
        words = written[m.end():].split()
        for k in (3, 2, 1):
            if len(words) >= k + 2 and _is_country(" ".join(words[:k])) \
                    and all(w[:1].isupper() and not inst._head_kind(w) for w in words[k:]):
                cut = m.end() + len(" ".join(words[:k]))
                return s, s + cut, written[:cut], kind
    return cand


def _with_leading_an(text: str, found: list) -> list:
    """'Director of An Lorem General Hospital': a capital 'An' or 'A' inside a sentence is not an
    article but the name's first word (Vietnamese 'An', 'A'); once seen so, the name keeps it at
    a line's start too ('An Lorem General Hospital and ... signed')."""
    def before(c):
        return re.search(r"(?:^|(?<=[^\w]))(An|A)\s+$", text[max(0, c[0] - 4):c[0]])
    inside = {c[2] for c in found if before(c) and re.search(r"[\w,]\s+(?:An|A)\s+$", text[max(0, c[0] - 8):c[0]])}
    widened = []
    for c in found:
        m = before(c) if c[2] in inside else None
        if m:
            start = c[0] - len(m.group())
            c = (start, c[1], text[start:c[1]], c[3])
        widened.append(c)
    return widened


def _without_joined_side(found: list) -> list:
    """'Ministry of Mines and Energy and Lorem Province': a name written alone elsewhere, then 'and'
    and capitalised words without a head noun (the other side, a province), is cut to that name."""
    inst = _vocab()
    alone = {c[2] for c in found}
    cut = []
    for s, e, written, kind in found:
        for name in alone:
            rest = written[len(name) + 5:] if written.startswith(name + " and ") else ""
            if rest and all(w[:1].isupper() and not inst._head_kind(w) for w in rest.split()):
                written, e = name, s + len(name)
                break
        cut.append((s, e, written, kind))
    return cut
