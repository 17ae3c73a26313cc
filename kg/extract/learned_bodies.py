"""A recall source of the institution reader (kg.extract.institutions.find_institutions): a name the
learned name finder (kg.extract.name_tagger) tags as an institution with high probability, where the
shape rules and the gazetteer read none.

It is a candidate like the gazetteer's known names: grouped with its acronyms and variants, located,
and then kept or dropped, party or not, by the same rules as every other body. It must open with a
capital (a leading 'the' is dropped), touch no name already read, not be a place (countries, the ROR
city list, 'X Province': a territory is a side only by the rules' own reading), nor a dateline's town, nor
an acronym alone (the rules tie acronyms to their names; a learned one split 'KSHEC' from its name), and
be used on its own (institutions.used_alone: not a piece of a longer name, nor a surname after a title). Used
while ENABLED and a model file is there (session 22: on at 0.95, the threshold that lost nothing on 359 blind
pages: institutions 0.7733 -> 0.7744, fictional unseen-2 micro 0.931 -> 0.936; at 0.9 blind PRI fell 0.0016).
"""

from kg.extract import name_tagger
from kg.extract.place_names import known_place
from kg.names import is_acronym

ENABLED = True
THRESHOLD = 0.95         # the tagger's lowest tag marginal over the span (see the docstring)


def _dateline(text: str, start: int, end: int) -> bool:
    """'HANOI - ...', 'NAIROBI, Kenya': a town in capitals opening a line."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text[start:end].isupper() and len(text[start:end]) > 4


def learned_institution_names(text: str, found: list, used_alone, countries, leading_words) -> list:
    """(start, end, written, 'institution') of each name the tagger adds."""
    if not ENABLED or not name_tagger.available():
        return []
    taken = [(s, e) for s, e, *_ in found]
    extra = []
    for span in name_tagger.spans(text):
        if span.label != "ORG" or span.probability < THRESHOLD:
            continue
        start, end = span.start, span.end
        while " " in text[start:end] and text[start:end].split()[0].lower() in leading_words:
            start += len(text[start:end].split()[0]) + 1
        written = text[start:end]
        if not written[:1].isupper() or any(start < e and s < end for s, e in taken) \
                or written.lower() in countries or known_place(written) or _dateline(text, start, end) \
                or is_acronym(written) \
                or not used_alone(text, start, end):
            continue
        extra.append((start, end, written, "institution"))
        taken.append((start, end))
    return extra
