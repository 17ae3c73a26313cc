"""Other ways one page writes an institution's name that another page wrote in full, for matching
names across pages (kg.curation.known_entities) and for finding a known party named on a page
(kg.curation.duplicates).

    without_bracketed_acronym("Lorem Institute of Technology (LIT) Ipsum")
        -> "Lorem Institute of Technology Ipsum"
    acronym_and_rest("LIT Ipsum", "Lorem Institute of Technology Ipsum")   -> 0  (words skipped)
    reordered("Government of Lorem")  -> ["lorem government"]
    trimmed("Higher Education Department of Lorem and the")  -> "Higher Education Department of Lorem"

A reordered name is only a hint ('Washington University' and 'University of Washington' are two
universities): it is used to notice a party named on a page, never to resolve a name.
"""

import re

from kg.names import STOPWORDS, acronym_fit, is_acronym, tokens
from kg.textnorm import fold

BRACKETED = re.compile(r"\s*\(\s*([^()\s]+)\s*\)")
ACRONYM_HEAD = re.compile(r"\s*([^\s\-–]+)(?:\s*[-–]\s*|\s+)(\S.*)$")     # 'LIT Dolor', 'LIT-Dolor'
MAX_REORDERED = 5
MIN_ACRONYM_LETTERS = 3        # 'LIT Ipsum'; two letters ('LU Ipsum') spell too many names


def without_bracketed_acronym(name: str) -> str | None:
    """The name without an acronym written in brackets inside or after it, or None when it has none."""
    if not any(is_acronym(m.group(1)) for m in BRACKETED.finditer(name)):
        return None
    return re.sub(r"\s+", " ", BRACKETED.sub(lambda m: "" if is_acronym(m.group(1)) else m.group(), name)).strip()


def acronym_and_rest(short: str, full: str) -> int | None:
    """Words skipped when `short` is an acronym of `full`'s leading words followed by the rest of
    `full` as written ('UET Dolor' ~ 'University of Engineering and Technology Dolor': 0);
    None when it is not that shape."""
    m = ACRONYM_HEAD.match(short)
    if not m:
        return None
    head, rest = m.groups()
    letters = re.sub(r"[^A-Za-z]", "", head)
    rest_words, full_words = tokens(rest), tokens(full)
    if not rest_words or not is_acronym(head) or len(letters) < MIN_ACRONYM_LETTERS:
        return None
    if len(full_words) <= len(rest_words) or full_words[-len(rest_words):] != rest_words:
        return None
    return acronym_fit(head, " ".join(full_words[:-len(rest_words)]))


def reordered(name: str) -> list[str]:
    """'Government of Lorem' <-> 'Lorem Government', 'Higher Education Department of Lorem' <->
    'Lorem Higher Education Department': the words before 'of' moved after the rest, or back (every
    split of a name of at most MAX_REORDERED words, since which words are the head is not known)."""
    words = [w for w in tokens(trimmed(name)) if w != "the"]
    if words.count("of") == 1 and 0 < words.index("of") < len(words) - 1 and len(STOPWORDS.intersection(words)) == 1:
        i = words.index("of")
        return [" ".join(words[i + 1:] + words[:i])]
    if 2 <= len(words) <= MAX_REORDERED and not STOPWORDS.intersection(words):
        return [" ".join(words[i:] + ["of"] + words[:i]) for i in range(1, len(words))]
    return []


def trimmed(name: str) -> str:
    """The name without the function words a cut leaves at its end ('… of Lorem and the' -> '… of Lorem')."""
    words = name.split()
    while words and fold(words[-1]).strip(",.;:") in STOPWORDS:
        words.pop()
    return " ".join(words) or name


def spoken_forms(name: str) -> list[str]:
    """The name and the shorter forms other pages write for it: without its bracketed acronym, and
    the acronym followed by the words after it ('LIT Ipsum')."""
    name = trimmed(name)
    forms = [name]
    bare = without_bracketed_acronym(name)
    if bare:
        forms.append(bare)
        m = BRACKETED.search(name)
        after = name[m.end():].strip(" ,")
        if after and is_acronym(m.group(1)):
            forms.append(f"{m.group(1)} {after}")
    return forms
