"""Virtuoso's bulk loader, for graphs too large to push over HTTP in reasonable time.

    write_bulk_load(Path("build"), Path("/srv/virtuoso-load"))   # coopkg.trig, coopkg-union.ttl, load.sql
    isql-vt 1111 dba PASSWORD /srv/virtuoso-load/load.sql

The folder must be one Virtuoso may read (DirsAllowed in virtuoso.ini). The script deletes every
graph under our namespace (so graphs the build no longer has go too), registers the files with
ld_dir, loads them with rdf_loader_run and makes that durable with checkpoint. The files are the
build's own graph.trig and graph.ttl, copied: nothing is parsed or rewritten in Python.
"""

import shutil
from pathlib import Path

import pyoxigraph as ox

from kg.errors import CoopKGError
from kg.fsutil import atomic_write_bytes
from kg.sparql.remote import graphs_of
from kg.sparql.server_profiles import OUR_GRAPHS, UNION_GRAPH

NAMED_FILE = "coopkg.trig"  # the build's graph.trig: Virtuoso's loader keeps its graph names
UNION_FILES = ("coopkg-union.ttl", "coopkg-union.nt")  # the union, loaded into UNION_GRAPH
SCRIPT_FILE = "load.sql"


def write_bulk_load(build_dir: Path, folder: Path) -> list[Path]:
    """Copy the build's graphs into folder (graph.trig as it is; the union from graph.ttl, or written from
    graph.trig when the build has no graph.ttl) with the isql script; returns the files written."""
    trig = build_dir / "graph.trig"
    if not trig.is_file():
        raise CoopKGError(f"no {trig}", fix="run 'coopkg build' (with the trig format) first")
    if folder.exists() and not folder.is_dir():
        raise CoopKGError(f"{folder} is not a folder", field="--bulk-dir")
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    for stale in (folder / name for name in UNION_FILES):
        stale.unlink(missing_ok=True)  # ours, from an earlier run with the other kind of build
    _copy(trig, folder / NAMED_FILE)
    if (build_dir / "graph.ttl").is_file():  # the build's merged graph is exactly the de-duplicated union
        union = folder / UNION_FILES[0]
        _copy(build_dir / "graph.ttl", union)
    else:
        union = folder / UNION_FILES[1]
        atomic_write_bytes(union, ox.serialize(graphs_of(build_dir)[ox.DefaultGraph()], format=ox.RdfFormat.N_TRIPLES))
    atomic_write_bytes(folder / SCRIPT_FILE, load_script(folder, union.name).encode("utf-8"))
    return [folder / NAMED_FILE, union, folder / SCRIPT_FILE]


def load_script(folder: Path, union_file: str) -> str:
    """isql statements: drop our graphs, then bulk-load the named graphs and the union."""
    where, mine = _sql_string(str(folder)), _sql_string(str(folder) + "/%")
    return "\n".join([
        "-- Written by `coopkg push --bulk-dir`: replaces every CoopKG graph, then bulk-loads the build.",
        "log_enable(3, 1);  -- row-by-row autocommit, no transaction log for the big delete and load",
        f"DELETE FROM DB.DBA.RDF_QUAD WHERE id_to_iri(G) LIKE {_sql_string(OUR_GRAPHS + '%')};",
        f"DELETE FROM DB.DBA.load_list WHERE ll_file LIKE {mine};",
        f"ld_dir({where}, {_sql_string(NAMED_FILE)}, {_sql_string(UNION_GRAPH)});",
        f"ld_dir({where}, {_sql_string(union_file)}, {_sql_string(UNION_GRAPH)});",
        "rdf_loader_run();",
        "checkpoint;",
        f"SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_file LIKE {mine};",
        "",
    ])


def _copy(source: Path, target: Path):
    """Copy beside the target, then rename: never a half-written file under the loader's name."""
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(source, partial)
    partial.replace(target)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
