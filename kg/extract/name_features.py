"""Features of each token for the learned name finder: the word, its shape and affixes, whether the
extractor's vocabularies know it (a title, a role word, a country, an institution's head noun, a name
particle), and the same for the two tokens either side."""

import re
from functools import lru_cache

from kg.extract import roles as role_mod
from kg.extract.institutions import COUNTRIES, INSTITUTION_HEADS, UNIT_HEADS
from kg.textnorm import fold


@lru_cache(maxsize=1)
def _people_words() -> tuple[frozenset[str], frozenset[str]]:
    """The people reader's title words and name particles ('de', 'bin')."""
    from kg.extract import people            # (people runs the tagger: imported late)
    return people._title_words(), frozenset(people.NAME_PARTICLES)


def shape(word: str) -> str:
    """'Nguyen' -> 'Xx', 'MoU' -> 'XxX', 'HUST' -> 'X', '2023' -> 'd', 'B' -> 'X1'."""
    if len(word) == 1 and word.isupper():
        return "X1"
    letters = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word)
    return re.sub(r"(.)\1+", r"\1", letters)


def _marks(word: str) -> list[str]:
    """The vocabularies that know the word."""
    low = fold(word.lower())
    titles, particles = _people_words()
    return [name for name, words in (("title", titles), ("role", role_mod.ROLE_START_WORDS),
                                     ("country", COUNTRIES), ("head", INSTITUTION_HEADS), ("unit", UNIT_HEADS),
                                     ("particle", particles)) if low in words]


def _own(word: str) -> list[str]:
    return [f"w={word.lower()}", f"shape={shape(word)}", f"p3={word[:3].lower()}", f"s3={word[-3:].lower()}",
            f"len={min(len(word), 6)}"] + _marks(word)


# Of a neighbour, only the word, its shape and the vocabularies (not its affixes): fewer, surer weights.
_NEIGHBOUR_KEYS = ("w=", "shape=", "title", "role", "country", "head", "unit")


def sequence_features(words: list[str]) -> list[list[str]]:
    """The features of each word (python-crfsuite takes a list of feature names per item)."""
    own = [_own(w) for w in words]
    out = []
    for i in range(len(words)):
        feats = ["bias"] + own[i]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(words):
                feats += [f"{d}:{f}" for f in own[j] if f.startswith(_NEIGHBOUR_KEYS)]
            else:
                feats.append(f"{d}:edge")
        out.append(feats)
    return out
