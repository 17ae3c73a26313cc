"""The scale benchmark: synthetic data at ~10k, 100k and 1M triples through the real pipeline.

    python -m benchmarks.run --sizes 10k,100k,1m      # writes benchmarks/RESULTS.md (~15 min at 1m)
    python -m benchmarks.run --smoke                  # tiny, seconds; what tests/test_benchmarks_smoke.py runs
    python -m benchmarks.run --ror                    # the real ROR graph only (benchmarks/ror_bench.py), merged
    python -m benchmarks.run --sizes 10k,ror          # both

Per size: `coopkg build` end to end in a child process (stage timings, peak RSS via os.wait4);
loading graph.ttl into the default store (kg.graph.store.memory_store_from_file) beside raw pyoxigraph
bulk_load and plain rdflib Graph.parse; every saved query (default parameters, median of N runs)
on the default store (kg.sparql.query.run_local on kg.graph.store.open_store) beside raw pyoxigraph on the same
store and on memory, and plain rdflib (child process under a time budget); a one-entity lookup;
`coopkg analyze` / `coopkg viz` when those commands exist. Never part of the test run.
"""

import argparse
import datetime as dt
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "RESULTS.md"


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def median_seconds(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def run_child(args: list, timeout: float | None = None) -> dict:
    """Run benchmarks.scale_child; returns wall seconds, peak RSS (MB) and whether it timed out."""
    env = _env()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.scale_child", *args], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    timed_out = False
    deadline = start + timeout if timeout else None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline and time.perf_counter() > deadline:
            proc.kill()
            timed_out = True
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    error = proc.stderr.read().decode("utf-8", "replace")[-2000:]
    proc.stderr.close()
    if proc.returncode and not timed_out:
        raise RuntimeError(f"child {args[0]} failed ({proc.returncode}):\n{error}")
    return {"wall": wall, "peak_rss_mb": usage.ru_maxrss / 1024, "timed_out": timed_out}


def bench_size(target: int, work: Path, runs: int, rdflib_budget: float, lookups: int, seed: int) -> dict:
    import pyoxigraph as ox
    from kg.generate import generate, sizes_for_triples
    from kg.sparql.query import run_local
    from kg.graph.store import STORE_DIR_NAME, open_store

    out = {"target": target}
    data, build_dir = work / f"data-{target}", work / f"build-{target}" / "build"
    institutions, agreements = sizes_for_triples(target)
    start = time.perf_counter()
    gen = generate(data, institutions, agreements, seed)
    out["generate"] = {"seconds": time.perf_counter() - start, "institutions": institutions,
                       "agreements": agreements, "sources": gen.sources}
    log(f"[{target}] generated {gen.sources} sources in {out['generate']['seconds']:.1f}s; building ...")

    result_file = work / f"build-{target}.json"
    child = run_child(["build", str(data), str(build_dir), str(result_file)])
    out["build"] = {**json.loads(result_file.read_text()), **child}
    extras_file = work / f"extras-{target}.jsonl"
    extras_file.unlink(missing_ok=True)
    child = run_child(["extras", str(build_dir), str(extras_file)], timeout=rdflib_budget)
    done = [json.loads(line) for line in extras_file.read_text().splitlines()] if extras_file.exists() else []
    out["extras"] = {"steps": {x["step"]: x["seconds"] for x in done}, **child}
    triples = out["build"]["triples"]
    ttl = build_dir / "graph.ttl"
    log(f"[{target}] {triples} triples built in {out['build']['wall']:.1f}s, peak {out['build']['peak_rss_mb']:.0f} MB; "
        f"extra steps {out['extras']['wall']:.1f}s; loading ...")

    with tempfile.TemporaryDirectory(dir=work) as disk:
        out["load"], memory = time_loads(ttl, Path(disk))

    store = open_store(build_dir)
    raw_disk = ox.Store.read_only(str(build_dir / STORE_DIR_NAME))
    queries = time_saved_queries(store, raw_disk, memory, runs)
    raw_disk = None  # closes the second read-only handle
    out["queries"] = queries
    log(f"[{target}] queries done; lookups ...")

    hub = _hub_institution(store)
    lookup_q = f"SELECT ?p ?o WHERE {{ <{hub}> ?p ?o }}"
    describe_q = f"DESCRIBE <{hub}>"
    out["lookup"] = {"iri": hub,
                     "select": median_seconds(lambda: list(run_local(store, lookup_q)), lookups)[0],
                     "describe": median_seconds(lambda: list(run_local(store, describe_q)), lookups)[0]}

    out["rdflib"] = time_rdflib(ttl, work / f"rdflib-{target}.jsonl", runs, rdflib_budget)
    tag = build_dir.parent.name
    out["commands"] = time_commands([("analyze", ["-o", str(work / f"analyze-{tag}")]),
                                     ("viz", ["partners", "-o", str(work / f"partners-{tag}.html")])],
                                    ["--build", str(build_dir)], work, rdflib_budget)
    log(f"[{target}] done")
    return out


def time_rdflib(ttl: Path, results_file: Path, runs: int, budget: float, params: dict | None = None) -> dict:
    """Plain rdflib on the same Turtle, in a child process stopped at the time budget; params as for
    time_saved_queries."""
    results_file.unlink(missing_ok=True)
    child = run_child(["rdflib", str(ttl), str(runs), str(budget), str(results_file), json.dumps(params or {})],
                      timeout=budget * 1.5)
    lines = [json.loads(line) for line in results_file.read_text().splitlines()] if results_file.exists() else []
    return {"timed_out": child["timed_out"], "budget": budget, "peak_rss_mb": child["peak_rss_mb"],
            "parse": next((x["parse"] for x in lines if "parse" in x), None),
            "queries": {x["query"]: x for x in lines if "query" in x},
            "stopped": any("stopped" in x for x in lines)}


def time_loads(ttl: Path, disk: Path) -> tuple[dict, object]:
    """Load times of ttl: our default store, raw pyoxigraph in memory, raw pyoxigraph on disk at
    `disk` (left there for the caller). Returns the timings and the in-memory raw store."""
    import pyoxigraph as ox
    from kg.graph.store import memory_store_from_file
    load = {}
    load["default store (memory_store_from_file)"], _ = median_seconds(lambda: memory_store_from_file(ttl), 1)

    def raw_load():
        store = ox.Store()
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        return store
    load["raw pyoxigraph bulk_load"], memory = median_seconds(raw_load, 1)

    def raw_disk_load():
        store = ox.Store(str(disk))
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        store.flush()
    load["raw pyoxigraph bulk_load, on disk"], _ = median_seconds(raw_disk_load, 1)
    return load, memory


def time_saved_queries(store, raw_disk, memory, runs: int, params: dict | None = None) -> dict:
    """Median time of every saved query (default parameters, or params[name]) on our default store,
    on raw pyoxigraph over the same on-disk store, and on an in-memory pyoxigraph store of the same data."""
    from kg.namespaces import PREFIXES
    from kg.sparql.query import bindings_for, inline_values, run_local, saved_queries
    queries = {}
    for name, saved in saved_queries().items():
        bindings = bindings_for(saved, (params or {}).get(name, {}))
        inlined = inline_values(saved.text, bindings)
        list(run_local(store, saved.text, bindings)), list(raw_disk.query(inlined, prefixes=PREFIXES))  # warm both
        ours, rows = median_seconds(lambda: list(run_local(store, saved.text, bindings)), runs)
        raw, raw_rows = median_seconds(lambda: list(raw_disk.query(inlined, prefixes=PREFIXES)), runs)
        mem, _ = median_seconds(lambda: list(memory.query(inlined, prefixes=PREFIXES)), runs)
        queries[name] = {"default": ours, "raw": raw, "raw_memory": mem, "rows": len(rows), "raw_rows": len(raw_rows)}
    return queries


def _hub_institution(store) -> str:
    """The institution with most agreements: the worst case for a one-entity lookup."""
    from kg.sparql.query import run_local
    rows = list(run_local(store, "SELECT ?i (COUNT(?a) AS ?n) WHERE { ?a coop:party ?i } GROUP BY ?i "
                                 "ORDER BY DESC(?n) ?i LIMIT 1"))
    return rows[0]["i"].value


COMMANDS = {  # name -> (module, attribute) where the command lives until the CLI attaches it
    "analyze": ("kg.commands.network_cmds", "analyze_command"),
    "viz": ("kg.commands.viz_cmds", "viz_command"),
}


def _find_command(name: str):
    import importlib
    from kg.cli import main
    if name in main.commands:
        return main.commands[name], ("kg.cli", "main", [name])
    module, attribute = COMMANDS[name]
    try:
        return getattr(importlib.import_module(module), attribute), (module, attribute, [])
    except (ImportError, AttributeError):
        return None, None


def time_commands(commands: list, source: list, work: Path, budget: float) -> dict:
    """Each (name, args) command with source (["--build", DIR] or ["--data", FILE]) in a child process,
    when the command exists and takes that option."""
    timed = {}
    for name, args in commands:
        command, where = _find_command(name)
        if command is None:
            timed[name] = "not available"
            continue
        options = {p.name for p in command.params}
        wanted = "build_dir" if source[0] == "--build" else "data"
        if wanted not in options and not (wanted == "data" and "data_file" in options):
            timed[name] = f"skipped: no {source[0]} option"
            continue
        module, attribute, prefix = where
        argv = [*prefix, *args, *source]
        code = f"import sys; from {module} import {attribute} as c; c({argv!r}, standalone_mode=True)"
        start = time.perf_counter()
        try:
            proc = subprocess.run([sys.executable, "-c", code], cwd=work, capture_output=True, timeout=budget, env=_env())
            timed[name] = time.perf_counter() - start if proc.returncode == 0 else f"failed: {proc.stderr[-300:]!r}"
        except subprocess.TimeoutExpired:
            timed[name] = f"stopped after {budget:.0f}s"
    return timed


def log(message: str):
    print(message, file=sys.stderr, flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", help="target triple counts, e.g. 10k,100k,1m (default), 'ror' for the real ROR graph")
    parser.add_argument("--ror", action="store_true", help="the real ROR graph (alone unless --sizes is given)")
    parser.add_argument("--ror-source", type=Path, help="ROR index or dump (default: the index of "
                                                        "'coopkg registry import ror', else ../shared's dump)")
    parser.add_argument("--smoke", action="store_true", help="one tiny size, 1 run: checks the suite works")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--rdflib-budget", type=float, default=240.0, help="seconds for rdflib parse+queries per size")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, help="folder for generated data and builds (default: a temp folder)")
    parser.add_argument("--out", type=Path, help=f"Markdown report (default {RESULTS.relative_to(REPO)}; "
                                                  "with --smoke: only printed)")
    args = parser.parse_args(argv)
    tokens = [t.strip().lower() for t in (args.sizes or ("" if args.ror else "10k,100k,1m")).split(",") if t.strip()]
    with_ror = args.ror or "ror" in tokens
    sizes = [parse_size(t) for t in tokens if t != "ror"]
    if args.smoke and not with_ror:
        sizes = [5_000]
    runs, lookups = (1, 3) if args.smoke else (max(5, args.runs), 20)
    budget = 60.0 if args.smoke else args.rdflib_budget
    command = " ".join(["python -m benchmarks.run", *(argv if argv is not None else sys.argv[1:])])
    with tempfile.TemporaryDirectory(prefix="coopkg-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        machine = machine_info()
        results = [bench_size(n, work, runs, budget, lookups, args.seed) for n in sizes]
        ror_result = None
        if with_ror:
            from benchmarks.ror_bench import bench_ror, ror_source
            ror_result = bench_ror(ror_source(args.ror_source), work, runs, budget, lookups)
    raw_json = (args.work or Path(tempfile.gettempdir())) / "coopkg-bench-results.json"
    raw_json.write_text(json.dumps({"machine": machine, "results": results, "ror": ror_result}, indent=1, default=str))
    log(f"raw figures: {raw_json}")
    out = args.out or (None if args.smoke else RESULTS)
    text = report_text(machine, results, ror_result, runs, command, out)
    if out:
        out.write_text(text, encoding="utf-8")
        log(f"wrote {out}")
    else:
        print(text)
    return 0


def report_text(machine: dict, results: list, ror_result: dict | None, runs: int, command: str,
                out: Path | None) -> str:
    """The synthetic report (if sizes ran) and the ROR section (if it ran), merged into what out holds:
    a ROR-only run replaces just its section; a synthetic-only run keeps the old ROR section."""
    from benchmarks import ror_bench
    from benchmarks.scale_report import markdown
    old = out.read_text(encoding="utf-8") if out and out.is_file() else ""
    text = markdown(machine, results, runs, command) if results else old
    if ror_result is not None:
        return ror_bench.merge(text, ror_bench.markdown(ror_result, runs, command, machine))
    return ror_bench.keep_section(old, text)


def machine_info() -> dict:
    import pyoxigraph
    import pyshacl
    import rdflib
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0) if Path("/proc/meminfo").exists() else 0
    return {"date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"), "cpu": cpu, "cores": os.cpu_count(),
            "memory_mb": mem, "load": os.getloadavg(), "python": platform.python_version(),
            "platform": platform.platform(), "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__,
            "pyshacl": getattr(pyshacl, "__version__", "?")}


def growth_exponent(results: list) -> float | None:
    """Slope of log(build seconds) against log(triples) between the two largest sizes."""
    if len(results) < 2:
        return None
    a, b = results[-2]["build"], results[-1]["build"]
    if a["triples"] == b["triples"]:
        return None
    return math.log(b["wall"] / a["wall"]) / math.log(b["triples"] / a["triples"])


if __name__ == "__main__":
    sys.exit(main())
