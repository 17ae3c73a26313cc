"""Refuse, before any worker sees it, a request the endpoint will not run: SERVICE (unless
--allow-service), LOAD, and queries too deep or too long for the engine (kg/sparql/query_limits.py).

The tokenising is kg/sparql/sparql_scan.py, linear in the length of the request.
"""

from kg.sparql.query_limits import QueryTooComplex, check
from kg.serve.execute import HttpError
from kg.sparql.sparql_scan import refused_keyword, refused_in, unescape

__all__ = ["refused_keyword", "screen", "unescape"]


def screen(text: str, kind: str, allow_service: bool):
    """Raise HttpError (400 or 403) unless the query or update may run."""
    try:
        found = check(text, kind)
    except QueryTooComplex as exc:
        raise HttpError(400, str(exc)) from None
    refused = (("LOAD",) if kind == "update" else ()) + (() if allow_service else ("SERVICE",))
    word = refused_in(found, refused)
    if word == "LOAD":
        raise HttpError(403, "LOAD is refused: this server does not fetch URLs; push data with the Graph Store protocol")
    if word:
        raise HttpError(403, "SERVICE is refused: this endpoint does not query other servers "
                             "(start it with --allow-service to allow federated queries)")
