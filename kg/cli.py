"""The `coopkg` command line: parses options and delegates to the library modules.

Exit codes: 0 success; 1 `validate` found violations; 2 bad input or a refused operation
(the message names the file, line or field and the fix).
"""

import importlib
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import CoopKGError, ValidationFailed
from kg.paths import DEFAULT_BUILD_DIR, DEFAULT_DATA_DIR
from kg.sparql.server_profiles import PROFILES

SERVERS = list(PROFILES)


# Commands that live in their own modules (kg/commands/*), one job each: name -> "module:attribute".
# A module is imported only when its command runs (or for --help), so that `coopkg query` and
# `coopkg --version` do not pay for networkx, pyvis, rdflib or pySHACL.
LAZY_COMMANDS = {
    "extract": "kg.commands.extract_cmds:extract_command",
    "eval": "kg.commands.extract_cmds:eval_command",
    "ingest": "kg.commands.extract_cmds:ingest_command",
    "resolve": "kg.commands.extract_cmds:resolve_command",
    "viz": "kg.commands.viz_cmds:viz_command",
    "registry": "kg.commands.registry_cmds:registry_group",
    "serve": "kg.commands.serve_cmds:serve_command",
    "push": "kg.commands.serve_cmds:push_command",
    "analyze": "kg.commands.network_cmds:analyze_command",
    "recommend": "kg.commands.network_cmds:recommend_command",
    "export": "kg.commands.network_cmds:export_command",
    "generate": "kg.commands.generate_cmds:generate_command",
}


class CoopKGGroup(click.Group):
    """Turns CoopKGError into a clean message on stderr and exit code 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CoopKGError as exc:
            click.secho(f"error: {exc}", fg="red", err=True)
            sys.exit(2)
        except BrokenPipeError:
            raise
        except OSError as exc:  # e.g. a full disk or a read-only folder: name the path and the reason
            where = f"{exc.filename}: " if exc.filename else ""
            click.secho(f"error: {where}{exc.strerror or exc}", fg="red", err=True)
            sys.exit(2)


class LazyCoopKGGroup(CoopKGGroup):
    """The `coopkg` group: LAZY_COMMANDS are listed, and imported only when asked for."""

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx, name):
        if name in LAZY_COMMANDS and name not in self.commands:
            module, attribute = LAZY_COMMANDS[name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)


@click.group(cls=LazyCoopKGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="coopkg")
def main():
    """CoopKG: a knowledge graph of institutional cooperation agreements.

    Example: coopkg build && coopkg query parties
    """


def _progress(quiet: bool):
    return None if quiet else (lambda message: click.echo(message, err=True))


@main.command("build")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=DEFAULT_DATA_DIR, show_default=True,
              help="Folder with sources/ and records/.")
@click.option("-o", "--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_BUILD_DIR,
              show_default=True, help="Output folder (replaced only when the build succeeds).")
@click.option("--formats", default="ttl,trig,jsonld", show_default=True,
              help="Comma-separated files to write: ttl, trig, jsonld.")
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
def build_command(data_dir, out_dir, formats, quiet):
    """Validate data/ and build the knowledge graph into build/.

    Writes graph.ttl (merged), graph.trig (one named graph per source), graph.jsonld,
    the SPARQL store (build/store) and report.json, then prints a summary.

    Example: coopkg build --data data -o build
    """
    from kg.graph.build import ALL_FORMATS, build
    chosen = [f.strip() for f in formats.split(",") if f.strip()]
    bad = [f for f in chosen if f not in ALL_FORMATS]
    if bad:
        raise CoopKGError(f"unknown format(s) {', '.join(bad)}", field="--formats", fix=f"use {', '.join(ALL_FORMATS)}")
    try:
        report = build(data_dir, out_dir, chosen, progress=_progress(quiet), extra_steps=_build_extras())
    except ValidationFailed as exc:
        raise CoopKGError(f"{exc.message}\nnothing was written; the previous build is unchanged") from exc
    click.echo(_summary(report))


def _build_extras():
    """Optional build steps contributed by other modules (e.g. the HTML view)."""
    from kg.viz import build_step
    return [("write graph.html", build_step)]


def _summary(report) -> str:
    shown = ", ".join(report.sources[:5]) + (f" and {len(report.sources) - 5} more" if len(report.sources) > 5 else "")
    lines = [f"Built {report.out_dir} from {len(report.sources)} source(s): {shown}",
             f"  {report.triples} triples ({report.quads} quads in {len(report.files)} file(s) and the store)"]
    lines += [f"  {name:<18} {count}" for name, count in report.counts.items()]
    lines += report.notes
    lines.append(f"Disagreements between sources ({len(report.disagreements)}):")
    lines += [f"  - {d}" for d in report.disagreements] or ["  none"]
    lines.append(f"Warnings ({len(report.warnings)}):")
    lines += [f"  - {w}" for w in report.warnings] or ["  none"]
    return "\n".join(lines)


@main.command("validate")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=DEFAULT_DATA_DIR, show_default=True)
def validate_command(data_dir):
    """Check data/ (records, quotes, references) and the graph it gives against the SHACL shapes.

    Exit code 0 when everything conforms, 1 when there are violations (each listed), 2 on unreadable input.

    Example: coopkg validate --data data
    """
    from kg.graph.build import build_graph
    try:
        ox_quads, resolved, sources = build_graph(data_dir)
    except ValidationFailed as exc:
        click.echo(str(exc))
        sys.exit(1)
    click.echo(f"{data_dir}: {len(sources)} source(s), {len(ox_quads)} quads: conforms to the shapes")
    for warning in resolved.warnings:
        click.echo(f"warning: {warning}")


@main.command("query")
@click.argument("name", required=False)
@click.option("-q", "--query", "query_text", help="SPARQL query text to run.")
@click.option("--file", "query_file", type=click.Path(path_type=Path, dir_okay=False), help="Run the query in this .rq file.")
@click.option("--list", "list_queries", is_flag=True, help="List the saved queries with their questions.")
@click.option("--prefixes", "list_prefixes", is_flag=True, help="List the pre-declared prefixes (usable without PREFIX lines).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table",
              show_default=True, help="Output format (json = SPARQL 1.1 JSON results).")
@click.option("--build", "build_dir", type=click.Path(path_type=Path), default=DEFAULT_BUILD_DIR, show_default=True,
              help="Build folder whose store to query.")
@click.option("--data", "data_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Query this RDF file instead of the build (loaded in memory).")
@click.option("--endpoint", help="Run the query on this remote SPARQL endpoint (e.g. http://host:7878/query).")
@click.option("--server", type=click.Choice(SERVERS), default="oxigraph", show_default=True,
              help="Which server --endpoint is (its paths and where it keeps the union graph).")
@click.option("--default-graph", "default_graphs", multiple=True, metavar="IRI",
              help="Sent as default-graph-uri (repeatable); overrides the --server's choice.")
@click.option("--named-graph", "named_graphs", multiple=True, metavar="IRI",
              help="Sent as named-graph-uri (repeatable).")
@click.option("--user", envvar="COOPKG_USER", help="User for HTTP Basic or Digest auth at --endpoint.")
@click.option("--password", envvar="COOPKG_PASSWORD", help="Password for Basic or Digest auth.")
@click.option("--token", envvar="COOPKG_TOKEN", help="Bearer token for --endpoint.")
def query_command(name, query_text, query_file, list_queries, list_prefixes, params, fmt, build_dir, data_file,
                  endpoint, server, default_graphs, named_graphs, user, password, token):
    """Run a saved query by NAME, or any query with -q/--file.

    Example: coopkg query agreements-by-area --param area=research --format csv
    """
    from kg.sparql import query as q
    from kg.sparql.results import render
    if list_prefixes:
        click.echo(q.prefix_listing())
        return
    if list_queries:
        for saved in q.saved_queries().values():
            args = " ".join(f"--param {p.name}=…" for p in saved.params)
            click.echo(f"{saved.name:<22} {saved.question}" + (f"  [{args}]" if args else ""))
        return
    chosen = [x for x in (name, query_text, query_file) if x]
    if len(chosen) != 1:
        raise CoopKGError("give exactly one of NAME, -q TEXT or --file F.rq", fix="see 'coopkg query --list'")
    given = _parse_params(params)
    saved = q.find_saved(name) if name else None
    if query_file:
        from kg.curation.textio import decode_utf8, read_bounded
        # bounded and non-blocking: a FIFO or /dev/zero given as --file must not hang or fill memory
        raw = read_bounded(query_file, str(query_file), QUERY_FILE_LIMIT, "query file",
                           "a query longer than 1 MiB is refused anyway")
        text = decode_utf8(raw, str(query_file), "query file")
        saved = q.parse_saved_query(query_file, text) if "# Question" in text else None
    else:
        text = saved.text if saved else query_text
    bindings = q.bindings_for(saved, given)
    if endpoint:
        from kg.sparql.remote import auth_from, remote_query
        click.echo(remote_query(endpoint, text, bindings, fmt, auth_from(user, password, token), server=server,
                                default_graphs=default_graphs, named_graphs=named_graphs))
        return
    from kg.graph.store import memory_store_from_file, open_store
    store = memory_store_from_file(data_file) if data_file else open_store(build_dir)
    click.echo(render(q.run_local(store, text, bindings, source=str(query_file) if query_file else None), fmt))


QUERY_FILE_LIMIT = 2 * 1024 * 1024


def _parse_params(params) -> dict:
    given = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CoopKGError(f"--param '{item}' is not NAME=VALUE", field="--param")
        given[key.strip()] = value
    return given


if __name__ == "__main__":
    main()
