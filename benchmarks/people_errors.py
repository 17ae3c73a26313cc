"""Why people are missed or spurious: counts per cause, never page text.

    python -m benchmarks.people_errors NAME=ARTICLES_DIR:GOLD_DIR [...]

A missed gold person and a spurious drafted person who share a name word are one person written
two ways; such a pair is counted once, by how the drafted name differs (longer or shorter at the
start or at the end, or otherwise), and the words it adds are counted by shape (an abbreviation
ending in '.', all capitals, Capitalised, lowercase), which says whether a title or a role word
was kept. The rest are plain misses and plain spurious people. People are compared exactly as
`coopkg eval` compares them (kg.evaluate). Results go to benchmarks/results/people-errors.md.
"""

import sys
from collections import Counter

from benchmarks.error_counts import cause_table, run
from kg import evaluate as ev

FORMS = ("longer at start", "longer at end", "shorter at start", "shorter at end", "other form")
SHAPES = ("abbreviation", "all caps", "Capitalised", "lowercase")
CAUSES = ("missed", "spurious") + FORMS + tuple("adds " + s for s in SHAPES)


def form_of(drafted: list[str], gold: list[str]) -> str:
    """How the drafted name's words differ from the gold's."""
    n, m = len(drafted), len(gold)
    if n > m and drafted[n - m:] == gold:
        return "longer at start"
    if n > m and drafted[:m] == gold:
        return "longer at end"
    if n < m and gold[m - n:] == drafted:
        return "shorter at start"
    if n < m and gold[:n] == drafted:
        return "shorter at end"
    return "other form"


def shape_of(word: str) -> str:
    if word.endswith("."):
        return "abbreviation"
    if word.isupper():
        return "all caps"
    return "Capitalised" if word[:1].isupper() else "lowercase"


def people_causes(pred: dict, gold: dict) -> Counter:
    """Cause -> count, for one article."""
    drafted = {ev._person_key(p["name"]): p["name"] for p in pred.get("people") or []}
    wanted = {ev._person_key(p["name"]) for p in gold.get("people") or []}
    missed, spurious = sorted(wanted - set(drafted)), sorted(set(drafted) - wanted)
    causes = Counter()
    for person in missed:
        twin = next((other for other in spurious if set(person.split()) & set(other.split())), None)
        if twin is None:
            causes["missed"] += 1
            continue
        spurious.remove(twin)
        form = form_of(twin.split(), person.split())
        causes[form] += 1
        if form.startswith("longer"):
            # the added words as written (case kept), beside the gold's key words
            extra = [w for w in drafted[twin].split() if ev._person_key(w) not in person.split()]
            causes.update("adds " + shape_of(w) for w in extra)
    causes["spurious"] += len(spurious)
    return causes


def to_markdown(counts: dict[str, Counter]) -> str:
    return cause_table("Missed and spurious people by cause", "people_errors", CAUSES, counts)


def main(argv: list[str]) -> None:
    run(argv, __doc__, people_causes, to_markdown, "people-errors.md")


if __name__ == "__main__":
    main(sys.argv[1:])
