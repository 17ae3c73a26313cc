"""The real-scale part of the scale benchmark: the ROR registry (~50,000 organisations) as CoopKG RDF.

    python -m benchmarks.run --ror                 # only this part; merged into benchmarks/RESULTS.md
    python -m benchmarks.run --sizes 10k,ror       # beside a synthetic size

ror.ttl is written by `coopkg registry graph ror` (kg.registry.ror_graph) from the ROR index, else from
the dump. Then, as for the synthetic sizes: loading it (default store vs raw pyoxigraph bulk_load vs
rdflib parse under the time budget), the saved queries (default store on disk vs raw pyoxigraph vs
rdflib), a one-entity lookup, and `coopkg analyze --projection relations` and `coopkg viz relations`
in child processes, with the drawn page's size and how many nodes it keeps of how many.
"""

import json
import re
from pathlib import Path

from benchmarks.scale_report import QUERY_TABLE_HEADER, _s as seconds_text, query_rows

ROR_DUMP = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "ror" / "ror-organizations.jsonl.xz"
# Saved-query parameters for the ROR graph, whose IRIs are inst:ror-<id> (the defaults suit the seed
# graph): children-of asks for Vietnam's Ministry of Industry and Trade, as it did before.
ROR_PARAMS = {"children-of": {"parent": "inst:ror-01bvv5f54"}}
SECTION_START, SECTION_END = "<!-- ror:start -->", "<!-- ror:end -->"


def ror_source(given: Path | None) -> Path:
    """The ROR index (built by `coopkg registry import ror`) if present, else the dump."""
    from kg.errors import CoopKGError
    from kg.registry.store import default_db_path
    for candidate in ([given] if given else [default_db_path(), ROR_DUMP]):
        if candidate and candidate.is_file():
            return candidate
    raise CoopKGError("no ROR index or dump found", fix="coopkg registry import ror FILE, or --ror-source FILE")


def bench_ror(source: Path, work: Path, runs: int, rdflib_budget: float, lookups: int) -> dict:
    import pyoxigraph as ox
    from benchmarks.run import log, median_seconds, time_commands, time_loads, time_rdflib, time_saved_queries
    from kg.sparql.query import run_local
    from kg.registry.ror_graph import ror_to_rdf
    from kg.graph.store import STORE_DIR_NAME, open_store

    out = {"target": "ror", "source": source.name}
    graph = ror_to_rdf(source, work / "ror")
    ttl = graph.path
    out["graph"] = {"seconds": graph.seconds, "organisations": graph.orgs, "triples": graph.triples,
                    "bytes": ttl.stat().st_size}
    log(f"[ror] {graph.orgs} organisations, {graph.triples} triples written in {graph.seconds:.1f}s; loading ...")

    # The on-disk load doubles as the default store the queries run on (ror.ttl has only a default
    # graph, so it is already what kg.graph.store keeps as the union of named graphs).
    build_dir = work / "ror-build"
    disk = build_dir / STORE_DIR_NAME
    if disk.exists():
        import shutil
        shutil.rmtree(disk)
    build_dir.mkdir(parents=True, exist_ok=True)
    out["load"], memory = time_loads(ttl, disk)

    store = open_store(build_dir)
    raw_disk = ox.Store.read_only(str(disk))
    queries = time_saved_queries(store, raw_disk, memory, runs, ROR_PARAMS)
    raw_disk = memory = None
    out["queries"] = queries
    hub = _hub(store)
    out["lookup"] = {"iri": hub,
                     "select": median_seconds(lambda: list(run_local(store, f"SELECT ?p ?o WHERE {{ <{hub}> ?p ?o }}")), lookups)[0],
                     "describe": median_seconds(lambda: list(run_local(store, f"DESCRIBE <{hub}>")), lookups)[0]}
    store = None
    log("[ror] queries done; rdflib ...")

    out["rdflib"] = time_rdflib(ttl, work / "rdflib-ror.jsonl", runs, rdflib_budget, ROR_PARAMS)
    log("[ror] analyze and viz ...")
    page = work / "relations-ror.html"
    out["commands"] = time_commands(
        [("analyze", ["--projection", "relations", "-o", str(work / "analyze-ror")]), ("viz", ["relations", "-o", str(page)])],
        ["--data", str(ttl)], work, rdflib_budget)
    out["viz"] = page_figures(page) if page.is_file() else {}
    analysis = work / "analyze-ror" / "analysis.json"
    if analysis.is_file():
        report = json.loads(analysis.read_text(encoding="utf-8"))
        out["analysis"] = {"nodes": report["size"]["nodes"], "edges": report["size"]["edges"], "links": report["links"],
                           "without_links": report["institutions_without_links"],
                           "components": report["components"]["count"], "largest": (report["components"]["sizes"] or [0])[0],
                           "communities": report["communities"]["count"], "betweenness": report["betweenness"]["method"]}
    log("[ror] done")
    return out


def _hub(store) -> str:
    """The organisation with most parts (org:subOrganizationOf): the worst case for a lookup."""
    from kg.sparql.query import run_local
    rows = list(run_local(store, "SELECT ?p (COUNT(?c) AS ?n) WHERE { ?c org:subOrganizationOf ?p } GROUP BY ?p "
                                 "ORDER BY DESC(?n) ?p LIMIT 1"))
    if not rows:  # a slice of the dump may hold no parent body
        rows = list(run_local(store, "SELECT ?p WHERE { ?p a coop:Institution } ORDER BY ?p LIMIT 1"))
    return rows[0]["p"].value


def page_figures(page: Path) -> dict:
    """Size of the page, nodes and edges drawn, and the total the trimming note names."""
    text = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text, re.S).group(1))
    total = next((int(m.group(1).replace(",", "")) for note in data["notes"]
                  for m in [re.search(r"best-connected of ([\d,]+) nodes", note)] if m), len(data["nodes"]))
    return {"bytes": page.stat().st_size, "nodes": len(data["nodes"]), "edges": len(data["edges"]), "total_nodes": total,
            "notes": data["notes"]}


def _s(value) -> str:
    return seconds_text(value)


def markdown(result: dict, runs: int, command: str, machine: dict) -> str:
    """The ROR section of RESULTS.md, between markers so a later run can replace it alone."""
    g, load, rd = result["graph"], result["load"], result["rdflib"]
    ours, raw = load["default store (memory_store_from_file)"], load["raw pyoxigraph bulk_load"]
    parse = _s(rd["parse"]) if rd["parse"] is not None else f"not finished in {rd['budget']:.0f} s"
    lines = [SECTION_START, "## Real-scale graph: ROR", "",
             f"Command: `{command}`; {machine['date']}, {machine['cpu']}, {machine['cores']} cores, load average at start "
             f"{', '.join(f'{x:.1f}' for x in machine['load'])}. Source: `{result['source']}` "
             f"(`coopkg registry graph ror`); queries: median of {runs} run(s).", "",
             f"ror.ttl: {g['organisations']:,} organisations, {g['triples']:,} triples, {g['bytes'] / 1e6:.1f} MB, "
             f"written in {_s(g['seconds'])}.", "",
             "| loading ror.ttl | default store (memory_store_from_file) | raw pyoxigraph bulk_load | raw/default | "
             "raw bulk_load on disk | rdflib Graph.parse |", "|---|---|---|---|---|---|",
             f"| {g['triples']:,} triples | {_s(ours)} | {_s(raw)} | {raw / ours:.0%} | "
             f"{_s(load['raw pyoxigraph bulk_load, on disk'])} | {parse} |", "",
             *QUERY_TABLE_HEADER]
    lines += query_rows(result["queries"], rd["queries"], runs)
    lk = result["lookup"]
    lines += ["", f"Most saved queries ask about agreements, people and sources, which ROR lacks: they return 0 rows "
              f"and measure index lookups. One-entity lookup (the organisation with most parts, median of 20): "
              f"`?p ?o` {_s(lk['select'])}, DESCRIBE {_s(lk['describe'])}.", ""]
    cmds, viz, an = result["commands"], result.get("viz", {}), result.get("analysis")
    lines.append("Commands (child process each, from `--data ror.ttl`, so each includes loading it): "
                 + "; ".join(f"`coopkg {k}` {_s(v)}" for k, v in cmds.items()))
    if an:
        lines += ["", f"`coopkg analyze --projection relations`: {an['nodes']:,} institutions with a link "
                  f"({an['without_links']:,} without), {an['edges']:,} links ("
                  + ", ".join(f"{k} {v:,}" for k, v in an["links"].items())
                  + f"); {an['components']:,} components (largest {an['largest']:,}), {an['communities']:,} communities; "
                  f"betweenness {an['betweenness']}."]
    if viz:
        trimmed = [n for n in viz["notes"] if "best-connected" in n]
        lines += ["", f"`coopkg viz relations`: page {viz['bytes'] / 1e6:.2f} MB, {viz['nodes']:,} of {viz['total_nodes']:,} "
                  f"nodes drawn ({viz['edges']:,} edges)" + (f"; the page says: “{trimmed[0]}”" if trimmed else "")]
    lines += ["", SECTION_END]
    return "\n".join(lines) + "\n"


def keep_section(old: str, new: str) -> str:
    """The new synthetic report with the old file's ROR section kept."""
    found = re.search(re.escape(SECTION_START) + ".*?" + re.escape(SECTION_END) + "\n?", old, re.S)
    return merge(new, found.group(0)) if found else new


def merge(text: str, section: str) -> str:
    """text with its ROR section replaced by section, or section added before the hand-written notes."""
    pattern = re.compile(re.escape(SECTION_START) + ".*?" + re.escape(SECTION_END) + "\n?", re.S)
    if pattern.search(text):
        return pattern.sub(lambda _m: section, text)
    notes = text.find("\n## Notes")
    if notes >= 0:
        return text[:notes + 1] + section + "\n" + text[notes + 1:]
    return (text.rstrip("\n") + "\n\n" if text.strip() else "# Scale benchmark results\n\n") + section
