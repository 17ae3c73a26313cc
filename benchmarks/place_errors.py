"""Why the signing place is scored wrong: counts per cause, never page text.

    python -m benchmarks.place_errors NAME=ARTICLES_DIR:GOLD_DIR [...]

Each article whose strict place score is not a hit falls in one cause:
- none found: the gold has a place, the extractor none (a miss);
- spurious: the extractor has a place, the gold none (a wrong fact);
- wrong place: both have one and neither is a run of the other's words (a miss and a wrong fact);
- cut longer / cut shorter: the same place at another length (a lenient hit), split by the end that
  differs: 'start' (a lead-in such as 'the main hall of'), 'end' (a city or campus after it) or 'both';
- same words: only the punctuation differs.
For the causes at the end ('shorter at end', 'longer at end') a second table says what the longer
value has after the shorter one: its shape (', ' + capitalised words such as ', Lagos State';
' in ' + capitalised words; an 'of' phrase; a bracket; a date; other) and its number of words.
Values are compared exactly as `coopkg eval` compares them (kg.evaluate). Only counts are printed, so
held-out sets can be diagnosed without reading their pages. Results go to
benchmarks/results/place-errors.md as well as the screen.
"""

import re
import sys
from collections import Counter

from benchmarks.error_counts import cause_table, run
from kg import evaluate as ev
from kg.textnorm import fold

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


# shapes of what one value has after the other ends, tested in this order
_MONTH_OR_DAY = (r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|"
                 r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                 r"Sunday)\b|\b\d{4}\b|\b\d{1,2}/\d{1,2}\b")
_CAPITALISED = r"[A-Z0-9][\w'’.\-]*(?:,?\s+(?:of|the|de|and|[A-Z0-9][\w'’.\-]*))*"
TAIL_SHAPES = (("a date", re.compile(_MONTH_OR_DAY)),
               (", Capitalised", re.compile(r"^\s*,\s*" + _CAPITALISED + r"[\s.,;]*$")),
               ("in Capitalised", re.compile(r"^,?\s+in\s+(?:the\s+)?" + _CAPITALISED + r"[\s.,;]*$")),
               ("of-phrase", re.compile(r"^,?\s+of\s")),
               ("parenthesis", re.compile(r"^\s*\(")))
WORD_COUNTS = ("1", "2", "3", "4+")


def tail_shape(tail: str) -> str:
    """The shape of what a place value has after the shorter one ends (', Lagos State' -> ', Capitalised')."""
    return next((name for name, pattern in TAIL_SHAPES if pattern.search(tail)), "other")


def end_tail(short_raw: str, long_raw: str) -> str | None:
    """The text of long_raw after the words of short_raw (both as written; words matched as kg.evaluate
    folds them), or None when folding word by word does not find them."""
    short_words = ev._place_words(ev._place_value(short_raw))
    long_value = re.sub(r"\s*\([^)]*\)\s*$", "", str(long_raw)).strip()     # (the trailing bracket the scorer drops)
    spans = list(re.finditer(r"\w+", long_value))
    long_words = [fold(m.group()) for m in spans]
    for i in range(len(long_words) - len(short_words) + 1):
        if short_words and long_words[i:i + len(short_words)] == short_words:
            return long_value[spans[i + len(short_words) - 1].end():]
    return None


def place_cause(pred: dict, gold: dict) -> Counter:
    """{cause: 1} for one article's place; for a cut at the end also {(cause, shape, words): 1}."""
    raw_pred = (pred.get("agreement") or {}).get("place")
    raw_gold = (gold.get("agreement") or {}).get("place")
    found = cause(ev._place_value(raw_pred), ev._place_value(raw_gold))
    counts = Counter([found])
    if found in ("shorter at end", "longer at end"):
        short_raw, long_raw = (raw_pred, raw_gold) if found.startswith("shorter") else (raw_gold, raw_pred)
        tail = end_tail(str(short_raw), str(long_raw))
        shape = tail_shape(tail) if tail is not None else "other"
        words = len(re.findall(r"\w+", tail)) if tail is not None else \
            len(ev._place_words(ev._place_value(long_raw))) - len(ev._place_words(ev._place_value(short_raw)))
        counts[(found, shape, WORD_COUNTS[min(max(words, 1), 4) - 1])] += 1
    return counts


def to_markdown(counts: dict[str, Counter]) -> str:
    lines = cause_table("Signing place by cause (articles)", "place_errors", CAUSES, counts).splitlines()
    lines += ["", "## What the longer value has after the end of the shorter one (articles)", "",
              "| set | cause | shape | " + " | ".join(f"{w} words" for w in WORD_COUNTS) + " |",
              "|---|---|---|" + "---|" * len(WORD_COUNTS)]
    for name, c in counts.items():
        for found, shape in sorted({k[:2] for k in c if isinstance(k, tuple)}):
            lines.append(f"| {name} | {found} | {shape} | "
                         + " | ".join(str(c[(found, shape, w)]) for w in WORD_COUNTS) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    run(argv, __doc__, place_cause, to_markdown, "place-errors.md")


if __name__ == "__main__":
    main(sys.argv[1:])
