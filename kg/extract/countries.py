"""The world's country names, read once from countries.tsv (derived from ISO 3166-1 and tzdata by
`kg.extract.countries_derive`, which says how)."""

import re
from functools import lru_cache
from pathlib import Path

from kg.errors import CoopKGError
from kg.textnorm import fold

COUNTRIES_FILE = Path(__file__).with_name("countries.tsv")


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Every English name of a country, lowered, with its ISO 3166-1 code: {'viet nam': 'VN', ...}."""
    return {name.lower(): code for code, name in code_rows(COUNTRIES_FILE)}


def code_rows(path: Path) -> list[tuple[str, str]]:
    """The (code, name) rows of a generated 'CODE<tab>name' file (countries.tsv, cities.tsv)."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        code, sep, name = line.partition("\t")
        if not sep or not name.strip():
            raise CoopKGError(f"{path}:{number}: expected 'CODE<tab>name', got {line!r}")
        rows.append((code, name))
    return rows


def write_code_rows(path: Path, header: str, rows: list[tuple[str, str]]) -> None:
    """Write a generated 'CODE<tab>name' file whole (a temporary file, then renamed)."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(header + "".join(f"{code}\t{name}\n" for code, name in rows), encoding="utf-8")
    tmp.replace(path)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The names alone, lowered and folded ('türkiye' and 'turkiye'): callers compare either."""
    return frozenset(country_codes()) | {fold(name) for name in country_codes()}


DEMONYMS_FILE = Path(__file__).with_name("demonyms.tsv")


@lru_cache(maxsize=1)
def demonym_codes() -> dict[str, str]:
    """Every country adjective as text writes it, with its code: {'Ghanaian': 'GH', ...}
    (demonyms.tsv, derived by `kg.extract.demonyms_derive`)."""
    return {name: code for code, name in code_rows(DEMONYMS_FILE)}


def country_code(name: str) -> str | None:
    """The ISO code of a country's name in any of its written forms ('the UK', 'Viet Nam', 'Lao
    People’s Democratic Republic'), or None."""
    codes = _folded_codes()
    low = " ".join(fold(name).lower().replace("’", "'").split())
    return codes.get(low) or codes.get(low.removeprefix("the ")) or codes.get("the " + low)


@lru_cache(maxsize=1)
def _folded_codes() -> dict[str, str]:
    return {fold(name): code for name, code in country_codes().items()} | country_codes()


@lru_cache(maxsize=None)
def usual_name(code: str) -> str:
    """The name a country is usually written by: the shortest of its names that is no acronym and
    takes no 'the' ('Vietnam', 'Laos', 'United Kingdom', 'Korea')."""
    names = [n for n, c in country_codes().items() if c == code]
    original = {n.lower(): n for _c, n in code_rows(COUNTRIES_FILE)}
    plain = [original[n] for n in names if not n.startswith("the ") and not original[n].isupper()] or \
        [original[n] for n in names]
    return min(plain, key=lambda n: (len(n), n))


@lru_cache(maxsize=1)
def country_alternation() -> str:
    """A regex alternation of every country name as a capitalised text writes it ('UK', 'Japan', 'Republic
    of Korea'; 'the' left to the caller), longest first; an apostrophe either way ('Lao People’s ...')."""
    names = {re.sub(r"^the ", "", name) for name in country_codes()}
    return "|".join(r"(?=[A-Z])(?i:%s)" % re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True))
