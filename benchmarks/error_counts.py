"""Shared running of the per-cause error counters (benchmarks.pri_errors, benchmarks.place_errors):
each article of a NAME=ARTICLES_DIR:GOLD_DIR set extracted and set beside its gold; the table
printed and written to benchmarks/results. Only counts leave these tools, never page text."""

import sys
from collections import Counter
from pathlib import Path

import yaml

from kg import evaluate as ev
from kg.article import read_article
from kg.extract import extract

RESULTS = Path(__file__).resolve().parents[1] / "benchmarks" / "results"


def predicted_and_gold(articles_dir, gold_dir, with_text: bool = False):
    """(extractor output, gold) for each gold file that has its article; with_text, the article's
    text as a third item (for causes that ask whether a name is written in it)."""
    for gold_file in sorted(Path(gold_dir).glob("*.yaml")):
        article_file = Path(articles_dir) / (gold_file.stem + ".txt")
        if article_file.is_file():
            gold = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
            article = read_article(article_file)
            yield (extract(article), gold, article.text) if with_text else (extract(article), gold)


def cause_rows(causes, counts: dict[str, Counter], prefix: str = "", total: str | None = None) -> list[str]:
    """Markdown table lines: one row per set, one column per cause (counted under prefix + cause), and
    a column `total` with their sum when given."""
    lines = ["| set | " + " | ".join(causes) + (f" | {total} |" if total else " |"),
             "|---|" + "---|" * (len(causes) + bool(total))]
    for name, c in counts.items():
        values = [c[prefix + k] for k in causes]
        lines.append(f"| {name} | " + " | ".join(map(str, values)) + (f" | {sum(values)} |" if total else " |"))
    return lines


def cause_table(title: str, module: str, causes, counts: dict[str, Counter], total: bool = False) -> str:
    """A markdown report: title, the command, and the cause_rows table (with a 'missed' sum when total)."""
    lines = [f"# {title}", "", f"`python -m benchmarks.{module} " + " ".join(f"{n}=…" for n in counts) + "`", ""]
    return "\n".join(lines + cause_rows(causes, counts, total="missed" if total else None)) + "\n"


def run(argv, usage: str, causes_of, to_markdown, results_name: str, with_text: bool = False) -> None:
    """Sum causes_of(pred, gold) (with_text: causes_of(pred, gold, text)) over each set in argv, print the
    table and write it to results_name."""
    if not argv or argv[0] in ("-h", "--help"):
        print(usage)
        sys.exit(0 if argv else 2)
    counts = {}
    for spec in argv:
        name, articles, gold_dir = ev.parse_set(spec)
        counts[name] = sum((causes_of(*item) for item in predicted_and_gold(articles, gold_dir, with_text)), Counter())
    report = to_markdown(counts)
    print(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / results_name).write_text(report, encoding="utf-8")
