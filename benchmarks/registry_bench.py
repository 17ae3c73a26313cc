"""Benchmark the ROR registry index: import, lookup latency, FTS5 vs plain B-tree, RDF generation.

    python benchmarks/registry_bench.py [DUMP] [--skip-rdflib]

Writes benchmarks/results/registry.md. Uses a temporary folder; the user's cache is not touched.
"""

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.registry.lookup import candidates  # noqa: E402
from kg.registry.names import content_words, match_tokens  # noqa: E402
from kg.registry.ror_graph import ror_to_rdf  # noqa: E402
from kg.registry.ror_import import import_ror  # noqa: E402
from kg.registry.store import RegistryIndex  # noqa: E402
from kg.textnorm import strip_diacritics  # noqa: E402

DEFAULT_DUMP = REPO.parent / "shared" / "realdata" / "ror" / "ror-organizations.jsonl.xz"
RESULTS = REPO / "benchmarks" / "results" / "registry.md"
SAMPLE = 400  # queries per lookup benchmark
random.seed(20261123)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started


def latencies(fn, inputs) -> list[float]:
    out = []
    for item in inputs:
        started = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - started)
    return out


def summary(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    return f"median {ms(statistics.median(values))}, p95 {ms(p95)}, n={len(values)}"


def sample_queries(index: RegistryIndex) -> dict[str, list[tuple[str, str | None, str]]]:
    """(query, country, expected ROR id) samples of each kind, from live records."""
    conn = index.conn

    def rows(sql):
        found = conn.execute(sql).fetchall()
        return random.sample(found, min(SAMPLE, len(found)))

    live = "SELECT n.value, n.org_id, o.country FROM names n JOIN orgs o ON o.id = n.org_id " \
           "WHERE o.status != 'withdrawn'"
    return {
        "primary name": [(r[0], None, r[1]) for r in rows(f"{live} AND n.is_primary")],
        "primary name + country": [(r[0], r[2], r[1]) for r in rows(f"{live} AND n.is_primary")],
        "alias": [(r[0], None, r[1]) for r in rows(f"{live} AND n.kind = 'alias'")],
        "acronym + country": [(r[0], r[2], r[1]) for r in rows(f"{live} AND n.kind = 'acronym'")],
        "Vietnamese label, diacritics stripped": [(strip_diacritics(r[0]), None, r[1])
                                                  for r in rows(f"{live} AND n.lang = 'vi'")],
    }


def bench_lookup(index: RegistryIndex, lines: list[str]) -> None:
    lines += ["", "## Lookup (`candidates()`, full pipeline: exact + FTS5 token retrieval + noise checks)", "",
              "| query kind | latency | accepted as the right org | accepted as a wrong org | not accepted |",
              "|---|---|---|---|---|"]
    for kind, queries in sample_queries(index).items():
        results, times = [], []
        for query, country, expected in queries:
            found, seconds = timed(candidates, query, country, index=index)
            times.append(seconds)
            top = found[0] if found and found[0].accepted else None
            results.append("right" if top and top.ror_id == expected else "wrong" if top else "none")
        n = len(results)
        share = {k: f"{100 * results.count(k) / n:.1f}%" for k in ("right", "wrong", "none")}
        lines.append(f"| {kind} | {summary(times)} | {share['right']} | {share['wrong']} | {share['none']} |")
    lines += ["", "'Accepted as a wrong org' is mostly a name that another live record carries as its primary "
              "name or label (ROR duplicates, parent/child with the same name); 'not accepted' is the "
              "cautious outcome (ambiguous, shared acronym, noisy alias) and goes to review."]


def bench_fts_vs_plain(index: RegistryIndex, db_path: Path, lines: list[str], tmp: Path) -> None:
    conn = index.conn
    keys = [r[0] for r in random.sample(conn.execute("SELECT key FROM names").fetchall(), 2000)]
    btree = latencies(lambda k: conn.execute("SELECT rowid FROM names WHERE key = ?", (k,)).fetchall(), keys)
    fts = latencies(lambda k: conn.execute(
        "SELECT n.rowid FROM names_fts f JOIN names n ON n.rowid = f.rowid "
        "WHERE names_fts MATCH ? AND n.key = ?", ('"' + k.replace('"', '""') + '"', k)).fetchall(), keys)

    # Token retrieval (fuzzy candidates): FTS5 bm25 vs a plain (token, name) B-tree posting table.
    plain_db = tmp / "plain.sqlite"
    shutil.copy(db_path, plain_db)
    pc = sqlite3.connect(plain_db)
    pc.execute("CREATE TABLE tokens (token TEXT, name_rowid INTEGER)")
    pc.executemany("INSERT INTO tokens VALUES (?, ?)",
                   ((t, rowid) for rowid, key in pc.execute("SELECT rowid, key FROM names").fetchall()
                    for t in set(key.split())))
    pc.execute("CREATE INDEX tokens_token ON tokens(token)")
    pc.commit()
    sampled = random.sample(conn.execute("SELECT rowid, value FROM names WHERE kind != 'acronym'").fetchall(), 500)
    pairs = [(rowid, sorted(content_words(v) or match_tokens(v))) for rowid, v in sampled]
    pairs = [(rowid, ws) for rowid, ws in pairs if ws]
    words = [ws for _, ws in pairs]

    def fts_tokens(ws):
        expr = " OR ".join('"' + w.replace('"', '""') + '"' for w in ws)
        return conn.execute("SELECT rowid FROM names_fts WHERE names_fts MATCH ? ORDER BY rank LIMIT 200",
                            (expr,)).fetchall()

    def plain_tokens(ws):  # rank by number of shared words; no idf weighting
        marks = ",".join("?" * len(ws))
        return pc.execute(f"SELECT name_rowid FROM tokens WHERE token IN ({marks}) GROUP BY name_rowid "
                          "ORDER BY count(*) DESC LIMIT 200", ws).fetchall()

    fts_tok, plain_tok = latencies(fts_tokens, words), latencies(plain_tokens, words)
    # Recall: is the name the words came from among the 200 retrieved?
    fts_recall = sum(rowid in {r[0] for r in fts_tokens(ws)} for rowid, ws in pairs) / len(pairs)
    plain_recall = sum(rowid in {r[0] for r in plain_tokens(ws)} for rowid, ws in pairs) / len(pairs)
    pc.execute("DROP TABLE names_fts")
    pc.commit()
    pc.execute("VACUUM")
    pc.close()
    no_fts_db = tmp / "nofts.sqlite"
    shutil.copy(db_path, no_fts_db)
    c2 = sqlite3.connect(no_fts_db)
    c2.execute("DROP TABLE names_fts")
    c2.commit()
    c2.execute("VACUUM")
    c2.close()
    lines += ["", "## FTS5 vs plain indexed lookup", "",
              "| operation | FTS5 | plain B-tree |", "|---|---|---|",
              f"| exact folded-name lookup (2000 keys) | {summary(fts)} | {summary(btree)} |",
              f"| token retrieval, top 200 (500 names) | {summary(fts_tok)} | {summary(plain_tok)} |",
              f"| ... source name among the 200 (recall) | {100 * fts_recall:.1f}% | {100 * plain_recall:.1f}% |",
              f"| index size | {db_path.stat().st_size / 1e6:.1f} MB with FTS5 | "
              f"{no_fts_db.stat().st_size / 1e6:.1f} MB without FTS5; "
              f"{plain_db.stat().st_size / 1e6:.1f} MB with a token table instead |",
              "", "Choice: exact matches use the B-tree on `names.key`; token retrieval uses FTS5 "
              "(bm25 ranks rare words first, which a plain posting table cannot do without extra idf bookkeeping)."]


def bench_graph(db_path: Path, tmp: Path, lines: list[str], with_rdflib: bool) -> None:
    cpu_started = time.process_time()
    result, seconds = timed(ror_to_rdf, db_path, tmp / "graph")
    cpu = time.process_time() - cpu_started
    lines += ["", "## RDF (`ror_to_rdf`, pyoxigraph serialisation)", "",
              f"- {result.orgs} organisations, {result.triples} triples, "
              f"{result.path.stat().st_size / 1e6:.1f} MB Turtle in {seconds:.1f} s wall, {cpu:.1f} s CPU "
              "(from the index)",
              f"- withdrawn skipped {result.withdrawn_skipped}; "
              f"dropped links {dict(sorted(result.dropped_links.items()))}; "
              f"doubtful aliases without search key {result.noisy_aliases}"]
    if not with_rdflib:
        return
    import rdflib
    from pyoxigraph import RdfFormat, parse
    triples = list(parse(path=str(result.path), format=RdfFormat.TURTLE))

    def to_rdflib(term):
        if type(term).__name__ == "NamedNode":
            return rdflib.URIRef(term.value)
        return rdflib.Literal(term.value, lang=term.language, datatype=None if term.language else
                              (rdflib.URIRef(term.datatype.value) if term.datatype.value !=
                               "http://www.w3.org/2001/XMLSchema#string" else None))

    g = rdflib.Graph()
    started = time.perf_counter()
    for t in triples:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    added = time.perf_counter() - started
    _, ser = timed(g.serialize, destination=str(tmp / "rdflib.ttl"), format="turtle")
    lines.append(f"- same graph through rdflib: adding triples {added:.1f} s + Turtle serialisation {ser:.1f} s "
                 f"(pyoxigraph serialises it in well under a second)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dump", nargs="?", type=Path, default=DEFAULT_DUMP)
    parser.add_argument("--skip-rdflib", action="store_true", help="skip the slow rdflib comparison")
    args = parser.parse_args()
    lines = ["# ROR registry benchmark", "",
             f"Dump: `{args.dump.name}` ({args.dump.stat().st_size / 1e6:.1f} MB). Machine: {os.cpu_count()} cores, "
             f"load average at start {os.getloadavg()[0]:.2f} (other work may share the machine). "
             f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}.", ""]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db_path = tmp / "ror.sqlite"
        cpu_started = time.process_time()
        result = import_ror(args.dump, db_path, quiet=True)
        cpu = time.process_time() - cpu_started
        lines += ["## Import", "",
                  f"- {result.orgs} organisations, {result.names} names, {result.relationships} relationships "
                  f"in {result.seconds:.1f} s wall, {cpu:.1f} s CPU; index {db_path.stat().st_size / 1e6:.1f} MB",
                  f"- second run reuses the index: {timed(import_ror, args.dump, db_path, quiet=True)[1]:.2f} s "
                  "(SHA-256 of the dump)"]
        with RegistryIndex(db_path) as index:
            bench_lookup(index, lines)
            bench_fts_vs_plain(index, db_path, lines, tmp)
        bench_graph(db_path, tmp, lines, with_rdflib=not args.skip_rdflib)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
