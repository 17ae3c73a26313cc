"""`coopkg serve --trust-proxy`: behind a reverse proxy the per-client limit counts the address the proxy
forwards for (X-Forwarded-For), and only when the request really comes from that proxy."""

import threading
import time
import urllib.parse

import pytest

from kg.serve.proxies import client_address, parse_proxies
from tests.servers import coopkg_server
from tests.test_serve_protocol import call

pytestmark = pytest.mark.server
JSON = "application/sparql-results+json"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL = "SELECT ?p WHERE { ?p a foaf:Person }"
PROXY = parse_proxies(["127.0.0.1", "::1"])


@pytest.mark.parametrize("peer, forwarded, expected", [
    ("127.0.0.1", ["203.0.113.7"], "203.0.113.7"),                      # through the proxy
    ("127.0.0.1", ["198.51.100.1, 203.0.113.7"], "203.0.113.7"),        # the client wrote the left one
    ("127.0.0.1", ["198.51.100.1", "203.0.113.7, 127.0.0.1"], "203.0.113.7"),  # two proxies, two headers
    ("127.0.0.1", [], "127.0.0.1"),                                     # the proxy's own request
    ("127.0.0.1", ["not-an-address"], "127.0.0.1"),                     # malformed: do not guess
    ("192.0.2.5", ["203.0.113.7"], "192.0.2.5"),                        # not a trusted proxy: headers ignored
    ("::1", ["[2001:db8::1]"], "2001:db8::1"),
])
def test_client_is_the_rightmost_untrusted_forwarded_address(peer, forwarded, expected):
    assert client_address(peer, forwarded, PROXY) == expected


def test_without_trusted_proxies_the_peer_counts():
    assert client_address("127.0.0.1", ["203.0.113.7"], frozenset()) == "127.0.0.1"


def test_a_proxy_that_is_not_an_address_is_refused():
    with pytest.raises(ValueError, match="proxy.example"):
        parse_proxies(["proxy.example"])


def _query(server, query, forwarded=None, source=None):
    headers = {"Accept": JSON, **({"X-Forwarded-For": forwarded} if forwarded else {})}
    return call(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}), headers=headers, source=source)[0]


def _one_runaway(server, forwarded, statuses):
    thread = threading.Thread(target=lambda: statuses.append(_query(server, RUNAWAY, forwarded)))
    thread.start()
    time.sleep(0.5)   # it holds its worker now
    return thread


@pytest.mark.parametrize("trusted, other_user", [(PROXY, 200), (frozenset(), 429)])
def test_per_client_limit_counts_the_forwarded_client(seed_build, trusted, other_user):
    """One user's runaway query behind the proxy must not make the proxy's other users wait (429) when
    the proxy is trusted; untrusted, everyone behind it is one client, as before."""
    with coopkg_server(build_dir=seed_build[0], workers=4, timeout=3.0, per_client=1,
                       trusted_proxies=trusted) as server:
        statuses = []
        runaway = _one_runaway(server, "203.0.113.7", statuses)
        try:
            assert _query(server, SMALL, "203.0.113.8") == other_user
            assert _query(server, SMALL, "203.0.113.7") == 429                  # the same user again
            # a client that is not the proxy cannot pass itself off as the busy user (nor as anyone)
            assert _query(server, SMALL, "203.0.113.7", source="127.0.0.2") == 200
        finally:
            runaway.join(timeout=60)
        assert statuses == [503]
