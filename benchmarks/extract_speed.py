"""Time the extractor per article: python benchmarks/extract_speed.py [ARTICLE_OR_DIR ...]

Defaults to the shared dev set and seeds beside the repo. The first call also loads the SKOS
vocabularies, so it is reported apart."""

import sys
import time
from pathlib import Path

from kg.article import read_article
from kg.extract import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main(args):
    paths = [Path(a) for a in args] or [SHARED / "dev-articles" / "articles", SHARED / "seeds"]
    files = sorted(f for p in paths for f in (p.glob("*.txt") if p.is_dir() else [p]))
    articles = [read_article(f) for f in files]
    start = time.perf_counter()
    extract(articles[0])
    print(f"first call (loads vocabularies): {time.perf_counter() - start:.3f} s")
    timings = []
    for art in articles:
        start = time.perf_counter()
        for _ in range(5):
            extract(art)
        timings.append(((time.perf_counter() - start) / 5, Path(art.path).name, len(art.text)))
    for seconds, name, size in timings:
        print(f"{seconds * 1000:7.1f} ms  {size:6d} chars  {name}")
    print(f"mean {sum(t[0] for t in timings) / len(timings) * 1000:.1f} ms, "
          f"max {max(t[0] for t in timings) * 1000:.1f} ms over {len(timings)} articles")


if __name__ == "__main__":
    main(sys.argv[1:])
