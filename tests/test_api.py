"""The Python API (kg.api): its doctests on the seed build, and the same calls on an RDF file and on
a real `coopkg serve` endpoint."""

import datetime as dt
import doctest
import subprocess
import sys

import networkx as nx
import pytest

import kg
from kg import api
from kg.errors import CoopKGError
from tests.servers import coopkg_server


def test_doctests_run_on_the_seed_build(seed_build):
    result = doctest.testmod(api, extraglobs={"BUILD": seed_build[0]}, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 12
    assert result.failed == 0


def test_import_kg_loads_no_heavy_library():
    code = ("import sys, kg; kg.__version__; "
            "print(sorted(m for m in ('rdflib', 'networkx', 'pyvis', 'pyoxigraph', 'click') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_api_names_come_from_kg():
    assert kg.open_build is api.open_build and kg.KnowledgeGraph is api.KnowledgeGraph
    with pytest.raises(AttributeError):
        kg.no_such_name


@pytest.fixture(scope="module")
def graph(seed_build):
    return kg.open_build(seed_build[0])


def test_rows_are_plain_python(graph):
    rows = graph.query("representatives")
    assert rows.columns == ["agreementLabel", "institutionLabel", "personLabel", "part", "roles", "titles"]
    assert all(isinstance(row, dict) and set(row) == set(rows.columns) for row in rows)
    assert {row["personLabel"] for row in rows} == {"Kiều Xuân Thực", "Đào Đức Quảng"}
    founded = graph.query("SELECT ?y WHERE { inst:tws-1 coop:foundingYear ?y }")
    assert founded == [{"y": "1898"}]  # xsd:gYear stays text
    typed = graph.query("SELECT (COUNT(*) AS ?n) (1.5 AS ?x) (true AS ?b) ('2025-11-26'^^xsd:date AS ?d) "
                        "WHERE { ?s a coop:Institution }")
    assert typed == [{"n": 6, "x": 1.5, "b": True, "d": dt.date(2025, 11, 26)}]


def test_query_parameters_and_errors(graph):
    assert [r["coveredArea"] for r in graph.query("agreements-by-area", area="conferences")] == [
        "https://w3id.org/coopkg/id/area/conferences"]
    with pytest.raises(CoopKGError, match="no saved query named 'partys'"):
        graph.query("partys")
    with pytest.raises(CoopKGError, match="unknown parameter"):
        graph.query("parties", nonsense="x")
    with pytest.raises(CoopKGError, match="unknown prefix 'xyz:'"):
        graph.query("SELECT * WHERE { ?s xyz:p ?o }")
    # An ad-hoc parameter is bound as text, never pasted into the query.
    assert graph.query("SELECT ?s WHERE { ?s foaf:name ?name }", name="x' } ?s ?p ?o {") == []


def test_to_pandas(graph):
    pandas = pytest.importorskip("pandas") if not _ci() else __import__("pandas")
    frame = graph.query("parties").to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == graph.query("parties").columns and len(frame) == 2


def test_to_pandas_without_pandas_says_how_to_get_it(graph, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an environment without pandas looks like to import
    with pytest.raises(CoopKGError, match="pip install pandas"):
        graph.query("parties").to_pandas()


def test_construct_and_describe_rows(graph):
    triples = graph.query("CONSTRUCT { ?a coop:party ?p } WHERE { ?a coop:party ?p }")
    assert triples.columns == ["subject", "predicate", "object"] and len(triples) == 2
    facts = graph.describe("inst:haui")
    incoming = {(f["property"], f["value"]) for f in facts if f["direction"] == "in"}
    assert ("coop:party", "https://w3id.org/coopkg/id/agreement/haui-bcit-2025") in incoming
    assert ("org:organization", "https://w3id.org/coopkg/id/membership/kieu-xuan-thuc/haui/rector") in incoming
    assert not any(p == "rdf:subject" for p, _ in incoming)
    assert any(f["property"] == "rdf:subject" for f in graph.describe("inst:haui", provenance=True))
    assert graph.describe("Industrial College of Technology") == graph.describe("inst:bcit")  # any alias
    person = graph.describe("person:kieu-xuan-thuc")
    assert {f["value"] for f in person if f["property"] == "foaf:name"} == {"Kieu Xuan Thuc", "Kiều Xuân Thực"}
    with pytest.raises(CoopKGError, match="nothing is known about inst:nobody"):
        graph.describe("inst:nobody")
    with pytest.raises(CoopKGError, match="no institution is called"):
        graph.describe("Nowhere University")


def test_networks(graph):
    partners = graph.network()
    assert isinstance(partners, nx.Graph) and partners.number_of_edges() == 1
    assert graph.network("partners", area="e-learning").number_of_edges() == 1
    assert graph.network("partners", area="recruitment").number_of_edges() == 0
    people = graph.network("people")
    assert {people.nodes[n]["label"] for n in people if people.nodes[n]["bipartite"] == 0} == {
        "Kiều Xuân Thực", "Đào Đức Quảng"}
    with pytest.raises(CoopKGError, match="unknown projection"):
        graph.network("friends")
    with pytest.raises(CoopKGError, match="filter agreements"):
        graph.network("people", since=2020)


def test_view_and_analysis(graph, tmp_path):
    page = graph.view("ego", tmp_path / "ego.html", institution="BCIT")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    report = graph.analyze()
    assert "2 institutions, 1 partnerships" in graph.report_text(report)
    with pytest.raises(CoopKGError, match="institution="):
        graph.view("ego", tmp_path / "x.html")


def test_load_one_or_several_files(seed_build, graph):
    ttl = seed_build[0] / "graph.ttl"
    from_file = kg.load(ttl)
    assert from_file.query("areas") == graph.query("areas") and len(graph.query("areas")) == 22
    twice = kg.load([ttl, seed_build[0] / "graph.trig"])  # the same triples twice count once
    assert twice.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == from_file.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    with pytest.raises(CoopKGError, match="unknown RDF file type"):
        kg.load(seed_build[0] / "report.json")


@pytest.mark.server
def test_the_same_calls_on_an_endpoint(seed_build, graph, tmp_path):
    with coopkg_server(build_dir=seed_build[0], workers=1) as server:
        host, port = server.server_address[:2]
        remote = kg.connect(f"http://{host}:{port}/sparql")
        assert remote.query("areas") == graph.query("areas")
        assert remote.query("parents-predecessors") == graph.query("parents-predecessors")
        assert remote.query("ASK { inst:haui a coop:University }") is True
        assert remote.describe("inst:bcit") == graph.describe("inst:bcit")
        assert nx.utils.graphs_equal(remote.network("partners"), graph.network("partners"))
        page = remote.view("partners", tmp_path / "partners.html")
        assert "Hanoi University of Industry" in page.read_text(encoding="utf-8")
    with pytest.raises(CoopKGError, match="cannot reach"):
        remote.query("parties")


def _ci() -> bool:
    import os
    return bool(os.environ.get("CI"))


def test_the_notebook_uses_only_the_api():
    import json
    import re
    from tests.conftest import REPO
    cells = json.loads((REPO / "notebooks" / "partnerships.ipynb").read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert "import kg" in code
    assert not re.search(r"from kg\b|import kg\.", code)  # no module of the package by name
    used = set(re.findall(r"\bkg\.(\w+)", code))
    assert used and used <= set(kg.__all__)


def test_readme_python_api_section_runs(seed_build, tmp_path, monkeypatch):
    from tests.conftest import REPO
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python API\n", 1)[1].split("\n## ", 1)[0]
    example = section.split("```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "build").symlink_to(seed_build[0], target_is_directory=True)
    monkeypatch.chdir(tmp_path)  # so kg.open_build("build") is the seed build and the view lands here
    test = doctest.DocTestParser().get_doctest(example, {}, "README Python API", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
    assert test.examples and (tmp_path / "partners.html").is_file()
