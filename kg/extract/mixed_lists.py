"""Untitled names in a list of titled people (session 17, real pages): 'knowledge exchange with A B, Dr C D,
Dr E F, Professor G H, I J and K L.' A list that names two titled people or more is a list of people, so its
plain two- to four-word items are people too. Items stop at anything but a comma, 'and' or a name."""

import re

from kg.extract.name_shapes import organisation_word, place_not_person

_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# the end of a plain item: another separator, a full stop, a semicolon or colon, the end of the text
_ITEM_END = re.compile(r"(?:,\s|\s+and\s|[.;:]|\s*$)")
# a plain item before the list's first titled one: two to four capitalised words after a lowercase word
_ITEM_BEFORE = re.compile(r"(?<=[a-z:] )((?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*),\s+(?:and\s+)?$")


def _plain(text: str, span, read_name) -> bool:
    words = text[span[0]:span[1]].split()
    return 2 <= len(words) <= 4 and not any(organisation_word(w) for w in words) \
        and not place_not_person(text, span) and bool(_ITEM_END.match(text, span[1]))


def untitled_list_names(text: str, found: list, read_name) -> list:
    """The plain items of comma lists that hold two titled names or more."""
    titled = {ts: (ts, s, e) for ts, s, e, titles in found if titles}
    taken, extra = [(s, e) for _, s, e, _ in found], []
    seen = set()
    for ts in sorted(titled):
        if ts in seen:
            continue
        items, end = [titled[ts]], titled[ts][2]
        while True:              # walk the list forward from its first titled item
            sep = _SEPARATOR.match(text, end)
            if not sep:
                break
            if sep.end() in titled:
                items.append(titled[sep.end()])
                end = titled[sep.end()][2]
                continue
            span = read_name(text, sep.end(), max_words=4)
            if not span or not _plain(text, span, read_name):
                break
            items.append((None, span[0], span[1]))
            end = span[1]
        seen.update(i[0] for i in items if i[0] is not None)
        if sum(i[0] is not None for i in items) < 2:
            continue
        plain = [(s, e) for t, s, e in items if t is None]
        before = _ITEM_BEFORE.search(text, max(0, ts - 80), ts)
        if before:
            span = read_name(text, before.start(1), max_words=4)
            if span == (before.start(1), before.end(1)) and _plain(text, span, read_name):
                plain.append(span)
        for span in plain:
            if not any(s <= span[0] < e for s, e in taken):
                extra.append((span[0], span[0], span[1], []))
                taken.append(span)
    return extra
