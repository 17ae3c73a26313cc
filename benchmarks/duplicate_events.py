"""Does `coopkg ingest` notice the same signing told by two publishers? Measured on real pages.

    python -m benchmarks.duplicate_events PAGES_DIR [PAGES_DIR ...]

Every page found in the folders (NNN_slug.txt, an `articles/` subfolder is looked into too) is
ingested, in name order, into a scratch copy of the bundled data/. After each page the new draft
record is read for what ingest decided about its agreement: resolved to an agreement already known
("same parties"), or flagged for review ("probably the same agreement as ...", "has the same
parties but was signed on ..."). Each such link between two pages is set beside
benchmarks/real-pages/duplicate-events.tsv, the pairs of pages an annotator found to report one
event. Results: listed pairs linked (resolved or flagged) or missed, links between pages not listed
(to be looked at: an unlisted pair may still be one event), and pages ingest refused. The pages'
text is not in the repository (benchmarks/real-pages/README.md says where it comes from); only
counts and file names leave this tool. Written to benchmarks/results/duplicate-events.md."""

import csv
import re
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

from kg.curation.ingest import ingest
from kg.errors import CoopKGError
from kg.fsutil import atomic_write_text

REPO = Path(__file__).resolve().parents[1]
PAIRS = REPO / "benchmarks" / "real-pages" / "duplicate-events.tsv"
RESULT = REPO / "benchmarks" / "results" / "duplicate-events.md"
USAGE = __doc__.split("\n\n")[1]

FLAGGED = re.compile(r"probably the same agreement as (?P<key>[\w-]+)|the existing agreement '(?P<key2>[\w-]+)' "
                     r"has the same parties")
RESOLVED = re.compile(r"resolved to existing agreement '(?P<key>[\w-]+)'")


def pages_in(folders) -> list[Path]:
    found = {}
    for folder in map(Path, folders):
        for candidate in (folder, folder / "articles"):
            found.update({p.stem: p for p in candidate.glob("*.txt")})
    return [found[stem] for stem in sorted(found)]


def known_pairs(path: Path = PAIRS) -> set[frozenset]:
    with path.open(encoding="utf-8") as handle:
        return {frozenset((row["first"], row["second"])) for row in csv.DictReader(handle, delimiter="\t")}


def _agreement_keys(record_text: str) -> list[str]:
    return [a["key"] for a in (yaml.safe_load(record_text) or {}).get("agreements") or [] if a.get("key")]


def links_found(pages: list[Path]) -> tuple[dict[frozenset, str], list[str]]:
    """({pair of page stems: 'resolved' or 'flagged'}, stems ingest refused), ingesting the pages in order."""
    links, refused, owner = {}, [], {}          # owner: agreement key -> the page that first drafted it
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        shutil.copytree(REPO / "data", data)
        for page in pages:
            try:
                result = ingest(page, data, key=f"page-{page.stem.lower().replace('_', '-')}", check=False)
            except CoopKGError:
                refused.append(page.stem)
                continue
            text = result.record.text
            for match in RESOLVED.finditer(text):
                if match["key"] in owner:
                    links[frozenset((owner[match["key"]], page.stem))] = "resolved"
            for match in FLAGGED.finditer(text):
                key = match["key"] or match["key2"]
                if key in owner:
                    links.setdefault(frozenset((owner[key], page.stem)), "flagged")
            for key in _agreement_keys(text):
                owner.setdefault(key, page.stem)
    return links, refused


def report(pages: list[Path], links: dict, refused: list[str], pairs: set[frozenset]) -> str:
    stems = {p.stem for p in pages}
    listed = sorted(sorted(pair) for pair in pairs if pair <= stems)
    rows = [f"| {a} | {b} | {links.get(frozenset((a, b)), 'missed')} |" for a, b in listed]
    unlisted = sorted(sorted(pair) + [how] for pair, how in links.items() if pair not in pairs)
    found = sum(1 for a, b in listed if frozenset((a, b)) in links)
    lines = ["# Same event, two publishers: what `coopkg ingest` noticed", "",
             f"`python -m benchmarks.duplicate_events {' '.join(sys.argv[1:]) or 'PAGES_DIR'}`", "",
             f"{len(pages)} pages ingested in name order into a scratch copy of data/; {len(refused)} refused "
             f"(no institution found). Listed pairs of one event linked: **{found} of {len(listed)}**. "
             f"Links between pages not listed as one event: **{len(unlisted)}**.", "",
             "| first | second | ingest |", "|---|---|---|"] + rows
    if unlisted:
        lines += ["", "Links between pages not listed (look at them: an unlisted pair may still be one event):", "",
                  "| first | second | ingest |", "|---|---|---|"] + [f"| {a} | {b} | {how} |" for a, b, how in unlisted]
    if refused:
        lines += ["", "Refused: " + ", ".join(refused)]
    return "\n".join(lines) + "\n"


def main(argv) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    pages = pages_in(argv)
    if not pages:
        print(f"no NNN_slug.txt pages in {', '.join(argv)}", file=sys.stderr)
        return 2
    links, refused = links_found(pages)
    text = report(pages, links, refused, known_pairs())
    print(text)
    atomic_write_text(RESULT, text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
