"""Runaway queries cannot take `coopkg serve` down: a query that computes for hours before its first
row (COUNT(*) over a three-way cross product of the seed graph, ~10^11 combinations) gets 503 at the
deadline, its worker process is killed (the PID is gone, so its core is free) and replaced, and the
server keeps answering. Stopping the server, or killing it, leaves no worker process behind.
Processes are found through /proc (Linux)."""

import multiprocessing.resource_tracker
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from kg.errors import CoopKGError
from tests.servers import coopkg_server, free_port, wait_until_up
from tests.test_serve_protocol import get_query

pytestmark = pytest.mark.server

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL = "SELECT ?p WHERE { ?p a foaf:Person }"
JSON = "application/sparql-results+json"
MARGIN = 5.0  # seconds beyond the deadline a 503 may take on a loaded 2-core machine (without the kill: never)
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def need_proc():
    if not Path("/proc/self/stat").exists():
        if os.environ.get("CI"):
            pytest.fail("these tests read /proc (Linux); CI is set, so this is not skipped")
        pytest.skip("these tests read /proc (Linux)")


def children(pid: int) -> set[int]:
    """The live or not yet reaped (zombie) child processes of pid."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:  # it exited meanwhile
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.add(int(entry))
    return found


def exists(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()  # a zombie still has its entry: gone means killed AND reaped


def wait_for(condition, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def small_query_succeeds(server) -> bool:
    return get_query(server, SMALL, JSON)[0] == 200


def test_runaway_gets_503_at_the_deadline_and_its_worker_is_killed_and_replaced(seed_build):
    with coopkg_server(build_dir=seed_build[0], timeout=1.0, workers=1) as server:
        [before] = server.endpoint.pool.pids()
        started = time.monotonic()
        status, _, body = get_query(server, RUNAWAY, JSON)
        elapsed = time.monotonic() - started
        assert status == 503 and "timed out" in body.decode() and "1 s" in body.decode()
        assert elapsed < 1.0 + MARGIN
        assert wait_for(lambda: not exists(before)), f"worker {before} still exists: its CPU is not freed"
        assert wait_for(lambda: len(server.endpoint.pool.pids()) == 1 and before not in server.endpoint.pool.pids())
        assert wait_for(lambda: small_query_succeeds(server)), "no fresh worker answers"
        for _ in range(5):
            assert small_query_succeeds(server)


def test_four_concurrent_runaways_do_not_leave_the_server_stuck(seed_build):
    with coopkg_server(build_dir=seed_build[0], timeout=1.0, workers=4) as server:
        before = set(server.endpoint.pool.pids())
        statuses = []
        # Four clients (one address each: one address may only use part of the workers, admission.py).
        runaways = [threading.Thread(target=lambda n=n: statuses.append(
            get_query(server, RUNAWAY, JSON, source=f"127.0.0.{n + 1}")[0])) for n in range(4)]
        for thread in runaways:
            thread.start()
        for thread in runaways:
            thread.join(timeout=1.0 + MARGIN + 30)
        assert statuses == [503] * 4
        assert wait_for(lambda: not any(exists(pid) for pid in before)), "runaway workers still exist"
        assert wait_for(lambda: small_query_succeeds(server)), "the server stays stuck after the runaways"
        assert wait_for(lambda: len(set(server.endpoint.pool.pids()) - before) == 4)


def test_a_worker_that_dies_is_replaced(seed_build):
    with coopkg_server(build_dir=seed_build[0], workers=1) as server:
        [worker] = server.endpoint.pool.pids()
        os.kill(worker, signal.SIGKILL)  # as the kernel's OOM killer would
        assert wait_for(lambda: _is_zombie(worker) or not exists(worker))
        status, _, body = get_query(server, SMALL, JSON)
        assert status == 500 and "worker failed" in body.decode()
        assert wait_for(lambda: small_query_succeeds(server))
        assert wait_for(lambda: not exists(worker)), "the dead worker was not reaped"


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


def test_shutdown_stops_every_worker_even_a_busy_one(seed_build):
    multiprocessing.resource_tracker.ensure_running()  # multiprocessing's own helper lives as long as we do
    before = children(os.getpid())
    outcome = []
    with coopkg_server(build_dir=seed_build[0], timeout=60.0, workers=2) as server:
        workers = set(server.endpoint.pool.pids())
        assert workers and workers <= children(os.getpid())
        runaway = threading.Thread(target=lambda: outcome.append(_get_or_error(server, RUNAWAY)))
        runaway.start()
        assert wait_for(lambda: server.endpoint.pool.admission.idle_count() == 1, 10)  # a worker is computing
    runaway.join(timeout=30)
    assert not runaway.is_alive()
    assert outcome and outcome[0] != 200
    assert not any(exists(pid) for pid in workers)
    assert children(os.getpid()) == before


def _get_or_error(server, query):
    try:
        return get_query(server, query, JSON)[0]
    except OSError as exc:  # the server closed the connection while shutting down
        return repr(exc)


def test_a_missing_store_fails_at_start_and_leaves_no_worker(tmp_path):
    multiprocessing.resource_tracker.ensure_running()
    before = children(os.getpid())
    with pytest.raises(CoopKGError, match="no graph store"):
        with coopkg_server(build_dir=tmp_path, workers=2):
            pass
    assert wait_for(lambda: children(os.getpid()) == before, 10)


def test_workers_exit_when_the_server_is_killed(seed_build):
    """SIGTERM (the default handler: no clean-up) while a worker computes a runaway: it exits anyway."""
    port = free_port()
    command = [sys.executable, "-c", "from kg.commands.serve_cmds import serve_command; serve_command()",
               "--build", str(seed_build[0]), "--port", str(port), "--workers", "2", "--timeout", "60", "--quiet"]
    server = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql?"
    try:
        wait_until_up(url + urllib.parse.urlencode({"query": "ASK {}"}), server)
        workers = children(server.pid)
        assert len(workers) >= 2
        runaway = threading.Thread(target=_fire_and_forget, args=(url + urllib.parse.urlencode({"query": RUNAWAY}),),
                                   daemon=True)
        runaway.start()
        time.sleep(1.0)
        server.terminate()
        server.wait(timeout=10)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=10)
    # Orphans belong to init once the server is gone, and init may be slow to reap: a zombie is gone too.
    assert wait_for(lambda: not any(exists(pid) and not _is_zombie(pid) for pid in workers), 10), \
        "workers outlived the server"


def _fire_and_forget(url):
    import urllib.request
    try:
        urllib.request.urlopen(url, timeout=15).read()
    except OSError:
        pass
