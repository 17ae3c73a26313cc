"""Real servers on 127.0.0.1 for tests: an `oxigraph serve` process, a throwaway Virtuoso and an
in-process `coopkg serve`.

All are context managers that always stop what they started. Without the `oxigraph` CLI
(pip install oxigraph) or Virtuoso (apt-get install virtuoso-opensource) the tests are skipped on a
developer machine and fail in CI.
"""

import base64
import os
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

START_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_cli() -> str:
    beside_python = Path(sys.executable).with_name("oxigraph")
    return str(beside_python) if beside_python.exists() else need_program("oxigraph", "pip install oxigraph")


def need_program(name: str, install: str) -> str:
    """The program's path; a missing one skips the test, or fails it when CI is set."""
    found = shutil.which(name)
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing ({install}); CI is set, so this is not skipped")
        pytest.skip(f"{name} is missing ({install})")
    return found


def wait_until_up(url: str, process=None, timeout: float = START_TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {process.stderr.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not 200
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up within {timeout} s")


@contextmanager
def oxigraph_server(location: Path, read_only: bool = False):
    """`oxigraph serve --location DIR --bind 127.0.0.1:PORT` (or serve-read-only); yields its base URL."""
    port = free_port()
    command = "serve-read-only" if read_only else "serve"
    process = subprocess.Popen([oxigraph_cli(), command, "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/query?query=ASK%7B%7D", process)
        yield url
    finally:
        stop(process)


def stop(process: subprocess.Popen, grace: float = 30):
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
    if process.stderr:
        process.stderr.close()


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {dir}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
"""


@dataclass
class Virtuoso:
    url: str  # http://127.0.0.1:PORT: /sparql queries, /sparql-graph-crud-auth the Graph Store (Digest)
    user: str  # may write through the Graph Store (role SPARQL_UPDATE), nothing else
    password: str
    folder: Path  # the database folder, also readable by the bulk loader (DirsAllowed)
    sql_port: int
    dba_password: str

    def isql(self, script: Path) -> str:
        """Run an isql script (SQL, and `SPARQL ...` lines) as dba; the output, or an error on failure."""
        done = subprocess.run([isql_program(), f"127.0.0.1:{self.sql_port}", "dba", self.dba_password, str(script)],
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")
        return done.stdout


def isql_program() -> str:
    return shutil.which("isql-vt") or need_program("isql", "apt-get install virtuoso-opensource")


@contextmanager
def virtuoso_server(folder: Path):
    """A throwaway Virtuoso (Debian's virtuoso-opensource) with its own database in folder, on free
    127.0.0.1 ports; dba gets a random password and a user `coopkg` the SPARQL_UPDATE role, which
    lets it write through the Graph Store with Digest auth. Yields a Virtuoso."""
    program = need_program("virtuoso-t", "apt-get install virtuoso-opensource")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    process = subprocess.Popen([program, "+foreground", "+configfile", str(ini)], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Virtuoso(f"http://127.0.0.1:{http_port}", "coopkg", secrets.token_hex(8), folder, sql_port, "dba")
    try:
        wait_until_up(server.url + "/sparql?query=ASK%7B%7D", process, timeout=120)  # creates the database first
        new_dba, setup = secrets.token_hex(8), folder / "setup.sql"
        setup.write_text(f"DB.DBA.USER_CREATE('{server.user}', '{server.password}');\n"
                         f'GRANT SPARQL_UPDATE TO "{server.user}";\n'
                         f"USER_SET_PASSWORD('dba', '{new_dba}');\n", encoding="utf-8")
        server.isql(setup)
        server.dba_password = new_dba
        yield server
    finally:
        stop(process, grace=60)


@contextmanager
def coopkg_server(**settings):
    """`coopkg serve` in a thread of this process on a free port; yields the server (see .url)."""
    from kg.serve.config import ServeConfig
    from kg.serve.server import make_server
    with serving_in_thread(make_server(ServeConfig(port=0, **settings), log_requests=False)) as server:
        yield server


@contextmanager
def serving_in_thread(server):
    """serve_forever in a daemon thread; shut down and closed on leaving."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@contextmanager
def basic_auth_proxy(target: str, user: str, password: str, failures: int = 0):
    """A reverse proxy on 127.0.0.1 that wants HTTP Basic (as nginx or Jetty in front of Fuseki or
    GraphDB would) and passes requests on to the real server at target. Its first `failures`
    authorised requests get 503, as from an overloaded server. Yields the proxy (see .url, .seen)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    class Forward(BaseHTTPRequestHandler):
        def _any(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.server.seen.append((self.command, self.headers.get("Authorization", "").split(" ")[0]))
            if self.headers.get("Authorization") != expected:
                return self._answer(401, b"", {"WWW-Authenticate": 'Basic realm="coopkg-test"'})
            if self.server.failures_left > 0:
                self.server.failures_left -= 1
                return self._answer(503, b"busy", {})
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
            request = urllib.request.Request(target + self.path, data=body or None, method=self.command,
                                             headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    self._answer(response.status, response.read(), {"Content-Type": response.headers["Content-Type"]})
            except urllib.error.HTTPError as exc:
                self._answer(exc.code, exc.read(), {"Content-Type": exc.headers.get("Content-Type", "text/plain")})

        def _answer(self, status, body, headers):
            self.send_response(status)
            for key, value in headers.items():
                if value:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Forward)
    server.seen, server.failures_left = [], failures
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    with serving_in_thread(server):
        yield server
