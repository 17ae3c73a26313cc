"""Untitled names that only their construction marks as people (session 10), in shapes of press
English that hold whatever the country:

- a name, 'of' and an institution found: 'signed by Tom Lund of Ipsum University and ...';
- a speaker: '"...," said Tom Lund', 'Tom Lund said the MoU ...', 'Speaking at the event, Tom Lund
  thanked ...' (a verb of speech right before or after the name, the name opening its clause), when the
  text refers to the name again as a person's ('he', 'her', 'Lund added');
- an occupation written like a title before the name: 'and Interpreter Nguyen Thi Lan', 'Researcher A B';
- the holder of the same post on the other side: "his Lorem counterpart Anna Berg".

Only plain names are read (two to four name words, no organisation word, no capitals, no place, not
all common words), and none overlapping a name or an institution already found.
"""

import re

from kg.extract.institutions import COMMON_NAME_WORDS
from kg.extract.roles import TITLE_WORDS
from kg.extract.listed_names import _NOT_FIRST_NAME, _common_words, _overlaps, _plain_name, _taken

# Words that open the name of a place or a body, never a person's (a plain name here has no title to
# vouch for it, so a few more than listed_names needs).
_NOT_FIRST = _NOT_FIRST_NAME | {"upper", "lower", "greater", "central", "royal", "grand", "great"}
# What stands right before a name that opens its clause: the text's start, a sentence's end, a line, a
# comma after an opening phrase, a closing quote.
_CLAUSE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|,\s+|[\"”’]\s*)$")
_SPEECH = r"(?:said|says|added|adds|noted|notes|stated|stressed|emphasised|emphasized|remarked|explained|affirmed)"
_SPEECH_BEFORE = re.compile(r"(?:[,\"”’]\s*|\s)" + _SPEECH + r"\s+(?=[A-ZÀ-Ỵ])")
_SPEECH_AFTER = re.compile(r"\s+(?:(?:also|further|then)\s+)?(?:" + _SPEECH[3:-1] + r"|thanked|welcomed|expressed|"
                           r"highlighted|underlined|praised|hoped|believed|shared|spoke)\b")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?")


def _plain(text: str, pos: int, read_name, taken):
    """A plain name at pos (see the module note), or None."""
    span = _plain_name(text, pos, read_name)
    if not span or _overlaps(span, taken) or text[span[0]:span[1]].split()[0].lower() in _NOT_FIRST \
            or any(w.lower() in TITLE_WORDS for w in text[span[0]:span[1]].split()) \
            or _common_words(text[span[0]:span[1]], text[:span[0]] + text[span[1]:]) \
            or re.search(r"\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir|of|in|at)\s+$", text[max(0, pos - 7):pos]):
        return None
    return span


def of_institution_names(text: str, found: list, read_name, institutions) -> list:
    """'signed by Tom Lund of Ipsum University and ...', 'Tom Lund of Ipsum University said': a plain name
    after 'by', 'and', 'with' or 'between', or opening its clause before a verb of speech or signing
    after the institution, then 'of' and the start of an institution's mention (a unit is written so too:
    'Quality Assurance of X' alone marks no person)."""
    taken, extra = _taken(found, institutions), []
    ends = {m.start: m.end for inst in institutions for m in inst.mentions}
    for m in re.finditer(r"(?<![\w'’.-])(?=[A-ZÀ-Ỵ])", text):
        slot = re.search(r"\b(?:by|and|with|between)\s+$", text[max(0, m.start() - 9):m.start()])
        if not slot and not _CLAUSE_START.search(text[max(0, m.start() - 3):m.start()]):
            continue
        span = _plain(text, m.start(), read_name, taken)
        of = _OF_BODY.match(text, span[1]) if span else None
        if of and of.end() in ends and (slot or _SPEECH_AFTER.match(text, ends[of.end()])
                                        or re.match(r"\s+(?:signed|inked)\b", text[ends[of.end()]:])):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    return extra


def speaker_names(text: str, found: list, read_name, institutions) -> list:
    """'"...," said Tom Lund' and 'Tom Lund said ...': a plain name right after a verb of speech and
    ending its clause, or opening its clause right before one."""
    taken, extra = _taken(found, institutions), []
    for m in _SPEECH_BEFORE.finditer(text):
        span = _plain(text, m.end(), read_name, taken)
        if span and re.match(r"\s*(?:[,.;]|$)", text[span[1]:]) and _referred_to_again(text, span):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    for m in re.finditer(r"(?<![\w'’.-])(?=[A-ZÀ-Ỵ])", text):
        if not _CLAUSE_START.search(text[max(0, m.start() - 3):m.start()]):
            continue
        span = _plain(text, m.start(), read_name, taken)
        if span and _SPEECH_AFTER.match(text, span[1]) and _referred_to_again(text, span):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    return extra


def _referred_to_again(text: str, span) -> bool:
    """A speaker is a person, not a newspaper or a place ('Tuoi Tre said', 'Mekong Delta said'), when the
    text refers to the name again as one: 'he', 'she', 'his' or 'her' in the next 200 characters, or the
    family name alone elsewhere ('Lund added', 'Mr Lund')."""
    family = text[span[0]:span[1]].split()[-1]
    if re.search(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b", text[span[1]:span[1] + 200]):
        return True
    return any(not (span[0] <= m.start() < span[1]) and not re.match(r"\s+[A-ZÀ-Ỵ]", text[m.end():])
               and not re.search(r"[A-ZÀ-Ỵ][\w'’-]*\s+$", re.sub(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$", "", text[:m.start()]))
               for m in re.finditer(r"(?<![\w'’-])" + re.escape(family) + r"(?![\w'’-])", text))


# Occupations written capitalised before a name like a title (not posts of an institution, which the role
# readers take): 'Interpreter Nguyen Thi Lan', 'Journalist A B', 'PhD student A B'.
_OCCUPATION = re.compile(r"\b(?:Interpreter|Translator|Researcher|Scientist|Engineer|Architect|Journalist|Reporter|"
                         r"Lawyer|Attorney|Teacher|(?:PhD|Doctoral|Graduate|Master's)\s+[Ss]tudent|Expert|"
                         r"Consultant|Economist|Artist|Writer|Author|Physician|Surgeon|Pharmacist|Nurse|Coach|"
                         r"Trainer|Volunteer|Entrepreneur|Businessman|Businesswoman)\s+(?=[A-ZÀ-Ỵ])")


def occupation_names(text: str, found: list, read_name, institutions) -> list:
    """'Other guests included ...; and Interpreter Nguyen Thi Lan.': a plain name right after an occupation
    written like a title, none of its words a common word of a body's name ('Expert Exchange Programme')."""
    taken, extra = _taken(found, institutions), []
    for m in _OCCUPATION.finditer(text):
        span = _plain(text, m.end(), read_name, taken)
        if span and not re.match(r"\s+(?:of|for)\s+[A-Z]", text[span[1]:]) \
                and not any(w.lower() in COMMON_NAME_WORDS for w in text[span[0]:span[1]].split()):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    return extra


# 'the minister and his Lorem counterpart Anna Berg': the holder of the same post on the other side,
# named right after the word
_COUNTERPART = re.compile(r"\bcounterparts?,?\s+(?=[A-ZÀ-Ỵ])")


def counterpart_names(text: str, found: list, read_name, institutions) -> list:
    """'his Ipsum counterpart Anna Berg met ...': a plain name right after 'counterpart'."""
    taken, extra = _taken(found, institutions), []
    for m in _COUNTERPART.finditer(text):
        span = _plain(text, m.end(), read_name, taken)
        if span and not re.match(r"\s+(?:of|for)\s+[A-Z]", text[span[1]:]):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    return extra
