"""Build the two reading sets the learned steps are trained on, as folders of links.

    python -m benchmarks.reading_sets TEXTS_DIR OUT_DIR

TEXTS_DIR holds the saved page texts one folder per set of benchmarks/real-pages (TEXTS_DIR/dev/NNN_slug.txt,
TEXTS_DIR/held-out-2/…, as benchmarks/save_page_text.py writes them). OUT_DIR gets
- odd, odd-gold: the odd-numbered dev pages, without 4601–4729 (session 16's sample, kept blind);
- read2, read2-gold: held-out-2 and held-out-3;
each a folder of symbolic links to the page texts and their gold files, for
`python -m benchmarks.learn_names --set odd=OUT_DIR/odd:OUT_DIR/odd-gold …` (and learn_roles). Pages without a
saved text are left out. The blind sets (held-out-10 to -12, the even dev pages, dev 4601–4729) are never linked
here: the learned steps must not see them.
"""

import os
import sys
from pathlib import Path

REAL_PAGES = Path(__file__).resolve().parent / "real-pages"
SETS = {"odd": [("dev", lambda n: n % 2 == 1 and not 4601 <= n <= 4729)],
        "read2": [("held-out-2", lambda n: True), ("held-out-3", lambda n: True)]}


def build(texts: Path, out: Path) -> dict[str, int]:
    counts = {}
    for name, sources in SETS.items():
        pages, gold = out / name, out / f"{name}-gold"
        pages.mkdir(parents=True, exist_ok=True)
        gold.mkdir(parents=True, exist_ok=True)
        counts[name] = 0
        for set_name, wanted in sources:
            for text in sorted((texts / set_name).glob("*.txt")):
                gold_file = REAL_PAGES / set_name / "gold" / f"{text.stem}.yaml"
                if not wanted(int(text.stem.split("_", 1)[0])) or not gold_file.is_file():
                    continue
                for link, target in ((pages / text.name, text), (gold / gold_file.name, gold_file)):
                    if link.is_symlink():
                        link.unlink()          # (a link of an earlier run; a real file is never touched)
                    elif link.exists():
                        raise SystemExit(f"{link}: a file that is not a link is in the way; move it or choose "
                                         "another OUT_DIR")
                    link.symlink_to(target.resolve())
                counts[name] += 1
    return counts


def default_specs() -> list[str]:
    """--set values for the reading sets under $COOPKG_READING_SETS (default /work/sets)."""
    root = Path(os.environ.get("COOPKG_READING_SETS", "/work/sets"))
    return [f"{name}={root / name}:{root / (name + '-gold')}" for name in SETS]


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        print(__doc__)
        sys.exit(2)
    for name, n in build(Path(argv[0]), Path(argv[1])).items():
        print(f"{name}: {n} pages")


if __name__ == "__main__":
    main(sys.argv[1:])
