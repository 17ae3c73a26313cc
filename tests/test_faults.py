"""Faults injected into `coopkg build` and `coopkg ingest`: killed mid-way, run twice at once, a full
disk, a read-only output folder."""

import fcntl
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import DATA, IN_CI, need_shared

PYTHON = sys.executable


def run_build(data: Path, out: Path, preexec_fn=None) -> subprocess.Popen:
    return subprocess.Popen([PYTHON, "-m", "kg", "build", "--data", str(data), "-o", str(out), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parents[1],
                            preexec_fn=preexec_fn)


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
    (out / "ror").mkdir()  # a user's folder inside build/ (README: registry graph -o build/ror) must survive too
    (out / "ror" / "ror.ttl").write_text("# mine\n", encoding="utf-8")
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


def _file_size_limit(limit: int):
    """For the child only: no file may grow beyond `limit` bytes, and exceeding it is an error
    (EFBIG) rather than the default SIGXFSZ kill. Works without privileges."""
    def limit_child():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_child


def _finished(process: subprocess.Popen) -> tuple[int, str]:
    _, err = process.communicate(timeout=300)
    return process.returncode, err.decode()


# the limit makes the build fail at its first file, at graph.ttl, at graph.trig, at graph.jsonld or graph.html
@pytest.mark.parametrize("limit", [1_000, 250_000, 300_000, 400_000])
def test_full_disk_keeps_previous_build(previous_build, tmp_path, limit):
    out = tmp_path / "build"
    shutil.copytree(previous_build, out)
    (out / "partners.html").write_text("<html>mine</html>\n", encoding="utf-8")
    before = snapshot(out)
    code, err = _finished(run_build(DATA, out, preexec_fn=_file_size_limit(limit)))
    assert code == 2, err
    assert "Traceback" not in err and "File too large" in err and str(tmp_path) in err
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".build-new-*"))


@contextmanager
def _small_file_system(folder: Path, size: str):
    """A tmpfs of the given size at folder (root only); skipped where mounting is not allowed,
    except in CI."""
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        if IN_CI and os.geteuid() == 0:
            pytest.fail(f"cannot mount a tmpfs: {done.stderr}")
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_no_space_left_keeps_previous_build(tmp_path):
    """A real ENOSPC: room for one build (about 3.5 MB with the store), not for a second beside it."""
    with _small_file_system(tmp_path / "small", "5m") as small:
        out = small / "build"
        code, err = _finished(run_build(DATA, out))
        assert code == 0, err
        before = snapshot(out)
        code, err = _finished(run_build(DATA, out))
        assert code == 2, err
        assert "Traceback" not in err and "No space left on device" in err
        assert snapshot(out) == before
        assert not list(small.glob(".build-new-*"))


@contextmanager
def _read_only(folder: Path):
    """folder made read-only: by permissions for a normal user; as root (whom permissions do not
    stop) by remounting the tmpfs it is on read-only."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")] if p.is_dir()}
        for path in modes:
            path.chmod(0o555)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=False)


def test_read_only_output_keeps_previous_build(tmp_path):
    def check(root: Path):
        out = root / "build"
        code, err = _finished(run_build(DATA, out))
        assert code == 0, err
        before = snapshot(out)
        with _read_only(root):
            code, err = _finished(run_build(DATA, out))
        assert code == 2, err
        assert "Traceback" not in err and ("Read-only file system" in err or "Permission denied" in err)
        assert str(root) in err
        assert snapshot(out) == before
    if os.geteuid() == 0:
        with _small_file_system(tmp_path / "fs", "20m") as root:
            check(root)
    else:
        check(tmp_path)


DEV_ARTICLE = "dev-articles/articles/001_haui-viettri-uni-industry.txt"


def test_concurrent_ingest_of_one_key_has_one_winner(data_copy, tmp_path):
    """Two real processes ingest with the same --key at the same time: exactly one writes the files,
    the other exits 2 with a message; the files are the winner's, complete."""
    article = need_shared() / DEV_ARTICLE
    env = {**os.environ, "COOPKG_REGISTRY": str(tmp_path / "no-ror-index.sqlite")}
    command = [PYTHON, "-m", "kg", "ingest", str(article), "--data", str(data_copy), "--key", "race"]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                  cwd=Path(__file__).resolve().parents[1]) for _ in range(2)]
    results = sorted(_finished(p) for p in processes)
    assert [code for code, _ in results] == [0, 2], results
    assert "refusing to overwrite" in results[1][1]
    written = {p.name for p in data_copy.rglob("race*")}
    assert written == {"race.txt", "race.yaml"} and len(list(data_copy.rglob("race.yaml"))) == 2
    assert not list(data_copy.rglob(".race*")), "temporary file left behind"
    done = subprocess.run([PYTHON, "-m", "kg", "validate", "--data", str(data_copy)], capture_output=True, env=env,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()


def test_full_disk_during_ingest_leaves_data_unchanged(data_copy, tmp_path):
    article = need_shared() / DEV_ARTICLE
    before = snapshot(data_copy)
    env = {**os.environ, "COOPKG_REGISTRY": str(tmp_path / "no-ror-index.sqlite")}
    command = [PYTHON, "-m", "kg", "ingest", str(article), "--data", str(data_copy), "--key", "full"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               preexec_fn=_file_size_limit(1_000), cwd=Path(__file__).resolve().parents[1])
    code, err = _finished(process)
    assert code == 2, err
    assert "Traceback" not in err and "File too large" in err and "full.txt" in err
    assert snapshot(data_copy) == before
