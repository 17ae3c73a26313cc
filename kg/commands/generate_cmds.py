"""`coopkg generate`: synthetic curated data (same format as data/) for benchmarks and tests."""

from pathlib import Path

import click


@click.command("generate")
@click.option("--institutions", type=click.IntRange(min=2), default=None,
              help="Number of institutions in the synthetic world (default: from --triples).")
@click.option("--agreements", type=click.IntRange(min=1), default=None,
              help="Number of agreements, each reported by 1-3 articles (default: from --triples).")
@click.option("--triples", default=None, metavar="N",
              help="Aim at about N triples in the built graph instead (e.g. 100k, 1m).")
@click.option("--seed", type=int, default=0, show_default=True, help="Same seed, byte-identical files.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write sources/ and records/ into (must be new or empty).")
def generate_command(institutions, agreements, triples, seed, out_dir):
    """Write synthetic articles and curated records that go through the real build.

    Heavy-tailed partner counts, regional clusters, ministries as parents, leaders who change
    over the years, names with and without diacritics and acronyms in different articles;
    every fact quotes its generated article. Build it with `coopkg build --data DIR`.

    Example: coopkg generate --institutions 200 --agreements 300 --seed 1 -o /tmp/synthetic
    """
    from kg.errors import CoopKGError
    from kg.generate import generate, sizes_for_triples
    if triples:
        text = triples.strip().lower()
        factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
        try:
            target = int(float(text[:-1] if factor > 1 else text) * factor)
        except ValueError:
            raise CoopKGError(f"--triples '{triples}' is not a number", field="--triples", fix="e.g. 100k or 1m") from None
        default_institutions, default_agreements = sizes_for_triples(target)
        institutions, agreements = institutions or default_institutions, agreements or default_agreements
    if not institutions or not agreements:
        raise CoopKGError("give --institutions and --agreements, or --triples", field="--institutions/--agreements",
                          fix="e.g. --institutions 200 --agreements 300, or --triples 100k")
    made = generate(out_dir, institutions, agreements, seed)
    click.echo(f"wrote {made.sources} sources for {made.agreements} agreements among {made.institutions} "
               f"institutions to {out_dir}; build with: coopkg build --data {out_dir}")
