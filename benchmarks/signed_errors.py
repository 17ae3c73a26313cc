"""Why signers are missed or spurious: counts per cause, never page text.

    python -m benchmarks.signed_errors NAME=ARTICLES_DIR:GOLD_DIR [...]

A gold signer the extractor misses and a drafted signer the gold lacks that share a name word are
one person written two ways (counted once, as "name form differs"). Otherwise a missed gold signer
is either not drafted as a person at all, or drafted but not
marked signed. A drafted signer the gold does not have is either a person the gold lists as not
signing (a witness, a speaker, the other party's head), or someone the gold does not list. Pages
are also counted by whether the gold names any signer, because "the two rectors signed" with no
names gives no signer at all (guide D5). Signers are compared exactly as `coopkg eval` compares
them (kg.evaluate). Results go to benchmarks/results/signed-errors.md as well as the screen.
"""

import sys
from collections import Counter

from benchmarks.error_counts import cause_table, run
from kg import evaluate as ev

CAUSES = ("name form differs", "missed: person not drafted", "missed: drafted, not signed",
          "spurious: gold lists, not signed", "spurious: not in gold",
          "pages: gold no signer, drafted some", "pages: gold signers, drafted none")


def signer_causes(pred: dict, gold: dict) -> Counter:
    """Cause -> count, for one article."""
    pred_people, gold_people = pred.get("people") or [], gold.get("people") or []
    drafted = {ev._person_key(p["name"]) for p in pred_people}
    listed = {ev._person_key(p["name"]) for p in gold_people}
    pred_signers, gold_signers = ev._signers(pred_people), ev._signers(gold_people)
    causes = Counter()
    missed, spurious = gold_signers - pred_signers, pred_signers - gold_signers
    # A missed gold signer and a spurious drafted one sharing a name word are one person written
    # two ways (a title kept, a name cut short): one error of form, not two of signing.
    for person in sorted(missed - drafted):
        twin = next((other for other in sorted(spurious - listed) if set(person.split()) & set(other.split())), None)
        if twin:
            causes["name form differs"] += 1
            missed, spurious = missed - {person}, spurious - {twin}
    for person in missed:
        causes["missed: drafted, not signed" if person in drafted else "missed: person not drafted"] += 1
    for person in spurious:
        causes["spurious: gold lists, not signed" if person in listed else "spurious: not in gold"] += 1
    if pred_signers and not gold_signers:
        causes["pages: gold no signer, drafted some"] += 1
    if gold_signers and not pred_signers:
        causes["pages: gold signers, drafted none"] += 1
    return causes


def to_markdown(counts: dict[str, Counter]) -> str:
    return cause_table("Missed and spurious signers by cause", "signed_errors", CAUSES, counts)


def main(argv: list[str]) -> None:
    run(argv, __doc__, signer_causes, to_markdown, "signed-errors.md")


if __name__ == "__main__":
    main(sys.argv[1:])
