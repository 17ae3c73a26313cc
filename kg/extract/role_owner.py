"""The institution a role's owner phrase names when the phrase is not written as one of the article's
institution names: a shortened name ('Minister of Health of the Republic of X' for the 'Ministry of
Health of the Republic of X'), another word form ('Economy' for 'Economic ...'), the kind written
before the name ('the Public Union "Association of X"'), or the acronyms of its parts ('of ABC DEF'
for 'Alpha Bureau of Cooks of the Delta Economic Forum').

Precision first: a phrase fits an institution only when one name holds nearly all the words of the
other; when several fit, the one sharing the most words wins, and a tie gives nothing."""

import re

from kg.names import STOPWORDS, acronym_fit, name_key

STEM = 5             # 'Economy' and 'Economic' share their first five letters
MAX_KIND_WORDS = 2   # words the phrase may add before a full name ('Public Union', 'state-owned company')
_QUOTES = re.compile(r"[\"“”«»„]")


def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:STEM] for w in name_key(text, drop_titles=True).split() if w not in STOPWORDS)


def _fits(phrase_stems: frozenset, label: str) -> bool:
    """The phrase is a shortened form of the label (most of its words, three or more), or the label
    written whole inside the phrase with at most a kind word or two added."""
    label_stems = _stems(label)
    if len(label_stems) < 2 or not phrase_stems:
        return False
    shortened = phrase_stems <= label_stems and len(phrase_stems) >= 3 and 2 * len(phrase_stems) > len(label_stems)
    with_kind = label_stems <= phrase_stems and len(phrase_stems - label_stems) <= MAX_KIND_WORDS
    return shortened or with_kind


def _acronyms_fit(phrase: str, label: str) -> bool:
    """'ABC DEF': every word of the phrase is in capitals and together they spell the label's words."""
    words = phrase.split()
    letters = "".join(words)
    return bool(words) and all(re.fullmatch(r"[A-Z]{2,8}", w) for w in words) and len(letters) >= 4 \
        and " " in label.strip() and acronym_fit(letters, label) == 0


def owner_by_words(phrase: str, institutions):
    """The one institution the owner phrase names by its words or its acronyms; None when none or
    several fit."""
    phrase = " ".join(_QUOTES.sub(" ", phrase).split())
    phrase = re.sub(r"^(?:the|The)\s+", "", phrase)
    stems = _stems(phrase)
    shared = {}              # institution id -> (words shared with the phrase, the institution)
    for inst in institutions:
        for label in inst.labels():
            if _fits(stems, label) or _acronyms_fit(phrase, label):
                count = len(stems & _stems(label)) if not _acronyms_fit(phrase, label) else len(stems) + 1
                shared[id(inst)] = max(shared.get(id(inst), (0, inst)), (count, inst), key=lambda x: x[0])
    best = sorted((count for count, _ in shared.values()), reverse=True)
    if not best or len(best) > 1 and best[0] == best[1]:
        return None          # none, or two institutions fit as well: say nothing
    return next(inst for count, inst in shared.values() if count == best[0])


# Head words of an organisation's name ('Horizon Campus', 'Fukuoka City'); a unit's head ('Faculty of ...')
# opening the phrase makes it a unit of whatever institution the context gives.
_ORG_HEAD = re.compile(r"\b(?:Campus|Universit\w+|College|Company|Corporation|Ltd|Limited|Group|Hospital|Bank|"
                       r"Foundation|Association|Council|Agency|Authority|Ministry|Embassy|Institute|Society|Federation|"
                       r"Chamber|Court|Commission|Municipality|City|Province|Prefecture)\b")
_UNIT_HEAD = re.compile(r"(?:Faculty|School|Department|Office|Board|Centre|Center|College|Institute)\b")
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9&]+(?![\w-])")


def writes_own_owner(role: str) -> bool:
    """The role names an owner of its own that was not resolved: 'Director ... at Alpha', 'Chairman of
    Alpha Campus', 'Director of ABC2', 'President ABCD'. Such a post is no one else's."""
    if re.search(r"\bat\s+(?:the\s+)?[A-Z]", role):
        return True
    m = re.search(r"\bof\s+(?:the\s+)?([A-Z][^,;()]*)$", role)
    if m and (_ACRONYM.search(m.group(1)) or _ORG_HEAD.search(m.group(1)) and not _UNIT_HEAD.match(m.group(1))):
        return True
    return bool(re.search(r"\s" + _ACRONYM.pattern + r"$", role))
