"""`coopkg analyze` / `recommend` through click's CliRunner, on the seed build."""

import csv
import json

import click
import pytest
from click.testing import CliRunner

from kg.cli import CoopKGGroup
from kg.commands.network_cmds import analyze_command, export_command, recommend_command


@pytest.fixture(scope="module")
def cli():
    group = CoopKGGroup("coopkg", commands={c.name: c for c in (analyze_command, recommend_command, export_command)})

    def invoke(*args):
        return CliRunner().invoke(group, list(args))
    return invoke


def test_analyze_prints_and_writes_json_and_csv(cli, seed_build, tmp_path):
    result = cli("analyze", "--build", str(seed_build[0]), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "2 institutions, 1 partnerships from 1 agreement(s); density 1.000" in result.output
    assert "College of Industrial Techniques -- Hanoi University of Industry" in result.output  # the bridge
    assert "2025  1" in result.output
    report = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    assert report["size"] == {"nodes": 2, "edges": 1, "density": 1.0}
    assert report["years"] == {"per_year": {"2025": 1}, "unknown_year": 0}
    assert report["betweenness"]["method"].startswith("exact")
    assert report["areas"][0]["institutions"] == 2
    rows = list(csv.DictReader((tmp_path / "institutions.csv").open(encoding="utf-8")))
    assert {r["label"] for r in rows} == {"Hanoi University of Industry", "College of Industrial Techniques"}
    assert rows[0]["degree"] == "1" and rows[0]["core"] == "1"


def test_analyze_filters_and_ego(cli, seed_build, tmp_path):
    result = cli("analyze", "--build", str(seed_build[0]), "--since", "2026", "-o", str(tmp_path))
    assert result.exit_code == 0 and "0 institutions" in result.output and "filters: since=2026" in result.output
    result = cli("analyze", "--build", str(seed_build[0]), "--ego", "industrial college of technology",
                 "--area", "research", "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "around College of Industrial Techniques (radius 1)" in result.output


@pytest.mark.parametrize("args,message", [
    (["--area", "basket weaving"], "unknown area"),
    (["--ego", "Nowhere University"], "no institution is called"),
    (["--ego", "Ministry of Industry and Trade"], "party to no agreement"),
    (["--since", "2026", "--until", "2020"], "is after --until"),
])
def test_analyze_bad_input_exits_2(cli, seed_build, tmp_path, args, message):
    result = cli("analyze", "--build", str(seed_build[0]), "-o", str(tmp_path), *args)
    assert result.exit_code == 2 and message in result.output


def test_recommend_on_the_seed(cli, seed_build):
    result = cli("recommend", "HAUI", "--build", str(seed_build[0]))
    assert result.exit_code == 0, result.output
    assert "No recommendation for Hanoi University of Industry" in result.output


def test_recommend_on_a_data_file(cli, tmp_path):
    import pyoxigraph as ox
    from kg.namespaces import sparql_prefix_block
    from test_network_recommend import GRAPH
    store = ox.Store()
    store.update(sparql_prefix_block() + GRAPH)
    data = tmp_path / "small.ttl"
    store.dump(str(data), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    result = cli("recommend", "Alpha University", "--data", str(data), "--top", "5")
    assert result.exit_code == 0, result.output
    assert "1. Delta University" in result.output and "2. Epsilon School" in result.output
    assert "same parent body: Ministry of Things" in result.output


def test_help_has_examples():
    for command in (analyze_command, recommend_command, export_command):
        assert "Example:" in CliRunner().invoke(command, ["--help"]).output
    assert isinstance(analyze_command, click.Command)


def test_benchmark_smoke():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "network_bench.py"
    spec = importlib.util.spec_from_file_location("network_bench", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    row = bench.measure(120, 200, 30)
    assert row["size"] == 120 and row["sample_top10"] >= 5 and row["exact"] > 0
    assert "| 120 |" in bench.render([row], None, 30)


def test_analyze_since_reports_undated_agreements(cli, tmp_path):
    """--since leaves undated agreements out, but says how many; --include-undated keeps them."""
    from pathlib import Path
    fixture = Path(__file__).parent / "fixtures" / "viz_graph.ttl"
    data = tmp_path / "graph.ttl"
    data.write_text(fixture.read_text(encoding="utf-8") + """
agreement:undated a coop:Agreement ; coop:party inst:hust , inst:lilama2 .
""", encoding="utf-8")
    result = cli("analyze", "--data", str(data), "--since", "2020", "-o", str(tmp_path / "a"))
    assert result.exit_code == 0, result.output
    assert "1 agreement(s) without a known year left out by the year filter (--include-undated keeps them)" in result.output
    assert "3 partnerships from 1 agreement(s)" in result.output
    report = json.loads((tmp_path / "a" / "analysis.json").read_text(encoding="utf-8"))
    assert report["scope"]["undated_left_out"] == 1

    result = cli("analyze", "--data", str(data), "--since", "2020", "--include-undated", "-o", str(tmp_path / "b"))
    assert result.exit_code == 0, result.output
    assert "1 agreement(s) without a known year kept (--include-undated)" in result.output
    assert "from 2 agreement(s)" in result.output
    assert "year unknown: 1" in result.output

    result = cli("analyze", "--data", str(data), "-o", str(tmp_path / "c"))  # no year bound: nothing to report
    assert "without a known year" not in result.output and "year unknown: 1" in result.output
