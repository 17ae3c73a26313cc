"""Does Store.optimize() after the build make read-only queries faster? Every saved query (default
parameters, median of RUNS) on a build's store as loaded, and on a copy after optimize().

    .venv/bin/coopkg generate --triples 100k -o /tmp/g100k && .venv/bin/coopkg build --data /tmp/g100k -o /tmp/b100k
    .venv/bin/python benchmarks/optimize_bench.py --build /tmp/b100k --runs 7    # writes benchmarks/results/optimize.md

The "plain" store is loaded as kg.graph.build.load_store loads it (bulk_load of graph.trig and graph.ttl,
flush); the other is the same load followed by optimize().
"""

import argparse
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pyoxigraph as ox  # noqa: E402

from kg.sparql.query import bindings_for, run_local, saved_queries  # noqa: E402

OUT = REPO / "benchmarks" / "results" / "optimize.md"


def load_plain(build: Path, target: Path):
    """The store as the build loads it, without optimize(): TriG named graphs + Turtle default graph."""
    store = ox.Store(str(target))
    store.bulk_load(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)
    store.bulk_load(path=str(build / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    store.flush()
    return store


def time_queries(paths: list, runs: int) -> list[dict]:
    """Median seconds per saved query on each store; the stores take turns run by run, so that a
    busy machine slows both sides alike."""
    stores = [ox.Store.read_only(str(path)) for path in paths]
    timed = [{} for _ in stores]
    for name, saved in saved_queries().items():
        bindings = bindings_for(saved, {})
        samples = [[] for _ in stores]
        for run in range(runs + 1):
            for store, kept in zip(stores, samples):
                started = time.perf_counter()
                list(run_local(store, saved.text, bindings))
                if run:  # the first run warms the caches
                    kept.append(time.perf_counter() - started)
        for result, kept in zip(timed, samples):
            result[name] = statistics.median(kept)
    return timed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, required=True, help="a build folder with graph.trig and graph.ttl")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        plain, optimized = Path(work) / "plain", Path(work) / "optimized"
        store = load_plain(args.build, plain)
        triples = len(store)
        del store
        started = time.perf_counter()
        store = load_plain(args.build, optimized)
        load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        store.optimize()
        optimize_seconds = time.perf_counter() - started
        del store
        sizes = {p.name: sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) for p in (plain, optimized)}
        before, after = time_queries([plain, optimized], args.runs)
    lines = [f"# Store.optimize() after the build ({args.build.name}, {triples:,} quads)", "",
             f"`{' '.join(['.venv/bin/python', 'benchmarks/optimize_bench.py'] + (argv or sys.argv[1:]))}` "
             f"on {platform.node() or 'this machine'} ({platform.python_version()}, pyoxigraph {ox.__version__}).",
             "", f"Load {load_seconds:.2f} s, optimize() {optimize_seconds:.2f} s; store on disk "
             f"{sizes['plain'] / 1e6:.1f} MB plain, {sizes['optimized'] / 1e6:.1f} MB optimized.", "",
             "| saved query | plain (ms) | optimized (ms) | speed-up |", "| --- | ---: | ---: | ---: |"]
    for name in before:
        lines.append(f"| {name} | {before[name] * 1e3:.2f} | {after[name] * 1e3:.2f} | "
                     f"{before[name] / after[name]:.2f}× |")
    total_before, total_after = sum(before.values()), sum(after.values())
    lines += [f"| **all** | {total_before * 1e3:.2f} | {total_after * 1e3:.2f} | "
              f"{total_before / total_after:.2f}× |", ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    previous = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    section = "\n".join(lines)
    args.out.write_text(section + ("\n" + previous if previous and not previous.startswith(lines[0]) else ""),
                        encoding="utf-8")
    print(section)


if __name__ == "__main__":
    main()
