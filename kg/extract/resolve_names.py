"""Decide whether two written names denote the same institution (or person).

    name_key("The Hanoi University of Industry")  -> "hanoi university of industry"
    match("HaUI", [("haui", ["Hanoi University of Industry"])]) -> [("haui", 0.9, "acronym")]

Scores: 1.0 same key; 0.9 the same letters with other spacing or hyphens ('Thuy Loi University' =
'Thuyloi University' = 'Thuy-Loi University'), an acronym of the other name, or the same content
words in another order or another word form (Technical/Techniques/Technology); below MERGE_THRESHOLD the pair is only a
candidate for review (content words of one are a subset of the other's, or an acronym that needs
a skipped word). Names whose distinctive words differ ("Hanoi ..." vs "Viet Tri ...") never
reach the review floor, so two different institutions are not merged silently.
"""

import re
from functools import lru_cache

from kg.textnorm import fold, strip_diacritics

MERGE_THRESHOLD = 0.85
REVIEW_FLOOR = 0.6
STOPWORDS = {"of", "and", "the", "for", "in", "at", "&", "de", "a", "an", "on"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "assoc", "associate", "professor", "msc", "phd", "sc",
              "comrade", "eng", "h.e", "madam", "sir", "ong", "ba"}
STEM_LENGTH = 5
_WORD = re.compile(r"[\w&]+(?:\.[\w]+)*\.?")


@lru_cache(maxsize=65536)      # pure; called for every pair of names
def name_key(name: str) -> str:
    """Fold, drop punctuation, a leading 'the' and leading honorifics."""
    words = [w.strip(".") for w in _WORD.findall(fold(name))]
    while words and (words[0] in HONORIFICS or words[0] == "the"):
        words.pop(0)
    return " ".join(w for w in words if w)


@lru_cache(maxsize=65536)
def compact_key(name: str) -> str:
    """name_key without spaces and hyphens: Vietnamese syllables are written apart or together."""
    return re.sub(r"[\s\-–—]+", "", name_key(name))


@lru_cache(maxsize=65536)
def _content_stems(name: str) -> frozenset[str]:
    words = re.split(r"[\s\-–—/]+", name_key(name))
    return frozenset(w[:STEM_LENGTH] for w in words if w and w not in STOPWORDS)


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
             if w and w not in STOPWORDS]
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


@lru_cache(maxsize=65536)
def score(a: str, b: str) -> tuple[float, str]:
    """Similarity of two names with the reason; 0.0 when unrelated."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0, "empty"
    if ka == kb:
        return 1.0, "same name"
    if compact_key(a) == compact_key(b):
        return 0.9, "same name with other spacing or hyphens"
    for short, long_ in ((a, b), (b, a)):
        if is_acronym(short.strip()) and not is_acronym(long_.strip()):
            fit = acronym_fit(short.strip(), long_)
            if fit == 0:
                return 0.9, "acronym"
            if fit == 1:
                return 0.7, "acronym with a skipped word"
    sa, sb = _content_stems(a), _content_stems(b)
    if sa == sb:
        return 0.9, "same content words"
    if sa and sb and (sa < sb or sb < sa) and min(len(sa), len(sb)) >= 2:
        return 0.7, "content words of one are a subset of the other's"
    overlap = len(sa & sb) / max(1, len(sa | sb))
    return round(overlap * 0.5, 2), "few shared words"


def match(name: str, known: list[tuple[str, list[str]]]) -> list[tuple[str, float, str]]:
    """Candidates among known (key, labels) for name, best first. A reason starting with
    'review:' means the score is below MERGE_THRESHOLD: a person should decide."""
    results = []
    for key, labels in known:
        best = max((score(name, label) for label in labels), default=(0.0, ""))
        if best[0] >= REVIEW_FLOOR:
            reason = best[1] if best[0] >= MERGE_THRESHOLD else "review: " + best[1]
            results.append((key, best[0], reason))
    return sorted(results, key=lambda r: (-r[1], r[0]))


def decide(name: str, known: list[tuple[str, list[str]]]) -> tuple[str, str | None]:
    """('merge', key) when exactly one candidate clears the threshold, ('review', key) for a
    doubtful or ambiguous best candidate, ('new', None) otherwise."""
    found = match(name, known)
    if not found:
        return "new", None
    sure = [r for r in found if r[1] >= MERGE_THRESHOLD]
    if len(sure) == 1 or (sure and sure[0][1] > sure[1][1]):
        return "merge", sure[0][0]
    return "review", found[0][0]
