"""The learned name finder: a CRF sequence tagger (CRFsuite, through python-crfsuite) that marks
people (PER) and institutions (ORG) in BIO tags, trained on the reading pages' gold names projected
onto their text (benchmarks/learn_names.py trains and measures it).

Each span comes with the lowest marginal probability of its tags, so a caller can keep only the
spans the model is sure of. The model file is read once; use_model() points at another file (the
benchmark's fold models).
"""

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.extract.name_features import sequence_features
from kg.extract.name_tokens import sequences

MODEL = Path(__file__).parent / "models" / "names.crfsuite"
_model_path = MODEL


class Span(NamedTuple):
    start: int
    end: int
    label: str          # 'PER' or 'ORG'
    probability: float  # the lowest marginal probability of the span's tags


def use_model(path: Path | None) -> None:
    """Tag with the model at path from now on (None: the shipped model)."""
    global _model_path
    _model_path = Path(path) if path else MODEL


@lru_cache(maxsize=8)
def _tagger(path: Path):
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def available() -> bool:
    return _model_path.is_file()


def spans(text: str) -> list[Span]:
    """Every PER and ORG span the model tags in the text, in text order."""
    tagger = _tagger(_model_path)
    found = []
    for seq in sequences(text):
        tagger.set(sequence_features([t.word for t in seq]))
        labels = tagger.tag()
        for first, last, label in bio_spans(labels):
            probability = min(tagger.marginal(labels[i], i) for i in range(first, last + 1))
            found.append(Span(seq[first].start, seq[last].end, label, probability))
    return found


def person_probabilities(text: str) -> list[tuple[int, int, float]]:
    """(start, end, probability the token is inside a person's name) of every token."""
    tagger = _tagger(_model_path)
    labels = set(tagger.labels())
    found = []
    for seq in sequences(text):
        tagger.set(sequence_features([t.word for t in seq]))
        for i, tok in enumerate(seq):
            found.append((tok.start, tok.end, sum(tagger.marginal(y, i) for y in ("B-PER", "I-PER") if y in labels)))
    return found


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, label) of each run 'B-X I-X ...' (an I- without its B- opens a run too)."""
    runs, open_run = [], None
    for i, tag in enumerate(labels + ["O"]):
        kind = tag[2:] if tag != "O" else None
        if open_run and (tag == "O" or tag.startswith("B-") or kind != open_run[2]):
            runs.append((open_run[0], i - 1, open_run[2]))
            open_run = None
        if kind and open_run is None:
            open_run = [i, i, kind]
    return runs
