"""`coopkg push` into a real Oxigraph server (`oxigraph serve` on 127.0.0.1), then the saved queries
run remotely through `remote_query`, with the same answers as the local store."""

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.commands.serve_cmds import push_command
from kg.errors import CoopKGError
from kg.query import bindings_for, find_saved
from kg.remote import graph_store_url, remote_query
from tests.servers import free_port, oxigraph_server

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def pushed(seed_build, tmp_path_factory):
    """An Oxigraph server holding the seed build, pushed with the `coopkg push` command."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        result = CliRunner().invoke(push_command, ["--endpoint", url, "--build", str(seed_build[0]), "-q"])
        assert result.exit_code == 0, result.output
        assert result.output.startswith("pushed ")
        yield url


def saved(query_name, **given):
    query = find_saved(query_name)
    return query.text, bindings_for(query, given)


def test_parties_remotely_gives_two_rows(pushed):
    text, bindings = saved("parties")
    table = remote_query(pushed + "/query", text, bindings, "table")
    assert table.endswith("(2 rows)")
    assert "Hanoi University of Industry" in table and "College of Industrial Techniques" in table


def test_names_finds_the_person_by_an_alias_without_diacritics(pushed):
    text, bindings = saved("names", name="Kieu Xuan Thuc")
    result = json.loads(remote_query(pushed + "/query", text, bindings, "json"))
    found = {row["preferred"]["value"] for row in result["results"]["bindings"]}
    assert "Kiều Xuân Thực" in found


def test_named_graphs_and_default_graph_arrived(pushed, seed_build):
    local = {q.graph_name.value for q in ox.parse(path=str(seed_build[0] / "graph.trig"), format=ox.RdfFormat.TRIG)
             if isinstance(q.graph_name, ox.NamedNode)}
    tsv = remote_query(pushed + "/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", fmt="tsv")
    remote = {line.strip("<>") for line in tsv.splitlines()[1:]}
    assert remote == local and len(local) >= 4
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    local_count = ox.Store.read_only(str(seed_build[0] / "store")).query(count)
    remote_count = json.loads(remote_query(pushed + "/query", count, fmt="json"))
    assert remote_count["results"]["bindings"][0]["n"]["value"] == next(iter(local_count))["n"].value


def test_server_error_message_is_passed_on(pushed):
    with pytest.raises(CoopKGError, match="400"):
        remote_query(pushed + "/query", "SELECT ?x WHERE { ?x", fmt="json")


def test_connection_refused_is_a_clear_error(seed_build):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(CoopKGError, match="cannot reach .*refused"):
        remote_query(url + "/query", "ASK {}")
    result = CliRunner().invoke(push_command, ["--endpoint", url, "--build", str(seed_build[0])])
    assert result.exit_code != 0 and "refused" in str(result.exception)


def test_graph_store_url_defaults_to_oxigraphs_store():
    assert graph_store_url("http://127.0.0.1:7878") == "http://127.0.0.1:7878/store"
    assert graph_store_url("http://h:3030/ds/data") == "http://h:3030/ds/data"
    with pytest.raises(CoopKGError):
        graph_store_url("ftp://h/x")
