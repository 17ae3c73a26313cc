"""One-word names that open a signing sentence as its subject: 'Lorem signs agreement with Ipsum
University', 'Lorem has signed an MoU with ...' (a company or agency known by one word, no head noun,
not an acronym: `bare_parties` takes those).

Precision first, by the shape of the text only: the sentence (or headline) opens with the word, a
signing verb follows it and the partner comes after 'with'; the word is no common word, role, country
or city, is never written in lower case on the page (a word, not a name), and is never written right
after another capitalised word (a person's surname: 'Mr Lorem', 'Anna Lorem').
"""

import re

from kg.extract.place_names import known_place

_SUBJECT = re.compile(r"(?:^|(?<=[.!?\n])[ \t]*)(?P<name>[A-Z][a-z]+[A-Za-z]*(?:-[A-Z][a-z]+)?)\s+"
                      r"(?:has\s+|have\s+)?(?:officially\s+|formally\s+)?(?i:signs|signed|inks|inked)\s+"
                      r"[^.;\n]{0,60}?\bwith\s+(?:the\s+)?[A-Z]", re.M)


def sides(text: str, common_words: set) -> list[tuple[str, int, int]]:
    """(name, start, end) of each one-word subject of a signing shaped as above."""
    found = []
    for m in _SUBJECT.finditer(text):
        name = m.group("name")
        low = name.lower()
        if low in common_words or len(name) < 4 or known_place(name) or low.endswith("s") and low[:-1] in common_words:
            continue
        if re.search(r"(?<![\w/.@-])" + re.escape(low) + r"(?![\w-]|\.\w)", text):
            continue              # written in lower case too (not in a web address): a word ('Students sign ...')
        if re.search(r"(?<![\w.-])[A-Z][\w'’.]*[ \t]+" + re.escape(name) + r"(?![\w-])", text):
            continue              # 'Dr. Lorem', 'Anna Lorem': a person's surname, or the end of a longer name
        found.append((name, m.start("name"), m.end("name")))
    return found
