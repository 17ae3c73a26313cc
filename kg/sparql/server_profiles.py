"""What differs between SPARQL servers, in one small table: where their endpoints are and whether
their Graph Store has a default graph. `coopkg push` and `coopkg query --endpoint` take --server NAME.

    oxigraph  http://host:7878    query /query, Graph Store /store
    virtuoso  http://host:8890    query /sparql, Graph Store /sparql-graph-crud-auth (Digest auth)
    fuseki    query http://host:3030/DATASET/sparql, Graph Store http://host:3030/DATASET/data
    graphdb   query http://host:7200/repositories/REPO, Graph Store .../repositories/REPO/rdf-graphs/service

A bare http://host:port gets the server's path; Fuseki and GraphDB URLs name a dataset, so give them whole.

A server without a writable default graph (Virtuoso has no `?default`; GraphDB's default graph is
the union of all its graphs, with duplicates) gets our de-duplicated union as the named graph
UNION_GRAPH, and queries then name their dataset (default-graph-uri=UNION_GRAPH) so that a fact
stated by two sources is not counted twice.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from kg.errors import CoopKGError
from kg.prefixes import BASE

OUR_GRAPHS = BASE + "graph/"  # every named graph a build makes is under here (see kg.graph.iris)
UNION_GRAPH = OUR_GRAPHS + "union"  # the merged graph, where a server cannot take it as its default graph
CHUNK_TRIPLES = 100_000  # per upload request: one 64 MB PUT stalls Virtuoso, 100 k-triple requests do not
# Oxigraph's no_transaction loader takes 100 k triples in 1.5 s instead of 6.7 s, but 1,000 in 0.25 s
# instead of 0.03 s (measured on its server): worth it only for large requests.
BULK_ABOVE = 20_000


@dataclass(frozen=True)
class ServerProfile:
    name: str
    query_path: str  # added to a bare http://host:port
    store_path: str  # the Graph Store's path, added the same way
    default_graph: bool  # the Graph Store takes ?default, and queries see exactly it by default
    bulk_option: str = ""  # added to the URL of an upload of at least BULK_ABOVE triples

    def graph_store_url(self, url: str) -> str:
        """The Graph Store: a bare http://host:port gets this server's path; any other URL is taken as given."""
        return url.rstrip("/") + self.store_path if _is_bare(url) else url

    def query_url(self, url: str) -> str:
        """The query endpoint: a bare http://host:port gets this server's path, this server's Graph
        Store URL becomes its sibling query endpoint, any other URL is taken as given."""
        if _is_bare(url):
            return url.rstrip("/") + self.query_path
        if url.rstrip("/").endswith(self.store_path):
            return url.rstrip("/")[: -len(self.store_path)] + self.query_path
        return url


PROFILES = {p.name: p for p in (
    ServerProfile("oxigraph", "/query", "/store", default_graph=True, bulk_option="no_transaction"),
    ServerProfile("virtuoso", "/sparql", "/sparql-graph-crud-auth", default_graph=False),
    ServerProfile("fuseki", "/sparql", "/data", default_graph=True),
    ServerProfile("graphdb", "", "/rdf-graphs/service", default_graph=False),
)}


def profile(name: str) -> ServerProfile:
    if name not in PROFILES:
        raise CoopKGError(f"unknown server '{name}'", field="--server", fix=f"use {', '.join(PROFILES)}")
    return PROFILES[name]


def _is_bare(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise CoopKGError(f"'{url}' is not an http(s) URL", field="--endpoint", fix="e.g. http://127.0.0.1:7878/query")
    return parts.path in ("", "/") and not parts.query
