"""Writes to `coopkg serve` only with --allow-update and the bearer token; LOAD is refused even then.
`coopkg push` to it exercises bearer auth end to end. Runs on a copy of the seed build."""

import json
import shutil
import urllib.parse

import pytest

from kg.errors import CoopKGError
from kg.namespaces import GRAPH, INST
from kg.sparql.remote import Auth, push, remote_query
from tests.servers import coopkg_server
from tests.test_serve_protocol import call, get_query

pytestmark = pytest.mark.server
TOKEN = "test-token-1234567890"
NEW = f"INSERT DATA {{ <{INST['new-school']}> a coop:Institution }}"
ASK_NEW = f"ASK {{ <{INST['new-school']}> a coop:Institution }}"


@pytest.fixture()
def writable(seed_build, tmp_path):
    target = tmp_path / "build"
    shutil.copytree(seed_build[0], target)
    with coopkg_server(build_dir=target, allow_update=True, token=TOKEN) as server:
        yield server


def update(server, text, token=None):
    headers = {"Content-Type": "application/sparql-update", **({"Authorization": f"Bearer {token}"} if token else {})}
    return call(server, "POST", "/sparql", text.encode(), headers)


def asks(server, query) -> bool:
    return json.loads(get_query(server, query, "application/sparql-results+json")[2])["boolean"]


def test_update_needs_the_token(writable):
    status, headers, _ = update(writable, NEW)
    assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
    assert update(writable, NEW, "wrong")[0] == 403
    assert not asks(writable, ASK_NEW)
    assert update(writable, NEW, TOKEN)[0] == 204
    assert asks(writable, ASK_NEW)


@pytest.mark.parametrize("text", ["LOAD <http://example.org/data.ttl>",
                                  "load silent <http://example.org/x.ttl> INTO GRAPH <http://example.org/g>"])
def test_load_is_refused_even_with_the_token(writable, text):
    status, _, body = update(writable, text, TOKEN)
    assert status == 403 and "LOAD is refused" in body.decode()


def test_service_in_an_update_is_refused(writable):
    text = "INSERT { ?s a coop:Institution } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    status, _, body = update(writable, text, TOKEN)
    assert status == 403 and "SERVICE" in body.decode()


def test_allow_update_without_token_refuses_to_start(seed_build):
    with pytest.raises(CoopKGError, match="--token"):
        with coopkg_server(build_dir=seed_build[0], allow_update=True):
            pass


def test_push_with_bearer_token_and_query_back(writable, seed_build):
    with pytest.raises(CoopKGError, match="403"):
        push(writable.url + "/store", seed_build[0], Auth(token="wrong"))
    with pytest.raises(CoopKGError, match="401"):
        push(writable.url + "/store", seed_build[0])
    sent = push(writable.url + "/store", seed_build[0], Auth(token=TOKEN))
    assert "default graph" in sent and str(GRAPH["derived"]) in sent
    csv = remote_query(writable.url + "/sparql", "SELECT ?a WHERE { ?a a coop:Agreement }", fmt="csv")
    assert csv.splitlines()[0] == "a" and len(csv.strip().splitlines()) == 2
    graph = urllib.parse.quote(str(GRAPH["derived"]), safe="")
    status, _, _ = call(writable, "DELETE", f"/store?graph={graph}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 204
    assert not asks(writable, f"ASK {{ GRAPH <{GRAPH['derived']}> {{ ?s ?p ?o }} }}")
