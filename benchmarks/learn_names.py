"""The learned name finder (kg.extract.name_tagger) measured by 5-fold cross-validation by page on the
reading pages, alone and as the people reader's recall pass (kg.extract.learned_names).

    python -m benchmarks.learn_names [--set NAME=ARTICLES_DIR:GOLD_DIR ...] [--thresholds 0.8,0.9]
                                     [--org-thresholds 0.9] [--both 0.8,0.9] [--no-save] [--ship]

(default sets: the reading sets odd and read2 that `python -m benchmarks.reading_sets` builds, under
$COOPKG_READING_SETS, default /work/sets). Pages are sorted by (set, name) and
page i goes to fold i % 5. For each fold a model is trained (kg.learn.names) on the other four folds'
pages and then:
1. the tagger alone: its spans on the fold's pages against the gold names projected onto the text
   (exact span match), precision and recall per label, and for PER at each threshold;
2. the extractor: each fold page extracted with the fold model's recall steps on, the people pass
   (kg.extract.learned_names) and the institution source (kg.extract.learned_bodies) each alone at
   each threshold and together at the pairs given with --both, and scored with kg.evaluate beside the
   rules alone (every field and micro, per set and pooled).
The ship bar: pooled micro up by at least 0.005, no field down by more than 0.003.

--ship trains the model on every page twice, checks both files have the same sha256 and writes
kg/extract/models/names.crfsuite. Results go to benchmarks/results/learn-names.md; no page text is
printed.
"""

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

import yaml

from benchmarks.reading_sets import default_specs
from kg import evaluate as ev
from kg.article import read_article
from kg.extract import learned_bodies, learned_names, name_tagger
from kg.extract.draft import extract
from kg.learn import names

DEFAULT_SETS = default_specs()    # the reading sets (benchmarks/reading_sets.py) under $COOPKG_READING_SETS
FOLDS = 5
THRESHOLDS = (0.6, 0.7, 0.8, 0.9)
ORG_THRESHOLDS = (0.7, 0.8, 0.9, 0.95)
MICRO_GAIN, FIELD_LOSS = 0.005, 0.003
RESULT = Path(__file__).parent / "results" / "learn-names.md"


def load(specs):
    """[(set, stem, article, gold)] of every page with both text and gold, sorted."""
    pages = []
    for spec in specs:
        name, articles, gold_dir = ev.parse_set(spec)
        for gold_file in sorted(gold_dir.glob("*.yaml")):
            article_file = articles / (gold_file.stem + ".txt")
            if article_file.is_file():
                pages.append((name, gold_file.stem, read_article(article_file),
                              yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}))
    return sorted(pages, key=lambda p: (p[0], p[1]))


def span_counts(pages, thresholds):
    """{(label, threshold): [true positives, predicted, gold]} of the tagger's spans on pages."""
    counts = {}
    for _, _, article, gold in pages:
        truth = {(s, e, label) for s, e, label in names.gold_spans(article.text, gold)}
        found = name_tagger.spans(article.text)
        for label in ("PER", "ORG"):
            gold_n = sum(1 for t in truth if t[2] == label)
            for t in (0.0,) + tuple(thresholds):
                pred = {(s.start, s.end, s.label) for s in found if s.label == label and s.probability >= t}
                c = counts.setdefault((label, t), [0, 0, 0])
                c[0] += len(pred & truth)
                c[1] += len(pred)
                c[2] += gold_n
    return counts


def extract_scores(pages, per, org):
    """{(set, stem): score_article counts} with the people pass at threshold per and the institution
    source at threshold org (None: that step off)."""
    learned_names.ENABLED, learned_bodies.ENABLED = per is not None, org is not None
    learned_names.THRESHOLD = per if per is not None else learned_names.THRESHOLD
    learned_bodies.THRESHOLD = org if org is not None else learned_bodies.THRESHOLD
    try:
        return {(s, stem): ev.score_article(extract(article), gold) for s, stem, article, gold in pages}
    finally:
        learned_names.ENABLED = learned_bodies.ENABLED = False


def runs_to_measure(per_thresholds, org_thresholds, both):
    """(name, people threshold, institution threshold) of each run, the rules alone first."""
    runs = [("rules only", None, None)]
    runs += [(f"PER {t:.2f}", t, None) for t in per_thresholds]
    runs += [(f"ORG {t:.2f}", None, t) for t in org_thresholds]
    runs += [(f"PER {p:.2f} + ORG {o:.2f}", p, o) for p, o in both]
    return runs


def cross_validate(pages, thresholds, runs, workdir):
    """The tagger's span counts and each run's per-page extraction scores, every page out of fold."""
    counts, scores = {}, {name: {} for name, _, _ in runs}
    for fold in range(FOLDS):
        train = [(a.text, g) for i, (_, _, a, g) in enumerate(pages) if i % FOLDS != fold]
        held = [p for i, p in enumerate(pages) if i % FOLDS == fold]
        model = Path(workdir) / f"fold{fold}.crfsuite"
        names.train(train, model)
        name_tagger.use_model(model)
        for key, c in span_counts(held, thresholds).items():
            total = counts.setdefault(key, [0, 0, 0])
            for k in range(3):
                total[k] += c[k]
        for name, per, org in runs:
            scores[name].update(extract_scores(held, per, org))
        print(f"fold {fold}: {len(held)} pages", file=sys.stderr)
    name_tagger.use_model(None)
    return counts, scores


def _f(x):
    return f"{x:.3f}"


def _prf(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summaries(scores, sets):
    """{set or 'pooled': kg.evaluate summary} of one run's per-page scores."""
    out = {s: ev.summarise({stem: c for (ps, stem), c in scores.items() if ps == s}) for s in sets}
    out["pooled"] = ev.summarise({f"{s}/{stem}": c for (s, stem), c in scores.items()})
    return out


def passes(base, run) -> bool:
    gain = run["micro"]["f1"] - base["micro"]["f1"]
    worst = min(run["fields"][f]["f1"] - base["fields"][f]["f1"] for f in ev.FIELDS)
    return gain >= MICRO_GAIN and worst >= -FIELD_LOSS


def compared_cells(base: dict, run: dict, alone: bool) -> tuple[list[str], str]:
    """F1 cells of one set's table row, each field and micro 'before → after' where it moved (alone: the
    base run itself)."""
    cells = []
    for f in ev.FIELDS:
        b, a = base["fields"][f]["f1"], run["fields"][f]["f1"]
        cells.append(_f(a) if alone or abs(a - b) < 5e-4 else f"{_f(b)} → {_f(a)}")
    micro = _f(run["micro"]["f1"]) if alone else f"{_f(base['micro']['f1'])} → {_f(run['micro']['f1'])}"
    return cells, micro


def report(pages, counts, scores) -> str:
    sets = sorted({p[0] for p in pages})
    lines = ["# Learned name finder (CRF), 5-fold cross-validation by page", "",
             f"{len(pages)} reading pages ({', '.join(f'{s} {sum(1 for p in pages if p[0] == s)}' for s in sets)}); "
             f"`python -m benchmarks.learn_names`. Model: kg.learn.names (CRFsuite L-BFGS, {names.PARAMS}).", "",
             "## The tagger alone (spans against the gold names projected onto the text, exact match)", "",
             "| label | threshold | precision | recall | F1 | right / predicted / gold |", "|---|---|---|---|---|---|"]
    for (label, t), (tp, pred, gold) in sorted(counts.items()):
        p, r, f = _prf(tp, pred, gold)
        lines.append(f"| {label} | {t:.2f} | {_f(p)} | {_f(r)} | {_f(f)} | {tp} / {pred} / {gold} |")
    base = summaries(scores["rules only"], sets)
    lines += ["", "## The extractor with the recall pass (out of fold)", "",
              "| run | set | " + " | ".join(ev.FIELDS) + " | micro | ship bar |",
              "|---|---|" + "---|" * (len(ev.FIELDS) + 2)]
    for t in scores:
        run = summaries(scores[t], sets)
        for s in sets + ["pooled"]:
            cells, micro = compared_cells(base[s], run[s], t == "rules only")
            bar = "" if t == "rules only" or s != "pooled" else ("passes" if passes(base[s], run[s]) else "fails")
            lines.append(f"| {t} | {s} | " + " | ".join(cells)
                         + f" | {micro} | {bar} |")
    for field in ("people", "institutions"):
        lines += ["", f"{field.capitalize()}, pooled (right predicted / predicted, right gold / gold):", ""]
        for t in scores:
            c = summaries(scores[t], sets)["pooled"]["fields"][field]
            lines.append(f"- {t}: {c['tp_pred']} / {c['n_pred']}, {c['tp_gold']} / {c['n_gold']}")
    return "\n".join(lines) + "\n"


def ship(pages) -> str:
    """Train on every page twice; write the model when both are byte-identical."""
    data = [(a.text, g) for _, _, a, g in pages]
    with tempfile.TemporaryDirectory() as tmp:
        digests = []
        for k in range(2):
            names.train(data, Path(tmp) / f"m{k}")
            digests.append(hashlib.sha256((Path(tmp) / f"m{k}").read_bytes()).hexdigest())
        if digests[0] != digests[1]:
            raise SystemExit(f"training is not deterministic: {digests}")
        name_tagger.MODEL.write_bytes((Path(tmp) / "m0").read_bytes())
    return digests[0]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", dest="sets")
    parser.add_argument("--thresholds", default=",".join(map(str, THRESHOLDS)), help="people pass thresholds")
    parser.add_argument("--org-thresholds", default=",".join(map(str, ORG_THRESHOLDS)),
                        help="institution source thresholds")
    parser.add_argument("--both", action="append", default=[], help="PER,ORG thresholds to run together")
    parser.add_argument("--keep-models", help="a folder to keep the fold models in")
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--ship", action="store_true")
    args = parser.parse_args(argv)
    pages = load(args.sets or DEFAULT_SETS)
    thresholds = tuple(float(t) for t in args.thresholds.split(",") if t)
    org_thresholds = tuple(float(t) for t in args.org_thresholds.split(",") if t)
    both = [tuple(float(t) for t in pair.split(",")) for pair in args.both]
    runs = runs_to_measure(thresholds, org_thresholds, both)
    with tempfile.TemporaryDirectory() as workdir:
        counts, scores = cross_validate(pages, sorted(set(thresholds) | set(org_thresholds)), runs,
                                        args.keep_models or workdir)
    text = report(pages, counts, scores)
    if args.ship:
        text += f"\nShipped model: trained on all {len(pages)} pages, sha256 {ship(pages)} (two trainings identical).\n"
    print(text)
    if not args.no_save:
        RESULT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
