"""The rendered page is self-contained and data cannot escape its JSON block."""

import json
import re
from pathlib import Path

import pytest

from kg.graph.store import memory_store_from_file
from kg.viz import render_view, write_html
from kg.viz.render import VIS_NETWORK_VERSION, json_for_script

FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.ttl"
ASSETS = Path(__file__).parent.parent / "kg" / "viz" / "assets"
HOSTILE = 'Evil </script><script>alert(1)</script> "onerror=alert(2) Corp'


@pytest.fixture(scope="module")
def page():
    return render_view(memory_store_from_file(FIXTURE), "full")


def embedded_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_json_for_script_escapes_markup_characters():
    text = json_for_script({"label": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/script\\u003e" in text
    assert json.loads(text) == {"label": "</script><script>alert(1)</script> & <!--"}


def test_hostile_label_stays_inside_the_data_block(page):
    assert HOSTILE not in page
    assert page.count("</script>") == 3  # data, vis-network, our script: nothing injected
    labels = [n["label"] for n in embedded_data(page)["nodes"]]
    assert HOSTILE in labels  # still there, intact, as data


def test_page_loads_nothing_from_the_network(page):
    lowered = page.lower()
    for pattern in ('src="http', "src='http", 'href="http', "<link", "@import", "url(http",
                    "cdn.jsdelivr", "unpkg.com", "cdnjs", "fonts.googleapis"):
        assert pattern not in lowered, pattern
    assert "sourceMappingURL" not in page
    assert "default-src 'none'" in page  # CSP as a second line of defence


def test_page_inlines_the_vendored_vis_network(page):
    assert f"@version {VIS_NETWORK_VERSION}" in page
    readme = (ASSETS / "README.md").read_text(encoding="utf-8")
    assert VIS_NETWORK_VERSION in readme
    for name in ("vis-network.min.js", "LICENSE-MIT", "LICENSE-APACHE-2.0"):
        assert (ASSETS / name).is_file()


def test_embedded_data_round_trips(page):
    data = embedded_data(page)
    assert len(data["nodes"]) == 8 and len(data["edges"]) == 11
    assert data["options"]["physics"]["enabled"] is True
    assert any("Kiều Xuân Thực" == n["label"] for n in data["nodes"])


def test_write_html_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "graph.html"
    write_html("old", target)

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError):
        write_html("new", target)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]
