"""Attacks on `coopkg serve` and what it does about them, with real clients on 127.0.0.1 (and other
loopback source addresses, 127.0.0.2 ..., to be other clients): foreign Host headers (DNS
rebinding), weak tokens, one client's runaway queries against everyone else, a query that eats
memory, a crash of the worker that owns a writable store, and a rebuild during a burst of queries."""

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.errors import CoopKGError
from tests.servers import coopkg_server
from tests.test_serve_protocol import call, get_query
from tests.test_serve_runaway import wait_for

pytestmark = pytest.mark.server
REPO = Path(__file__).resolve().parents[1]
JSON = "application/sparql-results+json"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL = "SELECT ?p WHERE { ?p a foaf:Person }"
TOKEN = "attack-test-token-0123456789"


# --- Host header (DNS rebinding) ----------------------------------------------------------------

def with_host(server, host, method="GET", path="/sparql?query=ASK%7B%7D"):
    address, port = server.server_address[:2]
    connection = http.client.HTTPConnection(address, port, timeout=30)
    try:
        connection.putrequest(method, path, skip_host=True)
        if host is not None:
            connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def test_only_our_own_names_are_answered(seed_build):
    with coopkg_server(build_dir=seed_build[0], workers=1, allowed_hosts=("lab.example", "proxy.example:8443")) as server:
        port = server.server_address[1]
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}", "localhost",
                     "lab.example", f"lab.example:{port}", "proxy.example:8443"):
            assert with_host(server, host)[0] == 200, host
        for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1.evil.example:{port}", "127.0.0.1:1",
                     f"localhost.:{port}", "proxy.example", f"lab.example.evil:{port}", "proxy.example:9999"):
            status, body = with_host(server, host)
            assert status == 421, host
            assert "DNS rebinding" in body and "--allow-host" in body and host in body
        for method, path in (("OPTIONS", "/sparql"), ("GET", "/"), ("GET", "/id/institution/haui")):
            assert with_host(server, f"evil.example:{port}", method, path)[0] == 421, (method, path)
        status, body = with_host(server, None)
        assert status == 400 and "Host" in body


# --- tokens ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("token, message", [(" ", "needs --token"), ("", "needs --token"),
                                            ("short", "at least 16"), ("a token with spaces", "without spaces"),
                                            ("tab\tseparated-token-123", "without spaces"),
                                            ("ünïcödé-token-1234567", "printable ASCII")])
def test_weak_or_unsendable_tokens_refuse_to_start(seed_build, token, message):
    with pytest.raises(CoopKGError, match=message):
        with coopkg_server(build_dir=seed_build[0], allow_update=True, token=token):
            pass


def test_a_blank_token_exits_2_from_the_command_line(seed_build):
    result = subprocess.run([sys.executable, "-m", "kg", "serve", "--build", str(seed_build[0]), "--port", "0",
                             "--allow-update", "--token", " "], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "--token" in result.stderr and "Traceback" not in result.stderr


def test_tokens_that_differ_anywhere_are_refused(seed_build, tmp_path):
    target = tmp_path / "build"
    shutil.copytree(seed_build[0], target)
    with coopkg_server(build_dir=target, allow_update=True, token=TOKEN) as server:
        for given in (TOKEN[:-1], TOKEN + "x", "x" + TOKEN[1:], TOKEN.upper(), " " + TOKEN[:-1]):
            status, _, _ = call(server, "POST", "/sparql", b"CLEAR SILENT GRAPH <http://e/g>",
                                {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {given}"})
            assert status == 403, given
        status, _, _ = call(server, "POST", "/sparql", b"CLEAR SILENT GRAPH <http://e/g>",
                            {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        assert status == 204


# --- one client's runaway queries against everybody else -------------------------------------------

def _burst(server, query, source, count, statuses, bodies):
    def one():
        status, _, body = get_query(server, query, JSON, source=source)
        statuses.append(status)
        bodies.append(body.decode())
    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads


@pytest.mark.parametrize("per_client", [None, 4])
def test_runaways_from_one_address_leave_workers_for_others(seed_build, per_client):
    """Default: one address may use half the workers (429 beyond). Even allowed all four (per_client=4),
    it cannot take the last idle worker while it has queries running: that one is kept for others."""
    with coopkg_server(build_dir=seed_build[0], workers=4, timeout=4.0, per_client=per_client) as server:
        statuses, bodies = [], []
        runaways = _burst(server, RUNAWAY, "127.0.0.1", 4, statuses, bodies)
        time.sleep(0.5)  # the runaways hold their workers now
        others = [get_query(server, SMALL, JSON, source=f"127.0.0.{n}")[0] for n in (2, 3, 2, 4, 3)]
        for thread in runaways:
            thread.join(timeout=60)
        assert others == [200] * 5, others
        assert set(statuses) <= {429, 503} and statuses.count(503) >= 2
        refused = [body for status, body in zip(statuses, bodies) if "timed out" not in body]
        assert refused, "one address got all four workers"
        if per_client is None:
            assert any("too many queries from your address" in body and "--per-client" in body for body in refused)


# --- memory -----------------------------------------------------------------------------------------

def test_a_query_beyond_the_memory_limit_gets_503_and_its_worker_is_replaced(seed_build):
    hungry = "SELECT ?a ?b ?x ?y WHERE { ?a ?p ?x . ?b ?q ?y } ORDER BY ?x ?y ?a ?b LIMIT 1"
    with coopkg_server(build_dir=seed_build[0], workers=1, timeout=120.0, max_memory=256 << 20) as server:
        [before] = server.endpoint.pool.pids()
        status, _, body = get_query(server, hungry, JSON)
        assert status == 503 and "more memory" in body.decode() and "256 MiB" in body.decode(), body[:300]
        assert wait_for(lambda: server.endpoint.pool.pids() not in ([before], []))
        assert wait_for(lambda: get_query(server, SMALL, JSON)[0] == 200)
        status, _, body = get_query(server, SMALL, JSON)
        assert len(json.loads(body)["results"]["bindings"]) == 2


def test_the_memory_limit_is_set_in_each_worker(seed_build):
    with coopkg_server(build_dir=seed_build[0], workers=2, max_memory=512 << 20) as server:
        for pid in server.endpoint.pool.pids():
            limits = Path(f"/proc/{pid}/limits").read_text()
            line = next(line for line in limits.splitlines() if line.startswith("Max data size"))
            assert line.split()[3] == str(512 << 20), line


# --- a crash of the writable store's worker --------------------------------------------------------

def test_a_crash_in_allow_update_mode_costs_one_request_not_the_server(seed_build, tmp_path):
    target = tmp_path / "build"
    shutil.copytree(seed_build[0], target)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with coopkg_server(build_dir=target, allow_update=True, token=TOKEN) as server:
        status, _, _ = call(server, "POST", "/sparql", b"INSERT DATA { <http://e/kept> a <http://e/Thing> }",
                            {"Content-Type": "application/sparql-update", **auth})
        assert status == 204
        [writer] = server.endpoint.pool.pids()
        os.kill(writer, signal.SIGSEGV)  # what a query that overflows the engine's stack does
        status, _, body = get_query(server, SMALL, JSON)
        assert status == 500 and "crashed the query engine" in body.decode()
        assert wait_for(lambda: get_query(server, "ASK { <http://e/kept> a <http://e/Thing> }", JSON)[0] == 200)
        assert json.loads(get_query(server, "ASK { <http://e/kept> a <http://e/Thing> }", JSON)[2])["boolean"]
        assert server.endpoint.pool.pids() != [writer]


# --- a rebuild during a burst -------------------------------------------------------------------------

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_a_rebuild_switches_every_worker_at_once(data_copy, tmp_path, capfd):
    from kg.graph.build import build
    out = tmp_path / "serve" / "build"
    smaller = tmp_path / "smaller"
    shutil.copytree(data_copy, smaller)
    for path in [*smaller.glob("records/haui-news-signing-bcit.*"), *smaller.glob("sources/haui-news-signing-bcit.*")]:
        path.unlink()
    build(smaller, out)
    sequences = {n: [] for n in range(2, 6)}
    stop = threading.Event()

    def client(n):
        while not stop.is_set():
            status, _, body = get_query(server, COUNT, JSON, source=f"127.0.0.{n}")
            sequences[n].append(int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) if status == 200
                                else status)

    with coopkg_server(build_dir=out, workers=2, watch_interval=0.2) as server:
        old = int(json.loads(get_query(server, COUNT, JSON)[2])["results"]["bindings"][0]["n"]["value"])
        clients = [threading.Thread(target=client, args=(n,)) for n in sequences]
        for thread in clients:
            thread.start()
        time.sleep(0.5)
        build(data_copy, out)  # the full data: more triples
        new = int(json.loads(get_query(server, COUNT, JSON)[2])["results"]["bindings"][0]["n"]["value"]) \
            if wait_for(lambda: _count(server) != old) else old
        time.sleep(0.5)
        stop.set()
        for thread in clients:
            thread.join(timeout=60)
        assert new != old, "the server never served the new build"
        for _ in range(10):
            assert _count(server) == new  # after the switch, only the new store
    for n, seen in sequences.items():
        assert seen and set(seen) <= {old, new}, (n, set(seen) - {old, new})
        first_new = seen.index(new) if new in seen else len(seen)
        assert all(value == old for value in seen[:first_new]) and all(value == new for value in seen[first_new:]), \
            f"client {n} saw the old store again after the new one"
    assert "now serve the new store" in capfd.readouterr().err


def _count(server) -> int | None:
    status, _, body = get_query(server, COUNT, JSON)
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) if status == 200 else None
