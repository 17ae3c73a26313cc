"""Other ways one page writes an institution's name that another page wrote in full, for matching
names across pages (kg.curation.known_entities) and for finding a known party named on a page
(kg.curation.duplicates).

    without_bracketed_acronym("Lorem Institute of Technology (LIT) Ipsum")
        -> "Lorem Institute of Technology Ipsum"
    acronym_and_rest("LIT Ipsum", "Lorem Institute of Technology Ipsum")   -> 0  (words skipped)
    reordered("Government of Lorem")  -> "Lorem Government";  reordered("Lorem University") -> "University of Lorem"

A reordered name is only a hint ('Washington University' and 'University of Washington' are two
universities): it is used to notice a party named on a page, never to resolve a name.
"""

import re

from kg.names import STOPWORDS, acronym_fit, is_acronym, tokens

BRACKETED = re.compile(r"\s*\(\s*([^()\s]+)\s*\)")
ACRONYM_HEAD = re.compile(r"\s*([^\s\-–]+)(?:\s*[-–]\s*|\s+)(\S.*)$")     # 'LIT Dolor', 'LIT-Dolor'
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


def reordered(name: str) -> str | None:
    """'Government of Lorem' <-> 'Lorem Government': a one-word head moved around 'of' (None otherwise)."""
    words = [w for w in tokens(name) if w != "the"]
    if len(words) >= 3 and words[1] == "of" and all(w not in STOPWORDS for w in words[2:]):
        return " ".join(words[2:] + words[:1])
    if 2 <= len(words) <= 4 and all(w not in STOPWORDS for w in words):
        return " ".join([words[-1], "of"] + words[:-1])
    return None


def spoken_forms(name: str) -> list[str]:
    """The name and the shorter forms other pages write for it: without its bracketed acronym, and
    the acronym followed by the words after it ('LIT Ipsum')."""
    forms = [name]
    bare = without_bracketed_acronym(name)
    if bare:
        forms.append(bare)
        m = BRACKETED.search(name)
        after = name[m.end():].strip(" ,")
        if after and is_acronym(m.group(1)):
            forms.append(f"{m.group(1)} {after}")
    return forms
