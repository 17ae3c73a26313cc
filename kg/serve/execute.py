"""Run one SPARQL query under a deadline and a size limit (inside a worker process, workers.py).

The deadline is checked between result rows (collect), so a query that streams rows stops by
itself. Oxigraph cannot be cancelled, though, and a query that computes long before its first row
(an aggregate over a cross product) would keep a core forever: that is why queries (and, with
--allow-update, writes) are evaluated in worker processes the server can kill.
"""

import time
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.sparql.describe import incoming_for_query
from kg.namespaces import PREFIXES
from kg.sparql.query import syntax_error_detail
from kg.serve import negotiate


class HttpError(Exception):
    """An answer other than 200, with a message for people (sent as text/plain)."""

    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


@dataclass
class Answer:
    body: bytes
    content_type: str
    status: int = 200
    headers: dict = field(default_factory=dict)


class Budget:
    """The time left to one query; the worker calls check() between rows."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def check(self):
        if time.monotonic() > self.deadline:
            raise QueryTimeout()


class QueryTimeout(Exception):
    pass


def timeout_error(seconds: float) -> HttpError:
    return HttpError(503, f"query timed out: it ran longer than this server's limit of {seconds:g} s "
                          "(--timeout); make it more selective or add LIMIT")


def busy_error() -> HttpError:
    return HttpError(503, "the server is busy with other queries; retry shortly", {"Retry-After": "1"})


def too_many(limit: int, what: str) -> HttpError:
    return HttpError(400, f"the answer has more than {limit} {what}, this server's limit (--max-results); "
                          "add LIMIT (and OFFSET to page through it) or make the query more selective")


def evaluate(store: ox.Store, text: str, *, accept: str | None, format_param: str | None, budget: Budget,
             max_results: int, default_graphs=None, named_graphs=None) -> Answer:
    """Parse, evaluate and serialise one query in the format the client accepts."""
    options = {"prefixes": PREFIXES}
    if default_graphs:
        options["default_graph"] = default_graphs
    if named_graphs:
        options["named_graphs"] = named_graphs
    try:
        result = store.query(text, **options)
    except SyntaxError as exc:
        raise HttpError(400, f"malformed SPARQL query: {syntax_error_detail(text, exc)}") from exc
    if isinstance(result, ox.QueryTriples):
        choice = _choose(accept, negotiate.GRAPHS, negotiate.GRAPH_ALIASES, format_param, graph_kind=True)
        triples = collect(result, budget, max_results, "triples")
        # A DESCRIBE also lists the links into what it describes (kg.sparql.describe); within the same limits.
        more = incoming_for_query(store, text, budget.check, **options)
        triples += collect(more, budget, max_results - len(triples), "triples")
        return triples_answer(list(dict.fromkeys(triples)), choice)
    choice = _choose(accept, negotiate.RESULTS, negotiate.RESULT_ALIASES, format_param)
    if isinstance(result, ox.QueryBoolean):
        return Answer(result.serialize(format=choice.format), choice.media_type + _charset(choice))
    variables = [v.value for v in result.variables]
    rows = collect(result, budget, max_results, "rows", lambda s: "\t".join(
        "" if s[v] is None else str(s[v]) for v in variables))
    # Rows were taken one by one (to honour the deadline and the limit); Oxigraph's own results
    # writers then serialise them, read back from the SPARQL TSV form its terms print in.
    tsv = "\t".join("?" + v for v in variables) + "\n" + "".join(row + "\n" for row in rows)
    solutions = ox.parse_query_results(tsv.encode("utf-8"), ox.QueryResultsFormat.TSV)
    return Answer(solutions.serialize(format=choice.format), choice.media_type + _charset(choice))


def _choose(accept, offers, aliases, format_param, graph_kind=False):
    choice = negotiate.choose(accept, offers, aliases, format_param, graph_kind)
    if choice is None:
        raise HttpError(406, f"cannot answer this query in any format the request accepts ({accept}); "
                             f"available: {negotiate.supported_list(offers)}")
    return choice


def collect(iterator, budget: Budget, limit: int, what: str, convert=lambda x: x) -> list:
    items = []
    for item in iterator:
        budget.check()
        if len(items) == limit:
            raise too_many(limit, what)
        items.append(convert(item))
    budget.check()
    return items


def triples_answer(triples: list, choice: negotiate.Choice) -> Answer:
    body = ox.serialize(triples, format=choice.format, prefixes=PREFIXES)
    return Answer(body, choice.media_type + _charset(choice))


def _charset(choice: negotiate.Choice) -> str:
    return "" if choice.media_type.endswith(("+json", "/json")) else "; charset=utf-8"
