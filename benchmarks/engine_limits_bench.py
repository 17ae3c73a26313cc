"""Where pyoxigraph crashes (segmentation fault: stack overflow) on deep or long queries, per shape,
beside the limits kg/sparql/query_limits.py sets. Each try runs in a child process on an empty store
(the crash kills the process); a bisection finds the smallest crashing size. Writes
benchmarks/results/engine_limits.md.

    .venv/bin/python benchmarks/engine_limits_bench.py
"""

import platform
import resource
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.sparql.query_limits import MAX_DEPTH, MAX_TREE_TOKENS, check  # noqa: E402

SHAPES = {  # name -> (query of size n, what the size counts)
    "nested braces": (lambda n: "SELECT * WHERE " + "{" * n + "}" * n, "levels"),
    "nested parentheses": (lambda n: "SELECT * WHERE { FILTER(" + "(" * n + "1" + ")" * n + ") }", "levels"),
    "nested FILTER NOT EXISTS": (lambda n: "SELECT * WHERE { " + "FILTER NOT EXISTS { " * n + "}" * n + " }",
                                 "levels"),
    "nested OPTIONAL": (lambda n: "SELECT * WHERE { " + "OPTIONAL { " * n + "}" * n + " }", "levels"),
    "nested function calls": (lambda n: "SELECT * WHERE { BIND(" + "CONCAT(" * n + "'a'" + ")" * n + " AS ?x) }",
                              "levels"),
    "chain of MINUS": (lambda n: "SELECT * WHERE { ?s ?p ?o " + "MINUS { ?s ?p ?o } " * n + "}", "operators"),
    "chain of UNION": (lambda n: "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * n) + " }", "operators"),
    "chain of groups": (lambda n: "SELECT * WHERE { " + "{ ?s ?p ?o } " * n + "}", "groups"),
    "chain of +": (lambda n: "SELECT * WHERE { FILTER(" + "+".join(["1"] * n) + " = 1) }", "operands"),
    "chain of !": (lambda n: "SELECT * WHERE { FILTER(" + "!" * n + "true) }", "operators"),
}
RUN = "import sys, pyoxigraph as ox; list(ox.Store().query(sys.stdin.read()))"


def crashes(text: str) -> bool:
    try:
        result = subprocess.run([sys.executable, "-c", RUN], input=text, capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:  # still computing: not a crash (the child is killed)
        return False
    return result.returncode < 0  # killed by a signal (SIGSEGV); a syntax error exits 1


def first_crash(make, low: int = 10, high: int = 50_000) -> int | None:
    if not crashes(make(high)):
        return None
    while high - low > max(1, low // 50):
        middle = (low + high) // 2
        low, high = (low, middle) if crashes(make(middle)) else (middle, high)
    return high


def main():
    stack = resource.getrlimit(resource.RLIMIT_STACK)[0]
    lines = ["# Where the query engine crashes, and our limits", "",
             f"pyoxigraph in a child process per try, stack limit {stack >> 20} MiB, {platform.machine()}, "
             f"Python {platform.python_version()}; `.venv/bin/python benchmarks/engine_limits_bench.py`. "
             f"Our limits: {MAX_DEPTH} levels of nesting, {MAX_TREE_TOKENS:,} groups and operators "
             "(kg/sparql/query_limits.py).", "",
             "| shape | crashes from (±2 %) | refused by our limits from |", "|---|---|---|"]
    for name, (make, unit) in SHAPES.items():
        crash = first_crash(make)
        refused = next(n for n in range(1, 10_000) if _refused(make(n)))
        lines.append(f"| {name} | {f'{crash:,} {unit}' if crash else 'no crash up to 50,000'} | {refused:,} {unit} |")
        print(lines[-1], flush=True)
    out = REPO / "benchmarks" / "results" / "engine_limits.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}")


def _refused(text: str) -> bool:
    try:
        check(text)
    except ValueError:
        return True
    return False


if __name__ == "__main__":
    main()
