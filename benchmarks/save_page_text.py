"""Save one real page's text, from a stored corpus excerpt, the way the annotated copies were saved.

    python -m benchmarks.save_page_text SET FILE_STEM EXCERPT_FILE OUT_DIR [--title TITLE]

SET is a folder of benchmarks/real-pages (its pages.tsv gives the header; its texts.sha256, where the
page has a line, the checksum of the copy scored before). The header's title and the cut of the text
were written by hand in earlier sessions, so the script tries the usual variants (title `unknown` or the
excerpt's first line; the excerpt whole, trimmed, or cut after its last complete sentence; a leading
` date YYYY-MM-DD ` token dropped) and keeps the one whose sha256 matches: MATCH means the same text as
the one scored before. Without a match it writes the plain variant (title TITLE or `unknown`, the text cut
after its last complete sentence) and prints NOMATCH (or NOHASH when there is no checksum to compare).
Session 14 re-saved 666 of 687 pages with it; 604 matched their checksum.
"""

import csv
import hashlib
import re
import sys
from pathlib import Path

from kg.fsutil import atomic_write_text

REAL_PAGES = Path(__file__).resolve().parent / "real-pages"
DATE_TOKEN = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")
# the end of a complete sentence: . ! or ? and any closing quotes or brackets, then a space or the end
SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*(?=\s|$)")


def cut_after_last_sentence(text: str) -> str:
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    return text[: ends[-1]] if ends else text


def body_variants(excerpt: str) -> list[str]:
    """The ways a saved copy may have cut the excerpt, plainest first."""
    undated = DATE_TOKEN.sub("", excerpt)
    bodies = []
    for body in (undated, undated.strip(), cut_after_last_sentence(undated),
                 cut_after_last_sentence(undated.strip()), excerpt, excerpt.strip()):
        body = body.rstrip()
        if body not in bodies:
            bodies.append(body)
    for body in list(bodies):           # an unfinished last line the sentence cut kept
        if "\n" in body and (shorter := body.rsplit("\n", 1)[0].rstrip()) not in bodies:
            bodies.append(shorter)
    return bodies


def page_text(row: dict, title: str, body: str) -> str:
    return (f"url: {row['url']}\ntitle: {title}\npublisher: {row['publisher']}\n"
            f"published: {row['published']}\n---\n{body}\n")


def recorded_checksums(set_dir: Path) -> dict[str, str]:
    path = set_dir / "texts.sha256"
    if not path.is_file():
        return {}
    return {name.strip(): digest for digest, name in
            (line.split(None, 1) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())}


def save(set_dir: Path, stem: str, excerpt: str, out_dir: Path, title: str | None = None) -> str:
    """Write OUT_DIR/STEM.txt for the page STEM of the set folder SET_DIR; return MATCH, NOMATCH or NOHASH."""
    with open(set_dir / "pages.tsv", encoding="utf-8", newline="") as handle:
        rows = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
    if stem not in rows:
        raise SystemExit(f"{set_dir / 'pages.tsv'}: no line for file {stem!r}")
    row = rows[stem]
    wanted = recorded_checksums(set_dir).get(stem + ".txt")
    first_line = DATE_TOKEN.sub("", excerpt).strip().split("\n", 1)[0].strip()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{stem}.txt"
    if wanted:
        for candidate_title in dict.fromkeys(t for t in (title, "unknown", first_line) if t is not None):
            for body in body_variants(excerpt):
                text = page_text(row, candidate_title, body)
                if hashlib.sha256(text.encode("utf-8")).hexdigest() == wanted:
                    atomic_write_text(target, text)
                    return "MATCH"
    plain = cut_after_last_sentence(DATE_TOKEN.sub("", excerpt).strip()).rstrip()
    atomic_write_text(target, page_text(row, title or "unknown", plain))
    return "NOMATCH" if wanted else "NOHASH"


def main(argv: list[str]) -> None:
    title = None
    if "--title" in argv:
        at = argv.index("--title")
        title = argv[at + 1]
        argv = argv[:at] + argv[at + 2:]
    if len(argv) != 4:
        print(__doc__)
        sys.exit(2)
    set_name, stem, excerpt_file, out_dir = argv
    excerpt = Path(excerpt_file).read_text(encoding="utf-8")
    print(save(REAL_PAGES / set_name, stem, excerpt, Path(out_dir), title), stem)


if __name__ == "__main__":
    main(sys.argv[1:])
