"""The scale benchmark runs end to end at a tiny size, so it cannot rot between real runs.

Speed is not asserted here (that is what benchmarks/RESULTS.md is for): only that every part ran
and that the engines agree on the answers.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_benchmark_suite_smoke(tmp_path):
    out = tmp_path / "RESULTS.md"
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--smoke", "--out", str(out),
                           "--work", str(tmp_path / "work")], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    for heading in ("## Build", "## Loading graph.ttl", "## Saved queries", "One-entity lookup"):
        assert heading in text
    saved = sorted(p.stem for p in (REPO / "ontology" / "queries").glob("*.rq"))
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| ([a-z-]+) \|.*$", text, re.M)}
    assert set(saved) <= set(rows), set(saved) - set(rows)
    # rdflib answered every query with the same number of rows as Oxigraph ("(rdflib N)" marks a mismatch)
    assert "(rdflib " not in text and "not run (budget)" not in text and "(stopped)" not in text
    assert "| load store |" in text and "| SHACL |" in text
