"""Untitled people in three list shapes of real press English, found by shape, never by name:

- a colon after a plural noun for people, then only names: 'Four exchange students from X attended
  the ceremony: A B, C D and E F' (every item must be a plain name, or none is read);
- a name led by initials, then a comma and a post: 'K. Raman, programme coordinator, ...' (initials make
  a capitalised run a person's name; a post after the comma confirms it);
- the second of a pair of people: 'Dr. A B and C D signed', the first found by its title or post (session 10);
- semicolon lists of 'Post, Name' items: 'The delegation includes the Provost, Prof. A; Director of X,
  C D; and Director of the Office of Y, E F.' (the post first, its holder after the comma).

Each reader returns mentions (start, start, end, []) that overlap no name or institution already found.
"""

import re

from kg.extract import roles as role_mod
from kg.extract.name_shapes import organisation_word, place_not_person

# Plural nouns for people that announce a list of names after a colon.
_PEOPLE_NOUNS = (r"students|delegates|members|representatives|participants|guests|officials|speakers|lecturers|"
                 r"researchers|scholars|trainees|interns|volunteers|winners|awardees|experts|teachers|professors|"
                 r"panellists|panelists|fellows|graduates|alumni")
# The noun, then only where they come from and that they were there ('from X attended the ceremony',
# 'of the delegation were'), then the colon: 'students won prizes in two categories:' lists no people.
_FROM = r"(?:\s+(?:from|of|at)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|&)\s+)?)*(?:[A-Z][\w&'’-]*|delegation|team))?"
_PRESENT = (r"(?:\s+(?:who\s+)?(?:attended|attending|joined|joining|present|were|are|was|included|include|includes|"
            r"took\s+part|participated|participating)(?:\s+(?:in\s+)?(?:the|this)\s+(?:ceremony|event|meeting|signing|"
            r"visit|programme|program|session|workshop|conference))?(?:\s+(?:were|are))?)?")
_COLON_LIST = re.compile(r"\b(?:%s)%s%s\s*:\s*" % (_PEOPLE_NOUNS, _FROM, _PRESENT), re.I)
_LIST_JOINT = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
_LIST_END = re.compile(r"\s*(?:[.;\n]|$)")


def _taken(found: list, institutions) -> list[tuple[int, int]]:
    return [(s, e) for _, s, e, _ in found] + [(m.start, m.end) for i in institutions for m in i.mentions]


def _overlaps(span, taken) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def _plain_name(text: str, pos: int, read_name, max_words: int = 4):
    """The span of a name of two to max_words words at pos with no organisation word, no word in capitals
    and no place reading ('Riverton Province'), else None."""
    span = read_name(text, pos, max_words=max_words)
    words = text[span[0]:span[1]].split() if span else []
    if not 2 <= len(words) <= max_words or any(organisation_word(w) or len(w) > 1 and w.isupper() for w in words) \
            or place_not_person(text, span):
        return None
    return span


def colon_list_names(text: str, found: list, read_name, institutions) -> list:
    """'Four exchange students from X attended the ceremony: A B, C D and E F.': two or more plain names
    and nothing else between the colon and the end of the sentence."""
    taken, extra = _taken(found, institutions), []
    for m in _COLON_LIST.finditer(text):
        names = _names_in_list(text, m.end(), read_name)
        if len(names) >= 2 and not re.match(r",?\s+respectively\b", text[names[-1][1]:]) and not any(_overlaps(s, taken) for s in names):
            extra += [(s, s, e, []) for s, e in names]
            taken += names
    return extra


# Initials then a surname (and perhaps one more name word), right after a sentence start, a comma or
# 'and' (never inside a capitalised run: 'Group A. Lorem').
_INITIALS_NAME = re.compile(r"(?:(?<=^)|(?<=[.;:!?]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s))(?:[A-Z]\.\s?){1,3}[A-Z][a-z]")
# After the name: a comma and a post of one to four words (lower case or an acronym before the head).
_POST_AFTER = re.compile(r",\s+(?:the\s+)?(?:[A-Za-z][\w&-]*\s+){0,3}?(%s)\b" % "|".join(sorted(role_mod.ROLE_HEAD_WORDS)),
                         re.I)


def initials_names(text: str, found: list, read_name, institutions) -> list:
    """'K. Raman, programme coordinator, Department of X, said': a name led by initials followed by a
    comma and a post."""
    taken, extra = _taken(found, institutions), []
    for m in _INITIALS_NAME.finditer(text):
        span = read_name(text, m.start(), max_words=4)
        if not span or _overlaps(span, taken) or organisation_word(text[span[0]:span[1]].split()[-1]):
            continue
        post = _POST_AFTER.match(text, span[1])
        if post and not re.search(r"[,;.]", post.group()[1:post.start(1) - post.start()]):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    return extra


# An item of a semicolon list: the post first (capitalised, a role word at its start), a comma, then the
# holder up to the item's end ('; and Director of the Office of X, E F.').
_POST_ITEM = re.compile(r"(?:(?<=;\s)|(?<=;\sand\s)|(?<=,\sand\s)|(?<=\sand\s))(?P<post>[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,12}?),\s+")


def semicolon_list_names(text: str, found: list, read_name, institutions) -> list:
    """Untitled holders in a list whose items are joined by semicolons: 'Post, A B; Post, C D; and Post, E F.'
    (only in a sentence with a semicolon, the post starting with a role word)."""
    taken, extra = _taken(found, institutions), []
    for m in _POST_ITEM.finditer(text):
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        if ";" not in text[sentence_start + 1:m.start()] or not role_mod.starts_with_role(m.group("post")):
            continue
        span = _plain_name(text, m.end(), read_name)
        if span and re.match(r"\s*(?:;|\.(?:\s|$)|$|\n)", text[span[1]:]) and not _overlaps(span, taken):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    return extra


# 'signed between Chief Secretary A on behalf of the state and B C representing Y': an untitled hand
# after 'between'/'and' in a sentence about signing, followed by the side they stand for.
_HAND_BEFORE = re.compile(r"\b(?:signed|inked|signing)\b[^.;\n]{0,160}?(?:\bbetween|\band)\s+$", re.I)
_HAND_AFTER = re.compile(r",?\s+(?:representing|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z]")


# 'signed by X and Y, represented by A B and C D respectively': the sides' hands after 'represented by'.
_REPRESENTED_BY = re.compile(r"\b(?:signed|inked)\b[^.;\n]{0,160}?\brepresented\s+by\s+")


def _names_in_list(text: str, pos: int, read_name) -> list:
    """Plain names joined by commas and 'and' from pos up to the list's end, or [] when an item is
    something else."""
    names = []
    while True:
        span = _plain_name(text, pos, read_name)
        if not span:
            return []               # an item that is not a plain name: the list is something else
        names.append(span)
        if _LIST_END.match(text, span[1]) or re.match(r",?\s+respectively\b", text[span[1]:]):
            return names
        joint = _LIST_JOINT.match(text, span[1])
        if not joint:
            return []
        pos = joint.end()


def representative_names(text: str, found: list, read_name, institutions) -> list:
    """Untitled names of two to four words that a signing sentence writes 'representing X' or 'on behalf
    of X' after 'between' or 'and', or lists after 'represented by'."""
    taken, extra = _taken(found, institutions), []
    for m in _REPRESENTED_BY.finditer(text):
        names = _names_in_list(text, m.end(), read_name)
        if names and not any(_overlaps(s, taken) for s in names):
            extra += [(s, s, e, []) for s, e in names]
            taken += names
    for m in _HAND_AFTER.finditer(text):
        start = re.search(r"(?:[A-Z][\w'’-]*\.?\s){1,4}$", text[max(0, m.start() - 60):m.start() + 1])
        if not start:
            continue
        pos = m.start() + 1 - len(start.group())
        span = _plain_name(text, pos, read_name)
        if span and span[1] == m.start() and _HAND_BEFORE.search(text[max(0, pos - 200):pos]) \
                and not _overlaps(span, taken):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    return extra


# Degree and order letters written after a name ('Dr. A DPA.', 'Professor A AO,'): nobody writes them
# after a short reference, so a titled one-word name they follow is a whole name (a mononym).
_LETTERS_AFTER = re.compile(r",?\s+(?:DPA|DBA|MP|MM|SH|SE|MSi|MPd|MA|MSc|PhD|Ph\.D\.?|MD|AO|AM|AC|CBE|OBE|MBE|KBE|"
                            r"FRS|FREng|FRSE)(?=[.,;:)]|\s+(?:[a-z]|$)|$)")


def lettered_mononym(person, people, text: str) -> bool:
    """A titled one-word name followed by degree or order letters at one of its mentions, no word of
    another person's name and no organisation word."""
    name = person.name
    return " " not in name and person.title_led and len(name) >= 3 and name[:1].isupper() and not name.isupper() \
        and not organisation_word(name) and any(_LETTERS_AFTER.match(text, end) for _, end in person.mentions) \
        and not any(name in p.name.split() for p in people if p is not person)


# A bulleted line opening with a name and a comma ('- A B, the hero of labour, Managing Director').
_BULLET_NAME = re.compile(r"^[ \t]*[-–•*·▪][ \t]+(?=[A-ZÀ-Ỵ])", re.M)


def bullet_names(text: str, found: list, read_name, institutions) -> list:
    """An untitled name opening a bulleted line when one of the line's comma-separated parts after it is
    a post ('Managing Director', 'the Vice Rector')."""
    taken, extra = _taken(found, institutions), []
    for m in _BULLET_NAME.finditer(text):
        span = _plain_name(text, m.end(), read_name)
        if not span or not text.startswith(",", span[1]) or _overlaps(span, taken):
            continue
        line_end = text.find("\n", span[1])
        parts = text[span[1] + 1:line_end if line_end >= 0 else len(text)].split(",")
        if any(role_mod.starts_with_role(re.sub(r"^\s*(?:the\s+)?", "", p)) for p in parts[:3]):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    return extra


# Who was there, listed after a cue of presence: 'Also present were', 'Present at the ceremony were',
# 'Attending the signing were', 'Among those present were', 'was attended by', 'guests included'.
_PRESENT_CUE = re.compile(r"(?:\b(?:[Aa]lso\s+)?(?:[Pp]resent|[Aa]ttending|[Ii]n\s+attendance)(?:\s+(?:at\s+)?the\s+[a-z]+(?:\s+[a-z]+)?)?|"
                          r"\b[Aa]mong\s+(?:those\s+)?(?:present|attending|the\s+guests))\s+(?:were|was)\s+|"
                          r"\b(?:attended|joined)\s+by\s+|"
                          r"\b(?:guests|attendees|participants)\s+included\s+|"
                          # a caption's order of the people in the picture: 'From left:', '(L-R)', 'Pictured from left are'
                          r"(?:\b[Pp]ictured\s+)?(?:\(?\b[Ff]rom\s+(?:left|right)(?:\s+to\s+(?:right|left))?\)?|"
                          r"\(\s*[Ll]\s*(?:-|–|to)\s*[Rr]\s*\)|\b[Ll]\s*(?:-|–|to)\s*[Rr]\b|\b[Ll]eft\s+to\s+right)"
                          r"\s*[:,]?\s+(?:(?:are|were|is)\s+)?")
# After a listed name: where the person comes from ('from X', 'of X'), a capitalised run without 'and'.
_ORIGIN = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w&'’.-]*)*")


# A list of names may close on people left unnamed: '..., C D and other officials'.
_OTHERS_TAIL = re.compile(r",?\s+and\s+(?:other|several|many|some|various|a\s+number\s+of|representatives|delegates|"
                          r"members|officials|leaders|staff|students|lecturers)\b")


# A caption's verb after the people it shows: 'From left: A, B and C sign the MoU', '... exchange the documents'.
_CAPTION_VERB = re.compile(r"\s+(?:sign|signs|signed|signing|exchange|exchanges|exchanged|exchanging|pose|posed|"
                           r"shake|shakes|hold|holds|holding|hand|hands)\b")


def present_list_names(text: str, found: list, read_name, institutions) -> list:
    """'Also present were A B from X and C D of Y.': untitled names listed after a cue of presence, each
    perhaps followed by where they come from, when every item is a name (titled names already found count)."""
    taken, extra = _taken(found, institutions), []
    titled = {title_start: end for title_start, _, end, _ in found}
    for m in _PRESENT_CUE.finditer(text):
        pos, names, ok = m.end(), [], False
        while True:
            end = titled.get(pos)
            if end is None:
                span = _plain_name(text, pos, read_name)
                if not span or _overlaps(span, taken):
                    break
                names.append(span)
                end = span[1]
            origin = _ORIGIN.match(text, end)
            end = origin.end() if origin else end
            if _LIST_END.match(text, end) or _OTHERS_TAIL.match(text, end) or _CAPTION_VERB.match(text, end) \
                    or re.match(r"\s+(?:at|during|after|in|on)\s+(?:the|a|an|this)\b", text[end:]):
                ok = True
                break
            joint = _LIST_JOINT.match(text, end)
            if not joint:
                break
            pos = joint.end()
        if ok and names:
            extra += [(s, s, e, []) for s, e in names]
            taken += names
    return extra


# What may follow the second of a pair of people: the end of a clause, a caption's side note, a verb of
# the event, or where the person comes from.
_PAIR_END = re.compile(r"\s*(?:[.,;:)]|$)|\s+\((?:left|right|centre|center|L|R)\)|"
                       r"\s+(?:signed|sign|signs|inked|exchanged|exchange|exchanges|attended|witnessed|"
                       r"represented|representing|jointly|also|respectively|from|on\s+behalf)\b")


def pair_partner_names(text: str, found: list, read_name, institutions) -> list:
    """'Dr. A B and C D signed the MoU', 'signed by Rector A B and C D.': a plain untitled name joined by
    'and' to a person already found is the second of the pair, when the clause ends right after it."""
    taken, extra = _taken(found, institutions), []
    for _, _, end, _ in sorted(found):
        side = re.match(r"\s*\((?:left|right|centre|center|L|R)\)", text[end:])
        joint = re.match(r"\s+and\s+(?=[A-ZÀ-Ỵ])", text[end + (side.end() if side else 0):])
        if not joint:
            continue
        span = _plain_name(text, end + (side.end() if side else 0) + joint.end(), read_name)
        if _not_a_new_name(text, span, taken) or not _PAIR_END.match(text, span[1]):
            continue
        extra.append((span[0], span[0], span[1], []))
        taken.append(span)
    return extra


def _not_a_new_name(text: str, span, taken) -> bool:
    """No span, one already taken, a place's or body's first word, or words the text also uses as common words."""
    return not span or _overlaps(span, taken) or text[span[0]:span[1]].split()[0].lower() in _NOT_FIRST_NAME \
        or _common_words(text[span[0]:span[1]], text[:span[0]] + text[span[1]:])


_PAIR_FIRST = re.compile(r"(?:^|[.;:]\s+|\n|\b(?:by|between|were|are)\s+)((?:[A-ZÀ-Ỵ][\w'’.-]*\s+){2,4})and\s+$")


def pair_first_names(text: str, found: list, read_name, institutions) -> list:
    """'A B and Dr. C D, Rector and President of X and Y respectively, signed': a plain untitled name that
    opens a clause (or follows 'by', 'between', 'were') and is joined by 'and' to a person already found
    whose post follows after a comma, in a clause that signs or says 'respectively': the first of the pair."""
    taken, extra = _taken(found, institutions), []
    for title_start, _, end, _ in sorted(found):
        clause = re.match(r",\s+(?:the\s+)?[A-Za-z][^.;\n]*", text[end:])
        if not clause:
            continue
        joint = _PAIR_FIRST.search(text, max(0, title_start - 80), title_start)     # ('^' only at the text's start)
        if not joint:
            continue
        pos = joint.start(1)
        opening = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("; ", 0, pos))
        if not re.search(r"\b(?:respectively|sign\w*|ink(?:s|ed)?)\b", text[opening + 1:pos] + clause.group()):
            continue           # (only a pair that signs, or whose posts are told 'respectively')
        span = _plain_name(text, pos, read_name)
        if _not_a_new_name(text, span, taken) or text[span[1]:title_start].strip() != "and":
            continue
        extra.append((span[0], span[0], span[1], []))
        taken.append(span)
    return extra


# Capitalised words that open a body's or a place's name, never a person's ('and Vietnam National ...').
_NOT_FIRST_NAME = {"north", "south", "east", "west", "new", "saint", "st", "san", "santa", "mount", "lake", "fort", "port"}


def _common_words(phrase: str, text: str) -> bool:
    """'and Quality Assurance': words of a topic or a body, each common (see body_spans.common_words_only)."""
    from kg.extract.body_spans import common_words_only
    from kg.extract.institutions import COMMON_NAME_WORDS
    return common_words_only(phrase, text, COMMON_NAME_WORDS)
