"""benchmarks/RESULTS.md from the figures benchmarks/run.py measured."""

import statistics


def _s(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _ratio(a, b) -> str:
    return f"{a / b:.2f}×" if a and b else "—"


QUERY_TABLE_HEADER = ["| query | rows | default store | raw pyoxigraph | raw memory | rdflib | default/raw | rdflib/default |",
                      "|---|---|---|---|---|---|---|---|"]


def query_rows(queries: dict, rdflib_queries: dict, runs: int) -> list[str]:
    """One Markdown table row per saved query: our store, raw pyoxigraph, memory, rdflib and the ratios."""
    lines = []
    for name, q in queries.items():
        rq = rdflib_queries.get(name)
        if rq is None:
            rdflib_cell, speedup = "not run (budget)", "—"
        elif "timeout" in rq:
            rdflib_cell, speedup = f"> {rq['timeout']:.0f} s (stopped)", f"> {rq['timeout'] / q['default']:.0f}×"
        else:
            short = rq.get("runs", runs) < runs
            rdflib_cell = _s(rq["median"]) + (f" ({rq['runs']} run{'s' if rq['runs'] > 1 else ''})" if short else "")
            speedup = _ratio(rq["median"], q["default"])
        rows = f"{q['rows']}" + ("" if not rq or "rows" not in rq or rq["rows"] == q["rows"] else f" (rdflib {rq['rows']})")
        lines.append(f"| {name} | {rows} | {_s(q['default'])} | {_s(q['raw'])} | {_s(q['raw_memory'])} | {rdflib_cell} | "
                     f"{_ratio(q['default'], q['raw'])} | {speedup} |")
    return lines


def markdown(machine: dict, results: list, runs: int, command: str) -> str:
    from benchmarks.run import growth_exponent
    lines = ["# Scale benchmark results", "",
             f"Command: `{command}` (from the repository root, shared venv).", "",
             f"- date: {machine['date']}",
             f"- machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_mb']} MB RAM, "
             f"{machine['platform']}; load average at start {', '.join(f'{x:.1f}' for x in machine['load'])} "
             "(the machine is shared: absolute times vary, ratios are the reliable part)",
             f"- versions: Python {machine['python']}, pyoxigraph {machine['pyoxigraph']}, rdflib {machine['rdflib']}, "
             f"pyshacl {machine['pyshacl']}",
             f"- data: `coopkg generate` (seeded), curated-record format, built by the real pipeline; "
             f"queries are the saved ones in ontology/queries with default parameters, median of {runs} run(s)", ""]

    lines += ["## Build (`coopkg build` without extra steps, end to end, in a child process)", "",
              "| target | triples | quads | sources | agreements | generate | build wall | peak RSS |",
              "|---|---|---|---|---|---|---|---|"]
    for r in results:
        b, g = r["build"], r["generate"]
        lines.append(f"| {r['target']:,} | {b['triples']:,} | {b['quads']:,} | {g['sources']} | {g['agreements']} | "
                     f"{_s(g['seconds'])} | {_s(b['wall'])} | {b['peak_rss_mb']:.0f} MB |")
    lines += ["", "The table is the core build (`kg.graph.build.build`: read, check, reconcile, emit, SHACL, files, store). "
              "The CLI adds optional steps of other modules (kg.cli._build_extras); they are timed apart, each "
              "in its own process under the rdflib time budget:", "",
              "| triples | extra steps | wall | peak RSS |", "|---|---|---|---|"]
    for r in results:
        ex = r["extras"]
        steps = ", ".join(f"{k} {_s(v)}" for k, v in ex["steps"].items()) or "none finished"
        if ex["timed_out"]:
            steps += f"; stopped at the {ex['wall']:.0f} s budget"
        lines.append(f"| {r['build']['triples']:,} | {steps} | {_s(ex['wall'])} | {ex['peak_rss_mb']:.0f} MB |")
    slope = growth_exponent(results)
    if slope is not None:
        lines += ["", f"Growth exponent of build time between the two largest sizes (log-log slope): **{slope:.2f}**"]
    stages = list(dict.fromkeys(k for r in results for k in r["build"]["timings"]))
    lines += ["", "Stages (seconds):", "", "| stage | " + " | ".join(f"{r['build']['triples']:,}" for r in results) + " |",
              "|---|" + "---|" * len(results)]
    for stage in stages:
        lines.append(f"| {stage} | " + " | ".join(f"{r['build']['timings'].get(stage, 0):.2f}" for r in results) + " |")

    lines += ["", "## Loading graph.ttl", "",
              "| triples | default store (memory_store_from_file) | raw pyoxigraph bulk_load | ratio (raw/default = share of raw throughput) | raw bulk_load on disk | rdflib Graph.parse |",
              "|---|---|---|---|---|---|"]
    for r in results:
        load, rd = r["load"], r["rdflib"]
        ours, raw = load["default store (memory_store_from_file)"], load["raw pyoxigraph bulk_load"]
        parse = _s(rd["parse"]) if rd["parse"] is not None else f"not finished in {rd['budget']:.0f} s"
        lines.append(f"| {r['build']['triples']:,} | {_s(ours)} | {_s(raw)} | {raw / ours:.0%} | "
                     f"{_s(load['raw pyoxigraph bulk_load, on disk'])} | {parse} |")

    lines += ["", "The build's own store load (stage `load store`: TriG for the named graphs + Turtle for the "
              "de-duplicated default graph, bulk_load of bytes, on disk, running beside SHACL) against raw "
              "pyoxigraph bulk_load of graph.ttl on disk:", "",
              "| triples | build load store | its throughput | raw on-disk throughput | share of raw |", "|---|---|---|---|---|"]
    for r in results:
        b = r["build"]
        seconds = b["timings"].get("load store")
        raw = r["load"]["raw pyoxigraph bulk_load, on disk"]
        if seconds:
            ours_rate, raw_rate = (b["quads"] + b["triples"]) / seconds, b["triples"] / raw
            lines.append(f"| {b['triples']:,} | {_s(seconds)} | {ours_rate:,.0f} quads/s | {raw_rate:,.0f} triples/s | "
                         f"{ours_rate / raw_rate:.0%} |")

    lines += ["", "## Saved queries", "",
              "Default store = kg.sparql.query.run_local on kg.graph.store.open_store (on-disk, read-only); raw = pyoxigraph "
              "`Store.query` on the same store; raw memory = pyoxigraph in-memory store of graph.ttl; rdflib = "
              "plain rdflib Graph in memory. Ratios: default/raw (want ≤ 1.5) and rdflib/default (want ≥ 20).", ""]
    for r in results:
        rd = r["rdflib"]
        lines += [f"### {r['build']['triples']:,} triples", "",
                  "| query | rows | default store | raw pyoxigraph | raw memory | rdflib | default/raw | rdflib/default |",
                  "|---|---|---|---|---|---|---|---|"]
        lines += query_rows(r["queries"], rd["queries"], runs)
        ratios = [q["default"] / q["raw"] for q in r["queries"].values() if q["raw"]]
        speedups = [rd["queries"][n].get("median", rd["queries"][n].get("timeout")) / q["default"]
                    for n, q in r["queries"].items() if n in rd["queries"]]
        lines += ["", f"Median default/raw: {statistics.median(ratios):.2f}×; "
                  + (f"median rdflib/default: {statistics.median(speedups):.0f}× (min {min(speedups):.0f}×; a stopped query counts "
                     "with its time limit, so its ratio is a lower bound)" if speedups else "rdflib: none finished")
                  + (f"; rdflib stopped at its {rd['budget']:.0f} s budget" if rd["stopped"] or rd["timed_out"] else ""), ""]
        lk = r["lookup"]
        lines += [f"One-entity lookup on the default store (institution with most agreements, median of 20): "
                  f"`?p ?o` {_s(lk['select'])}, DESCRIBE {_s(lk['describe'])} (target < 50 ms)", ""]
        cmds = r["commands"]
        lines += ["Other commands: " + "; ".join(f"`coopkg {k}` {_s(v)}" for k, v in cmds.items()), ""]
    return "\n".join(lines) + "\n"
