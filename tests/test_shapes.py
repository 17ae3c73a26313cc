"""Each SHACL shape with a valid and an invalid example (tests/shapes/*.ttl); the test checks
which shape fired, not only that something did."""

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import RDF

from kg.namespaces import SH
from kg.graph.validate import shapes_graph

EXAMPLES = sorted((Path(__file__).parent / "shapes").glob("*.ttl"))


def expectation(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"{path} has no '# expect:' line")


def fired_shapes(report: Graph, shapes: Graph) -> set:
    """Local names of the shapes behind each result (node shapes for anonymous property shapes)."""
    names = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(result, SH.sourceShape)
        owners = {shape} | set(shapes.subjects(SH.property, shape))
        names |= {str(s).rsplit("#", 1)[-1] for s in owners if "#" in str(s)}
    return names


def test_there_are_examples_both_ways():
    kinds = {expectation(p) == "conforms" for p in EXAMPLES}
    assert kinds == {True, False} and len(EXAMPLES) >= 10


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_shape_example(path):
    shapes = shapes_graph()
    data = Graph().parse(path, format="turtle")
    conforms, report, text = validate(data, shacl_graph=shapes, inference="none")
    expected = expectation(path)
    if expected == "conforms":
        assert conforms, text
    else:
        assert not conforms
        assert expected in fired_shapes(report, shapes), text
