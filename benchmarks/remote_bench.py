"""Loading a build into real servers: `coopkg push` (chunked Graph Store uploads) into `oxigraph serve`
and into a throwaway Virtuoso, beside Virtuoso's bulk loader (`coopkg push --bulk-dir` + isql); then
every saved query on each server, checked against the local store's row count.

    .venv/bin/coopkg generate --triples 1m -o /tmp/g1m && .venv/bin/coopkg build --data /tmp/g1m -o /tmp/b1m
    .venv/bin/python benchmarks/remote_bench.py --build /tmp/b1m     # writes benchmarks/results/remote.md

Needs the oxigraph CLI (pip) and virtuoso-opensource (Debian); both run on 127.0.0.1 only.
"""

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.sparql.query import bindings_for, run_local, saved_queries  # noqa: E402
from kg.sparql.remote import Auth, push, remote_query  # noqa: E402
from kg.graph.store import open_store  # noqa: E402
from kg.sparql.virtuoso_bulk import SCRIPT_FILE, write_bulk_load  # noqa: E402
from tests.servers import oxigraph_server, virtuoso_server  # noqa: E402

OUT = REPO / "benchmarks" / "results" / "remote.md"


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def query_rows(url: str, server: str) -> dict:
    """Saved query -> (seconds, rows) on the server (JSON results, default parameters)."""
    found = {}
    for name, saved in saved_queries().items():
        seconds, text = timed(lambda: remote_query(url, saved.text, bindings_for(saved, {}), "json", server=server))
        found[name] = (seconds, len(json.loads(text)["results"]["bindings"]))
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, required=True)
    parser.add_argument("--chunk", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    store = open_store(args.build)
    local = {name: len(list(run_local(store, s.text, bindings_for(s, {})))) for name, s in saved_queries().items()}
    triples = len(store)
    del store
    loads, queries = {}, {}
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        (work / "ox").mkdir()
        with oxigraph_server(work / "ox") as url:
            loads["Oxigraph server, coopkg push"], _ = timed(lambda: push(url, args.build, chunk_triples=args.chunk))
            queries["oxigraph"] = query_rows(url, "oxigraph")
        for way in ("push", "bulk"):
            (work / way).mkdir()
            with virtuoso_server(work / way) as virtuoso:
                if way == "push":
                    auth = Auth(virtuoso.user, virtuoso.password)
                    loads["Virtuoso, coopkg push (Digest, chunked)"], _ = timed(
                        lambda: push(virtuoso.url, args.build, auth, server="virtuoso", chunk_triples=args.chunk))
                    queries["virtuoso"] = query_rows(virtuoso.url, "virtuoso")
                else:
                    loads["Virtuoso, coopkg push --bulk-dir (write files)"], _ = timed(
                        lambda: write_bulk_load(args.build, virtuoso.folder / "load"))
                    loads["Virtuoso, isql load.sql (ld_dir + rdf_loader_run + checkpoint)"], _ = timed(
                        lambda: virtuoso.isql(virtuoso.folder / "load" / SCRIPT_FILE))
    lines = [f"# Loading a build into SPARQL servers ({args.build.name}, {triples:,} quads in the local store)", "",
             f"`.venv/bin/python benchmarks/remote_bench.py {' '.join(argv or sys.argv[1:])}` on "
             f"{platform.node() or 'this machine'} (2 cores shared with other work), chunks of {args.chunk:,} triples.",
             "", "| load | seconds |", "| --- | ---: |"]
    lines += [f"| {what} | {seconds:.1f} |" for what, seconds in loads.items()]
    lines += ["", "| saved query | local rows | Oxigraph server (s) | rows | Virtuoso (s) | rows |",
              "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name in local:
        ox_s, ox_rows = queries["oxigraph"][name]
        vt_s, vt_rows = queries["virtuoso"][name]
        lines.append(f"| {name} | {local[name]} | {ox_s:.2f} | {ox_rows} | {vt_s:.2f} | {vt_rows} |")
    lines.append("")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
