"""`coopkg build` writes only into folders it owns (kg.graph.buildfolder): the data folder, the current
folder and foreign folders are refused; what users keep in build/ survives a rebuild; an empty data
folder does not replace a good build."""

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.graph.buildfolder import MARKER, recover_interrupted_swap
from kg.cli import main


def tree_hash(folder: Path) -> str:
    """One digest of every path and file content under folder (symlinks as their target)."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_symlink():
            digest.update(b"->" + str(path.readlink()).encode())
        elif path.is_file():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def run_build(data: Path, out: Path, *extra):
    return CliRunner().invoke(main, ["build", "--data", str(data), "-o", str(out), "-q", *extra])


@pytest.fixture(scope="module")
def good_build(tmp_path_factory):
    from kg.graph.build import build
    from tests.conftest import DATA
    out = tmp_path_factory.mktemp("good") / "build"
    build(DATA, out)
    return out


def _user_things(out: Path):
    """What the README tells users to write into build/."""
    (out / "ror").mkdir()
    (out / "ror" / "ror.ttl").write_text("# 50,000 organisations\n", encoding="utf-8")
    (out / "network").mkdir()
    (out / "network" / "analysis.json").write_text("{}\n", encoding="utf-8")
    (out / "partners.html").write_text("<html>my view</html>\n", encoding="utf-8")
    (out / ".my-notes").write_text("keep me\n", encoding="utf-8")


@pytest.mark.parametrize("target", ["data", "data-parent", "inside-data", "cwd", "cwd-parent"])
def test_folders_that_hold_user_data_are_refused(data_copy, tmp_path, monkeypatch, target):
    project = tmp_path / "project"
    project.mkdir()
    (project / "README.md").write_text("my project\n", encoding="utf-8")
    monkeypatch.chdir(project)
    out = {"data": data_copy, "data-parent": tmp_path, "inside-data": data_copy / "build",
           "cwd": Path("."), "cwd-parent": Path("..")}[target]
    before_data, before_project = tree_hash(data_copy), tree_hash(project)
    # even with a marker a build folder must not be (or contain) the data or the current folder
    marker = out / MARKER
    if out.is_dir():
        marker.write_text("graph.ttl\n", encoding="utf-8")
    result = run_build(data_copy, out)
    marker.unlink(missing_ok=True)
    assert result.exit_code == 2, result.output
    assert "refusing to build into" in result.output and "--out" in result.output
    assert tree_hash(data_copy) == before_data and tree_hash(project) == before_project
    assert not (data_copy / "build").exists()


def test_a_foreign_folder_is_refused_and_left_alone(data_copy, tmp_path):
    out = tmp_path / "photos"
    out.mkdir()
    (out / "holiday.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    before = tree_hash(out)
    result = run_build(data_copy, out)
    assert result.exit_code == 2
    assert "not empty and was not made by `coopkg build`" in result.output and MARKER in result.output
    assert tree_hash(out) == before


def test_a_file_as_output_is_refused(data_copy, tmp_path):
    out = tmp_path / "graph.ttl"
    out.write_text("mine\n", encoding="utf-8")
    result = run_build(data_copy, out)
    assert result.exit_code == 2 and "not a folder" in result.output
    assert out.read_text(encoding="utf-8") == "mine\n"


def test_an_empty_folder_becomes_a_build_folder(data_copy, tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    assert run_build(data_copy, out).exit_code == 0
    listed = {line for line in (out / MARKER).read_text(encoding="utf-8").splitlines() if not line.startswith("#")}
    assert {"graph.ttl", "graph.trig", "store", "report.json", MARKER} <= listed
    assert listed == {p.name for p in out.iterdir()}


def test_a_rebuild_keeps_what_users_put_in_build(data_copy, good_build, tmp_path):
    out = tmp_path / "build"
    shutil.copytree(good_build, out)
    _user_things(out)
    result = run_build(data_copy, out, "--formats", "ttl,trig")
    assert result.exit_code == 0, result.output
    assert (out / "ror" / "ror.ttl").read_text(encoding="utf-8") == "# 50,000 organisations\n"
    assert (out / "network" / "analysis.json").exists() and (out / ".my-notes").exists()
    assert (out / "partners.html").read_text(encoding="utf-8") == "<html>my view</html>\n"
    # an entry the previous build wrote and this one does not is the build's own: it goes
    assert not (out / "graph.jsonld").exists()
    assert MARKER in {p.name for p in out.iterdir()} and (out / "graph.ttl").exists()
    assert not list(tmp_path.glob(".build-*")), "temporary folder left behind"


def test_a_failed_build_keeps_what_users_put_in_build(data_copy, good_build, tmp_path):
    out = tmp_path / "build"
    shutil.copytree(good_build, out)
    _user_things(out)
    before = tree_hash(out)
    path = data_copy / "records" / "haui-news-signing-bcit.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("{area: e-learning,", "{area: elearning,"),
                    encoding="utf-8")
    assert run_build(data_copy, out).exit_code == 2
    assert tree_hash(out) == before


def test_a_build_made_before_the_marker_existed_is_recognised(data_copy, good_build, tmp_path):
    out = tmp_path / "build"
    shutil.copytree(good_build, out)
    (out / MARKER).unlink()
    _user_things(out)
    result = run_build(data_copy, out)
    assert result.exit_code == 0, result.output
    assert (out / MARKER).exists() and (out / "ror" / "ror.ttl").exists() and (out / "partners.html").exists()


def test_a_user_file_named_like_a_new_build_entry_is_not_replaced(data_copy, good_build, tmp_path):
    """The previous build did not write graph.jsonld (--formats ttl,trig); a user put their own there.
    The next full build would have to replace it: it refuses instead."""
    out = tmp_path / "build"
    shutil.copytree(good_build, out)
    assert run_build(data_copy, out, "--formats", "ttl,trig").exit_code == 0
    (out / "graph.jsonld").write_text('{"mine": true}\n', encoding="utf-8")
    before = tree_hash(out)
    result = run_build(data_copy, out)
    assert result.exit_code == 2 and "graph.jsonld was not written by the previous build" in result.output
    assert tree_hash(out) == before


def test_entries_carried_into_an_interrupted_build_are_given_back(good_build, tmp_path):
    """A crash after the user's entries were moved into the new folder but before the swap: the next
    build's recovery moves them back instead of deleting the temporary folder with them."""
    out = tmp_path / "build"
    shutil.copytree(good_build, out)
    stale = tmp_path / ".build-new-crashed"
    shutil.copytree(good_build, stale)
    (stale / "ror").mkdir()
    (stale / "ror" / "ror.ttl").write_text("mine\n", encoding="utf-8")
    recover_interrupted_swap(out)
    assert not stale.exists()
    assert (out / "ror" / "ror.ttl").read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize("layout", ["empty", "no-records", "no-sources"])
def test_an_empty_data_folder_does_not_replace_a_good_build(data_copy, good_build, tmp_path, layout):
    out = tmp_path / "build"
    shutil.copytree(good_build, out)
    before = tree_hash(out)
    if layout == "empty":
        shutil.rmtree(data_copy)
        data_copy.mkdir()
    else:
        for path in (data_copy / layout.removeprefix("no-")).glob("*.yaml"):
            path.unlink()
    result = run_build(data_copy, out)
    assert result.exit_code == 2
    assert "nothing to build" in result.output
    assert tree_hash(out) == before
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["triples"] > 0
