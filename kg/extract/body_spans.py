"""Generic span checks for names of governing bodies and for names cut short or split by case and 'and'.

These key on structure every English news text shares, not on wordings:
- a territory's name never runs on through 'and' into a possessive: "the People's Committee of Lorem and
  Ipsum's authorities" names the committee of Lorem, then the other side;
- a governing body's territory is read whole, with the lower-case word saying what kind of territory it
  is: "the People's Committee of Lorem province", "the government of Lorem County";
- a body's name written with a lower-case first word ("the government of Lorem County") is a name too
  when its head governs a territory that is named with a capital;
- two names that differ only by words saying what kind of territory ('state', 'province', 'State
  Government' / 'Government') are one body, when neither is a school's or a company's name;
- a name found with its first word cut off because the text wrote that word in lower case
  ('the provincial Enterprise Association' beside 'Provincial Enterprise Association') is that longer name;
- a side after 'and' made only of common words ('X Hospital and Health System') has no name of its own:
  the 'and' is inside the name before it.
"""

import re

# What kind of territory a place is; lower case after a body's 'of <Place>', or in front of 'Government'.
TERRITORY_KINDS = {"province", "city", "county", "state", "district", "prefecture", "region", "municipality",
                   "oblast", "commune", "ward", "town", "regency"}     # (an Indonesian kabupaten)
# Adjectives of those kinds written before a body's head ('Provincial People's Committee', 'State Government').
TERRITORY_ADJECTIVES = {"provincial", "municipal", "state", "city", "county", "district", "regional", "federal"}
# Heads of bodies that govern a territory.
GOVERNING_HEADS = r"(?:Committee|Government|Council|Administration|Authority|Assembly)"
_PLACE = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
_GOVERNING_OF = re.compile(r"\b" + GOVERNING_HEADS + r"\s+of\s+(?:the\s+)?(" + _PLACE + r")$")
_KIND_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(TERRITORY_KINDS)) + r")\b(?![’'-])")
# 'the government of Lorem County', 'the county government of Lorem State': the lower-case head, then its territory.
_LOWER_GOVERNMENT = re.compile(r"(?<![\w-])((?:(?:provincial|county|state|municipal|city|regional)\s+)?government\s+of\s+"
                               r"(?:the\s+)?(" + _PLACE + r"))")


def territory_written_whole(text: str, form: str) -> str | None:
    """'People's Committee of Lorem province' when the text writes the form 'People's Committee of Lorem'
    followed by a lower-case kind of territory; None otherwise."""
    if not _GOVERNING_OF.search(form):
        return None
    for m in re.finditer(r"(?<![\w-])" + re.escape(form), text):
        kind = _KIND_AFTER.match(text, m.end())
        if kind and kind.group(1).islower():
            return form + text[m.end():kind.end()]
    return None


# "People's Committee of the central province of Lorem": a lower-case word saying where the territory lies,
# its kind, then its name (a news agency's way of placing a province for foreign readers).
_KIND_OF_PLACE = re.compile(r"[ \t]+of\s+the\s+(?:[a-z]+[ \t]+){1,2}(?:" + "|".join(sorted(TERRITORY_KINDS))
                            + r")[ \t]+of[ \t]+(" + _PLACE + r")\b(?!['’])")


def kind_of_place_after(text: str, end: int, written: str) -> int:
    """End of a governing body's name whose territory is written after it as 'of the <where> <kind> of
    <Place>' ("People's Committee of the central province of Lorem"); `end` when nothing such follows."""
    if not re.search(r"\b" + GOVERNING_HEADS + r"$", written):
        return end
    m = _KIND_OF_PLACE.match(text, end)
    return m.end() if m else end


# 'the Lorem state government', 'Ipsum county government': a place, its lower-case kind, then the head.
# ('the Lorem County government': the kind written with a capital, as part of the place's name)
_PLACE_KIND_GOVERNMENT = re.compile(r"(?<![\w'’-])(" + _PLACE + r")[ \t]+((?:(?:state|county|provincial|city|municipal|regional|district)"
                                    r"[ \t]+|" + "|".join(r"(?<=%s )" % k for k in ("County", "Province", "State", "District", "Region", "Prefecture"))
                                    + r")"
                                    r"government)\b(?!['’])")


def lowercase_governments(text: str, is_country) -> list[tuple[int, int, str, str]]:
    """(start, end, written, 'institution') of 'government of <Place>' written with a lower-case head, where
    the place ends in a kind of territory ('Lorem County') or is a country, and of '<Place> state government'.
    Not a person's government ('the government of Prime Minister ...': a capitalised role is no place)."""
    from kg.extract.institutions import NOT_NAME_WORDS, ROLE_WORDS, TITLE_WORDS     # imported late: institutions imports this module
    found = []
    for m in _PLACE_KIND_GOVERNMENT.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in NOT_NAME_WORDS:
            words = words[1:]             # ('On Monday Lorem state government': the place is 'Lorem')
        if words and not any(w.lower() in ROLE_WORDS | TITLE_WORDS for w in words):
            start = m.end(1) - len(" ".join(words))
            found.append((start, m.end(2), text[start:m.end(2)], "institution"))
    for m in _LOWER_GOVERNMENT.finditer(text):
        place = m.group(2).split()
        while place and place[-1].lower() in ("and", "of"):
            place.pop()
        if not place or any(w.lower().rstrip(".") in ROLE_WORDS | TITLE_WORDS for w in place):
            continue
        if re.search(r"['’]s?$", place[-1]):
            continue              # "the government of Lorem's ...": a possessive, another noun phrase
        if place[-1].lower() in TERRITORY_KINDS or is_country(" ".join(place)):
            written = text[m.start(1):m.start(2)] + " ".join(place)
            if text.startswith(written, m.start(1)):
                found.append((m.start(1), m.start(1) + len(written), written, "institution"))
    return found


def cut_before_possessive_side(words: list[str], head: int, end: int, is_country) -> int:
    """Index of the last word of a governing body's name 'Committee of Lorem and Ipsum's' cut before 'and'
    when the words after it end in a possessive (a territory's name has no 'and'; a possessive opens the
    next noun phrase), unless 'Lorem and Ipsum' is a country's name ('Trinidad and Tobago')."""
    if not re.fullmatch(GOVERNING_HEADS, words[head]) or not re.search(r"['’]s$", words[end]):
        return end
    of = next((k for k in range(head + 1, end) if words[k] == "of"), None)
    joint = next((k for k in range(of + 1, end) if words[k] == "and"), None) if of is not None else None
    if joint is None:
        return end
    start = of + 1 + (words[of + 1].lower() == "the")
    whole = " ".join(words[start:end] + [re.sub(r"['’]s$", "", words[end])])
    return end if is_country(whole) else joint - 1


def _territory_key(words: set) -> set:
    return {w for w in words if w not in TERRITORY_KINDS | TERRITORY_ADJECTIVES}


def same_but_territory_kind(words_a: set, words_b: set, institution_heads: set) -> bool:
    """'Lorem' = 'Lorem state', 'Government of Lorem' = 'State Government of Lorem': the content words
    (lowered, without stopwords) differ only by kinds of territory, and no school's head is among them."""
    if words_a == words_b or not words_a or not words_b:
        return False
    core = _territory_key(words_a)
    if not core or core != _territory_key(words_b):
        return False
    schools = institution_heads - {"government", "authority", "union"}
    return not (words_a | words_b) & schools and bool(core - {"government", "committee", "council", "people", "s"})


def lowered_front(text: str, tail_mentions, longer_forms: list[str]) -> str | None:
    """The longer form that every mention of a tail name continues backwards in lower case ('provincial'
    + 'Enterprise Association' for 'Provincial Enterprise Association'); None unless exactly one fits."""
    fits = set()
    for form in longer_forms:
        for k in range(1, 3):
            words = form.split()
            if len(words) <= k:
                continue
            front, tail = " ".join(words[:k]), " ".join(words[k:])
            fronts = [text[max(0, m.start - len(front) - 1):m.start] for m in tail_mentions]
            # (a mention inside the longer name itself is read with its capital: 'Provincial Enterprise ...')
            ok = bool(tail_mentions) and all(f.lower() == front.lower() + " " for f in fronts) \
                and any(f == front.lower() + " " for f in fronts)
            if ok:
                fits.add(form)
    return next(iter(fits)) if len(fits) == 1 else None


def common_words_only(phrase: str, text: str, vocabulary: set) -> bool:
    """A capitalised phrase of common words only: each word is in a general vocabulary or is written in
    lower case elsewhere in the text ('Health System' beside '... a regional healthcare system')."""
    words = phrase.split()
    return len(words) >= 1 and all(w.lower() in vocabulary or re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?![\w-])", text)
                                   for w in words)


_GOVERNING_WORDS = {"government", "committee", "council", "administration", "authority", "people", "s", "of", "the"}


def governed_place(key: str) -> str | None:
    """'kitui' for 'government of kitui county', 'nebraska' for 'nebraska state' (a name key): the place
    a territory or its governing body is named by, when the name has no other word; None otherwise."""
    from kg.extract.institutions import _head_kind      # imported late: institutions imports this module
    words = key.split()
    rest = [w for w in words if w not in _GOVERNING_WORDS | TERRITORY_KINDS | TERRITORY_ADJECTIVES]
    if not rest or len(rest) == len(words) or any(_head_kind(w) for w in rest):
        return None       # ('lorem county hospital': a body named after its county)
    return " ".join(rest)


# Territory kinds written with a capital as part of a body's name: 'Lorem City Council', '... of Lorem Province'.
_CAPITAL_KINDS = {"City", "Province", "Provincial", "Municipal", "County", "District", "Town", "Prefecture",
                  "Prefectural", "Regional"}
# Committees and councils of a territory that do not govern it, or whose reading the gold leaves open
# (annotation guide, open questions: party committees).
_NOT_GOVERNING = {"party", "standing", "organizing", "organising", "steering", "executive", "olympic", "central",
                  "scientific", "advisory", "editorial", "ethics", "examination", "selection", "judging"}


def territory_council(words: list[str], i: int) -> bool:
    """'Lorem City Council', 'Ipsum Front Committee of Lorem City': a council or committee named with a
    territory (its kind written with a capital) is a body of that territory, not a university's unit."""
    if words[i].lower() not in ("council", "committee") or i == 0 or words[i - 1].lower() in _NOT_GOVERNING:
        return False
    if words[i - 1] in _CAPITAL_KINDS:        # 'Lorem City Council': a place's name before its kind
        return i >= 2 and words[i - 2][:1].isupper() and words[i - 2].lower() not in _NOT_GOVERNING
    if i + 2 < len(words) and words[i + 1] == "of":
        tail = words[i + 2:]
        # ('Committee of Lorem City', not 'Council of Lorem University City Campus')
        return len(tail) >= 2 and tail[-1] in _CAPITAL_KINDS - {"Provincial", "Municipal", "Prefectural", "Regional"} \
            and all(w[:1].isupper() or w in ("the",) for w in tail)
    return False


_GOVERNING_WORD = re.compile(r"(?:" + GOVERNING_HEADS + r"|Ministry|Department)$")


def governing_word(word: str) -> bool:
    """A head of a body that governs or serves a territory ('Department', 'Committee', 'Government')."""
    return bool(_GOVERNING_WORD.match(word))


def territory_kind_closes(run_words: list[str], token: str) -> bool:
    """A lower-case kind of territory ends a run that names a governing body and its place: the run holds
    such a head, then 'of', then the place's capitalised words ("Department of X of Lorem province")."""
    if token not in TERRITORY_KINDS or not run_words or not run_words[-1][:1].isupper():
        return False
    heads = [k for k, w in enumerate(run_words) if _GOVERNING_WORD.match(w)]
    return bool(heads) and "of" in run_words[heads[0] + 1:] and run_words[-1] != "of"


def without_territory_kind(form: str) -> str | None:
    """'People's Committee of Lorem' for 'People's Committee of Lorem province' (an alias: the gold may cut
    the territory either way)."""
    m = re.fullmatch(r"(.*\b" + GOVERNING_HEADS + r"\s+of\s+(?:the\s+)?" + _PLACE + r")[ \t]+(?:" + "|".join(sorted(TERRITORY_KINDS))
                     + r")", form)
    return m.group(1) if m else None


def without_people_names(institutions, names: list[str], text: str) -> None:
    """"People's Committee of Lorem Province Tran Van Binh": a name never ends in the name of a person the
    text names (two words or more; the role before it made the run go on). The form is cut before it and
    the institution's mentions found again."""
    from kg.extract.institutions import COMMON_NAME_WORDS, _head_kind, find_mentions     # (imported late)
    # (a 'person' read from a name's own words, 'Exchange Service', is none: its words say what kind of body)
    names = [n for n in names if len(n.split()) >= 2
             and not any(w.lower() in COMMON_NAME_WORDS or _head_kind(w) for w in n.split())]
    for inst in institutions:
        forms = [next((f[:-len(n) - 1] for n in names if f.endswith(" " + n) and len(f.split()) > len(n.split()) + 1), f)
                 for f in inst.forms]
        if forms != inst.forms:
            before = (inst.forms, inst.mentions)
            inst.forms = list(dict.fromkeys(forms))
            inst.mentions = find_mentions(text, inst.labels())
            if not inst.mentions:    # the cut form is not found as a name on its own: keep the whole one
                inst.forms, inst.mentions = before
    # 'Rector of the Lorem University Sok Dara' cut to 'Lorem University', already found on its own: one body.
    # (a role read before the cut may still point to the dropped copy; it carries the same name)
    # (by identity: two copies compare equal field by field)
    for k in range(len(institutions) - 1, 0, -1):
        inst = institutions[k]
        same = next((o for o in institutions[:k] if o.name == inst.name), None)
        if same is not None:
            same.forms = list(dict.fromkeys(same.forms + inst.forms))
            same.acronyms = list(dict.fromkeys(same.acronyms + inst.acronyms))
            same.mentions = find_mentions(text, same.labels())
            del institutions[k]
