"""Queries deep or long enough to crash Oxigraph are refused before it sees them (kg/sparql/query_limits.py):
`coopkg query` (-q, --file, saved) exits 2 naming the limit, `coopkg serve` answers 400 and keeps
serving, in read-only and --allow-update mode. A query at every limit at once still runs. Commands run
as subprocesses, so a guard that let a query through would show as a crash, not kill the test run."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.sparql.query_limits import MAX_DEPTH, MAX_TREE_TOKENS, QueryTooComplex, check
from tests.servers import coopkg_server
from tests.test_serve_protocol import get_query, post_query

REPO = Path(__file__).resolve().parents[1]
TOKEN = "limits-test-token-0123456789"

# One family per way of nesting the engine's recursion; each just past a limit.
TOO_COMPLEX = {
    "braces": "SELECT * WHERE " + "{" * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1),
    "parentheses": "SELECT * WHERE { FILTER(" + "(" * MAX_DEPTH + "1" + ")" * MAX_DEPTH + ") }",
    "blank nodes": "SELECT * WHERE { ?s ?p " + "[ ?p " * MAX_DEPTH + "1" + " ]" * MAX_DEPTH + " }",
    "escaped braces": "SELECT * WHERE " + "\\u007B" * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1),
    "UNION chain": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * (MAX_TREE_TOKENS // 2 + 1)) + " }",
    "MINUS chain": "SELECT * WHERE { ?s ?p ?o " + "MINUS { ?s ?p ?o } " * (MAX_TREE_TOKENS // 2 + 1) + "}",
    "negations": "SELECT * WHERE { FILTER(" + "!" * (MAX_TREE_TOKENS + 1) + "true) }",
    "sums": "SELECT * WHERE { FILTER(" + "+".join(["1"] * (MAX_TREE_TOKENS + 2)) + " = 1) }",
    "groups": "SELECT * WHERE { " + "{ } " * (MAX_TREE_TOKENS + 1) + "}",
}
# Every limit reached at once: depth 100, 2,000 tree tokens (about half of what the 8 MiB stack takes).
LEVELS = MAX_DEPTH - 2  # the outer group and the MINUS groups make the other two levels
AT_LIMITS = ("SELECT * WHERE { ?s ?p ?o " + "FILTER NOT EXISTS { ?s ?p ?o " * LEVELS
             + "MINUS { ?s ?p ?o } " * ((MAX_TREE_TOKENS - 3 * LEVELS - 2) // 2) + "}" * LEVELS + " }")


def coopkg(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=REPO, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("family", TOO_COMPLEX)
def test_each_family_past_a_limit_is_refused_with_the_limit_named(family):
    with pytest.raises(QueryTooComplex, match=r"more than the limit of [\d,]+"):
        check(TOO_COMPLEX[family])


def test_the_query_at_every_limit_passes_the_check_and_runs(tmp_path):
    found = check(AT_LIMITS)
    assert found.max_depth == MAX_DEPTH and MAX_TREE_TOKENS - 2 <= found.tree_tokens <= MAX_TREE_TOKENS
    data = tmp_path / "tiny.ttl"
    data.write_text("<http://e/s> <http://e/p> <http://e/o> .\n", encoding="utf-8")
    query = tmp_path / "deep.rq"
    query.write_text(AT_LIMITS, encoding="utf-8")
    result = coopkg("query", "--data", str(data), "--file", str(query), "--format", "csv")
    assert result.returncode == 0, result.stderr[-500:]
    assert sorted(result.stdout.splitlines()[0].split(",")) == ["o", "p", "s"]


def test_without_the_check_the_engine_really_crashes():
    """Why the limits exist: pyoxigraph alone dies with a segmentation fault (the whole process)."""
    deep = "SELECT * WHERE " + "{" * 5000 + "}" * 5000
    code = f"import pyoxigraph as ox; list(ox.Store().query({deep!r}))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert result.returncode == -signal.SIGSEGV


@pytest.mark.parametrize("family", ["braces", "MINUS chain", "negations"])
def test_coopkg_query_q_exits_2_instead_of_crashing(seed_build, family):
    result = coopkg("query", "--build", str(seed_build[0]), "-q", TOO_COMPLEX[family])
    assert result.returncode == 2, (result.returncode, result.stderr[-300:])
    assert "more than the limit" in result.stderr and "Traceback" not in result.stderr


def test_coopkg_query_file_names_the_file(seed_build, tmp_path):
    path = tmp_path / "deep.rq"
    path.write_text(TOO_COMPLEX["parentheses"], encoding="utf-8")
    result = coopkg("query", "--build", str(seed_build[0]), "--file", str(path))
    assert result.returncode == 2 and str(path) in result.stderr and "nests brackets" in result.stderr


@pytest.mark.server
def test_serve_answers_400_and_keeps_serving(seed_build):
    with coopkg_server(build_dir=seed_build[0], workers=1) as server:
        pid = server.endpoint.pool.pids()
        for family in ("braces", "UNION chain", "escaped braces"):
            status, _, body = post_query(server, TOO_COMPLEX[family])
            assert status == 400 and "more than the limit" in body.decode(), (family, body[:200])
        status, _, body = get_query(server, TOO_COMPLEX["parentheses"])
        assert status == 400 and "nests brackets" in body.decode()
        assert server.endpoint.pool.pids() == pid  # the worker never saw them
        assert get_query(server, "ASK {}")[0] == 200


@pytest.mark.server
def test_a_writable_server_refuses_deep_updates_and_queries(seed_build, tmp_path):
    import shutil
    target = tmp_path / "build"
    shutil.copytree(seed_build[0], target)
    with coopkg_server(build_dir=target, allow_update=True, token=TOKEN) as server:
        update = "INSERT { ?s ?p ?o } WHERE " + "{" * (MAX_DEPTH + 1) + " ?s ?p ?o " + "}" * (MAX_DEPTH + 1)
        status, _, body = _update(server, update)
        assert status == 400 and "nests brackets" in body.decode()
        status, _, body = post_query(server, TOO_COMPLEX["MINUS chain"])
        assert status == 400 and "more than the limit" in body.decode()
        assert get_query(server, "ASK {}")[0] == 200


def _update(server, text):
    from tests.test_serve_protocol import call
    return call(server, "POST", "/sparql", text.encode(), {"Content-Type": "application/sparql-update",
                                                           "Authorization": f"Bearer {TOKEN}"})
