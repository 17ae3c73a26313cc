"""Smoke run of benchmarks/endpoint_bench.py: it starts `coopkg serve` as a real subprocess (the
command line path, not the in-process helper), drives it briefly and every query succeeds."""

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.server
BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "endpoint_bench.py"


def test_endpoint_bench_smoke(seed_build, tmp_path):
    spec = importlib.util.spec_from_file_location("endpoint_bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    out = tmp_path / "endpoint.md"
    result = bench.main(["--build", str(seed_build[0]), "--clients", "2", "--seconds", "1", "--out", str(out)])
    assert result["queries"] > 0 and result["failures"] == 0
    assert "queries/s" in out.read_text(encoding="utf-8")
