"""How often is a drafted fact right, at each confidence the extractor gives it?

    python -m benchmarks.confidence_calibration NAME=ARTICLES_DIR:GOLD_DIR [...]

Every institution, person, role, signer, date and place `coopkg extract` drafts carries a
confidence (kg.extract.draft, kg.extract.fact_confidence). This benchmark scores each drafted item against gold, the way
`coopkg eval` matches them (kg.evaluate), and reports per confidence the share of items that
were right. Those shares are what the draft's review flags rest on (kg/curation/draft_record.py
flags items below its REVIEW_BELOW thresholds). With no argument it reads the development sets in the
repository. Results go to benchmarks/results/confidence.md as well as the screen.
"""

import sys
from collections import defaultdict
from pathlib import Path

from benchmarks.error_counts import predicted_and_gold
from kg import evaluate as ev
from kg.curation.draft_record import REVIEW_FACTS_BELOW, REVIEW_INSTITUTIONS_BELOW
from kg.extract import fact_confidence
from kg.extract.roles import role_key

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
DEFAULT_SETS = [("dev", REPO.parent / "shared" / "dev-articles" / "articles", REPO.parent / "shared" / "dev-articles" / "gold"),
                ("own-dev", REPO / "tests/fixtures/extract-dev/articles", REPO / "tests/fixtures/extract-dev/gold"),
                ("unseen-1", REPO / "tests/fixtures/extract-unseen-1/articles", REPO / "tests/fixtures/extract-unseen-1/gold")]


def judged_items(pred: dict, gold: dict):
    """(kind, confidence, right) for every drafted institution, person, person-role-institution,
    signer, date and place (a date and a place by their own confidence, kg.extract.fact_confidence)."""
    institutions, gold_institutions = pred.get("institutions") or [], gold.get("institutions") or []
    pairs = ev._match_institutions(institutions, gold_institutions)
    for i, inst in enumerate(institutions):
        yield "institution", inst.get("confidence"), i in pairs
    gold_people = {ev._person_key(p["name"]) for p in gold.get("people") or []}
    gold_roles = ev._triples(gold.get("people") or [], gold_institutions, None, gold_institutions)
    gold_signers = ev._signers(gold.get("people") or [])
    for person in pred.get("people") or []:
        key = ev._person_key(person["name"])
        yield "person", person.get("confidence"), key in gold_people
        for role, confidence in zip(person.get("roles") or [], person.get("role_confidence") or []):
            triple = (key, role_key(role.get("role") or ""),
                      ev._institution_id(role.get("institution"), institutions, pairs, gold_institutions))
            yield "role", confidence, triple in gold_roles
        if person.get("signed"):
            yield "signed", person.get("signed_confidence"), key in gold_signers
    agreement, gold_agreement = pred.get("agreement") or {}, gold.get("agreement") or {}
    if ev._date_value(agreement):
        yield "date", agreement.get("date_confidence"), ev._date_value(agreement) == ev._date_value(gold_agreement)
    if ev._place_value(agreement.get("place")):
        yield "place", agreement.get("place_confidence"), \
            ev._place_value(agreement.get("place")) == ev._place_value(gold_agreement.get("place"))


def calibrate(sets) -> dict:
    """kind -> confidence -> [right, total], over every article with gold in the sets."""
    table = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for _name, articles_dir, gold_dir in sets:
        for pred, gold in predicted_and_gold(articles_dir, gold_dir):
            for kind, confidence, right in judged_items(pred, gold):
                cell = table[kind][confidence]
                cell[0] += right
                cell[1] += 1
    return table


def thresholds() -> dict:
    """kind -> the confidence below which kg/curation/draft_record.py flags a drafted item for review."""
    return {"institution": REVIEW_INSTITUTIONS_BELOW, **REVIEW_FACTS_BELOW}


def _share(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.2f}" if total else "none"


def flag_summary(table: dict) -> list[str]:
    """Per kind with a review threshold: how many drafted items it flags, and how often flagged and
    unflagged items were right."""
    lines = ["", "| item | flagged below | flagged | right when flagged | right when not flagged |",
             "|---|---|---|---|---|"]
    for kind, below in thresholds().items():
        cells = table.get(kind, {})
        low = [cells[c] for c in cells if c is not None and c < below]
        high = [cells[c] for c in cells if c is None or c >= below]
        flagged, right_flagged = sum(t for _, t in low), sum(r for r, _ in low)
        others, right_others = sum(t for _, t in high), sum(r for r, _ in high)
        lines.append(f"| {kind} | {below} | {flagged} | {_share(right_flagged, flagged)} "
                     f"| {_share(right_others, others)} |")
    return lines


def to_markdown(table: dict, title: str) -> str:
    lines = [f"## {title}", "", "| item | confidence | drafted | right | share right | basis |",
             "|---|---|---|---|---|---|"]
    for kind in sorted(table):
        for confidence in sorted(table[kind], key=lambda c: (c is None, c)):
            right, total = table[kind][confidence]
            basis = fact_confidence.why(kind, confidence) if kind in fact_confidence.BASES else ""
            lines.append(f"| {kind} | {confidence} | {total} | {right} | {right / total:.2f} | {basis or ''} |")
    return "\n".join(lines + flag_summary(table)) + "\n"


def main(args):
    sets = [ev.parse_set(a) for a in args] or [s for s in DEFAULT_SETS if s[2].is_dir()]
    report = "\n".join(to_markdown(calibrate([one]), one[0]) for one in sets)
    print(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "confidence.md").write_text(
        "# Share of drafted items that are right, per confidence\n\n"
        "`python -m benchmarks.confidence_calibration " + " ".join(args) + "`\n\n" + report, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
