"""The world's country names, read once from countries.tsv (derived from ISO 3166-1 and tzdata by
`kg.extract.countries_derive`, which says how)."""

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
