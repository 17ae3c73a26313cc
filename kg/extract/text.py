"""Text helpers for the extractor: sentences with offsets, a folded copy that maps back to the
original characters, and verbatim quotes."""

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.textnorm import fold, normalise_for_quote

# Words whose trailing period does not end a sentence.
ABBREVIATIONS = {"dr", "prof", "assoc", "asst", "mr", "mrs", "ms", "msc", "sc", "co", "ltd", "no", "st", "jr",
                 "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                 "vs", "etc", "e.g", "i.e", "inc", "corp", "eng", "h.e", "ph.d", "m.sc", "u.s", "dept",
                 "ts", "ths", "gs", "pgs", "ks", "ncs", "gs.ts", "pgs.ts"}   # Vietnamese academic titles
ABBREVIATIONS |= {"asst", "asso", "profs", "drs", "engr", "smt", "ir", "sr"}     # more titles (kg.extract.honorifics)
ABBREVIATIONS |= {"m.a", "m.m", "m.h"}         # degrees before or after a name: 'were M.A. Tran Van A; ...'
ABBREVIATIONS |= {"bhg", "dato’", "dato'"}      # Malaysian honorifics: 'Y.Bhg. Prof. Dato’. Dr. A'
ABBREVIATIONS |= {"lt", "gen", "col", "capt", "maj", "brig", "rev", "fr", "msgr", "hon", "mme", "mdm",
                  "barr", "arc", "pharm", "gov", "mag", "m.s", "h.h",     # more titles (kg.extract.honorifics)
                  "md", "mohd", "muh",                                    # 'Md. Abdul Karim', 'Mohd. Ali': Mohammad
                  "atty", "arch", "usec", "asec", "dir", "bro", "sis", "cllr", "rep", "amb"}
ABBREVIATIONS |= {"pr", "doc", "mgr", "rndr", "phdr", "judr", "mudr", "paeddr", "bc"}   # titles (kg.extract.honorifics)
ABBREVIATIONS |= {"pvt", "pte", "sdn", "bhd"}  # legal forms (like "ltd"): 'Ltd.'/'Bhd.': 'Lorem Pvt. Ltd.'
ABBREVIATIONS |= {"pt"}     # an Indonesian company's form before its name: 'Director of PT. Lorem Ipsum, A B'
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]?\s)|\n")
MAX_QUOTE = 300


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Split on line breaks and on sentence-final punctuation that is not an abbreviation's period."""
    result, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() == ".":
            word = re.search(r"([\w.]+[’']?)$", text[start:m.start()])
            last = word.group(1).lower().rsplit(".", 1)[-1] if word else ""     # 'Assoc.Prof.Dr.'
            if word and (word.group(1).lower() in ABBREVIATIONS or last in ABBREVIATIONS or len(word.group(1)) == 1):
                continue
            if word and _initial_before_initial(word.group(1), text[m.end():m.end() + 4]):
                continue
            if word and re.fullmatch(r"[a-z]{1,2}[A-Z]", word.group(1)):
                continue           # 'Melinda dP. Bandalaria': a Filipino middle initial ('del Pilar')
            if word and _glued_initials_before_name(word.group(1), text[m.end():m.end() + 20]):
                continue
        _add(result, text, start, m.end())
        start = m.end()
    _add(result, text, start, len(text))
    return result


def _initial_before_initial(word: str, after: str) -> bool:
    """'Yu. S. Petrov': a one- or two-letter capitalised abbreviation followed by another initial is
    part of a name, not the end of a sentence."""
    return bool(re.fullmatch(r"[A-Z][a-z]?", word) and re.match(r"\s[A-Z]\.", after))


_OPENERS = {"The", "This", "These", "It", "He", "She", "We", "They", "In", "On", "At", "A", "An", "Both", "Under",
            "According", "After", "Before", "During", "Meanwhile", "Also"}


def _glued_initials_before_name(word: str, after: str) -> bool:
    """'Dr. R.K. Sharma': initials written without spaces, then a capitalised name word that does not
    open a sentence ('... in the U.K. The MoU ...' still ends one)."""
    nxt = re.match(r"\s([A-Z][a-z]+)\b", after)
    return bool(re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]", word)) and bool(nxt) and nxt.group(1) not in _OPENERS


def _add(result, text, start, end):
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped[0])
        result.append(Sentence(offset, offset + len(stripped), stripped))


def sentence_at(sents: list[Sentence], pos: int) -> Sentence | None:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return None


@lru_cache(maxsize=64)
def folded_with_map(text: str) -> tuple[str, tuple[int, ...]]:
    """fold() applied character by character: returns the folded string and, for every folded
    character, the index of the original character it came from (so matches map back)."""
    out, index = [], []
    for i, ch in enumerate(text):
        piece = " " if ch.isspace() else fold(ch)
        for c in piece:
            if c == " " and out and out[-1] == " ":
                continue
            out.append(c)
            index.append(i)
    return "".join(out), tuple(index)


def original_span(index: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    """Original [start, end) for the folded [start, end)."""
    return index[start], index[end - 1] + 1


def quote(text: str, start: int, end: int, sents: list[Sentence] | None = None) -> str:
    """The sentence around text[start:end], cut to a window of MAX_QUOTE characters at word
    boundaries when the sentence is long. Always a verbatim substring of text."""
    sent = sentence_at(sents or sentences(text), start)
    lo, hi = (sent.start, sent.end) if sent else (start, end)
    hi = max(hi, end)
    if hi - lo > MAX_QUOTE:
        margin = max(0, (MAX_QUOTE - (end - start)) // 2)
        new_lo, new_hi = max(lo, start - margin), min(hi, end + margin)
        while new_lo > lo and not text[new_lo - 1].isspace():
            new_lo += 1
            if new_lo >= start:
                new_lo = start
                break
        while new_hi < hi and not text[new_hi].isspace():
            new_hi -= 1
            if new_hi <= end:
                new_hi = end
                break
        lo, hi = new_lo, new_hi
    return text[lo:hi].strip()


def quote_occurs(quote_text: str, source: str) -> bool:
    """True when quote_text occurs in source, whitespace- and typographic-quote-insensitively."""
    return normalise_for_quote(quote_text) in normalise_for_quote(source)


def join_sentences(text: str, sents: list[Sentence], joins) -> list[Sentence]:
    """`sents` with each sentence merged into the one before it when joins(previous, sentence, gap between) says
    they are one sentence split by the page's line breaks."""
    result = []
    for s in sents:
        prev = result[-1] if result else None
        if prev and joins(prev, s, text[prev.end:s.start]):
            result[-1] = Sentence(prev.start, s.end, text[prev.start:s.end])
        else:
            result.append(s)
    return result


def join_wrapped(text: str, sents: list[Sentence]) -> list[Sentence]:
    """Join a line that ends in 'and' with the next line ('Chairman A and' / 'Mr. B, ... signed'): a page
    wrapped by hand, one sentence; a blank line between them still ends it."""
    return join_sentences(text, sents, lambda prev, s, gap: re.search(r"\s(?:and|&)$", prev.text)
                          and re.fullmatch(r"[^\S\n]*\n[^\S\n]*", gap))
