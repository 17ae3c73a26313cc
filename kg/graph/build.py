"""`coopkg build`: data/ -> checked, reconciled, validated graph in build/.

Stages: read sources, read records, resolve, emit RDF, SHACL, write files, load store.
The new build is assembled in a temporary directory beside build/ and swapped in only
when every stage has succeeded, so a failed or interrupted build leaves the previous one intact.
"""

import contextlib
import functools
import gc
import json
import os
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import FOAF, ORG, RDF, SKOS

from kg.graph import export, iris
from kg.graph.buildfolder import check_output_folder, discard, recover_interrupted_swap, swap_in
from kg.graph.convert import sorted_quads_and_triples
from kg.graph.emit import emit
from kg.graph.enrich_ror import add_ror_enrichment
from kg.errors import CoopKGError, ValidationFailed
from kg.fsutil import atomic_write_text, exclusive_lock
from kg.namespaces import BASE, COOP, OA
from kg.progress import step
from kg.curation.records import load_record_files
from kg.graph.resolve import resolve
from kg.curation.sources import load_sources
from kg.graph.store import STORE_DIR_NAME
from kg.graph.validate import restrict_to_shapes, shacl_problems, validation_graph
from kg.vocab import load_vocabulary

ALL_FORMATS = ("ttl", "trig", "jsonld")
COUNTED_CLASSES = [("institutions", COOP.Institution), ("people", COOP.Person), ("roles held", COOP.Membership),
                   ("agreements", COOP.Agreement), ("signing events", COOP.SigningEvent),
                   ("reported events", COOP.Event), ("places", COOP.Place), ("sources", COOP.SourceDocument),
                   ("quote annotations", OA.Annotation), ("disagreements", COOP.Disagreement)]


@dataclass
class BuildReport:
    out_dir: Path
    sources: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    triples: int = 0
    quads: int = 0
    warnings: list = field(default_factory=list)
    disagreements: list = field(default_factory=list)
    timings: dict = field(default_factory=dict)
    files: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # e.g. what the ROR enrichment matched, or why it was skipped

    def as_dict(self) -> dict:
        return {"sources": self.sources, "counts": self.counts, "triples": self.triples, "quads": self.quads,
                "warnings": self.warnings, "disagreements": self.disagreements, "notes": self.notes,
                "files": [p.name for p in self.files]}


class _Stages:
    """Times each stage (reported by the build and used by the benchmarks)."""

    def __init__(self, progress):
        self.timings, self.progress = {}, progress

    def run(self, name, fn, *args):
        if self.progress:
            self.progress(f"{name} ...")
        start = time.perf_counter()
        with step(name, self.progress):  # a long stage also says how long it has been running
            result = fn(*args)
        self.timings[name] = time.perf_counter() - start
        return result


def check_data(data_dir: Path, stages: _Stages | None = None):
    """Read and reconcile data/; raise ValidationFailed listing every problem. Returns (sources, resolved)."""
    stages = stages or _Stages(None)
    if not data_dir.is_dir():
        raise CoopKGError("data folder not found", where=str(data_dir), fix="give --data DIR")
    for part in ("sources", "records"):  # an empty graph would silently replace a good build
        if not any((data_dir / part).glob("*.yaml")):
            raise CoopKGError(f"no {part} in this data folder (no {part}/*.yaml): nothing to build",
                              where=str(data_dir / part), fix="give --data the folder holding sources/ and records/")
    vocab = load_vocabulary()
    problems: list = []
    sources = stages.run("read sources", load_sources, data_dir, problems)
    records = stages.run("read records", load_record_files, data_dir, vocab, sources, problems)
    if problems:
        raise ValidationFailed(problems, "reading the records")
    resolved = stages.run("resolve", resolve, records, vocab, sources)
    if resolved.problems:
        raise ValidationFailed(resolved.problems, "checking the records")
    return sources, resolved


def build_graph(data_dir: Path, stages: _Stages | None = None):
    """Everything up to and including SHACL, in memory. Returns (ox_quads, resolved, sources)."""
    with _gc_paused():
        ox_quads, _, resolved, sources = _build_graph(data_dir, stages or _Stages(None))
    return ox_quads, resolved, sources


@contextlib.contextmanager
def _gc_paused():
    """A build allocates millions of small objects (terms, tuples, quads) and makes almost no
    reference cycles, yet Python's cyclic collector keeps re-scanning the growing heap: pausing it
    made a 300 k-triple build 17 % faster. Reference counting still frees everything acyclic."""
    was_enabled = gc.isenabled()
    gc.disable()

    def resume():
        if was_enabled:
            gc.enable()
    try:
        yield resume
    finally:
        resume()


def _emit_with_registry(stages: _Stages, resolved, sources):
    """The records as quads, plus what the ROR index (when there is one) knows of their institutions."""
    sink = stages.run("emit RDF", emit, resolved, sources)
    enrichment = stages.run("ROR enrichment", add_ror_enrichment, sink, resolved)
    return sink, enrichment


def _build_graph(data_dir: Path, stages: _Stages):
    """Returns (sorted Oxigraph quads, their merged triples, resolved, sources)."""
    sources, resolved = check_data(data_dir, stages)
    sink, _ = _emit_with_registry(stages, resolved, sources)
    ox_quads, merged = stages.run("sort quads", sorted_quads_and_triples, sink)
    graph = stages.run("SHACL graph", _shacl_graph, sink)
    del sink  # the rdflib terms are no longer needed: frees ~1/3 of the peak memory at 1 M triples
    problems = stages.run("SHACL", shacl_problems, graph)
    if problems:
        raise ValidationFailed(problems, "SHACL validation")
    return ox_quads, merged, resolved, sources


def _os_errors_refused(fn):
    """A full disk, a read-only or vanished output folder: exit 2 naming the path and the reason (the
    temporary folder has been removed by then and the previous build is untouched), not a traceback."""
    @functools.wraps(fn)
    def wrapper(data_dir, out_dir, *args, **kwargs):
        try:
            return fn(data_dir, out_dir, *args, **kwargs)
        except OSError as exc:
            raise CoopKGError(f"cannot write the build: {exc.strerror or exc}", where=exc.filename or str(out_dir),
                              fix="free some space or give a writable folder with -o; the previous build is "
                                  "unchanged") from exc
    return wrapper


@_os_errors_refused
def build(data_dir: Path, out_dir: Path, formats=ALL_FORMATS, progress=None, extra_steps=()) -> BuildReport:
    """Build the graph from data_dir into out_dir (replaced only on success).

    Writing the files and loading the store run in a second thread while SHACL validates:
    Oxigraph releases the GIL while it parses and stores, and pySHACL is pure Python, so on two
    cores the two largest stages overlap (the profile of a 1 M-triple build showed them as
    ~60 % of the time, one after the other). Nothing is swapped in unless SHACL passes.
    """
    check_output_folder(data_dir, out_dir)
    out_dir = out_dir.resolve()
    with exclusive_lock(out_dir.parent / f".{out_dir.name}.lock", "coopkg build"), _gc_paused() as resume_gc:
        recover_interrupted_swap(out_dir)
        stages = _Stages(progress)
        sources, resolved = check_data(data_dir, stages)
        sink, enrichment = _emit_with_registry(stages, resolved, sources)
        ox_quads, merged = stages.run("sort quads", sorted_quads_and_triples, sink)
        report = BuildReport(out_dir, sources=sorted(sources), warnings=resolved.warnings,
                             disagreements=[d.describe() for d in resolved.disagreements],
                             notes=enrichment.lines())
        report.counts = _count_classes(ox_quads)
        report.quads, report.triples = len(ox_quads), len(merged)
        serialised = stages.run("serialise", export.serialise, ox_quads, merged, formats)
        del ox_quads, merged  # from here on the serialised bytes are all we need (less peak memory)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; the build folder is meant to be shared
        writer = _Background(stages, _write_and_load, serialised, tmp, formats)
        try:
            graph = stages.run("SHACL graph", _shacl_graph, sink)
            del sink
            problems = stages.run("SHACL", shacl_problems, graph)
            del graph
            report.files = writer.join()
            resume_gc()  # the extra steps belong to other modules: they run with the collector on
            if problems:
                raise ValidationFailed(problems, "SHACL validation")
            for name, extra in extra_steps:  # e.g. the HTML view, added by later stages of the pipeline
                stages.run(name, extra, tmp, report)
            report.timings = stages.timings
            atomic_write_text(tmp / "report.json", json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n")
            swap_in(tmp, out_dir)
        except BaseException:
            writer.join(reraise=False)  # never delete the folder under a running store load
            discard(tmp, out_dir)  # gives back anything carried over from out_dir before deleting
            raise
        return report


class _Background:
    """Runs fn(stages, *args) in a thread; join() returns its result or raises its exception."""

    def __init__(self, stages, fn, *args):
        self.result, self.error = None, None
        self.thread = threading.Thread(target=self._run, args=(stages, fn, *args), name="coopkg-write", daemon=False)
        self.thread.start()

    def _run(self, stages, fn, *args):
        try:
            self.result = fn(stages, *args)
        except BaseException as exc:  # handed to the main thread by join()
            self.error = exc

    def join(self, reraise: bool = True):
        self.thread.join()
        if self.error is not None and reraise:
            raise self.error
        return self.result


def _write_and_load(stages, serialised: dict, tmp: Path, formats) -> list:
    files = stages.run("write files", export.write_serialised, serialised, tmp, formats)
    stages.run("load store", load_store, tmp / STORE_DIR_NAME, serialised["trig"], serialised["ttl"])
    return files


def load_store(path: Path, trig: bytes, turtle: bytes) -> int:
    """The on-disk store from the serialised graph: TriG gives the named graphs, the merged Turtle the
    de-duplicated default graph (what kg.graph.store.with_union_default_graph gives, see there why).
    bulk_load of bytes runs without the GIL, unlike bulk_extend over Python quad objects."""
    store = ox.Store(str(path))
    store.bulk_load(trig, format=ox.RdfFormat.TRIG)
    store.bulk_load(turtle, format=ox.RdfFormat.TURTLE)
    store.flush()
    store.optimize()  # compacts the bulk-loaded files: queries 1.4x faster at 1 M (benchmarks/results/optimize.md)
    count = len(store)
    del store  # releases the RocksDB handle before the build directory is moved
    return count


def _shacl_graph(sink) -> Graph:
    """rdflib graph for pySHACL: the union of everything but the ontology, restricted to what the
    shapes can look at (kg.graph.validate.restrict_to_shapes) — same verdict on ~45 % of the triples at
    1 M, so filling the graph and validating it both take about half the time."""
    ontology = iris.ONTOLOGY_GRAPH
    triples = [(s, p, o) for s, p, o, g in sink if g != ontology]
    restricted = restrict_to_shapes(triples)
    return validation_graph(triples if restricted is None else restricted)


def _count_classes(ox_quads) -> dict:
    rdf_type = str(RDF.type)
    typed = {(q.subject.value, q.object.value) for q in ox_quads
             if q.predicate.value == rdf_type and hasattr(q.object, "value")}
    per_class = Counter(cls for _, cls in typed)
    return {name: per_class.get(str(cls), 0) for name, cls in COUNTED_CLASSES}


def short_iri(iri: str) -> str:
    return iri[len(BASE):] if iri.startswith(BASE) else iri


__all__ = ["build", "build_graph", "check_data", "BuildReport", "ALL_FORMATS", "FOAF", "ORG", "SKOS"]
