"""Score the extractor on the real pages whose gold is kept in benchmarks/real-pages/.

    python -m benchmarks.real_pages PAGES_DIR [PAGES_DIR ...]

The pages' text belongs to their publishers, so it is not in the repository: save each page as
PAGES_DIR/NNN_slug.txt in the layout benchmarks/real-pages/README.md describes. Every gold set there
(dev, held-out, ...) is scored on the pages found for it, in one `coopkg eval` table; a gold file
whose page was not saved is left out and counted. Results go to the screen and to
benchmarks/results/extract-real.md. Never part of the test run: the pages are not in the repository."""

import sys
import tempfile
from pathlib import Path

from kg.evaluate import evaluate_sets, sets_to_markdown
from kg.fsutil import atomic_write_text

REPO = Path(__file__).resolve().parents[1]
GOLD_SETS = REPO / "benchmarks" / "real-pages"
RESULT = REPO / "benchmarks" / "results" / "extract-real.md"


def saved_pages(folders) -> dict[str, Path]:
    """{stem: page file} over every folder given (an `articles/` subfolder is looked into too)."""
    pages = {}
    for folder in map(Path, folders):
        for candidate in (folder, folder / "articles"):
            pages.update({f.stem: f for f in candidate.glob("*.txt")})
    return pages


def link_set(gold_dir: Path, pages: dict[str, Path], into: Path) -> tuple[int, int]:
    """Symlink the gold files that have a saved page, and their pages, into `into`/{articles,gold}.
    Returns (scored, missing)."""
    (into / "articles").mkdir(parents=True)
    (into / "gold").mkdir()
    scored = missing = 0
    for gold in sorted(gold_dir.glob("*.yaml")):
        page = pages.get(gold.stem)
        if page is None:
            missing += 1
            continue
        (into / "gold" / gold.name).symlink_to(gold.resolve())
        (into / "articles" / page.name).symlink_to(page.resolve())
        scored += 1
    return scored, missing


def main(args):
    if not args:
        sys.exit(__doc__)
    pages = saved_pages(args)
    sets, notes = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for gold_dir in sorted(GOLD_SETS.glob("*/gold")):
            name = gold_dir.parent.name
            scored, missing = link_set(gold_dir, pages, Path(tmp) / name)
            notes.append(f"- {name}: {scored} pages scored, {missing} gold files without a saved page")
            if scored:
                sets.append((f"real-{name}", Path(tmp) / name / "articles", Path(tmp) / name / "gold"))
        if not sets:
            sys.exit(f"no saved page matches a gold file under {GOLD_SETS}")
        table = sets_to_markdown(evaluate_sets(sets))
    text = ("# Extractor on real pages (benchmarks/real-pages; one run)\n\n"
            + "\n".join(notes) + "\n\n" + table)
    print(text)
    atomic_write_text(RESULT, text)


if __name__ == "__main__":
    main(sys.argv[1:])
