"""Sentences of a hard-wrapped page, for reading the place.

Some pages are saved with a line break every seventy or so characters, inside sentences ('... was held in
Meeting Room 9, 2nd⏎Floor, the Lorem Building,⏎Alpha University'). kg.extract.text.sentences() ends a sentence
at every line break, which cuts a venue at the wrap. On such a page a line that ends without a sentence's
closing mark goes on in the next line, so the place is read from the lines joined."""

import re

from kg.extract.text import Sentence, join_sentences

# a line break inside a sentence: the line before ends in a word or a comma, the next opens in lower case
_WRAP = re.compile(r"[\w,]\n(?=[a-z])")
# a page is hard-wrapped when it breaks a sentence this often (a headline over a lower-case line is one)
MIN_WRAPS = 3
# what closes a sentence at the end of a line ('.', '!', '?', ':', a closing quote or bracket after one)
_CLOSED = re.compile(r"[.!?:;][\"”’)]?$")


def hard_wrapped(text: str) -> bool:
    """The page breaks lines inside its sentences (three times or more)."""
    return len(_WRAP.findall(text)) >= MIN_WRAPS


def joined_wrapped(text: str, sents: list[Sentence]) -> list[Sentence]:
    """`sents` with each sentence that ends at a line break without a closing mark joined to the next one when
    that opens in lower case ('was signed⏎today at X') or, on a hard-wrapped page, in any case ('Room 9, 2nd⏎Floor')."""
    wrapped = hard_wrapped(text)
    # (a sentence split by a blank line too: 'was signed⏎⏎today at X')
    return join_sentences(text, sents, lambda prev, s, gap: not _CLOSED.search(prev.text) and "\n" in gap
                          and (s.text[:1].islower() or wrapped and "\n\n" not in gap))
