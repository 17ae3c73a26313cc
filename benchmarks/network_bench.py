"""Benchmark the partnership-network analysis at 1k / 5k / 20k institutions.

Synthetic heavy-tailed partnership networks (networkx Barabási–Albert, 3 partners per newcomer,
weights 1–3) stand in for the projection; the analysis is kg.network.metrics.analyse, the same
function `coopkg analyze` runs. Betweenness is timed exact (networkx; skipped where it would
take minutes), sampled (networkx, k=500, seed 42) and exact by igraph, and the sample is compared
with the exact values. If kg.generate is present, one generated data set is also built and the
SPARQL projection timed on its Oxigraph store.

    python benchmarks/network_bench.py            # writes benchmarks/results/network.md
    python benchmarks/network_bench.py --smoke    # tiny sizes, prints only (used by a test)
"""

import platform
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.network import centrality, metrics  # noqa: E402

SIZES = (1_000, 5_000, 20_000)
SMOKE_SIZES = (150, 300)
EXACT_NX_MAX = 5_000  # networkx exact betweenness above this takes many minutes on 2 cores
RESULTS = Path(__file__).parent / "results" / "network.md"


def synthetic(size: int) -> nx.Graph:
    rng = random.Random(size)
    graph = nx.barabasi_albert_graph(size, 3, seed=size)
    for u, v in graph.edges:
        graph[u][v]["weight"] = rng.choice((1, 1, 1, 2, 3))
    for node in graph:
        graph.nodes[node].update(label=f"Institution {node}", type="coop:University")
    return graph


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    value = function(*args, **kwargs)
    return value, time.perf_counter() - start


def top_overlap(a: dict, b: dict, n: int = 10) -> int:
    best = lambda d: {k for k, _ in sorted(d.items(), key=lambda kv: -kv[1])[:n]}  # noqa: E731
    return len(best(a) & best(b))


def measure(size: int, exact_nx_max: int, sample_k: int) -> dict:
    graph = synthetic(size)
    row = {"size": size, "edges": graph.number_of_edges()}
    _, row["pagerank"] = timed(nx.pagerank, graph, weight="weight")
    _, row["eigenvector"] = timed(centrality.eigenvector, graph)
    _, row["louvain"] = timed(nx.community.louvain_communities, graph, weight="weight", seed=42)
    sampled, row["sampled"] = timed(centrality.betweenness, graph, "sampled", k=min(sample_k, size - 1))
    reference = by_igraph = None
    if centrality.igraph_available():
        by_igraph, row["igraph"] = timed(centrality.betweenness, graph, "igraph")
        reference = by_igraph
    if size <= exact_nx_max:
        exact, row["exact"] = timed(centrality.betweenness, graph, "exact")
        reference = exact
        if by_igraph:
            row["igraph_max_diff"] = max(abs(exact[0][n] - by_igraph[0][n]) for n in graph)
    if reference:
        row["sample_top10"] = top_overlap(sampled[0], reference[0])
        row["sample_max_err"] = max(abs(sampled[0][n] - reference[0][n]) for n in graph)
    report, row["analyse_auto"] = timed(metrics.analyse, graph)
    row["auto_method"] = report["betweenness"]["method"]
    return row


def rdf_projection(institutions: int = 150, agreements: int = 200) -> dict | None:
    """Build generated data through the real pipeline and time the SPARQL projection on its store."""
    try:
        from kg.generate import generate
    except ImportError:
        return None
    from kg.graph.build import build
    from kg.network.projections import partnership_network
    from kg.network.report import analysis_report
    from kg.graph.store import open_store
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        generate(data, institutions, agreements, seed=1)
        report, build_seconds = timed(build, data, Path(tmp) / "build", ["ttl"])
        store = open_store(Path(tmp) / "build")
        graph, projection = timed(partnership_network, store)
        _, whole = timed(analysis_report, store)
        return {"institutions": institutions, "agreements": agreements, "triples": report.triples,
                "build": build_seconds, "projection": projection, "analyze": whole,
                "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


def fmt(seconds) -> str:
    if seconds is None:
        return "not run"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def render(rows: list[dict], rdf: dict | None, sample_k: int) -> str:
    lines = ["# Network analysis benchmark", "",
             f"`python benchmarks/network_bench.py` on {platform.machine()}, Python {platform.python_version()}, "
             f"networkx {nx.__version__}" + (f", igraph {__import__('igraph').__version__}" if centrality.igraph_available() else "")
             + ". Synthetic Barabási–Albert partnership networks (3 partners per newcomer, weights 1–3), one run each; "
             "expect ±30 % between runs on a shared 2-core machine.", "",
             "| institutions | partnerships | PageRank | eigenvector | Louvain | betweenness exact (networkx) "
             f"| sampled k={sample_k} (networkx) | exact (igraph) | sample: top-10 agreement / max abs error "
             "| whole `analyse` (auto) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        quality = f"{r['sample_top10']}/10, {r['sample_max_err']:.4f}" if "sample_top10" in r else "—"
        lines.append(f"| {r['size']:,} | {r['edges']:,} | {fmt(r['pagerank'])} | {fmt(r['eigenvector'])} | "
                     f"{fmt(r['louvain'])} | {fmt(r.get('exact'))} | {fmt(r['sampled'])} | {fmt(r.get('igraph'))} | "
                     f"{quality} | {fmt(r['analyse_auto'])} ({r['auto_method']}) |")
    diffs = [r["igraph_max_diff"] for r in rows if "igraph_max_diff" in r]
    lines += ["", "- igraph's exact betweenness equals networkx's (largest difference "
              f"{max(diffs):.1e})." if diffs else "- igraph not installed: no igraph column.",
              f"- networkx exact betweenness is not run above {EXACT_NX_MAX:,} institutions (it is O(n·m)); "
              "there the sample is compared with igraph's exact values."]
    if rdf:
        lines += ["", "## From RDF through the real build (kg.generate)", "",
                  f"{rdf['institutions']} institutions, {rdf['agreements']} agreements, {rdf['triples']:,} triples: "
                  f"build {fmt(rdf['build'])}; SPARQL projection to networkx {fmt(rdf['projection'])} "
                  f"({rdf['nodes']} nodes, {rdf['edges']} edges); whole `coopkg analyze` report {fmt(rdf['analyze'])}."]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    smoke = "--smoke" in argv
    sizes, sample_k = (SMOKE_SIZES, 50) if smoke else (SIZES, centrality.SAMPLE_K)
    measure(60, EXACT_NX_MAX, 10)  # warm-up: the first call pays for importing scipy and igraph
    rows = []
    for size in sizes:
        rows.append(measure(size, EXACT_NX_MAX, sample_k))
        print(rows[-1], flush=True)
    rdf = None if smoke else rdf_projection()
    text = render(rows, rdf, sample_k)
    print(text)
    if not smoke:
        RESULTS.write_text(text, encoding="utf-8")
        print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main(sys.argv[1:])
