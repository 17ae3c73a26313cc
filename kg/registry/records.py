"""ROR records as read from the dump: one JSON object per line, optionally xz- or gzip-compressed.

Reading streams line by line (the full file is ~70 MB of JSON) and every problem names the file
and line, so a bad dump can be fixed or reported.
"""

import gzip
import json
import lzma
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kg.errors import CoopKGError
from kg.namespaces import ROR

NAME_KINDS = ("label", "alias", "acronym")
RELATIONSHIP_TYPES = ("parent", "child", "related", "successor", "predecessor")


class RegistryError(CoopKGError):
    """A registry file or index that cannot be used; `where` is 'file:line' or 'file'."""


@dataclass(frozen=True, slots=True)
class RorName:
    value: str
    lang: str | None
    kind: str  # label | alias | acronym


@dataclass(frozen=True, slots=True)
class RorRecord:
    id: str  # full ROR IRI as ROR writes it, e.g. https://ror.org/05hhz4s12
    name: str
    names: tuple[RorName, ...]
    types: tuple[str, ...]
    country: str | None
    city: str | None
    established: int | None
    status: str
    relationships: tuple[tuple[str, str], ...]  # (type, target ROR id)
    wikidata: str | None

    @property
    def suffix(self) -> str:
        """'05hhz4s12' for https://ror.org/05hhz4s12."""
        return ror_suffix(self.id)


def ror_suffix(ror_id: str) -> str:
    return ror_id.removeprefix(str(ROR))


def parse_record(obj: object) -> RorRecord:
    """Check and convert one decoded JSON line. Raises ValueError naming the bad field."""
    if not isinstance(obj, dict):
        raise ValueError("line is not a JSON object")
    ror_id = obj.get("id")
    if not isinstance(ror_id, str) or not ror_id.startswith(str(ROR)) or len(ror_id) <= len(str(ROR)):
        raise ValueError(f"field 'id' must be a ROR IRI ({ROR}...), got {ror_id!r}")
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("field 'name' is missing or empty")
    names = []
    for entry in obj.get("names") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("value"), str):
            raise ValueError(f"field 'names' has an entry without a string value: {entry!r}")
        if entry.get("kind") not in NAME_KINDS:
            raise ValueError(f"field 'names' has kind {entry.get('kind')!r}, expected one of {NAME_KINDS}")
        names.append(RorName(entry["value"], entry.get("lang") or None, entry["kind"]))
    names = _primary_as_label(name, names)
    relationships = []
    for rel in obj.get("relationships") or []:
        if not isinstance(rel, dict) or rel.get("type") not in RELATIONSHIP_TYPES or not isinstance(rel.get("id"), str):
            raise ValueError(f"field 'relationships' has a bad entry: {rel!r}")
        relationships.append((rel["type"], rel["id"]))
    established = obj.get("established")
    if established is not None and not isinstance(established, int):
        raise ValueError(f"field 'established' must be a year or null, got {established!r}")
    return RorRecord(
        id=ror_id, name=name, names=tuple(dict.fromkeys(names)),  # drop exact duplicates, keep order
        types=tuple(obj.get("types") or ()), country=obj.get("country") or None,
        city=obj.get("city") or None, established=established,
        status=obj.get("status") or "active", relationships=tuple(dict.fromkeys(relationships)),
        wikidata=obj.get("wikidata") or None)


def _primary_as_label(name: str, names: list[RorName]) -> list[RorName]:
    """The primary (display) name is a label by definition; 21 records list it only as an alias or
    acronym. Make its first occurrence a label (or add one) and drop its other non-label copies."""
    if any(n.value == name and n.kind == "label" for n in names):
        return names
    first = next((i for i, n in enumerate(names) if n.value == name), None)
    if first is None:
        return [RorName(name, None, "label"), *names]
    fixed = [RorName(name, names[first].lang, "label")]
    return names[:first] + fixed + [n for n in names[first + 1:] if n.value != name]


def _open_text(raw: IO[bytes], path: Path) -> IO[str]:
    if path.suffix == ".xz":
        return lzma.open(raw, "rt", encoding="utf-8")
    if path.suffix == ".gz":
        return gzip.open(raw, "rt", encoding="utf-8")
    return open(raw.fileno(), encoding="utf-8", closefd=False)


def iter_records(path: Path, on_progress: Callable[[int], None] | None = None) -> Iterator[RorRecord]:
    """Yield records one by one. `on_progress(n)` is told how many compressed bytes were read since
    the last call, so a progress bar over the file size works for compressed and plain files."""
    path = Path(path)
    if not path.is_file():
        raise RegistryError("no such file", where=str(path))
    line_no = 0
    first_line: dict[str, int] = {}  # id -> line, to report duplicates
    try:
        with open(path, "rb") as raw, _open_text(raw, path) as text:
            last_pos = 0
            for line_no, line in enumerate(text, start=1):
                if not line.strip():
                    continue
                try:
                    record = parse_record(json.loads(line))
                except ValueError as exc:  # includes json.JSONDecodeError
                    raise RegistryError(f"bad ROR record: {exc}", where=f"{path}:{line_no}",
                                        fix="repair or remove that line") from exc
                if (first := first_line.setdefault(record.id, line_no)) != line_no:
                    raise RegistryError(f"duplicate ROR id {record.id} (first on line {first})",
                                        where=f"{path}:{line_no}")
                yield record
                if on_progress and line_no % 500 == 0:
                    pos = raw.tell()
                    on_progress(pos - last_pos)
                    last_pos = pos
            if on_progress:
                on_progress(raw.tell() - last_pos)
    except (lzma.LZMAError, EOFError, OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"cannot read the file after line {line_no}: {exc}",
                            where=f"{path}:{line_no + 1}") from exc
