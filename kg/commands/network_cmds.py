"""`coopkg analyze`, `coopkg recommend`, `coopkg export`: the partnership network (kg.network)."""

from pathlib import Path

import click

from kg.network import PROJECTIONS
from kg.paths import DEFAULT_BUILD_DIR

_source_options = [
    click.option("--build", "build_dir", type=click.Path(path_type=Path), default=DEFAULT_BUILD_DIR,
                 show_default=True, help="Build folder whose store to read."),
    click.option("--data", "data_file", type=click.Path(path_type=Path, dir_okay=False),
                 help="Read this RDF file instead of the build (loaded in memory)."),
]


def source_options(command):
    for option in reversed(_source_options):
        command = option(command)
    return command


def _open(build_dir: Path, data_file: Path | None):
    from kg.graph.store import memory_store_from_file, open_store
    return memory_store_from_file(data_file) if data_file else open_store(build_dir)


@click.command("analyze")
@source_options
@click.option("--since", type=int, metavar="YYYY", help="Only agreements signed in or after this year.")
@click.option("--until", type=int, metavar="YYYY", help="Only agreements signed in or before this year.")
@click.option("--area", help="Only agreements covering this area or a narrower one (key, CURIE or English label).")
@click.option("--include-undated", is_flag=True,
              help="With --since/--until, keep agreements whose year is unknown (by default they are left out, "
                   "and the report says how many).")
@click.option("--ego", metavar="INSTITUTION", help="Only the network around this institution (any name or alias).")
@click.option("--radius", type=click.IntRange(1, 10), default=1, show_default=True, help="Steps around --ego.")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Rows per list in the printed report.")
@click.option("--betweenness", "betweenness_method", type=click.Choice(["auto", "exact", "sampled", "igraph"]),
              default="auto", show_default=True,
              help="auto: exact by igraph if installed; else exact (networkx) up to 2,000 institutions, sampled (k=500, seed 42) above.")
@click.option("--projection", type=click.Choice(["partners", "relations"]), default="partners", show_default=True,
              help="partners: institutions linked by shared agreements; relations: by parent body, "
                   "related and predecessor links (e.g. the ROR graph of 'coopkg registry graph ror').")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for analysis.json and institutions.csv [default: BUILD/network].")
def analyze_command(build_dir, data_file, since, until, area, include_undated, ego, radius, top, betweenness_method,
                    projection, out_dir):
    """Analyse the partnership network: size, centralities, communities, bridges, areas, years.

    Prints a report and writes it as analysis.json (everything) and institutions.csv (one row per
    institution: degree, weighted degree, betweenness, PageRank, eigenvector, clustering, k-core,
    component, community). With --projection relations it analyses the parent-body, related and
    predecessor links instead, which a registry graph such as ROR's has (it has no agreements).

    Example: coopkg analyze --since 2020 --area research --ego "BCIT" --radius 2 -o out/
    """
    from kg.errors import CoopKGError
    from kg.network.projections import Filters
    from kg.network.report import analysis_report, render_text, write_report
    if since is not None and until is not None and since > until:
        raise CoopKGError(f"--since {since} is after --until {until}", field="--since")
    report = analysis_report(_open(build_dir, data_file), Filters(since, until, area, include_undated), ego, radius,
                             betweenness_method, projection)
    click.echo(render_text(report, top))
    written = write_report(report, out_dir or build_dir / "network")
    click.echo("\nwrote " + ", ".join(str(p) for p in written))


@click.command("recommend")
@click.argument("institution")
@source_options
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="How many suggestions.")
def recommend_command(institution, build_dir, data_file, top):
    """Suggest partners INSTITUTION has no agreement with yet, best first, each with its reason.

    INSTITUTION is any name, alias or acronym (case and diacritics do not matter).

    Example: coopkg recommend "Hanoi University of Industry" --top 5
    """
    from kg.network.projections import node_info
    from kg.network.recommend import recommend, render_text
    store = _open(build_dir, data_file)
    target, ranked = recommend(store, institution, top)
    click.echo(render_text(node_info(store).get(target, {}).get("label", target), ranked))


@click.command("export")
@source_options
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv"]), required=True,
              help="graphml / gexf open in Gephi, networkx and igraph; csv writes FILE (edges) and FILE-nodes.csv.")
@click.option("--projection", type=click.Choice(PROJECTIONS), default="partners", show_default=True,
              help="partners: institution network; areas: institution-area; people: person-institution; "
                   "relations: parent body / related / predecessor links; full: everything.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="File to write.")
def export_command(build_dir, data_file, fmt, projection, output):
    """Export a network projection with labels and attributes (lists as ';'-joined text plus a _count column).

    Example: coopkg export --format gexf --projection partners -o partners.gexf
    """
    from kg.network import export, projections
    graph = projections.build(_open(build_dir, data_file), projection)
    written = export.write(graph, fmt, output)
    click.echo(f"wrote {', '.join(str(p) for p in written)}: {graph.number_of_nodes()} nodes, "
               f"{graph.number_of_edges()} edges ({projection})")
