"""Open every view in a real (headless) Chromium from file:// with the network blocked.

Needs /usr/bin/chromium and the playwright package; see tests/browser.py for skip/fail rules.
Screenshots go to tests/artifacts/ for a human look.
"""

from pathlib import Path

import pytest

from kg.namespaces import AGREEMENT, INST, PERSON
from kg.graph.store import memory_store_from_file
from kg.viz import build_view, render_html, write_html

try:  # the helper module sits beside this file; import works with or without tests/__init__.py
    from tests.browser import browser, open_offline  # noqa: F401 (browser is a fixture)
except ImportError:
    from browser import browser, open_offline  # noqa: F401

FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.ttl"
ARTIFACTS = Path(__file__).parent / "artifacts"
HOSTILE = 'Evil </script><script>alert(1)</script> "onerror=alert(2) Corp'
KXT, HUST, EVIL = str(PERSON["kieu-xuan-thuc"]), str(INST.hust), str(INST.evil)
AGREEMENT_IRI = str(AGREEMENT["hust-lilama2-2024"])
pytestmark = pytest.mark.browser
VIEWS = [("full", None), ("partners", None), ("areas", None), ("ego", "HUST")]


@pytest.fixture(scope="module")
def store():
    return memory_store_from_file(FIXTURE)


def write_page(store, tmp_path, view, institution=None, lang="en"):
    model = build_view(store, view, lang, institution)
    path = write_html(render_html(model.net, model.title, model.legend, model.filters, model.notes, lang),
                      tmp_path / f"{view}.html")
    return model, path


def hover(page, node_id):
    point = page.evaluate("id => coopkg.domPosition(id)", node_id)
    page.mouse.move(point["x"] + 40, point["y"] + 40)  # move in, so vis sees a hover start
    page.mouse.move(point["x"], point["y"])
    return point


@pytest.mark.parametrize("view,institution", VIEWS)
def test_view_draws_the_whole_model_offline(browser, store, tmp_path, view, institution):
    model, path = write_page(store, tmp_path, view, institution)
    opened = open_offline(browser, path)
    page = opened.page
    assert page.evaluate("coopkg.nodeCount()") == len(model.net.nodes)
    assert page.evaluate("coopkg.edgeCount()") == len(model.net.edges)
    assert page.evaluate("coopkg.positionCount()") == len(model.net.nodes)
    # Physics switched off after stabilising: positions no longer move.
    assert page.evaluate("coopkg.network.physics.physicsEnabled") is False
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"viz-{view}.png"))
    assert opened.problems() == []


def test_search_tooltip_and_hostile_data(browser, store, tmp_path):
    from playwright.sync_api import expect  # importable: the browser fixture got this far

    _model, path = write_page(store, tmp_path, "full")
    opened = open_offline(browser, path)
    page = opened.page

    # Diacritic-insensitive search, through the API and through the search box.
    assert page.evaluate("coopkg.search('Kieu Xuan Thuc')") == [KXT]
    assert page.evaluate("coopkg.search('KIỀU xuân')") == [KXT]
    page.fill("#search", "kieu xuan thuc")
    assert page.locator("#search-results button").all_inner_texts() == ["Kiều Xuân Thực"]

    # Hovering the person shows a tooltip with the supporting quote and its source.
    hover(page, KXT)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    text = tooltip.inner_text()
    assert "Thầy Kiều Xuân Thực, Hiệu trưởng Nhà trường" in text
    assert "LILAMA 2 and HUST sign cooperation memorandum" in text

    # The hostile label is shown as text in the tooltip; it added no element and ran nothing.
    hover(page, EVIL)
    expect(page.locator("div.vis-tooltip .tip-title")).to_have_text(HOSTILE, timeout=5000)
    assert page.evaluate("document.scripts.length") == 3
    assert page.evaluate("document.querySelectorAll('[onerror]').length") == 0

    # Clicking shows details: the javascript: URL is not a link, the https one is.
    point = page.evaluate("id => coopkg.domPosition(id)", EVIL)
    page.mouse.click(point["x"], point["y"])
    page.locator("#details .tip-title").wait_for()
    assert page.locator("#details .tip-title").inner_text() == HOSTILE
    # Its homepage is javascript:alert(1) and is dropped; only its source's https link remains.
    assert page.evaluate("[...document.querySelectorAll('#details a')].map(a => a.href)") == \
        ["https://example.org/news/lilama2-hust"]
    assert "javascript:" not in page.locator("#details").inner_text()
    point = page.evaluate("id => coopkg.domPosition(id)", HUST)
    page.mouse.click(point["x"], point["y"])
    expect(page.locator("#details .tip-title")).to_have_text("Hanoi University of Science and Technology")
    hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert "https://www.hust.edu.vn/" in hrefs
    assert not [h for h in hrefs if not h.startswith(("http://", "https://"))]
    assert page.evaluate("document.querySelectorAll('[href^=\"javascript:\" i]').length") == 0

    assert opened.dialogs == []
    assert opened.problems() == []


def test_clicking_dims_everything_but_the_neighbourhood(browser, store, tmp_path):
    _model, path = write_page(store, tmp_path, "full")
    page = open_offline(browser, path).page
    point = page.evaluate("id => coopkg.domPosition(id)", KXT)
    page.mouse.click(point["x"], point["y"])
    colours = page.evaluate("""() => Object.fromEntries(coopkg.network.body.data.nodes.get()
                                 .map(n => [n.id, typeof n.color === 'string' ? n.color : n.color.background]))""")
    dimmed = {node for node, colour in colours.items() if colour == "#eeeeee"}
    # The person's neighbours are its college and its source; everything else is dimmed.
    assert len(colours) - len(dimmed) == 3 and KXT not in dimmed and str(INST.lilama2) not in dimmed


def test_filters_hide_nodes(browser, store, tmp_path):
    model, path = write_page(store, tmp_path, "full")
    page = open_offline(browser, path).page
    page.uncheck("#kind-filter input[value=source]")
    assert page.evaluate("coopkg.nodeCount()") == len(model.net.nodes) - 1
    assert page.evaluate("coopkg.edgeCount()") == len(model.net.edges) - 5
    page.check("#kind-filter input[value=source]")
    research = next(a["id"] for a in model.filters["areas"] if a["labels"]["en"] == "Research")
    page.select_option("#area-filter", research)
    assert page.evaluate("coopkg.nodeCount()") == len(model.net.nodes) - 1  # Training drops out
    assert page.evaluate("coopkg.search('training')") != []  # still findable, marked hidden
    page.fill("#search", "training")
    assert "(hidden by filters)" in page.locator("#search-results button").first.inner_text()


def test_language_switch_and_notice(browser, store, tmp_path):
    _model, path = write_page(store, tmp_path, "partners", lang="vi")
    page = open_offline(browser, path).page
    assert page.locator("#notices p").first.is_visible()
    assert page.locator("label[for=search]").inner_text() == "Tìm kiếm"
    assert page.evaluate(f"coopkg.network.body.data.nodes.get('{HUST}').label") == "Đại học Bách khoa Hà Nội"
    page.select_option("#lang", "en")
    assert page.evaluate(f"coopkg.network.body.data.nodes.get('{HUST}').label") == \
        "Hanoi University of Science and Technology"


def test_big_graph_notice_is_visible(browser, store, tmp_path):
    model = build_view(store, "full", max_nodes=5)
    path = write_html(render_html(model.net, model.title, model.legend, model.filters, model.notes),
                      tmp_path / "small.html")
    opened = open_offline(browser, path)
    notice = opened.page.locator("#notices p").first
    assert notice.is_visible() and "showing the 5 best-connected of 8 nodes" in notice.inner_text()
    assert opened.page.evaluate("coopkg.nodeCount()") == 5
    assert opened.problems() == []


def test_the_harness_itself_catches_dialogs_and_network_use(browser, tmp_path):
    # Negative control: a page that misbehaves must be reported, or the checks above prove nothing.
    path = tmp_path / "bad.html"
    path.write_text('<body><img src="http://example.com/x.png"><script>alert("hi");'
                    'console.error("boom"); document.body.dataset.ready = "true";</script></body>')
    opened = open_offline(browser, path)
    assert opened.dialogs == ["alert: hi"]
    assert any("example.com" in p for p in opened.blocked_requests)
    assert any("boom" in p for p in opened.console_errors)


@pytest.mark.parametrize("view", ["full", "partners", "areas", "ego"])
def test_views_of_the_built_graph(browser, tmp_path, view, seed_store):
    """The seed graph as `coopkg build` stores it (not the hand-made fixture)."""
    built = seed_store
    institution = None
    if view == "ego":
        partners = build_view(built, "partners").net.nodes
        assert partners, "the seed graph has an agreement, so the partners view has nodes"
        institution = partners[0]["label"]
    model, path = write_page(built, tmp_path, view, institution)
    opened = open_offline(browser, path)
    assert opened.page.evaluate("coopkg.nodeCount()") == len(model.net.nodes)
    assert opened.page.evaluate("coopkg.edgeCount()") == len(model.net.edges)
    assert opened.problems() == []


def click_node(page, node_id):
    point = page.evaluate("id => coopkg.domPosition(id)", node_id)
    page.mouse.click(point["x"], point["y"])
    page.locator("#details .tip-title").wait_for()


def test_panel_expands_quotes_and_shows_disagreements_and_identifiers(browser, store, tmp_path):
    from playwright.sync_api import expect

    _model, path = write_page(store, tmp_path, "full")
    opened = open_offline(browser, path)
    page = opened.page
    click_node(page, AGREEMENT_IRI)
    details = page.locator("#details")
    # Five quotes: three shown, "+2 more" opens the other two.
    assert details.locator("blockquote:visible").count() == 3
    summary = details.locator("details.more-list summary")
    expect(summary).to_have_text("+2 more")
    summary.click()
    assert details.locator("blockquote:visible").count() == 5
    assert "Extra quote number 5" in details.inner_text()
    # The disagreement is text: its "<b>" is shown, not made an element.
    assert "news-2 says <b>2024-03-14</b>" in details.inner_text()
    assert details.locator("b").count() == 0
    # Source URLs show in the tooltip as text.
    hover(page, AGREEMENT_IRI)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert "https://example.org/news/lilama2-hust" in tooltip.inner_text()
    assert "click the node to see them all" in tooltip.inner_text()

    click_node(page, HUST)
    links = page.evaluate("""[...document.querySelectorAll('#details a')]
                               .map(a => [a.getAttribute('href'), a.rel, a.target])""")
    for iri in ("https://ror.org/04fake00", "http://www.wikidata.org/entity/Q1000001"):
        assert [iri, "noopener noreferrer", "_blank"] in links
    click_node(page, EVIL)  # its javascript: exactMatch is neither a link nor shown
    assert "alert(3)" not in details.inner_text()
    assert opened.problems() == []
