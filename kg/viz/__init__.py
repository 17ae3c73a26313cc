"""Offline interactive visualisation of the graph: one self-contained HTML page per view.

    from kg.viz import write_view
    write_view(store, "full", "build/graph.html", lang="en")
"""

from pathlib import Path

from kg.fsutil import atomic_write_text
from kg.viz.model import MAX_NODES, ViewModel
from kg.viz.render import render_html
from kg.viz.views import VIEWS, UnknownInstitution, build_view

__all__ = ["VIEWS", "MAX_NODES", "ViewModel", "UnknownInstitution", "build_view", "render_html",
           "render_view", "write_view", "write_html"]


def render_view(graph, view: str = "full", lang: str = "en", institution: str | None = None,
                radius: int = 2, max_nodes: int = MAX_NODES) -> str:
    model = build_view(graph, view, lang, institution, radius, max_nodes)
    return render_html(model.net, model.title, model.legend, model.filters, model.notes, lang)


def write_view(graph, view: str, path, lang: str = "en", institution: str | None = None,
               radius: int = 2, max_nodes: int = MAX_NODES) -> Path:
    """Build a view of graph (pyoxigraph Store or rdflib Graph) and write it to path atomically."""
    return write_html(render_view(graph, view, lang, institution, radius, max_nodes), path)


def write_html(page: str, path) -> Path:
    """Temporary file beside path, then os.replace: a reader never sees half a page."""
    path = Path(path)
    atomic_write_text(path, page)
    return path


def build_step(build_dir: Path, report) -> Path:
    """`coopkg build` step: the full view of the freshly built store, as build/graph.html."""
    from kg.progress import silenced
    from kg.graph.store import open_store
    with silenced():  # the build already reports this stage as a whole
        return write_view(open_store(build_dir), "full", build_dir / "graph.html")
