"""Read SPARQL text once, in linear time, the way the SPARQL grammar splits it into tokens.

The endpoint uses it to refuse keywords (SERVICE, LOAD) and every query path uses it to refuse
queries so deep or long that Oxigraph's recursive parser would overflow its stack (query_limits.py).
pyoxigraph has no algebra API, so strings, comments, IRIs and variables are skipped whole and only
names outside them are looked at. `\\u0053ERVICE` is caught: SPARQL expands \\u escapes first.

Why linear: every pattern below is possessive (it never gives back what it consumed, so it never
re-reads it), a name run is consumed whole in one step, and a string that does not close is
remembered: a later quote of the same kind before that point can only be an escaped one, whose
scan would end at the same place, so it is not scanned again. `examined` counts the characters
the patterns consumed, which the tests bound by a small multiple of the length.
"""

import re
from dataclasses import dataclass

_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LOCAL = r"""(?:[\w.\-:%\u00B7\u00C0-\uFFFF]|\\[_~.\-!$&'()*+,;=/?\#@%])*+"""  # PN_LOCAL chars and escapes
_TOKEN = re.compile(r"""
    (?P<space>\s++)
  | (?P<comment>\#[^\n\r]*+)
  | (?P<quote>'''|\"\"\"|'|")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*+)(?P<iri_end>>)?
  | (?P<variable>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]++)
  | (?P<name>[A-Za-z\u00C0-\uFFFF_][\w.\-\u00B7\u00C0-\uFFFF]*+)(?P<local>:""" + _LOCAL + r""")?
  | (?P<bare_local>:""" + _LOCAL + r""")
  | (?P<plain>[^\s\#'"<?$:A-Za-z_\u00C0-\uFFFF(){}\[\]!&|=>+\-*/^\\]++)
  | (?P<symbols>[(){}\[\]!&|=>+\-*/^]++)
  | (?P<char>.)
""", re.VERBOSE | re.DOTALL)
# The body of each kind of string, up to (not including) where it closes or cannot go on.
_BODY = {
    "'''": re.compile(r"(?:[^'\\]|\\.|'(?!''))*+", re.DOTALL),
    '"""': re.compile(r'(?:[^"\\]|\\.|"(?!""))*+', re.DOTALL),
    "'": re.compile(r"(?:[^'\\\n\r]|\\.)*+", re.DOTALL),
    '"': re.compile(r'(?:[^"\\\n\r]|\\.)*+', re.DOTALL),
}
OPENING, CLOSING = "([{", ")]}"
# Tokens that each add a node to the query's algebra tree: a long flat chain of them nests as deep
# as brackets do (UNION ... UNION, a && b && ..., !!!x, { } { } ...).
TREE_SYMBOLS = frozenset("{!&|=<>+-*/^")
TREE_WORDS = frozenset({"UNION", "MINUS", "OPTIONAL", "FILTER", "EXISTS", "GRAPH", "SERVICE"})


@dataclass
class Scan:
    """What one pass over a query found."""
    names: str = ""          # upper-cased names outside strings, comments, IRIs, variables (pname prefixes only)
    tokens: int = 0          # tokens other than white space and comments
    max_depth: int = 0       # deepest nesting of (), [] and {}
    tree_tokens: int = 0     # tokens that add a node to the algebra tree (see TREE_SYMBOLS, TREE_WORDS)
    examined: int = 0        # characters the patterns consumed (the cost; about the length, never its square)


def unescape(text: str) -> str:
    """Expand \\uXXXX and \\UXXXXXXXX as the SPARQL grammar does before tokenising."""
    def expand(match):
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except ValueError:  # beyond U+10FFFF: Oxigraph rejects the query anyway
            return match.group(0)
    return _UNICODE_ESCAPE.sub(expand, text)


class _Strings:
    """Where strings end, remembering the ones that cannot close (see the module note)."""

    def __init__(self, text: str, scan: Scan):
        self.text, self.scan = text, scan
        self.long_failed: set[str] = set()
        self.short_failed_until = {"'": -1, '"': -1}

    def end(self, start: int, quote: str) -> int | None:
        """The end of the string opening at start with quote, or None (the quote is a lone char)."""
        if len(quote) == 3 and quote not in self.long_failed:
            closed, _ = self._close(start, quote)
            if closed:
                return closed
            self.long_failed.add(quote)  # no later one of this kind can close either
        mark = quote[0]
        if start < self.short_failed_until[mark]:
            return None
        closed, stopped_at = self._close(start, mark)
        if not closed:
            self.short_failed_until[mark] = stopped_at
        return closed

    def _close(self, start: int, quote: str) -> tuple[int | None, int]:
        """(end of the string or None, where its body stopped)."""
        body_end = _BODY[quote].match(self.text, start + len(quote)).end()
        self.scan.examined += body_end - start + 1
        closed = body_end + len(quote) if self.text.startswith(quote, body_end) else None
        return closed, body_end


def scan(text: str) -> Scan:
    """One linear pass over a query or update (after \\u escapes are expanded)."""
    text = unescape(text)
    result = Scan()
    strings = _Strings(text, result)
    names, depth, position, length = [], 0, 0, len(text)
    while position < length:
        match = _TOKEN.match(text, position)
        kind, end = match.lastgroup, match.end()
        result.examined += end - position + 1
        if kind in ("space", "comment"):
            position = end
            continue
        result.tokens += 1
        if kind == "quote":
            end = strings.end(position, match.group()) or position + 1
        elif kind == "iri":  # no closing '>': only the '<' is a token (a comparison)
            end = position + 1
            result.tree_tokens += 1
        elif kind in ("name", "local"):
            head = match.group("name").upper()
            names.append(head)
            result.tree_tokens += head in TREE_WORDS
        elif kind == "symbols":  # a run of brackets and operators, one token per character
            result.tokens += end - position - 1
            for symbol in match.group():
                if symbol in OPENING:
                    depth += 1
                    result.max_depth = max(result.max_depth, depth)
                elif symbol in CLOSING:
                    depth = max(0, depth - 1)
                result.tree_tokens += symbol in TREE_SYMBOLS
        position = end
    result.names = " ".join(names)
    return result


def refused_keyword(text: str, refused: tuple[str, ...]) -> str | None:
    """The first refused keyword the text may use, or None.

    Oxigraph matches keywords without a word boundary (`SERVICEex:x {}` and `trueSERVICE<x>{}`
    both call a service; `service:x {}` can be SERVICE then the IRI `:x`), so a keyword anywhere
    in a name, or in the prefix of a prefixed name, counts. Locals (ex:SERVICE), IRIs, strings,
    comments and variables do not.
    """
    return refused_in(scan(text), refused)


def refused_in(found: Scan, refused: tuple[str, ...]) -> str | None:
    """refused_keyword() on a scan already made."""
    return next((word for word in refused if word in found.names), None)
