"""Training data and training for the learned name finder (kg.extract.name_tagger).

The gold names of a page are projected onto its text: every occurrence of a gold person's name (without
leading titles) becomes PER tokens, every occurrence of a gold institution's name
or alias ORG tokens. A gold name that the text does not write verbatim is not projected. Where two
occurrences overlap, the longer one wins ('Sheikh A B University' is ORG, not PER inside it).
"""

import re

from kg.extract.name_features import sequence_features
from kg.extract.name_tokens import sequences

# L-BFGS from fixed settings: the same pages give the same model bytes.
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
_LEADING_TITLE = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Assoc|Engr|Eng|H\.E)\.?\s+)+")


def gold_names(gold: dict) -> list[tuple[str, str]]:
    """(form, 'PER' | 'ORG') of every name the gold gives."""
    names = []
    for person in gold.get("people") or []:
        name = _LEADING_TITLE.sub("", str(person.get("name") or "").strip())     # titles are not the name
        if name:
            names.append((name, "PER"))
    for inst in gold.get("institutions") or []:
        for form in [inst.get("name")] + list(inst.get("aliases") or []):
            if form and str(form).strip():
                names.append((str(form).strip(), "ORG"))
    return sorted(set(names))


def gold_spans(text: str, gold: dict) -> list[tuple[int, int, str]]:
    """(start, end, label) of the gold names written in the text, longest first kept, none overlapping."""
    found = []
    for form, label in gold_names(gold):
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in form.split()) + r"(?!\w)"
        found += [(m.start(), m.end(), label) for m in re.finditer(pattern, text)]
    kept = []
    for start, end, label in sorted(found, key=lambda s: (s[0] - s[1], s[0], s[2])):
        if not any(start < e and s < end for s, e, _ in kept):
            kept.append((start, end, label))
    return sorted(kept)


def labelled_sequences(text: str, gold: dict) -> list[tuple[list[str], list[str]]]:
    """(words, BIO tags) of each line of the text."""
    spans = gold_spans(text, gold)
    out = []
    for seq in sequences(text):
        tags = []
        for tok in seq:
            hit = next(((s, label) for s, e, label in spans if s <= tok.start and tok.end <= e), None)
            tags.append("O" if hit is None else ("B-" if hit[0] == tok.start else "I-") + hit[1])
        out.append(([t.word for t in seq], tags))
    return out


def train(pages: list[tuple[str, dict]], path) -> int:
    """Train on (text, gold) pages, write the model to path; the number of lines trained on."""
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    count = 0
    for text, gold in pages:
        for words, tags in labelled_sequences(text, gold):
            trainer.append(sequence_features(words), tags)
            count += 1
    trainer.train(str(path))
    return count
