"""Writes kg/extract/cities.tsv, the extractor's list of city names, from the ROR registry dump.

Run by a developer, never at run time: `python -m kg.extract.cities_derive ROR_DUMP`
(ROR_DUMP: `../shared/realdata/ror/ror-organizations.jsonl.xz`). Each organisation of the registry
carries the city it is in; a city where at least MIN_ORGANISATIONS organisations are keeps the list
small (about 4,000 names) and leaves out one-off spellings. The list is evidence that a capitalised
name after a venue says where the venue is ('the Grand Hotel, Nairobi'), never a source of places.
"""

import json
import lzma
import sys
from collections import Counter
from pathlib import Path

from kg.extract.countries import write_code_rows
from kg.extract.place_names import CITIES_FILE

MIN_ORGANISATIONS = 2


def derive(ror_dump: Path) -> list[tuple[str, str]]:
    """(country code, city) rows, sorted, for cities with at least MIN_ORGANISATIONS organisations."""
    counts = Counter()
    with lzma.open(ror_dump, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            city, country = (record.get("city") or "").strip(), record.get("country") or ""
            if city and country and "\t" not in city:
                counts[(country, city)] += 1
    return sorted((row for row, n in counts.items() if n >= MIN_ORGANISATIONS), key=lambda r: (r[0], r[1]))


def write(rows: list[tuple[str, str]], path: Path = CITIES_FILE) -> None:
    header = ("# City names from the ROR registry (ISO 3166-1 code, city as ROR writes it); one a line.\n"
              "# Derived by `python -m kg.extract.cities_derive ROR_DUMP`, see that module; do not edit by hand.\n")
    write_code_rows(path, header, rows)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    write(derive(Path(sys.argv[1])))
