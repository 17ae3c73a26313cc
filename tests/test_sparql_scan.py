"""The scanner behind the SERVICE/LOAD check and the query limits (kg/sparql/sparql_scan.py).

Linear: adversarial 1 MiB bodies cost a small constant number of examined characters per character
(an operation count, not a clock). Exact: on random inputs it finds what a plain, unoptimised
tokeniser of the same grammar finds. Safe: whenever Oxigraph itself really calls a SERVICE (it
connects to a closed port on 127.0.0.1), the check had refused the query."""

import random
import re
import socket

import pyoxigraph as ox
import pytest

from kg.sparql.sparql_scan import _LOCAL, refused_keyword, scan, unescape

MIB = 1 << 20
ADVERSARIAL = {
    "name run without colon": lambda n: ("a-" * n)[:n],
    "non-ASCII name run": lambda n: "é" * n,
    "digits between names": lambda n: ("1é" * n)[:n],
    "unclosed short string, escaped quotes": lambda n: ("'" + "\\'" * n)[:n],
    "unclosed double-quoted string": lambda n: ('"' + '\\"' * n)[:n],
    "unclosed long strings": lambda n: ("'''" + "\\'''x" * n)[:n],
    "quotes": lambda n: "'" * n,
    "unclosed IRIs": lambda n: ("<a" * n)[:n],
    "brackets": lambda n: "{" * n,
    "lone question marks": lambda n: "?" * n,
    "prefixed names": lambda n: ("x:" * n)[:n],
    "mixture": lambda n: ("a-'\\'\"<é?{:" * n)[:n],
    "unicode escapes": lambda n: ("\\u0027" * n)[:n],
}


@pytest.mark.parametrize("family", ADVERSARIAL)
def test_a_1_mib_body_costs_a_constant_number_of_operations_per_character(family):
    text = ADVERSARIAL[family](MIB)
    assert len(text) == MIB
    found = scan(text)
    # The quadratic tokeniser this replaced examined ~n²/2 characters here (10^11); ours at most 3 per character.
    assert found.examined <= 3 * MIB + 16, f"{family}: {found.examined / MIB:.2f} characters examined per character"


# --- the same answers as a plain tokeniser of the same grammar (quadratic, fine on short input) ---

_PLAIN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<long_string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
  | (?P<string>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<pname>[A-Za-z\u00C0-\uFFFF_][\w.\-\u00B7\u00C0-\uFFFF]*:""" + _LOCAL.replace("*+", "*") + r""")
  | (?P<name>[A-Za-z\u00C0-\uFFFF_][\w.\-\u00B7\u00C0-\uFFFF]*)
  | (?P<bare_local>:""" + _LOCAL.replace("*+", "*") + r""")
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


def plain_names(text: str) -> list[str]:
    names = []
    for match in _PLAIN.finditer(unescape(text)):
        if match.lastgroup in ("pname", "name"):
            names.append(match.group().split(":")[0].upper())
    return names


def plain_depth(text: str) -> int:
    depth = deepest = 0
    for match in _PLAIN.finditer(unescape(text)):
        if match.lastgroup == "other" and match.group() in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif match.lastgroup == "other" and match.group() in ")]}":
            depth = max(0, depth - 1)
    return deepest


PIECES = ["'", '"', "'''", '"""', "\\", "\\'", "\n", "a", "SERVICE", "1", ":", "ex:", "<", ">", "?", "$x", "#",
          " ", "é", "-", ".", "{", "}", "(", "\\u0027", "_:b"]


def test_the_fast_scanner_agrees_with_a_plain_tokeniser_on_random_input():
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))
        found = scan(text)
        assert found.names.split() == [n for n in plain_names(text) if n], repr(text)
        assert found.max_depth == plain_depth(text), repr(text)


# --- whatever Oxigraph would send to another server, the check refuses ---------------------------

def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens here once the socket is closed


BEFORE = ["", "?s ?p ex:a\\' . ", "?s ?p true", "?s ?p 1", "?s ?p 'x'", "?s ?p ?o .", "{ } ", "?s ?p ex:o",
          "?s ?p \"\"\"a\"\"\" ", "?s ?p ?o # x\n", "?s ?p '''a\\''' '", "?s ?p ex:a\\'"]
KEYWORD = ["SERVICE", "service", "SERVICESILENT", "SERVICE SILENT", "SERV\\u0049CE", "\\u0053ERVICE"]
TARGET = ["<{url}>", " <{url}>", "ex:x", " ex:x", ":x"]


def test_every_service_oxigraph_would_call_is_refused():
    url = f"http://127.0.0.1:{closed_port()}/"
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
    called = 0
    for before in BEFORE:
        for keyword in KEYWORD:
            for target in TARGET:
                query = (f"PREFIX ex: <{url}> PREFIX : <{url}> SELECT * WHERE {{ {{ {before} }} UNION "
                         f"{{ {keyword}{target.format(url=url)} {{ ?x ?y ?z }} }} }} #'")
                if _oxigraph_calls_out(store, query):
                    called += 1
                    assert refused_keyword(query, ("SERVICE",)) == "SERVICE", query
    assert called > 50  # the corpus really exercises SERVICE, including the glued forms


def _oxigraph_calls_out(store, query) -> bool:
    try:
        list(store.query(query))
    except OSError:  # "Connection refused": it tried to fetch the service
        return True
    except (SyntaxError, RuntimeError, ValueError):
        return False
    return False


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { { ?s ?p ex:a\\' } UNION { SERVICE <http://h/> { ?x ?y ?z } } } #'",  # escaped quote in a name
    "PREFIX ex: <http://h/> SELECT * WHERE { SERVICEex:x { ?x ?y ?z } }",                 # keyword glued to a name
    "SELECT * WHERE { SERVICESILENT<http://h/> { ?x ?y ?z } }",
    "SELECT * WHERE { ?s ?p trueSERVICE<http://h/> { } }",
])
def test_bypasses_of_the_previous_check_are_refused(query):
    assert refused_keyword(query, ("SERVICE",)) == "SERVICE"
