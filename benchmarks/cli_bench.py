"""Start-up cost of the command line: `coopkg --version` and `coopkg query parties` in fresh processes,
beside raw pyoxigraph opening the same store and running the same query, and optionally beside the
code of an earlier git commit (before lazy command imports).

    .venv/bin/python benchmarks/cli_bench.py --build build --runs 15 --compare-ref da42756
    # writes benchmarks/results/cli.md
"""

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

OUT = REPO / "benchmarks" / "results" / "cli.md"


def wall_times(argv: list, runs: int, env: dict, where: Path) -> list[float]:
    """Wall-clock seconds of each run. `where` is the working directory: not the repository, whose kg/
    `python -m` would import first whatever PYTHONPATH says."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True, cwd=where)
        times.append(time.perf_counter() - started)
    return times


def code_of(ref: str, into: Path) -> Path:
    """kg/ (and ontology/ for the saved queries) as they were at a git ref, unpacked into a folder."""
    into.mkdir()
    archive = subprocess.run(["git", "archive", ref, "kg", "ontology"], cwd=REPO, capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def raw_pyoxigraph_script(build: Path) -> str:
    """The same query as `coopkg query parties`, run with nothing but pyoxigraph."""
    from kg.sparql.query import bindings_for, find_saved, inline_values, with_prefixes
    saved = find_saved("parties")
    text = with_prefixes(inline_values(saved.text, bindings_for(saved, {})))
    return ("import pyoxigraph as ox\n"
            f"store = ox.Store.read_only({str(build / 'store')!r})\n"
            f"print(len(list(store.query({text!r}))))\n")


def in_process_query_seconds(build: Path, runs: int) -> float:
    from kg.sparql.query import bindings_for, find_saved, run_local
    from kg.graph.store import open_store
    store, saved = open_store(build), find_saved("parties")
    bindings = bindings_for(saved, {})
    list(run_local(store, saved.text, bindings))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        list(run_local(store, saved.text, bindings))
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=REPO / "build")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--compare-ref", help="also time the CLI as it was at this git commit")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    build = args.build.resolve()
    python = sys.executable
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rows = []
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        variants = [("now", env)]
        if args.compare_ref:
            old = code_of(args.compare_ref, work / "old")
            variants.append((f"at {args.compare_ref}", {**os.environ, "PYTHONPATH": str(old)}))
        script = work / "raw.py"
        script.write_text(raw_pyoxigraph_script(build), encoding="utf-8")
        rows.append(("python -c pass (the interpreter alone)",
                     wall_times([python, "-c", "pass"], args.runs, env, work)))
        rows.append(("raw pyoxigraph: open the store read-only, run parties",
                     wall_times([python, str(script)], args.runs, env, work)))
        for label, variant_env in variants:
            rows.append((f"coopkg --version ({label})",
                         wall_times([python, "-m", "kg", "--version"], args.runs, variant_env, work)))
            rows.append((f"coopkg query parties ({label})",
                         wall_times([python, "-m", "kg", "query", "parties", "--build", str(build)], args.runs,
                                    variant_env, work)))
    query_alone = in_process_query_seconds(build, args.runs)
    lines = ["# Command-line start-up", "",
             f"`.venv/bin/python benchmarks/cli_bench.py {' '.join(argv or sys.argv[1:])}` on "
             f"{platform.node() or 'this machine'} ({platform.python_version()}; 2 cores shared with other work, "
             f"so minima are the steadiest figure). Each a fresh process (`python -m kg`, what `coopkg` runs), "
             f"{args.runs} runs; build {build.name}.", "",
             "| command | median (s) | min (s) |", "| --- | ---: | ---: |"]
    lines += [f"| {label} | {statistics.median(times):.3f} | {min(times):.3f} |" for label, times in rows]
    lines += ["", f"The parties query itself, in process on the open store: {query_alone * 1000:.1f} ms.", ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
