"""Writes kg/extract/demonyms.tsv, the adjective each country's officials are written with ('the Ghanaian
Ambassador', 'Kenyan Minister of X'), from data rather than memory.

Run by a developer, never at run time: `python -m kg.extract.demonyms_derive` (needs the `countryinfo`
package, the project's `derive` extra: MIT, one JSON file a country with its ISO code and demonym).
- a demonym several codes share ('Chinese' for CN, HK and MO; 'French' for France and its overseas
  regions) names the most populous of them, the country a text means by it;
- 'Antiguan,Barbudan' gives both; 'Serbian/Montenegrin' (a state that is gone) nothing;
- only codes countries.tsv knows (ISO 3166-1) are kept.
The press's usual adjectives the data does not spell ('Korean', 'Saudi', 'Lao', 'Kazakh') are in USAGE.
"""

import importlib.util
import json
from pathlib import Path

from kg.extract.countries import country_codes, write_code_rows

DEMONYMS_FILE = Path(__file__).with_name("demonyms.tsv")
# Adjectives English news writes that the data gives in another form ('Saudi Arabian', 'Kazakhstani').
USAGE = {
    "KR": ["Korean"], "SA": ["Saudi"], "LA": ["Lao"], "KZ": ["Kazakh"], "UZ": ["Uzbek"], "KG": ["Kyrgyz"],
    "TJ": ["Tajik"], "PH": ["Philippine"], "NP": ["Nepali"], "AR": ["Argentine", "Argentinian"],
    "MV": ["Maldivian"], "IS": ["Icelandic"], "BA": ["Bosnian"], "CZ": ["Czech"], "SK": ["Slovak", "Slovakian"],
    "SI": ["Slovenian"], "EC": ["Ecuadorian"], "CV": ["Cape Verdean"], "TL": ["Timorese"],
}


def _data_dir() -> Path:
    spec = importlib.util.find_spec("countryinfo")
    if spec is None or not spec.origin:
        raise SystemExit("the countryinfo package is needed: pip install 'coopkg[derive]'")
    return Path(spec.origin).with_name("data")


def derive(data_dir: Path | None = None) -> list[tuple[str, str]]:
    """(code, demonym) rows, sorted; each demonym names one code."""
    known = set(country_codes().values())
    best: dict[str, tuple[int, str]] = {}            # demonym -> (population, code)
    for path in sorted((data_dir or _data_dir()).glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        code = (entry.get("ISO") or {}).get("alpha2")
        demonym = entry.get("demonym") or ""
        if code not in known or not demonym or "/" in demonym:
            continue
        for word in (w.strip() for w in demonym.split(",")):
            population = entry.get("population") or 0
            if word and (word not in best or best[word][0] < population):
                best[word] = (population, code)
    rows = {(code, word) for word, (_p, code) in best.items()}
    taken = {word for _code, word in rows}
    rows |= {(code, word) for code, words in USAGE.items() for word in words if word not in taken}
    return sorted(rows, key=lambda r: (r[0], r[1]))


def write(rows: list[tuple[str, str]], path: Path = DEMONYMS_FILE) -> None:
    header = ("# Country adjectives (ISO 3166-1 code, the adjective as text writes it); one a line.\n"
              "# Derived by `python -m kg.extract.demonyms_derive`, see that module; do not edit by hand.\n")
    write_code_rows(path, header, rows)


if __name__ == "__main__":
    write(derive())
