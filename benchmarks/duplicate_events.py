"""Does `coopkg ingest` notice the same signing told by two publishers? Measured on real pages.

    python -m benchmarks.duplicate_events [--verbose] PAGES_DIR [PAGES_DIR ...]

Every page found in the folders (NNN_slug.txt, an `articles/` subfolder is looked into too) is
ingested, in name order, into a scratch copy of the bundled data/. After each page the new draft
record is read for what ingest decided about its agreement: resolved to an agreement already known
("same parties"), or flagged for review ("probably the same agreement as ...", "has the same
parties but was signed on ..."). Two pages are linked when a chain of such decisions joins them
(C flagged as B's agreement, which resolved to A's, links A and C). The links are set beside
benchmarks/real-pages/same-event/pairs.tsv: pairs of pages a reader labelled as one signing told by
two outlets (`same` yes) or as different signings that share a party (`same` no, the controls).
Results: same-event pairs linked or missed, control pairs linked (false alarms), links between
pages not listed (to be looked at), and pages ingest refused. The pages' text is not in the
repository (benchmarks/real-pages/README.md says where it comes from); only counts and file names
leave this tool. Written to benchmarks/results/duplicate-events.md. --verbose prints, for each page,
what ingest made of it (agreement, parties, day, the review questions it asked) on stderr: it shows
keys minted from the pages' names, so use it on pages you may read, never on held-out ones."""

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
PAIRS = REPO / "benchmarks" / "real-pages" / "same-event" / "pairs.tsv"
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


def labelled_pairs(path: Path = PAIRS) -> dict[frozenset, bool]:
    """{pair of page stems: True for one signing, False for a control}."""
    with path.open(encoding="utf-8") as handle:
        return {frozenset((row["first"], row["second"])): row["same"].strip() == "yes"
                for row in csv.DictReader(handle, delimiter="\t")}


def components(links) -> dict[str, str]:
    """Page stem -> a representative page of its group of pages joined by links (union-find)."""
    parent = {}

    def root(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for pair in links:
        a, b = sorted(pair)
        parent[root(a)] = root(b)
    return {x: root(x) for x in parent}


def _agreement_keys(record_text: str) -> list[str]:
    return [a["key"] for a in (yaml.safe_load(record_text) or {}).get("agreements") or [] if a.get("key")]


def _describe(stem: str, record) -> str:
    """What ingest made of one page: its agreements (parties, day), the institutions it resolved and
    the questions it asked about institutions and agreements."""
    lines = [f"== {stem}"]
    for a in (yaml.safe_load(record.text) or {}).get("agreements") or []:
        day = (a.get("date") or {}).get("value") or (a.get("date") or {}).get("as_written") or "no day"
        lines.append(f"   {a['key']}: parties {[p['institution'] for p in a.get('parties') or []]}, {day}")
    lines += [f"   resolved {kind} '{name}' -> {key}: {why}" for kind, name, key, why in record.resolved
              if kind in ("institution", "agreement")]
    lines += [f"   review {message}" for message in record.review if message.startswith(("institution", "agreement"))]
    return "\n".join(lines)


def links_found(pages: list[Path], verbose: bool = False) -> tuple[dict[frozenset, str], list[str]]:
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
            if verbose:
                print(_describe(page.stem, result.record), file=sys.stderr)
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


def report(pages: list[Path], links: dict, refused: list[str], pairs: dict[frozenset, bool]) -> str:
    stems = {p.stem for p in pages}
    group = components(links)

    def joined(a, b):
        how = links.get(frozenset((a, b)))
        return how or ("via others" if a in group and group[a] == group.get(b) else None)
    listed = [(sorted(pair), same) for pair, same in pairs.items() if pair <= stems]
    same_rows = [(a, b, joined(a, b) or "missed") for (a, b), same in sorted(listed) if same]
    control_rows = [(a, b, joined(a, b) or "not linked") for (a, b), same in sorted(listed) if not same]
    unlisted = sorted(sorted(pair) + [how] for pair, how in links.items() if pair not in pairs)
    found = sum(1 for *_, how in same_rows if how != "missed")
    false = sum(1 for *_, how in control_rows if how != "not linked")
    merged = sum(1 for *_, how in control_rows if how == "resolved")
    table = ["| first | second | ingest |", "|---|---|---|"]
    lines = ["# Same event, two publishers: what `coopkg ingest` noticed", "",
             f"`python -m benchmarks.duplicate_events {' '.join(a for a in sys.argv[1:] if a not in ('-v', '--verbose')) or 'PAGES_DIR'}`", "",
             f"{len(pages)} pages ingested in name order into a scratch copy of data/; {len(refused)} refused "
             f"(no institution found).", "",
             f"- same-event pairs linked (resolved or flagged for review): **{found} of {len(same_rows)}**",
             f"- same-event pairs resolved to one agreement: {sum(1 for *_, how in same_rows if how == 'resolved')}",
             f"- control pairs (different signings sharing a party) linked: **{false} of {len(control_rows)}** "
             f"({merged} merged into one agreement, the rest flagged for review)",
             f"- links between pages not listed: **{len(unlisted)}**", "", "Same-event pairs:", ""]
    lines += table + [f"| {a} | {b} | {how} |" for a, b, how in same_rows]
    if control_rows:
        lines += ["", "Controls:", ""] + table + [f"| {a} | {b} | {how} |" for a, b, how in control_rows]
    if unlisted:
        lines += ["", "Links between pages not listed (look at them: an unlisted pair may still be one event):", ""]
        lines += table + [f"| {a} | {b} | {how} |" for a, b, how in unlisted]
    if refused:
        lines += ["", "Refused: " + ", ".join(refused)]
    return "\n".join(lines) + "\n"


def main(argv) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    verbose = argv[0] in ("-v", "--verbose")
    folders = argv[1:] if verbose else argv
    pages = pages_in(folders)
    if not pages:
        print(f"no NNN_slug.txt pages in {', '.join(folders) or 'no folder'}", file=sys.stderr)
        return 2
    links, refused = links_found(pages, verbose)
    text = report(pages, links, refused, labelled_pairs())
    print(text)
    atomic_write_text(RESULT, text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
