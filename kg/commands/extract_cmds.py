"""`coopkg extract`, `eval`, `ingest` and `resolve`: thin click wrappers over kg.extract,
kg.evaluate, kg.curation.ingest and kg.curation.known_entities. The lead attaches the commands to the main group.
ingest and resolve raise CoopKGError for bad input (the main group prints it, exit code 2)."""

import json
import sys
from pathlib import Path

import click

from kg.errors import CoopKGError
import yaml

from kg.article import read_article
from kg.evaluate import EvaluationError
from kg.extract import extract
from kg.paths import DEFAULT_DATA_DIR


@click.command("extract")
@click.argument("article", type=click.Path(dir_okay=False, path_type=str))
@click.option("--publisher", help="Publisher, when the file has no header (overrides the header).")
@click.option("--url", help="Source URL (overrides the header).")
@click.option("--published", help="Publication date YYYY-MM-DD (overrides the header).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
def extract_command(article, publisher, url, published, fmt):
    """Draft the institutions, people and agreement an ARTICLE (UTF-8 text) reports.

    Every item carries a verbatim quote from the article and a confidence.

    Example: coopkg extract ../shared/dev-articles/articles/001_haui-viettri-uni-industry.txt
    """
    art = read_article(article, publisher=publisher, url=url, published=published)  # ArticleError: exit 2
    draft = extract(art)
    if fmt == "json":
        click.echo(json.dumps(draft, indent=2, ensure_ascii=False))
    else:
        click.echo(yaml.safe_dump(draft, allow_unicode=True, sort_keys=False, width=120), nl=False)


@click.command("eval")
@click.option("--set", "set_specs", multiple=True, metavar="NAME=ARTICLES_DIR:GOLD_DIR",
              help="A set to score (repeatable). Default: dev (../shared/dev-articles), own-dev "
                   "(tests/fixtures/extract-dev), unseen-1 (tests/fixtures/extract-unseen-1, retired held-out set) and "
                   "unseen-2 (tests/fixtures/extract-unseen-2, held out), those present.")
@click.option("--articles", "articles_dir", type=click.Path(file_okay=False, exists=True),
              help="One folder of NNN_slug.txt articles (with --gold; same as --set NAME=A:G).")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, exists=True),
              help="Folder of NNN_slug.yaml gold annotations for --articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--details/--no-details", default=False, show_default=True,
              help="With --format json: include per-article misses and extras.")
@click.option("--skip-missing", is_flag=True,
              help="Leave out (and count) gold files whose article is not in the articles folder, e.g. real "
                   "pages whose text could not be saved again; without it such a gold file is an error.")
@click.option("--check-gold", is_flag=True,
              help="Only check the sets' gold files against the gold format (exit 1 on a problem); strings "
                   "missing from their article's text are listed as notes.")
def eval_command(set_specs, articles_dir, gold_dir, fmt, details, skip_missing, check_gold):
    """Score the extractor against gold annotations: precision, recall and F1 per field, per set,
    side by side, with the extractor's milliseconds per article.

    Example: coopkg eval --set mine=my/articles:my/gold
    """
    from kg.evaluate import default_sets, evaluate_sets, parse_set, sets_to_json, sets_to_markdown
    from kg.paths import PROJECT_DIR
    try:
        sets = [parse_set(spec) for spec in set_specs]
        if bool(articles_dir) != bool(gold_dir):
            raise EvaluationError("--articles and --gold go together")
        if articles_dir:
            sets.append((Path(articles_dir).parent.name or "set", Path(articles_dir), Path(gold_dir)))
        if not sets:
            sets = default_sets(PROJECT_DIR)
        if not sets:
            raise EvaluationError("no gold set found; give --set NAME=ARTICLES_DIR:GOLD_DIR")
        if check_gold:
            _report_gold_checks(sets)
            return
        reports = evaluate_sets(sets, skip_missing=skip_missing)
    except EvaluationError as err:
        raise CoopKGError(str(err)) from err
    click.echo(sets_to_json(reports, details) if fmt == "json" else sets_to_markdown(reports), nl=fmt != "table")


def _report_gold_checks(sets):
    from kg.gold_check import check_gold_dir
    problems = []
    for name, articles, gold in sets:
        found, notes = check_gold_dir(articles, gold)
        for line in notes:
            click.echo(f"note: {line}")
        for line in found:
            click.echo(f"problem: {line}")
        click.echo(f"{name}: {len(list(Path(gold).glob('*.yaml')))} gold files, {len(found)} problems, {len(notes)} notes")
        problems += found
    if problems:
        sys.exit(1)


@click.command("ingest")
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_DATA_DIR,
              show_default=True, help="Folder with sources/ and records/ to add the article to.")
@click.option("--key", help="Source key (default: from the title or the file name).")
@click.option("--publisher", help="Publisher (overrides the header; required when the file has none).")
@click.option("--url", help="Source URL (overrides the header).")
@click.option("--published", help="Publication date YYYY-MM-DD (overrides the header).")
@click.option("--title", help="Title (overrides the header; default: the first line).")
@click.option("--language", default="en", show_default=True, help="Language of the article text.")
@click.option("--build", "build_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Resolve names against this build's store instead of the records in --data.")
def ingest_command(article, data_dir, key, publisher, url, published, title, language, build_dir):
    """Add an ARTICLE to data/: its text, its metadata and a draft record of what it states.

    Names are resolved against the entities already known; doubtful matches get a new key and a
    '# review:' comment. Refuses to overwrite any file. Exit code 1 when the new draft does not
    pass the data check (the files stay for review), 2 on bad input.

    Example: coopkg ingest ../shared/dev-articles/articles/001_haui-viettri-uni-industry.txt --data data
    """
    from kg.curation.ingest import ingest
    result = ingest(article, data_dir, key=key, language=language, build_dir=build_dir,
                    publisher=publisher, url=url, published=published, title=title)
    click.echo(_ingest_summary(result))
    if result.problems:
        click.echo(f"The new data does not pass the check ({len(result.problems)} problem(s)):", err=True)
        for problem in result.problems:
            click.echo(f"  - {problem}", err=True)
        click.echo(f"review {result.record_path} (the files were written; fix them, then run coopkg build)", err=True)
        sys.exit(1)


def _ingest_summary(result) -> str:
    record = result.record
    lines = ["Wrote " + ", ".join(str(p) for p in result.written)]
    lines.append(f"Resolved to existing keys ({len(record.resolved)}):")
    lines += [f"  {kind:<12} {name} -> {key}  ({reason})" for kind, name, key, reason in record.resolved] or ["  none"]
    lines.append(f"New keys ({len(record.new)}):")
    lines += [f"  {kind:<12} {name} -> {key}" for kind, name, key in record.new] or ["  none"]
    lines.append(f"To review ({len(record.review)}):")
    lines += [f"  - {message}" for message in record.review] or ["  none"]
    if not result.problems:
        lines.append("The data check passes: run coopkg build.")
    return "\n".join(lines)


@click.command("resolve")
@click.argument("name")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_DATA_DIR,
              show_default=True, help="Folder whose records hold the known entities.")
@click.option("--build", "build_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Use this build's store for the known entities instead of --data.")
@click.option("--kind", type=click.Choice(["institution", "person", "place"]), default="institution",
              show_default=True)
@click.option("--country", help="ISO country code (e.g. VN) for the ROR registry lookup.")
@click.option("--registry", "registry_db", type=click.Path(dir_okay=False, path_type=Path),
              help="ROR index (default: $COOPKG_REGISTRY or ~/.cache/coopkg/ror.sqlite); used when it exists.")
def resolve_command(name, data_dir, build_dir, kind, country, registry_db):
    """Show which known entity NAME resolves to, with score and reason, and ROR candidates.

    Says which candidate would be accepted and which would only be flagged for review.

    Example: coopkg resolve "Industrial College of Technology" --data data
    """
    from kg.curation.known_entities import load_known, match_name, registry_candidates
    from kg.names import slug
    known = load_known(data_dir, build_dir)
    resolution = match_name(name, kind, known)
    click.echo(f"Known {kind}s ({known.origin}) for '{name}':")
    rows = [(c.key, f"{c.score:.2f}", c.verdict, c.reason) for c in resolution.candidates]
    click.echo(_table(("key", "score", "verdict", "reason"), rows) if rows else "  no candidate")
    if resolution.verdict == "accept":
        click.echo(f"Would be accepted: {resolution.key}")
    else:
        review = ", ".join(c.key for c in resolution.candidates)
        click.echo(f"No accepted match: a new key '{slug(name)}' would be minted"
                   + (f"; flagged for review against {review}" if review else ""))
    if kind != "institution":
        return
    found, why_not = registry_candidates(name, country, db=registry_db)
    if why_not:
        click.echo(f"ROR registry: {why_not}")
        return
    click.echo("ROR registry candidates:")
    rows = [(c.ror_id, f"{c.score:.2f}", c.verdict, c.name, c.country or "", c.reason) for c in found]
    click.echo(_table(("ror id", "score", "verdict", "name", "country", "reason"), rows) if rows else "  none")


def _table(header, rows) -> str:
    widths = [max(len(str(v)) for v in column) for column in zip(header, *rows)]
    lines = ["  " + "  ".join(str(v).ljust(w) for v, w in zip(header, widths)).rstrip()]
    lines += ["  " + "  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)
