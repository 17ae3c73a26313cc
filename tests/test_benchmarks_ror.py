"""The ROR part of the scale benchmark runs end to end on a slice of the real dump (cut at test time),
and its section is merged into an existing RESULTS.md without touching the rest. No speed is asserted."""

import os
import re
import subprocess
import sys
from pathlib import Path

from benchmarks.ror_bench import SECTION_END, SECTION_START, keep_section, merge
from tests.test_registry import _slice_lines, _write_xz

REPO = Path(__file__).resolve().parents[1]
EXISTING = "# Scale benchmark results\n\nsynthetic tables\n\n## Notes (written by hand)\n\n- a note\n"


def test_ror_benchmark_smoke_on_a_slice(tmp_path):
    ror = _write_xz(tmp_path / "ror-slice.jsonl.xz", _slice_lines())  # skips (or fails in CI) without ../shared
    out = tmp_path / "RESULTS.md"
    out.write_text(EXISTING, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--ror", "--smoke", "--ror-source", str(ror),
                           "--out", str(out), "--work", str(tmp_path / "work")], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Scale benchmark results\n\nsynthetic tables\n")  # the rest is kept
    assert text.index(SECTION_END) < text.index("## Notes (written by hand)") and "- a note" in text
    section = text[text.index(SECTION_START):text.index(SECTION_END)]
    assert "## Real-scale graph: ROR" in section and "| loading ror.ttl |" in section
    saved = sorted(p.stem for p in (REPO / "ontology" / "queries").glob("*.rq"))
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| ([a-z-]+) \| (\d+)", section, re.M)}
    assert set(saved) <= set(rows), set(saved) - set(rows)
    assert rows["children-of"].endswith("| 1")  # the slice holds the Ministry of Industry and Trade and one part of it
    assert "(rdflib " not in section  # rdflib and Oxigraph agree where rdflib finished
    assert re.search(r"`coopkg analyze` [\d.]+ m?s; `coopkg viz` [\d.]+ m?s", section), section
    assert re.search(r"`coopkg analyze --projection relations`: [1-9][\d,]* institutions with a link", section)
    assert re.search(r"`coopkg viz relations`: page [\d.]+ MB, [1-9][\d,]* of [\d,]+ nodes drawn", section)


def test_merge_replaces_only_the_ror_section():
    first = merge(EXISTING, f"{SECTION_START}\nold figures\n{SECTION_END}\n")
    second = merge(first, f"{SECTION_START}\nnew figures\n{SECTION_END}\n")
    assert "new figures" in second and "old figures" not in second and second.count(SECTION_START) == 1
    assert second.replace(f"{SECTION_START}\nnew figures\n{SECTION_END}\n\n", "") == EXISTING
    # a new synthetic report keeps the ROR section of the file it replaces
    assert "new figures" in keep_section(second, "# Scale benchmark results\n\nnewer synthetic tables\n")
    assert keep_section(EXISTING, "plain") == "plain"
