"""`coopkg extract` and `coopkg eval`: thin click wrappers over kg.extract and kg.evaluate.
The lead attaches extract_command and eval_command to the main group."""

import json

import click
import yaml

from kg.article import ArticleError, read_article
from kg.evaluate import EvaluationError, evaluate, to_json, to_markdown
from kg.extract import extract


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
    try:
        art = read_article(article, publisher=publisher, url=url, published=published)
    except ArticleError as err:
        raise click.ClickException(str(err)) from err
    draft = extract(art)
    if fmt == "json":
        click.echo(json.dumps(draft, indent=2, ensure_ascii=False))
    else:
        click.echo(yaml.safe_dump(draft, allow_unicode=True, sort_keys=False, width=120), nl=False)


@click.command("eval")
@click.option("--articles", "articles_dir", required=True, type=click.Path(file_okay=False, exists=True),
              help="Folder of NNN_slug.txt articles.")
@click.option("--gold", "gold_dir", required=True, type=click.Path(file_okay=False, exists=True),
              help="Folder of NNN_slug.yaml gold annotations.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--details/--no-details", default=False, show_default=True,
              help="With --format json: include per-article misses and extras.")
def eval_command(articles_dir, gold_dir, fmt, details):
    """Score the extractor against gold annotations: precision, recall and F1 per field.

    Example: coopkg eval --articles ../shared/dev-articles/articles --gold ../shared/dev-articles/gold
    """
    try:
        report = evaluate(articles_dir, gold_dir)
    except (ArticleError, EvaluationError) as err:
        raise click.ClickException(str(err)) from err
    click.echo(to_json(report, details) if fmt == "json" else to_markdown(report), nl=fmt != "table")
