"""A recall pass of the people reader (kg.extract.people.NAME_PASSES): a name the learned name finder
(kg.extract.name_tagger) marks as a person with high probability, where no rule read one.

The tagger gives each token the probability that it is inside a person's name. The people reader's
own _read_name reads a name from each sure token on (the tagger's edges are the least sure part: it
often takes the word before, 'Science A B'); the name is added when every one of its tokens is sure.
It must not open with a sentence or role word, be a place, hold an organisation word, or touch a name
already read or any institution's mention. The person then goes through every later step of the
reader like any other name: its roles are read by the same role readers, and kept_name and the body
checks still apply, and it must be written as a participant's (_participant). Used while ENABLED and a
model file is there (on since session 22).
"""

import re

from kg.extract import name_shapes, name_tagger
from kg.extract.roles import wording_pattern
from kg.textnorm import fold

ENABLED = True
THRESHOLD = 0.5          # the lowest person probability over the name's tokens (session 22: 0.5 beat 0.6 on blind pages)
EDGE = 0.3               # a capitalised word or initial just before, this likely, still opens the name


# What makes a bare name a participant's and not a passer-by's ('Anna Berg, a graduate, spoke'): a title
# before it, a post written beside it, or a signing or speaking verb in its stretch of text.
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Engr|Sir|Dame|Hon|H\.\s?E|Assoc|Sheikh|Dato)\.?\s*$")
_TITLED_PARTNER = re.compile(r"^\s*(?:,|and|&)\s*(?:Dr|Prof|Professor|Mr|Mrs|Ms|Engr|Assoc|H\.\s?E)\.?\s")
_ACTION = re.compile(r"\b(?:sign\w*|ink\w*|said|says|stated|noted|added|explained|represent\w*|on behalf)\b", re.I)
# 'her sister's manager': a post of someone's relative or friend is no post at a body.
_KINS_POST = re.compile(r"\b(?:her|his|their|my|our)\s+\w+['’]s\s+$")
CONTEXT = 60             # characters either side of the name, within its line


def _participant(text: str, start: int, end: int) -> bool:
    if start and text[start - 1] == ".":
        return False                          # inside an abbreviation: 'U.S. Army'
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - CONTEXT):start]
    after = text[end:min(line_end, end + CONTEXT)]
    if _TITLE_BEFORE.search(before) or _TITLED_PARTNER.match(after) or _ACTION.search(before + " " + after):
        return True
    window = fold(before + " " + after)
    return any(not _KINS_POST.search(window[:m.start()]) for m in wording_pattern().finditer(window))


def _touches(start: int, end: int, spans) -> bool:
    return any(start < e and s < end for s, e in spans)


def _first_word(tokens, start: int, text: str) -> int:
    """Where the name that a sure token is in begins: the tagger is least sure of a name's first word
    ('Ismail' in 'Ismail A B') and of an initial ('M. A B')."""
    at = next(k for k, tok in enumerate(tokens) if tok[0] == start)
    first = start
    for k in range(at - 1, max(at - 5, -1), -1):
        s, e, p = tokens[k]
        if text[s:e] == "." or not text[s:e].strip():
            continue
        initial = e - s == 1 and text[e:e + 1] == "."          # the tagger has seen few: 'M. A B'
        if not text[s].isupper() or (p < EDGE and not initial) or text[e:tokens[k + 1][0]].count("\n"):
            break
        first = s
    return first


def learned_person_names(text: str, found: list, read_name, institutions, sentence_word) -> list:
    """(title start, start, end, titles) of each name the tagger adds."""
    if not ENABLED or not name_tagger.available():
        return []
    taken = [(s, e) for _, s, e, _ in found] + [(m.start, m.end) for i in institutions for m in i.mentions]
    tokens = name_tagger.person_probabilities(text)
    sure = {start: p >= THRESHOLD for start, _, p in tokens}
    extra = []
    for start, end, p in tokens:
        if not sure[start] or not text[start].isupper() or _touches(start, end, taken):
            continue
        first = _first_word(tokens, start, text)
        read = read_name(text, first) if first != start and not sentence_word(text, first) else None
        read = read if read and not _touches(read[0], read[1], taken) else read_name(text, start)
        if not read or _touches(read[0], read[1], taken) \
                or not all(sure[s] for s, e, _ in tokens if read[0] <= s and e <= read[1] and text[s].isalnum()) \
                or sentence_word(text, start) or name_shapes.place_not_person(text, read) \
                or any(name_shapes.organisation_word(w) for w in text[read[0]:read[1]].split()) \
                or not _participant(text, read[0], read[1]):
            continue
        extra.append((read[0], read[0], read[1], []))
        taken.append(read)
    return extra
