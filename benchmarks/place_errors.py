"""Why the signing place is scored wrong: counts per cause, never page text.

    python -m benchmarks.place_errors NAME=ARTICLES_DIR:GOLD_DIR [...]

Each article whose strict place score is not a hit falls in one cause:
- none found: the gold has a place, the extractor none (a miss);
- spurious: the extractor has a place, the gold none (a wrong fact);
- wrong place: both have one and neither is a run of the other's words (a miss and a wrong fact);
- cut longer / cut shorter: the same place at another length (a lenient hit), split by the end that
  differs: 'start' (a lead-in such as 'the main hall of'), 'end' (a city or campus after it) or 'both';
- same words: only the punctuation differs.
Values are compared exactly as `coopkg eval` compares them (kg.evaluate). Only counts are printed, so
held-out sets can be diagnosed without reading their pages. Results go to
benchmarks/results/place-errors.md as well as the screen.
"""

import sys
from collections import Counter

from benchmarks.error_counts import run
from kg import evaluate as ev

CAUSES = ("right", "none found", "spurious", "wrong place", "longer at start", "longer at end", "longer at both",
          "shorter at start", "shorter at end", "shorter at both", "same words")


def cause(pred: str | None, gold: str | None) -> str:
    """The cause for one article's place pair (values already folded by kg.evaluate)."""
    if pred == gold:
        return "right"
    if pred is None:
        return "none found"
    if gold is None:
        return "spurious"
    if not ev._same_place_lenient(pred, gold):
        return "wrong place"
    pred_words, gold_words = ev._place_words(pred), ev._place_words(gold)
    if len(pred_words) == len(gold_words):
        return "same words"          # only punctuation differs
    short, long = sorted((pred_words, gold_words), key=len)
    where = next(i for i in range(len(long) - len(short) + 1) if long[i:i + len(short)] == short)
    side = {(True, False): "start", (False, True): "end"}.get((where > 0, where + len(short) < len(long)), "both")
    return ("longer at " if len(pred_words) > len(gold_words) else "shorter at ") + side


def place_cause(pred: dict, gold: dict) -> Counter:
    """{cause: 1} for one article's place."""
    return Counter([cause(ev._place_value((pred.get("agreement") or {}).get("place")),
                          ev._place_value((gold.get("agreement") or {}).get("place")))])


def to_markdown(counts: dict[str, Counter]) -> str:
    lines = ["# Signing place by cause (articles)", "",
             "`python -m benchmarks.place_errors " + " ".join(f"{n}=…" for n in counts) + "`", "",
             "| set | " + " | ".join(CAUSES) + " |", "|---|" + "---|" * len(CAUSES)]
    for name, c in counts.items():
        lines.append(f"| {name} | " + " | ".join(str(c[k]) for k in CAUSES) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    run(argv, __doc__, place_cause, to_markdown, "place-errors.md")


if __name__ == "__main__":
    main(sys.argv[1:])
