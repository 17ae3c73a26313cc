"""Long steps of build, analyze and viz say so on stderr (kg.progress). The threshold is forced
to 0 s here, so every step reports without the test waiting for anything slow."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import progress
from kg.commands.network_cmds import analyze_command
from kg.commands.viz_cmds import viz_command

FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.ttl"


@pytest.fixture()
def report_everything(monkeypatch):
    monkeypatch.setenv("COOPKG_PROGRESS_AFTER", "0")


def test_a_short_step_is_quiet_and_a_long_one_reports(monkeypatch):
    messages = []
    with progress.step("quick", messages.append, after=60):
        pass
    assert messages == []
    with progress.step("slow", messages.append, after=0):
        pass
    assert messages[0] == "slow …" and messages[-1].startswith("slow done in ")
    with progress.step("silent", None, after=0):
        pass
    assert len(messages) == 2
    monkeypatch.setenv("COOPKG_PROGRESS_AFTER", "not a number")
    assert progress.threshold() == progress.DEFAULT_AFTER


def test_viz_and_analyze_report_their_steps(report_everything, tmp_path):
    result = CliRunner().invoke(viz_command, ["partners", "--data", str(FIXTURE), "-o", str(tmp_path / "p.html")])
    assert result.exit_code == 0, result.output
    for name in ("viz: read the graph", "viz: build the partners view", "viz: lay out"):
        assert f"{name} …" in result.stderr and f"{name} done in" in result.stderr
    assert "viz:" not in result.stdout  # progress never mixes with the output

    result = CliRunner().invoke(analyze_command, ["--data", str(FIXTURE), "-o", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert "analyze: read the partnership network done in" in result.stderr
    assert "analyze: metrics and communities done in" in result.stderr


def test_build_reports_long_stages(report_everything, tmp_path, capsys):
    from kg.graph.build import build
    messages = []
    build(Path(__file__).parents[1] / "data", tmp_path / "build", ["ttl"], progress=messages.append)
    assert any(m.startswith("resolve done in ") for m in messages), messages
    capsys.readouterr()
    build(Path(__file__).parents[1] / "data", tmp_path / "build2", ["ttl"], progress=None)  # --quiet
    assert " done in " not in capsys.readouterr().err
    # Inside the build, the view's own steps stay quiet: the build reports "write graph.html" whole.
    from kg.viz import build_step
    build_step(tmp_path / "build", None)
    assert "viz:" not in capsys.readouterr().err
