"""Render a view model to one self-contained HTML file (works from file:// with no network).

pyvis' own writer links bootstrap and vis-network from CDNs in every mode (pyvis #228/#229),
so the page is our template with the vendored vis-network standalone build inlined.
"""

import html
import json
import re
from functools import lru_cache
from importlib import resources
from string import Template

from pyvis.network import Network

VIS_NETWORK_VERSION = "9.1.13"
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def render_html(net_model: Network, title: str, legend: list, filters: dict, notes: list,
                lang: str = "en") -> str:
    data = {
        "lang": lang, "title": title, "legend": legend, "filters": filters, "notes": notes,
        "options": _options(net_model), "nodes": net_model.nodes, "edges": net_model.edges,
    }
    return _template().substitute(
        lang=html.escape(lang), title=html.escape(title), vis_version=VIS_NETWORK_VERSION,
        css=_text("templates", "page.css"), data=json_for_script(data),
        vis_js=_vis_js(), page_js=_script("templates", "page.js"))


def json_for_script(data) -> str:
    """JSON safe inside <script type="application/json">: no data can close the element.

    <, > and & become \\u003c, \\u003e, \\u0026, which JSON.parse turns back into the characters.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _options(net: Network) -> dict:
    # Views store a dict; a stock pyvis Options object is converted through its JSON.
    if isinstance(net.options, dict):
        return net.options
    return json.loads(net.options.to_json())


@lru_cache(maxsize=1)
def _template() -> Template:
    return Template(_text("templates", "page.html"))


@lru_cache(maxsize=1)
def _vis_js() -> str:
    # The source-map comment would only make devtools look for a file we do not ship.
    return _script("assets", "vis-network.min.js", strip=_SOURCE_MAP)


@lru_cache(maxsize=None)
def _script(folder: str, name: str, strip: re.Pattern | None = None) -> str:
    text = _text(folder, name)
    if strip is not None:
        text = strip.sub("", text)
    if "</script" in text.lower():  # would end the inline <script> element early
        raise ValueError(f"{folder}/{name} contains '</script' and cannot be inlined")
    return text


@lru_cache(maxsize=None)
def _text(folder: str, name: str) -> str:
    return resources.files("kg.viz").joinpath(folder, name).read_text(encoding="utf-8")
