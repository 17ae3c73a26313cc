"""The command line starts fast because commands import their heavy libraries only when they run.
Not a timing test (timings are in benchmarks/results/cli.md): it checks which modules got imported."""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("rdflib", "networkx", "pyvis", "IPython", "pyshacl", "yaml")


def imported_after(code: str) -> dict:
    """Run code in a fresh interpreter; which HEAVY modules it imported, and what it printed before."""
    script = code + f"\nimport sys, json\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    *printed, last = done.stdout.strip().splitlines()
    return {"heavy": json.loads(last), "printed": "\n".join(printed)}


def test_importing_the_cli_loads_no_heavy_library():
    assert imported_after("import kg.cli")["heavy"] == []


def test_a_saved_query_on_the_store_loads_no_heavy_library(seed_build):
    run = imported_after("from kg.cli import main\n"
                         f"main(['query', 'parties', '--build', {str(seed_build[0])!r}], standalone_mode=False)")
    assert run["printed"].endswith("(2 rows)")  # the query did run
    assert run["heavy"] == []


def test_every_command_is_still_listed():
    from click.testing import CliRunner
    from kg.cli import LAZY_COMMANDS, main
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in [*LAZY_COMMANDS, "build", "validate", "query"]:
        assert f"\n  {name} " in result.output, name
