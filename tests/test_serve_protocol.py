"""`coopkg serve` speaks the SPARQL 1.1 Protocol to real clients (SPARQLWrapper, raw HTTP) and refuses
what a public endpoint must not do. One read-only server over the seed build serves the module."""

import http.client
import json
import os
import shutil
import urllib.parse

import pyoxigraph as ox
import pytest

from kg.namespaces import BASE, INST, sparql_prefix_block
from kg.serve.guard import refused_keyword
from tests.servers import coopkg_server

pytestmark = pytest.mark.server

PEOPLE = "SELECT ?p WHERE { ?p a foaf:Person } ORDER BY ?p"
PARTIES_GRAPH = "CONSTRUCT { ?a coop:party ?p } WHERE { ?a coop:party ?p }"


def sparqlwrapper():
    try:
        import SPARQLWrapper
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("SPARQLWrapper is missing (pip install sparqlwrapper); CI is set")
        pytest.skip("SPARQLWrapper is missing (pip install sparqlwrapper)")
    return SPARQLWrapper


@pytest.fixture(scope="module")
def build_copy(seed_build, tmp_path_factory):
    """The seed build plus a view page, so the query page has something to link."""
    target = tmp_path_factory.mktemp("serve") / "build"
    shutil.copytree(seed_build[0], target)
    (target / "graph.html").write_text("<!DOCTYPE html><title>graph view</title><p>the view</p>", encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def server(build_copy):
    with coopkg_server(build_dir=build_copy) as running:
        yield running


def call(server, method, path, body=None, headers=None, source=None):
    """A raw request (http.client sends the path exactly as given, '..' and all); `source` is the
    client's own loopback address (127.0.0.2, ...), so the server sees another client."""
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=30, source_address=(source, 0) if source else None)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def get_query(server, query, accept=None, source=None):
    return call(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                headers={"Accept": accept} if accept else {}, source=source)


def post_query(server, query: bytes | str, content_type="application/sparql-query", accept=None):
    body = query.encode("utf-8") if isinstance(query, str) else query
    headers = {"Content-Type": content_type, **({"Accept": accept} if accept else {})}
    return call(server, "POST", "/sparql", body, headers)


def wrapper(server, query, return_format):
    sw = sparqlwrapper().SPARQLWrapper(server.url + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(return_format)
    return sw.query()


# --- every results format, through SPARQLWrapper -------------------------------------------

def test_select_as_json_with_sparqlwrapper(server):
    result = wrapper(server, PEOPLE, "json").convert()
    people = [row["p"]["value"] for row in result["results"]["bindings"]]
    assert people == sorted(people) and len(people) == 2
    assert all(p.startswith(BASE + "id/person/") for p in people)


def test_select_as_xml_with_sparqlwrapper(server):
    document = wrapper(server, PEOPLE, "xml").convert()  # a DOM document
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]
    assert len(uris) == 2 and all(u.startswith(BASE + "id/person/") for u in uris)


@pytest.mark.parametrize("fmt, separator", [("csv", ","), ("tsv", "\t")])
def test_select_as_csv_and_tsv_with_sparqlwrapper(server, fmt, separator):
    query = "SELECT ?p ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?p ?name"
    response = wrapper(server, query, fmt)
    text = response.convert().decode("utf-8")
    lines = text.strip().splitlines()
    assert lines[0].replace("?", "").split(separator) == ["p", "name"]
    assert any("Kieu Xuan Thuc" in line for line in lines[1:])
    media = {"csv": "text/csv", "tsv": "text/tab-separated-values"}[fmt]
    assert response.info()["content-type"].startswith(media)


def test_construct_as_turtle_with_sparqlwrapper(server):
    data = wrapper(server, PARTIES_GRAPH, "turtle").convert()
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert len(triples) == 2
    assert {t.object.value for t in triples} >= {str(INST["haui"])}


def test_construct_as_json_ld_with_sparqlwrapper(server):
    graph = wrapper(server, PARTIES_GRAPH, "json-ld").convert()  # an rdflib graph
    assert len(graph) == 2


def test_ask_and_n_triples(server):
    status, headers, body = get_query(server, "ASK { ?p a foaf:Person }", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, headers, body = get_query(server, PARTIES_GRAPH, "application/n-triples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert len(body.decode().strip().splitlines()) == 2


def test_get_form_and_body_give_the_same_answer(server):
    accept = "application/sparql-results+json"
    by_get = get_query(server, PEOPLE, accept)[2]
    by_form = post_query(server, urllib.parse.urlencode({"query": PEOPLE}), "application/x-www-form-urlencoded",
                         accept)[2]
    by_body = post_query(server, PEOPLE, accept=accept)[2]
    assert by_get == by_form == by_body
    assert len(json.loads(by_get)["results"]["bindings"]) == 2


def test_dataset_parameters_select_one_source_graph(server):
    graph = BASE + "graph/sources"
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a coop:Agreement }"
    path = "/sparql?" + urllib.parse.urlencode({"query": query, "default-graph-uri": graph})
    status, _, body = call(server, "GET", path, headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "0"  # no agreements in sources' metadata


# --- refusals and errors ----------------------------------------------------------------------

def test_malformed_query_is_400_with_the_parser_message(server):
    status, headers, body = get_query(server, "SELECT ?x WHERE { ?x ")
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert "malformed SPARQL query" in body.decode() and "error at 1:" in body.decode()


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_service_is_refused(server, query):
    status, _, body = post_query(server, query)
    assert status == 403
    assert "SERVICE is refused" in body.decode()


@pytest.mark.parametrize("query, refused", [
    ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE {?s ?p ?o}SERVICE<http://x/>{}", True),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?o<3)SERVICE<http://x/>{} }", True),
    ('SELECT * WHERE { ?s ?p """say " SERVICE""" SERVICE <http://x/> {} }', True),
    ("SELECT ?service WHERE { ?service ?p ?o }", False),
    ('SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" } # SERVICE <http://x/>', False),
    ("SELECT * WHERE { ?s ex:SERVICE ?o . ?s <http://e/SERVICE> ?o }", False),
    # Oxigraph reads `service:x { }` as SERVICE then the IRI `:x` when the triple does not parse, so a
    # prefix containing the keyword is refused (tests/test_hardening_endpoint.py shows Oxigraph doing it).
    ("SELECT * WHERE { ?s service:x ?o }", True),
    ("SELECT * WHERE { ?s ?p '''it''s SERVICE''' }", False),
])
def test_service_detection_skips_strings_comments_iris_and_names(query, refused):
    assert (refused_keyword(query, ("SERVICE",)) == "SERVICE") is refused


def test_update_is_refused_on_a_read_only_endpoint(server):
    update = f"INSERT DATA {{ <{INST['x']}> a coop:Institution }}"
    status, _, body = post_query(server, update, "application/sparql-update")
    assert status == 403 and "read-only" in body.decode()
    status, _, body = post_query(server, urllib.parse.urlencode({"update": update}),
                                 "application/x-www-form-urlencoded")
    assert status == 403
    status, _, body = call(server, "PUT", "/store?default", b"<http://a> <http://b> <http://c> .",
                           {"Content-Type": "application/n-triples"})
    assert status == 403
    assert get_query(server, f"ASK {{ <{INST['x']}> ?p ?o }}", "application/sparql-results+json")[2] \
        == b'{"head":{},"boolean":false}'


@pytest.mark.parametrize("path", [
    "/../../etc/passwd", "/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/%252e%252e%252fetc%252fpasswd",
    "/views/../../../etc/passwd", "/views/..%2f..%2fstore%2fCURRENT", "/views/%2e%2e%2freport.json",
    "/static/..\\..\\etc\\passwd", "/static/", "/views/report.json",
])
def test_path_traversal_is_404(server, path):
    status, _, body = call(server, "GET", path)
    assert status == 404
    assert b"root:" not in body


def test_oversized_body_is_413(server):
    status, _, body = post_query(server, "SELECT * WHERE { ?s ?p ?o } #" + "x" * (1 << 20))
    assert status == 413 and "larger than" in body.decode()


def test_non_utf8_body_is_400(server):
    status, _, body = post_query(server, "SELECT * WHERE { ?s ?p \"caf\xe9\" }".encode("latin-1"))
    assert status == 400 and "UTF-8" in body.decode()
    status, _, body = post_query(server, b"query=SELECT%20%E9", "application/x-www-form-urlencoded")
    assert status == 400 and "UTF-8" in body.decode()


def test_unsupported_content_type_is_415_and_unacceptable_accept_406(server):
    assert post_query(server, PEOPLE, "text/plain")[0] == 415
    status, _, body = get_query(server, PEOPLE, "image/png")
    assert status == 406 and "application/sparql-results+json" in body.decode()
    assert get_query(server, PARTIES_GRAPH, "text/csv")[0] == 406


def test_no_cors_header_by_default(server):
    _, headers, _ = get_query(server, "ASK {}")
    assert "Access-Control-Allow-Origin" not in headers


def test_cors_header_when_enabled(build_copy):
    with coopkg_server(build_dir=build_copy, cors="https://example.org") as cors_server:
        _, headers, _ = get_query(cors_server, "ASK {}")
        assert headers["Access-Control-Allow-Origin"] == "https://example.org"
        status, headers, _ = call(cors_server, "OPTIONS", "/sparql", headers={
            "Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
        assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


# --- pages --------------------------------------------------------------------------------------

def test_linked_data_turtle(server):
    status, headers, body = call(server, "GET", "/id/institution/haui", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    haui = ox.NamedNode(str(INST["haui"]))
    assert any(t.subject == haui and t.predicate.value.endswith("prefLabel") for t in triples)
    # labels of the things it points to come along (e.g. its class), so a client can show them
    assert any(t.subject != haui for t in triples)


def test_linked_data_html_is_escaped(server):
    status, headers, body = call(server, "GET", "/id/institution/haui", headers={"Accept": "text/html"})
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<h1>Hanoi University of Industry</h1>" in page
    assert "Content-Security-Policy" in headers
    assert "<script" not in page


def test_linked_data_unknown_entity_is_404(server):
    assert call(server, "GET", "/id/institution/no-such-thing", headers={"Accept": "text/turtle"})[0] == 404


def test_query_page_offers_prefixes_and_views(server):
    status, headers, body = call(server, "GET", "/")
    page = body.decode()
    assert status == 200 and "script-src 'self'" in headers["Content-Security-Policy"]
    assert "PREFIX coop: &lt;" in page  # the prefix block, escaped into the textarea
    assert sparql_prefix_block().splitlines()[0].split("<")[0] in page
    assert '<a href="/views/graph.html">graph.html</a>' in page
    assert call(server, "GET", "/views/graph.html")[2].startswith(b"<!DOCTYPE html>")
    catalogue = json.loads(call(server, "GET", "/queries.json")[2])
    names = {q["name"]: q for q in catalogue["queries"]}
    assert "parties" in names and names["parties"]["question"].startswith("Which institutions")
    assert "VALUES (?name)" in names["names"]["text"]  # the default parameter is bound
    script = call(server, "GET", "/static/app.js")[2].decode()
    assert "textContent" in script and "innerHTML" not in script
