"""Writes: SPARQL Update and Graph Store PUT/POST/DELETE, refused unless --allow-update with a token.

Even then LOAD is refused (it would make the server fetch URLs), and SERVICE unless --allow-service.
Note that the built store's default graph is a materialised union of the named graphs: writing to a
named graph does not change it (push the default graph too, as `coopkg push` does).
"""

import hmac
import threading

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.serve.execute import HttpError
from kg.serve.guard import refused_keyword

_write_lock = threading.Lock()  # one write at a time; Oxigraph transactions do the rest


def authorise(config, authorization: str | None):
    if not config.allow_update:
        raise HttpError(403, "this endpoint is read-only: updates and Graph Store writes are refused "
                             "(start it with --allow-update --token T to allow them)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HttpError(401, "writes need 'Authorization: Bearer <token>'", {"WWW-Authenticate": 'Bearer realm="coopkg"'})
    if not hmac.compare_digest(given.strip().encode("utf-8"), (config.token or "").encode("utf-8")):
        raise HttpError(403, "wrong bearer token")


def apply_update(store: ox.Store, config, text: str):
    refused = refused_keyword(text, ("LOAD",) + (() if config.allow_service else ("SERVICE",)))
    if refused == "LOAD":
        raise HttpError(403, "LOAD is refused: this server does not fetch URLs; push data with the Graph Store protocol")
    if refused:
        raise HttpError(403, "SERVICE is refused: this server does not query other servers (start it with --allow-service)")
    try:
        with _write_lock:
            store.update(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise HttpError(400, f"malformed SPARQL update: {exc}") from exc
    except OSError as exc:
        raise HttpError(500, f"the update failed: {exc}") from exc


def target_graph(params: dict):
    """?default or ?graph=IRI (SPARQL 1.1 Graph Store HTTP Protocol)."""
    if "default" in params and "graph" not in params:
        return ox.DefaultGraph()
    graphs = params.get("graph", [])
    if len(graphs) != 1 or "default" in params:
        raise HttpError(400, "give exactly one of ?default or ?graph=IRI")
    try:
        return ox.NamedNode(graphs[0])
    except ValueError:
        raise HttpError(400, f"'{graphs[0]}' is not a valid graph IRI") from None


def graph_store_write(store: ox.Store, method: str, graph, body: bytes, content_type: str) -> int:
    """PUT replaces the graph, POST adds to it, DELETE clears it; returns the HTTP status."""
    rdf_format = None
    if method != "DELETE":
        rdf_format = ox.RdfFormat.from_media_type(content_type) if content_type else None
        if rdf_format is None or rdf_format.supports_datasets:
            raise HttpError(415, f"unsupported RDF Content-Type '{content_type or '(none)'}': use text/turtle, "
                                 "application/n-triples or application/rdf+xml")
    with _write_lock:
        existed = graph == ox.DefaultGraph() or store.contains_named_graph(graph)
        if method == "DELETE":
            if not existed:
                raise HttpError(404, f"no graph {graph}")
            store.remove_graph(graph) if isinstance(graph, ox.NamedNode) else store.clear_graph(graph)
            return 204
        try:
            parsed = [ox.Quad(t.subject, t.predicate, t.object, graph)
                      for t in ox.parse(body, format=rdf_format, rename_blank_nodes=True)]
        except SyntaxError as exc:
            raise HttpError(400, f"the RDF body does not parse: {exc}") from exc
        if method == "PUT" and existed:
            store.clear_graph(graph)
        store.extend(parsed)
        if isinstance(graph, ox.NamedNode):
            store.add_graph(graph)
    return 204 if existed else 201
