"""A 300-institution partners view in a real headless Chromium: readable at first sight, and its
year filter removes edges, not only nodes. Needs /usr/bin/chromium and playwright (tests/browser.py).

The screenshot goes to tests/artifacts/viz-partners-300.png for a human look.
"""

from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest

from kg.network import projections
from kg.viz import build_view, render_html, write_html

try:  # the helper modules sit beside this file; import works with or without tests/__init__.py
    from tests.browser import browser, open_offline  # noqa: F401 (browser is a fixture)
    from tests.viz_synthetic import synthetic_partners_store
except ImportError:
    from browser import browser, open_offline  # noqa: F401
    from viz_synthetic import synthetic_partners_store

ARTIFACTS = Path(__file__).parent / "artifacts"
pytestmark = pytest.mark.browser
MIN_PX = 11  # on-screen font size a label must have to count as readable

# For each of the given nodes: on-screen font size, and its label's box in page pixels.
LABEL_BOXES_JS = """ids => ids.map(id => {
  const net = coopkg.network, node = net.body.nodes[id], size = node.labelModule.size;
  const box = document.getElementById('graph').getBoundingClientRect();
  const a = net.canvasToDOM({x: size.left, y: size.top});
  const b = net.canvasToDOM({x: size.left + size.width, y: size.top + size.height});
  return {id: id, px: node.labelModule.fontOptions.size * net.getScale(), text: node.options.label,
          left: box.left + a.x, top: box.top + a.y, right: box.left + b.x, bottom: box.top + b.y,
          inside: a.x >= 0 && a.y >= 0 && b.x <= box.width && b.y <= box.height};
})"""


@pytest.fixture(scope="module")
def big():
    store, signed = synthetic_partners_store(300)
    model = build_view(store, "partners")
    return store, signed, model


def write_page(model, tmp_path):
    return write_html(render_html(model.net, model.title, model.legend, model.filters, model.notes),
                      tmp_path / "partners-300.html")


def top_by_centrality(store, count):
    """The institutions with the highest degree centrality, read the way `coopkg analyze` reads them."""
    graph = projections.partnership_network(store)
    centrality = nx.degree_centrality(graph)
    return sorted(graph, key=lambda n: (-centrality[n], n))[:count], graph


def overlap_share(a, b) -> float:
    """Area of the overlap of two boxes over the smaller box's area."""
    width = min(a["right"], b["right"]) - max(a["left"], b["left"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    if width <= 0 or height <= 0:
        return 0.0
    smaller = min((a["right"] - a["left"]) * (a["bottom"] - a["top"]), (b["right"] - b["left"]) * (b["bottom"] - b["top"]))
    return width * height / smaller


def test_top_institutions_are_readable_at_first_sight(browser, big, tmp_path):
    store, signed, model = big
    assert signed == 300 and len(model.net.nodes) == 300
    top, _graph = top_by_centrality(store, 10)
    opened = open_offline(browser, write_page(model, tmp_path))
    page = opened.page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz-partners-300.png"))

    labels = page.evaluate(LABEL_BOXES_JS, top)
    small = [(b["text"], round(b["px"], 1)) for b in labels if b["px"] < MIN_PX]
    assert not small, f"top institutions drawn below {MIN_PX} px: {small}"
    assert all(b["inside"] for b in labels), "a top label is outside the visible canvas"
    clashes = [(a["text"], b["text"], round(overlap_share(a, b), 2))
               for a, b in combinations(labels, 2) if overlap_share(a, b) > 0.05]
    assert not clashes, f"top labels covering each other: {clashes}"
    # The rest stay small until one zooms in: most of the 300 labels are not drawn at first sight.
    scale = page.evaluate("coopkg.network.getScale()")
    assert 13 * scale < 8, "expected the layout to need zooming in for the other labels"
    # The legend names communities after institutions, not "Community 1".
    legend = page.locator("#legend li").all_inner_texts()
    assert legend and not any(text.startswith("Community") for text in legend)
    assert opened.problems() == []


def test_year_filter_removes_edges_and_the_nodes_left_alone(browser, big, tmp_path):
    store, _signed, model = big
    page = open_offline(browser, write_page(model, tmp_path)).page
    years = model.filters["years"]
    start, end = years[len(years) // 2], years[len(years) // 2 + 1]
    edges_before = page.evaluate("coopkg.visibleEdges()")
    assert edges_before == page.evaluate("coopkg.edgeCount()") == len(model.net.edges)

    page.select_option("#year-from", str(start))
    page.select_option("#year-to", str(end))
    # What should stay: partnerships with an agreement signed in the range, and their institutions.
    graph = projections.partnership_network(store, projections.Filters(since=start, until=end))
    after = page.evaluate("coopkg.visibleEdges()")
    assert 0 < after == graph.number_of_edges() < edges_before
    assert page.evaluate("coopkg.edgeCount()") == after  # what vis-network draws
    assert page.evaluate("coopkg.visibleNodes()") == page.evaluate("coopkg.nodeCount()") == graph.number_of_nodes()
    # Widening the range again brings every edge back.
    page.select_option("#year-from", str(years[0]))
    page.select_option("#year-to", str(years[-1]))
    assert page.evaluate("coopkg.visibleEdges()") == edges_before


def test_layout_progress_is_visible_while_stabilising(browser, big, tmp_path):
    _store, _signed, model = big
    path = write_page(model, tmp_path)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    # Record what the progress line shows, and whether it could be seen, each time it changes.
    context.add_init_script("""
      window.progressSeen = [];
      new MutationObserver(() => {
        const p = document.getElementById('progress');
        if (!p) return;
        const box = p.getBoundingClientRect();
        window.progressSeen.push({text: p.textContent, connected: p.isConnected, hidden: p.hidden,
                                  visible: !p.hidden && p.isConnected && box.width > 0 && box.height > 0});
      }).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
    """)
    page = context.new_page()
    page.goto(path.resolve().as_uri())
    page.locator("body[data-ready='true']").wait_for(state="attached", timeout=120_000)
    seen = page.evaluate("window.progressSeen")
    shown = [s for s in seen if s["visible"] and "%" in s["text"]]
    assert shown, f"the progress line was never visible with a percentage: {seen[:5]}"
    assert seen[-1]["hidden"] and not page.locator("#progress").is_visible()
    context.close()


def test_full_view_year_filter_keeps_no_stranded_nodes(browser, tmp_path):
    """In the full view too: after narrowing the years, every drawn agreement edge has an agreement
    of those years, and every drawn institution keeps at least one drawn edge."""
    store, _signed = synthetic_partners_store(60)
    model = build_view(store, "full")
    path = write_html(render_html(model.net, model.title, model.legend, model.filters, model.notes),
                      tmp_path / "full-60.html")
    page = open_offline(browser, path).page
    years = model.filters["years"]
    start, end = years[len(years) // 2], years[len(years) // 2 + 2]
    page.select_option("#year-from", str(start))
    page.select_option("#year-to", str(end))
    shown = page.evaluate("""() => {
      const d = coopkg.network.body.data;
      return {nodes: d.nodes.get({filter: n => !n.hidden}).map(n => [n.id, n.kind]),
              edges: d.edges.get({filter: e => !e.hidden}).map(e => [e.from, e.to, e.acts || null])}; }""")
    kinds = dict(shown["nodes"])
    assert shown["edges"] and len(shown["edges"]) < len(model.net.edges)
    for source, target, acts in shown["edges"]:
        assert source in kinds and target in kinds  # no edge to a hidden node
        if acts is not None:
            assert any(year is not None and start <= year <= end for year, _areas in acts)
    touched = {end for source, target, _acts in shown["edges"] for end in (source, target)}
    stranded = [node for node, kind in kinds.items() if kind == "institution" and node not in touched]
    assert not stranded
