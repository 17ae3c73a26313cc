"""Time the extractor per article: python -m benchmarks.extract_speed [ARTICLE_OR_DIR ...]

Defaults to the shared dev set, the seeds and our own second development set
(tests/fixtures/extract-dev). The first call also loads the SKOS vocabularies, so it is reported
apart. Each article is timed once with the name caches emptied, as a new article would be; with a
ROR index present ($COOPKG_REGISTRY) the gazetteer is used and the run says so. Results go to
benchmarks/results/extract.md (extract-ror.md with the index) as well as the screen."""

import sys
import time
from pathlib import Path

from kg.article import read_article
from kg import names
from kg.extract import extract, resolve_names
from kg.extract.gazetteer import default_gazetteer

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RESULTS = REPO / "benchmarks" / "results"
CACHED = (names.cached_fold, names.tokens, names.name_key, names.compact_key, resolve_names.score, names.acronym_fit)


def main(args):
    paths = [Path(a) for a in args] or [SHARED / "dev-articles" / "articles", SHARED / "seeds",
                                        REPO / "tests" / "fixtures" / "extract-dev" / "articles"]
    files = sorted(f for p in paths for f in (p.glob("*.txt") if p.is_dir() else [p]))
    articles = [read_article(f) for f in files]
    gazetteer = "ROR index" if default_gazetteer() else "no ROR index"
    start = time.perf_counter()
    extract(articles[0])
    lines = [f"first call (loads vocabularies): {time.perf_counter() - start:.3f} s; gazetteer: {gazetteer}"]
    timings = []
    for art in articles:
        for cached in CACHED:
            cached.cache_clear()
        start = time.perf_counter()
        extract(art)
        timings.append((time.perf_counter() - start, Path(art.path).name, len(art.text)))
    lines += [f"{seconds * 1000:7.1f} ms  {size:6d} chars  {name}" for seconds, name, size in timings]
    lines.append(f"mean {sum(t[0] for t in timings) / len(timings) * 1000:.1f} ms, "
                 f"max {max(t[0] for t in timings) * 1000:.1f} ms over {len(timings)} articles")
    print("\n".join(lines))
    out = RESULTS / ("extract-ror.md" if default_gazetteer() else "extract.md")
    out.write_text("# Extractor speed (one run on a shared 2-core machine)\n\n```\n" + "\n".join(lines) + "\n```\n",
                       encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
