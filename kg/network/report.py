"""`coopkg analyze`: the analysis of one partnership network as data, text, JSON and CSV."""

import csv
import io
import json
from collections import Counter
from pathlib import Path

import networkx as nx

from kg.fsutil import atomic_write_text
from kg.network import projections
from kg.network.metrics import TABLE_COLUMNS, analyse
from kg.network.resolve import find_institution
from kg.network.sparql import as_select
from kg.progress import step


ANALYSED_PROJECTIONS = ("partners", "relations")


def analysis_report(source, filters: projections.Filters | None = None, ego: str | None = None,
                    radius: int = 1, betweenness_method: str = "auto", projection: str = "partners") -> dict:
    """The whole report: filters, size, per-institution metrics, areas, activity per year.
    projection "relations" analyses the registry links instead of the partnerships (relations_report)."""
    if projection == "relations":
        return relations_report(source, filters, ego, radius, betweenness_method)
    if projection != "partners":
        raise ValueError(f"cannot analyse projection {projection!r}; choose one of {', '.join(ANALYSED_PROJECTIONS)}")
    select = as_select(source)
    filters = filters or projections.Filters()
    with step("analyze: read the partnership network"):
        info = projections.node_info(select)
        undated: list = []
        chosen = projections.agreements(select, filters, undated)
        graph = projections.partnership_network(select, filters, info)
    scope = {"filters": filters.describe()}
    if filters.has_year_bound():  # never drop undated agreements silently: say how many
        scope["undated_left_out"] = len(undated)
        scope["undated_kept"] = sum(1 for a in chosen if a.year is None)
    if ego:
        centre = find_institution(select, ego)
        if centre not in graph:
            label = info.get(centre, {}).get("label", centre)
            raise_no_agreements(label, filters)
        graph = nx.ego_graph(graph, centre, radius=radius)
        chosen = [a for a in chosen if a.parties <= set(graph)]
        scope["ego"] = {"institution": centre, "label": graph.nodes[centre]["label"], "radius": radius}
    report = {"scope": scope, "agreements": len(chosen)}
    with step("analyze: metrics and communities"):
        report.update(analyse(graph, betweenness_method))
    report["areas"] = connecting_areas(graph, info)
    report["years"] = activity_per_year(chosen)
    report["labels"] = {node: graph.nodes[node]["label"] for node in graph}
    return report


def relations_report(source, filters: projections.Filters | None = None, ego: str | None = None,
                     radius: int = 1, betweenness_method: str = "auto") -> dict:
    """The same metrics on the institution network of org:subOrganizationOf, coop:relatedTo and
    coop:predecessor links (projections.relation_network): a registry graph has no agreements."""
    from kg.errors import CoopKGError
    if filters is not None and filters.describe():
        raise CoopKGError("--since, --until and --area filter agreements; the relations projection has none",
                          field="--projection", fix="drop the filters, or analyse --projection partners")
    select = as_select(source)
    graph = projections.relation_network(select)
    scope = {"filters": {}, "projection": "relations"}
    if ego:
        centre = find_institution(select, ego)
        if centre not in graph:
            raise CoopKGError(f"{centre} has no org:subOrganizationOf, coop:relatedTo or coop:predecessor link",
                              field="--ego", fix="choose another institution")
        graph = nx.ego_graph(graph, centre, radius=radius)
        scope["ego"] = {"institution": centre, "label": graph.nodes[centre]["label"], "radius": radius}
    report = {"scope": scope, "agreements": 0, "projection": "relations",
              "links": {kind: sum(1 for *_, d in graph.edges(data=True) if kind in d["kinds"])
                        for kind in projections.RELATION_KINDS},
              "institutions_without_links": graph.graph["institutions_without_links"]}
    report.update(analyse(graph, betweenness_method))
    report["areas"] = []
    report["years"] = {"per_year": {}, "unknown_year": 0}
    report["labels"] = {node: graph.nodes[node]["label"] for node in graph}
    return report


def raise_no_agreements(label: str, filters) -> None:
    from kg.errors import CoopKGError
    raise CoopKGError(f"{label} is party to no agreement" + (" with these filters" if filters.describe() else ""),
                      field="--ego", fix="choose another institution or widen --since/--until/--area")


def connecting_areas(graph: nx.Graph, info: dict) -> list[dict]:
    """Areas by how many partnerships (edges) and institutions they connect, most first."""
    edges, institutions = Counter(), {}
    for u, v, data in graph.edges(data=True):
        for area in data.get("areas", []):
            edges[area] += 1
            institutions.setdefault(area, set()).update((u, v))
    rows = [{"area": area, "label": info.get(area, {}).get("label", projections.curie(area)),
             "partnerships": edges[area], "institutions": len(institutions[area])} for area in edges]
    return sorted(rows, key=lambda r: (-r["partnerships"], -r["institutions"], r["label"]))


def activity_per_year(agreements: list) -> dict:
    """Agreements per year (only years that are known) and how many have no known year."""
    years = Counter(a.year for a in agreements if a.year is not None)
    return {"per_year": {str(year): years[year] for year in sorted(years)},
            "unknown_year": sum(1 for a in agreements if a.year is None)}


def institution_csv(report: dict) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=TABLE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in report["institutions"]:
        writer.writerow({k: (f"{v:.6g}" if isinstance(v, float) else v) for k, v in row.items()})
    return out.getvalue()


def write_report(report: dict, out_dir: Path) -> list[Path]:
    """analysis.json (everything) and institutions.csv (the per-institution table)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, csv_path = out_dir / "analysis.json", out_dir / "institutions.csv"
    atomic_write_text(json_path, json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    atomic_write_text(csv_path, institution_csv(report))
    return [json_path, csv_path]


def render_text(report: dict, top: int = 10) -> str:
    """The report for a person reading a terminal."""
    label = report["labels"].get
    size, scope = report["size"], report["scope"]
    relations = report.get("projection") == "relations"
    links = "links" if relations else "partnerships"
    lines = [("Relations network (parent body, related, predecessor)" if relations else "Partnership network")
             + (f" around {scope['ego']['label']} (radius {scope['ego']['radius']})" if "ego" in scope else "")]
    if scope["filters"]:
        lines.append("  filters: " + ", ".join(f"{k}={v}" for k, v in scope["filters"].items()))
    if scope.get("undated_left_out"):
        lines.append(f"  {scope['undated_left_out']} agreement(s) without a known year left out by the year filter "
                     "(--include-undated keeps them)")
    if scope.get("undated_kept"):
        lines.append(f"  {scope['undated_kept']} agreement(s) without a known year kept (--include-undated)")
    if relations:
        kinds = ", ".join(f"{kind} {count}" for kind, count in report["links"].items())
        lines.append(f"  {size['nodes']} institutions, {size['edges']} links ({kinds}); density {size['density']:.3g}; "
                     f"{report['institutions_without_links']} institution(s) without any link left out")
    else:
        lines.append(f"  {size['nodes']} institutions, {size['edges']} partnerships from {report['agreements']} "
                     f"agreement(s); density {size['density']:.3f}")
    comps = report["components"]
    lines.append(f"  {comps['count']} connected component(s), sizes {_short(comps['sizes'])}")
    com = report["communities"]
    lines.append(f"  {com['count']} communities ({com['method']}, seed {com['seed']}), modularity {com['modularity']:.3f}")
    lines.append(f"  betweenness: {report['betweenness']['method']}"
                 + (f", k={report['betweenness']['k']} sampled sources" if "k" in report["betweenness"] else ""))
    lines.append("")
    lines.append(f"Institutions (top {min(top, len(report['institutions']))} by PageRank)")
    header = f"  {'institution':<40} {'deg':>4} {'w.deg':>6} {'betw.':>7} {'PageRank':>8} {'eigen.':>7} {'clust.':>6} {'core':>4} {'comm.':>5}"
    lines.append(header)
    for row in report["institutions"][:top]:
        lines.append(f"  {_cut(row['label'], 40):<40} {row['degree']:>4} {row['weighted_degree']:>6} "
                     f"{row['betweenness']:>7.3f} {row['pagerank']:>8.3f} {row['eigenvector']:>7.3f} "
                     f"{row['clustering']:>6.2f} {row['core']:>4} {row['community']:>5}")
    lines.append("")
    bridges = report["bridges"]
    lines.append(f"Bridges ({len(bridges)}): {links} whose loss splits the network")
    lines += [f"  {label(u)} -- {label(v)}" for u, v in bridges[:top]] or ["  none"]
    points = report["articulation_points"]
    lines.append(f"Articulation points ({len(points)}): institutions whose loss splits the network")
    lines += [f"  {label(p)}" for p in points[:top]] or ["  none"]
    if relations:  # no agreements: no areas, no years
        return "\n".join(lines)
    lines.append("")
    lines.append("Areas connecting the most institutions")
    lines += [f"  {_cut(a['label'], 44):<44} {a['partnerships']:>4} partnership(s), {a['institutions']:>4} institution(s)"
              for a in report["areas"][:top]] or ["  none"]
    lines.append("")
    years = report["years"]
    lines.append("Agreements per year")
    lines += [f"  {year}  {count}" for year, count in years["per_year"].items()] or ["  none with a known year"]
    if years["unknown_year"]:
        lines.append(f"  year unknown: {years['unknown_year']}")
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _short(numbers: list, limit: int = 8) -> str:
    shown = ", ".join(str(n) for n in numbers[:limit])
    return shown + (f", … ({len(numbers)} in all)" if len(numbers) > limit else "")
