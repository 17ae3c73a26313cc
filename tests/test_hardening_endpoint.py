"""The endpoint under load and under attack at the same time, on 127.0.0.1 only, bounded in
count and time: normal clients see no errors, every attack is refused with the right status,
and the server keeps serving. The latency figures go to tests/artifacts/endpoint-load.txt."""

import http.client
import os
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.servers import coopkg_server

pytestmark = pytest.mark.server
LOAD_SECONDS = float(os.environ.get("COOPKG_LOAD_SECONDS", "6"))
CLIENTS = 8
ARTIFACTS = Path(__file__).parent / "artifacts"

SMALL_QUERIES = [
    "SELECT ?p WHERE { ?p a foaf:Person }",
    "SELECT ?i ?l WHERE { ?i a coop:Institution ; skos:prefLabel ?l } LIMIT 5",
    "ASK { inst:haui coop:predecessor ?x }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?a a oa:Annotation }",
]
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def request(url, data=None, headers=None, method=None, timeout=30):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def sparql_get(base, query):
    return request(f"{base}/sparql?" + urllib.parse.urlencode({"query": query}),
                   headers={"Accept": "application/sparql-results+json"})


def sparql_post_from(base, query: str, source: str):
    """A query from another loopback address (another client as far as the server knows)."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=60, source_address=(source, 0))
    try:
        connection.request("POST", "/sparql", query.encode("utf-8"), {"Content-Type": "application/sparql-query"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def sparql_post(base, query: str):
    return request(f"{base}/sparql", query.encode("utf-8"), {"Content-Type": "application/sparql-query"})


ATTACKS = [
    # (what, call, expected statuses)
    ("SERVICE", lambda b: sparql_get(b, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), {403}),
    ("LOAD", lambda b: request(f"{b}/sparql", b"LOAD <http://127.0.0.1:9/x.ttl>",
                               {"Content-Type": "application/sparql-update"}), {403}),
    ("update", lambda b: request(f"{b}/sparql", b"INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
                                 {"Content-Type": "application/sparql-update"}), {403}),
    ("graph store write", lambda b: request(f"{b}/store?default", b"<http://x/a> <http://x/b> <http://x/c> .",
                                            {"Content-Type": "text/turtle"}, method="PUT"), {403, 405}),
    ("path traversal", lambda b: request(f"{b}/../../etc/passwd"), {404}),
    ("encoded traversal", lambda b: request(f"{b}/views/%2e%2e/%2e%2e/etc/passwd"), {404}),
    ("oversized body", lambda b: request(f"{b}/sparql", b"SELECT * WHERE {?s ?p ?o} #" + b"x" * (2 << 20),
                                         {"Content-Type": "application/sparql-query"}), {413}),
    ("non-UTF-8 body", lambda b: request(f"{b}/sparql", "SELECT * WHERE { ?s ?p 'é' }".encode("latin-1"),
                                         {"Content-Type": "application/sparql-query"}), {400}),
    ("malformed query", lambda b: sparql_get(b, "SELECT WHERE {"), {400}),
    ("slow query", lambda b: sparql_post_from(b, SLOW_QUERY, "127.0.0.2"), {503, 400}),
    # issue 13: each of these was accepted, crashed a worker, or cost minutes of CPU before
    ("foreign Host (DNS rebinding)", lambda b: request(f"{b}/sparql?query=ASK%7B%7D", headers={"Host": "evil.example"}),
     {421}),
    ("SERVICE after an escaped quote", lambda b: sparql_post(
        b, "SELECT * WHERE { { ?s ?p ex:a\\' } UNION { SERVICE <http://127.0.0.1:9/> { ?x ?y ?z } } } #'"), {403}),
    ("SERVICE glued to a name", lambda b: sparql_post(
        b, "PREFIX ex: <http://127.0.0.1:9/> SELECT * WHERE { SERVICEex:x { ?s ?p ?o } }"), {403}),
    ("deep nesting", lambda b: sparql_post(b, "SELECT * WHERE " + "{" * 5000 + "}" * 5000), {400}),
    ("long UNION chain", lambda b: sparql_post(b, "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 7000) + " }"),
     {400}),
    ("1 MiB of name characters", lambda b: sparql_post(b, "SELECT * WHERE { ?s ?p ?o } #\n" + "a-" * 500_000), {400}),
    ("1 MiB of escaped quotes", lambda b: sparql_post(b, "ASK { ?s ?p '" + "\\'" * 500_000), {400}),
]


def test_load_and_attacks_together(seed_build):
    latencies, errors, lock = [], [], threading.Lock()
    stop_at = time.monotonic() + LOAD_SECONDS

    def client(number):
        i = number
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            status, body = sparql_get(base, SMALL_QUERIES[i % len(SMALL_QUERIES)])
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append((status, body[:200]))
            i += 1

    with coopkg_server(build_dir=seed_build[0], timeout=1.0, max_results=1000, workers=4) as server:
        base = server.url.rstrip("/")
        threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
        for t in threads:
            t.start()
        attack_results = [(what, call(base)[0], expected) for what, call, expected in ATTACKS]
        for t in threads:
            t.join(timeout=LOAD_SECONDS + 60)
        after = sparql_get(base, SMALL_QUERIES[0])

    for what, status, expected in attack_results:
        assert status in expected, f"{what}: got {status}, expected {expected}"
    assert after[0] == 200, "the server stopped serving after the attacks"
    assert latencies and not errors, errors[:5]
    ordered = sorted(latencies)
    p50, p99 = statistics.median(ordered), ordered[int(0.99 * (len(ordered) - 1))]
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "endpoint-load.txt").write_text(
        f"{CLIENTS} clients, {LOAD_SECONDS:.0f} s, {len(latencies)} requests, {len(errors)} errors, "
        f"{len(latencies) / LOAD_SECONDS:.0f} req/s, p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms; "
        f"{len(ATTACKS)} attacks refused\n", encoding="utf-8")
