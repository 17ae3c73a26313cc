"""Refuse queries too deep or too long for the query engine, before it sees them.

Oxigraph parses and evaluates recursively: on the default 8 MiB stack, about 2,200 nested braces,
4,700 nested parentheses, 840 nested FILTER NOT EXISTS, or a flat chain of 2,600 MINUS, 6,500 UNION
or 6,900 `+` crash the whole process with a segmentation fault (pyoxigraph 0.5.13,
benchmarks/engine_limits_bench.py). The limits below stay well under that: a query at all of them
at once uses under half the stack (tests/test_query_limits.py runs one). Both `coopkg serve` (400) and
`coopkg query` (exit 2) apply them.
"""

from kg.sparql.sparql_scan import Scan, scan

MAX_DEPTH = 100            # nesting of (), [] and {} together
MAX_TREE_TOKENS = 2_000    # UNION, MINUS, OPTIONAL, FILTER, EXISTS, GRAPH, SERVICE, {, and operators
MAX_TOKENS = 200_000
MAX_CHARS = 1 << 20        # 1 MiB of text, the endpoint's default body limit


class QueryTooComplex(ValueError):
    """The query would overflow the engine; the message says which limit and by how much."""


def check(text: str, what: str = "query") -> Scan:
    """Raise QueryTooComplex unless the text is within every limit; returns the scan (for reuse)."""
    if len(text) > MAX_CHARS:
        raise QueryTooComplex(f"the {what} is {len(text):,} characters long, more than the limit of "
                              f"{MAX_CHARS:,}; split it into several queries")
    found = scan(text)
    if found.max_depth > MAX_DEPTH:
        raise QueryTooComplex(f"the {what} nests brackets ( [ {{ {found.max_depth} levels deep, more than the limit "
                              f"of {MAX_DEPTH} (deeper queries crash the query engine); flatten it")
    if found.tree_tokens > MAX_TREE_TOKENS:
        raise QueryTooComplex(f"the {what} has {found.tree_tokens:,} groups and operators (UNION, MINUS, OPTIONAL, "
                              f"FILTER, {{, &&, +, ...), more than the limit of {MAX_TREE_TOKENS:,} (longer chains "
                              "crash the query engine); split it, or use VALUES for long lists")
    if found.tokens > MAX_TOKENS:
        raise QueryTooComplex(f"the {what} has {found.tokens:,} tokens, more than the limit of {MAX_TOKENS:,}; "
                              "split it into several queries")
    return found
