"""Run SELECT queries against either a pyoxigraph Store or an rdflib Graph.

Views only need plain strings back (IRIs and literal values; languages are asked for with
LANG() in the query), so both back ends are reduced to lists of {variable: str} rows.
"""

from kg.namespaces import sparql_prefix_block

Row = dict[str, str]


def select(source, query: str) -> list[Row]:
    """Rows of a SELECT query; unbound variables are left out of the row."""
    query = sparql_prefix_block() + query
    if _is_oxigraph(source):
        # Our stores keep the de-duplicated union of the named graphs as their default graph
        # (kg.store); 'default graph as union' would repeat a fact once per graph stating it.
        solutions = source.query(query)
        names = [v.value for v in solutions.variables]
        return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]
    rows = []
    for result in source.query(query):
        rows.append({name: str(term) for name, term in result.asdict().items() if term is not None})
    return rows


def _is_oxigraph(source) -> bool:
    return type(source).__module__.startswith("pyoxigraph")
