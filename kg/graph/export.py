"""Writing the graph: Turtle (merged), TriG (one named graph per source), JSON-LD.

Output is deterministic: the same input gives byte-identical files, because quads are
sorted and no blank nodes are used.
"""

import json
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.fsutil import atomic_write_bytes
from kg.namespaces import PREFIXES
from kg.paths import ONTOLOGY_DIR

CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"
# rdflib's JSON-LD compaction costs ~70 µs per triple (7 s at 100 k, over a minute at 1 M: most of a
# build); above this size graph.jsonld is written by Oxigraph in expanded form (full IRIs, the
# same triples, any JSON-LD processor reads it; benchmarks/RESULTS.md has the figures).
JSONLD_COMPACT_MAX_TRIPLES = 50_000


def merged_triples(ox_quads: list) -> list:
    """The union of all named graphs as sorted, de-duplicated triples."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in ox_quads}
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def turtle_bytes(ox_quads: list, merged: list | None = None) -> bytes:
    header = b"# CoopKG knowledge graph: the union of all named graphs (see graph.trig for sources).\n"
    triples = merged if merged is not None else merged_triples(ox_quads)
    return header + ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def trig_bytes(ox_quads: list, merged: list | None = None) -> bytes:
    header = b"# CoopKG knowledge graph: one named graph per source document, plus derived, vocabulary and ontology graphs.\n"
    return header + ox.serialize(ox_quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def jsonld_bytes(ox_quads: list, merged: list | None = None) -> bytes:
    """Compact JSON-LD with our context (reads as schema.org where terms map); expanded JSON-LD
    from Oxigraph for graphs larger than JSONLD_COMPACT_MAX_TRIPLES."""
    triples = merged if merged is not None else merged_triples(ox_quads)
    if len(triples) > JSONLD_COMPACT_MAX_TRIPLES:
        return ox.serialize(triples, format=ox.RdfFormat.JSON_LD) + b"\n"
    graph = Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    doc = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = doc.get("@graph", [doc] if "@id" in doc else [])
    doc = {"@context": context, "@graph": sorted(nodes, key=lambda n: n.get("@id", ""))}
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


WRITERS = {"ttl": ("graph.ttl", turtle_bytes), "trig": ("graph.trig", trig_bytes),
           "jsonld": ("graph.jsonld", jsonld_bytes)}


def write_formats(ox_quads: list, out_dir: Path, formats, merged: list | None = None) -> list[Path]:
    """Write the chosen formats; pass `merged` (merged_triples of ox_quads) when already computed."""
    merged = merged if merged is not None else merged_triples(ox_quads)
    written = []
    for fmt in formats:
        name, make = WRITERS[fmt]
        atomic_write_bytes(out_dir / name, make(ox_quads, merged))
        written.append(out_dir / name)
    return written


def serialise(ox_quads: list, merged: list, formats) -> dict:
    """Format -> bytes for the chosen formats, plus Turtle and TriG always: the build loads its
    store from those bytes (Oxigraph parses them without holding the GIL, see kg.graph.build)."""
    wanted = list(dict.fromkeys([*formats, "ttl", "trig"]))
    return {fmt: WRITERS[fmt][1](ox_quads, merged) for fmt in wanted}


def write_serialised(serialised: dict, out_dir: Path, formats) -> list[Path]:
    written = []
    for fmt in formats:
        atomic_write_bytes(out_dir / WRITERS[fmt][0], serialised[fmt])
        written.append(out_dir / WRITERS[fmt][0])
    return written
