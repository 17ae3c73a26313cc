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


def test_the_plain_prefixes_match_the_rdflib_namespaces():
    """kg.prefixes (strings, for fast queries) and kg.namespaces (rdflib) must name the same IRIs."""
    from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

    from kg import namespaces as ns
    from kg.prefixes import PREFIXES
    expected = {"coop": ns.COOP._NS, "inst": ns.INST, "person": ns.PERSON, "agreement": ns.AGREEMENT,
                "area": ns.AREA, "role": ns.ROLE, "title": ns.TITLE, "source": ns.SOURCE, "org": ORG,
                "foaf": FOAF, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS, "schema": ns.SCHEMA, "oa": ns.OA,
                "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "time": TIME}
    assert PREFIXES == {prefix: str(namespace) for prefix, namespace in expected.items()}
