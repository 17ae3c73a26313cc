"""Per-query time limit, result-size limit and the worker cap of `coopkg serve`, with queries made
slow or large on purpose (a cross product over the seed graph's ~9,000 triples)."""

import json
import shutil
import threading
import time
import urllib.parse

import pytest

from kg.namespaces import GRAPH
from tests.servers import coopkg_server
from tests.test_serve_protocol import call, get_query

pytestmark = pytest.mark.server

# Three-way cross product: ~7e11 rows, produced steadily, so only the deadline stops it.
SLOW = "SELECT ?a ?b ?c WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
JSON = "application/sparql-results+json"


def rows(body: bytes) -> int:
    return len(json.loads(body)["results"]["bindings"])


def test_slow_query_answers_503_at_the_deadline_and_frees_its_worker(seed_build):
    with coopkg_server(build_dir=seed_build[0], timeout=1.0, max_results=10**9, workers=1) as server:
        status, _, body = get_query(server, SLOW, JSON)
        assert status == 503
        assert "timed out" in body.decode() and "1 s" in body.decode()
        # The one worker stops between rows once the deadline has passed: a small query gets through.
        for _ in range(50):
            status, _, body = get_query(server, "SELECT ?p WHERE { ?p a foaf:Person }", JSON)
            if status == 200:
                break
            time.sleep(0.1)
        assert status == 200 and rows(body) == 2


def test_busy_server_answers_503_instead_of_queueing_forever(seed_build):
    with coopkg_server(build_dir=seed_build[0], timeout=3.0, max_results=10**9, workers=1) as server:
        slow = threading.Thread(target=get_query, args=(server, SLOW, JSON))
        slow.start()
        try:
            time.sleep(0.3)
            status, headers, body = get_query(server, "ASK {}", JSON)
            assert status == 503 and "busy" in body.decode() and headers["Retry-After"] == "1"
        finally:
            slow.join(timeout=30)


def test_more_rows_than_max_results_is_an_error_asking_for_limit(seed_build):
    with coopkg_server(build_dir=seed_build[0], max_results=5) as server:
        status, _, body = get_query(server, "SELECT ?s WHERE { ?s ?p ?o }", JSON)
        assert status == 400 and "more than 5 rows" in body.decode() and "LIMIT" in body.decode()
        status, _, body = get_query(server, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5", JSON)
        assert status == 200 and rows(body) == 5
        status, _, body = get_query(server, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
        assert status == 400 and "more than 5 triples" in body.decode()


def test_linked_data_is_bounded_too(seed_build):
    with coopkg_server(build_dir=seed_build[0], max_results=3) as server:
        status, _, body = call(server, "GET", "/id/institution/haui", headers={"Accept": "text/turtle"})
        assert status == 400 and "more than 3 triples" in body.decode()


def test_query_string_with_invalid_utf8_is_400(seed_build):
    with coopkg_server(build_dir=seed_build[0]) as server:
        status, _, body = call(server, "GET", "/sparql?query=" + urllib.parse.quote("ASK {}") + "%FF")
        assert status == 400 and "UTF-8" in body.decode()


def test_a_writable_server_still_enforces_the_deadline(seed_build, tmp_path):
    # With --allow-update one worker process owns the writable store and is killed at the deadline too.
    target = tmp_path / "build"
    shutil.copytree(seed_build[0], target)
    with coopkg_server(build_dir=target, allow_update=True, token="a-long-enough-token", timeout=1.0, max_results=10**9,
                       workers=1) as server:
        status, _, body = get_query(server, SLOW, JSON)
        assert status == 503 and "timed out" in body.decode()


def test_limits_and_errors_cross_the_worker_process_boundary(seed_build):
    with coopkg_server(build_dir=seed_build[0], max_results=5) as server:
        status, _, body = get_query(server, "SELECT WHERE {", JSON)
        assert status == 400 and "malformed SPARQL query" in body.decode()
        status, _, body = get_query(server, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", "image/png")
        assert status == 406 and "available" in body.decode()
        # Dataset graphs travel to the worker as IRIs: the sources graph has the documents, a missing one none.
        assert count_sources(server, GRAPH["sources"]) > 0
        assert count_sources(server, GRAPH["none"]) == 0
        status, _, _ = call(server, "GET", "/id/institution/no-such-thing", headers={"Accept": "text/turtle"})
        assert status == 404


def count_sources(server, default_graph) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a coop:SourceDocument }"
    status, _, body = call(server, "GET", "/sparql?" + urllib.parse.urlencode(
        {"query": query, "default-graph-uri": str(default_graph)}), headers={"Accept": JSON})
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
