"""Real servers on 127.0.0.1 for tests: an `oxigraph serve` process and an in-process `coopkg serve`.

Both are context managers that always stop what they started. Without the `oxigraph` CLI
(pip install oxigraph) the tests are skipped on a developer machine and fail in CI.
"""

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

START_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_cli() -> str:
    beside_python = Path(sys.executable).with_name("oxigraph")
    found = str(beside_python) if beside_python.exists() else shutil.which("oxigraph")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("the oxigraph CLI is missing (pip install oxigraph); CI is set, so this is not skipped")
        pytest.skip("the oxigraph CLI is missing (pip install oxigraph)")
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
def oxigraph_server(location: Path):
    """`oxigraph serve --location DIR --bind 127.0.0.1:PORT`; yields its base URL."""
    port = free_port()
    process = subprocess.Popen([oxigraph_cli(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/query?query=ASK%7B%7D", process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        process.stderr.close()


@contextmanager
def coopkg_server(**settings):
    """`coopkg serve` in a thread of this process on a free port; yields the server (see .url)."""
    from kg.serve.config import ServeConfig
    from kg.serve.server import make_server
    server = make_server(ServeConfig(port=0, **settings), log_requests=False)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
