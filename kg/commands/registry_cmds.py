"""`coopkg registry ...`: build the ROR index, look names up, write ROR as RDF.

The main CLI attaches `registry_group`; errors are CoopKGError (naming file and line), which the
main group prints as one clear line with exit code 2, like every other command.
"""

from pathlib import Path

import click


DB_OPTION_HELP = "SQLite index to use (default: $COOPKG_REGISTRY or ~/.cache/coopkg/ror.sqlite)."


@click.group("registry")
def registry_group():
    """Organisation registries (ROR): local index, name lookup, RDF.

    Example: coopkg registry import ror ../shared/realdata/ror/ror-organizations.jsonl.xz
    """


@registry_group.group("import")
def import_group():
    """Build a local index from a registry dump.

    Example: coopkg registry import ror ror-organizations.jsonl.xz
    """


@import_group.command("ror")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP)
@click.option("--force", is_flag=True, help="Rebuild even if the index was built from this same file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def import_ror_cmd(file: Path, db: Path | None, force: bool, quiet: bool):
    """Index FILE, a ROR dump (.jsonl, .jsonl.xz or .jsonl.gz, one record per line).

    Example: coopkg registry import ror ../shared/realdata/ror/ror-organizations.jsonl.xz
    """
    from kg.registry.ror_import import import_ror

    result = import_ror(file, db, force=force, quiet=quiet)
    if result.reused:
        click.echo(f"{result.db_path}: up to date ({result.orgs} organisations); use --force to rebuild")
    else:
        click.echo(f"{result.db_path}: {result.orgs} organisations, {result.names} names, "
                   f"{result.relationships} relationships in {result.seconds:.1f} s")


@registry_group.command("lookup")
@click.argument("name")
@click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. VN: corroborates acronyms, demotes other countries.")
@click.option("--limit", default=10, show_default=True, help="How many candidates to show.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP)
def lookup_cmd(name: str, country: str | None, limit: int, db: Path | None):
    """Show ROR candidates for NAME with score, verdict and reason.

    Example: coopkg registry lookup HaUI --country VN
    """
    from kg.registry.lookup import ACCEPT_THRESHOLD, candidates

    found = candidates(name, country, limit=limit, index=db)
    if not found:
        click.echo("no candidates")
        return
    for cand in found:
        place = ", ".join(p for p in (cand.city, cand.country) if p)
        status = "" if cand.status == "active" else f" [{cand.status}]"
        click.echo(f"{cand.score:.2f}  {cand.verdict:<6}  {cand.ror_id}  {cand.name} ({place}){status}")
        click.echo(f"      {cand.reason}; matched {cand.matched_kind} '{cand.matched_name}'")
    if not found[0].accepted:
        click.echo(f"no accepted match (accept needs score >= {ACCEPT_THRESHOLD:.2f}, "
                   "no close rival and no noise flag)")


@registry_group.group("graph")
def graph_group():
    """Write a registry as CoopKG RDF.

    Example: coopkg registry graph ror -o build/ror
    """


@graph_group.command("ror")
@click.argument("source", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write ror.ttl into.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help=DB_OPTION_HELP)
@click.option("--include-withdrawn", is_flag=True, help="Also emit records ROR has withdrawn.")
def graph_ror_cmd(source: Path | None, out_dir: Path, db: Path | None, include_withdrawn: bool):
    """Write OUT/ror.ttl from SOURCE (a ROR dump) or, without SOURCE, from the index.

    Example: coopkg registry graph ror -o build/ror
    """
    from kg.registry.ror_graph import ror_to_rdf
    from kg.registry.store import resolve_db_path

    if source and db:
        raise click.UsageError("give either SOURCE or --db, not both")
    result = ror_to_rdf(source or resolve_db_path(db), out_dir, include_withdrawn=include_withdrawn)
    dropped = ", ".join(f"{n} {t}" for t, n in sorted(result.dropped_links.items())) or "none"
    click.echo(f"{result.path}: {result.orgs} organisations, {result.triples} triples in {result.seconds:.1f} s")
    click.echo(f"  withdrawn records skipped: {result.withdrawn_skipped}; links to organisations not in "
               f"the graph dropped: {dropped}; doubtful aliases without search key: {result.noisy_aliases}")
