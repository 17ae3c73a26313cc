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


def merged_triples(ox_quads: list) -> list:
    """The union of all named graphs as sorted, de-duplicated triples."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in ox_quads}
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def turtle_bytes(ox_quads: list) -> bytes:
    header = b"# CoopKG knowledge graph: the union of all named graphs (see graph.trig for sources).\n"
    return header + ox.serialize(merged_triples(ox_quads), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def trig_bytes(ox_quads: list) -> bytes:
    header = b"# CoopKG knowledge graph: one named graph per source document, plus derived, vocabulary and ontology graphs.\n"
    return header + ox.serialize(ox_quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def jsonld_bytes(ox_quads: list) -> bytes:
    """Compact JSON-LD with our context (reads as schema.org where terms map)."""
    graph = Graph()
    graph.parse(data=ox.serialize(merged_triples(ox_quads), format=ox.RdfFormat.N_TRIPLES), format="nt")
    context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    doc = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = doc.get("@graph", [doc] if "@id" in doc else [])
    doc = {"@context": context, "@graph": sorted(nodes, key=lambda n: n.get("@id", ""))}
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


WRITERS = {"ttl": ("graph.ttl", turtle_bytes), "trig": ("graph.trig", trig_bytes),
           "jsonld": ("graph.jsonld", jsonld_bytes)}


def write_formats(ox_quads: list, out_dir: Path, formats) -> list[Path]:
    written = []
    for fmt in formats:
        name, make = WRITERS[fmt]
        atomic_write_bytes(out_dir / name, make(ox_quads))
        written.append(out_dir / name)
    return written
