"""How far two annotators agree: a second reading of some pages scored against the first, field
by field, with the scorer that measures the extractor (kg.evaluate).

    python -m benchmarks.annotator_agreement FIRST_GOLD:SECOND_GOLD [FIRST_GOLD:SECOND_GOLD ...]

Each pair names two folders of gold files (NNN_slug.yaml). Every file present in both is scored:
the second reading as if it were a prediction, the first as the gold. The figures are the ceiling
an extractor can be expected to reach on such pages: where two careful readers of the same text
disagree, the gold itself is uncertain. The second reading's area phrases are turned into the
concepts an extractor would predict (the most specific concepts covering each phrase), so areas are
scored as they are for the extractor. Results go to the screen and to
benchmarks/results/annotator-agreement.md. Only counts leave this tool, never page text."""

import sys
from pathlib import Path

import yaml

from kg import evaluate as ev
from kg.extract import vocab
from kg.extract.areas import covers
from kg.fsutil import atomic_write_text

RESULT = Path(__file__).resolve().parents[1] / "benchmarks" / "results" / "annotator-agreement.md"
USAGE = __doc__.split("\n\n")[1]


def phrases_as_concepts(phrases) -> list[str]:
    """The concept keys a reader's area phrases name: for each phrase, the covering concepts that
    have no covering concept below them (the most specific reading)."""
    keys = []
    for phrase in map(str, phrases):
        covering = {k for k in vocab.areas() if covers(k, phrase)}
        keys += sorted(k for k in covering if not (vocab.descendants(k) - {k}) & covering)
    return list(dict.fromkeys(keys))


def as_prediction(gold: dict) -> dict:
    """A gold reading in the shape the extractor returns (areas as concept keys)."""
    agreement = dict(gold.get("agreement") or {})
    agreement["areas"] = phrases_as_concepts(agreement.get("areas") or [])
    return {**gold, "agreement": agreement}


def _load(path: Path) -> dict:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise ev.EvaluationError(f"{path}: not valid YAML ({err})") from err


def agreement_report(first_dir, second_dir) -> dict:
    """A kg.evaluate report of the second reading scored against the first, over the files both have."""
    first_dir, second_dir = Path(first_dir), Path(second_dir)
    per_page = {}
    for second_file in sorted(second_dir.glob("*.yaml")):
        first_file = first_dir / second_file.name
        if first_file.is_file():
            per_page[second_file.stem] = ev.score_article(as_prediction(_load(second_file)), _load(first_file))
    if not per_page:
        raise ev.EvaluationError(f"{first_dir} and {second_dir}: no gold file in both")
    report = ev.summarise(per_page)
    report["ms_per_article"] = 0.0
    return report


def main(argv) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    pairs = []
    for spec in argv:
        first, sep, second = spec.rpartition(":")
        if not (sep and first and second):
            print(f"{spec!r}: expected FIRST_GOLD_DIR:SECOND_GOLD_DIR", file=sys.stderr)
            return 2
        pairs.append((first, second))
    merged = {}
    for first, second in pairs:
        merged.update({f"{Path(second).name}/{k}": v for k, v in agreement_report(first, second)["details"].items()})
    report = ev.summarise(merged)
    table = ev.to_markdown(report)
    text = ("# Agreement between two annotators\n\n"
            f"`python -m benchmarks.annotator_agreement {' '.join(argv)}`\n\n"
            "The second reading scored against the first (precision: the second's facts the first has too).\n\n"
            + table)
    print(text)
    atomic_write_text(RESULT, text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
