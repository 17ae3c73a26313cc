"""Role phrases ('Rector of HaUI', 'Deputy Head of the Office of External Relations') and their
normalisation to the role concepts of ontology/roles.ttl."""

import re
from functools import lru_cache

from kg.extract import vocab
from kg.textnorm import fold

# Words a role phrase may start with, beyond the wordings in roles.ttl.
ROLE_START_WORDS = {"rector", "president", "vice", "deputy", "director", "dean", "chairman", "chairwoman",
                    "chair", "chairperson", "secretary", "principal", "chancellor", "head", "minister",
                    "ambassador", "consul", "ceo", "founder", "manager", "associate", "assistant",
                    "chief", "general", "executive", "senior", "provost", "lecturer", "coordinator",
                    "officer", "representative", "permanent", "standing", "acting", "pro-vice-chancellor",
                    "vice-rector", "vice-president", "vice-chancellor", "member", "professor", "party",
                    "founding", "interim", "honorary", "managing", "registrar", "treasurer", "governor", "mayor", "commissioner", "counsellor", "attaché",
                    "superintendent", "administrator",
                    # Vietnamese: Hiệu trưởng, Phó Hiệu trưởng, Viện trưởng, Giám đốc, Trưởng khoa, Chủ tịch
                    "vc", "dvc", "pvc", "vp", "svp", "evp", "avp", "pro", "former", "under-secretary", "undersecretary", "bursar",
                    "hiệu", "phó", "viện", "giám", "trưởng", "chủ", "bí", "tổng"}
# Lowercase nouns that, after 'of the'/'at the', point back to an institution already named.
ANAPHOR_NOUNS = {"school", "university", "college", "institute", "academy", "company", "ministry", "hospital", "embassy",
                 "corporation", "centre", "center", "faculty", "board",
                 "bank", "agency", "organisation", "organization", "foundation", "association", "polytechnic",
                 "commission", "authority", "federation", "society", "firm"}
NAME_PARTICLES = {"de", "du", "des", "di", "del", "la", "van", "von"}
ROLE_CONNECTORS = {"of", "the", "and", "for", "at", "&", "in"}
TITLE_WORDS = {"dr", "prof", "mr", "mrs", "ms", "assoc", "msc", "comrade", "professor", "associate"}


# Head words written in lowercase after a capitalised role word ('Vice president', 'Deputy director').
LOWERCASE_CONTINUATIONS = {"president", "rector", "chancellor", "vice-chancellor", "director", "dean", "chairman",
                           "principal", "head", "minister", "secretary", "manager", "provost", "governor"}
# Words that end a role written head-last: 'Human Resources Director', 'International Relations Officer'.
ROLE_HEAD_WORDS = {"director", "manager", "officer", "coordinator", "adviser", "advisor", "secretary",
                   "dean", "head", "president", "rector", "chairman", "chairwoman", "principal", "chancellor",
                   "counsellor", "counselor", "attaché", "attache", "specialist", "representative", "assistant",
                   "superintendent"}


def _role_word(word: str) -> bool:
    low = word.lower()
    if re.match(r"(?:vice|deputy|pro)-\w", low):          # 'Vice-Principal', 'Pro-Rector'
        low = low.split("-", 1)[1]
    elif re.match(r"\w+-\w", low) and low.split("-", 1)[0] in ROLE_START_WORDS:
        low = low.split("-", 1)[0]                       # 'Director-General', 'Consul-General'
    return low in ROLE_START_WORDS or (low.endswith("s") and low[:-1] in ROLE_START_WORDS)


# Grades written before a post, never a post alone: 'Additional Mission Director', 'Joint Secretary' (Indian civil
# service ranks), 'Special Adviser'; not 'Joint Research Centre'
GRADE_WORDS = {"additional", "joint", "special"}


def starts_with_role(text: str) -> bool:
    """'Rector of ...', 'Vice Presidents' (a plural heads a list of people), 'Additional Director'."""
    m = re.match(r"\s*([\w-]+)", text)
    if m and m.group(1).lower() in GRADE_WORDS and m.group(1)[:1].isupper():
        post = re.match(r"\s+(?:[A-Z][\w-]*\s+)?([A-Z][\w-]*)", text[m.end():])
        return bool(post) and (_role_word(post.group(1)) or post.group(1).lower() in ROLE_HEAD_WORDS)
    return bool(m) and m.group(1)[:1].isupper() and _role_word(m.group(1))


def singular_role(role: str) -> tuple[str, bool]:
    """('Vice President', True) for 'Vice Presidents'; the role unchanged (False) otherwise."""
    head, sep, rest = role.partition(" of ")
    words = head.split()
    if words and words[-1].lower().endswith("s") and words[-1].lower()[:-1] in ROLE_START_WORDS:
        words[-1] = words[-1][:-1]
        return " ".join(words) + sep + rest, True
    return role, False


def read_headed_role(text: str, start: int) -> tuple[int, int] | None:
    """Span of a role written head-last ('Human Resources Director', '... Director of X'): up to
    four capitalised words then a role head word, continued like read_role_phrase."""
    words = list(re.finditer(r"[A-Z][\w&'’-]*", text[start:start + 80]))
    if not words or words[0].start() != 0:
        return None                         # ', and BDU's Vice Rector, Dr. Y': another person's role
    for i, w in enumerate(words[1:5], start=1):
        if text[start + words[i - 1].end():start + w.start()] != " ":
            return None                     # the words must follow each other
        if w.group().lower() in ROLE_HEAD_WORDS:
            rest = read_role_phrase(text, start + w.start())
            return (start, rest[1] if rest else start + w.end())
    return None


@lru_cache(maxsize=1)
def _role_labels() -> list[tuple[str, str]]:
    """(folded label, role key), longest first."""
    pairs = {(fold(label), key) for key, c in vocab.roles().items() for label in c.labels}
    return sorted(pairs, key=lambda p: (-len(p[0]), p[0]))


@lru_cache(maxsize=1)
def wording_pattern() -> re.Pattern:
    """Any roles.ttl wording (of three letters or more) as a whole word in folded text, longest first."""
    labels = sorted({label for label, _ in _role_labels() if len(label) > 2}, key=len, reverse=True)
    words = "|".join(re.escape(label).replace(r"\-", "[- ]").replace(r"\ ", "[- ]") for label in labels)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


def normalise_role(text: str) -> str | None:
    """Role key for a role as written: the longest roles.ttl wording it starts with, else the
    longest wording it contains; None when no wording fits ('focal person')."""
    folded = re.sub(r"^the ", "", fold(text).replace("-", " "))
    for label, key in _role_labels():         # (a plural is the post of each: 'vice rectors')
        if re.match(re.escape(label.replace("-", " ")) + r"(?:e?s)?\b", folded):
            return key
    for label, key in _role_labels():
        if re.search(r"\b" + re.escape(label.replace("-", " ")) + r"(?:e?s)?\b", folded):
            return key
    return None


def role_key(text: str) -> str:
    """Comparison key for a role: its concept when it has one, else its folded wording."""
    return normalise_role(text) or fold(text)


@lru_cache(maxsize=1)
def _vietnamese_labels() -> list[str]:
    labels = {fold(label) for c in vocab.roles().values() for label in c.labels if " " in label}
    return sorted((l for l in labels if re.search(r"\b(?:truong|pho|giam doc|chu tich|bi thu)\b", l)),
                  key=len, reverse=True)


def _vietnamese_role_at(text: str, start: int) -> int | None:
    """End of a Vietnamese role wording of roles.ttl written at start ('Phó Hiệu trưởng'), if any."""
    head = fold(text[start:start + 40])
    for label in _vietnamese_labels():
        if head.startswith(label) and not head[len(label):len(label) + 1].isalnum():
            return start + len(label)
    return None


_TOKEN = re.compile(r"[^\W_][\w'’\-]*|\(|\)|,|\S")


def read_role_phrase(text: str, start: int) -> tuple[int, int] | None:
    """Span of the role phrase beginning at start ('Rector of Hanoi University of Industry'):
    capitalised words and of/the/and/for/at, ending before a lowercase word, a parenthesis or
    punctuation. 'of the school' is kept (an anaphor resolved later)."""
    if not starts_with_role(text[start:]):
        return None
    end = start
    pos = start
    words = []
    vi = _vietnamese_role_at(text, start)
    if vi:                                 # 'Hiệu trưởng Nha Trang University': lowercase inside the role
        end = pos = vi
    for m in _TOKEN.finditer(text, pos):
        if m.start() < pos:               # inside a qualifier already read
            continue
        if text[pos:m.start()].count("\n") or m.start() - pos > 2:
            break
        tok = m.group()
        low = tok.lower()
        in_charge = re.match(r"i/c\b", text[m.start():], re.I)
        if in_charge and words:           # 'Registrar i/c of X': the post held in charge
            words.append(in_charge.group())
            end = pos = m.start() + in_charge.end()
            continue
        if low in TITLE_WORDS and not (low == "associate" and not re.match(r"\s+Prof", text[m.end():])):
            # 'Director External Linkages Dr Sobia Khuram' ('Associate Vice-President' is a role)
            break
        if tok == "(":                    # 'Pro-Vice-Chancellor (International) of X'
            qualifier = re.match(r"\(([A-Z][\w&' -]{1,30})\)(?=\s+of\s)", text[m.start():])
            if not qualifier:
                break
            end = pos = m.start() + qualifier.end()
            continue
        if tok == "/" and words and starts_with_role(text[m.end():].lstrip()):
            words.append(tok)             # 'President/Vice Chancellor of X', 'MD/CEO': one post
            end = m.end()
        elif tok[:1].isupper() or tok[:1].isdigit():
            words.append(tok)
            end = m.end()
        elif low in ROLE_CONNECTORS or low in NAME_PARTICLES and re.match(r"\s+[A-Z]", text[m.end():]):
            words.append(low)             # 'President of Université de Bordeaux'
        elif words and low in LOWERCASE_CONTINUATIONS and _role_word(words[-1]):
            words.append(low)             # 'Vice president of X', 'Deputy director': translated English
            end = m.end()
        elif low in ANAPHOR_NOUNS and words and words[-1] == "the":
            words.append(low)
            end = m.end()
        else:
            break
        pos = m.end()
    return (start, end) if end > start else None


def is_role_wording(text: str) -> bool:
    """The wording starts with a role word, in any case ('vice-chancellors', 'the Registrar')."""
    m = re.match(r"\s*(?:the\s+)?([\w-]+)", text, re.I)
    return bool(m) and _role_word(m.group(1))
