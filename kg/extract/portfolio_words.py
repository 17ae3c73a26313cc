"""Where a post's remit ends and the holder's name begins in one capitalised run.

'Minister for Universities and Research Anna Maria Bernini', 'Minister of Higher Education Khaled Abdel
Ghafar': the run after a post names its remit in words of general vocabulary (research, education,
welfare ...), then the name. A name of three words right after such a word is kept whole; without one
the reader keeps the last two words, since a remit word it does not know may stand before them.
"""

from functools import lru_cache

from kg.extract import vocab
from kg.extract.institutions import FIELD_WORDS, REMIT_WORDS
from kg.extract.side_bodies import PORTFOLIOS

# Words that name what a post or a ministry is for: general vocabulary, never a given name.
REMIT = PORTFOLIOS | REMIT_WORDS | FIELD_WORDS | {
    "research", "science", "sciences", "technology", "technologies", "innovation", "enterprise", "careers",
    "cooperatives", "economy", "development", "engagement", "partnerships", "academics", "security", "information",
    "communications", "communication", "administration", "operations", "marketing", "sales", "learning", "teaching",
    "students", "internationalisation", "internationalization", "energy", "mines", "mining", "digital",
    "transformation", "sport", "sports", "arts", "humanities", "universities", "schools", "diplomacy"}


def name_after_remit(words: list[str]) -> list[str] | None:
    """The name at the end of `words` (a run read back from its end, at most four words) when a remit
    word stands before its last three ('Research Anna Maria Bernini' -> 'Anna Maria Bernini'); None
    when no remit word is there."""
    cuts = [i for i, w in enumerate(words[:-2]) if w.lower() in REMIT]
    if not cuts or any(w.lower() in _common_words() for w in words[cuts[-1] + 1:-2]):
        return None        # ('Institute of Technology International A B': a word of the body's name)
    return words[cuts[-1] + 1:]


@lru_cache(maxsize=1)
def _common_words() -> frozenset:
    """Words of general vocabulary that go on a body's or a post's name, never a given name: the remit
    words, the words of the area scheme's labels and a few of scope."""
    words = {w for c in vocab.areas().values() for label in c.labels for w in label.lower().split()}
    return frozenset(words | REMIT | {"international", "national", "global", "regional", "general", "central", "state",
                                      "federal", "public", "private", "higher", "new", "city", "county", "provincial"})
