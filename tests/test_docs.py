"""The README's quick start stays true and every command documents itself with an example."""

import re
from pathlib import Path

import click
from click.testing import CliRunner

from kg.cli import main

REPO = Path(__file__).resolve().parents[1]


def readme_commands():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", quick)


def test_quick_start_has_exactly_two_commands():
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("coopkg build")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()
    assert "venv" in ci


def _command_paths(group, prefix=()):
    context = click.Context(group)
    for name in group.list_commands(context):  # asks the group, so lazily loaded commands count too
        command = group.get_command(context, name)
        yield prefix + (name,)
        if isinstance(command, click.Group):  # groups: every subcommand too, at any depth
            yield from _command_paths(command, prefix + (name,))


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    paths = list(_command_paths(main))
    assert len(paths) >= 6
    for path in paths:
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Example:" in result.output, f"'coopkg {' '.join(path)} --help' has no Example"
