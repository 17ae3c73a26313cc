"""Printing query results: an aligned table for people, CSV/TSV/JSON/XML for programs."""

import pyoxigraph as ox

from kg.prefixes import PREFIXES

FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
           "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def compact(iri: str) -> str:
    for prefix, base in _BY_LENGTH:
        if iri.startswith(base) and "/" not in iri[len(base):]:
            return f"{prefix}:{iri[len(base):]}"
    return f"<{iri}>"


def cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def table(variables: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    def clip(text):
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"
    rows = [[clip(c) for c in row] for row in rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(variables)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(variables), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def render(result, fmt: str = "table") -> str:
    """Text for a SELECT, ASK or CONSTRUCT/DESCRIBE result in the chosen format."""
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            return "true" if bool(result) else "false"
        return result.serialize(format=FORMATS[fmt]).decode("utf-8")
    if isinstance(result, (ox.QueryTriples, list)):  # a list: a DESCRIBE with its incoming links
        rdf_format = ox.RdfFormat.N_TRIPLES if fmt in ("csv", "tsv") else ox.RdfFormat.TURTLE
        return ox.serialize(result, format=rdf_format, prefixes=PREFIXES).decode("utf-8")
    if fmt == "table":
        variables = [v.value for v in result.variables]
        rows = [[cell(solution[v]) for v in variables] for solution in result]
        return table(variables, rows)
    return result.serialize(format=FORMATS[fmt]).decode("utf-8")
