"""Saved SPARQL queries (ontology/queries/*.rq) and running any query on the store.

A saved query is one file per competency question. Its header comments state the question
and declare parameters:

    # Question: Which agreements cover a given area, including its narrower areas?
    # param area: area = research -- the area, by key, CURIE, IRI or English label

Parameters are bound as RDF terms in a VALUES block that Oxigraph writes in N-Triples syntax,
never pasted into the query text as raw strings (the same way for the local store and remote endpoints).
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.sparql import describe
from kg.errors import CoopKGError
from kg.prefixes import PREFIXES, sparql_prefix_block
from kg.paths import QUERIES_DIR
from kg.textnorm import fold

PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(\w+)\s*(?:=\s*(.*?))?\s*(?:--\s*(.*))?$")
PARAM_KINDS = ("iri", "area", "text", "folded", "date", "int")


@dataclass
class Param:
    name: str
    kind: str
    default: str | None
    description: str


@dataclass
class SavedQuery:
    name: str
    path: Path
    question: str
    text: str
    params: list = field(default_factory=list)


def parse_saved_query(path: Path, text: str | None = None) -> SavedQuery:
    """The saved query in path; text, when given, is the file's content already read."""
    text = path.read_text(encoding="utf-8") if text is None else text
    question, params = "", []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped.startswith("#"):
            continue
        if stripped.lower().startswith("# question:"):
            question = stripped.split(":", 1)[1].strip()
        elif stripped.lower().startswith("# param"):
            match = PARAM_LINE.match(stripped)
            if not match or match.group(2) not in PARAM_KINDS:
                raise CoopKGError("malformed parameter line", where=f"{path}:{number}",
                                  fix=f"write '# param NAME: KIND = DEFAULT -- description', KIND one of {', '.join(PARAM_KINDS)}")
            params.append(Param(match.group(1), match.group(2), match.group(3) or None, match.group(4) or ""))
    if not question:
        raise CoopKGError("saved query has no '# Question:' header", where=str(path))
    return SavedQuery(path.stem, path, question, text, params)


def saved_queries(directory: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    return {p.stem: parse_saved_query(p) for p in sorted(directory.glob("*.rq"))}


def find_saved(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        from kg.curation.schema import did_you_mean
        hint = did_you_mean(name, queries) or "see 'coopkg query --list'"
        raise CoopKGError(f"no saved query named '{name}'", fix=hint)
    return queries[name]


def expand_iri(value: str) -> str:
    """CURIE (area:research) or full IRI -> full IRI."""
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    prefix, _, rest = value.partition(":")
    if prefix in PREFIXES and not rest.startswith("//"):
        return PREFIXES[prefix] + rest
    if re.match(r"^[a-z][a-z0-9+.-]*://\S+$", value, re.I):
        return value
    raise CoopKGError(f"'{value}' is not an IRI or a known CURIE",
                      fix="use e.g. agreement:haui-bcit-2025 or https://...")


def _area_iri(value: str) -> str:
    from kg.vocab import load_vocabulary
    areas = load_vocabulary().areas
    if value in areas:
        return PREFIXES["area"] + value
    by_label = {fold(label): key for key, label in areas.items()}
    if fold(value) in by_label:
        return PREFIXES["area"] + by_label[fold(value)]
    if ":" in value:
        return expand_iri(value)
    from kg.curation.schema import did_you_mean
    raise CoopKGError(f"unknown area '{value}'", fix=did_you_mean(value, areas) or "see ontology/areas.ttl")


def bind_value(param: Param, value: str):
    """A user's parameter value as an RDF term of the declared kind."""
    kind = param.kind
    if kind == "iri":
        return ox.NamedNode(expand_iri(value))
    if kind == "area":
        return ox.NamedNode(_area_iri(value))
    if kind == "folded":
        return ox.Literal(fold(value))
    if kind == "date":
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            raise CoopKGError(f"parameter '{param.name}': '{value}' is not a date", fix="use YYYY-MM-DD")
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    if kind == "int":
        if not re.match(r"^-?\d+$", value):
            raise CoopKGError(f"parameter '{param.name}': '{value}' is not a whole number")
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(value)


def bindings_for(query: SavedQuery | None, given: dict) -> dict:
    """Variable -> term for every declared parameter (given value or default), plus undeclared
    --param values bound as plain text."""
    declared = {p.name: p for p in (query.params if query else [])}
    unknown = set(given) - set(declared)
    if query and query.params and unknown:
        raise CoopKGError(f"unknown parameter(s) {', '.join(sorted(unknown))} for query '{query.name}'",
                          fix="declared: " + ", ".join(declared))
    result = {}
    for name, param in declared.items():
        value = given.get(name, param.default)
        if value is None:
            raise CoopKGError(f"query '{query.name}' needs --param {name}=VALUE ({param.description})")
        result[name] = bind_value(param, value)
    for name in unknown:
        result[name] = ox.Literal(given[name])
    return result


def run_local(store: ox.Store, text: str, bindings: dict | None = None, source: str | None = None):
    """Run a query on an Oxigraph store. Its default graph is the union of all named graphs.

    The query is checked against kg.sparql.query_limits first: a too deep one would crash this process."""
    from kg.sparql.query_limits import QueryTooComplex, check
    text = inline_values(text, bindings or {})
    try:
        check(text)
    except QueryTooComplex as exc:
        raise CoopKGError(str(exc), where=source) from None
    try:
        # A DESCRIBE also lists the links into the described resources (kg.sparql.describe).
        return describe.complete(store, text, store.query(text, prefixes=PREFIXES))
    except SyntaxError as exc:
        raise CoopKGError(f"SPARQL syntax error: {syntax_error_detail(text, exc)}", where=source,
                          fix="check the query text") from exc


def select_rows(source, text: str, bindings: dict | None = None) -> list[dict[str, str]]:
    """Rows of a SELECT as {variable: plain string} (unbound variables left out), whatever answers it:
    an Oxigraph store (run_local), an rdflib Graph, or a callable select(query_text) -> rows such as a
    remote endpoint (it gets the full text with our PREFIX lines; SPARQL-JSON cells are read too)."""
    if isinstance(source, ox.Store):
        return solution_rows(run_local(source, text, bindings))
    text = with_prefixes(inline_values(text, bindings or {}))
    if callable(source):
        return [{k: (v.get("value") if isinstance(v, dict) else v) for k, v in row.items() if v is not None}
                for row in source(text)]
    if callable(getattr(source, "query", None)) and type(source).__module__.startswith("rdflib"):
        return [{name: str(term) for name, term in row.asdict().items() if term is not None}
                for row in source.query(text)]
    raise TypeError(f"expected a pyoxigraph.Store, an rdflib Graph or a select(query) callable, "
                    f"not {type(source).__name__}")


def solution_rows(solutions) -> list[dict[str, str]]:
    """pyoxigraph QuerySolutions (from a store or kg.sparql.remote) as rows of plain strings."""
    names = [v.value for v in solutions.variables]
    # A solution iterates over its values in variable order; zip is ~7x faster than solution[v].
    return [{name: _plain(term) for name, term in zip(names, solution) if term is not None}
            for solution in solutions]


def _plain(term) -> str:
    return "_:" + term.value if isinstance(term, ox.BlankNode) else term.value


def prefix_listing() -> str:
    """The pre-declared prefixes, one 'prefix: <namespace>' per line (`coopkg query --prefixes`)."""
    width = max(len(p) for p in PREFIXES) + 1
    return "\n".join(f"{p + ':':<{width}} <{iri}>" for p, iri in PREFIXES.items())


# A prefixed name outside IRIs, strings and comments: 'xyz:' of 'xyz:foo' (also a bare 'xyz:').
_SKIPPED = re.compile(r'<[^<>"{}|^`\\\s]*>|"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|#[^\n]*')
_PREFIXED = re.compile(r"(?<![\w?$:.-])([A-Za-z][\w.-]*)?:(?=[\w%\\]|\s|$)")
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)


def undeclared_prefixes(text: str) -> list[str]:
    """Prefixes a query uses that neither it nor our pre-declared list defines, in order of use."""
    plain = _SKIPPED.sub(" ", text)
    declared = set(PREFIXES) | {m.group(1) or "" for m in _DECLARED.finditer(plain)}
    found = []
    for match in _PREFIXED.finditer(plain):
        prefix = match.group(1) or ""
        if prefix not in declared and prefix not in found:
            found.append(prefix)
    return found


def syntax_error_detail(text: str, exc: Exception) -> str:
    """Oxigraph's parser message, or a readable one for its commonest cause, an unknown prefix."""
    unknown = undeclared_prefixes(text) if "Prefix not found" in str(exc) else []
    if unknown:
        return (f"unknown prefix '{unknown[0]}:' — declared prefixes are: {', '.join(PREFIXES)} "
                f"(add 'PREFIX {unknown[0]}: <namespace IRI>' to the query)")
    return str(exc)


def with_prefixes(text: str) -> str:
    """Query text with our PREFIX lines, for engines that do not know them (remote endpoints)."""
    return sparql_prefix_block() + text


def inline_values(text: str, bindings: dict) -> str:
    """Bind parameters for a remote endpoint: a VALUES block at the start of the outermost WHERE.

    Terms are written in N-Triples syntax by Oxigraph, so a value can never break out of its term.
    """
    if not bindings:
        return text
    match = re.search(r"\bWHERE\s*\{", text, re.I)
    if not match:
        raise CoopKGError("cannot bind parameters: the query has no WHERE clause")
    names = sorted(bindings)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(bindings[n]) for n in names)}) }} "
    return text[:match.end()] + block + text[match.end():]
