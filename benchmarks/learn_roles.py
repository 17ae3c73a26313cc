"""The learned roles step (kg.extract.learned_roles) measured by 5-fold cross-validation by page.

    python -m benchmarks.learn_roles [--set NAME=ARTICLES_DIR:GOLD_DIR ...] [--thresholds 0.4,0.5,0.6]
                                     [--l2 1.0] [--no-save] [--ship]

(default sets: the reading sets odd and read2 that `python -m benchmarks.reading_sets` builds, under
$COOPKG_READING_SETS, default /work/sets, which the role rules were written on;
the blind sets are scored with `coopkg eval` after --ship, never here). Pages are sorted by (set, name)
and page i goes to fold i % 5. Each page is drafted once with the rules alone (role_model=None); for
each fold a model is fit (kg.learn.logistic) on the other folds' candidates and the fold's drafts get the
posts it chooses at each threshold, scored with kg.evaluate beside the rules alone.

--ship fits on every page and writes kg/extract/models/roles.json. Results go to
benchmarks/results/learn-roles.md; no page text is printed.
"""

import argparse
import copy
import sys
from pathlib import Path

from benchmarks.learn_names import compared_cells, load, summaries
from benchmarks.reading_sets import default_specs
from kg import evaluate as ev
from kg.extract import learned_roles
from kg.extract.draft import extract
from kg.extract.text import sentences
from kg.learn import logistic, roles

DEFAULT_SETS = default_specs()    # the reading sets (benchmarks/reading_sets.py) under $COOPKG_READING_SETS
FOLDS = 5
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)
RESULT = Path(__file__).parent / "results" / "learn-roles.md"


def drafts(pages):
    """[(draft by the rules alone, sentences, labelled candidates)] per page."""
    out = []
    for _, _, article, gold in pages:
        draft = extract(article, role_model=None)
        sents = sentences(article.text)
        out.append((draft, sents, roles.labelled(draft, article.text, sents, gold)))
    return out


def cross_validate(pages, drafted, thresholds, l2):
    """{run: {(set, stem): counts}} with run 'rules only' or the threshold."""
    scores = {"rules only": {}, **{t: {} for t in thresholds}}
    for k, ((name, stem, article, gold), (draft, sents, _)) in enumerate(zip(pages, drafted)):
        scores["rules only"][(name, stem)] = ev.score_article(draft, gold)
    for fold in range(FOLDS):
        train = [(c.features, label) for k, d in enumerate(drafted) if k % FOLDS != fold for c, label in d[2]]
        model = logistic.fit(train, l2=l2)
        for k in range(fold, len(pages), FOLDS):
            name, stem, article, gold = pages[k]
            draft, sents, _ = drafted[k]
            for t in thresholds:
                chosen = learned_roles.add_roles(copy.deepcopy(draft), article.text, sents, model, t)
                scores[t][(name, stem)] = ev.score_article(chosen, gold)
    return scores


def report(pages, drafted, scores, l2) -> str:
    sets = sorted({p[0] for p in pages})
    n_cand = sum(len(d[2]) for d in drafted)
    n_pos = sum(1 for d in drafted for _, label in d[2] if label)
    lines = ["# Learned roles step, 5-fold cross-validation by page", "",
             f"{len(pages)} pages ({', '.join(f'{s} {sum(1 for p in pages if p[0] == s)}' for s in sets)}); "
             f"{n_cand} candidates, {n_pos} of them gold triples; logistic, l2={l2}. "
             "`python -m benchmarks.learn_roles`.", "",
             "| run | set | " + " | ".join(ev.FIELDS) + " | micro |", "|---|---|" + "---|" * (len(ev.FIELDS) + 1)]
    base = summaries(scores["rules only"], sets)
    for t in scores:
        run = summaries(scores[t], sets)
        for s in sets + ["pooled"]:
            cells, micro = compared_cells(base[s], run[s], t == "rules only")
            lines.append(f"| {t} | {s} | " + " | ".join(cells) + f" | {micro} |")
    lines += ["", "Person–role–institution, pooled (right predicted / predicted, right gold / gold):", ""]
    for t in scores:
        c = summaries(scores[t], sets)["pooled"]["fields"]["person_role_institution"]
        lines.append(f"- {t}: {c['tp_pred']} / {c['n_pred']}, {c['tp_gold']} / {c['n_gold']}")
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", dest="sets")
    parser.add_argument("--thresholds", default=",".join(map(str, THRESHOLDS)))
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--ship", action="store_true")
    args = parser.parse_args(argv)
    pages = load(args.sets or DEFAULT_SETS)
    thresholds = tuple(float(t) for t in args.thresholds.split(",") if t)
    drafted = drafts(pages)
    text = report(pages, drafted, cross_validate(pages, drafted, thresholds, args.l2), args.l2)
    if args.ship:
        examples = [(c.features, label) for d in drafted for c, label in d[2]]
        about = (f"Learned roles step (kg.extract.learned_roles): probability that a post written near a person "
                 f"the role rules leave without one, with an institution of the draft, is the gold's triple. "
                 f"Logistic, l2={args.l2}, fit by `benchmarks/learn_roles.py --ship` on {len(examples)} candidates "
                 f"of {len(pages)} reading pages.")
        logistic.fit(examples, l2=args.l2, about=about).save(learned_roles.MODEL_PATH)
        text += f"\nShipped: {learned_roles.MODEL_PATH.name}, fit on all {len(pages)} pages.\n"
    print(text)
    if not args.no_save:
        RESULT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
