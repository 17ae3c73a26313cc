"""Synthetic curated data in the format of data/ (sources/*.yaml + *.txt, records/*.yaml).

`generate(out_dir, institutions, agreements, seed)` writes data that goes through the real
build: every fact has a quote cut from a generated article. Same seed, same bytes.
Used by the benchmarks (benchmarks/run.py) and by tests that need more than the seed data.
"""

import random
from dataclasses import dataclass
from pathlib import Path

from kg.errors import CoopKGError
from kg.generate.articles import write_article
from kg.generate.network import draw_agreements
from kg.generate.world import build_world
from kg.generate.yamlwrite import document
from kg.vocab import load_vocabulary

# Measured on generated data: merged triples per agreement (all its articles, their quotes and
# what the build derives). Used to pick sizes for a target triple count.
TRIPLES_PER_AGREEMENT = 2450


@dataclass
class Generated:
    out_dir: Path
    institutions: int
    agreements: int
    sources: int


def sizes_for_triples(triples: int) -> tuple[int, int]:
    """(institutions, agreements) that give about `triples` triples."""
    agreements = max(2, round(triples / TRIPLES_PER_AGREEMENT))
    return max(4, agreements * 2 // 3), agreements


def generate(out_dir: Path, institutions: int, agreements: int, seed: int = 0) -> Generated:
    if institutions < 2 or agreements < 1:
        raise CoopKGError("need at least 2 institutions and 1 agreement", field="--institutions/--agreements")
    out_dir = Path(out_dir)
    sources_dir, records_dir = out_dir / "sources", out_dir / "records"
    for folder in (sources_dir, records_dir):
        if folder.exists() and any(folder.iterdir()):
            raise CoopKGError(f"{folder} is not empty", where=str(folder),
                              fix="give an empty or new output folder, so no old files mix in")
        folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    vocab = load_vocabulary()
    world = build_world(rng, institutions)
    drawn = draw_agreements(rng, world, agreements, sorted(vocab.areas))
    n_sources = 0
    for agreement in drawn:
        for index in range(agreement.n_sources):
            key, meta, text, record = write_article(rng, world, agreement, index, vocab)
            (sources_dir / f"{key}.txt").write_text(text, encoding="utf-8")
            (sources_dir / f"{key}.yaml").write_text(document(f"Synthetic source {key}.", meta), encoding="utf-8")
            (records_dir / f"{key}.yaml").write_text(
                document(f"What synthetic source {key} states (coopkg generate, seed {seed}).", record),
                encoding="utf-8")
            n_sources += 1
    return Generated(out_dir, institutions, agreements, n_sources)
