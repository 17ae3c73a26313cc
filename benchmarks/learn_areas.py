"""The learned areas step, measured by 5-fold cross-validation by article, and trained for shipping.

    python -m benchmarks.learn_areas [--set NAME=ARTICLES_DIR:GOLD_DIR] [--rerun] [--no-save]

(default set: /work/sets/dev-all). The extractor runs once per page with the rules alone; the context
its areas step reads is kept, and every concept named in the page becomes a candidate
(kg.extract.area_features), labelled with the scorer's own matching: the concept is right when it
covers some gold phrase (kg.evaluate). kg.learn.logistic.out_of_fold_probabilities gives each
candidate the probability of a model trained without its page (groups = page file name, 5 folds);
each page's areas are then the candidates at or above kg.extract.area_decision.THRESHOLD (fixed
before measuring), and the whole set is scored with kg.evaluate, rules-only beside rules + learned
(areas, person-role-institution, micro). The areas step reads nothing the other fields depend on, so
the other fields' predictions are the rules-only run's. --rerun runs the extractor again on each fold's
pages with that fold's model and checks it gives the same areas (slow: one more extraction pass).

Then the model is trained on every page and written to kg/extract/models/areas.json (same pages, same
bytes). Results go to benchmarks/results/learn-areas.md; page text is never printed.
"""

import argparse
import copy
import sys
import time
from pathlib import Path

import yaml

from kg import evaluate as ev
from kg.article import read_article
from kg.extract import area_decision, vocab
from kg.extract.area_features import candidates
from kg.extract.areas import area_mentions, covers
from kg.extract.draft import extract
from kg.learn.logistic import fit, out_of_fold_probabilities

DEFAULT_SET = "dev-all=/work/sets/dev-all/articles:/work/sets/dev-all/gold"
FOLDS = 5
L2 = 1.0
RESULT = Path(__file__).parent / "results" / "learn-areas.md"
ABOUT = ("Learned areas step (kg.extract.area_decision): probability that a concept named in the text is one "
         "the agreement covers (covers a gold phrase). Logistic, l2=%s, trained by benchmarks/learn_areas.py "
         "on %d candidates of %d real dev pages.")


def collect(articles_dir: Path, gold_dir: Path):
    """Per page (sorted by name): name, article, gold, the rules-only prediction, and its candidates as
    (key, mention, features, label)."""
    pages = []
    original = area_decision.chosen_areas
    contexts = []

    def recording(ctx, model, threshold=area_decision.THRESHOLD):
        contexts.append(ctx)
        return original(ctx, None)

    area_decision.chosen_areas = recording
    try:
        for gold_file in sorted(Path(gold_dir).glob("*.yaml")):
            article = read_article(Path(articles_dir) / (gold_file.stem + ".txt"))
            gold = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
            contexts.clear()
            pred = extract(article, area_model=None)
            ctx = contexts[-1]
            phrases = [str(a) for a in (gold.get("agreement") or {}).get("areas") or []]
            found = [(key, main, features, any(covers(key, g) for g in phrases))
                     for key, main, features in candidates(ctx, area_mentions(ctx.text, ctx.sents,
                                                                              ctx.names + ctx.place + ctx.not_scope))]
            pages.append({"name": gold_file.stem, "article": article, "gold": gold, "pred": pred, "ctx": ctx,
                          "candidates": found})
            print(f"\r{len(pages)} pages", end="", file=sys.stderr)
    finally:
        area_decision.chosen_areas = original
    print(file=sys.stderr)
    return pages


def with_areas(pred: dict, keys: list[str]) -> dict:
    """The prediction with its areas replaced by these concepts (the scorer reads only their IRIs)."""
    out = copy.copy(pred)
    out["agreement"] = dict(pred["agreement"])
    out["agreement"]["areas"] = [{"iri": vocab.areas()[k].iri, "label": vocab.areas()[k].label} for k in keys]
    return out


def score(pages, keys_of) -> dict:
    return ev.summarise({p["name"]: ev.score_article(with_areas(p["pred"], keys_of(p)), p["gold"]) for p in pages})


def examples_of(pages):
    examples, groups = [], []
    for p in pages:
        for key, main, features, label in p["candidates"]:
            examples.append((features, label))
            groups.append(p["name"])
    return examples, groups


def cross_validate(pages, threshold):
    examples, groups = examples_of(pages)
    probabilities = out_of_fold_probabilities(examples, groups, folds=FOLDS, l2=L2)
    it = iter(probabilities)
    for p in pages:
        p["oof"] = [next(it) for _ in p["candidates"]]
    rules = score(pages, lambda p: [k for k, m, f, _ in p["candidates"] if f["rule_kept"]])
    learned = {t: score(pages, lambda p, t=t: [c[0] for c, q in zip(p["candidates"], p["oof"]) if q >= t])
               for t in sorted({threshold, 0.3, 0.4, 0.5, 0.6, 0.7})}
    return rules, learned


def rerun(pages, threshold) -> int:
    """Run the extractor with each fold's model on that fold's pages; the number of pages whose areas
    differ from the cross-validated ones (0 expected)."""
    fold_of = {name: i % FOLDS for i, name in enumerate(sorted(p["name"] for p in pages))}
    differ = 0
    for fold in range(FOLDS):
        train = [e for p in pages if fold_of[p["name"]] != fold for e in examples_of([p])[0]]
        model = fit(train, l2=L2)
        for p in pages:
            if fold_of[p["name"]] == fold:
                got = [ev._area_key(a) for a in extract(p["article"], area_model=model)["agreement"]["areas"]]
                want = [c[0] for c, q in zip(p["candidates"], p["oof"]) if q >= threshold]
                differ += sorted(got) != sorted(want)
    return differ


def step_ms(pages, model) -> float:
    """Milliseconds per page the learned step adds over the rules' decision."""
    def run(m):
        started = time.perf_counter()
        for p in pages:
            area_decision.chosen_areas(p["ctx"], m)
        return time.perf_counter() - started
    return 1000 * (run(model) - run(None)) / len(pages)


def _row(name, m):
    return f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['n_pred']} | {m['n_gold']} |"


def report(set_name, pages, rules, learned, threshold, model, ms, differ) -> str:
    examples, _ = examples_of(pages)
    positives = sum(label for _, label in examples)
    kept = [(f["rule_kept"] > 0, label) for f, label in examples]
    lines = [f"# Learned areas step: {FOLDS}-fold cross-validation by page on {set_name} ({len(pages)} pages)", "",
             "Written by `python -m benchmarks.learn_areas`. Candidates: every area concept named in a page "
             f"({len(examples)}; {positives} cover a gold phrase). The rules keep "
             f"{sum(k for k, _ in kept)} of them ({sum(k and l for k, l in kept)} right) and drop "
             f"{sum(not k for k, _ in kept)} ({sum(l and not k for k, l in kept)} right). "
             f"Logistic, l2 = {L2}; threshold {threshold} fixed before measuring.", "",
             "| decision | field | precision | recall | F1 | predicted | gold |", "|---|---|---|---|---|---|---|"]
    for label, rep in [("rules only", rules), (f"rules + learned (≥ {threshold})", learned[threshold])]:
        for field in ("areas", "person_role_institution"):
            lines.append(f"| {label} " + _row(field, rep["fields"][field]))
        lines.append(f"| {label} " + _row("micro", rep["micro"]))
    gain = learned[threshold]["fields"]["areas"]["f1"] - rules["fields"]["areas"]["f1"]
    held = all(learned[threshold][k]["f1"] >= rules[k]["f1"] for k in ("micro",)) \
        and learned[threshold]["fields"]["person_role_institution"]["f1"] >= rules["fields"]["person_role_institution"]["f1"]
    lines += ["", f"Ship bar (areas F1 gain ≥ +0.01, no drop in person-role-institution or micro): gain {gain:+.4f}, "
              f"{'met' if gain >= 0.01 and held else 'not met'}."]
    lines += ["", "Other thresholds (for information; not used to choose):", "",
              "| threshold | areas P | areas R | areas F1 | micro F1 |", "|---|---|---|---|---|"]
    for t, rep in learned.items():
        a = rep["fields"]["areas"]
        lines.append(f"| {t} | {a['precision']:.3f} | {a['recall']:.3f} | {a['f1']:.3f} | {rep['micro']['f1']:.3f} |")
    top = sorted(model.weights.items(), key=lambda kv: -abs(kv[1]))[:25]
    lines += ["", f"Model trained on all {len(pages)} pages: bias {model.bias:.3f}; the 25 largest weights:", "",
              "| feature | weight |", "|---|---|"] + [f"| {n} | {w:+.3f} |" for n, w in top]
    lines += ["", f"Time the learned step adds: {ms:.1f} ms per page."]
    if differ is not None:
        lines.append(f"Re-run of the extractor with each fold's model: {differ} pages whose areas differ from the "
                     "cross-validated ones.")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default=DEFAULT_SET)
    parser.add_argument("--rerun", action="store_true", help="re-extract each fold's pages with its model")
    parser.add_argument("--no-save", action="store_true", help="do not write the model or the result file")
    args = parser.parse_args(argv)
    name, articles, gold = ev.parse_set(args.set)
    pages = collect(articles, gold)
    threshold = area_decision.THRESHOLD
    rules, learned = cross_validate(pages, threshold)
    examples, _ = examples_of(pages)
    model = fit(examples, l2=L2, about=ABOUT % (L2, len(examples), len(pages)))
    differ = rerun(pages, threshold) if args.rerun else None
    text = report(name, pages, rules, learned, threshold, model, step_ms(pages, model), differ)
    print(text)
    if not args.no_save:
        model.save(area_decision.MODEL_PATH)
        RESULT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
