"""Benchmark the offline graph page: generation time and page size at 100 / 1,000 / 10,000 nodes.

Synthetic scale-free graphs (networkx Barabási-Albert, 2 edges per new node) stand in for the
knowledge graph; nodes cycle through our five kinds and carry labels, aliases, areas, years,
facts and a quote, like real ones. Above MAX_NODES the view keeps the best-connected nodes
(the page says so), which is what `finish` does for every real view. If Chromium and Playwright
are available, the time until the page has laid out and frozen is measured too.

    python benchmarks/viz_bench.py            # writes benchmarks/results/viz.md
"""

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.viz import write_html  # noqa: E402
from kg.viz.model import MAX_NODES, ViewModel, finish, make_edge, make_node, new_network  # noqa: E402
from kg.viz.render import render_html  # noqa: E402
from kg.viz.style import NODE_STYLES, legend_for  # noqa: E402

SIZES = (100, 1_000, 10_000)
KINDS = list(NODE_STYLES)
AREAS = {f"area-{i}": {"en": f"Area {i}", "vi": f"Lĩnh vực {i}"} for i in range(12)}
RESULTS = Path(__file__).parent / "results" / "viz.md"


def synthetic_model(size: int, max_nodes: int) -> ViewModel:
    rng = random.Random(size)
    graph = nx.barabasi_albert_graph(size, 2, seed=size)
    net = new_network()
    for i in graph.nodes:
        kind = KINDS[i % len(KINDS)]
        net.nodes.append(make_node(
            f"n{i}", kind, {"en": f"Trường Đại học số {i}", "vi": f"Đại học {i}"},
            aliases=[f"U{i}"], facts=[["founded", str(1900 + i % 120)]],
            sources=[{"title": f"News {i}", "publisher": "Paper", "date": "2024-01-01", "url": ""}],
            quotes=[{"text": f"Quote number {i} about the signing", "source": f"News {i}"}],
            areas=rng.sample(sorted(AREAS), 2) if kind == "agreement" else [],
            years=[rng.randint(2015, 2025)] if kind == "agreement" else []))
    net.edges = [make_edge(f"e{j}", f"n{a}", f"n{b}", {"en": "party", "vi": "bên ký"})
                 for j, (a, b) in enumerate(graph.edges)]
    return finish(ViewModel(net, f"Synthetic {size}", legend_for(KINDS)), AREAS, max_nodes)


def generate(size: int, max_nodes: int = MAX_NODES) -> dict:
    started = time.perf_counter()
    model = synthetic_model(size, max_nodes)
    built = time.perf_counter()
    page = render_html(model.net, model.title, model.legend, model.filters, model.notes)
    done = time.perf_counter()
    return {"size": size, "page": page, "nodes": len(model.net.nodes), "edges": len(model.net.edges),
            "model_s": built - started, "render_s": done - built, "total_s": done - started,
            "bytes": len(page.encode("utf-8")), "trimmed": bool(model.notes)}


def time_to_ready(pages: dict) -> dict:
    """Seconds from navigation until the layout has stabilised and physics is off, per size."""
    try:
        from playwright.sync_api import sync_playwright

        from kg.viz.headless import chromium_path, launch, open_offline
    except ImportError:
        return {}
    if not chromium_path():
        return {}
    timings = {}
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            for key, page in pages.items():
                path = write_html(page, Path(folder) / f"{key}.html")
                started = time.perf_counter()
                opened = open_offline(browser, path)
                timings[key] = (time.perf_counter() - started,
                                opened.page.evaluate("coopkg.nodeCount()"), opened.problems())
                opened.page.context.close()
        finally:
            browser.close()
    return timings


def main() -> None:
    rows = [generate(size) for size in SIZES]
    untrimmed = generate(SIZES[-1], max_nodes=10**9)
    browser = time_to_ready({r["size"]: r["page"] for r in rows})
    vis_bytes = len((Path(__file__).parent.parent / "kg/viz/assets/vis-network.min.js").read_bytes())
    lines = [
        "# Graph page benchmark (`benchmarks/viz_bench.py`)", "",
        f"Synthetic Barabási-Albert graphs; views keep at most {MAX_NODES:,} nodes. "
        f"Every page inlines vis-network ({vis_bytes / 1024:.0f} KiB). Python {sys.version.split()[0]}.", "",
        "| input nodes | drawn nodes | drawn edges | build model (s) | render HTML (s) | total (s) "
        "| page size (KiB) | browser: laid out and frozen (s) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        seconds, drawn, problems = browser.get(r["size"], (None, None, None))
        shown = "n/a (no Chromium)" if seconds is None else f"{seconds:.1f}"
        if problems:
            shown += f" ({len(problems)} problems!)"
        if drawn is not None and drawn != r["nodes"]:
            shown += f" (drew {drawn}!)"
        lines.append(f"| {r['size']:,} | {r['nodes']:,} | {r['edges']:,} | {r['model_s']:.3f} | "
                     f"{r['render_s']:.3f} | {r['total_s']:.3f} | {r['bytes'] / 1024:,.0f} | {shown} |")
    lines += ["", f"Without trimming, 10,000 nodes would take {untrimmed['total_s']:.2f} s to generate and "
              f"give a {untrimmed['bytes'] / 1024 / 1024:.1f} MiB page (not opened: the layout would "
              "take minutes in a browser).", ""]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
