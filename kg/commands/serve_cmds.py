"""`coopkg serve` (a SPARQL endpoint over build/store) and `coopkg push` (load the build into another server)."""

import ipaddress
from pathlib import Path

import click

from kg.paths import DEFAULT_BUILD_DIR
from kg.sparql.server_profiles import CHUNK_TRIPLES, PROFILES

LOOPBACK_NAMES = ("localhost",)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in LOOPBACK_NAMES


@click.command("serve")
@click.option("--build", "build_dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_BUILD_DIR,
              show_default=True, help="Build folder whose store to serve.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (other machines can reach it only if you choose so).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update and Graph Store writes (needs --token).")
@click.option("--token", envvar="COOPKG_TOKEN", help="Bearer token writes must carry [env COOPKG_TOKEN].")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE (federated queries to other servers).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a query may run.")
@click.option("--max-results", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows (or triples) an answer may have; more is an error asking for LIMIT.")
@click.option("--cors", "cors", metavar="ORIGIN", help="Allow cross-origin requests from ORIGIN ('*' for any).")
@click.option("--workers", type=click.IntRange(min=1), default=4, show_default=True,
              help="Queries evaluated at once; more wait briefly, then get 503 (one worker with --allow-update).")
@click.option("--per-client", type=click.IntRange(min=1), default=None,
              help="Queries one client address may run at once (default: half of --workers); more get 429.")
@click.option("--max-memory", type=click.IntRange(min=0), default=2048, show_default=True, metavar="MIB",
              help="Memory a worker process may use for a query, in MiB (0: no limit); beyond it the query gets 503.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Also answer requests with this Host header (besides 127.0.0.1, localhost, [::1] and --host).")
@click.option("--trust-proxy", "trust_proxies", multiple=True, metavar="ADDRESS",
              help="A reverse proxy in front of this server: requests from ADDRESS are counted (--per-client) "
                   "for the client address it puts in X-Forwarded-For.")
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests.")
def serve_command(build_dir, host, port, allow_update, token, allow_service, timeout, max_results, cors, workers,
                  per_client, max_memory, allow_hosts, trust_proxies, quiet):
    """Serve the built graph: a SPARQL 1.1 endpoint at /sparql, a query page at /, entity pages at /id/...

    Read-only by default, bound to 127.0.0.1, SERVICE and LOAD refused, each query limited in time,
    size, depth and memory. A rebuild of --build is picked up by all workers at once.

    Example: coopkg serve --port 7878   # then open http://127.0.0.1:7878/
    """
    from kg.serve.config import ServeConfig
    from kg.serve.proxies import parse_proxies
    from kg.serve.server import make_server
    try:
        trusted_proxies = parse_proxies(trust_proxies)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--trust-proxy") from None
    config = ServeConfig(build_dir=build_dir, host=host, port=port, allow_update=allow_update, token=token,
                         allow_service=allow_service, timeout=timeout, max_results=max_results, cors=cors,
                         workers=workers, per_client=per_client, max_memory=max_memory << 20,
                         allowed_hosts=tuple(allow_hosts), trusted_proxies=trusted_proxies)
    server = make_server(config, log_requests=not quiet)
    if not _is_loopback(host):
        click.secho(f"warning: listening on {host}: other machines can query this endpoint", fg="yellow", err=True)
    if host in ("0.0.0.0", "::") and not allow_hosts:
        click.secho("warning: only requests addressed to 127.0.0.1 or localhost are answered (Host header); "
                    "name the addresses clients use with --allow-host", fg="yellow", err=True)
    mode = "read-write (bearer token)" if allow_update else "read-only"
    click.echo(f"CoopKG SPARQL endpoint ({mode}) at {server.url}/sparql — query page {server.url}/ — Ctrl-C stops",
               err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@click.command("push")
@click.option("--endpoint", help="The server's Graph Store URL (a bare http://host:port gets the --server's path).")
@click.option("--server", type=click.Choice(list(PROFILES)), default="oxigraph", show_default=True,
              help="Which server: its paths, and where the union of the graphs goes (see README).")
@click.option("--build", "build_dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_BUILD_DIR,
              show_default=True, help="Build folder whose graph.trig to push.")
@click.option("--user", envvar="COOPKG_USER", help="User for HTTP Basic or Digest auth [env COOPKG_USER].")
@click.option("--password", envvar="COOPKG_PASSWORD", help="Password for Basic or Digest auth [env COOPKG_PASSWORD].")
@click.option("--token", envvar="COOPKG_TOKEN", help="Bearer token [env COOPKG_TOKEN].")
@click.option("--chunk", "chunk_triples", type=click.IntRange(min=1), default=CHUNK_TRIPLES, show_default=True,
              help="Triples per request (the first PUT, the rest POST).")
@click.option("--prune", is_flag=True,
              help="Afterwards delete our graphs (under https://w3id.org/coopkg/graph/) that this build no longer has.")
@click.option("--query-endpoint", help="Query URL for --prune (default: beside the Graph Store).")
@click.option("--bulk-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Virtuoso only: instead of HTTP, copy the graphs and write load.sql (for isql) into this folder.")
@click.option("-q", "--quiet", is_flag=True, help="Only print the summary.")
def push_command(endpoint, server, build_dir, user, password, token, chunk_triples, prune, query_endpoint, bulk_dir,
                 quiet):
    """Load the built graph into a running SPARQL server (Graph Store HTTP Protocol).

    Each named graph of build/graph.trig is replaced (N-Triples, --chunk triples per request, each
    retried when the server is busy), and their union goes to the default graph (to the named graph
    https://w3id.org/coopkg/graph/union on Virtuoso and GraphDB), so the server answers like the
    local store.

    For large graphs on Virtuoso, --bulk-dir writes files for its bulk loader instead (see README).

    Example: coopkg push --endpoint http://127.0.0.1:8890 --server virtuoso --user dba --prune
    """
    if bulk_dir:
        return _write_bulk_load(server, build_dir, bulk_dir)
    if not endpoint:
        raise click.UsageError("give --endpoint URL (or --bulk-dir DIR for Virtuoso's bulk loader)")
    from kg.sparql.remote import auth_from, prune as prune_graphs, push
    auth = auth_from(user, password, token)
    say = None if quiet else (lambda m: click.echo(m, err=True))
    sent = push(endpoint, build_dir, auth, progress=say, server=server, chunk_triples=chunk_triples)
    pruned = prune_graphs(endpoint, sent, auth, progress=say, server=server,
                          query_endpoint=query_endpoint) if prune else []
    click.echo(f"pushed {len(sent)} graph(s), {sum(sent.values())} triples to {endpoint}"
               + (f"; pruned {len(pruned)} graph(s) the build no longer has" if prune else ""))


def _write_bulk_load(server: str, build_dir: Path, bulk_dir: Path):
    from kg.errors import CoopKGError
    from kg.sparql.virtuoso_bulk import SCRIPT_FILE, write_bulk_load
    if server != "virtuoso":
        raise CoopKGError("--bulk-dir writes files for Virtuoso's bulk loader", field="--bulk-dir",
                          fix="add --server virtuoso, or push over HTTP with --endpoint")
    written = write_bulk_load(build_dir, bulk_dir)
    script = bulk_dir.resolve() / SCRIPT_FILE
    click.echo(f"wrote {', '.join(p.name for p in written)} to {bulk_dir}; load them with:\n"
               f"  isql-vt 1111 dba PASSWORD {script}\n"
               f"(Virtuoso must be allowed to read {bulk_dir.resolve()}: DirsAllowed in virtuoso.ini)")
