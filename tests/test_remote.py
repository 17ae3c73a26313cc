"""`coopkg push` into real SPARQL servers on 127.0.0.1 — `oxigraph serve` and a throwaway Virtuoso
(Debian's virtuoso-opensource, Digest auth on its Graph Store) — then every saved query runs remotely
through `coopkg query --endpoint` and must give the same rows as the local store."""

import json
import re
from collections import Counter

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.commands.serve_cmds import push_command
from kg.errors import CoopKGError
from kg.sparql.http_client import Auth, Session
from kg.sparql.query import bindings_for, find_saved, run_local, saved_queries
from kg.sparql.remote import graph_store_url, prune, remote_query
from kg.sparql.results import render
from kg.sparql.server_profiles import UNION_GRAPH
from tests.servers import free_port, oxigraph_server, virtuoso_server

pytestmark = pytest.mark.server
SERVERS = ["oxigraph", "virtuoso"]
CHUNK = 1000  # small, so that the seed build goes up in several requests per graph


class Pushed:
    """A server holding the seed build: its URL, --server name and the options `coopkg` needs."""

    def __init__(self, server, url, auth=None, extra=None):
        self.server, self.url, self.auth, self.extra = server, url, auth, extra

    def options(self) -> list:
        credentials = ["--user", self.auth.user, "--password", self.auth.password] if self.auth else []
        return ["--endpoint", self.url, "--server", self.server, *credentials]

    def query(self, text, bindings=None, fmt="json", **dataset):
        return remote_query(self.url, text, bindings, fmt, server=self.server, **dataset)


@pytest.fixture(scope="module", params=SERVERS)
def pushed(request, seed_build, tmp_path_factory):
    """Each server in turn, pushed with the `coopkg push` command in chunks of CHUNK triples."""
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "oxigraph":
        with oxigraph_server(folder) as url:
            yield _push(Pushed("oxigraph", url), seed_build[0])
    else:
        with virtuoso_server(folder) as virtuoso:
            yield _push(Pushed("virtuoso", virtuoso.url, Auth(virtuoso.user, virtuoso.password), virtuoso),
                        seed_build[0])


def _push(target: Pushed, build_dir) -> Pushed:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("kg.sparql.remote.BULK_ABOVE", CHUNK)  # full chunks go through Oxigraph's bulk loader too
        result = CliRunner().invoke(push_command, [*target.options(), "--build", str(build_dir), "--chunk",
                                                   str(CHUNK)])
    assert result.exit_code == 0, result.output + str(result.exception)
    assert result.stdout.startswith("pushed 7 graph(s)")
    assert f"{CHUNK}/" in result.stderr and "(not in this build)" not in result.stderr  # chunked, nothing pruned
    return target


CONCAT = re.compile(r'GROUP_CONCAT\((?:DISTINCT\s+)?\?\w+\s*;\s*separator\s*=\s*"([^"]*)"\)\s*AS\s*\?(\w+)', re.I)


def _rows(results, query_text="") -> Counter:
    """A multiset of rows, each a tuple of N-Triples terms in variable order: comparable across engines.
    SPARQL leaves the order inside GROUP_CONCAT to the engine, so those values compare as sorted parts."""
    concatenated = {name: separator for separator, name in CONCAT.findall(query_text)}
    parsed = ox.parse_query_results(results.encode("utf-8"), ox.QueryResultsFormat.JSON)

    def term(row, name):
        value = row[name]
        if value is None:
            return ""
        if name in concatenated:
            return concatenated[name].join(sorted(value.value.split(concatenated[name])))
        return str(value)

    names = [v.value for v in parsed.variables]
    return Counter(tuple(term(row, name) for name in names) for row in parsed)


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_gives_the_local_rows(pushed, seed_store, name):
    saved = find_saved(name)
    bindings = bindings_for(saved, {})
    local = _rows(render(run_local(seed_store, saved.text, bindings), "json"), saved.text)
    remote = _rows(pushed.query(saved.text, bindings), saved.text)
    assert remote == local


def test_most_saved_queries_find_rows_in_the_seed_so_the_comparison_means_something(seed_store):
    found = [name for name, saved in saved_queries().items()
             if len(list(run_local(seed_store, saved.text, bindings_for(saved, {})))) > 0]
    assert len(found) >= len(saved_queries()) // 2, found


def test_parties_through_the_command_line_gives_two_rows(pushed, seed_build):
    from kg.cli import main
    result = CliRunner().invoke(main, ["query", "parties", *pushed.options()[:4]])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("(2 rows)")
    assert "Hanoi University of Industry" in result.output and "College of Industrial Techniques" in result.output


def test_names_finds_the_person_by_an_alias_without_diacritics(pushed):
    text, bindings = find_saved("names").text, bindings_for(find_saved("names"), {"name": "Kieu Xuan Thuc"})
    found = {row["preferred"]["value"] for row in json.loads(pushed.query(text, bindings))["results"]["bindings"]}
    assert "Kiều Xuân Thực" in found


def test_named_graphs_and_the_deduplicated_union_arrived(pushed, seed_build, seed_store):
    local = {q.graph_name.value for q in ox.parse(path=str(seed_build[0] / "graph.trig"), format=ox.RdfFormat.TRIG)
             if isinstance(q.graph_name, ox.NamedNode)}
    tsv = pushed.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", fmt="tsv")
    remote = {line.strip().strip('"<>') for line in tsv.splitlines()[1:]}
    assert remote == local and len(local) >= 4  # on Virtuoso: only ours (named-graph-uri), not its system graphs
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    local_count = next(iter(seed_store.query(count)))["n"].value
    remote_count = json.loads(pushed.query(count))["results"]["bindings"][0]["n"]["value"]
    assert remote_count == local_count


def test_explicit_dataset_parameters_win(pushed, seed_store):
    derived = "https://w3id.org/coopkg/graph/derived"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    local = next(iter(seed_store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{derived}> {{ ?s ?p ?o }} }}")))
    answer = json.loads(pushed.query(count, default_graphs=[derived]))
    assert answer["results"]["bindings"][0]["n"]["value"] == local["n"].value


def test_server_error_message_is_passed_on(pushed):
    with pytest.raises(CoopKGError, match="40[0-9]|SP030|syntax"):
        pushed.query("SELECT ?x WHERE { ?x")


def test_prune_deletes_only_our_graphs_the_build_no_longer_has(pushed, seed_build):
    session = Session(pushed.auth)
    store = graph_store_url(pushed.url, pushed.server)
    stale, foreign = "https://w3id.org/coopkg/graph/source/removed-since", "http://example.org/not-ours"
    for graph in (stale, foreign):
        session.request(f"{store}?graph={graph}", method="PUT", headers={"Content-Type": "application/n-triples"},
                        body=b'<http://example.org/a> <http://example.org/b> "1" .\n')
    result = CliRunner().invoke(push_command, [*pushed.options(), "--build", str(seed_build[0]), "--prune", "-q"])
    assert result.exit_code == 0, result.output + str(result.exception)
    assert "pruned 1 graph(s)" in result.stdout
    def holds(graph) -> bool:
        answer = pushed.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", named_graphs=[graph],
                              default_graphs=[UNION_GRAPH])
        return json.loads(answer)["boolean"]

    assert not holds(stale) and holds(foreign)
    assert len(prune(pushed.url, [], pushed.auth, server=pushed.server)) == 6  # all of ours (not the union)
    assert not holds("https://w3id.org/coopkg/graph/derived") and holds(foreign)
    _push(pushed, seed_build[0])  # as it was, for the tests after this one


def test_credentials_are_checked_where_the_server_has_auth(pushed, seed_build):
    """Virtuoso's Graph Store wants Digest: a wrong password is a clear 401 naming the scheme. Oxigraph
    has no auth: credentials are harmless there."""
    user = pushed.auth.user if pushed.auth else "someone"
    result = CliRunner().invoke(push_command, ["--endpoint", pushed.url, "--server", pushed.server, "--user", user,
                                               "--password", "wrong", "--build", str(seed_build[0]), "-q"])
    if pushed.auth is None:
        assert result.exit_code == 0, str(result.exception)
        return
    assert result.exit_code != 0
    assert "401" in str(result.exception) and "Digest" in str(result.exception)
    assert "did not accept these credentials" in str(result.exception)


def test_connection_refused_is_a_clear_error(seed_build):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(CoopKGError, match="cannot reach .*refused"):
        remote_query(url + "/query", "ASK {}")
    result = CliRunner().invoke(push_command, ["--endpoint", url, "--build", str(seed_build[0])])
    assert result.exit_code != 0 and "refused" in str(result.exception)


def test_graph_store_url_defaults_to_oxigraphs_store():
    assert graph_store_url("http://127.0.0.1:7878") == "http://127.0.0.1:7878/store"
    assert graph_store_url("http://h:3030/ds/data") == "http://h:3030/ds/data"
    assert graph_store_url("http://127.0.0.1:8890/", "virtuoso") == "http://127.0.0.1:8890/sparql-graph-crud-auth"
    with pytest.raises(CoopKGError):
        graph_store_url("ftp://h/x")
