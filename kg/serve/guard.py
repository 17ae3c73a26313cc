"""Find the SPARQL keywords a public endpoint refuses (SERVICE, LOAD) without being fooled by text.

pyoxigraph has no algebra API, so we tokenise the way the SPARQL grammar does: strings, comments,
IRIs, variables and prefixed names are skipped whole, and only bare keywords are compared.
`\\u0053ERVICE` is caught too: SPARQL (and Oxigraph) expand \\u and \\U escapes before parsing.
"""

import re

_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<long_string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
  | (?P<string>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00C0-\uFFFF_][\w.\-\u00B7\u00C0-\uFFFF]*)?:(?:[^\s{}()\[\];,<>"'\#]*))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


def unescape(text: str) -> str:
    """Expand \\uXXXX and \\UXXXXXXXX as the SPARQL grammar does before tokenising."""
    def expand(match):
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except ValueError:  # beyond U+10FFFF: Oxigraph rejects the query anyway
            return match.group(0)
    return _UNICODE_ESCAPE.sub(expand, text)


def keywords(text: str) -> set[str]:
    """The bare words of a query or update, upper-cased (SELECT, WHERE, SERVICE, LOAD ...)."""
    found = set()
    for match in _TOKEN.finditer(unescape(text)):
        if match.lastgroup == "word":
            found.add(match.group().upper())
    return found


def refused_keyword(text: str, refused: tuple[str, ...]) -> str | None:
    """The first of the refused keywords the text uses, or None."""
    words = keywords(text)
    return next((word for word in refused if word in words), None)
