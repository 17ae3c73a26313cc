"""One way to ask SELECT queries, whatever answers them.

`as_select(source)` turns a pyoxigraph Store, an rdflib Graph, or any callable
`select(query_text) -> rows` into a callable returning rows as {variable: plain string}; the rows
come from kg.sparql.query.select_rows, the one query layer (`coopkg query` and kg.api use it too).
A remote endpoint only has to return the SPARQL JSON results' values; it gets the full query text
with our PREFIX lines.
"""

from collections.abc import Callable

import pyoxigraph as ox

from kg.sparql.query import inline_values, select_rows

Select = Callable[[str], list]


def as_select(source) -> Select:
    """A select function for a pyoxigraph Store, an rdflib Graph or an existing callable."""
    if getattr(source, "is_coopkg_select", False):
        return source
    if not (isinstance(source, ox.Store) or callable(source) or type(source).__module__.startswith("rdflib")):
        raise TypeError(f"expected a pyoxigraph.Store, an rdflib Graph or a select(query) callable, "
                        f"not {type(source).__name__}")

    def select(text):
        return select_rows(source, text)
    select.is_coopkg_select = True  # wrapping twice would add the prefixes twice
    return select


def run(select: Select, text: str, bindings: dict | None = None) -> list[dict]:
    """Bind parameters (pyoxigraph terms, written in N-Triples syntax) and run the query."""
    return select(inline_values(text, bindings or {}))
