"""One article, one body once: two institutions the draft keeps are joined when general evidence says they are
one body named two ways (the word-by-word grouping of kg.extract.institutions and its join_fuller_forms leave
such pairs apart). The evidence, never a page's wording:
- an acronym entry (only acronyms, or an acronym and a head: 'ABCU', 'ABCU University') whose acronym is the
  other's initials (the usual skips; in the name's own language's word order; two inner words left out for
  five letters or more), is defined for it in the text ('Lorem Ipsum College (Lic)', '(referred to as LIC)'),
  or is one part of its hyphenated acronym ('LIC' beside 'LIC-NP' or 'ABU-LIC');
- a name that is the other with a known place after it ('Lorem University of Riverton', 'Lorem University,
  Riverton', 'Lorem University Riverton Campus');
- spelling variants: a letter changed, added, dropped or two swapped inside a long word ('Micheal'/'Michael'),
  and a country written by another of its names ('... of the Kyrgyz Republic'/'... of Kyrgyzstan').
Never joined: two names the text sets side by side ('A and B', 'A signed with B', 'between A and B'), and a
name that fits two others (which one is meant cannot be told: both are kept, the safe choice inside one
article; across articles `ingest` flags such pairs for review).
"""

import re
from functools import lru_cache

from kg.extract import resolve_names, variant_names
from kg.extract.countries import code_rows, country_codes
from kg.extract.institutions import COMMON_NAME_WORDS, _head_kind, merge_into
from kg.extract.place_names import CITIES_FILE, known_place
from kg.names import STOPWORDS, acronym_fit, is_acronym, name_key
from kg.textnorm import fold, strip_diacritics


def _full_forms(inst) -> list:
    return [f for f in inst.forms if f not in inst.acronyms and not is_acronym(f)]


# ---------------------------------------------------------------- acronyms

def _initials_with_inner_skips(acronym: str, name: str, skips: int = 2) -> bool:
    """'LIMBT' for 'Lorem Ipsum Mor Bay NHS Foundation Trust': each letter a word's initial, in order, the
    first and the last word spelled, up to `skips` words between them left out. Five capitals at least."""
    letters = strip_diacritics(re.sub(r"[^A-Za-z]", "", acronym)).lower()
    words = [w for w in re.split(r"[\s\-–—/]+", strip_diacritics(name).lower()) if w and w not in STOPWORDS
             and w != "&"]
    if len(letters) < 5 or not acronym.isupper() or not 0 < len(words) - len(letters) <= skips:
        return False

    def walk(i, j, left):
        if i == len(letters):
            return j == len(words)
        if j == len(words):
            return False
        if letters[i] == words[j][:1] and walk(i + 1, j + 1, left):
            return True
        return left > 0 and 0 < j < len(words) - 1 and walk(i, j + 1, left - 1)
    return walk(0, 0, skips)


def spells(acronym: str, name: str) -> bool:
    """The acronym is the name's initials: every significant word in order (acronym_fit), with lower-case
    letters for 'of'/'and', in another word order (the name's own language), or with two inner words left out."""
    return acronym_fit(acronym, name) == 0 or variant_names.with_function_word_initials(acronym, name) \
        or variant_names.scrambled_acronym(acronym, name) or _initials_with_inner_skips(acronym, name)


def defined_in_text(short: str, forms: list, text: str) -> bool:
    """'Lorem College (Lic)', 'Lorem College (referred to as LIC)': the short form alone in a bracket right after
    a full form. Not after a form set after another name by a comma or dash ('Ipsum Institute, the Lorem
    College (IIT)': the bracket may stand for the whole, or for the member first named)."""
    lead = r"\s*\(\s*(?:(?:hereinafter|hereafter|also|simply)\s+)?(?:(?:referred\s+to|known)\s+as\s+|called\s+)?[\"“‘']?"
    apposition = re.compile(r"[,–—-]\s*(?:[Tt]he\s+)?$")
    return any(not apposition.search(text, max(0, m.start() - 8), m.start())
               for f in forms for m in re.finditer(r"(?<![\w-])" + re.escape(f) + lead + re.escape(short)
                                                   + r"[\"”’']?\s*\)", text))


def _part_of_hyphenated(acronym: str, acronyms: list, forms: list) -> bool:
    """'LIC' beside 'ABU-LIC' (after its parent's acronym, variant_names.parent_prefixed) or beside 'LIC-NP'
    when it spells the front of the body's name ('Lorem Ipsum College ... National Polytechnic')."""
    for other in acronyms:
        parts = other.split("-")
        if len(parts) != 2 or acronym not in parts:
            continue
        if variant_names.parent_prefixed(other) == acronym:
            return True
        if parts[0] == acronym and any(acronym_fit(acronym, " ".join(f.split()[:k])) == 0
                                       for f in forms for k in range(2, len(f.split()))):
            return True
    return False


def _acronym_of_label(label: str) -> str | None:
    """The acronym of a label that is an acronym ('ABCU') or an acronym and a head ('ABCU University')."""
    words = label.split()
    if len(words) == 1 and is_acronym(label):
        return label
    if len(words) == 2 and is_acronym(words[0]) and _head_kind(words[1]) == "institution":
        return words[0]
    return None


def acronym_evidence(short, named, text: str) -> bool:
    """short is named only by acronyms (or by one word the text defines in a bracket) and one of them names
    `named`: its initials, defined for it in the text, or a part of its hyphenated acronym."""
    labels, full = short.labels(), _full_forms(named)
    acronyms = {_acronym_of_label(label) for label in labels}
    if not full or not labels:
        return False
    if None not in acronyms:
        return any(spells(a, f) for a in acronyms for f in full) \
            or any(defined_in_text(a, full, text) or _part_of_hyphenated(a, named.acronyms, full) for a in acronyms)
    # ('Lorem Rural University of Ipsum (Lrui)': one word in a bracket, the name's initials in some order)
    word = labels[0]
    return len(set(labels)) == 1 and " " not in word and word[:1].isupper() and defined_in_text(word, full, text) \
        and any(variant_names.scrambled_acronym(word.upper(), f) or acronym_fit(word, f) == 0 for f in full)


# ---------------------------------------------------------------- a place after the name

_PLACE_BEFORE = re.compile(r"\s*,\s*|\s+[-–]\s+|\s+(?:of|in)\s+(?:the\s+)?|\s+")


@lru_cache(maxsize=1)
def _country_of_city() -> dict:
    return {fold(city).lower(): code for code, city in code_rows(CITIES_FILE)}


@lru_cache(maxsize=1)
def _countries() -> dict:
    return {fold(name).lower(): code for name, code in country_codes().items()}


def _with_place(form: str) -> list[tuple[str, str]]:
    """(name, place) for each way of reading the form as a name with a known place after it."""
    plain = re.sub(r"^[Tt]he\s+", "", form.strip())
    result = []
    for m in _PLACE_BEFORE.finditer(plain):
        place = plain[m.end():]
        if m.start() and place[:1].isupper() and known_place(place):
            result.append((plain[:m.start()], place))
    return result


def _names_which(base: str) -> bool:
    """A name that says which body it is: a head, and a word that is neither common, a head nor a place
    ('National University of Riverton' never loses its town; 'Ministry of Health' beside 'Ministry of Health
    of Loremia' is no evidence)."""
    words = [w for w in name_key(base, drop_titles=True).split() if w not in STOPWORDS]
    return any(_head_kind(w) == "institution" for w in base.split()) \
        and any(w not in COMMON_NAME_WORDS and not _head_kind(w) and not known_place(w) for w in words)


def located_evidence(a: str, b: str) -> bool:
    """'Lorem University of Riverton' (', Riverton', ' Riverton', ' Riverton Campus') beside 'Lorem University'.
    Two places after the same name are one body only when one is the other's country ('Lorem University,
    Riverton' and 'Lorem University of Loremia'); two towns are two campuses or two bodies."""
    if name_key(a, drop_titles=True) == name_key(b, drop_titles=True):
        return False
    for x, y in ((a, b), (b, a)):
        for base, place in _with_place(x):
            key = name_key(base, drop_titles=True)
            if not _names_which(base):
                continue
            if key == name_key(y, drop_titles=True):
                return True
            for other, other_place in _with_place(y):
                if name_key(other, drop_titles=True) == key and _same_country(place, other_place):
                    return True
    return False


def _same_country(p: str, q: str) -> bool:
    code = lambda x: _countries().get(fold(x).lower()) or _country_of_city().get(fold(x).lower())
    return fold(p).lower() == fold(q).lower() or code(p) is not None and code(p) == code(q) \
        and (fold(p).lower() in _countries() or fold(q).lower() in _countries())


# ---------------------------------------------------------------- spellings

def _inner_variant(u: str, v: str) -> bool:
    """Two spellings of one long word: one letter changed, added, dropped or two swapped, never the first or
    the last ('michael'/'micheal', 'bhashani'/'bhasani'; never 'korea'/'korean', 'science'/'sciences')."""
    if u == v or min(len(u), len(v)) < 5 or u[0] != v[0] or u[-1] != v[-1] or not (u + v).isalpha():
        return False
    if len(u) == len(v):
        diff = [i for i in range(len(u)) if u[i] != v[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and u[diff[0]] == v[diff[1]] \
            and u[diff[1]] == v[diff[0]]
    short, long_ = sorted((u, v), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(1, len(long_) - 1))


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern:
    keys = sorted({name_key(name) for name in _countries()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys if k) + r")(?!\w)")


def _country_coded(key: str) -> str:
    """The key with each country's name written as its code ('... of the kyrgyz republic' -> '... of the KG')."""
    codes = {name_key(name): code for name, code in _countries().items()}
    return _country_pattern().sub(lambda m: codes[m.group()], key)


def spelling_evidence(a: str, b: str) -> bool:
    """The same name with a long word spelled another way (never a place's name; the other content words the
    same, in an order resolve_names takes as one name), or with its country written by another of its names."""
    ka, kb = (name_key(x, drop_titles=True) for x in (a, b))
    if ka == kb or is_acronym(a.strip()) or is_acronym(b.strip()):
        return False
    content_a = [w for w in ka.split() if w not in STOPWORDS]
    swapped = [next((u for u in content_a if _inner_variant(u, w) and not known_place(u) and not known_place(w)), w)
               for w in kb.split()]
    if len(content_a) >= 2 and swapped != kb.split() \
            and resolve_names.score(ka, " ".join(swapped))[0] >= resolve_names.MERGE_THRESHOLD:
        return True
    coded_a, coded_b = _country_coded(ka), _country_coded(kb)
    content = lambda key: [w for w in key.split() if w not in STOPWORDS]
    return coded_a != ka and coded_b != kb and content(coded_a) == content(coded_b)


# ---------------------------------------------------------------- the step

# between two mentions of one sentence: 'A and B', 'A signed ... with B', 'between A and B', 'A & B'
_SIDE_BY_SIDE = re.compile(r"[^.;\n()]{0,80}?\b(?:and|with)\b[^.;\n()]{0,40}|\s*&\s*", re.I)


def named_as_two(a, b, text: str) -> bool:
    """Some sentence sets the two side by side as two bodies."""
    for m in a.mentions:
        for n in b.mentions:
            first, second = (m, n) if m.start < n.start else (n, m)
            if first.end <= second.start and _SIDE_BY_SIDE.fullmatch(text[first.end:second.start]):
                return True
    return False


def one_body(a, b, text: str) -> bool:
    """a and b are one body by the module's evidence (either way round)."""
    if acronym_evidence(a, b, text) or acronym_evidence(b, a, text):
        return True
    return any(located_evidence(x, y) or spelling_evidence(x, y) for x in _full_forms(a) for y in _full_forms(b))


def join_same_bodies(kept: list, parties: set, people, text: str) -> list:
    """kept with each two institutions that are one body joined (institutions.merge_into: forms, mentions, party,
    roles), the one with the longer name taking the other in. Only pairs each of which fits no third: the
    evidence is read once, on the names as drafted, so that a join never makes a name fit a body it did not.
    A body known only from a title (implied) never takes in a listed one."""
    fits = {id(g): [h for h in kept if h is not g and one_body(g, h, text) and not named_as_two(g, h, text)]
            for g in kept}
    for g in list(kept):
        if len(fits[id(g)]) != 1 or g not in kept:
            continue
        other = fits[id(g)][0]
        if fits[id(other)] != [g] or other not in kept:
            continue
        target, absorbed = (other, g) if (len(other.name), other.name) >= (len(g.name), g.name) else (g, other)
        if target.implied and not absorbed.implied:
            continue
        merge_into(absorbed, target, parties, people)
        kept = [h for h in kept if h is not absorbed]
    return kept
