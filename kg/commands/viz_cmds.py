"""`coopkg viz`: write one view of the graph as a self-contained, offline HTML page."""

from pathlib import Path

import click

from kg.paths import DEFAULT_BUILD_DIR
from kg.viz import MAX_NODES, VIEWS, write_view


@click.command("viz")
@click.argument("view", type=click.Choice(VIEWS), default="full")
@click.argument("institution", required=False)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write [default: build/<view>.html]")
@click.option("--lang", type=click.Choice(["en", "vi"]), default="en", show_default=True,
              help="Language of the labels (switchable in the page too).")
@click.option("--data", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="RDF file to show instead of the built store (e.g. build/graph.ttl).")
@click.option("--build", "build_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_BUILD_DIR,
              show_default=True, help="Build folder whose store to draw.")
@click.option("--radius", type=click.IntRange(1, 2), default=2, show_default=True,
              help="Ego view: how many steps around the institution.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=MAX_NODES, show_default=True,
              help="Larger graphs keep their best-connected nodes; the page says so.")
def viz_command(view, institution, output, lang, data, build_dir, radius, max_nodes):
    """Draw VIEW (full, partners, ego, areas, relations) as an interactive HTML page.

    \b
    coopkg viz                                  everything, to build/full.html
    coopkg viz partners -o partners.html        who cooperates with whom
    coopkg viz ego "Bach khoa Ha Noi"           around one institution (any name or alias)
    coopkg viz areas --lang vi                  institutions by cooperation area
    coopkg viz relations --data build/ror/ror.ttl   parent bodies, predecessors, related (ROR)

    Example: coopkg viz partners -o partners.html
    """
    from kg.graph.store import memory_store_from_file, open_store

    if view == "ego" and not institution:
        raise click.UsageError("the ego view needs an INSTITUTION (any name, alias or acronym)")
    if view != "ego" and institution:
        raise click.UsageError(f"INSTITUTION is only used by the ego view, not {view!r}")
    graph = memory_store_from_file(data) if data else open_store(build_dir)
    output = output or build_dir / f"{view}.html"
    write_view(graph, view, output, lang, institution=institution, radius=radius, max_nodes=max_nodes)
    click.echo(f"wrote {output}")
