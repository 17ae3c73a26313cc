"""A recall pass of the people reader (kg.extract.people.NAME_PASSES): a name the learned name finder
(kg.extract.name_tagger) tags as a person with high probability, where no rule read one.

The span must also be a name the people reader itself would read from that word on (its _read_name),
must not open with a sentence or role word, be a place or hold an organisation word, and must touch
no name already read nor any institution's mention. The person then goes through every later step
of the reader like any other name: its roles are read by the same role readers, and kept_name and the
body checks still apply. Off unless ENABLED (and a model file is there).
"""

from kg.extract import name_shapes, name_tagger

ENABLED = False
THRESHOLD = 0.9          # the tagger's lowest tag marginal over the span (chosen by benchmarks/learn_names.py)


def _touches(start: int, end: int, spans) -> bool:
    return any(start < e and s < end for s, e in spans)


def learned_person_names(text: str, found: list, read_name, institutions, sentence_word) -> list:
    """(title start, start, end, titles) of each name the tagger adds."""
    if not ENABLED or not name_tagger.available():
        return []
    taken = [(s, e) for _, s, e, _ in found] + [(m.start, m.end) for i in institutions for m in i.mentions]
    extra = []
    for span in name_tagger.spans(text):
        if span.label != "PER" or span.probability < THRESHOLD or _touches(span.start, span.end, taken):
            continue
        read = read_name(text, span.start)
        if read != (span.start, span.end) or sentence_word(text, span.start) \
                or name_shapes.place_not_person(text, read) \
                or any(name_shapes.organisation_word(w) for w in text[span.start:span.end].split()):
            continue
        extra.append((span.start, span.start, span.end, []))
        taken.append(read)
    return extra
