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
    codes = {}
    for number, line in enumerate(COUNTRIES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        code, sep, name = line.partition("\t")
        if not sep or not name.strip():
            raise CoopKGError(f"{COUNTRIES_FILE}:{number}: expected 'CODE<tab>name', got {line!r}")
        codes[name.lower()] = code
    return codes


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The names alone, lowered and folded ('türkiye' and 'turkiye'): callers compare either."""
    return frozenset(country_codes()) | {fold(name) for name in country_codes()}
