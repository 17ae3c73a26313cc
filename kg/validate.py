"""SHACL validation of the built graph (pyshacl), reported in plain words."""

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from kg.namespaces import BASE, SH
from kg.paths import ONTOLOGY_DIR

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


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
        prop = f", property {_short(path)}" if path is not None and not isinstance(path, Graph) else ""
        problems.append(f"{where}{prop}: {message}")
    return sorted(set(problems))


def _short(term) -> str:
    text = str(term)
    return text[len(BASE):] if text.startswith(BASE) else text
