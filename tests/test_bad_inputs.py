"""The bad-input corpus (tests/bad_inputs/): each case is one file with a `.expect` beside it
(target, exit code, message fragment). Each must fail with that code and message and leave
build/ and data/ byte-identical to before."""

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

CORPUS = Path(__file__).parent / "bad_inputs"
CASES = sorted(CORPUS.glob("*.expect"))
SEED_SOURCE = "haui-news-signing-bcit"


def read_expect(path: Path) -> dict:
    fields = dict(line.split(": ", 1) for line in path.read_text(encoding="utf-8").splitlines() if ": " in line)
    fields["exit"] = int(fields["exit"])
    return fields


def case_file(expect: Path) -> Path:
    (found,) = [p for p in CORPUS.glob(expect.stem + ".*") if p.suffix != ".expect"]
    return found


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_corpus_is_large_enough():
    assert len(CASES) >= 30


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    """A good build to compare against: bad input must leave it untouched."""
    from kg.graph.build import build
    from tests.conftest import DATA
    out = tmp_path_factory.mktemp("good") / "build"
    build(DATA, out)
    return out


@pytest.mark.parametrize("expect", CASES, ids=[c.stem for c in CASES])
def test_bad_input(expect, data_copy, built_once, tmp_path):
    spec, bad = read_expect(expect), case_file(expect)
    out = tmp_path / "build"
    shutil.copytree(built_once, out)
    target = spec["target"]
    if target == "record":
        shutil.copy(bad, data_copy / "records" / f"zz-{bad.name}")
        args = ["build", "--data", str(data_copy), "-o", str(out), "-q"]
    elif target == "source-text":
        shutil.copy(bad, data_copy / "sources" / f"{SEED_SOURCE}.txt")
        args = ["build", "--data", str(data_copy), "-o", str(out), "-q"]
    elif target == "source-meta":
        shutil.copy(bad, data_copy / "sources" / f"{SEED_SOURCE}.yaml")
        args = ["build", "--data", str(data_copy), "-o", str(out), "-q"]
    elif target == "query-data":
        args = ["query", "-q", "ASK { ?s ?p ?o }", "--data", str(bad)]
    elif target == "extract":
        args = ["extract", str(bad)]
    else:
        raise AssertionError(f"unknown target {target} in {expect}")
    data_before, build_before = snapshot(data_copy), snapshot(out)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == spec["exit"], result.output
    assert spec["message"] in result.output, result.output
    assert snapshot(data_copy) == data_before, "the command changed data/"
    if spec["exit"] != 0:
        assert snapshot(out) == build_before, "a failed build changed build/"
        if target not in ("query-data", "extract"):
            assert bad.name in result.output or SEED_SOURCE in result.output, "message does not name the file"


def test_huge_article_is_refused_without_reading_it(data_copy, tmp_path):
    """A 50 MB 'article' (made here, not stored in the repository) is refused by size."""
    huge = data_copy / "sources" / f"{SEED_SOURCE}.txt"
    with open(huge, "wb") as handle:
        handle.write(b"Hanoi University of Industry. " * (50 * 1024 * 1024 // 30))
    result = CliRunner().invoke(main, ["build", "--data", str(data_copy), "-o", str(tmp_path / "b"), "-q"])
    assert result.exit_code == 2
    assert "the limit is" in result.output and f"{SEED_SOURCE}.txt" in result.output
    assert not (tmp_path / "b").exists()


def _run_in_subprocess(args: list, limit_memory: bool = False):
    """A command in its own process, so that a regression that blocks (reading a FIFO) or reads for
    ever (/dev/zero) fails the test instead of hanging the run or filling the machine's memory."""
    import resource
    import subprocess
    import sys

    def cap_memory():
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    process = subprocess.Popen([sys.executable, "-m", "kg", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=Path(__file__).resolve().parents[1],
                               preexec_fn=cap_memory if limit_memory else None)
    try:
        _, err = process.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("the command blocked instead of refusing the input")
    return process.returncode, err


@pytest.mark.parametrize("where", ["sources/haui-news-signing-bcit.txt", "records/haui-news-signing-bcit.yaml",
                                   "sources/haui-news-signing-bcit.yaml"])
def test_fifo_in_data_is_refused_without_blocking(data_copy, built_once, tmp_path, where):
    """A FIFO with no writer blocks a plain open(); the build must refuse it, naming the file."""
    out = tmp_path / "build"
    shutil.copytree(built_once, out)
    before = snapshot(out)
    fifo = data_copy / where
    fifo.unlink()
    os.mkfifo(fifo)
    code, err = _run_in_subprocess(["build", "--data", str(data_copy), "-o", str(out), "-q"])
    assert code == 2, err
    assert "is not a regular file" in err and fifo.name in err
    assert snapshot(out) == before


def test_device_file_is_refused_by_the_reader(tmp_path):
    """/dev/zero never ends and reports size 0: the bounded reader refuses it before reading."""
    from kg.errors import CoopKGError
    from kg.curation.textio import read_bounded
    with pytest.raises(CoopKGError, match="not a regular file"):
        read_bounded(Path("/dev/zero"), "/dev/zero", 1024, "article text")


@pytest.mark.parametrize("link", ["sources/haui-news-signing-bcit.txt", "records/haui-news-signing-bcit.yaml",
                                  "sources/haui-news-signing-bcit.yaml"])
def test_symlink_out_of_the_data_folder_is_refused(data_copy, tmp_path, link):
    """An article (or record, or metadata) symlinked to a file outside data/ is not read: its text
    must never reach oa:prefix/oa:suffix of the graph."""
    secret = tmp_path / "secret.txt"
    secret.write_text((data_copy / link).read_text(encoding="utf-8") + "\nSECRET-TOKEN-1234\n", encoding="utf-8")
    (data_copy / link).unlink()
    (data_copy / link).symlink_to(secret)
    out = tmp_path / "b"
    result = CliRunner().invoke(main, ["build", "--data", str(data_copy), "-o", str(out), "-q"])
    assert result.exit_code == 2, result.output
    assert "outside" in result.output and Path(link).name in result.output
    assert "SECRET-TOKEN-1234" not in result.output
    assert not out.exists()


def test_symlink_inside_the_data_folder_is_accepted(data_copy, tmp_path):
    """Symlinks that stay inside sources/ are fine (e.g. one text shared under two names)."""
    text = data_copy / "sources" / f"{SEED_SOURCE}.txt"
    stored = data_copy / "sources" / "stored-copy.txt"
    text.rename(stored)
    text.symlink_to(stored.name)
    result = CliRunner().invoke(main, ["build", "--data", str(data_copy), "-o", str(tmp_path / "b"), "-q"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_extract_and_ingest_refuse_a_device(data_copy, command):
    """`coopkg extract /dev/zero` would read for ever; the reader refuses anything but a regular file."""
    args = [command, "/dev/zero"] + (["--data", str(data_copy), "--key", "zero"] if command == "ingest" else [])
    before = snapshot(data_copy)
    code, err = _run_in_subprocess(args, limit_memory=True)
    assert code == 2, err
    assert "not a regular file" in err and "/dev/zero" in err
    assert snapshot(data_copy) == before


@pytest.mark.parametrize("option,name", [("--file", "q.rq"), ("--data", "graph.ttl")])
def test_query_refuses_a_fifo_without_blocking(tmp_path, option, name):
    """`coopkg query --file` and `--data` read what the user names: a FIFO must not hang the command."""
    fifo = tmp_path / name
    os.mkfifo(fifo)
    args = ["query", "--file", str(fifo)] if option == "--file" else ["query", "parties", "--data", str(fifo)]
    code, err = _run_in_subprocess(args)
    assert code == 2, err
    assert "not a regular file" in err and name in err


def test_query_file_from_a_device_is_refused(tmp_path):
    """/dev/zero as a query file never ends: refused before reading, within a 2 GiB memory cap."""
    code, err = _run_in_subprocess(["query", "--file", "/dev/zero"], limit_memory=True)
    assert code == 2, err
    assert "not a regular file" in err


def test_query_file_that_is_not_utf8_names_the_file_and_line(tmp_path):
    query_file = tmp_path / "latin1.rq"
    query_file.write_bytes("# Question: caf\xe9?\nSELECT * WHERE { ?s ?p ?o }\n".encode("latin-1"))
    result = CliRunner().invoke(main, ["query", "--file", str(query_file)])
    assert result.exit_code == 2
    assert "not valid UTF-8" in result.output and "latin1.rq:1" in result.output


def test_folder_named_like_a_record_is_refused(data_copy, tmp_path):
    (data_copy / "records" / "zz-folder.yaml").mkdir()
    result = CliRunner().invoke(main, ["build", "--data", str(data_copy), "-o", str(tmp_path / "b"), "-q"])
    assert result.exit_code == 2, result.output
    assert "zz-folder.yaml" in result.output and "not a regular file" in result.output
