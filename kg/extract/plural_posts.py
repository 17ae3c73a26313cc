"""A post written once, in the plural, before a list of names: 'IU vice rectors Prof. A, Prof. B and
Prof. C', 'Lorem University's vice-presidents A and B', 'the deans of Lorem University, A and B'.
Each person listed gets the post (in the singular) at the body written with it. Only people the
rules left without any post are given one, and only when the body is written next to the post:
a plural post with no owner written is left alone (whose deans they are cannot be told)."""

import re
from functools import lru_cache

from kg.extract.institutions import refers_to
from kg.extract.people import RoleFound
from kg.extract.roles import _role_labels

# what may stand between two listed names (their titles are part of each name's mention)
_BETWEEN_NAMES = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|;\s*)")
# what may stand between the post (or its owner) and the first name
_BEFORE_FIRST = re.compile(r"\s*[,:]?\s*(?:(?:namely|including|were|are)\s+)?")
# capitalised words (and the small words of a name) that may be the post's owner, written before it
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*\s+(?:(?:of|and|for|the)\s+)*)*[A-Z][\w&.-]*)(?:['’]s?)?\s+$")
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w&.'’-]*)*)")


@lru_cache(maxsize=1)
def plural_pattern() -> re.Pattern:
    """A roles.ttl post of one word or more, in the plural ('vice rectors', 'Deans', 'vice-presidents')."""
    labels = sorted({label for label, _ in _role_labels() if len(label) > 3 and label.isascii()}, key=len, reverse=True)
    words = "|".join(re.escape(label).replace(r"\-", "[- ]").replace(r"\ ", "[- ]") for label in labels)
    return re.compile(rf"(?<![\w-])(?P<post>{words})(?:s|es)(?![\w-])", re.I)


def _owner(text: str, start: int, end: int, institutions):
    """The body written right before the post ('IU vice rectors', "Lorem's deans") or right after it
    ('deans of Lorem University'), with the end of what was read; (None, end) when none is written."""
    after = _OWNER_AFTER.match(text, end)
    if after:
        words = after.group(1).split()
        for k in range(len(words), 0, -1):
            found = refers_to(" ".join(words[:k]), institutions)
            if found:
                return found, after.start(1) + len(" ".join(words[:k]))
    before = _OWNER_BEFORE.search(text, max(0, start - 120), start)
    if before:
        words = before.group(1).split()
        for k in range(len(words)):
            found = refers_to(" ".join(words[k:]), institutions)
            if found:
                return found, end
    return None, end


def give_listed_posts(people, institutions, text: str) -> None:
    """Give each person of a list after a plural post that post and its body, when they have none."""
    starts = sorted(((m[0], p) for p in people for m in p.mentions), key=lambda item: item[0])
    for post in plural_pattern().finditer(text):
        owner, at = _owner(text, post.start(), post.end(), institutions)
        if owner is None:
            continue
        at = _BEFORE_FIRST.match(text, at).end()
        listed = []
        for start, person in starts:
            if start < at:
                continue
            if start != at:
                break
            listed.append(person)
            end = max(e for s, e in person.mentions if s == start)
            sep = _BETWEEN_NAMES.match(text, end)
            if not sep:
                break
            at = sep.end()
        if not listed or len(listed) == 1 and not _clearly_plural(post.group("post")):
            continue
        for person in listed:
            if not person.roles:
                person.roles.append(RoleFound(post.group("post"), owner, post.start(), plural=True))


def _clearly_plural(post: str) -> bool:
    """One name after a plural post is still a list when the post is clearly one ('deans', 'Vice Rectors'),
    not a capitalised word that may be a surname ('Deans' of 'A Deans')."""
    return len(post.split()) > 1 or post[:1].islower()
