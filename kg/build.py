"""`coopkg build`: data/ -> checked, reconciled, validated graph in build/.

Stages: read sources, read records, resolve, emit RDF, SHACL, write files, load store.
The new build is assembled in a temporary directory beside build/ and swapped in only
when every stage has succeeded, so a failed or interrupted build leaves the previous one intact.
"""

import json
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import FOAF, ORG, RDF, SKOS

from kg import export, iris
from kg.convert import quads_to_ox
from kg.emit import emit
from kg.errors import CoopKGError, ValidationFailed
from kg.fsutil import atomic_write_text, exclusive_lock
from kg.namespaces import BASE, COOP, OA
from kg.records import load_record_files
from kg.resolve import resolve
from kg.sources import load_sources
from kg.store import STORE_DIR_NAME, create_store, with_union_default_graph
from kg.validate import shacl_problems
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

    def as_dict(self) -> dict:
        return {"sources": self.sources, "counts": self.counts, "triples": self.triples, "quads": self.quads,
                "warnings": self.warnings, "disagreements": self.disagreements,
                "files": [p.name for p in self.files]}


class _Stages:
    """Times each stage (reported by the build and used by the benchmarks)."""

    def __init__(self, progress):
        self.timings, self.progress = {}, progress

    def run(self, name, fn, *args):
        if self.progress:
            self.progress(f"{name} ...")
        start = time.perf_counter()
        result = fn(*args)
        self.timings[name] = time.perf_counter() - start
        return result


def check_data(data_dir: Path, stages: _Stages | None = None):
    """Read and reconcile data/; raise ValidationFailed listing every problem. Returns (sources, resolved)."""
    stages = stages or _Stages(None)
    if not data_dir.is_dir():
        raise CoopKGError("data folder not found", where=str(data_dir), fix="give --data DIR")
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
    stages = stages or _Stages(None)
    sources, resolved = check_data(data_dir, stages)
    sink = stages.run("emit RDF", emit, resolved, sources)
    ox_quads = stages.run("sort quads", quads_to_ox, sink)
    graph = stages.run("SHACL graph", _union_graph, sink)
    problems = stages.run("SHACL", shacl_problems, graph)
    if problems:
        raise ValidationFailed(problems, "SHACL validation")
    return ox_quads, resolved, sources


def build(data_dir: Path, out_dir: Path, formats=ALL_FORMATS, progress=None, extra_steps=()) -> BuildReport:
    """Build the graph from data_dir into out_dir (replaced only on success)."""
    out_dir = out_dir.resolve()
    with exclusive_lock(out_dir.parent / f".{out_dir.name}.lock", "coopkg build"):
        _recover_interrupted_swap(out_dir)
        stages = _Stages(progress)
        ox_quads, resolved, sources = build_graph(data_dir, stages)
        report = BuildReport(out_dir, sources=sorted(sources), warnings=resolved.warnings,
                             disagreements=[d.describe() for d in resolved.disagreements])
        report.counts = _count_classes(ox_quads)
        report.quads = len(ox_quads)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
        try:
            report.files = stages.run("write files", export.write_formats, ox_quads, tmp, formats)
            merged = export.merged_triples(ox_quads)
            report.triples = len(merged)
            stages.run("load store", create_store, tmp / STORE_DIR_NAME, with_union_default_graph(ox_quads, merged))
            for name, step in extra_steps:  # e.g. the HTML view, added by later stages of the pipeline
                stages.run(name, step, tmp, report)
            report.timings = stages.timings
            atomic_write_text(tmp / "report.json", json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n")
            _swap_in(tmp, out_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return report


def _union_graph(sink) -> Graph:
    """rdflib graph of everything but the ontology, for pySHACL (fast on rdflib's own store)."""
    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o, g in sink if g != iris.ONTOLOGY_GRAPH)
    return graph


def _count_classes(ox_quads) -> dict:
    rdf_type = str(RDF.type)
    typed = {(q.subject.value, q.object.value) for q in ox_quads
             if q.predicate.value == rdf_type and hasattr(q.object, "value")}
    per_class = Counter(cls for _, cls in typed)
    return {name: per_class.get(str(cls), 0) for name, cls in COUNTED_CLASSES}


def _old_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}-old"


def _swap_in(new_dir: Path, out_dir: Path):
    """Replace out_dir by new_dir with two renames; a crash between them is repaired next time."""
    old = _old_dir(out_dir)
    if old.exists():
        shutil.rmtree(old)
    if out_dir.exists():
        os.rename(out_dir, old)
    os.rename(new_dir, out_dir)
    shutil.rmtree(old, ignore_errors=True)


def _recover_interrupted_swap(out_dir: Path):
    old = _old_dir(out_dir)
    if old.exists() and not out_dir.exists():
        os.rename(old, out_dir)
    for stale in out_dir.parent.glob(f".{out_dir.name}-new-*"):
        shutil.rmtree(stale, ignore_errors=True)


def short_iri(iri: str) -> str:
    return iri[len(BASE):] if iri.startswith(BASE) else iri


__all__ = ["build", "build_graph", "check_data", "BuildReport", "ALL_FORMATS", "FOAF", "ORG", "SKOS"]
