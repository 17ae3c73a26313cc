"""Build the local SQLite index from a ROR dump, atomically, and reuse it while the dump is unchanged."""

import contextlib
import hashlib
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

from kg.names import core_key, name_key
from kg.registry.records import RegistryError, RorRecord, iter_records
from kg.registry.store import INDEXES, SCHEMA, SCHEMA_VERSION, read_meta, resolve_db_path
from kg.textnorm import fold

BATCH = 2000  # records per executemany batch


@dataclass(frozen=True)
class ImportResult:
    db_path: Path
    orgs: int
    names: int
    relationships: int
    seconds: float
    reused: bool  # True when an up-to-date index was already there


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_ror(source: str | os.PathLike, db: str | os.PathLike | None = None, *,
               force: bool = False, quiet: bool = False) -> ImportResult:
    """Index `source` (ROR .jsonl, .jsonl.xz or .jsonl.gz) into `db` (default: see store.default_db_path).

    The index is written to a temporary file next to `db` and renamed into place only when complete,
    so readers never see a half-built index. If `db` was built from a file with the same SHA-256, it
    is reused unless `force`.
    """
    source, db_path = Path(source), resolve_db_path(db)
    if not source.is_file():
        raise RegistryError("no such file", where=str(source))
    sha = file_sha256(source)
    if not force and (existing := _existing_counts(db_path, sha)):
        return ImportResult(db_path, *existing, seconds=0.0, reused=True)

    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    started = time.perf_counter()
    try:
        counts = _build(source, tmp_path, sha, quiet)
        os.replace(tmp_path, db_path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
    return ImportResult(db_path, *counts, seconds=time.perf_counter() - started, reused=False)


def _existing_counts(db_path: Path, sha: str) -> tuple[int, int, int] | None:
    """(orgs, names, relationships) of an index built from the same file, else None."""
    if not db_path.is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            meta = read_meta(conn)
    except sqlite3.DatabaseError:
        return None
    if meta.get("source_sha256") != sha or meta.get("schema_version") != SCHEMA_VERSION:
        return None
    return int(meta["orgs"]), int(meta["names"]), int(meta["relationships"])


@contextlib.contextmanager
def _progress(source: Path, quiet: bool) -> Iterator:
    """A progress bar over the compressed bytes, on stderr; hidden when quiet."""
    with click.progressbar(length=source.stat().st_size, label=f"Indexing {source.name}",
                           file=sys.stderr, hidden=quiet) as bar:
        yield bar.update


def _build(source: Path, tmp_path: Path, sha: str, quiet: bool) -> tuple[int, int, int]:
    with contextlib.suppress(FileNotFoundError):
        tmp_path.unlink()
    conn = sqlite3.connect(tmp_path)
    try:
        # The file is private until renamed, so durability tricks are safe: a crash just loses the temp file.
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;")
        conn.executescript(SCHEMA)
        orgs = names = rels = 0
        batch: list[RorRecord] = []
        with _progress(source, quiet) as advance:
            for record in iter_records(source, on_progress=advance):
                batch.append(record)
                if len(batch) >= BATCH:
                    n, r = _insert(conn, batch)
                    orgs, names, rels = orgs + len(batch), names + n, rels + r
                    batch.clear()
            n, r = _insert(conn, batch)
            orgs, names, rels = orgs + len(batch), names + n, rels + r
        conn.executescript(INDEXES)
        meta = {"schema_version": SCHEMA_VERSION, "source_file": source.name, "source_sha256": sha,
                "orgs": orgs, "names": names, "relationships": rels,
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in meta.items()])
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return orgs, names, rels


def _insert(conn: sqlite3.Connection, batch: list[RorRecord]) -> tuple[int, int]:
    org_rows, name_rows, rel_rows = [], [], []
    for rec in batch:
        org_rows.append((rec.id, rec.name, " ".join(rec.types), rec.country, rec.city,
                         rec.established, rec.status, rec.wikidata))
        primary_seen = False
        for n in rec.names:
            is_primary = not primary_seen and n.kind == "label" and n.value == rec.name
            primary_seen |= is_primary
            key, core = name_key(n.value), core_key(n.value)
            name_rows.append((rec.id, n.value, fold(n.value), key, core if core != key else None,
                              n.lang, n.kind, int(is_primary)))
        rel_rows.extend((rec.id, rel_type, target) for rel_type, target in rec.relationships)
    conn.executemany("INSERT INTO orgs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", org_rows)  # ids unique: checked by reader
    conn.executemany("INSERT INTO names (org_id, value, folded, key, core_key, lang, kind, is_primary) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", name_rows)
    conn.executemany("INSERT OR IGNORE INTO relationships VALUES (?, ?, ?)", rel_rows)
    return len(name_rows), len(rel_rows)
