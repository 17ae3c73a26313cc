"""Decide whether two written names denote the same institution (or person).

    name_key("The Hanoi University of Industry", drop_titles=True)  -> "hanoi university of industry"
    match("HaUI", [("haui", ["Hanoi University of Industry"])]) -> [("haui", 0.9, "acronym")]

Scores: 1.0 same key; 0.9 the same letters with other spacing or hyphens ('Thuy Loi University' =
'Thuyloi University' = 'Thuy-Loi University'), an acronym of the other name, or the same content
words in another word form, in any order (a translation: 'College of Industrial Techniques' =
'Industrial College of Technology'); below MERGE_THRESHOLD the pair is only a candidate for review
(content words of one are a subset of the other's, an acronym that needs a skipped word, or the very
same words led by another one: 'Washington University' and 'University of Washington' are two bodies). Names whose distinctive words differ ("Hanoi ..." vs "Viet Tri ...") never
reach the review floor, so two different institutions are not merged silently.
"""

from functools import lru_cache

from kg.names import STOPWORDS, acronym_fit, compact_key, is_acronym, name_key

MERGE_THRESHOLD = 0.85
REVIEW_FLOOR = 0.6
STEM_LENGTH = 5


@lru_cache(maxsize=65536)
def _content_stems(name: str) -> frozenset[str]:
    words = name_key(name, drop_titles=True).split()
    return frozenset(w[:STEM_LENGTH] for w in words if w not in STOPWORDS)


def _content_words(name: str) -> list[str]:
    return [w for w in name_key(name, drop_titles=True).split() if w not in STOPWORDS]


@lru_cache(maxsize=65536)
def score(a: str, b: str) -> tuple[float, str]:
    """Similarity of two names with the reason; 0.0 when unrelated."""
    ka, kb = name_key(a, drop_titles=True), name_key(b, drop_titles=True)
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
        words_a, words_b = _content_words(a), _content_words(b)
        if words_a[0] != words_b[0] and sorted(words_a) == sorted(words_b):
            # English names the private 'X University' and the public 'University of X' apart; a
            # translation that moves a word keeps the name's first word ('Hanoi Industry University')
            # or changes a word's form, and still merges
            return 0.7, "the same words with another first word"
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
