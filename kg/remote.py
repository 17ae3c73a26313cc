"""Other SPARQL servers: push the built graph (Graph Store HTTP Protocol) and query them (SPARQL Protocol).

    push("http://127.0.0.1:7878", Path("build"))           # Oxigraph server: its Graph Store is /store
    remote_query("http://127.0.0.1:7878/query", text, bindings, "table")

Only the standard library's urllib: two request kinds with optional basic or bearer auth do not
need more. Every failure becomes a CoopKGError that says what the server answered.
"""

import base64
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from kg.errors import CoopKGError
from kg.namespaces import PREFIXES
from kg.query import inline_values, with_prefixes

TIMEOUT = 60  # seconds per HTTP request
ACCEPT = {  # what to ask for, per --format; a CONSTRUCT answer comes back as RDF
    "table": "application/sparql-results+json, text/turtle;q=0.9",
    "json": "application/sparql-results+json, application/ld+json;q=0.9",
    "xml": "application/sparql-results+xml, application/rdf+xml;q=0.9",
    "csv": "text/csv, application/n-triples;q=0.9",
    "tsv": "text/tab-separated-values, application/n-triples;q=0.9",
}


@dataclass(frozen=True)
class Auth:
    user: str | None = None
    password: str | None = None
    token: str | None = None

    def header(self) -> str | None:
        if self.token:
            return f"Bearer {self.token}"
        if self.user is not None:
            pair = f"{self.user}:{self.password or ''}".encode("utf-8")
            return "Basic " + base64.b64encode(pair).decode("ascii")
        return None


def auth_from(user: str | None = None, password: str | None = None, token: str | None = None) -> Auth | None:
    """The Auth for command-line options (--user/--password or --token), or None."""
    if token and user:
        raise CoopKGError("give either --user/--password or --token, not both")
    if password and not user:
        raise CoopKGError("--password needs --user")
    return Auth(user, password, token) if (user or token) else None


def _check_url(endpoint: str) -> str:
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise CoopKGError(f"'{endpoint}' is not an http(s) URL", field="--endpoint",
                          fix="e.g. http://127.0.0.1:7878/query")
    return endpoint


def graph_store_url(endpoint: str) -> str:
    """The Graph Store endpoint: the URL as given, or <server>/store (Oxigraph's) for a bare server URL."""
    parts = urlsplit(_check_url(endpoint))
    return endpoint.rstrip("/") + "/store" if parts.path in ("", "/") else endpoint


def request(url: str, *, method: str, body: bytes | None = None, headers: dict | None = None,
            auth: Auth | None = None) -> tuple[bytes, str]:
    """(body, content type) of a 2xx answer; otherwise a CoopKGError with the server's message."""
    all_headers = dict(headers or {})
    if auth and auth.header():
        all_headers["Authorization"] = auth.header()
    req = urllib.request.Request(url, data=body, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as response:
            return response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        message = exc.read(2000).decode("utf-8", "replace").strip() or exc.reason
        if exc.code == 401:
            raise CoopKGError(f"{url}: 401 unauthorised: {message}",
                              fix="give --user/--password or --token for this server") from None
        if exc.code == 403:
            raise CoopKGError(f"{url}: 403 forbidden: {message}",
                              fix="check the credentials and that the server accepts writes") from None
        raise CoopKGError(f"{url}: the server answered {exc.code} {exc.reason}: {message}") from None
    except urllib.error.URLError as exc:
        reason = getattr(exc.reason, "strerror", None) or str(exc.reason)
        raise CoopKGError(f"cannot reach {url}: {reason}",
                          fix="is the server running? check host and port (e.g. 'oxigraph serve --location DIR')") from None
    except (TimeoutError, ConnectionError) as exc:
        raise CoopKGError(f"{url}: no answer ({exc})", fix="is the server overloaded or is the URL right?") from None


def graphs_of(build_dir: Path) -> dict:
    """Graph -> triples from build/graph.trig: each named graph, and their de-duplicated union as
    the default graph (the same layout as the local store, see kg.store.with_union_default_graph)."""
    trig = build_dir / "graph.trig"
    if not trig.is_file():
        raise CoopKGError(f"no {trig}", fix="run 'coopkg build' (with the trig format) first")
    graphs: dict = {}
    union = set()
    for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        triple = ox.Triple(quad.subject, quad.predicate, quad.object)
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            graphs.setdefault(quad.graph_name, []).append(triple)
        union.add(triple)
    graphs[ox.DefaultGraph()] = sorted(union, key=str)
    return graphs


def push(endpoint: str, build_dir: Path, auth: Auth | None = None, progress=None) -> dict:
    """PUT every graph of the build to the server's Graph Store; returns {graph label: triples}."""
    url = graph_store_url(endpoint)
    sent = {}
    for graph, triples in graphs_of(build_dir).items():
        is_default = isinstance(graph, ox.DefaultGraph)
        target = url + ("&" if "?" in url else "?") + ("default" if is_default else urlencode({"graph": graph.value}))
        body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        request(target, method="PUT", body=body, headers={"Content-Type": "text/turtle; charset=utf-8"}, auth=auth)
        label = "default graph" if is_default else graph.value
        sent[label] = len(triples)
        if progress:
            progress(f"PUT {label}: {len(triples)} triples")
    return sent


def remote_query(endpoint: str, text: str, bindings: dict | None = None, fmt: str = "table",
                 auth: Auth | None = None) -> str:
    """Run a query on a SPARQL endpoint; the answer as text in fmt (table, json, xml, csv, tsv)."""
    if fmt not in ACCEPT:
        raise CoopKGError(f"unknown format '{fmt}'", fix=f"use {', '.join(ACCEPT)}")
    body, content_type = _post_query(endpoint, text, bindings, ACCEPT[fmt], auth)
    if fmt == "table" and "sparql-results+json" in content_type:
        return _table(body)
    return body.decode("utf-8")


def remote_results(endpoint: str, text: str, bindings: dict | None = None, auth: Auth | None = None):
    """Run a query on a SPARQL endpoint and parse the answer into the objects a local store returns
    (pyoxigraph QuerySolutions or QueryBoolean; a list of Triples for CONSTRUCT/DESCRIBE), so the
    Python API reads local and remote answers the same way."""
    body, content_type = _post_query(endpoint, text, bindings, ACCEPT["table"], auth)
    try:
        if "sparql-results+json" in content_type:
            return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        return list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as exc:
        raise CoopKGError(f"{endpoint}: cannot read the answer ({content_type or 'no content type'}): {exc}") from exc


def _post_query(endpoint: str, text: str, bindings: dict | None, accept: str, auth: Auth | None) -> tuple[bytes, str]:
    query = with_prefixes(inline_values(text, bindings or {}))
    return request(_check_url(endpoint), method="POST", body=query.encode("utf-8"),
                   headers={"Content-Type": "application/sparql-query", "Accept": accept}, auth=auth)


def _table(body: bytes) -> str:
    """Render SPARQL JSON results with the same table the local `coopkg query` prints."""
    from kg.results import render
    try:
        parsed = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as exc:
        raise CoopKGError(f"the endpoint's JSON results do not parse: {exc}") from exc
    return render(parsed, "table")
