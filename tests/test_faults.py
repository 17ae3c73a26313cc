"""Faults injected into `coopkg build`: killed mid-way, or run twice at once."""

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA

PYTHON = sys.executable


def run_build(data: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([PYTHON, "-m", "kg", "build", "--data", str(data), "-o", str(out), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parents[1])


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and "store" not in p.parts}


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    out = root / "build"
    done = run_build(DATA, out)
    assert done.wait(timeout=300) == 0, done.stderr.read().decode()
    return out


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.4, 2.0, 2.8])
def test_kill_9_mid_build_leaves_previous_build_intact(previous_build, tmp_path, delay):
    out = tmp_path / "build"
    shutil.copytree(previous_build, out)
    before = snapshot(out)
    process = run_build(DATA, out)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    # Whatever stage it was in, the previous build (or, if the kill came after the swap, a complete
    # new one, which is byte-identical for the same input) is what is there.
    assert snapshot(out) == before
    # and the next build repairs any half-finished swap and cleans up temporary folders
    again = run_build(DATA, out)
    assert again.wait(timeout=300) == 0, again.stderr.read().decode()
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".build-new-*")) and not (tmp_path / ".build-old").exists()


def test_concurrent_build_is_refused(tmp_path):
    out = tmp_path / "build"
    lock_path = tmp_path / ".build.lock"
    first = run_build(DATA, out)
    try:
        # wait until the first build holds the lock (bounded)
        deadline = time.time() + 120
        while time.time() < deadline:
            if lock_path.exists():
                with open(lock_path) as handle:
                    try:
                        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        fcntl.flock(handle, fcntl.LOCK_UN)
                    except BlockingIOError:
                        break
            if first.poll() is not None:
                pytest.skip("the first build finished before the second could start")
            time.sleep(0.02)
        second = run_build(DATA, out)
        assert second.wait(timeout=120) == 2
        assert "another coopkg build is running" in second.stderr.read().decode()
    finally:
        assert first.wait(timeout=300) == 0
