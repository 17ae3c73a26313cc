"""HTTP content negotiation: the client's Accept header (or a format= parameter) -> a serialiser.

SELECT/ASK answers come as SPARQL results (JSON, XML, CSV, TSV); CONSTRUCT/DESCRIBE and entity
descriptions as RDF (Turtle, N-Triples, JSON-LD, RDF/XML), both written by Oxigraph's serialisers.
"""

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Choice:
    media_type: str            # what we answer with (Content-Type, without charset)
    format: object             # ox.QueryResultsFormat or ox.RdfFormat, or None for our HTML page


RESULTS = [  # first = default for */*
    Choice("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    Choice("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    Choice("text/csv", ox.QueryResultsFormat.CSV),
    Choice("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
RESULT_ALIASES = {"application/json": RESULTS[0], "application/xml": RESULTS[1], "text/xml": RESULTS[1]}

GRAPHS = [
    Choice("text/turtle", ox.RdfFormat.TURTLE),
    Choice("application/n-triples", ox.RdfFormat.N_TRIPLES),
    Choice("application/ld+json", ox.RdfFormat.JSON_LD),
    Choice("application/rdf+xml", ox.RdfFormat.RDF_XML),
]
GRAPH_ALIASES = {"text/plain": GRAPHS[1], "application/x-turtle": GRAPHS[0], "application/json": GRAPHS[2]}

HTML = Choice("text/html", None)

# Short names for the format= / output= parameter some clients (SPARQLWrapper) send.
SHORT_NAMES = {"json": ("application/sparql-results+json", "application/ld+json"),
               "xml": ("application/sparql-results+xml", "application/rdf+xml"),
               "csv": ("text/csv", None), "tsv": ("text/tab-separated-values", None),
               "turtle": (None, "text/turtle"), "ttl": (None, "text/turtle"),
               "n-triples": (None, "application/n-triples"), "nt": (None, "application/n-triples"),
               "json-ld": (None, "application/ld+json"), "jsonld": (None, "application/ld+json"),
               "rdfxml": (None, "application/rdf+xml"), "rdf+xml": (None, "application/rdf+xml")}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their q-values, best first (stable for equal q, as the client listed them)."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for position, part in enumerate(header.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        q = 1.0
        for param in pieces[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q, position))
    # More specific ranges first on ties, so 'text/turtle, */*' prefers Turtle.
    ranges.sort(key=lambda r: (-r[1], r[0].count("*"), r[2]))
    return [(media, q) for media, q, _ in ranges]


def _matches(media_range: str, media_type: str) -> bool:
    if media_range == "*/*":
        return True
    if media_range.endswith("/*"):
        return media_type.startswith(media_range[:-1])
    return media_range == media_type


def choose(accept: str | None, offers: list[Choice], aliases: dict | None = None,
           format_param: str | None = None, graph_kind: bool = False) -> Choice | None:
    """The offer the client prefers, or None (-> 406). A format= parameter wins over Accept."""
    aliases = aliases or {}
    if format_param:
        short = SHORT_NAMES.get(format_param.strip().lower())
        wanted = (short[1] if graph_kind else short[0]) if short else format_param.strip().lower()
        for offer in offers:
            if offer.media_type == wanted:
                return offer
        if wanted in aliases:
            return aliases[wanted]
        # An unknown format= for this query kind: fall back to the Accept header.
    ranked = parse_accept(accept)
    for media_range, q in ranked:
        if q <= 0:
            continue
        if media_range in aliases:
            return aliases[media_range]
        for offer in offers:
            if _matches(media_range, offer.media_type) and not _refused(ranked, offer.media_type):
                return offer
    return None


def _refused(ranked, media_type: str) -> bool:
    """'q=0' on an exact type excludes it even when a wildcard would match."""
    return any(media == media_type and q <= 0 for media, q in ranked)


def supported_list(offers: list[Choice]) -> str:
    return ", ".join(o.media_type for o in offers)
