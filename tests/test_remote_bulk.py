"""Paths for large graphs, without chunked uploads: Virtuoso's bulk loader (`coopkg push --server
virtuoso --bulk-dir DIR` copies the graphs and writes load.sql, isql runs it in a real throwaway
Virtuoso) and `oxigraph serve-read-only` on a copy of build/store. Every saved query then gives the
local rows."""

import json
import shutil

import pytest
from click.testing import CliRunner

from kg.commands.serve_cmds import push_command
from kg.sparql.http_client import Auth, Session
from kg.sparql.query import bindings_for, run_local, saved_queries
from kg.sparql.remote import graph_store_url, remote_query
from kg.sparql.results import render
from kg.sparql.server_profiles import UNION_GRAPH
from tests.servers import oxigraph_server, virtuoso_server
from tests.test_remote import _rows

pytestmark = pytest.mark.server


def test_bulk_load_replaces_our_graphs_and_answers_like_the_local_store(seed_build, seed_store, tmp_path):
    with virtuoso_server(tmp_path) as virtuoso:
        store = graph_store_url(virtuoso.url, "virtuoso")
        stale, foreign = "https://w3id.org/coopkg/graph/source/removed-since", "http://example.org/not-ours"
        session = Session(Auth(virtuoso.user, virtuoso.password))
        for graph in (stale, foreign):
            session.request(f"{store}?graph={graph}", method="PUT", headers={"Content-Type": "application/n-triples"},
                            body=b'<http://example.org/a> <http://example.org/b> "1" .\n')

        trig_only = tmp_path / "trig-only-build"  # a build made with --formats trig: the union is written
        trig_only.mkdir()
        shutil.copyfile(seed_build[0] / "graph.trig", trig_only / "graph.trig")
        for build, union_file in ((trig_only, "coopkg-union.nt"), (seed_build[0], "coopkg-union.ttl")):
            folder = tmp_path / "load"  # inside the database folder, which the test server's DirsAllowed lists
            result = CliRunner().invoke(push_command, ["--server", "virtuoso", "--bulk-dir", str(folder),
                                                       "--build", str(build)])
            assert result.exit_code == 0, str(result.exception)
            assert "load.sql" in result.output and "DirsAllowed" in result.output
            assert sorted(p.name for p in folder.iterdir()) == sorted(["coopkg.trig", union_file, "load.sql"])
            loaded = virtuoso.isql(folder / "load.sql")
            assert "coopkg.trig" in loaded and union_file in loaded and "NULL" in loaded  # no loader errors
            assert not holds(virtuoso, stale) and holds(virtuoso, foreign)
            for name, saved in saved_queries().items():
                bindings = bindings_for(saved, {})
                local = _rows(render(run_local(seed_store, saved.text, bindings), "json"), saved.text)
                remote = remote_query(virtuoso.url, saved.text, bindings, "json", server="virtuoso")
                assert _rows(remote, saved.text) == local, (build.name, name)


def holds(virtuoso, graph) -> bool:
    answer = remote_query(virtuoso.url, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", fmt="json",
                          server="virtuoso", default_graphs=[UNION_GRAPH], named_graphs=[graph])
    return json.loads(answer)["boolean"]


def test_oxigraph_serves_a_copy_of_the_build_store_as_it_is(seed_build, seed_store, tmp_path):
    """Oxigraph's fastest path for a large graph: no upload at all, the server opens a copy of build/store."""
    copy = tmp_path / "store"
    shutil.copytree(seed_build[0] / "store", copy)
    with oxigraph_server(copy, read_only=True) as url:
        for name, saved in saved_queries().items():
            bindings = bindings_for(saved, {})
            local = _rows(render(run_local(seed_store, saved.text, bindings), "json"), saved.text)
            assert _rows(remote_query(url, saved.text, bindings, "json"), saved.text) == local, name
