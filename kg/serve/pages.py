"""The query page at /, its static assets, the saved-query catalogue and build/*.html under /views/.

Files are only ever served from a whitelist (our package's static/ folder, and the *.html files at
the top of the build folder, listed when asked), so no request path is ever joined onto a folder:
'/static/../../etc/passwd' and its encoded variants simply are not names on the list.
"""

import html
import json
from pathlib import Path
from string import Template
from urllib.parse import quote, unquote

from kg.namespaces import BASE, PREFIXES, sparql_prefix_block
from kg.sparql.query import bindings_for, inline_values, saved_queries

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".html": "text/html; charset=utf-8"}
# Our page loads nothing from elsewhere and runs no inline script.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def static_asset(name: str) -> tuple[bytes, str] | None:
    """(content, content type) of one of our assets, by exact file name, or None."""
    name = unquote(name)
    allowed = {p.name: p for p in STATIC_DIR.iterdir() if p.suffix in STATIC_TYPES and p.name != "index.html"}
    path = allowed.get(name)
    return (path.read_bytes(), STATIC_TYPES[path.suffix]) if path else None


def views(build_dir: Path) -> dict[str, Path]:
    """The HTML views the build wrote (build/graph.html, ...), by file name."""
    if not build_dir.is_dir():
        return {}
    return {p.name: p for p in sorted(build_dir.glob("*.html")) if p.is_file()}


def view_file(build_dir: Path, name: str) -> bytes | None:
    path = views(build_dir).get(unquote(name))
    return path.read_bytes() if path else None


def index_page(build_dir: Path, endpoint_path: str = "/sparql") -> bytes:
    template = Template((STATIC_DIR / "index.html").read_text(encoding="utf-8"))
    found = views(build_dir)
    links = "".join(f'<a href="/views/{quote(name)}">{html.escape(name)}</a>' for name in found)
    return template.substitute(
        endpoint=html.escape(endpoint_path),
        prefixes=html.escape(sparql_prefix_block()),
        views=f'<p class="views">Views: {links}</p>' if found else "",
    ).encode("utf-8")


def catalogue() -> bytes:
    """The saved queries as the page's examples: each with our PREFIX lines and its default parameters bound."""
    queries = []
    for saved in saved_queries().values():
        text = saved.text
        try:
            text = inline_values(text, bindings_for(saved, {}))
        except Exception:  # a parameter without a default: show the query unbound
            pass
        queries.append({"name": saved.name, "question": saved.question, "text": sparql_prefix_block() + text})
    return json.dumps({"base": BASE, "prefixes": PREFIXES, "queries": queries}, ensure_ascii=False).encode("utf-8")
