"""Names as keys: the one place that says how a written name becomes a comparable key, a slug or
an acronym. Character folding itself (case, diacritics, typographic quotes) is kg.textnorm.fold.

    tokens("Viet-Hung Industrial University & Co.")   -> ('viet', 'hung', 'industrial', 'university', 'and', 'co')
    name_key("The Hanoi University of Industry")      -> 'the hanoi university of industry'
    name_key("Assoc. Prof. Dr. Kiều Xuân Thực", drop_titles=True) -> 'kieu xuan thuc'
    slug("Trường Đại học Công nghiệp Hà Nội")          -> 'truong-dai-hoc-cong-nghiep-ha-noi'

Two uses of a key need different behaviour, so it is a parameter, not a second function:
- the exact key of an organisation's name (the ROR index stores it; `drop_titles=False`): a leading
  'Dr.' or 'Sir' is part of names such as 'Dr. Ram Manohar Lohia Avadh University', so nothing is dropped;
- the key of a name as an article writes it (extractor, reconciliation, evaluation; `drop_titles=True`):
  articles put titles before people ('Assoc. Prof. Dr. X') and 'the' before institutions, and
  neither says which entity is meant.

Two stopword lists, for the same reason: the extractor reads Vietnamese names, where 'da', 'do',
'le' are syllables of names (Đà Nẵng, Đỗ, Lê) that acronyms spell ('DNUT'); the registry compares
names written in many languages, where those are articles and prepositions.
"""

import re
from functools import lru_cache

from kg.textnorm import fold, strip_diacritics

_WORD = re.compile(r"\w+")

# Words that never identify an institution in the names articles write (English, plus 'de').
STOPWORDS = frozenset({"of", "and", "the", "for", "in", "at", "de", "a", "an", "on"})
# Function words of the languages ROR names are written in, for comparing registry names.
MULTILINGUAL_STOPWORDS = STOPWORDS | frozenset("""
    to by with
    del der des di du da do dos das la le les el y e et und fur zu van von voor
    va cua tai
""".split())

# Titles written before a person's name; 'h e' is 'H.E.' (His/Her Excellency) once tokenised.
TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "assoc", "associate", "professor", "msc", "phd", "sc",
                    "comrade", "eng", "h e", "madam", "sir", "ong", "ba", "the"})

# Leading words that do not change which organisation is meant: 'Trường Đại học X' (school of ...)
# is how Vietnamese news writes the university ROR lists as 'Đại học X'; likewise 'The X'.
_OPTIONAL_LEADING = ("the ", "truong ")

MAX_KEY_LENGTH = 60     # record keys (kg.curation.schema.KEY_PATTERN) minted from names stay readable


# Cached: the registry graph build and the noise checks fold the same ~150k names several times.
cached_fold = lru_cache(maxsize=262144)(fold)


@lru_cache(maxsize=262144)
def tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens, punctuation dropped, '&' read as 'and'."""
    return tuple(_WORD.findall(cached_fold(text).replace("&", " and ")))


@lru_cache(maxsize=262144)
def name_key(text: str, *, drop_titles: bool = False) -> str:
    """Exact-match key: folded, punctuation-insensitive ('&' reads as 'and'). With drop_titles,
    leading titles and 'the' are dropped too (see the module's note on the two uses)."""
    words = list(tokens(text))
    if drop_titles:
        while words:
            n = 2 if " ".join(words[:2]) in TITLES else 1 if words[0] in TITLES else 0
            if not n:
                break
            del words[:n]
    return " ".join(words)


def core_key(text: str) -> str:
    """name_key without an optional leading word: 'Trường Đại học Hà Nội' -> 'dai hoc ha noi'."""
    key = name_key(text)
    for lead in _OPTIONAL_LEADING:
        if key.startswith(lead) and len(key) > len(lead):
            return key[len(lead):]
    return key


@lru_cache(maxsize=65536)
def compact_key(text: str) -> str:
    """The article key without spaces: Vietnamese syllables are written apart or together
    ('Thuy Loi' = 'Thuyloi' = 'Thuy-Loi')."""
    return name_key(text, drop_titles=True).replace(" ", "")


def slug(text: str, *, max_length: int | None = MAX_KEY_LENGTH, fallback: str = "unnamed") -> str:
    """'Trường Đại học Công nghiệp Hà Nội' -> 'truong-dai-hoc-cong-nghiep-ha-noi': a record key
    (fits kg.curation.schema.KEY_PATTERN), cut at a word boundary after max_length characters (None: never),
    `fallback` when the text has no letter or digit."""
    out = ""
    for word in re.findall(r"[a-z0-9]+", fold(text)):
        candidate = f"{out}-{word}" if out else word
        if max_length is not None and len(candidate) > max_length and out:
            break
        out = candidate
    return (out[:max_length] if max_length is not None else out) or fallback


# ---------------------------------------------------------------- acronyms

def is_acronym(text: str) -> bool:
    """'HaUI', 'HCMUT', 'VNU-HUS': one token, at least two capitals, no spaces."""
    letters = re.sub(r"[-.]", "", text)
    return (" " not in text.strip() and 2 <= len(letters) <= 10 and letters.isalnum()
            and sum(c.isupper() for c in letters) >= 2)


@lru_cache(maxsize=65536)
def acronym_fit(acronym: str, name: str) -> int | None:
    """Number of words skipped when the acronym spells the name's significant words by their
    leading letters ('HaUI' = Ha-noi U-niversity I-ndustry); None when it does not fit."""
    letters = strip_diacritics(re.sub(r"[^A-Za-z]", "", acronym)).lower()
    words = [w for w in re.split(r"[\s\-–—/]+", strip_diacritics(name).lower())
             if w and w not in STOPWORDS and w != "&"]
    words = [re.sub(r"[^a-z0-9]", "", w) for w in words]
    best = None

    def walk(i, j, skipped):
        nonlocal best
        if best == 0:
            return
        if i == len(letters) and j == len(words):
            best = skipped if best is None else min(best, skipped)
            return
        if j == len(words):
            return
        if skipped < 1 and j > 0 and i < len(letters):        # skip one non-initial word ('City')
            walk(i, j + 1, skipped + 1)
        word = words[j]
        for k in range(1, min(len(word), len(letters) - i) + 1):
            if letters[i:i + k] != word[:k]:
                break
            walk(i + k, j + 1, skipped)

    if letters and len(words) >= 2:
        walk(0, 0, 0)
    return best


def initials(text: str) -> str:
    """'Wyzsza Szkola Bankowa' -> 'wsb': first letters of the words that are not stopwords in any
    language, to see whether a registry alias spells out an acronym."""
    return "".join(t[0] for t in tokens(text) if t not in MULTILINGUAL_STOPWORDS)


def acronym_of(name: str) -> str:
    """'Bình Dương University of Industry' -> 'BDUI': the acronym an institution would be given,
    from its capitalised words (the synthetic world writes these)."""
    words = [w for w in re.split(r"[\s\-–]+", strip_diacritics(name)) if w and w[0].isupper()]
    return "".join(w[0] for w in words).upper()
