"""Why person–role–institution triples are missed: counts per cause, never page text.

    python -m benchmarks.pri_errors NAME=ARTICLES_DIR:GOLD_DIR [...]

A gold (person, role, institution) triple the extractor misses falls in one of six causes:
the person was not found; found with no role; found with the gold institution but another role
word; found with the gold role but attached to another institution (or none) although the gold
one was drafted; the same, but the gold institution was not drafted at all (no attachment can
fix it); found with roles that differ in both. Only counts are printed, so held-out sets can be diagnosed without reading their
pages. Triples are built exactly as `coopkg eval` builds them (kg.evaluate). Results go to
benchmarks/results/pri-errors.md as well as the screen.
"""

import sys
from collections import Counter

from benchmarks.error_counts import cause_table, run
from kg import evaluate as ev

CAUSES = ("person missed", "no role", "other role word", "attached elsewhere", "institution not drafted",
          "both differ")


def triples_by_person(people, institutions, pairs, gold_institutions) -> dict[str, set]:
    """person key -> {(role key, institution id)}, with the ids kg.evaluate gives."""
    result = {}
    for person in people:
        triples = ev._triples([person], institutions, pairs, gold_institutions)
        result.setdefault(ev._person_key(person["name"]), set()).update((r, i) for _p, r, i in triples)
    return result


def miss_causes(pred: dict, gold: dict) -> Counter:
    """Cause -> number of gold triples missed, for one article."""
    p_inst, g_inst = pred.get("institutions") or [], gold.get("institutions") or []
    pairs = ev._match_institutions(p_inst, g_inst)
    found = triples_by_person(pred.get("people") or [], p_inst, pairs, g_inst)
    wanted = triples_by_person(gold.get("people") or [], g_inst, None, g_inst)
    drafted_institutions = {f"g{j}" for j in pairs.values()}
    causes = Counter()
    for person, gold_pairs in wanted.items():
        drafted = found.get(person)
        for role, inst in gold_pairs - (drafted or set()):
            if drafted is None:
                causes["person missed"] += 1
            elif not drafted:
                causes["no role"] += 1
            elif any(i == inst for _r, i in drafted):
                causes["other role word"] += 1
            elif any(r == role for r, _i in drafted):
                causes["attached elsewhere" if inst in drafted_institutions else "institution not drafted"] += 1
            else:
                causes["both differ"] += 1
    return causes


def to_markdown(counts: dict[str, Counter]) -> str:
    return cause_table("Missed person–role–institution triples by cause", "pri_errors", CAUSES, counts, total=True)


def main(argv: list[str]) -> None:
    run(argv, __doc__, miss_causes, to_markdown, "pri-errors.md")


if __name__ == "__main__":
    main(sys.argv[1:])
