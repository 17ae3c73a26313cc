"""Two written forms of one institution that the word-by-word comparison of institutions._same misses:
a one-word qualifier in front of a distinctive name, and an acronym made in another language's
word order or written after its parent's acronym."""

import re

from kg.extract.countries import demonym_codes
from kg.names import STOPWORDS, acronym_fit, is_acronym
from kg.registry.names import GENERIC_WORDS
from kg.textnorm import fold

# 'Chief Executive Officer', 'Managing Director', 'General Manager' written straight before the body's
# name, without 'of' ('Chief Executive Officer Lorem Foods Limited Babur ...'): a signer's title
LEADING_ROLE = re.compile(r"(?:(?:Chief|Executive|Operating|Financial|Technology|Technical)\s+){1,2}Officer\s+|"
                          r"(?:Managing|Executive)\s+Director\s+|General\s+Manager\s+|CEO\s+(?=[A-Z])")

# 'Egyptian', 'Japanese', 'Russian', 'Polish', 'Turkic', 'Iraqi': a nationality adjective
_DEMONYM = re.compile(r"[A-Z][a-z]{3,}(?:ese|ian|an|ish|ic|i)")
# 'Al-Farabi', 'Ibn-Sina': a person's name the institution is named after, written in one hyphenated word
_HYPHENATED_NAME = re.compile(r"[A-Z][a-z]*-[A-Z][a-z]+")


def qualified_form(short: str, long_: str, is_head) -> bool:
    """'Egyptian Minia University' = 'Minia University', 'Al-Farabi Kazakh National University' =
    'Kazakh National University': the long form is the short one with a nationality adjective or a
    hyphenated eponym in front. The short form must name one body by itself: its first word is a
    proper word (not 'National', 'State', a head noun or another nationality) and it ends in a head
    noun ('is_head'). A direction or 'New' in front is never taken ('Western Sydney', 'New York')."""
    s, l = short.split(), long_.split()
    if len(s) < 2 or len(l) != len(s) + 1 or l[1:] != s:
        return False
    prefix, first = l[0], s[0]
    if not (_DEMONYM.fullmatch(prefix) or _HYPHENATED_NAME.fullmatch(prefix)):
        return False
    first_key = fold(first)
    return first[:1].isupper() and first_key not in GENERIC_WORDS and first_key not in STOPWORDS \
        and not _DEMONYM.fullmatch(first) and not is_head(first) and is_head(s[-1])


def _letters(text: str) -> str:
    return "".join(sorted(fold(re.sub(r"[^A-Za-z]", "", text))))


def scrambled_acronym(acronym: str, name: str) -> bool:
    """'TSEU' for 'Tashkent State University of Economics': the initials of the name's words, every one
    used once, in another order (the acronym of the name in its own language). Four letters at least,
    so that two- and three-letter acronyms, which fit many names, never join this way."""
    words = [w for w in re.split(r"[\s\-–—/]+", name) if w and fold(w) not in STOPWORDS and w != "&"]
    letters = re.sub(r"[^A-Za-z]", "", acronym)
    return len(letters) >= 4 and letters.isupper() and len(words) == len(letters) \
        and all(w[:1].isupper() for w in words) and _letters(letters) == _letters("".join(w[0] for w in words))


def country_suffixed(form: str, countries) -> str | None:
    """'ABCI-Ghana', 'ABCI Kenya' -> 'ABCI': an acronym with the country of its national branch after it."""
    m = re.fullmatch(r"([^\s-]+)[\s-]+(.+)", form)
    if m and is_acronym(m.group(1)) and m.group(2).lower() in countries:
        return m.group(1)
    return None


def parent_prefixed(form: str) -> str | None:
    """'VNU-USSH' -> 'USSH': an acronym written after its parent's acronym and a hyphen."""
    parts = form.split("-")
    if len(parts) == 2 and all(is_acronym(p) for p in parts) and len(parts[1]) >= 3:
        return parts[1]
    return None


def acronym_and_own_head(inner: str, name: str) -> bool:
    """'Lorem Friendship University of Ipsum (LFUI University)': a bracket right after a name holding an
    acronym and the name's own head noun is the short name (the acronym may spell the name in another
    language, so its letters are not checked)."""
    words = inner.split()
    return len(words) == 2 and is_acronym(words[0]) and words[0].isupper() and words[1][:1].isupper() \
        and words[1] in name.split() and words[1].lower() in ("university", "college", "institute", "academy")


def national_inserted(short: str, long_: str, is_head) -> bool:
    """'Jeju University' = 'Jeju National University': one page writes a national university's name with
    and without 'National' before its head. The short form must be proper words and a head ('Lorem
    University'; never a generic word or a nationality first: 'Open University', 'Korean University')."""
    s, l = short.split(), long_.split()
    if len(s) < 2 or len(l) != len(s) + 1 or l[-2] != "National" or l[:-2] != s[:-1] or l[-1] != s[-1]:
        return False
    return is_head(s[-1]) and all(w[:1].isupper() and fold(w) not in GENERIC_WORDS and fold(w) not in STOPWORDS
                                  and not _DEMONYM.fullmatch(w) and not is_head(w) for w in s[:-1])


def fuller_form(short: str, long_: str, is_head, countries, subjects) -> bool:
    """'Lorem Medical College' = 'Lorem Medical College and Hospital', 'Lorem Friendship Union' = 'Lorem Union
    of Friendship Organizations': every word of the short form is in the long one, which only adds words
    that name no other body. Not when the words added carry a country ('Ministry of Health of Lorem' beside
    another country's ministry) or a subject ('Lorem University of Science' beside '... and Technology',
    a member university beside its parent), when the long form is the short one 'of' something ('Lorem
    University of Ipsum' is a specialised sibling), or when it adds a head noun anywhere but straight after
    the short form ('Ipsum University - Lorem University' is a member of its parent). The short form needs
    two words and one that names which body is meant (not 'National University')."""
    s_words, l_words = fold(short).lower().split(), fold(long_).lower().split()
    s_words = [re.sub(r"['’]s$|[^\w&-]", "", w) for w in s_words]
    l_words = [re.sub(r"['’]s$|[^\w&-]", "", w) for w in l_words]
    s_set, l_set = set(s_words) - STOPWORDS - {""}, set(l_words) - STOPWORDS - {""}
    if len(s_set) < 2 or not s_set < l_set or " ".join(s_words) in countries:
        return False
    if not any(w not in GENERIC_WORDS and w not in countries and not is_head(w) for w in s_set):
        return False
    added = l_set - s_set
    if added & subjects or any(w in countries for w in added) or " ".join(l_words).startswith(" ".join(s_words) + " of "):
        return False
    leads = l_words[:len(s_words)] == s_words
    return leads or not any(is_head(w) for w in added)


def acronym_and_head(short: str, acronyms: list, head_kind) -> bool:
    """'LIF Institute' beside 'Lorem Ipsum Foundation (LIF)': two words, an acronym another body is written
    with and a head noun (an institution's or a unit's), so the body itself or its unit: either way the
    institution is the one the acronym names. Nothing after the head ('LIF Institute of Law' may be another
    body), and the acronym written as the other body writes it."""
    words = short.split()
    return len(words) == 2 and is_acronym(words[0]) and words[0] in acronyms and head_kind(words[1]) is not None \
        and head_kind(words[1]) != "company"


def _plain_words(name: str) -> list[str]:
    """Folded words without their punctuation ('Co., Ltd.' -> 'co', 'ltd')."""
    return [w for w in (re.sub(r"[^\w&-]", "", x) for x in fold(name).lower().split()) if w]


def headless_leading_form(short: str, long_: str, head_kind, is_place) -> bool:
    """'Mulago' = 'Mulago National Referral Hospital', 'AstraZeneca' = 'AstraZeneca Vietnam Co., Ltd.': a
    name with no head noun of any kind (a body's, a unit's or a company's) written as the first words of a
    longer name that has one. The short name must be proper words (capitalised, no generic word, no
    acronym) and never a place: 'Lagos' or 'Lorem State' beside 'Lagos State University' may be the
    state itself."""
    words, long_words = short.split(), long_.split()
    s_words, l_words = _plain_words(short), _plain_words(long_)
    if not s_words or len(l_words) <= len(s_words) or l_words[:len(s_words)] != s_words:
        return False          # (the cheap test first: refers_to asks this of every name of the article)
    if not any(head_kind(w) is not None for w in long_words[len(words):]):
        return False
    if any(head_kind(w) is not None or w in demonym_codes() for w in words):
        return False          # ('Vietnamese' beside 'Vietnamese Ministry of Health' is a nationality)
    if not all(w[:1].isupper() and not is_acronym(w) and fold(w).lower() not in GENERIC_WORDS
               and fold(w).lower() not in STOPWORDS for w in words):
        return False
    # ('Sierra' cut from 'Sierra Leone')
    return not is_place(short) and not any(is_place(" ".join(long_words[:len(words) + k])) for k in (1, 2))


def acronym_before_place(acronym: str, long_: str, is_place) -> bool:
    """'IIT' = 'Indian Institute of Technology Guwahati': an acronym written alone that spells every
    word of the longer name but the place at its end (the campus's city, 'North Bangkok'). Three
    letters at least, so that two-letter acronyms, which fit many names, never join this way."""
    if not is_acronym(acronym) or len(re.sub(r"[^A-Za-z]", "", acronym)) < 3:
        return False
    words = long_.replace(",", " ").split()
    for cut in range(2, len(words)):
        if is_place(" ".join(words[cut:])) and acronym_fit(acronym, " ".join(words[:cut])) == 0:
            return True
    return False


def numbered_short_form(short: str, long_: str, is_head) -> bool:
    """'Lorem Polytechnic IV' = 'Lorem Polytechnic University IV': a numbered body (a Roman or Arabic number
    ends both names, the same one) written once without one of its head nouns. The short form keeps a head
    and a proper word, so 'Lorem University IV' and 'Lorem University II' stay two bodies."""
    s, l = short.split(), long_.split()
    if len(s) < 3 or len(l) != len(s) + 1 or s[-1] != l[-1] or not re.fullmatch(r"[IVX]+|\d+", s[-1]):
        return False
    dropped = [w for i, w in enumerate(l) if l[:i] + l[i + 1:] == s]
    return bool(dropped) and is_head(dropped[0]) and any(is_head(w) for w in s) \
        and s[0][:1].isupper() and fold(s[0]).lower() not in GENERIC_WORDS


# A head written first in another language and the English head it translates ('Universitas' -> University).
_HEAD_FIRST_ENGLISH = {"universiti": "university", "universitas": "university", "universidad": "university",
                       "universidade": "university", "université": "university", "universite": "university",
                       "universitat": "university", "universität": "university", "universita": "university",
                       "università": "university", "institut": "institute", "instituto": "institute",
                       "politecnico": "polytechnic"}
_FOREIGN_OF = {"de", "di", "do", "da", "des", "du", "del", "degli", "della", "dos", "das"}


def head_first_in_english(a: str, b: str) -> bool:
    """'Universitas Lorem' = 'Lorem University' = 'University of Lorem', 'Universidad de Lorem' = 'University of
    Lorem': a name with its head first in another language and the same words after it, written in English
    with the head last or before 'of'. The words must be the same ones in the same order (a word translated,
    'Negeri' for 'State', is no evidence the text gives)."""
    for foreign, english in ((a, b), (b, a)):
        words = foreign.split()
        head = _HEAD_FIRST_ENGLISH.get(fold(words[0]).lower()) if words else None
        rest = words[1:]
        while rest and fold(rest[0]).lower() in _FOREIGN_OF | {"studi"}:     # (degli Studi di: "of Studies of")
            rest = rest[1:]
        if not head or not rest or not all(w[:1].isupper() for w in rest):
            continue
        key = fold(" ".join(rest)).lower()
        plain = fold(re.sub(r"^[Tt]he\s+", "", english)).lower()
        if plain in (f"{key} {head}", f"{head} of {key}"):
            return True
    return False


def with_function_word_initials(acronym: str, name: str) -> bool:
    """'UoL' for 'University of Lorem', 'UoTL' for 'University of Technology Lorem': capitals for the name's
    words and a lower-case letter for each 'of'/'and'/'the' between them, every word used, in order."""
    letters = re.sub(r"[^A-Za-z]", "", acronym)
    words = [w for w in re.split(r"[\s\-–—/]+", fold(name)) if w and w != "&"]
    if not any(c.islower() for c in letters) or len(letters) != len(words) or len(words) < 3 \
            or all(w.lower() in GENERIC_WORDS | STOPWORDS for w in words):
        return False          # ('IoT' is never 'Institute of Technology': no word says which one)
    for letter, word in zip(letters, words):
        small = word.lower() in ("of", "and", "the", "for")
        if letter.lower() != word[0].lower() or letter.islower() != small:
            return False
    return True
