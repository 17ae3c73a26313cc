"""Work the scale benchmark runs in child processes, so each gets its own peak-memory figure
(os.wait4 in the parent) and an rdflib run that overshoots its budget can be stopped.

    python -m benchmarks.scale_child build DATA OUT RESULT.json
    python -m benchmarks.scale_child extras OUT RESULT.json
    python -m benchmarks.scale_child rdflib GRAPH.ttl RUNS BUDGET_S RESULT.jsonl
"""

import json
import statistics
import sys
import time
from pathlib import Path


def child_build(data_dir: str, out_dir: str, result: str):
    """`coopkg build` without the optional extra steps other modules add (timed apart, see child_extras)."""
    from kg.graph.build import build
    start = time.perf_counter()
    report = build(Path(data_dir), Path(out_dir), progress=None)
    Path(result).write_text(json.dumps({"seconds": time.perf_counter() - start, "timings": report.timings,
                                        "triples": report.triples, "quads": report.quads,
                                        "counts": report.counts, "warnings": len(report.warnings),
                                        "disagreements": len(report.disagreements)}))


def child_extras(out_dir: str, result: str):
    """The extra build steps the CLI adds (kg.cli._build_extras, e.g. graph.html), on the finished build.
    Each result line is written as soon as it is known, so a step stopped at its budget is reported."""
    from kg.cli import _build_extras
    with open(result, "a", encoding="utf-8") as out:
        for name, step in _build_extras():
            start = time.perf_counter()
            step(Path(out_dir), None)
            out.write(json.dumps({"step": name, "seconds": time.perf_counter() - start}) + "\n")
            out.flush()


def child_rdflib(ttl: str, runs: str, budget: str, result: str, params: str = "{}"):
    """Plain rdflib: parse the Turtle, then every saved query, each stopped after a share of the budget
    (SIGALRM: rdflib evaluates in Python, so the alarm interrupts it). One JSON line per result,
    written as soon as it is known, so whatever finished before the parent's time limit is kept."""
    import signal
    from rdflib import Graph
    from kg.sparql.query import bindings_for, inline_values, saved_queries, with_prefixes

    def stop(signum, frame):
        raise TimeoutError
    signal.signal(signal.SIGALRM, stop)
    deadline = time.perf_counter() + float(budget)
    per_query = float(budget) / 6
    with open(result, "a", encoding="utf-8") as out:
        start = time.perf_counter()
        graph = Graph().parse(ttl, format="turtle")
        out.write(json.dumps({"parse": time.perf_counter() - start, "triples": len(graph)}) + "\n")
        out.flush()
        for name, saved in saved_queries().items():
            if time.perf_counter() > deadline:
                out.write(json.dumps({"stopped": "time budget reached"}) + "\n")
                return
            text = with_prefixes(inline_values(saved.text, bindings_for(saved, json.loads(params).get(name, {}))))
            times, rows = [], []
            try:
                for _ in range(int(runs)):
                    signal.setitimer(signal.ITIMER_REAL, per_query)
                    start = time.perf_counter()
                    rows = list(graph.query(text))
                    times.append(time.perf_counter() - start)
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    if sum(times) > per_query:
                        break
            except TimeoutError:
                out.write(json.dumps({"query": name, "timeout": per_query}) + "\n")
                out.flush()
                continue
            out.write(json.dumps({"query": name, "median": statistics.median(times), "runs": len(times),
                                  "rows": len(rows)}) + "\n")
            out.flush()


if __name__ == "__main__":
    {"build": child_build, "extras": child_extras, "rdflib": child_rdflib}[sys.argv[1]](*sys.argv[2:])
