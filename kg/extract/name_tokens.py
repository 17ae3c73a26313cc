"""Tokens and sequences for the learned name finder (kg.extract.name_tagger).

A token is a run of letters and digits (joined by an apostrophe or a hyphen: "O'Neil", "Jean-Paul")
or one other visible character; a full stop is its own token, so an initial "B." and a name ending a
sentence give the same word. A sequence is one line of the text: lines are the page's paragraphs,
short enough for the tagger and never crossing a heading.
"""

import re
from typing import NamedTuple

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|\S")


class Token(NamedTuple):
    start: int
    end: int
    word: str


def tokens(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def sequences(text: str) -> list[list[Token]]:
    """The tokens of each non-empty line, in order."""
    found, line_start = [], 0
    for line in text.split("\n"):
        row = [Token(t.start + line_start, t.end + line_start, t.word) for t in tokens(line)]
        if row:
            found.append(row)
        line_start += len(line) + 1
    return found
