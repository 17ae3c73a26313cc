"""Shared fixtures: the seed graph is built once per test session into a temporary folder."""

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SHARED = REPO.parent / "shared"
IN_CI = bool(os.environ.get("CI"))


def need_shared():
    """The ../shared folder holds real data; CI always has it, a developer may not."""
    if not SHARED.is_dir():
        if IN_CI:
            pytest.fail(f"{SHARED} is missing in CI")
        pytest.skip(f"{SHARED} not present")
    return SHARED


@pytest.fixture(scope="session", autouse=True)
def no_registry_unless_asked(tmp_path_factory):
    """Builds in tests must not depend on a ROR index a developer (or CI's machine) happens to have
    in ~/.cache: point the default at a missing file; ROR tests pass their own index."""
    previous = os.environ.get("COOPKG_REGISTRY")
    os.environ["COOPKG_REGISTRY"] = str(tmp_path_factory.mktemp("no-registry") / "missing.sqlite")
    yield
    if previous is None:
        os.environ.pop("COOPKG_REGISTRY", None)
    else:
        os.environ["COOPKG_REGISTRY"] = previous


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, no_registry_unless_asked):
    from kg.graph.build import build
    out = tmp_path_factory.mktemp("seed") / "build"
    report = build(DATA, out)
    return out, report


@pytest.fixture(scope="session")
def seed_store(seed_build):
    from kg.graph.store import open_store
    return open_store(seed_build[0])


@pytest.fixture()
def data_copy(tmp_path):
    """A writable copy of data/ for tests that break records on purpose."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target
