"""Basic auth and retries against a real Oxigraph server behind a Basic-auth reverse proxy (as Fuseki or
GraphDB usually sit behind nginx), and how queries choose their dataset on each kind of server."""

import pytest
from click.testing import CliRunner

from kg.commands.serve_cmds import push_command
from kg.errors import CoopKGError
from kg.sparql.remote import ATTEMPTS, Auth, dataset_for, push, remote_query
from kg.sparql.server_profiles import PROFILES, UNION_GRAPH, profile
from tests.servers import basic_auth_proxy, oxigraph_server

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-behind-proxy")) as url:
        yield url


def test_basic_auth_push_and_query(oxigraph, seed_build):
    with basic_auth_proxy(oxigraph, "curator", "s3cret") as proxy:
        result = CliRunner().invoke(push_command, ["--endpoint", proxy.url, "--user", "curator", "--password",
                                                   "s3cret", "--build", str(seed_build[0]), "-q"])
        assert result.exit_code == 0, str(result.exception)
        # the scheme is learnt with a bodiless HEAD first; every request after it carries Basic
        assert proxy.seen[0] == ("HEAD", "") and all(scheme == "Basic" for _, scheme in proxy.seen[1:])
        assert {method for method, _ in proxy.seen} >= {"PUT"}
        table = remote_query(proxy.url, "SELECT ?a WHERE { ?a a coop:Agreement }", auth=Auth("curator", "s3cret"))
        assert table.endswith("(1 row)")


def test_wrong_basic_password_names_the_scheme_and_sends_no_graph(oxigraph, seed_build):
    with basic_auth_proxy(oxigraph, "curator", "s3cret") as proxy:
        with pytest.raises(CoopKGError, match=r"401 unauthorised \(the server asks for: Basic\)"):
            push(proxy.url, seed_build[0], Auth("curator", "wrong"))
        assert [method for method, _ in proxy.seen] == ["HEAD", "PUT"]  # stopped at the first refusal
    with basic_auth_proxy(oxigraph, "curator", "s3cret") as proxy:
        with pytest.raises(CoopKGError, match="give --user/--password"):
            remote_query(proxy.url + "/query", "ASK {}")


def test_a_busy_server_is_retried(oxigraph, seed_build):
    with basic_auth_proxy(oxigraph, "u", "p", failures=ATTEMPTS - 1) as proxy:
        sent = push(proxy.url, seed_build[0], Auth("u", "p"))
        assert sum(sent.values()) > 0
        assert proxy.failures_left == 0
    with basic_auth_proxy(oxigraph, "u", "p", failures=ATTEMPTS) as proxy:
        with pytest.raises(CoopKGError, match="503"):
            push(proxy.url, seed_build[0], Auth("u", "p"))


def test_dataset_follows_the_server_and_the_query():
    virtuoso, oxigraph = profile("virtuoso"), profile("oxigraph")
    text = "# One row per fact from every source\nSELECT ?s WHERE { ?s ?p ?o }"
    assert dataset_for(text, oxigraph) == {}
    assert dataset_for(text, virtuoso) == {"default-graph-uri": [UNION_GRAPH], "named-graph-uri": []}
    with_graph = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    listed = dataset_for(with_graph, virtuoso, list_graphs=lambda: [UNION_GRAPH, "https://w3id.org/coopkg/graph/a"])
    assert listed["named-graph-uri"] == ["https://w3id.org/coopkg/graph/a"]
    assert dataset_for("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }", virtuoso) == {}
    assert dataset_for(text, oxigraph, default_graphs=["urn:d"]) == {"default-graph-uri": ["urn:d"],
                                                                      "named-graph-uri": []}


def test_server_paths():
    assert profile("virtuoso").query_url("http://h:8890") == "http://h:8890/sparql"
    assert profile("virtuoso").query_url("http://h:8890/sparql-graph-crud-auth") == "http://h:8890/sparql"
    assert profile("oxigraph").query_url("http://h:7878/store") == "http://h:7878/query"
    assert profile("fuseki").query_url("http://h:3030/ds/data") == "http://h:3030/ds/sparql"
    assert profile("graphdb").query_url("http://h:7200/repositories/r/rdf-graphs/service") == \
        "http://h:7200/repositories/r"
    assert profile("graphdb").graph_store_url("http://h:7200/repositories/r/rdf-graphs/service").endswith("/service")
    assert set(PROFILES) == {"oxigraph", "virtuoso", "fuseki", "graphdb"}
    with pytest.raises(CoopKGError, match="unknown server"):
        profile("blazegraph")
