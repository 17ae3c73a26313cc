"""Smoke run of benchmarks/seed_overlap.py: ingesting each seed beside the other seed's curated
record must reproduce the curated facts at least this well (measured figures in
benchmarks/results/seed_overlap.md; the floors sit a little below them)."""

import importlib.util

import pytest

from conftest import REPO, need_shared

# fact type -> (min precision, min recall); measured: see benchmarks/results/seed_overlap.md
FLOORS = {
    "institutions": (0.95, 0.45),        # the curated BCIT page also names moit, tws-1, tws-2, hessen-hmwk
    "parties": (0.95, 0.95),
    "people": (0.95, 0.95),
    "person-role-institution": (0.95, 0.95),
    "date": (0.95, 0.95),
    "place": (0.95, 0.95),
    "areas": (0.75, 0.80),
}


@pytest.fixture(scope="module")
def overlap(tmp_path_factory):
    need_shared()
    spec = importlib.util.spec_from_file_location("seed_overlap", REPO / "benchmarks" / "seed_overlap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert len(module.seed_sources()) == 2, "both seed articles must match a curated source"
    with pytest.MonkeyPatch.context() as mp:     # ROR hints are comments; keep them out of the run
        mp.setenv("COOPKG_REGISTRY", str(tmp_path_factory.mktemp("no-ror") / "none.sqlite"))
        return module, module.measure("with-other", full_build=False)


def test_ingested_seeds_pass_the_data_check(overlap):
    _, result = overlap
    assert result["problems"] == {k: [] for k in result["problems"]}


@pytest.mark.parametrize("fact_type", list(FLOORS))
def test_seed_overlap_floor(overlap, fact_type):
    module, result = overlap
    precision, recall, _ = module.scores(result["counts"][fact_type])
    min_p, min_r = FLOORS[fact_type]
    assert precision >= min_p and recall >= min_r, (fact_type, result["counts"][fact_type])
