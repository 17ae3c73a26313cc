"""Words in capitals inside a personal name that plain 'Capitalised Words' reading stops at
(session 10, shapes of press English from South Asia, the Philippines, France and the Arab world):

- initials written together before the name, with no title: 'KR Sharma', 'NC Lorem', 'ASM Ipsum Dolor';
- a family name in capitals after the given name: 'Anna LOREM', 'Jean-Paul IPSUM' (four letters or more:
  shorter capitals after a name are its letters, 'Anna Berg AO', 'A B MP');
- a generational suffix: 'Ambrosio B. Lorem II', 'Antonio Ipsum III';
- initials read as a degree after a title: 'Dr MA Khan';
- lowercase particles people.NAME_PARTICLES lacks: an Arabic article glued by a hyphen ('Ahmed Hussein
  al-Sobky', 'Omar el-Lorem') and Portuguese, Dutch and Italian ones before a capitalised word
  ('Ana dos Santos', 'Jan ter Ipsum', 'Anna della Lorem').

Capitals are also how acronyms are written, so each shape holds only when the same letters are never
used as an acronym in the text ('(NC)', 'the NC', "NC's", 'NC Board'), are no common word of a
capitalised headline ('MOU', 'SIGNS'), and are followed as a name word would be.
"""

import re

from kg.extract.institutions import NOT_ACRONYMS

_SUFFIXES = {"II", "III", "IV"}
# Capitalised words of a headline or a body's short name, never a family name.
_NOT_FAMILY = NOT_ACRONYMS | {"MOU", "MOA", "MOC", "LOI", "AND", "THE", "OF", "FOR", "WITH", "SIGN", "SIGNS", "SIGNED",
                              "IN", "AT", "TO", "ON", "NEW", "NEWS", "PHOTO", "VIDEO", "UPDATE", "UNIVERSITY",
                              "COLLEGE", "INSTITUTE", "AGREEMENT", "DEAL", "PACT", "TIES", "PARTNERSHIP", "USA",
                              "UN", "US", "ASEAN", "NASA", "WHO", "IIT", "NIT", "IIM"}
# Letters of an order, a fellowship or a degree written after a name ('Anna Berg AO', 'A B FRCP'); shorter
# letters ('MP', 'OBE', 'DPA') are never read as a family name (four letters or more, with a vowel, are).
_LETTERS_AFTER_NAME = {"FRCP", "FRCS", "FACS", "FAAS", "FNAE", "MBBS", "FRSE", "FRSC", "FIEEE", "IEEE", "FASSA",
                       "FTSE", "FAHMS", "FRACP", "FRACS", "FREng", "FRCPE", "FAIM", "FAICD", "GAICD", "FCPA", "FCCA",
                       "FICS", "FIET", "FIMA", "FNASc", "FASc", "FAMS", "FRAS", "FRGS", "FAAAS", "FAPS", "FAIP"}
# What follows the last word of a name: punctuation, a bracket, 'and', a lowercase word or the end.
_NAME_END = re.compile(r"(?:[,.;:)]|\s+\(|\s+and\b|\s+[a-z]|\s*$)")


def used_as_acronym(text: str, letters: str) -> bool:
    """The letters stand for a body somewhere in the text: in brackets, after 'the' or 'a', with a possessive,
    or before a capitalised word other than a name ('NC Board', 'KR Ipsum University')."""
    word = re.escape(letters)
    if re.search(r"\(\s*%s\s*\)|\b(?:the|an?)\s+%s\b|\b%s['’]s\b" % (word, word, word), text):
        return True
    return len({m.group(1) for m in re.finditer(r"(?<![\w.])%s\s+([A-Z][\w'’-]*)" % word, text)}) > 1


def suffix(text: str, start: int, end: int, count: int) -> bool:
    """'Lorem II' after two name words or more: a generational suffix that ends the name."""
    return count >= 2 and text[start:end] in _SUFFIXES and bool(_NAME_END.match(text, end))


def leading_initials(text: str, start: int, end: int, count: int) -> bool:
    """'KR Sharma', 'ASM Lorem Ipsum': two or three capitals opening an untitled name, followed by an
    ordinary name word, and never used as an acronym in the text."""
    letters = text[start:end]
    return count == 0 and 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper() \
        and letters not in _NOT_FAMILY and bool(re.match(r" [A-Z][a-z]{2,}", text[end:end + 5])) \
        and not used_as_acronym(text, letters)


def family_in_capitals(text: str, start: int, end: int, count: int) -> bool:
    """'Anna LOREM,' / 'Jean-Paul IPSUM and': a family name in capitals after one given name written in
    ordinary case, ending the name (after two, 'Tom Lund JAIST and', the capitals are a body's acronym)."""
    word = text[start:end]
    given = text[:start].split()[-1:] or [""]
    return count == 1 and 4 <= len(word) <= 14 and word.replace("-", "").isalpha() and word.isupper() \
        and bool(re.search(r"[AEIOUY]", word)) and word not in _LETTERS_AFTER_NAME \
        and bool(re.fullmatch(r"[A-Z][a-zà-ỹ'’]+(?:-[A-Za-zà-ỹ][a-zà-ỹ'’]+)*", given[0])) and word not in _NOT_FAMILY \
        and bool(_NAME_END.match(text, end)) and not used_as_acronym(text, word)


def capital_word(text: str, start: int, end: int, count: int) -> bool:
    """The word of capitals at text[start:end] is part of a name by one of the shapes above."""
    return suffix(text, start, end, count) or leading_initials(text, start, end, count) \
        or family_in_capitals(text, start, end, count)


def degree_as_initials(titles: list, name: str) -> bool:
    """'Dr MA Khan': letters read as a degree ('MA') between a title and a one-word name are the name's
    initials (a degree is written after a name, and the name would be left without a given name)."""
    return len(titles) >= 2 and bool(re.fullmatch(r"[A-Z]{2,3}", titles[-1])) and len(name.split()) == 1


_PARTICLES = {"dos", "das", "do", "ter", "ten", "den", "della", "dei", "degli", "ibn", "bint"}


def particle_word(text: str, start: int, end: int, count: int) -> bool:
    """A lowercase particle inside a name, after its first word: 'al-Sobky' (the article and the word it
    is glued to), or 'dos' before a capitalised word ('Ana dos Santos')."""
    word = text[start:end]
    if not count:
        return False
    if re.fullmatch(r"(?:al|el|ul|ad|as|ash|ar|an|at|az)-[A-Z][a-z'’]+", word):
        return True
    return word in _PARTICLES and bool(re.match(r" [A-Z][a-z]", text[end:end + 3]))
