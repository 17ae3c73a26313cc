"""Writes kg/extract/countries.tsv, the extractor's list of country names, from data rather than memory.

Run by a developer, never at run time: `python -m kg.extract.countries_derive [ROR_DUMP]`.
Sources (all on the project's Debian machines, no network):
- ISO 3166-1 from Debian's `iso-codes` package: every code with its ISO name, common name and
  official name ('Korea, Republic of' / 'South Korea');
- the 'usual English name' column of tzdata's iso3166.tab ('Czech Republic', 'Turkey', 'Russia');
- the ROR dump (`realdata/ror/`): it holds country codes only, no names, so it serves as a check that
  every code an organisation of the registry carries has a name here (Kosovo's XK is not in ISO).
A few English usages no source spells ('Vietnam' is, 'USA' is not) are listed in USAGE below.
"""

import json
import lzma
import re
import sys
from pathlib import Path

from kg.extract.countries import COUNTRIES_FILE, write_code_rows

ISO_FILE = Path("/usr/share/iso-codes/json/iso_3166-1.json")
TZ_FILE = Path("/usr/share/zoneinfo/iso3166.tab")
# English usages that none of the sources spells: acronyms, older names still in the press,
# and codes ISO has not assigned (XK).
USAGE = {
    "US": ["USA", "the USA", "the US"], "GB": ["UK", "the UK", "Great Britain"], "AE": ["UAE", "the UAE"],
    "KR": ["Korea"], "CI": ["Ivory Coast"], "CD": ["DR Congo", "DRC"], "CG": ["Republic of the Congo"],
    "XK": ["Kosovo"], "BS": ["the Bahamas"],
    "GM": ["the Gambia"], "PH": ["the Philippines"], "MV": ["the Maldives"], "SZ": ["Swaziland"],
    "NL": ["Holland", "the Netherlands"], "KM": ["the Comoros"], "SC": ["the Seychelles"],
    "MM": ["Burma"], "MK": ["Macedonia"],
}
# 'Samoa (American)', 'Congo (Dem. Rep.)': a bracket that qualifies the name is not a short name.
_BRACKET = re.compile(r"\s*\(([^)]*)\)")


def _iso_names(entry: dict) -> list[str]:
    """ISO's names for one code, written as English text writes them ('Republic of Korea', not
    'Korea, Republic of'); a bracketed aside goes ('Falkland Islands (Malvinas)' -> 'Falkland Islands')."""
    names = []
    for key in ("name", "common_name", "official_name"):
        name = entry.get(key)
        if not name:
            continue
        name = re.sub(r"^the\s+", "", name)
        if ", " in name and " and " not in name:        # not the list 'Bonaire, Sint Eustatius and Saba'
            head, tail = name.split(", ", 1)
            if "." in tail or not re.search(r"\bof(?: the)?$|^\w+$", tail):   # 'Virgin Islands, U.S.',
                continue                         # 'Taiwan, Province of China': another name says it
            tail = "the" + tail[3:] if tail.startswith("The ") else tail
            name = f"{tail} {head}"                      # 'the Democratic Republic of the Congo'
        names.append(_BRACKET.sub("", name))
    return names


def _tz_names(line: str) -> tuple[str, list[str]]:
    """tzdata's usual English name, '&' spelt out; 'Myanmar (Burma)' gives 'Myanmar', and brackets that
    only qualify ('Samoa (American)', 'Korea (South)') leave nothing ISO has not already said."""
    code, name = line.rstrip("\n").split("\t")
    name = name.replace(" & ", " and ")
    if "(" in name or "." in name or name.endswith(" Is") or re.search(r"\b[A-Z]{2,}\b", name):
        return code, []
    return code, [name]


def _with_article(name: str) -> list[str]:
    """A name with 'the' too where English writes one: 'Republic', 'Kingdom', 'States', 'Islands' ones
    (plural names such as 'the Netherlands' are in USAGE: 'Saint Kitts and Nevis' is no plural)."""
    name = re.sub(r"^the\s+", "", name)
    if re.search(r"\b(?:Republic|Kingdom|States|Emirates|Federation|Islands|Territories)\b", name):
        return [name, "the " + name]
    return [name]


def derive(ror_dump: Path | None = None) -> list[tuple[str, str]]:
    """(code, name) rows, sorted, one per distinct name."""
    rows = set()
    for entry in json.loads(ISO_FILE.read_text(encoding="utf-8"))["3166-1"]:
        for name in _iso_names(entry):
            rows.update((entry["alpha_2"], n) for n in _with_article(name))
    for line in TZ_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, names = _tz_names(line)
            rows.update((code, n) for name in names for n in _with_article(name))
    for code, names in USAGE.items():
        rows.update((code, n) for n in names)
    if ror_dump:
        codes = {code for code, _ in rows}
        with lzma.open(ror_dump, "rt", encoding="utf-8") as lines:
            missing = {json.loads(line)["country"] for line in lines} - codes - {None, ""}
        if missing:
            raise SystemExit(f"{ror_dump}: country codes with no name: {sorted(missing)}")
    return sorted(rows, key=lambda r: (r[0], r[1].lower(), r[1]))


def write(rows: list[tuple[str, str]], path: Path = COUNTRIES_FILE) -> None:
    header = ("# Country names (ISO 3166-1 code, English name as text writes it); one name a line.\n"
              "# Derived by `python -m kg.extract.countries_derive`, see that module; do not edit by hand.\n")
    write_code_rows(path, header, rows)


if __name__ == "__main__":
    write(derive(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
