"""Writes: SPARQL Update and Graph Store PUT/POST/DELETE, refused unless --allow-update with a token.

Even then LOAD is refused (it would make the server fetch URLs), and SERVICE unless --allow-service
(guard.py). Writes run in the one worker process that owns the writable store (workers.py), one at a
time, so a crash there cannot take the server down.
Note that the built store's default graph is a materialised union of the named graphs: writing to a
named graph does not change it (push the default graph too, as `coopkg push` does).
"""

import hashlib
import hmac

import pyoxigraph as ox

from kg.errors import CoopKGError
from kg.namespaces import PREFIXES
from kg.serve.execute import HttpError

MIN_TOKEN_LENGTH = 16
TOKEN_HINT = "make one with: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"


def check_token(token: str | None):
    """Refuse at start-up a bearer token anyone could guess or that HTTP cannot carry intact."""
    if not token or not token.strip():
        raise CoopKGError("--allow-update needs --token T: writes are only accepted with that bearer token",
                          fix=TOKEN_HINT)
    if any(not ("!" <= char <= "~") for char in token):
        raise CoopKGError("--token must be printable ASCII without spaces (it travels in an HTTP header)",
                          field="--token", fix=TOKEN_HINT)
    if len(token) < MIN_TOKEN_LENGTH:
        raise CoopKGError(f"--token is {len(token)} characters long; use at least {MIN_TOKEN_LENGTH}",
                          field="--token", fix=TOKEN_HINT)


def _digest(token: str) -> bytes:
    # Equal-length digests: the comparison takes the same time whatever the given token's length.
    return hashlib.sha256(token.encode("utf-8")).digest()


def authorise(config, authorization: str | None):
    if not config.allow_update:
        raise HttpError(403, "this endpoint is read-only: updates and Graph Store writes are refused "
                             "(start it with --allow-update --token T to allow them)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HttpError(401, "writes need 'Authorization: Bearer <token>'", {"WWW-Authenticate": 'Bearer realm="coopkg"'})
    if not hmac.compare_digest(_digest(given.strip()), _digest(config.token or "")):
        raise HttpError(403, "wrong bearer token")


def apply_update(store: ox.Store, text: str):
    """Run in the store's worker process, after guard.screen() accepted the text."""
    try:
        store.update(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise HttpError(400, f"malformed SPARQL update: {exc}") from exc
    except OSError as exc:
        raise HttpError(500, f"the update failed: {exc}") from exc


def target_graph(params: dict) -> str | None:
    """?default (None) or ?graph=IRI (SPARQL 1.1 Graph Store HTTP Protocol)."""
    if "default" in params and "graph" not in params:
        return None
    graphs = params.get("graph", [])
    if len(graphs) != 1 or "default" in params:
        raise HttpError(400, "give exactly one of ?default or ?graph=IRI")
    try:
        return ox.NamedNode(graphs[0]).value
    except ValueError:
        raise HttpError(400, f"'{graphs[0]}' is not a valid graph IRI") from None


def graph_store_write(store: ox.Store, method: str, graph_iri: str | None, body: bytes, content_type: str) -> int:
    """PUT replaces the graph, POST adds to it, DELETE clears it; returns the HTTP status."""
    graph = ox.NamedNode(graph_iri) if graph_iri else ox.DefaultGraph()
    rdf_format = None
    if method != "DELETE":
        rdf_format = ox.RdfFormat.from_media_type(content_type) if content_type else None
        if rdf_format is None or rdf_format.supports_datasets:
            raise HttpError(415, f"unsupported RDF Content-Type '{content_type or '(none)'}': use text/turtle, "
                                 "application/n-triples or application/rdf+xml")
    existed = graph == ox.DefaultGraph() or store.contains_named_graph(graph)
    if method == "DELETE":
        if not existed:
            raise HttpError(404, f"no graph {graph}")
        store.remove_graph(graph) if isinstance(graph, ox.NamedNode) else store.clear_graph(graph)
        return 204
    try:
        triples = list(ox.parse(body, format=rdf_format, rename_blank_nodes=True))
    except SyntaxError as exc:
        raise HttpError(400, f"the RDF body does not parse: {exc}") from exc
    if method == "PUT" and existed:
        _replace_graph(store, graph, triples)
        return 204
    store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)   # one transaction
    if isinstance(graph, ox.NamedNode):
        store.add_graph(graph)
    return 204 if existed else 201


def _replace_graph(store: ox.Store, graph, triples: list):
    """Clear the graph and insert the new triples in ONE SPARQL update, which Oxigraph applies as one
    transaction: a reader sees the old graph or the new one, never an empty or half-written one, and a
    worker killed mid-write (timeout, memory limit) leaves the old graph whole. A clear followed by an
    insert, as two calls, showed readers an empty graph in between."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""
    if isinstance(graph, ox.NamedNode):
        store.update(f"DROP SILENT GRAPH {graph} ; CREATE SILENT GRAPH {graph} ; "
                     f"INSERT DATA {{ GRAPH {graph} {{ {data} }} }}")
    else:
        store.update(f"CLEAR SILENT DEFAULT ; INSERT DATA {{ {data} }}")
