"""`coopkg export`: a projection as GraphML, GEXF or CSV that Gephi, networkx and igraph open.

networkx's GraphML and GEXF writers reject list- and dict-valued attributes (networkx issues
#3572, #7560), so attributes are flattened on purpose: a list becomes a ';'-joined string plus
a `<name>_count` integer, a dict becomes JSON text, None is dropped.
"""

import csv
import io
import json
from pathlib import Path

import networkx as nx

from kg.errors import CoopKGError
from kg.fsutil import atomic_write_bytes, atomic_write_text

FORMATS = ("graphml", "gexf", "csv")
LIST_SEPARATOR = ";"


def flatten_value(key: str, value) -> dict:
    """{attribute: scalar} for one attribute value (see module docstring)."""
    if value is None:
        return {}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        return {key: LIST_SEPARATOR.join(str(v) for v in items), f"{key}_count": len(items)}
    if isinstance(value, dict):
        return {key: json.dumps(value, ensure_ascii=False, sort_keys=True)}
    if isinstance(value, (bool, int, float, str)):
        return {key: value}
    return {key: str(value)}


def flatten_attributes(attributes: dict) -> dict:
    flat = {}
    for key, value in attributes.items():
        flat.update(flatten_value(key, value))
    return flat


def flattened(graph: nx.Graph) -> nx.Graph:
    """A copy of graph whose node, edge and graph attributes are all scalars of one type per key."""
    flat = graph.__class__()
    flat.graph.update(flatten_attributes(graph.graph))
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **flatten_attributes(data))
    if graph.is_multigraph():
        for u, v, key, data in graph.edges(keys=True, data=True):
            flat.add_edge(u, v, key=key, **flatten_attributes(data))
    else:
        for u, v, data in graph.edges(data=True):
            flat.add_edge(u, v, **flatten_attributes(data))
    _fill_missing(flat)
    return flat


def _fill_missing(graph: nx.Graph) -> None:
    """Every node/edge gets every key (list counts 0, text empty): Gephi and GEXF want one type
    per column, and a missing `_count` would otherwise read as 'unknown', not 0."""
    for items in (lambda: graph.nodes(data=True), lambda: graph.edges(data=True)):
        kinds = {}
        for *_, data in items():
            for key, value in data.items():
                kinds.setdefault(key, type(value))
        for *_, data in items():
            for key, kind in kinds.items():
                data.setdefault(key, kind())


def write(graph: nx.Graph, fmt: str, path: Path) -> list[Path]:
    """Write graph to path in fmt; returns the files written (csv writes edges and nodes)."""
    path = Path(path)
    flat = flattened(graph)
    if fmt == "graphml":
        atomic_write_bytes(path, "\n".join(nx.generate_graphml(flat, encoding="utf-8")).encode("utf-8") + b"\n")
        return [path]
    if fmt == "gexf":
        atomic_write_bytes(path, "\n".join(nx.generate_gexf(flat, encoding="utf-8")).encode("utf-8") + b"\n")
        return [path]
    if fmt == "csv":
        nodes_path = path.with_name(path.stem + "-nodes" + (path.suffix or ".csv"))
        atomic_write_text(path, edges_csv(flat))
        atomic_write_text(nodes_path, nodes_csv(flat))
        return [path, nodes_path]
    raise CoopKGError(f"unknown export format '{fmt}'", field="--format", fix=f"use {', '.join(FORMATS)}")


def nodes_csv(flat: nx.Graph) -> str:
    """Id,Label,… : the column names Gephi's spreadsheet import recognises."""
    keys = sorted({k for _, d in flat.nodes(data=True) for k in d} - {"label"})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Id", "Label", *keys])
    for node, data in sorted(flat.nodes(data=True), key=lambda item: str(item[0])):
        writer.writerow([node, data.get("label", node), *(data.get(k, "") for k in keys)])
    return out.getvalue()


def edges_csv(flat: nx.Graph) -> str:
    """Source,Target,Type,… (Type = Undirected/Directed, as Gephi expects)."""
    keys = sorted({k for *_, d in flat.edges(data=True) for k in d})
    kind = "Directed" if flat.is_directed() else "Undirected"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Source", "Target", "Type", *keys])
    rows = sorted(flat.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), str(sorted(e[2].items()))))
    for u, v, data in rows:
        writer.writerow([u, v, kind, *(data.get(k, "") for k in keys)])
    return out.getvalue()
