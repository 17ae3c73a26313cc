"""The SPARQL scanner behind the SERVICE check and the query limits: before (a regex whose prefixed-name
pattern re-read the rest of a name run at every position: quadratic) and after (kg/sparql/sparql_scan.py).

Adversarial request bodies of growing size; the old scanner is timed on small ones only (it needs
minutes beyond) and its 1 MiB time is extrapolated from its measured quadratic growth. Writes
benchmarks/results/sparql_scan.md.

    .venv/bin/python benchmarks/scan_bench.py
"""

import platform
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.sparql.sparql_scan import scan  # noqa: E402

MIB = 1 << 20
# The tokeniser kg/serve/guard.py had before this benchmark (its keywords() loop), kept to measure it.
OLD_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<long_string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
  | (?P<string>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00C0-\uFFFF_][\w.\-\u00B7\u00C0-\uFFFF]*)?:(?:[^\s{}()\[\];,<>"'\#]*))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)

BODIES = {  # name -> a body of n characters
    "a-a-a-… (name run, no colon)": lambda n: ("a-" * n)[:n],
    "ééé… (non-ASCII name run)": lambda n: "é" * n,
    "' then \\' repeated (unclosed string)": lambda n: ("'" + "\\'" * n)[:n],
    "{{{… (brackets)": lambda n: "{" * n,
    "typical query, repeated": lambda n: ("SELECT ?s WHERE { ?s a coop:Institution ; skos:prefLabel 'x'@en } # c\n"
                                          * (n // 70 + 1))[:n],
}


def old_keywords(text: str) -> set:
    return {m.group().upper() for m in OLD_TOKEN.finditer(text) if m.lastgroup == "word"}


def seconds(function, text: str) -> float:
    started = time.process_time()  # CPU time: the machine is shared
    function(text)
    return time.process_time() - started


def main():
    rows = []
    for name, make in BODIES.items():
        old = {n: seconds(old_keywords, make(n)) for n in (4 << 10, 16 << 10)}
        growth = old[16 << 10] / max(old[4 << 10], 1e-6)
        old_mib = old[16 << 10] * (MIB / (16 << 10)) ** 2 if growth > 6 else old[16 << 10] * MIB / (16 << 10)
        new = {n: seconds(scan, make(n)) for n in (256 << 10, MIB)}
        examined = scan(make(MIB)).examined / MIB
        rows.append((name, old[4 << 10], old[16 << 10], growth, old_mib, new[256 << 10], new[MIB], examined))
        print(rows[-1], flush=True)
    lines = ["# SPARQL scanner: before and after", "",
             f"CPU seconds (time.process_time), {platform.python_implementation()} {platform.python_version()}, "
             f"{platform.machine()}; `.venv/bin/python benchmarks/scan_bench.py`. 'before, 1 MiB' is extrapolated "
             "from 4 → 16 KiB (quadratic when the 4× input took more than 6× the time).", "",
             "| body | before 4 KiB | before 16 KiB | growth ×4 input | before 1 MiB (extrapolated) | after 256 KiB "
             "| after 1 MiB | chars examined per char |", "|---|---|---|---|---|---|---|---|"]
    for name, o4, o16, growth, omib, n256, nmib, examined in rows:
        lines.append(f"| {name} | {o4:.3f} s | {o16:.3f} s | {growth:.1f}× | {omib / 60:.1f} min | {n256:.3f} s "
                     f"| {nmib:.3f} s | {examined:.2f} |")
    out = REPO / "benchmarks" / "results" / "sparql_scan.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
