"""The learned areas step, measured by 5-fold cross-validation by article, and trained for shipping.

    python -m benchmarks.learn_areas [--set NAME=ARTICLES_DIR:GOLD_DIR] [--rerun] [--no-save]
    python -m benchmarks.learn_areas --holdout [NAME=ARTICLES_DIR:GOLD_DIR]

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

--holdout (default set: /work/sets/ho-all7, pages the rules were never tuned on) adds a second
cross-validation, 5 folds by page of the held-out set (sorted names), beside the dev-all one:
rules only; (A) weights fit on the other 4 held-out folds; (B) weights fit on every dev-all page plus
the other 4 held-out folds, where each feature that encodes the rules' decision (DECISION) is also given
crossed with 'tuned' (present on dev-all pages, whose text the rules were written on; never on held-out
pages nor at run time). Only aggregate figures are written. The better of A and B (held-out areas F1)
is trained on all its pages and written to the model file only when it meets the ship bar; otherwise
the model file is left as it is. The weights of models fit on held-out pages are not printed, apart
from the 'tuned*' crosses.
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
HOLDOUT_SET = "ho-all7=/work/sets/ho-all7/articles:/work/sets/ho-all7/gold"
# Features that encode the rules' decision: kept or dropped, by which rule, and what the rules kept around it.
DECISION = ("rule_", "any_dropped_", "main_dropped_", "main_sentence_other_kept=")
FOLDS = 5
L2 = 1.0
RESULT = Path(__file__).parent / "results" / "learn-areas.md"
ABOUT = ("Learned areas step (kg.extract.area_decision): probability that a concept named in the text is one "
         "the agreement covers (covers a gold phrase). Logistic, l2=%s, trained by benchmarks/learn_areas.py "
         "on %d candidates of %d real dev pages.")
ABOUT_HOLDOUT = ("Learned areas step (kg.extract.area_decision): probability that a concept named in the text is one "
                 "the agreement covers (covers a gold phrase). Logistic, variant (%s), l2=%s, trained by "
                 "`benchmarks/learn_areas.py --holdout` on %d candidates of %d real pages (dev-all and the held-out "
                 "samples; 'tuned*' features exist only on dev-all pages and are never set at run time).")


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


def tuned(features: dict) -> dict:
    """The features of a dev-all candidate, with each rules'-decision feature also crossed with 'tuned'."""
    return {**features, **{"tuned*" + n: v for n, v in features.items() if n.startswith(DECISION)}}


def holdout_cross_validate(dev_pages, ho_pages, threshold):
    """Rules only, (A) and (B) on the held-out pages, each page scored by a model fit without its fold."""
    dev_examples = [(tuned(f), label) for f, label in examples_of(dev_pages)[0]]
    fold_of = {name: i % FOLDS for i, name in enumerate(sorted(p["name"] for p in ho_pages))}
    probabilities = {"A": {}, "B": {}}
    for fold in range(FOLDS):
        train = examples_of([p for p in ho_pages if fold_of[p["name"]] != fold])[0]
        models = {"A": fit(train, l2=L2), "B": fit(dev_examples + train, l2=L2)}
        for p in ho_pages:
            if fold_of[p["name"]] == fold:
                for variant, model in models.items():
                    probabilities[variant][p["name"]] = [model.probability(f) for _, _, f, _ in p["candidates"]]
    rules = score(ho_pages, lambda p: [k for k, m, f, _ in p["candidates"] if f["rule_kept"]])
    learned = {variant: score(ho_pages, lambda p, q=q: [c[0] for c, x in zip(p["candidates"], q[p["name"]])
                                                        if x >= threshold])
               for variant, q in probabilities.items()}
    return rules, learned


def final_examples(variant, dev_pages, ho_pages):
    ho = examples_of(ho_pages)[0]
    return ho if variant == "A" else [(tuned(f), label) for f, label in examples_of(dev_pages)[0]] + ho


def meets_bar(rules, learned) -> tuple[float, bool]:
    gain = learned["fields"]["areas"]["f1"] - rules["fields"]["areas"]["f1"]
    held = learned["micro"]["f1"] >= rules["micro"]["f1"] and \
        learned["fields"]["person_role_institution"]["f1"] >= rules["fields"]["person_role_institution"]["f1"]
    return gain, gain >= 0.01 and held


def holdout_report(set_name, ho_pages, rules, learned, threshold, best, shipped, model, ms) -> str:
    examples, _ = examples_of(ho_pages)
    lines = [f"## Unseen pages: {FOLDS}-fold cross-validation by page on {set_name} ({len(ho_pages)} pages)", "",
             "Written by `python -m benchmarks.learn_areas --holdout`. The rules were never tuned on these pages; "
             "only aggregate figures are reported. "
             f"Candidates: {len(examples)} ({sum(l for _, l in examples)} cover a gold phrase). "
             f"(A) weights fit on the other {FOLDS - 1} held-out folds; (B) weights fit on every dev-all page plus "
             f"the other {FOLDS - 1} held-out folds, each rules'-decision feature ({', '.join(DECISION)}*) also "
             "crossed with `tuned` (1 on dev-all pages, 0 on held-out pages and at run time). "
             f"Logistic, l2 = {L2}; threshold {threshold} fixed before measuring.", "",
             "| decision | field | precision | recall | F1 | predicted | gold |", "|---|---|---|---|---|---|---|"]
    rows = [("rules only", rules), (f"(A) held-out folds (≥ {threshold})", learned["A"]),
            (f"(B) dev-all + held-out folds, tuned crosses (≥ {threshold})", learned["B"])]
    for label, rep in rows:
        for field in ("areas", "person_role_institution"):
            lines.append(f"| {label} " + _row(field, rep["fields"][field]))
        lines.append(f"| {label} " + _row("micro", rep["micro"]))
    lines.append("")
    for variant in ("A", "B"):
        gain, met = meets_bar(rules, learned[variant])
        lines.append(f"- ({variant}): areas F1 gain {gain:+.4f}; ship bar (≥ +0.01, no drop in "
                     f"person-role-institution or micro) {'met' if met else 'not met'}.")
    lines += ["", f"Better variant on held-out areas F1: ({best}). "
              + (f"It meets the bar: trained on all its pages and written to kg/extract/models/areas.json, "
                 f"time the learned step adds {ms:.1f} ms per page."
                 if shipped else "It does not meet the bar: the step stays off and the model file is unchanged.")]
    crosses = sorted(((n, w) for n, w in model.weights.items() if n.startswith("tuned*")), key=lambda kv: -abs(kv[1]))
    if crosses:
        lines += ["", f"The `tuned` crosses of ({best}) trained on all its pages (how much more the rules' decision "
                  "is trusted on the pages they were written on):", "", "| feature | weight |", "|---|---|"]
        lines += [f"| {n} | {w:+.3f} |" for n, w in crosses[:15]]
    return "\n".join(lines) + "\n"


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
    parser.add_argument("--holdout", nargs="?", const=HOLDOUT_SET, default=None, metavar="NAME=ARTICLES_DIR:GOLD_DIR",
                        help=f"also cross-validate on unseen pages (default {HOLDOUT_SET}); aggregate figures only")
    args = parser.parse_args(argv)
    name, articles, gold = ev.parse_set(args.set)
    pages = collect(articles, gold)
    threshold = area_decision.THRESHOLD
    rules, learned = cross_validate(pages, threshold)
    examples, _ = examples_of(pages)
    model = fit(examples, l2=L2, about=ABOUT % (L2, len(examples), len(pages)))
    differ = rerun(pages, threshold) if args.rerun else None
    text = report(name, pages, rules, learned, threshold, model, step_ms(pages, model), differ)
    ship = model if args.holdout is None else None
    if args.holdout is not None:
        ho_name, ho_articles, ho_gold = ev.parse_set(args.holdout)
        ho_pages = collect(ho_articles, ho_gold)
        ho_rules, ho_learned = holdout_cross_validate(pages, ho_pages, threshold)
        best = max(("A", "B"), key=lambda v: ho_learned[v]["fields"]["areas"]["f1"])
        shipped = meets_bar(ho_rules, ho_learned[best])[1]
        final = final_examples(best, pages, ho_pages)
        n_pages = len(ho_pages) + (len(pages) if best == "B" else 0)
        best_model = fit(final, l2=L2, about=ABOUT_HOLDOUT % (best, L2, len(final), n_pages))
        ship = best_model if shipped else None
        text += "\n" + holdout_report(ho_name, ho_pages, ho_rules, ho_learned, threshold, best, shipped, best_model,
                                      step_ms(pages, best_model))
    print(text)
    if not args.no_save:
        if ship is not None:
            ship.save(area_decision.MODEL_PATH)
        RESULT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
