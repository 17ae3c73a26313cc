"""Throughput and latency of `coopkg serve` for small queries from concurrent clients on loopback.

Starts `coopkg serve` as a subprocess over a build, runs CLIENTS threads (each with its own
keep-alive connection) for a bounded time, and writes benchmarks/results/endpoint.md.

    .venv/bin/python benchmarks/endpoint_bench.py --build build --clients 8 --seconds 10
"""

import argparse
import http.client
import platform
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.servers import free_port, wait_until_up  # noqa: E402

QUERIES = {  # small, typical look-ups (our prefixes are pre-declared by the server)
    "ask": "ASK { ?a a coop:Agreement }",
    "people": "SELECT ?p ?name WHERE { ?p a foaf:Person ; foaf:name ?name }",
    "label": 'SELECT ?i WHERE { ?i skos:prefLabel "Hanoi University of Industry"@en }',
    "parties": (REPO / "ontology" / "queries" / "parties.rq").read_text(encoding="utf-8"),
}


def connect(port: int, offset: int) -> http.client.HTTPConnection:
    # Each client from its own loopback address, as separate users are (the server shares its workers
    # between client addresses, kg/serve/admission.py).
    return http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(f"127.0.0.{offset % 250 + 1}", 0))


def client(port: int, stop_at: float, latencies: list, failures: list, offset: int):
    connection = connect(port, offset)
    names = list(QUERIES)
    i = offset
    while time.monotonic() < stop_at:
        text = QUERIES[names[i % len(names)]]
        i += 1
        started = time.perf_counter()
        try:
            connection.request("POST", "/sparql", body=text.encode("utf-8"), headers={
                "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(response.status)
                continue
        except (OSError, http.client.HTTPException) as exc:
            failures.append(repr(exc))
            connection.close()
            connection = connect(port, offset)
            continue
        latencies.append(time.perf_counter() - started)
    connection.close()


def run(build: Path, clients: int, seconds: float, workers: int) -> dict:
    port = free_port()
    command = [sys.executable, "-c", "from kg.commands.serve_cmds import serve_command; serve_command()",
               "--build", str(build), "--port", str(port), "--workers", str(workers), "--quiet"]
    server = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}), server)
        per_client = [[] for _ in range(clients)]
        failures: list = []
        stop_at = time.monotonic() + seconds
        threads = [threading.Thread(target=client, args=(port, stop_at, per_client[n], failures, n))
                   for n in range(clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=seconds + 60)
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()
    latencies = sorted(x for part in per_client for x in part)
    if not latencies:
        raise SystemExit(f"no query succeeded; failures: {failures[:5]}")
    return {"queries": len(latencies), "failures": len(failures), "seconds": elapsed,
            "qps": len(latencies) / elapsed, "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
            "clients": clients, "workers": workers}


def report(result: dict, build: Path) -> str:
    return "\n".join([
        "# `coopkg serve` endpoint benchmark",
        "",
        f"Small queries ({', '.join(QUERIES)}, in turn) POSTed as application/sparql-query with keep-alive,",
        f"{result['clients']} client threads on loopback for {result['seconds']:.1f} s; server with "
        f"{result['workers']} query worker processes; build `{build}`.",
        f"Machine: {platform.machine()}, {platform.system()}, Python {platform.python_version()}; "
        "the clients run on the same 2 shared cores as the server.",
        "",
        "| clients | queries | failures | queries/s | p50 latency | p99 latency |",
        "|---|---|---|---|---|---|",
        f"| {result['clients']} | {result['queries']} | {result['failures']} | {result['qps']:.0f} | "
        f"{result['p50_ms']:.1f} ms | {result['p99_ms']:.1f} ms |",
        "",
        "Command: `.venv/bin/python benchmarks/endpoint_bench.py --build build --clients "
        f"{result['clients']} --seconds {result['seconds']:.0f}`",
        "",
    ])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=REPO / "build")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "endpoint.md"),
                        help="Markdown file to write (empty: print only).")
    args = parser.parse_args(argv)
    result = run(args.build, args.clients, min(args.seconds, 120.0), args.workers)
    text = report(result, args.build)
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    print(text)
    return result


if __name__ == "__main__":
    main()
