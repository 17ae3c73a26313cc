"""DESCRIBE and entity pages list the links INTO a resource too (kg.sparql.describe): an institution's
description names its agreements and the memberships held in it. Checked on `coopkg query` and on a
real `coopkg serve`; unknown prefixes get a readable error on both."""

import http.client
import urllib.parse

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.sparql import describe
from kg.cli import main
from kg.namespaces import AGREEMENT, INST, PREFIXES
from tests.servers import coopkg_server

PARTY = ox.Triple(ox.NamedNode(str(AGREEMENT["haui-bcit-2025"])), ox.NamedNode(PREFIXES["coop"] + "party"),
                  ox.NamedNode(str(INST["bcit"])))


@pytest.mark.parametrize("text,expected", [
    ("DESCRIBE inst:bcit", ["inst:bcit"]),
    ("PREFIX i: <https://w3id.org/coopkg/id/institution/>\n# a comment\ndescribe i:bcit <https://w3id.org/coopkg/id/institution/haui>",
     ["inst:bcit", "inst:haui"]),
    ("DESCRIBE ?a WHERE { ?a coop:party inst:bcit }", ["agreement:haui-bcit-2025"]),
    ("DESCRIBE ?i ?a WHERE { ?a coop:party ?i } LIMIT 1", None),  # two resources from one row
    ("DESCRIBE * WHERE { ?x coop:predecessor ?y }", ["inst:bcit", "inst:haui", "inst:tws-1", "inst:tws-2"]),
    ("SELECT ?describe WHERE { ?describe a coop:Person }", []),
])
def test_described_resources(seed_store, text, expected):
    from kg.sparql.results import compact
    found = [compact(r.value) for r in describe.described_resources(seed_store, text)] if describe.is_describe(text) else []
    if expected is None:
        assert len(found) == 2
    else:
        assert found == expected


def test_cli_describe_includes_incoming_links(seed_build):
    result = CliRunner().invoke(main, ["query", "-q", "DESCRIBE inst:bcit", "--build", str(seed_build[0]),
                                       "--format", "csv"])  # csv/tsv of a graph: N-Triples, one per line
    assert result.exit_code == 0, result.output
    lines = set(result.output.splitlines())
    assert f"{PARTY} ." in lines
    assert any("/membership/dao-duc-quang/bcit/rector>" in line and "org#organization>" in line
               and line.endswith(f"{INST['bcit']}> .") for line in lines)
    assert any(line.startswith(f"<{INST['bcit']}> ") for line in lines)  # and its own statements


def _get(server, path, accept):
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        connection.request("GET", path, headers={"Accept": accept})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        connection.close()


def _triples(text: str, rdf_format) -> set:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(text.encode("utf-8"), format=rdf_format)}


@pytest.fixture(scope="module")
def server(seed_build):
    with coopkg_server(build_dir=seed_build[0], workers=1) as running:
        yield running


@pytest.mark.server
def test_endpoint_describe_includes_incoming_links(server):
    query = urllib.parse.quote("DESCRIBE inst:bcit")
    status, body = _get(server, f"/sparql?query={query}", "application/n-triples")
    assert status == 200, body
    triples = _triples(body, ox.RdfFormat.N_TRIPLES)
    assert PARTY in triples
    assert any(t.subject == ox.NamedNode(str(INST["bcit"])) for t in triples)


@pytest.mark.server
def test_entity_page_lists_what_links_to_it(server):
    status, page = _get(server, "/id/institution/bcit", "text/html")
    assert status == 200
    linked_from = page.split("<h2>Linked from</h2>", 1)[1]
    assert "Agreement between College of Industrial Techniques and Hanoi University of Industry" in linked_from
    assert 'href="/id/membership/dao-duc-quang/bcit/rector"' in linked_from
    assert "rdf:subject" not in linked_from and "link(s) from the statements and quotes" in linked_from
    status, turtle = _get(server, "/id/institution/haui", "text/turtle")
    graph = _triples(turtle, ox.RdfFormat.TURTLE)
    assert ox.Triple(PARTY.subject, PARTY.predicate, ox.NamedNode(str(INST["haui"]))) in graph


@pytest.mark.server
def test_endpoint_names_an_unknown_prefix(server):
    query = urllib.parse.quote("SELECT * WHERE { ?s xyz:p ?o }")
    status, body = _get(server, f"/sparql?query={query}", "application/sparql-results+json")
    assert status == 400
    assert "unknown prefix 'xyz:'" in body and "declared prefixes are: coop, inst" in body
