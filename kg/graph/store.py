"""The embedded persistent SPARQL store (Oxigraph, on disk under build/store).

Chosen by measurement (see README, 'Why these libraries'): Oxigraph loads, queries and
serialises 10-100x faster than rdflib's pure-Python store at a million triples.
Named graphs are kept; queries see their union as the default graph.
"""

import os
import stat
from pathlib import Path

import pyoxigraph as ox

from kg.errors import CoopKGError

STORE_DIR_NAME = "store"


def with_union_default_graph(ox_quads, merged_triples) -> list:
    """The quads plus their de-duplicated union as the default graph.

    Oxigraph's 'default graph as union' returns a triple once per named graph holding it,
    which would double-count facts stated by two sources; a real default graph does not.
    """
    return list(ox_quads) + [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in merged_triples]


def create_store(path: Path, ox_quads) -> int:
    """Bulk-load quads into a new on-disk store at path; returns the number of quads."""
    store = ox.Store(str(path))
    store.bulk_extend(ox_quads)
    store.flush()
    count = len(store)
    del store  # releases the RocksDB handle before the build directory is moved
    return count


def open_store(build_dir: Path) -> ox.Store:
    path = build_dir / STORE_DIR_NAME
    if not path.is_dir():
        raise CoopKGError(f"no graph store in {build_dir}", where=str(build_dir),
                          fix="run 'coopkg build' first, or give --data FILE.ttl")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise CoopKGError(f"cannot open the graph store: {exc}", where=str(path)) from exc


def open_writable(build_dir: Path) -> ox.Store:
    """The build's store opened for writing (one process at a time: RocksDB locks it)."""
    path = build_dir / STORE_DIR_NAME
    if not path.is_dir():
        raise CoopKGError(f"no graph store in {build_dir}", where=str(build_dir), fix="run 'coopkg build' first")
    try:
        return ox.Store(str(path))
    except OSError as exc:
        raise CoopKGError(f"cannot open the graph store for writing: {exc}", where=str(path)) from exc


def memory_store_from_file(path: Path) -> ox.Store:
    """An in-memory store from an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML)."""
    formats = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
               ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML,
               ".owl": ox.RdfFormat.RDF_XML}
    fmt = formats.get(path.suffix.lower())
    if fmt is None:
        raise CoopKGError(f"unknown RDF file type '{path.suffix}'", where=str(path),
                          fix="use .ttl, .trig, .nt, .nq, .jsonld or .rdf")
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
    except OSError as exc:
        raise CoopKGError(f"cannot read: {exc.strerror or exc}", where=str(path)) from exc
    if not regular:  # Oxigraph would block on a FIFO and read /dev/zero for ever
        raise CoopKGError("not a regular file (but a folder, device, FIFO or socket)", where=str(path),
                          fix="give a plain RDF file")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise CoopKGError(f"RDF syntax error: {exc}", where=str(path),
                          fix="fix the file, or check it with 'rapper' or an RDF validator") from exc
    except OSError as exc:
        raise CoopKGError(f"cannot read: {exc.strerror or exc}", where=str(path)) from exc
    if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        union = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
        store.bulk_extend([ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in union])
    return store
