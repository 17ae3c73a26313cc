"""Run SELECT queries against either a pyoxigraph Store or an rdflib Graph.

Views read through kg.network's select functions (kg.network.sparql.as_select), the same path
the network projections take, so a view and `coopkg analyze` see the graph the same way.
Rows are {variable: plain string}; unbound variables are left out.
"""

from kg.network.sparql import Select, as_select

Row = dict[str, str]


def selector(source) -> Select:
    """A kg.network select function over a pyoxigraph Store or an rdflib Graph."""
    if getattr(source, "is_coopkg_select", False) or type(source).__module__.startswith("pyoxigraph"):
        return as_select(source)

    def rdflib_select(text):  # as_select has already put our PREFIX lines in front of text
        return [{name: str(term) for name, term in row.asdict().items() if term is not None}
                for row in source.query(text)]
    return as_select(rdflib_select)


def select(source, query: str) -> list[Row]:
    """Rows of a SELECT query (kept for callers that hold a store or graph rather than a selector)."""
    return selector(source)(query)
