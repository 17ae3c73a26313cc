"""Read a SPARQL 1.1 Protocol request: query or update text, dataset graphs and the format asked for.

GET ?query=, POST form (query= or update=), POST application/sparql-query and
application/sparql-update bodies. Bodies must be UTF-8 and within the configured size.
"""

from dataclasses import dataclass, field
from urllib.parse import parse_qs

import pyoxigraph as ox

from kg.serve.execute import HttpError

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
# An oversized body up to this size is read and dropped, so the client (still sending) gets our 413
# instead of a connection reset; beyond it we answer and close at once.
DRAIN_LIMIT = 16 << 20


@dataclass
class SparqlRequest:
    kind: str                      # "query" or "update"
    text: str
    default_graphs: list = field(default_factory=list)
    named_graphs: list = field(default_factory=list)
    format_param: str | None = None


def media_type(header: str | None) -> str:
    return (header or "").split(";")[0].strip().lower()


def read_body(handler, limit: int) -> bytes:
    """The request body, refusing chunked or oversized bodies before reading them."""
    if "chunked" in (handler.headers.get("Transfer-Encoding") or "").lower():
        raise HttpError(411, "chunked request bodies are not supported; send Content-Length")
    length_header = handler.headers.get("Content-Length")
    try:
        length = int(length_header) if length_header is not None else 0
    except ValueError:
        raise HttpError(400, f"bad Content-Length '{length_header}'") from None
    if length < 0:
        raise HttpError(400, f"bad Content-Length '{length_header}'")
    if length > limit:
        handler.close_connection = True  # the unread body must not be parsed as the next request
        _drain(handler, min(length, DRAIN_LIMIT))
        raise HttpError(413, f"request body of {length} bytes is larger than this server's limit of {limit} bytes")
    return handler.rfile.read(length) if length else b""


def _drain(handler, length: int):
    while length > 0:
        chunk = handler.rfile.read(min(length, 1 << 16))
        if not chunk:
            return
        length -= len(chunk)


def decode_utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HttpError(400, f"{what} is not valid UTF-8 (byte {exc.start}): SPARQL requests must be UTF-8") from None


def parse_params(query_string: str, what: str = "URL query string") -> dict[str, list[str]]:
    try:
        return parse_qs(query_string, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise HttpError(400, f"{what} has percent-encoded bytes that are not valid UTF-8") from None


def from_get(url_params: dict) -> SparqlRequest:
    if "update" in url_params:
        raise HttpError(400, "SPARQL updates must be sent with POST, never GET")
    if "query" not in url_params:
        raise HttpError(400, "no query: use GET /sparql?query=..., or POST (see the page at /)")
    return _build("query", url_params, url_params)


def from_post(handler, url_params: dict, body_limit: int) -> SparqlRequest:
    content_type = media_type(handler.headers.get("Content-Type"))
    if content_type not in (FORM, QUERY_BODY, UPDATE_BODY):
        raise HttpError(415, f"unsupported Content-Type '{content_type or '(none)'}': use {QUERY_BODY}, "
                             f"{UPDATE_BODY} or {FORM}")
    body = decode_utf8(read_body(handler, body_limit), "the request body")
    if content_type == FORM:
        form = parse_params(body, "the form body")
        kinds = [k for k in ("query", "update") if k in form]
        if len(kinds) != 1:
            raise HttpError(400, "the form must have exactly one 'query' or 'update' field")
        return _build(kinds[0], form, form)
    kind = "query" if content_type == QUERY_BODY else "update"
    return _build(kind, url_params, url_params, body)


def _build(kind: str, text_source: dict, graph_source: dict, body: str | None = None) -> SparqlRequest:
    if body is None:
        values = text_source.get(kind, [])
        if len(values) != 1:
            raise HttpError(400, f"give exactly one '{kind}' parameter")
        body = values[0]
    if not body.strip():
        raise HttpError(400, f"the {kind} is empty")
    default_key, named_key = ("default-graph-uri", "named-graph-uri") if kind == "query" \
        else ("using-graph-uri", "using-named-graph-uri")
    fmt = (graph_source.get("format") or graph_source.get("output") or [None])[0]
    return SparqlRequest(kind, body, _graphs(graph_source.get(default_key, [])),
                         _graphs(graph_source.get(named_key, [])), fmt)


def _graphs(iris: list[str]) -> list:
    graphs = []
    for iri in iris:
        try:
            graphs.append(ox.NamedNode(iri))
        except ValueError:
            raise HttpError(400, f"'{iri}' is not a valid graph IRI") from None
    return graphs
