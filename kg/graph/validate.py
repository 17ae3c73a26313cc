"""SHACL validation of the built graph (pyshacl), reported in plain words."""

from functools import lru_cache

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespaces import BASE, SH
from kg.paths import ONTOLOGY_DIR

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


@lru_cache(maxsize=1)
def _shapes_graph_cached() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@lru_cache(maxsize=1)
def shape_predicates() -> frozenset | None:
    """The predicates the shapes can look at: every property on a sh:path (sequence paths
    included), target predicates, rdf:type and rdfs:subClassOf (targets and sh:class), and
    skos:prefLabel (named in the problem messages). None when a path is of a kind we do not
    unpack (inverse, alternative ...): then the whole graph must be validated.

    Validating only triples with these predicates gives the same result as validating the
    whole graph, on about half the triples (quote annotations carry many others).
    """
    shapes = _shapes_graph_cached()
    found = {RDF.type, RDFS.subClassOf, SKOS.prefLabel}
    found.update(o for o in shapes.objects(None, SH.targetSubjectsOf))
    found.update(o for o in shapes.objects(None, SH.targetObjectsOf))
    for path in shapes.objects(None, SH.path):
        if isinstance(path, URIRef):
            found.add(path)
        elif isinstance(path, BNode) and shapes.value(path, RDF.first) is not None:
            items = list(shapes.items(path))
            if not all(isinstance(i, URIRef) for i in items):
                return None
            found.update(items)
        else:
            return None
    return frozenset(found)


@lru_cache(maxsize=1)
def shape_classes() -> frozenset:
    """Classes the shapes name (sh:targetClass, sh:class): the only rdf:type objects they test."""
    shapes = _shapes_graph_cached()
    return frozenset(shapes.objects(None, SH.targetClass)) | frozenset(shapes.objects(None, SH["class"]))


def restrict_to_shapes(triples) -> list | None:
    """The triples the shapes can look at, or None when the shapes use a construct we do not unpack.

    Keeps the predicates of shape_predicates(); of the rdf:type triples only those naming a class the
    shapes test, or a class that the data itself places below another (rdfs:subClassOf), so that
    targets and sh:class see exactly the types they would see in the whole graph.
    """
    predicates = shape_predicates()
    if predicates is None:
        return None
    kept = [t for t in triples if t[1] in predicates]
    subclasses = {s for s, p, _ in kept if p == RDFS.subClassOf}
    wanted_types = shape_classes() | subclasses
    return [t for t in kept if t[1] != RDF.type or t[2] in wanted_types]


def validation_graph(triples) -> Graph:
    """An in-memory rdflib graph of (s, p, o) for pySHACL (fast on rdflib's own store, LIBRARY-NOTES);
    filled through the store directly, which skips Graph.addN's per-triple checks (~1.5x faster)."""
    graph = Graph()
    add = graph.store.add
    for triple in triples:
        add(triple, graph)
    return graph


def shacl_problems(data: Graph) -> list[str]:
    """Every SHACL violation as one readable line: which node, which property, what is wrong."""
    from pyshacl import validate
    conforms, report, _ = validate(data, shacl_graph=shapes_graph(), inference="none",
                                   advanced=False, allow_warnings=True)
    if conforms:
        return []
    problems = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        label = data.value(focus, SKOS.prefLabel)
        where = _short(focus) + (f" ({label})" if label else "")
        prop = f", property {_path_text(report, path)}" if path is not None and not isinstance(path, Graph) else ""
        problems.append(f"{where}{prop}: {message}")
    return sorted(set(problems))


def _path_text(report: Graph, path) -> str:
    """A sequence path as 'oa:hasTarget / oa:hasSelector / oa:exact'-like text (not a blank node id,
    which would differ from run to run)."""
    if isinstance(path, BNode) and report.value(path, RDF.first) is not None:
        return " / ".join(_short(step) for step in report.items(path))
    return _short(path)


def _short(term) -> str:
    text = str(term)
    return text[len(BASE):] if text.startswith(BASE) else text
