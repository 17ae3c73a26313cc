"""People named in an article, their titles, and the roles written next to their names.

A person is found after titles ('Assoc. Prof. Dr. Le Hong Quan', 'comrade Dao Duc Quang') or
after a role wording ('Vice President Thai Doan Thanh'). Roles are read after the name
('X, Rector of Y', 'X – Deputy Secretary ..., Principal of the school') or before it
('Rector of Y Dr. X', 'President MUN Dr Neil Bose').
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract import (comma_posts, counterparts, honorifics, listed_names, name_shapes, post_run_names, post_signers,
                        respectively, role_cues, role_owner, role_sides, role_territory, signers)
from kg.extract import background_people, bare_posts, bracket_names, list_sides, mixed_lists, name_letters, short_forms
from kg.extract import learned_names
from kg.extract import body_comma_posts, comma_owner_posts, glued_posts, minister_ministries, plain_names, role_kinds
from kg.extract.portfolio_words import REMIT
from kg.extract import roles as role_mod
from kg.extract import text as text_mod
from kg.extract import vocab
from kg.extract.institutions import COUNTRIES, INSTITUTION_HEADS, NOT_ACRONYMS, UNIT_HEADS, Institution, Mention, refers_to
from kg.names import is_acronym
from kg.extract.vietnamese_names import starts_with_family_name
from kg.textnorm import fold

EXTRA_TITLES = ["Assoc. Prof.", "Assoc.Prof.", "Associate Professor", "Asst. Prof.", "Asst.Prof.", "Assistant Professor",
                "MA.", "M.A.", "MBA.", "Ing.", "Doc.", "Dipl.-Ing.", "Prof.", "Prof", "Professor",
                "Dr. Sc.", "Dr.Sc.", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Ms.", "MSc.", "M.Sc.", "PhD",
                "Ph.D.", "Eng.", "comrade", "Comrade", "H.E.", "His Excellency", "Her Excellency", "Sc.",
                # Vietnamese abbreviations: Giáo sư, Phó Giáo sư, Tiến sĩ, Thạc sĩ, Kỹ sư, Nghiên cứu sinh
                "GS.TS.", "PGS.TS.", "GS.", "PGS.", "TS.", "ThS.", "KS.", "NCS.", "Dato'", "Datuk", "Tan Sri"]
EXTRA_TITLES += honorifics.MORE_TITLES
# Capitalised words that never belong to a person's name.
NOT_NAME = {"the", "of", "and", "vice", "deputy", "rector", "president", "director", "dean",
            "chairman", "secretary", "principal", "chancellor", "head", "on", "in", "at", "mou",
            "research", "external", "international", "affairs", "relations", "studies", "office",
            "board", "party", "committee", "council", "cooperation", "training", "science",
            "linkages", "graduate", "faculty", "department", "centre", "center", "school",
            "ambassador", "minister", "signing", "ceremony", "associate", "university", "college",
            "specialist", "counsellor", "officer", "manager", "coordinator", "representative", "attaché"}
NOT_NAME |= honorifics.NOT_NAME_WORDS
NAME_PARTICLES = {"de", "van", "von", "der", "da", "di", "del", "du", "la", "le", "bin", "binti", "ben"}   # "ben": Arabic "son of"
NAME_STOP_TITLES = {"dr", "prof", "mr", "mrs", "ms", "assoc", "msc", "eng", "phd"}
SIGN_VERBS = re.compile(r"\b(signed|sign|signs|inked|ink|inks|as\s+(?:the\s+)?signatories|"   # '... as the signatories'
                        r"signing(?=\s+(?:(?:the|an|a)\s+)?(?:mou|moa|agreement|memorandum|document|contract|deal)\b)|"
                        + signers.OTHER_SIGN_VERBS + r")\b", re.I)      # 'put pen to paper', 'entered into'
NOT_SIGNER_CUES = re.compile(r"\b(led by|witness\w*|attend\w*|present|delegation|visited)\b", re.I)


@dataclass
class RoleFound:
    role: str
    institution: Institution | None
    start: int = 0
    anaphoric: bool = False
    plural: bool = False           # 'Vice Presidents A and B': the role goes to each person listed
    anaphor: str | None = None     # 'Rector of the university': the noun that points back
    implied_by: str | None = None  # the context that gave the institution when the role names none
    written_owner: Institution | None = None   # 'ABC Director of X': the body written before the post


@dataclass
class Person:
    name: str
    titles: list = field(default_factory=list)
    roles: list = field(default_factory=list)          # RoleFound
    mentions: list = field(default_factory=list)       # (start, end)
    affiliation: Institution | None = None
    header_side: Institution | None = None              # 'On behalf of X, ...' opening the person's sentence
    signed: bool = False
    title_led: bool = False


@lru_cache(maxsize=1)
def _title_labels() -> frozenset[str]:
    """Every title written before a name: EXTRA_TITLES and the labels of roles.ttl's titles."""
    return frozenset(EXTRA_TITLES) | {l for c in vocab.titles().values() for l in c.labels}


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern:
    labels = {l for l in _title_labels() if len(l) >= 2 or l in EXTRA_TITLES}
    alternatives = "|".join(re.escape(l) for l in sorted(labels, key=len, reverse=True))
    # every title must be followed by a space; a bare title without period needs a word boundary
    return re.compile(r"(?<![\w.])((?:(?:%s)(?<=\.)\s*|(?:%s)\s+)+)" % (alternatives, alternatives))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(w.lower().strip(".()") for label in _title_labels() for w in label.split())


def _only_title_words(name: str) -> bool:
    """A 'name' made only of title words is a title read where a name was expected ('Engr. Professor, A B')."""
    words = [w.lower().strip(".,()") for w in name.split()]
    return bool(words) and all(w in _title_words() for w in words)


def _split_titles(block: str) -> list[str]:
    labels = sorted(_title_labels(), key=len, reverse=True)
    result, rest = [], block.strip()
    while rest:
        for label in labels:
            if rest.startswith(label):
                if label == "Sc." and result and result[-1].startswith("Dr"):
                    result[-1] = result[-1] + " Sc."
                else:
                    result.append(label)
                rest = rest[len(label):].strip()
                break
        else:
            break
    return result


_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")


def _read_name(text: str, start: int, max_words: int = 5, after_title: bool = False) -> tuple[int, int] | None:
    """Capitalised words from start, separated by single spaces, that are not role/unit words.
    Right after a title a first name may be a role word ('Prof. Dean Lewis, President')."""
    end, pos, count, particles = start, start, 0, 0
    for m in _NAME_TOKEN.finditer(text, start):
        if m.start() < pos:
            continue              # inside initials read at once ('R.K.')
        if m.start() != pos or count - particles >= max_words:
            break
        cut, stop = name_shapes.cut_token(text, m.start(), m.end())     # 'Hoon-Rector', "Park's"
        word = text[m.start():cut]
        low = word.lower()
        first_name = after_title and count == 0 and re.match(r" [A-Z][a-z]+\b(?! of\b)", text[m.end():]) \
            and low in NOT_NAME and low in role_mod.ROLE_START_WORDS and not re.match(r" (?:of|for)\b", text[m.end():]) \
            and text[m.end() + 1:].split(" ", 1)[0].strip(",.").lower() not in NOT_NAME
        if first_name:
            pass
        elif word == "The" and count and starts_with_family_name(text[start:]) \
                and (re.match(r" [A-Z][a-z]+\b", text[m.end():])
                     and text[m.end() + 1:].split(" ", 1)[0].strip(",.;").lower() not in NOT_NAME | INSTITUTION_HEADS
                     or count == 2 and text.startswith(",", m.end())):
            pass                  # 'Tran The Son', 'Phan Quang The,': the Vietnamese name word Thế without its accent
        elif count and re.fullmatch(r"[a-z]{1,2}[A-Z]", word) and re.match(r"\. [A-Z]", text[m.end():m.end() + 3]):
            end, pos = m.end() + 1, m.end() + 2         # 'Melinda dP. Bandalaria': a middle initial
            continue
        elif name_shapes.syllable_like_word(text, m.start(), m.end(), count, after_title):
            pass                  # 'Dr. Kim In Chul': a Korean given-name syllable spelt like 'in'
        elif low in NAME_PARTICLES and count and re.match(r"(?: (?:%s))* [A-Z]" % "|".join(NAME_PARTICLES),
                                                          text[m.end():]):
            pass                  # 'Elisabeth Claverie de Saint Martin', 'Tim van der Hagen'
        elif name_letters.particle_word(text, m.start(), cut, count):
            pass                  # 'Ahmed Hussein al-Sobky', 'Ana Maria dos Santos'
        elif count and word[0].isupper() and (low in INSTITUTION_HEADS or low[:-1] in INSTITUTION_HEADS):
            return None           # 'Dr. Ram Lohia Avadh University', 'Sheikh Khalifa Hospitals': a body named after a person
        # (a post's remit is no name word: 'County Executive for Education A B', 'Vice-Chancellor Global Development')
        elif not word[0].isupper() or low in NOT_NAME or low in INSTITUTION_HEADS or low in NAME_STOP_TITLES \
                or low in REMIT \
                or (low.endswith("s") and low[:-1] in NOT_NAME) \
                or (len(word) > 1 and word.isupper()
                    and not name_shapes.capital_name_word(text, m.start(), cut, count, after_title)
                    and not name_letters.capital_word(text, m.start(), cut, count)):
            break
        end, count = cut, count + 1
        stop = stop or name_letters.suffix(text, m.start(), cut, count - 1)     # 'Lorem II' ends the name
        particles += low in NAME_PARTICLES | {"al", "el"} and count > 1    # 'Ghaleb Ali Al Hadrami Al Breiki'
        if stop:
            break
        if name_shapes.initial_gap(text, m.start(), m.end()):     # 'R. K. Menon'
            pos = m.end() + 2
            particles += count > 1       # a middle initial is no word of the limit: 'Ana Maria L. Lorem II'
            continue
        glued = name_shapes.glued_initials(text, m.start()) if count == 1 else 0
        if glued:                                                 # 'R.K. Sharma', 'A.K.M. Rahman'
            end, pos = m.start() + glued - 1, m.start() + glued
            continue
        if len(word) <= 2 and word[0].isupper() and re.match(r"\. [A-Z]", text[m.end():m.end() + 3]) \
                and count < max_words:
            end, pos = m.end() + 1, m.end() + 2      # an initial: 'R. Srinivasan', 'Md. Abdul Karim'
            continue
        after = text[m.end():m.end() + 2]
        if not after.startswith(" ") or after[1:2] in ("(", "-", "–") or honorifics.postnominal_next(text, m.end()):
            break
        pos = m.end() + (2 if re.match(r"  [A-ZÀ-Ỵ]", text[m.end():m.end() + 3]) else 1)     # 'Tran  Thi Hong'

    return (start, end) if end > start else None


def _name_after_role(text: str, span, institutions) -> tuple[int, int] | None:
    """Span of the name that ends a role phrase read as one capitalised run ('Minister of Health Le
    Van Tam'): the role before it must name a known institution, or be a minister's whose domain
    ends where a Vietnamese family name begins. None otherwise."""
    # the run may go on past the name: 'Minister of Education Ta Quang Dinh and Mozambican Minister ...'
    ends = [span[1]] + [span[0] + a.start() for a in re.finditer(r"\s+and\s+", text[span[0]:span[1]])]
    for stop in ends:
        words = list(re.finditer(r"\S+", text[span[0]:stop]))
        for k in (4, 3, 2):
            if len(words) < k + 3:
                continue
            cut = span[0] + words[-k].start()
            head = text[span[0]:cut].rstrip()
            if head.split()[-1].lower() in role_mod.ROLE_CONNECTORS or " of " not in head \
                    or name_shapes.organisation_word(text[cut:stop].split()[0]) \
                    or name_shapes.organisation_word(text[cut:stop].split()[-1]) \
                    or _read_name(text, cut, max_words=k) != (cut, stop):
                continue
            owners = [head[o.end():] for o in re.finditer(r"\s(?:of|at)\s+(?:the\s+)?", head)]
            tail = fold(text[cut:stop])
            if re.search(r"\b(?:company|corporation|corp|group|jsc|ltd|limited|inc|holdings)\b", tail):
                return None           # '... of Alpha Joint Stock Company': a company's legal form, no name
            if any(fold(label).endswith(" " + tail) for inst in institutions for label in inst.labels()):
                return None           # 'General Director of Mekong Agro Joint Stock Company': all one name
            unit = any(w.lower() in UNIT_HEADS for w in head.split())       # 'Director of the City Department of X'
            minister = MINISTER_OF.match(head)
            if any(refers_to(owner, institutions) for owner in owners) \
                    or minister and refers_to("Ministry of " + minister.group("domain"), institutions) \
                    or (minister or unit) and starts_with_family_name(text[cut:stop]):
                return cut, stop
    return None


@lru_cache(maxsize=1)
def _role_words() -> str:
    """The capitalised role words as a regex alternation, longest first ('Under-Secretary' with each part
    capitalised as well as 'Under-secretary')."""
    words = {w.capitalize() for w in role_mod.ROLE_START_WORDS}
    words |= {"-".join(part.capitalize() for part in w.split("-")) for w in role_mod.ROLE_START_WORDS}
    return "|".join(sorted(words | {"CEO", "CFO", "CTO"}, key=len, reverse=True))


def _listed_names(text: str, end: int) -> list[tuple[int, int]]:
    """Untitled names listed after the one ending at end (', B', ' and C'), up to anything else."""
    names = []
    while True:
        joint = re.match(r",?\s+and\s+|,\s+", text[end:])
        span = _read_name(text, end + joint.end(), max_words=4) if joint else None
        if not span or len(text[span[0]:span[1]].split()) < 2 or _sentence_word(text, span[0]):
            return names
        names.append(span)
        end = span[1]


def _role_then_name(phrase: str) -> bool:
    """'Rector Vo Minh Tri' read as a role after another name ('A, Rector B and ...'): role words
    then an untitled name of two or more words, no institution."""
    m = re.match(r"(?:(?:%s)s?\s+)+" % _role_words(), phrase)
    rest = phrase[m.end():] if m else ""
    span = _read_name(rest, 0, max_words=4) if rest else None
    return bool(span) and span[1] == len(rest) and len(rest.split()) >= 2


def _ends_with_role_and_name(phrase: str) -> bool:
    """'LAD Mission Director Tom Baker': the phrase ends with role words and an untitled name (see
    _role_then_name)."""
    return any(_role_then_name(phrase[m.start():])
               for m in re.finditer(r"(?<![\w-])(?:%s)(?![\w-])" % _role_words(), phrase))


def _mentions(text: str, institutions=()) -> list[tuple[int, int, list]]:
    """(title start, name start, name end, titles) of every titled name and of every untitled name
    one of the NAME_PASSES reads; each pass sees the mentions the earlier ones found."""
    found = _titled_names(text)
    for name_pass in NAME_PASSES:
        found += name_pass(text, found, institutions)
    found = [f for f in found if f[3] or not honorifics.degree_letters(text, f[1:3])]      # 'A, M. Kes, Rector'
    return sorted(honorifics.drop_title_overlaps(found))


def _titled_names(text: str) -> list:
    """'Assoc. Prof. Dr. Le Hong Quan': a name after one or more titles."""
    found = []
    for m in _title_pattern().finditer(text):
        span = _read_name(text, m.end(), after_title=True)
        haji = re.match(r"Hj?\. (?=[A-Z][a-z]+ [A-Z][a-z])", text[span[0]:span[1]]) if span else None
        if span and not haji and ("Ir." in _split_titles(m.group(1))
                                  or re.match(r",\s*[SM]\.\s?[A-Z][a-z]{1,4}\b", text[span[1]:])):
            # an Indonesian page (the title 'Ir.', degree letters 'M.Si' after): 'Ir. H. A', 'Dr. H. A, M.Si' is Haji A
            haji = re.match(r"Hj?\. (?=[A-Z][a-z]+$)", text[span[0]:span[1]])
        if haji:                   # 'Dr. H. Muhammad Ali': the Indonesian honorific Haji, not an initial
            span = (span[0] + haji.end(), span[1])
        titles = _split_titles(m.group(1))
        if span and name_letters.degree_as_initials(titles, text[span[0]:span[1]]):
            span = (text.rindex(titles.pop(), m.start(), span[0]), span[1])     # 'Dr MA Khan': initials, no degree
        if span:
            found.append((m.start(), span[0], span[1], titles))
    return found


def _inside(start: int, spans) -> bool:
    """start falls within one of the (start, end) spans already read."""
    return any(s <= start < e for s, e in spans)


def _untitled(span) -> tuple[int, int, list]:
    return (span[0], span[0], span[1], [])


def _names_after_role_words(text: str, found: list, institutions) -> list:
    """'Rector Vo Minh Tri', 'Vice Rectors A and B': an untitled name of two words or more right after
    role words (a plural role: each name of the list)."""
    taken, extra = [(s, e) for _, s, e, _ in found], []
    role_words = _role_words()
    for m in re.finditer(r"\b(?:%s)s?(?: (?:%s)s?)* (?=[A-ZÀ-Ỵ])" % (role_words, role_words), text):
        span = _read_name(text, m.end(), max_words=4)
        if not span or _inside(span[0], taken):
            continue
        words = text[span[0]:span[1]].split()
        following = text[span[1]:span[1] + 12]
        if len(words) >= 2 and not _title_pattern().match(following.lstrip()):
            extra.append(_untitled(span))
            taken.append(span)
            if m.group().rstrip().endswith("s"):
                for more in _listed_names(text, span[1]):
                    if not _inside(more[0], taken):
                        extra.append(_untitled(more))
                        taken.append(more)
    return extra


def _names_after_owned_role(text: str, found: list, institutions) -> list:
    """'Deputy Minister of Education and Training Hoang Minh Son', "Chairman of the Provincial People's
    Committee Trinh Xuan Lam": a role naming its institution, then an untitled name."""
    taken, extra = [(s, e) for _, s, e, _ in found], []
    for m in re.finditer(r"\b(?:%s)\b" % _role_words(), text):
        span = role_mod.read_role_phrase(text, m.start())
        name = _name_after_role(text, span, institutions) if span else None
        if name and not _inside(name[0], taken):
            extra.append(_untitled(name))
            taken.append(name)
    return extra


def _names_after_diplomat(text: str, found: list, institutions) -> list:
    """'Vietnamese Ambassador to Japan Vu Hong Nam': a diplomat's role names a country, then the name."""
    taken, extra = [(s, e) for _, s, e, _ in found], []
    # ('The Ambassador of Lorem to Ipsum A B': the sending country, then the host)
    countries = "|".join(re.escape(c.title()) for c in sorted(COUNTRIES, key=len, reverse=True))
    for m in re.finditer(r"\b(?:Ambassador|Consul(?:[- ]General)?)\s+(?:of\s+(?:the\s+)?(?:%s)\s+to|of|to)\s+(?:the\s+)?"
                         r"(%s)\s+(?=[A-Z])" % (countries, countries), text):
        span = _read_name(text, m.end(), max_words=4)
        if span and len(text[span[0]:span[1]].split()) >= 2 and not _inside(span[0], taken):
            extra.append(_untitled(span))
            taken.append(span)
    return extra


# Cues that an untitled name of two words or more is a person: each is (text, span, institutions) -> truthy.
def _comma_role(text, span, institutions):
    """'signed by Tran Van Binh, Rector of Alpha University', 'A B, the Rector'."""
    return re.match(r",\s+(?:the\s+)?(?:%s)\b" % _role_words(), text[span[1]:])


def _comma_lowercase_role(text, span, institutions):
    """'Karl Marsden, vice president for research at Alpha University'."""
    return _lowercase_role(text, span[1] + 2) and text.startswith(", ", span[1])


def _role_after_letters_or_dash(text, span, institutions):
    return name_shapes.role_after_letters_or_dash(text, span, _role_words())


def _comma_the_lowercase_role(text, span, institutions):
    """'A B, the vice president of X'."""
    return _lowercase_role(text, span[1] + 6) and text.startswith(", the ", span[1])


def _possessive_role_after(text, span, institutions):
    """'said Jane Roe, Alpha Bank's chief executive'."""
    return role_cues.untitled_name_cue(text, span[0], span[1], institutions, _named_by)


def _lowercase_role_before(text, span, institutions):
    """'signed by the president of X, A B'."""
    return role_cues.lowercase_role_before(text, span[0], institutions, RoleFound)


def _who_is_role(text, span, institutions):
    """'A B, who is the Rector of X'."""
    return re.match(r",\s+who\s+is\s+(?:the\s+)?(?:%s)\b" % _role_words(), text[span[1]:])


def _apposed_after_role(text, span, institutions):
    """"Alpha Bank's Managing Director, Ade Cole, said"."""
    return role_cues.untitled_after_role(text, span[0], span[1], lambda t, s: _roles_before(t, s, institutions))


def _role_after_titles(text, span, institutions):
    """'A B, Assoc. Prof. Dr, the Rector' (also after a caption's position: 'A B (left), Rector')."""
    return re.match(r",\s+(?:the\s+)?(?:%s)\b" % _role_words(),
                    text[role_cues.after_titles(text, role_cues.after_position(text, span[1]), EXTRA_TITLES):])


def _comma_acronym_role(text, span, institutions):
    """'A B, LU Rector, and C D, II President, signed', 'A B, LU registrar;', 'A B, RoK Deputy Ambassador':
    a post after the acronym of its body (two to eight letters, the first two of three capitals), set off by
    a comma."""
    m = re.match(r",\s+(?:the\s+)?(?=[A-Z][a-z&]?[A-Z])[A-Z][A-Za-z&]{1,7}(?:['’`]s)?\s+([A-Za-z][\w-]*)", text[span[1]:])
    return bool(m) and role_mod.starts_with_role(m.group(1).capitalize())


UNTITLED_NAME_CUES = (_comma_role, _comma_acronym_role, _comma_lowercase_role, _role_after_letters_or_dash, _comma_the_lowercase_role,
                      _possessive_role_after, _lowercase_role_before, _who_is_role, _apposed_after_role,
                      _role_after_titles, name_shapes.clause_post_cue, bare_posts.comma_bare_post_cue)


def _names_with_role_cue(text: str, found: list, institutions) -> list:
    """An untitled name of two words or more that one of the UNTITLED_NAME_CUES marks as a person."""
    taken, extra = [(s, e) for _, s, e, _ in found], []
    for m in re.finditer(r"(?<![\w.’'])(?=[A-ZÀ-Ỵ])", text):
        span = _read_name(text, m.start(), max_words=4)
        words = text[span[0]:span[1]].split() if span else []
        if not span or _inside(span[0], taken) or len(words) < 2 \
                or not any(cue(text, span, institutions) for cue in UNTITLED_NAME_CUES) \
                or _sentence_word(text, span[0]) or name_shapes.place_not_person(text, span) \
                or any(name_shapes.organisation_word(w) for w in words):
            continue          # ('... the Lorem Bank Credit Division A B': a unit's name runs into the person's)
        extra.append(_untitled(span))
        taken.append(span)
    return extra


# The passes after the titled names, in order: (text, found, institutions) -> new mentions.
NAME_PASSES = (
    _names_after_role_words,                                                # 'Rector Vo Minh Tri'
    _names_after_owned_role,                                                # 'Minister of Health Le Van Tam'
    _names_after_diplomat,                                                  # 'Ambassador to Japan Vu Hong Nam'
    _names_with_role_cue,                                                   # 'Tran Van Binh, Rector of X'
    lambda text, found, _: honorifics.shared_title_names(text, found, _read_name),      # 'Professors A and B'
    lambda text, found, _: honorifics.plural_role_names(text, found, _read_name),       # 'Vice Rectors A and B'
    lambda text, found, _: name_shapes.lowercase_role_names(text, found, _read_name),   # 'its general manager A B'
    lambda text, found, _: name_shapes.appositive_post_names(text, found, _read_name),  # 'the visiting president, A B,'
    lambda text, found, inst: signers.untitled_signer_names(text, found, _read_name, inst),  # 'signed by A B and C D'
    lambda text, found, inst: role_cues.names_after_lowercase_owned_post(text, found, _read_name, inst),  # 'registrar of X A B'
    lambda text, found, _: name_shapes.abbreviated_post_names(text, found, _read_name),  # 'VP for Finance A B'
    lambda text, found, _: name_shapes.post_comma_names(text, found, _read_name),       # 'Alpha U. President, A B'
    lambda text, found, _: name_shapes.more_post_names(text, found, _read_name),        # 'Chief Superintendent A B'
    lambda text, found, _: name_shapes.company_officer_names(text, found, _read_name),  # 'CEO X Foods Limited A B'
    lambda text, found, _: post_run_names.post_run_names(text, found, _read_name),      # 'Consul of X in Y City A B said'
    lambda text, found, inst: listed_names.colon_list_names(text, found, _read_name, inst),      # 'students: A B, C D'
    lambda text, found, inst: listed_names.initials_names(text, found, _read_name, inst),        # 'K. Raman, coordinator'
    lambda text, found, inst: listed_names.semicolon_list_names(text, found, _read_name, inst),  # '; and Director, A B.'
    lambda text, found, inst: listed_names.representative_names(text, found, _read_name, inst),  # 'and A B representing X'
    lambda text, found, inst: listed_names.bullet_names(text, found, _read_name, inst),  # '- A B, the hero ..., Director'
    lambda text, found, inst: listed_names.present_list_names(text, found, _read_name, inst),  # 'Also present were A B'
    lambda text, found, inst: listed_names.pair_partner_names(text, found, _read_name, inst),  # 'Dr. A B and C D signed'
    lambda text, found, inst: listed_names.pair_first_names(text, found, _read_name, inst),  # 'A B and Dr. C D, Rector'
    lambda text, found, inst: plain_names.of_institution_names(text, found, _read_name, inst),  # 'A B of X University'
    lambda text, found, inst: plain_names.speaker_names(text, found, _read_name, inst),  # '"...," said A B'
    lambda text, found, inst: plain_names.occupation_names(text, found, _read_name, inst),  # 'Interpreter A B'
    lambda text, found, inst: plain_names.counterpart_names(text, found, _read_name, inst),  # 'his counterpart A B'
    lambda text, found, _: bracket_names.post_in_brackets_names(text, found, _read_name, _role_words()),  # 'X (Director: A B)'
    lambda text, found, _: mixed_lists.untitled_list_names(text, found, _read_name),    # 'A B, Dr C D, Dr E F and G H'
    lambda text, found, inst: learned_names.learned_person_names(text, found, _read_name, inst,
                                                                 _sentence_word),    # the learned name finder's
)


def _sentence_word(text: str, start: int) -> bool:
    """The capitalised word at start only opens a sentence ('Yesterday', 'Under') or is a place or
    organisation word: it cannot start a person's name."""
    word = re.match(r"[\w'’-]+", text[start:]).group().lower()
    return word in NOT_NAME or word in INSTITUTION_HEADS or word in role_mod.ROLE_START_WORDS


# 'Dr. A from X', 'President A and three other delegates from X': where the person comes from.
FROM_INSTITUTION = re.compile(r"(?:\s+and(?:\s+[a-z]+){1,4})?\s+from\s+(?:the\s+)?"
                              r"([A-Z][\w&'’-]*(?:\s(?:(?:of|for)\s(?:the\s)?)?[A-Z][\w&'’-]*)*)")


# 'Prof. A, Vice President of B (VP B) and other X officials': A is one of X's officials.
OTHER_OFFICIALS = re.compile(r"(?:(?!\b(?:Prof|Dr|Mr|Mrs|Ms)\b)[^;.\n]){0,120}?\s+and\s+other\s+([A-Z][\w&'’-]*)\s+"
                             r"(?:officials|representatives|delegates|staff|leaders)\b")


def find_people(text: str, institutions: list[Institution], sentences, default: Institution | None):
    """People with titles, roles (institution resolved or implied by context) and signing flag."""
    people: list[Person] = []
    for title_start, start, end, titles in name_shapes.with_role_runs(_mentions(text, institutions), text,
                                                                      institutions):
        name = re.sub(r"\s{2,}", " ", text[start:end])       # 'Tran  Thi Hong' as written on a page
        person = _person_for(people, name)
        person.mentions.append((title_start, end))
        person.title_led |= bool(titles)
        for t in titles:
            if t not in person.titles:
                person.titles.append(t)
        role_from = role_cues.after_titles(text, role_cues.after_position(text, role_cues.after_letters(
            text, honorifics.after_postnominals(text, end), institutions, honorifics.POSTNOMINAL)),
                                           EXTRA_TITLES)
        for found in name_shapes.rank_role(_roles_after(text, role_from, institutions),
                                           text, end, RoleFound) \
                + name_shapes.roles_in_a_row(_roles_before(text, title_start, institutions)
                                             or name_shapes.head_last_role_before(text, title_start, institutions,
                                                                                  RoleFound)
                                             or role_cues.lowercase_role_before(text, title_start, institutions,
                                                                                RoleFound)
                                             or role_cues.institution_then_lowercase_post(text, title_start,
                                                                                          institutions, RoleFound)
                                             or role_cues.unit_chain_before(text, title_start, institutions, RoleFound)
                                             or comma_owner_posts.post_comma_owner_before(text, title_start,
                                                                                          institutions, RoleFound)
                                             or role_cues.possessive_post_before(text, title_start, institutions,
                                                                                 _named_by, RoleFound)
                                             or comma_posts.possessive_post_unit_before(text, title_start, institutions,
                                                                                        _named_by, RoleFound)
                                             or comma_posts.noun_then_lowercase_post(text, title_start, institutions,
                                                                                     _named_by, RoleFound)
                                             or _lowercase_owned_post(text, title_start, institutions),
                                             text, _roles_before, institutions):
            _add_role(person, name_shapes.attach_owner(found, text, institutions))
        aff = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s[A-Z][\w-]*)*)", text[end:])
        if aff and refers_to(aff.group(1), institutions):
            person.affiliation = refers_to(aff.group(1), institutions)
        elif aff and refers_to(aff.group(1).split()[0], institutions):    # 'of the KKU Faculty of ...'
            person.affiliation = refers_to(aff.group(1).split()[0], institutions)
        elif _AFFILIATION_WITH_OF.match(text, end) and refers_to(_AFFILIATION_WITH_OF.match(text, end).group(1),
                                                                 institutions):
            # 'Vice Chancellor Prof. A B of The University of X': the name's own 'of', a capital 'The'
            person.affiliation = refers_to(_AFFILIATION_WITH_OF.match(text, end).group(1), institutions)
        bracket = re.match(r"\s*\(([^()\n]{2,80})\)", text[end:])
        bracket_body = refers_to(bracket.group(1), institutions) if bracket else None
        if bracket_body:                                                # 'Rector A B (LVU) and ...'
            person.affiliation = bracket_body
        origin = FROM_INSTITUTION.match(text, end)
        if origin and refers_to(origin.group(1), institutions):       # 'President A and two delegates from X'
            person.affiliation = refers_to(origin.group(1), institutions)
        others = OTHER_OFFICIALS.match(text, end)
        if others and refers_to(others.group(1), institutions):       # 'A, Vice President, and other X officials'
            person.affiliation = refers_to(others.group(1), institutions)
        side = re.match(r"[^.;]{0,40}?\b(?:signed|signing|spoke|sign)\s+(?:for|on behalf of)\s+(?:the\s+)?"
                        r"([A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*)*)", text[end:])
        if side and refers_to(side.group(1), institutions):              # 'X signed for MOET'
            person.affiliation = refers_to(side.group(1), institutions)
        elif signers.side(text, end, institutions):                     # 'X, role, signed the MoU on behalf of Y'
            person.affiliation = signers.side(text, end, institutions)
        person.affiliation = person.affiliation or role_sides.list_owner(text, start, institutions)   # '- A, Rector'
        person.affiliation = role_sides.behalf_after_role(text, end, institutions) or person.affiliation
        person.affiliation = role_sides.list_tail_owner(text, end, institutions) or person.affiliation
        person.affiliation = person.affiliation or role_sides.host_side(text, end, institutions, sentences)
        header = role_sides.header_side(title_start, institutions, sentences)     # 'On behalf of X, attendees ...'
        person.header_side = person.header_side or header
        person.affiliation = person.affiliation or header
        person.affiliation = person.affiliation or list_sides.list_side(text, title_start, end, sentences, institutions)
        person.affiliation = person.affiliation or list_sides.delegation_side(text, title_start, sentences, institutions)
        if role_sides.led_side(text, end, institutions):                 # 'A, PhD, led the X delegation'
            person.affiliation = role_sides.led_side(text, end, institutions)
        behalf = _on_behalf_of(text, title_start, end, institutions) \
            or role_sides.partner_side(text, title_start, institutions, default)     # 'On behalf of the partner ...'
        if behalf:                   # 'On behalf of the University, Dr. X, Rector, signed', 'X on behalf of MOST'
            person.affiliation = behalf
        wrapped = text_mod.join_wrapped(text, sentences)      # 'Chairman A and' / 'Mr. B ... signed' on two lines
        if signers.signed(text, title_start, end, wrapped, _signed(text, title_start, end, wrapped)):
            person.signed = True
    people = [p for p in people if (name_shapes.kept_name(p, people) or listed_names.lettered_mononym(p, people, text)
                                    or bare_posts.posted_mononym(p, people, text))
              and not _inside_institution_names(p, institutions, text)
              and not background_people.only_late(p, text)           # 'under the late Prof. A B'
              and not _only_title_words(p.name)]                          # 'Engr. Professor, A B': 'Professor'
    people = short_forms.merge_family_name_forms(people, _add_role)     # 'Prof. B C' after 'Prof. A B C'
    _bare_mentions(people, text, sentences)
    signers.surname_signers(people, text, sentences, _signed)       # 'Devlin and Humala signed the deal'
    _both_signed(people, sentences)
    signers.on_behalf_lists(people, text, sentences)     # 'Dr. A on behalf of X, and Prof. B, on behalf of Y'
    _share_plural_roles(people, text)
    signers.plural_signers(people, text, sentences, role_mod.starts_with_role, RoleFound)  # 'signed by the Xs of the two ...'
    respectively.share_respectively(people, text, institutions, sentences, RoleFound)   # 'A and B, the Xs of C and D, respectively'
    respectively.share_two_roles(people, text, institutions, sentences, RoleFound)      # 'A and B, R1 and R2 of C and D resp.'
    respectively.share_list(people, text, institutions, sentences, RoleFound)       # 'A, B and C, respectively the R1 of X, ...'
    counterparts.other_side(people, text, institutions, sentences)      # 'A, Rector of X, and Rector B signed'
    signers.signers_by_post(people, text, institutions, role_mod.role_key, refers_to)   # 'by the Rector of X and ...'
    role_territory.give_territory_roles(people, text, institutions, role_mod.role_key, RoleFound)   # 'Governor of X A'
    role_territory.give_national_roles(people, text, institutions, RoleFound)     # 'Vietnamese Minister of X A'
    minister_ministries.give_named_ministries(people, text, institutions)   # 'Minister of X, Y and Z' of a ministry named
    _without_next_persons_posts(people)
    _fill_implied(people, text, institutions, sentences, default)
    # (after the implied fill: a Party post never makes the committee the person's employer)
    role_territory.give_party_roles(people, text, institutions, RoleFound)   # 'Secretary of the X Party Committee A'
    for person, role in ((p, r) for p in people for r in p.roles):      # 'Dean of the College of X at Alpha University'
        role.institution = role_sides.unit_parent(role.institution, text, institutions) \
            or role_sides.parent_of_unit_in_role(role.role, text, institutions) \
            or role_sides.unit_owner_side(role.institution, person.header_side) or role.institution
        role.institution = role_sides.academic_post_owner(role, institutions) or role.institution
    post_signers.shared_post_signers(people, text)      # 'signed by the presidents of the two universities'
    for person in people:            # a post with no institution the text ties it to is no fact to state
        person.roles = [r for r in person.roles if r.institution is not None]
    return people


def give_implied_owners(people, text, institutions, sentences, default):
    """Give the roles left without an institution the one the context implies (as find_people does),
    then drop those the context gives none."""
    _fill_implied(people, text, institutions, sentences, default)
    for person in people:
        person.roles = [r for r in person.roles if r.institution is not None]


def _inside_institution_names(person, institutions, text) -> bool:
    """Every mention of the person ends a name of an institution as the text writes it, after one word
    that names no institution ('Universiti Malaysia Kelantan' read as 'Vice Chancellor of Universiti' and
    'Malaysia Kelantan'): the words are the end of the body's name, not a person's. (A draft that ran a
    whole name on into the person's, "People's Committee of X Province A B", keeps the person: the
    name is cut from the body later, body_spans.without_people_names.)"""
    spans = [(m.start, m.end) for inst in institutions if not inst.implied for m in inst.mentions]

    def in_a_name(start, end):
        return any(s < start and end <= e and len(text[s:start].split()) == 1
                   and not refers_to(text[s:start].strip(), institutions) for s, e in spans)
    return bool(person.mentions) and all(in_a_name(start, end) for start, end in person.mentions)


def _without_next_persons_posts(people):
    """'Dr. A, Chief Medical Officer B C, and ...': a post read after A that ends with another person's
    name is that person's post, not A's."""
    names = {p.name for p in people}
    for person in people:
        person.roles = [r for r in person.roles
                        if not any(r.role.endswith(" " + n) for n in names - {person.name})]


BOTH_SIGNED = re.compile(r"\b(?:the\s+two|both)\s+(?:representatives|leaders|rectors|presidents|heads|sides|"
                         r"parties)\s+(?:then\s+)?(?:signed|inked)\b", re.I)


# 'A represented X, while B represented Y. The two (then) signed the MoU.': the pair, told with no noun
BOTH_ALONE_SIGNED = re.compile(r"(?:the\s+two|both|the\s+pair)\s+(?:then\s+|also\s+|jointly\s+|formally\s+)?"
                               r"(?:signed|inked)\b", re.I)


def _lowercase_owned_post(text, name_start, institutions) -> list[RoleFound]:
    """[the role] of 'vice-chancellor of Lorem University A B' ([] when the name has no such post before it)."""
    found = role_cues.lowercase_owned_post(text, name_start, institutions)
    return [RoleFound(*found)] if found else []


def _both_signed(people, sentences):
    """'A represented X, B represented Y. The two representatives signed the MoU.': the people of
    the sentence before signed."""
    for i, s in enumerate(sentences[1:], start=1):
        if BOTH_SIGNED.search(s.text):
            previous = sentences[i - 1]
            named = [p for p in people if p.roles and any(previous.start <= a < previous.end for a, _ in p.mentions)]
            if len(named) >= 2:
                for p in named:
                    p.signed = True
        elif BOTH_ALONE_SIGNED.match(s.text):     # 'The two signed the MoU': only when the sentence before names two
            previous = sentences[i - 1]
            named = [p for p in people if any(previous.start <= a < previous.end for a, _ in p.mentions)]
            if len(named) == 2:
                for p in named:
                    p.signed = True


def _bare_mentions(people, text, sentences):
    """A person named in full again without title ('... was signed by Dr. X and Ilkka Niemelä'):
    the later sentence may say that they signed."""
    for person in people:
        seen = {start for start, _ in person.mentions} | {end for _, end in person.mentions}
        for m in re.finditer(r"(?<![\w-])" + re.escape(person.name) + r"(?![\w-])", text):
            if m.end() in seen or signers.inside_body_name(text, m.end()):
                continue         # (not 'Rahman Islam University': the body named after the person)
            if not person.signed and _signed(text, m.start(), m.end(), sentences):
                person.signed = True


def _share_plural_roles(people, text):
    """'Vice Presidents Dr. A and Assoc. Prof. Dr. B, and Deans Dr. C, Dr. D, and Dr. E': a plural
    role goes to every person listed after it (joined by commas and 'and') until the next role."""
    ordered = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0][0])
    shared, previous_end = None, None
    for (start, end), person in ordered:
        own = [r for r in person.roles if r.plural]
        # (a portfolio in brackets may follow each name: 'Deputy Vice Chancellors A (Research), B (Finance)')
        joined = previous_end is not None and re.fullmatch(r"(?:\s*\([^()]{1,60}\))?\s*,?\s*(?:and\s+)?",
                                                           text[previous_end:start])
        if own:
            shared = own[0]
        elif shared and joined and not person.roles:
            person.roles.append(RoleFound(shared.role, shared.institution, start, shared.anaphoric))
        elif not joined or person.roles:
            shared = None
        previous_end = end


def _person_for(people, name) -> Person:
    key = fold(name)
    for p in people:
        if fold(p.name) == key:
            return p
    longer = name_shapes.longer_name(people, name)      # 'Mohd Foad' after 'Mohd Foad Sakdan'
    if longer:
        return longer
    if " " not in name:          # 'Mr. Quảng': a short reference to a person named in full
        same = [p for p in people if key in fold(p.name).split()[-1:] + fold(p.name).split()[:1]]
        if len(same) == 1:
            return same[0]
    for p in people:              # a short form seen first, the full name now
        if " " not in p.name and p.name and fold(p.name) in fold(name).split()[-1:]:
            p.name = name
            return p
    person = Person(name=name)
    people.append(person)
    return person


def _add_role(person: Person, found: RoleFound):
    if role_cues.modifier_only(found.role):      # 'Lt. General X': a rank, 'Deputy' alone: no post
        return

    def same(a, b):
        return re.sub(r"\bthe\s", "", fold(a)) == re.sub(r"\bthe\s", "", fold(b))
    for existing in person.roles:
        if same(existing.role, found.role):
            if existing.institution is None and found.institution is not None:
                existing.institution = found.institution
            return
    person.roles.append(found)


MINISTER_OF = re.compile(r"(?P<role>(?:(?:Vice|Deputy|First Deputy)\s+)?Minister)\s+of\s+(?:the\s+)?"
                         r"(?P<domain>[A-Z][\w'’,\- ]*[\w])$")


def _acronym_employer(acronym: str, start: int, institutions) -> Institution:
    """An organisation named only by its acronym in a role ('Specialist at ADB', "GIZ's Director"),
    added to institutions as known only from that role (never a party); one already known by that
    acronym is reused."""
    known = next((i for i in institutions if acronym in i.acronyms), None)
    if known:
        return known
    inst = Institution(acronyms=[acronym], from_headline_only=False, implied=True)
    inst.mentions = [Mention(start, start + len(acronym), acronym)]
    institutions.append(inst)
    return inst


def _implied_ministry(ministry, start: int, institutions) -> Institution:
    """The ministry a minister's role names ('Minister of Industry and Trade' -> 'Ministry of Industry
    and Trade'): the one already found, else a new implied one."""
    return role_territory.implied_institution("Ministry of " + ministry.group("domain"),
                                              Mention(start, start + ministry.end(), ministry.group()), institutions)


def _owner_by_words(phrase: str, institutions) -> tuple[str, Institution] | None:
    """(role, institution) when the words after one of the role's 'of'/'at' (the first that fits)
    name exactly one institution by its words or acronyms, not as written ('Minister of Economy,
    Trade and X', 'Deputy Director of Science of ABC DEF')."""
    if not role_mod.starts_with_role(phrase):
        return None
    for owner in re.finditer(r"\s(?:of|at)\s+", phrase):
        inst = role_owner.owner_by_words(phrase[owner.end():], institutions)
        if inst:
            return phrase[:owner.start()].strip(), inst
    return None


def _split_institution(phrase: str, start: int, institutions) -> RoleFound:
    """'Rector of Hanoi University of Industry' -> role 'Rector' + that institution;
    'Principal of the school' -> role 'Principal', institution implied."""
    phrase, plural = role_mod.singular_role(phrase)
    for m in reversed(list(re.finditer(r"\s(of|at)\s+(?:the\s+)?", phrase))):
        rest = re.sub(r"\s+(?:Co|Ltd|Inc|Corp|JSC)\.?$", "", phrase[m.end():])   # 'X Co., Ltd.' read up to 'Co'
        inst = refers_to(rest, institutions) or refers_to(phrase[m.end():], institutions) \
            or refers_to(re.sub(r"\s+in\s+[A-Z][\w ]*$", "", rest), institutions) \
            or refers_to(re.sub(r"\s+for\s+[A-Z][\w ]*$", "", rest), institutions)    # '... of X for Research'
        country = inst and any(re.sub(r"^the ", "", fold(label)) in COUNTRIES for label in inst.labels())
        longer = _owner_by_words(phrase, institutions) if country else None
        if longer and longer[1] is not inst and any(fold(label) in fold(longer[1].name) for label in inst.labels()):
            # a country ('... of the Republic of X') only ends the longer name 'Ministry of Health of the Republic of X'
            # (a unit's 'Institute of X of AU' stays with AU)
            return RoleFound(longer[0], longer[1], start, plural=plural)
        if inst:
            return RoleFound(phrase[:m.start()].strip(), inst, start, plural=plural)
        possessor = re.match(r"([A-Za-z][\w&.-]*)['’]s\s+[A-Z]", rest)
        if possessor and fold(possessor.group(1)) in role_mod.ANAPHOR_NOUNS:
            # "Chairman of the University's Board of Trustees": the board belongs to the university named before
            return RoleFound(phrase.strip(), None, start, anaphoric=True, plural=plural,
                             anaphor=fold(possessor.group(1)))
        noun = fold(re.sub(r"\s+in\s+[A-Z][\w ]*$", "", rest))      # 'of the Company in Vietnam'
        if noun in role_mod.ANAPHOR_NOUNS | MORE_ANAPHOR_NOUNS \
                and (noun not in UNIT_HEADS or _named_by(noun, institutions, len(phrase) + start)):
            return RoleFound(phrase[:m.start()].strip(), None, start, anaphoric=True, plural=plural,
                             anaphor=noun)
        owner = rest.split()
        for k in range(len(owner) - 1, 0, -1):
            named = re.sub(r"['’]s$", "", " ".join(owner[:k]))       # "of CTUMP's International Cooperation Centre"
            if owner[-1].lower() in UNIT_HEADS and refers_to(named, institutions):
                # 'Chairman of the UDA Council', 'Chief Representative of JICA Vietnam Office': the
                # unit stays in the role, its institution is the one named first
                return RoleFound(phrase.strip(), refers_to(named, institutions), start, plural=plural)
    owned = _owner_by_words(phrase, institutions)
    if owned:                          # 'Minister of Health of the Republic of X': a shortened name
        return RoleFound(owned[0], owned[1], start, plural=plural)
    employer = re.search(r"\s(?:of|at)\s+(?:the\s+)?([A-Z][A-Za-z&-]+)(?:\s+[A-Z][\w]*)*$", phrase)
    if employer and is_acronym(employer.group(1)) and employer.group(1).upper() not in NOT_ACRONYMS \
            and not role_mod.starts_with_role(employer.group(1)) \
            and not re.search(r"\bDeans?$", phrase[:employer.start()].strip(), re.I):   # 'Dean of FEE': a faculty
        # 'Senior Education Specialist at ADB', 'Chief Representative of the JICA Vietnam Office': an
        # organisation known only by its acronym employs the person (never a party)
        inst = _acronym_employer(employer.group(1), start + employer.start(1), institutions)
        whole = re.fullmatch(r"\s(?:of|at)\s+(?:the\s+)?[A-Z][A-Za-z&-]+", employer.group())
        return RoleFound(phrase[:employer.start()].strip() if whole else phrase.strip(), inst, start, plural=plural)
    ministry = MINISTER_OF.match(phrase)
    if ministry:                       # 'Vice Minister of Education and Training': that ministry, implied
        return RoleFound(ministry.group("role"), _implied_ministry(ministry, start, institutions), start,
                         plural=plural)
    words = phrase.split()
    for cut in range(1, len(words)):   # 'President MUN', 'Hiệu trưởng Nha Trang University'
        if len(words) > cut and refers_to(" ".join(words[-cut:]), institutions) \
                and not role_cues.modifier_only(" ".join(words[:-cut])):     # ('Deputy Consul General ...')
            role = re.sub(r"\s+(?:in|at)(?:\s+the)?$", "", " ".join(words[:-cut]).rstrip(","))   # 'Dean in the X'
            return RoleFound(role, refers_to(" ".join(words[-cut:]), institutions), start,
                             plural=plural)
    return RoleFound(phrase.strip(), None, start, plural=plural)


_BEHALF = r"[Oo]n\s+behalf\s+of\s+(?:the\s+)?([A-Za-z][\w&'’-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w&'’-]*)*)"


def _on_behalf_of(text: str, start: int, end: int, institutions) -> Institution | None:
    """The side a person acts for: 'X on behalf of the Ministry' right after the name, or 'On behalf
    of the University, Dr. X, ...' opening the clause; a common noun ('the province') points back
    to the last institution named with it."""
    after = re.match(r",?\s+" + _BEHALF, text[end:])     # (a comma too: "Prof. B, on behalf of Y")
    clause_start = max(text.rfind(c, 0, start) for c in ";\n") + 1
    sentence_start = max(text.rfind(". ", 0, start) + 2, clause_start)
    before = re.match(r"\s*" + _BEHALF + r",\s+(?:the\s+)?[^,;]{0,60}$", text[sentence_start:start])
    phrase = (after or before).group(1) if after or before else None
    if not phrase:
        return None
    return refers_to(phrase, institutions) or _named_by(fold(phrase), institutions, start)


def _institution_first(clause: str, institutions) -> tuple[Institution, str] | None:
    """'Aalto University President', "VNUA's Chairman of the Council", 'HUST President':
    (the institution, the role) when the clause starts with a name of one."""
    words = clause.split()
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1].lower() in role_mod.ROLE_CONNECTORS:
            continue               # "RP's Principal & CEO": no name ends with '&'
        head = re.sub(r"['’]s$", "", " ".join(words[:k]))
        rest = " ".join(words[k:])
        if role_mod.starts_with_role(rest) or role_mod.read_headed_role(rest, 0):
            inst = refers_to(head, institutions)
            if inst and k > 1 and role_cues.modifier_only(words[k - 1]) \
                    and refers_to(" ".join(words[:k - 1]), institutions) is inst:
                continue           # 'LAD Deputy Assistant Administrator': 'Deputy' adds nothing to the name, it opens the post
            if inst:
                return inst, rest
    return None


def _roles_after(text, end, institutions) -> list[RoleFound]:
    """Roles after 'Name, ' or 'Name – ': several, separated by ', ' or ' and '."""
    # '(President of X)' too; 'A, who is also the Rector of X', 'A, who serves as the Rector of X'
    # ('A, in her capacity as Vice-Chancellor of X')
    # ('A, acting as rector of X', 'A, serving as the Registrar of X')
    sep = re.match(r"\s*(?:,\s*who\s+(?:is|serves\s+as|acts\s+as)(?:\s+(?:also|currently))?|,\s*in\s+(?:his|her|their)\s+capacity\s+as|"
                   r",\s*(?:currently\s+)?(?:[Aa]cting|[Ss]erving)\s+as|"
                   r",|–|—|-|:|\()\s*"
                   r"(?:(?:the|also)\s+(?=[A-Z]))?", text[end:])
    if sep and re.search(r"\n\s*[-–—•]", sep.group()):
        return []              # '- Vice Rector: A' then '- Head of X: B' on the next line: B's post, not A's
    sep = sep or re.match(r"\s+as\s+the\s+(?=[a-zA-Z])", text[end:])      # 'Mr. A as the director of X'
    # 'Prof. A B Director of X, Prof. C - Dean of Y': a list item whose dash was lost; only a role noun
    # followed by 'of' (a capitalised word alone after a name may open the next clause)
    sep = sep or re.match(r" (?=(?:%s)(?: (?:%s))* of (?:the )?[A-Z])" % (_role_words(), _role_words()), text[end:])
    if not sep:                # 'Dr A B dean LMC and ...': a post and its body's acronym with no comma
        glued = glued_posts.post_then_acronym(text, end, institutions)
        return [RoleFound(*glued)] if glued else []
    found, pos = [], role_cues.qualifier_end(text, end + sep.end())      # 'A, the newly appointed Rector of X'
    abbreviated = comma_posts.abbreviated_post(text, pos, institutions)
    if abbreviated:            # 'Dr A, ED (Marketing), LOCL': an abbreviated post, then its employer
        return [RoleFound(*abbreviated)]
    first = re.match(r"[A-Z][\w&'’.-]*(?: (?:(?:of|for|and|the|&) )*[A-Z][\w&'’.-]*){0,6}", text[pos:])
    phrase = first.group().rstrip(".") if first else ""
    owned = _institution_first(phrase, institutions) if phrase else None
    if owned and _role_then_name(re.split(r"\s+and\s+", owned[1])[0]):
        return []              # 'A, BC Rector B and ...': B's role
    if owned and text[pos + len(phrase):pos + len(phrase) + 1] in (",", ".", ";", "\n", "", ")") \
            and not re.search(r"\s+and\s+[A-Z][^,;]*\s(?:of|at)\s", owned[1]):    # (not 'X Role and Role of Y')
        return [_owned_role(owned, pos, institutions)]           # 'X, HUST President, and Y'
    possessive = role_cues.possessive_role(text, pos, institutions, _named_by) \
        or role_cues.post_after_institution(text, pos, institutions)
    if possessive:             # 'A, the university's Vice-Chancellor', 'A, Alpha Bank's chief executive'
        return [_owned_role((possessive[1], possessive[0]), possessive[2], institutions)]
    article = re.match(r"(?:the|an?)\s+", text[pos:pos + 4])
    if article and _lowercase_role(text, pos + article.end()):
        pos += article.end()   # 'A B, the chief executive officer of X', 'A B, a professor at X'
    read = role_mod.read_role_phrase(text, pos) or role_mod.read_headed_role(text, pos)
    clause_owner = role_cues.post_clause_owner(text, pos, institutions) if not _title_pattern().match(text, pos) \
        and (not read or re.match(r" [a-z]", text[read[1]:])) else None
    if clause_owner:           # 'A, Division Chair of Nursing programs at X': lowercase words inside the post
        return [RoleFound(clause_owner[0], clause_owner[1], clause_owner[2])]
    lower = _lowercase_role(text, pos)
    if lower:                  # 'Mrs. X, attaché for university cooperation of the Embassy of France in Vietnam'
        return [_split_institution(part, pos + offset, institutions)      # ('president of X and dean of Y')
                for offset, part in role_cues.lowercase_posts(text[pos:lower])]
    described = _described_lowercase_role(text, pos, institutions)
    if described:              # 'Dr. X, medical director at Y'
        return [described]
    while True:
        span = role_mod.read_role_phrase(text, pos) or role_mod.read_headed_role(text, pos)
        if not span or _title_pattern().match(text[span[1]:].lstrip()) or _name_after_role(text, span, institutions):
            break              # 'X, Director External Linkages Dr Y', 'X, Director of the Y Division Dang Minh Chau': Y's
        second = role_cues.possessive_after_and(text, span, institutions, _named_by)
        if second:                 # 'Deputy Minister of X and BIT's Vice President': two posts
            span = (span[0], second[0])
        phrase = text[span[0]:span[1]]
        # a unit after a comma continues the role: 'Director of Center X, School of Y'
        unit = re.match(r",\s*((?:School|Faculty|Department|Office|Centre|Center|Division)\s+of\s+[A-Z][\w ]*?[a-z])(?=[,.\n]|\s+(?!(?:of|and|the|for)\b)[a-z])",
                        text[span[1]:])
        if unit:
            phrase = text[span[0]:span[1] + unit.end()]
            span = (span[0], span[1] + unit.end())
        parts = []                 # 'Party Secretary and Chairman of ...': two roles
        for part in re.split(r"\s+and\s+(?=[A-Z])", phrase):
            if parts and not role_mod.starts_with_role(part) and not _institution_first(part, institutions) \
                    or parts and role_cues.one_title(parts[-1], part):      # 'President and CEO of X': one post
                parts[-1] += " and " + part
            else:
                parts.append(part)
        # 'signed by Rector A, Rector B and Chairman C': 'Rector B' is another person, not A's role
        parts = [part for part in parts if not (_role_then_name(part)
                                                and not refers_to(part.split(None, 1)[-1], institutions))]
        if not parts:
            break
        # ('Member of the Party Committee and VAST President': the owner first in the second part)
        split = [_owned_role(_institution_first(part, institutions), span[0], institutions)
                 if _institution_first(part, institutions) else _split_institution(part, span[0], institutions)
                 for part in parts if role_mod.starts_with_role(part) or role_mod.read_headed_role(part, 0)]
        parent = _parent_after(text, span[1], institutions)
        for role in split:             # 'President and CEO of Siemens Vietnam': both of Siemens Vietnam
            if role.institution is None and split[-1].institution is not None:
                role.institution = split[-1].institution
            if role.institution is None and parent is not None:
                role.institution = parent
        found += split
        if second:
            found.append(_owned_role((second[1][1], second[1][0]), second[1][2], institutions))
            break
        # (' – ': 'Director of X – Dean of Y'; ', and ': the last post of the series)
        nxt = re.match(r",\s*and\s+|\s*,\s*|\s+[–—]\s+", text[span[1]:])
        if not nxt or not role_mod.starts_with_role(text[span[1] + nxt.end():]):
            break
        if "and" in nxt.group() and not re.match(r"(?:(?:%s)s?[\s-]+)+(?:of|at|for)\s" % _role_words(),
                                                 text[span[1] + nxt.end():]):
            break              # ', and Vice Governor A B of X': another person, not a post of this one
        pos = span[1] + nxt.end()
    return _series_owner(found)


def _series_owner(found: list[RoleFound]) -> list[RoleFound]:
    """'A, Chairman of the University Council, and Director of X': the posts of one series after a
    name that name no institution belong to the one the series' last post names."""
    last = found[-1].institution if found else None
    for role in found[:-1]:
        if role.institution is None and not role.anaphoric and last is not None:
            role.institution = last
    return found


def _parent_after(text: str, end: int, institutions) -> Institution | None:
    """'Director General of the Department of Higher Education under the Ministry of X', '... of the
    International Cooperation Department, Ministry of X': the body a unit role belongs to, named
    right after it."""
    # (also ', at the University of X' and ' - X': a unit written before its parent)
    bracket = re.match(r"\s*\(([A-Z][\w&-]{1,10})\)", text[end:end + 20])
    named = refers_to(bracket.group(1), institutions) if bracket else None
    if named:
        return named          # 'Director-General (IPA)': the body's acronym
    lead = re.match(r"(?:\s*\([^()]{1,40}\))?(?:,\s*(?:at\s+)?|\s+(?:under|of|at)\s+|\s+[-–]\s+)(?:the\s+)?",
                    text[end:end + 60])
    if not lead:
        return None
    rest = text[end + lead.end():end + lead.end() + 200]
    # ('Director, Centre for Entrepreneurship, Alpha University': the unit between the post and the parent)
    unit = re.match(r"(?!(?:Prof|Dr|Mr|Mrs|Ms)\b)[A-Z][\w&' -]{2,50}?,\s*(?:the\s+)?", rest) if lead.group().startswith(",") \
        else None
    for start in [0] + ([unit.end()] if unit else []):
        for inst in institutions:
            for label in inst.labels():
                if rest.startswith(label, start) and not re.match(r"[\w-]", rest[start + len(label):start + len(label) + 1]):
                    return inst
    closing = re.match(r"([A-Z][\w&-]{1,10})\)", rest) if lead.group().startswith(",") else None
    if closing and is_acronym(closing.group(1)):
        return refers_to(closing.group(1), institutions)    # 'A (Vice Chairman, LSHEC)': an acronym the body's name spells
    return None


# ('president and CEO of X': an abbreviated post inside; 'senior lecturer at X': an academic rank held there;
# 'founder and pro-chancellor of X': a hyphenated post inside)
_LOWER_ROLE = re.compile(role_cues.LOWER_MODIFIERS + r"(?:attaché|attache|counsellor|member|lecturer|professor|researcher|"
                         + role_cues.LOWER_HEADS[3:] + r"\b(?: (?:[a-z]+(?:-[a-z]+)*|[A-Z]{2,4}\b)){0,4}? (?:of|at|for) ")
# 'vice-chancellor of X and A B, director of Y': an untitled name and its own lowercase post end the first post
_NEXT_UNTITLED = re.compile(r"\s+and\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s+(?:the\s+)?[a-z])")


# 'A B of The University of X': the body after a name, its article capitalised, with 'of' inside its name
_AFFILIATION_WITH_OF = re.compile(r"\s+of\s+(?:[Tt]he\s+)?([A-Z][\w-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w-]*)*)")


_SPEECH_VERB = re.compile(r"\s+(?:said|says|stated|states|noted|notes|added|adds|explained|explains|remarked|told)\b")


def _lowercase_role(text: str, pos: int) -> int | None:
    """End of a role written in lowercase after a name ('head of the Office of International Cooperation
    at VTUP'): a role word, then 'of/at/for' and capitalised names, up to punctuation."""
    m = _LOWER_ROLE.match(text, pos)
    if not m:
        return None
    end = re.match(r"[^,;.()\n]*", text[m.end():])
    phrase = re.split(r"\s+and\s+(?=(?:Mr|Mrs|Ms|Dr|Prof)\b)", end.group())[0]    # '... and Mr. B as ...'
    phrase = _SPEECH_VERB.split(phrase)[0]         # 'A, president of X said ...': the post ends at the verb
    cut = _NEXT_UNTITLED.search(text[m.end():m.end() + len(phrase) + 80])
    phrase = phrase[:cut.start()] if cut and cut.start() < len(phrase) else phrase
    # ('former president of the university': the owner is the university named before)
    anaphor = re.fullmatch(r"the\s+" + _ANAPHOR_ALT, phrase.strip())
    return m.end() + len(phrase.rstrip()) if re.search(r"\b[A-Z]", phrase) or role_cues.lowercase_unit(phrase) \
        or anaphor else None


# lowercase words that never describe a post ('A, and director of X', 'A, whose director ...')
_NOT_POST_WORD = {"and", "or", "nor", "but", "the", "who", "whose", "which", "that", "its", "his", "her", "their", "our",
                  "with", "from", "for", "also", "now", "then", "not", "was", "were", "has", "had", "will", "said"}


def _described_lowercase_role(text: str, pos: int, institutions) -> RoleFound | None:
    """'Dr. X, medical director at Y', 'A, programme officer of Y': one lowercase word that describes
    the post before a lowercase role (see _lowercase_role), kept only when the role names an
    institution of the article as written (no implied or guessed owner)."""
    word = re.match(r"([a-z]{3,})\s+", text[pos:pos + 40])
    if not word or word.group(1) in _NOT_POST_WORD:
        return None
    end = _lowercase_role(text, pos + word.end())
    if not end:
        return None
    known = len(institutions)
    found = _split_institution(text[pos:end], pos, institutions)
    if len(institutions) > known:          # ('... at ADB': an employer known only from this role)
        del institutions[known:]
        return None
    return found if found.institution is not None and not found.anaphoric else None


# 'by university Registrar X': a generic noun before the role names its institution (no cut after it)
_ANAPHOR_ALT = "(?:" + "|".join(sorted(role_mod.ANAPHOR_NOUNS)) + ")"


def _roles_before(text, title_start, institutions) -> list[RoleFound]:
    """A role written just before the titles: 'President MUN ', 'PU Vice Chancellor (VC) '."""
    line_start = text.rfind("\n", 0, title_start) + 1
    # 'President of X, professor Dr. A', 'State Secretary the Honourable A': a lowercase title or 'the'
    # between the post and the titles belongs to the titles
    before = re.sub(r"(?<=\S)\s+(?:(?:(?:associate|assistant)\s+)?professor|the)\s+$", " ", text[line_start:title_start])
    title_start = line_start + len(before)
    # '- Vice Rector: Dr. A', 'Rector of X: Prof. A': a post opening its line or sentence, then a colon
    label = re.search(r"(?:^|[-–•]\s+|[.;]\s+)([A-Z][^:;,.()]{1,80}):\s+$", before)
    if label and role_mod.starts_with_role(label.group(1)):     # (same length: offsets stay right)
        before = " " * label.start(1) + label.group(1) + " " + before[label.end(1) + 1:]
    # clause breaks: punctuation, 'by', 'and', a dash, and any lowercase word ('were Hue University ...')
    cuts = [0] + [m.end() for m in re.finditer(r"[,;:.(][\"”]?\s+|\b(?:by|while)\s+|\band\s+|\s[–—-]\s|"
                                               r"\b[a-z][\w'’]*\s+of\s+(?=[A-Z]|" + _ANAPHOR_ALT + r"\s+[A-Z])|"
                                               r"\s(?=its\s+[A-Z])|"      # 'Signing for X was its Rector, Dr. Y'
                                               # 'He met the Director of X Dr. Y', 'on behalf of the Rector of X Dr. Y'
                                               # ('in the presence of the Governor of X, Eng. Y')
                                               r"(?:\b(?:behalf|presence|witness|attendance|invitation)\s+of|\b(?!(?:of|at|for|in|to|on|and|the)\b)[a-z][\w'’]*)"
                                               r"\s+(?=the\s+(?:" + _role_words() + r")(?![\w'’-]))|"
                                               r"\b(?:[Ww]hereas|[Mm]eanwhile|[Ll]ikewise|[Ss]imilarly)\s+|"
                                               r"\b(?:were|was|are|is|included|includes|including)\s+(?=the\s+[A-Z])|"
                                               r"\b(?!(?:of|the|for|at|provincial|municipal)\b)(?!" + _ANAPHOR_ALT + r"\s)"
                                               r"[a-z][\w'’]*\s+(?=[A-Z])", before)]
    for i in reversed(range(len(cuts))):     # the shortest clause that reads as a role
        found = _role_clause(before[cuts[i]:], title_start, institutions,
                             _opens(before, cuts[i]) or body_comma_posts.after_body_name(before, cuts[i], institutions))
        if found:
            return _rank_after_role(before, cuts, i, line_start, institutions, found) \
                or _joined_role(before, cuts, i, line_start, institutions) + found
    return []


ACADEMIC_RANK = re.compile(r"(?:(?:Senior|Associate|Assistant)\s+)?(?:Lecturer|Professor)")


def _rank_after_role(before, cuts, i, line_start, institutions, found) -> list[RoleFound]:
    """'presented by the Rector, Lecturer A': an academic rank written like a title after the
    person's post; the post is the role ([] when the shape does not fit)."""
    if len(found) != 1 or not ACADEMIC_RANK.fullmatch(found[0].role) or i == 0 \
            or not re.search(r",\s+$", before[:cuts[i]]):
        return []
    post = before[cuts[i - 1]:cuts[i]]
    if not re.fullmatch(r"[Tt]he\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+", post):
        return []
    return _role_clause(post, line_start + cuts[i], institutions, _opens(before, cuts[i - 1]))


def _opens(before: str, cut: int) -> bool:
    """The clause cut here opens a sentence or a new member of a list."""
    return cut == 0 and not before[:1].islower() or bool(re.search(r"(?:^|[.;:]\s|[,.][\"”]\s|\band\s|"
                                                                   r"\b(?:by|while|[Ww]hereas|[Mm]eanwhile|[Ll]ikewise|"
                                                                   r"[Ss]imilarly)\s|\b(?:Doctor|Professor|Master),\s)$",
                                                                   before[:cut])) \
        or bool(re.search(r"(?:,|\b(?:were|was|are|is|included|includes|including))\s$", before[:cut])
                and role_cues.role_apposition(before[cut:])) \
        or bool(re.fullmatch(r"(?:.*[.;:]\s+)?[A-Z][a-z]+(?:\s+[a-z]+){0,5},\s+", before[:cut], re.S)) \
        or bool(re.search(r"\b(?:with|visiting|incoming|outgoing|new|newly\s+appointed)\s$", before[:cut])) \
        or _after_words(before, cut)
    # (the last: 'together with Head of X, M.S. A', 'the visiting Rector of X, Prof. A': no name before the post)
    # (the last: after an opening phrase of lowercase words, 'For her part, the President of X, Y')
    # (an opening phrase of up to six words: 'Speaking at the signing ceremony, X Vice Chancellor, Prof. Y')


def _after_words(before: str, cut: int) -> bool:
    """A post after a preposition ('in the presence of the Governor of X, Eng. A') or after a clause that
    ends with a lowercase word and a comma ('..., held virtually, President of X, Dr. A'): no name comes
    before it whose post it could end, so it is the post of the name that follows."""
    clause = before[cut:]
    return bool(re.search(r"\b(?:of|for|to|from|at)\s$", before[:cut]) and role_cues.role_apposition(clause)
                or re.search(r"\b[a-z]{2,},\s$", before[:cut]) and role_mod.starts_with_role(clause))


def _joined_role(before, cuts, i, line_start, institutions) -> list[RoleFound]:
    """'ABC Vice Chancellor and Chief Executive Officer Prof X': the role joined by 'and' before the
    one read just before the titles is the same person's ([] when none)."""
    joint = re.search(r"\s+(?:and|&)\s+$", before[:cuts[i]])
    if not joint or i == 0:
        return []
    head = before[cuts[i - 1]:joint.start()]
    last = head.split()[-1].lower() if head.split() else ""
    if last not in role_mod.ROLE_HEAD_WORDS | role_mod.ROLE_START_WORDS:
        return []              # 'Rector A and Vice Rector B': the head ends with another person's name
    return _role_clause(head + " ", line_start + joint.start() + 1, institutions, _opens(before, cuts[i - 1]))


def _role_clause(clause, title_start, institutions, opens_clause=False) -> list[RoleFound]:
    clause = re.sub(r"\s*\([A-Z]{2,8}\)\s*$", " ", clause).strip()
    clause = re.sub(r"[\"“”«»„]", "", clause)        # 'Chairman of the Union "Alpha Growers" A B
    clause = re.sub(r"^Visiting\s+(?=[A-Z])", "", clause)     # 'Visiting X Vice Chancellor, Prof. Y'
    clause = honorifics.without_qualifier(clause)     # 'Deputy Vice-Chancellor (Academic) of X, '
    clause = re.sub(r"\s*\([A-Z][\w-]{1,15}\)(?=,$)", "", clause)      # '... Agency (Bappeda), Dr. X'
    # 'Dean (International) of the College, ...', 'Dean (Research and Development) Prof. X': a qualifier
    clause = re.sub(r"\s*\([A-Z][\w&' -]{1,30}\)(?=\s+of\s|,?$)", "", clause)
    opens_clause |= bool(re.fullmatch(r"[A-Z][\w-]*['’]s\s+[A-Z][^,;]*,", clause))   # "HSWT's President, Prof. X"
    its = re.fullmatch(r"its\s+([A-Z][^,;]*),", clause)
    if its and role_mod.starts_with_role(its.group(1)):
        # 'HWK Koblenz was represented by its Managing Director, Mr. X': the sentence's subject
        found = _split_institution(its.group(1), title_start - len(clause), institutions)
        named = [(m.start, inst) for inst in institutions for m in inst.mentions if m.start < title_start]
        found.institution = found.institution or (max(named, key=lambda x: x[0])[1] if named else None)
        return [found]
    pointer = re.fullmatch(r"[Tt]he\s+(\w+)['’]s\s+([A-Z][^,;]*),", clause) if opens_clause else None
    if pointer and pointer.group(1).lower() in role_mod.ANAPHOR_NOUNS and role_mod.starts_with_role(pointer.group(2)):
        # "and the company's General Director, Mr. X": the company named last before
        found = _split_institution(pointer.group(2), title_start - len(clause), institutions)
        found.institution = found.institution or _named_by(pointer.group(1).lower(), institutions, title_start)
        return [found]
    if opens_clause and re.fullmatch(r"(?:[Tt]he\s+)?[A-Z][^,;]*,", clause):
        clause = re.sub(r"^[Tt]he\s+", "", clause[:-1])     # 'The Rector of OU, Dr. X', "CTUMP's Rector, Dr. X"
    employer = _post_then_employer(clause, institutions) if opens_clause else None
    if employer:
        return [RoleFound(employer[0], employer[1], title_start - len(clause))]
    if not clause or not clause[-1].isalnum():     # 'Rector, ' belongs to the previous name
        return []
    listed = re.sub(r"^[Tt]he\s+", "", clause)
    # (only when a comma is inside the name: 'Rector of X, and ' still ends the previous person's role)
    inside = "," in listed.partition(" of ")[2] and not re.search(r"[.;:!?](?:\s|$)|\band$", listed) \
        and all(w[:1].isupper() or w in role_mod.ROLE_CONNECTORS for w in listed.replace(",", " ").split())
    owned = _owner_by_words(listed, institutions) if inside else None
    if owned:                  # 'Minister of Economy, Trade and X of Y A B': the commas are the name's
        return [RoleFound(owned[0], owned[1], title_start - len(clause))]
    if re.search(r"[,;]|\band$", clause):          # 'Rector of X, and ' ends the previous person's role
        return []
    if re.search(r"\b(?:Prof|Dr|Mr|Mrs|Ms|Assoc)\b", clause):   # another person's titles inside
        return []
    if re.fullmatch(r"Professor(?:\s+[A-Z][\w'’-]*){2,}", clause):
        return []              # 'by Professor A B, Professor C D': the previous person, not a role
    unit_post = role_cues.unit_then_post(clause, institutions)
    if unit_post:              # 'Department of Archeology Chairman Dr A': the unit's head
        return [RoleFound(unit_post[0], unit_post[1], title_start - len(clause) + clause.index(unit_post[0]))]
    words = clause.split()
    if not all(w[:1].isupper() or w in role_mod.ROLE_CONNECTORS | {"to", "provincial", "municipal"}
               or i == 0 and w in role_mod.ANAPHOR_NOUNS
               # 'The Vice-Chancellor of the university, Prof. X': the noun points back (_split_institution)
               or i == len(words) - 1 and w in role_mod.ANAPHOR_NOUNS and words[i - 2:i] == ["of", "the"]
               for i, w in enumerate(words)):
        return []              # ('Ambassador to Japan' too)
    if any(_ends_with_role_and_name(part) for part in re.split(r"\s+and\s+", clause)[:-1]):
        return []              # 'X Director Tom Baker and County Governor A B': another person's post and name inside
    owned = _institution_first(clause, institutions)
    if owned:
        return [_owned_role(owned, title_start - len(clause), institutions)]
    acronym = re.match(r"([A-Z][A-Za-z]{1,5})['’]s\s+(?=[A-Z])", clause)
    if acronym and is_acronym(acronym.group(1)) and acronym.group(1).upper() not in NOT_ACRONYMS \
            and role_mod.starts_with_role(clause[acronym.end():]):
        # "GIZ's Director of the Programme ..., Dr. X": an organisation named only by its acronym
        found = _split_institution(clause[acronym.end():], title_start - len(clause) + acronym.end(), institutions)
        found.institution = found.institution or _acronym_employer(acronym.group(1), title_start - len(clause),
                                                                   institutions)
        return [found]
    noun = re.match(r"(\w+)\s+(?=[A-Z])", clause)
    if noun and noun.group(1).lower() in role_mod.ANAPHOR_NOUNS and role_mod.starts_with_role(clause[noun.end():]):
        # 'University President Prof. X': the university named last before
        found = _split_institution(clause[noun.end():], title_start - len(clause), institutions)
        found.institution = found.institution or _named_by(noun.group(1).lower(), institutions, title_start)
        return [found]
    nationality = re.match(r"[A-Z][a-z]+(?:ese|ian|an|ish|ic|i)\s+(?=\S)", clause)
    if nationality and not role_mod.starts_with_role(clause):      # 'Mozambican Deputy Minister of ...'
        clause = clause[nationality.end():]
    if re.match(r"[Tt]he\s+", clause) and role_mod.starts_with_role(clause[4:]):
        clause = clause[4:]             # 'while the Vice-Chancellor of X Prof. Y signed': no comma before the name
    if not role_mod.starts_with_role(clause):
        return []
    return [_split_institution(clause, title_start - len(clause), institutions)]


# 'Vice chancellor, Lorem University (LU), Prof A': a post opening its clause, then its institution
POST_THEN_EMPLOYER = re.compile(r"(?:[Tt]he\s+)?(?P<post>[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,5}),\s+(?:the\s+)?"
                                r"(?P<employer>[A-Z][^,;()]*?)(?:\s*\([A-Z][\w-]{1,15}\))?,")


def _post_then_employer(clause: str, institutions) -> tuple[str, Institution] | None:
    """(post, institution) when the clause is a post, a comma and the name of an institution found."""
    m = POST_THEN_EMPLOYER.fullmatch(clause)
    if not m or not role_mod.starts_with_role(m.group("post")):
        return None
    employer = refers_to(m.group("employer"), institutions)
    return (m.group("post"), employer) if employer else None


def _owned_role(owned, start, institutions) -> RoleFound:
    inst, role = owned
    found = _split_institution(role, start, institutions)
    if not found.institution:
        found.institution = inst
    elif found.institution is not inst:
        found.written_owner = inst     # ('UTM Director of the X Institute': X may be UTM's unit, unit_owners)
    return found


SIGNED_BY = re.compile(r"\b(?:signed|singed|inked|initialled|executed|penned|entered\s+into)\b" + signers.BEFORE_BY +
                       r"(?:by\b|by(?=(?:Dr|Prof|Mr|Mrs|Ms)\b))", re.I)     # (also 'signed byDr A': a word lost its space)
SIGNATORIES = re.compile(r"^\s*(?:(?:also\s+)?signing\s+(?:for|on behalf of|were|was|the\s+(?:mou|moa|agreement|memorandum|document))\b|"
                         r"(?:the\s+)?(?:(?:mou|moa|agreement|memorandum|document|contract)['’]s\s+)?(?:two\s+|both\s+)?signatories\b|"       # 'The two signatories, A and B, ...'
                         r"(?:the\s+)?(?:agreement|mou|memorandum)\s+was\s+signed\b)", re.I)
NOT_IN_SIGNER_LIST = re.compile(r";(?!\s*and\b)|\b(?:witness\w*|attend\w*|presence|while|who|whereas|"
                                r"welcomed|visited|led|"
                                # 'was signed during the visit of A', '... of an official visit to Lorem of
                                # President A': A is the guest
                                r"visits?\s+(?:to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?(?:of|by))\b", re.I)


def _signed(text, start, end, sentences) -> bool:
    """The sentence says this person signed: 'was signed [at X] by A, role, and B', 'Signing for the
    parties were A; B; and C', or 'A and B signed / inked / sign the agreement' with the person
    in the subject."""
    for s in sentences:
        if s.start <= start < s.end:
            sent_before = text[s.start:start]
            after = text[end:s.end]
            by = list(SIGNED_BY.finditer(sent_before))
            if by and not NOT_IN_SIGNER_LIST.search(sent_before[by[-1].end():]):
                return True
            if SIGNATORIES.match(sent_before) and not NOT_IN_SIGNER_LIST.search(sent_before.replace(";", ",")):
                return True
            verb = SIGN_VERBS.search(after)
            # 'Under the witness of the delegates, A and B signed': the opening phrase is not about A
            opening = re.match(r"(?:under the witness of|in the presence of|witnessed by)[^,]{0,80},\s*", sent_before, re.I)
            lead = s.start + (opening.end() if opening else 0)
            if verb and not NOT_SIGNER_CUES.search(text[lead:end + verb.start()]) \
                    and not re.search(r"\bby\b|,\s*(the\s+)?\w+\s+(was|were)", text[s.start:start]):
                between = signers.without_asides(after[:verb.start()])     # 'A and B — who ... — signed'
                # 'A shows an agreement signed with B': a participle after the document, not A's act
                held = re.search(r"\b(?:agreement|mou|moa|memorandum|deal|document)\s+$", between, re.I) \
                    or re.search(r"\b(?:the|a|an|their|its|his|her)\s+$", between)   # 'exchanged the signed documents'
                return not held and not re.search(r"\b(who|which|was|were|has|have|had|will)\b", between)
            return False
    return False


# 'Director of the Department', 'Chairman of the Committee': nouns that point back to an institution
# only when one is named with them ('Da Nang Department of ...'); else a unit, as before.
MORE_ANAPHOR_NOUNS = {"department", "committee", "hospital", "group", "embassy", "bank",
                      "universitat", "universite", "universiti", "universidad", "hochschule"}   # 'of the Universität'
# A Vietnamese name's head, in English: 'Học viện Nông nghiệp Việt Nam' is 'the Academy'.
VIETNAMESE_HEADS = {"hoc vien": "academy", "truong dai hoc": "university", "dai hoc": "university",
                    "benh vien": "hospital", "vien": "institute", "cong ty": "company", "tap doan": "group",
                    "so": "department", "uy ban nhan dan": "committee", "truong cao dang": "college"}


def _head_nouns(inst) -> str:
    """The institution's names, folded, with the English head of a Vietnamese name added."""
    names = [fold(inst.name)] + [fold(label) for label in inst.labels()]
    heads = [english for label in names for viet, english in VIETNAMESE_HEADS.items() if label.startswith(viet + " ")]
    return " ".join(names + heads)


def _named_by(noun, institutions, before):
    """The institution 'the university' points back to: the last one named before whose name holds
    that noun (None when no noun, or no such institution)."""
    if not noun:
        return None
    named = [(m.start, inst) for inst in institutions for m in inst.mentions
             if m.start < before and (re.search(r"\b" + noun + r"\b", _head_nouns(inst))
                                      or noun in ("company", "firm") and inst.is_company)]     # 'Nordvik Systems AB
    return max(named, key=lambda x: x[0])[1] if named else None


ACADEMIC_ANAPHORS = {"school", "university", "college", "institute", "academy", "polytechnic"}
_ACADEMIC_HEAD = re.compile(r"\b(?:universit\w*|college|institut\w*|academy|school|polytechnic)\b")


def _academic_named_by(noun, institutions, before):
    """'Vice Chancellor of the school' after 'Lorem University and Ipsum Industries': an academic noun no
    name holds points back to the last school of any kind named before it, never to a company."""
    if noun not in ACADEMIC_ANAPHORS:
        return None
    named = [(m.start, inst) for inst in institutions for m in inst.mentions
             if m.start < before and not inst.is_company and _ACADEMIC_HEAD.search(_head_nouns(inst))]
    return max(named, key=lambda x: x[0])[1] if named else None


def _owner_of_unit(noun, text, before, institutions):
    """The institution 'the College' points back to when no institution's name holds the noun: the
    owner of the unit last named with that head ("Flinders' College of Nursing", "Alpha's School of
    Law"); None otherwise."""
    if not noun:
        return None
    owner = None
    unit = re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})['’]s?\s+(?:[A-Z][\w-]*\s+){0,3}%s\b"
                      % re.escape(noun.capitalize()))
    for m in unit.finditer(text, 0, before):
        owner = refers_to(m.group(1), institutions) or owner
    return owner


def _one_named_in_sentence(people, person, sent, named_before):
    """'Pro-VC A, Treasurer B, DU Dean C and Dean of DU D were present': the one institution the
    other people of the sentence name in their roles, in a list of three or more people (with one
    other person, that person is as often the other side: 'A, Head of X, and B, Director of Y')."""
    mates = [p for p in people if p is not person and any(sent.start <= s < sent.end for s, _ in p.mentions)]
    named = {id(inst): inst for p in mates for inst in named_before[id(p)]}
    return next(iter(named.values())) if len(named) == 1 and len(mates) >= 2 else None


COUNTRY_ROLE = re.compile(r"\b(?:Ambassador|Consul|Consul General)\b", re.I)


# The loose context: the last institution named anywhere before the person, further back than the
# sentence before. Measured on real pages, roles given this way were right 7 times in 25 (session 11)
# and, even kept only when the post left one candidate, 2 times in 16 (session 16): a loose context
# gives no owner (_fitting_body).
LOOSE_CONTEXTS = {"text before"}
# Posts one person holds in an institution: another person named with the post there rules it out.
ONE_HOLDER_POSTS = {"rector", "ceo", "registrar", "bursar", "governor", "mayor", "secretary-general", "council-chair"}


def _fill_implied(people, text, institutions, sentences, default):
    """Give roles without a named institution the one the context implies: the person's
    'of the PU', their other roles, the nearest institution named before them in the sentence,
    the previous person of the same sentence, else the publisher's institution. The post must fit
    the body (role_kinds: a dean's is a university); a loose context is kept only when it leaves one
    candidate (_one_candidate), else the role gets none."""
    previous_in_sentence = {}
    named_before = {id(p): [r.institution for r in p.roles if r.institution] for p in people}
    owners = _post_owners(people)
    candidates = [i for i in institutions if not i.implied and i.mentions
                  and not role_sides.unit_parent(i, text, institutions)]
    ordered = sorted(((m[0], p) for p in people for m in p.mentions[:1]), key=lambda x: x[0])
    for start, person in ordered:
        sent = next((s for s in sentences if s.start <= start < s.end), None)
        named = [r.institution for r in person.roles if r.institution]
        implied, path = (person.affiliation, "affiliation") if person.affiliation else \
            (named[0], "own role") if named else (None, None)
        if implied is None and sent:
            before = [(m.start, inst) for inst in institutions for m in inst.mentions
                      if sent.start <= m.start < start]
            if before:
                implied, path = max(before, key=lambda x: x[0])[1], "sentence before"
            elif sent.start in previous_in_sentence:
                implied, path = previous_in_sentence[sent.start]
                path = path if path in LOOSE_CONTEXTS else "previous person"
            elif default is None:         # (the publisher's own people come first)
                implied, path = _one_named_in_sentence(people, person, sent, named_before), "mates"
        if implied is None:
            implied, path = default, "publisher"
        if implied is None:
            before = [(m.start, inst) for inst in institutions for m in inst.mentions if m.start < start]
            nearest = max(before, key=lambda x: x[0]) if before else (None, None)
            implied, path = nearest[1], "previous sentence" if _just_before(nearest[0], sent, sentences) else "text before"
        embassy = next((i for i in institutions if re.match(r"(?:the\s+)?(?:Embassy|Consulate)\b", i.name)), None)
        # (posts of a kind first: 'Vice-Chancellor and President' goes where the Vice-Chancellor goes)
        for r in sorted(person.roles, key=lambda r: role_kinds.post_kind(r.role) is None):
            if r.institution is None:             # an ambassador speaks for a country, not for a party
                anaphor = _named_by(r.anaphor, institutions, start) or _owner_of_unit(r.anaphor, text, start,
                                                                                      institutions) \
                    or _academic_named_by(r.anaphor, institutions, start)
                r.implied_by = "embassy" if COUNTRY_ROLE.search(r.role) else "anaphor" if anaphor else path
                r.institution = embassy if COUNTRY_ROLE.search(r.role) else anaphor or \
                    _fitting_body(r, implied, path, person, candidates, owners)
                implied = r.institution if r.institution and path in LOOSE_CONTEXTS else implied
        for m_start, _ in person.mentions:      # later names in these sentences inherit it
            m_sent = next((x for x in sentences if x.start <= m_start < x.end), None)
            if m_sent and implied is not None:
                previous_in_sentence.setdefault(m_sent.start, (implied, path))


def _just_before(position, sent, sentences) -> bool:
    """position falls in the sentence right before sent."""
    i = sentences.index(sent) if sent in sentences else 0
    return position is not None and i > 0 and sentences[i - 1].start <= position < sentences[i - 1].end


def _post_owners(people) -> dict:
    """(role key, id of institution) -> ids of the people holding that post there, from roles whose
    institution the text names."""
    owners = {}
    for p in people:
        for r in p.roles:
            if r.institution is not None:
                owners.setdefault((role_mod.role_key(r.role), id(r.institution)), set()).add(id(p))
    return owners


def _fitting_body(role, implied, path, person, candidates, owners):
    """The institution a role without one gets: the context's (implied) when the post fits it and the
    context is not a loose one; else the one candidate that can hold the post and whose post is not
    already someone else's ('Deputy Vice-Chancellor' with one university among the institutions);
    None when no single candidate is left, and always for a loose context."""
    if path in LOOSE_CONTEXTS or path == "previous sentence" and role_owner.writes_own_owner(role.role):
        return None      # (owners from the sentence before were right 0 times in 5 for such posts, session 16)
    kind = role_kinds.post_kind(role.role)
    if implied is not None and (path == "affiliation" or path not in LOOSE_CONTEXTS
                                and (role_kinds.holds(implied, kind, COUNTRIES)
                                     or role_kinds.body_kind(implied, COUNTRIES) is None)):
        return implied           # (the side the text says the person signs for or led stands whatever the post)
    key = role_mod.role_key(role.role)
    start = person.mentions[0][0]
    named = [i for i in candidates if i.mentions[0].start < start] or candidates     # (the context's are named before)
    fitting = role_kinds.one_holder(kind, named, COUNTRIES)
    if len(fitting) > 1 and key in ONE_HOLDER_POSTS:     # 'Rector A' with two universities: the one whose rector is not named
        fitting = [i for i in fitting if not owners.get((key, id(i)), set()) - {id(person)}]
    if kind is None:                   # any body may have this post: only the context's, when it is the one left
        return implied if fitting == [implied] else None
    return fitting[0] if len(fitting) == 1 else None
