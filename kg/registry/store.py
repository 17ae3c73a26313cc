"""The local SQLite index of ROR: where it lives, its schema, and opening it for reading."""

import os
import sqlite3
from pathlib import Path

from kg.registry.records import RegistryError

# Bump when the schema or what the importer stores changes: older indexes are then rebuilt, not reused.
SCHEMA_VERSION = "4"
ENV_VAR = "COOPKG_REGISTRY"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE orgs (
    id TEXT PRIMARY KEY,            -- full ROR IRI
    name TEXT NOT NULL,             -- primary (display) name
    types TEXT NOT NULL,            -- space-separated ROR types, in ROR's order
    country TEXT, city TEXT, established INTEGER, status TEXT NOT NULL, wikidata TEXT
) WITHOUT ROWID;
CREATE TABLE names (
    rowid INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    value TEXT NOT NULL,            -- as written in ROR
    folded TEXT NOT NULL,           -- textnorm.fold(value)
    key TEXT NOT NULL,              -- names.name_key(value): folded, punctuation-insensitive
    core_key TEXT,                  -- names.core_key(value) if not equal to key (no leading the/truong)
    lang TEXT, kind TEXT NOT NULL,  -- kind: label | alias | acronym
    is_primary INTEGER NOT NULL
);
CREATE TABLE relationships (
    org_id TEXT NOT NULL, type TEXT NOT NULL, related_id TEXT NOT NULL,
    PRIMARY KEY (org_id, type, related_id)
) WITHOUT ROWID;
-- FTS5 over the match keys, for token retrieval (fuzzy candidates); external content saves space.
CREATE VIRTUAL TABLE names_fts USING fts5(key, content='names', content_rowid='rowid');
"""
# Built after the bulk insert: faster than maintaining them row by row.
INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_core_key ON names(core_key) WHERE core_key IS NOT NULL;
CREATE INDEX names_org ON names(org_id);
CREATE INDEX relationships_related ON relationships(related_id);
INSERT INTO names_fts(names_fts) VALUES ('rebuild');
"""


def default_db_path() -> Path:
    """$COOPKG_REGISTRY, else ~/.cache/coopkg/ror.sqlite."""
    env = os.environ.get(ENV_VAR)
    return Path(env).expanduser() if env else Path.home() / ".cache" / "coopkg" / "ror.sqlite"


def resolve_db_path(db: str | os.PathLike | None) -> Path:
    return Path(db).expanduser() if db else default_db_path()


def open_index(db: str | os.PathLike | None = None) -> sqlite3.Connection:
    """Open an existing index read-only. Raises RegistryError telling how to build it."""
    path = resolve_db_path(db)
    if not path.is_file():
        raise RegistryError("no ROR index here", where=str(path),
                            fix="build it with: coopkg registry import ror ror-organizations.jsonl.xz")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        version = read_meta(conn).get("schema_version")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise RegistryError(f"not a ROR index: {exc}", where=str(path), fix="rebuild it") from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise RegistryError(f"index schema {version!r}, this version needs {SCHEMA_VERSION!r}",
                            where=str(path), fix="rebuild it with --force")
    return conn


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {row[0]: row[1] for row in conn.execute("SELECT key, value FROM meta")}


class RegistryIndex:
    """Read-only access to one index, with the per-organisation look-ups the matcher needs."""

    def __init__(self, db: str | os.PathLike | None = None):
        self.path = resolve_db_path(db)
        self.conn = open_index(self.path)
        self._orgs: dict[str, sqlite3.Row | None] = {}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "RegistryIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def org(self, org_id: str) -> sqlite3.Row | None:
        if org_id not in self._orgs:
            self._orgs[org_id] = self.conn.execute("SELECT * FROM orgs WHERE id = ?", (org_id,)).fetchone()
        return self._orgs[org_id]

    def names_of(self, org_id: str) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM names WHERE org_id = ? ORDER BY rowid", (org_id,)).fetchall()

    def related_ids(self, org_id: str) -> set[str]:
        """Every organisation linked to this one, in either direction, by any relationship type."""
        rows = self.conn.execute(
            "SELECT related_id FROM relationships WHERE org_id = ? "
            "UNION SELECT org_id FROM relationships WHERE related_id = ?", (org_id, org_id))
        return {r[0] for r in rows}

    def relationships_of(self, org_id: str) -> list[tuple[str, str]]:
        """(type, target id) as the record states them."""
        rows = self.conn.execute("SELECT type, related_id FROM relationships WHERE org_id = ? "
                                 "ORDER BY type, related_id", (org_id,))
        return [(r[0], r[1]) for r in rows]

    def meta(self) -> dict[str, str]:
        return read_meta(self.conn)
