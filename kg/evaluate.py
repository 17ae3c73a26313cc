"""Measure the extractor against hand-made gold annotations (the dev-set layout).

evaluate(articles_dir, gold_dir) pairs NNN_slug.txt with NNN_slug.yaml and returns a report with
precision, recall and F1 per field, micro-averaged over all fields, and the extractor's time per
article. evaluate_sets() does the same for several named sets (dev, own dev, unseen ...).

Matching rules (precision = matched predictions / predictions, recall = matched gold / gold):

- names are compared by name_key: case, diacritics, punctuation, a leading 'the' and leading
  honorifics ignored ('Kiều Xuân Thực' = 'Kieu Xuan Thuc', 'The University of X.' = 'University of X');
- institutions: one-to-one, first come first served; a prediction matches a gold institution when
  its name or any alias equals the gold name or any gold alias (so 'HUST' predicted alone matches a
  gold entry listing HUST as an alias);
- people: the set of names (name_key, titles dropped);
- person-role-institution: the set of (person, role, institution) triples; the role is compared
  through ontology/roles.ttl (President = Rector, so a synonym is right) or by its folded wording
  when it has no concept; the institution by the institution matching above;
- signed: the set of names of the people marked signed;
- date: the ISO date, or month and day when the gold gives only date_text;
- place: folded, a leading 'the' and a trailing parenthesis ignored; one value per article;
- place, lenient (reported beside the strict score, never in the micro-average): the place is
  written "as written", so two readers may cut the same place at different lengths ('the
  headquarters of NTU in Nha Trang' / 'Nha Trang', 'Hall A, Campus 2' / 'Hall A'); the prediction
  counts when one value's words are a contiguous run of the other's (whole words, after the
  folding above). It says whether the right place was found; the strict score whether its span
  was cut as the annotator cut it;
- areas: by concept coverage (the dev-set README): a predicted concept is correct when it covers
  some gold phrase (the phrase is or contains a label of the concept or of a concept below it); a
  gold phrase is found when some predicted concept covers it.
"""

import json
import re
import time
from pathlib import Path

import yaml

from kg.article import read_article
from kg.extract import extract as default_extract
from kg.extract import vocab
from kg.extract.areas import covers
from kg.extract.dates import parse_date_text
from kg.extract.roles import role_key
from kg.gold_check import check_gold
from kg.names import name_key
from kg.textnorm import fold

FIELDS = ("institutions", "people", "person_role_institution", "signed", "date", "place", "areas")
# Reported beside FIELDS but kept out of the micro-average (a second reading of a field, not a field).
LENIENT_FIELDS = ("place_lenient",)
# Not a score of the extractor: the share of gold area phrases that some concept of the area scheme
# covers, i.e. the highest area recall any extractor using the scheme can reach on the set.
CEILING_FIELDS = ("areas_coverable",)
FIELD_LABELS = {"institutions": "institutions", "people": "people",
                "person_role_institution": "person–role–institution", "signed": "signed",
                "date": "agreement date", "place": "place", "areas": "areas",
                "place_lenient": "place, lenient (one span within the other)",
                "areas_coverable": "areas: gold phrases the scheme covers (recall ceiling)"}
# The F1 each field should reach on held-out text (issue 12), shown beside the sets.
HELD_OUT_TARGETS = {"institutions": 0.90, "people": 0.90, "person_role_institution": 0.75, "signed": 0.80,
                    "date": 0.90, "place": 0.80, "areas": 0.80}


class EvaluationError(ValueError):
    """Missing or unreadable article or gold file."""


def _counts(tp_pred=0, n_pred=0, tp_gold=0, n_gold=0, missed=(), extra=()):
    return {"tp_pred": tp_pred, "n_pred": n_pred, "tp_gold": tp_gold, "n_gold": n_gold,
            "missed": list(missed), "extra": list(extra)}


def _inst_keys(entry: dict) -> set[str]:
    return {name_key(x, drop_titles=True) for x in [entry.get("name") or ""] + list(entry.get("aliases") or []) if name_key(x, drop_titles=True)}


def _match_institutions(pred: list, gold: list) -> dict[int, int]:
    """Predicted index -> gold index, one to one, first come first served."""
    pairs, used = {}, set()
    for i, p in enumerate(pred):
        keys = _inst_keys(p)
        for j, g in enumerate(gold):
            if j not in used and keys & _inst_keys(g):
                pairs[i] = j
                used.add(j)
                break
    return pairs


def _score_institutions(pred, gold, pairs):
    matched_gold = set(pairs.values())
    return _counts(len(pairs), len(pred), len(pairs), len(gold),
                   missed=[g["name"] for j, g in enumerate(gold) if j not in matched_gold],
                   extra=[p["name"] for i, p in enumerate(pred) if i not in pairs])


def _person_key(name: str) -> str:
    return name_key(name, drop_titles=True)


def _score_people(pred, gold):
    p_keys = {_person_key(p["name"]) for p in pred}
    g_keys = {_person_key(g["name"]) for g in gold}
    tp = len(p_keys & g_keys)
    return _counts(tp, len(p_keys), tp, len(g_keys), sorted(g_keys - p_keys), sorted(p_keys - g_keys))


def _institution_id(name, own: list, pairs_to_gold: dict | None, gold: list) -> str:
    """A shared id for the institution a role names: 'g<j>' for gold institution j."""
    if not name:
        return "none"
    key = name_key(name, drop_titles=True)
    for j, g in enumerate(gold):
        if key in _inst_keys(g):
            return f"g{j}"
    if pairs_to_gold is not None:
        for i, p in enumerate(own):
            if key in _inst_keys(p) and i in pairs_to_gold:
                return f"g{pairs_to_gold[i]}"
    return "x:" + key


def _signers(people) -> set:
    return {_person_key(p["name"]) for p in people if p.get("signed")}


def _triples(people, institutions, pairs_to_gold, gold_institutions) -> set:
    result = set()
    for person in people:
        for role in person.get("roles") or []:
            inst = _institution_id(role.get("institution"), institutions, pairs_to_gold, gold_institutions)
            result.add((_person_key(person["name"]), role_key(role.get("role") or ""), inst))
    return result


def _score_set(pred: set, gold: set):
    tp = len(pred & gold)
    return _counts(tp, len(pred), tp, len(gold), sorted(map(str, gold - pred)), sorted(map(str, pred - gold)))


def _date_value(agreement: dict) -> str | None:
    if agreement.get("date"):
        return str(agreement["date"])
    found = parse_date_text(agreement.get("date_text") or "")
    return found.month_day() if found else None


def _place_value(place) -> str | None:
    if not place:
        return None
    value = re.sub(r"\s*\([^)]*\)\s*$", "", fold(str(place)))
    return re.sub(r"^the ", "", value).strip(" .,") or None


def _score_single(pred, gold):
    return _counts(int(pred is not None and pred == gold), int(pred is not None),
                   int(pred is not None and pred == gold), int(gold is not None),
                   [gold] if gold is not None and pred != gold else [],
                   [pred] if pred is not None and pred != gold else [])


def _place_words(value: str | None) -> list[str]:
    return re.findall(r"\w+", value or "")


def _same_place_lenient(pred: str | None, gold: str | None) -> bool:
    """One value's words are a contiguous run of the other's ('nha trang' in 'headquarters of ntu in nha trang')."""
    short, long = sorted((_place_words(pred), _place_words(gold)), key=len)
    return bool(short) and any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _score_place_lenient(pred, gold):
    right = pred is not None and gold is not None and _same_place_lenient(pred, gold)
    return _counts(int(right), int(pred is not None), int(right), int(gold is not None),
                   [gold] if gold is not None and not right else [],
                   [pred] if pred is not None and not right else [])


def _area_key(area) -> str:
    iri = area["iri"] if isinstance(area, dict) else str(area)
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _score_areas(pred_areas, gold_phrases):
    keys = list(dict.fromkeys(_area_key(a) for a in pred_areas))
    covering = {k: [g for g in gold_phrases if covers(k, g)] for k in keys}
    found = [g for g in gold_phrases if any(g in c for c in covering.values())]
    return _counts(sum(1 for k in keys if covering[k]), len(keys), len(found), len(gold_phrases),
                   [g for g in gold_phrases if g not in found], [k for k in keys if not covering[k]])


def score_article(pred: dict, gold: dict) -> dict:
    """Counts per field for one article (pred in the extractor's shape, gold in the gold shape)."""
    p_inst, g_inst = pred.get("institutions") or [], gold.get("institutions") or []
    pairs = _match_institutions(p_inst, g_inst)
    p_agr, g_agr = pred.get("agreement") or {}, gold.get("agreement") or {}
    return {
        "institutions": _score_institutions(p_inst, g_inst, pairs),
        "people": _score_people(pred.get("people") or [], gold.get("people") or []),
        "person_role_institution": _score_set(
            _triples(pred.get("people") or [], p_inst, pairs, g_inst),
            _triples(gold.get("people") or [], g_inst, None, g_inst)),
        "signed": _score_set(_signers(pred.get("people") or []), _signers(gold.get("people") or [])),
        "date": _score_single(_date_value(p_agr), _date_value(g_agr)),
        "place": _score_single(_place_value(p_agr.get("place")), _place_value(g_agr.get("place"))),
        "place_lenient": _score_place_lenient(_place_value(p_agr.get("place")), _place_value(g_agr.get("place"))),
        "areas": _score_areas(p_agr.get("areas") or [], [str(a) for a in g_agr.get("areas") or []]),
        "areas_coverable": _coverable([str(a) for a in g_agr.get("areas") or []]),
    }


def _coverable(gold_phrases):
    """Gold phrases some concept covers, counted as both found and predicted (so P = R = the share)."""
    n = sum(1 for g in gold_phrases if any(covers(k, g) for k in vocab.areas()))
    return _counts(n, len(gold_phrases), n, len(gold_phrases))


def _prf(c: dict) -> dict:
    p = c["tp_pred"] / c["n_pred"] if c["n_pred"] else (1.0 if not c["n_gold"] else 0.0)
    r = c["tp_gold"] / c["n_gold"] if c["n_gold"] else (1.0 if not c["n_pred"] else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            **{k: c[k] for k in ("tp_pred", "n_pred", "tp_gold", "n_gold")}}


def summarise(per_article: dict[str, dict]) -> dict:
    """Totals per field and micro-averaged over every field."""
    fields = {}
    for name in FIELDS + LENIENT_FIELDS + CEILING_FIELDS:
        total = _counts()
        for counts in per_article.values():
            for k in ("tp_pred", "n_pred", "tp_gold", "n_gold"):
                total[k] += counts[name][k]
        fields[name] = _prf(total)
    micro = _counts()
    for name in FIELDS:
        for k in ("tp_pred", "n_pred", "tp_gold", "n_gold"):
            micro[k] += fields[name][k]
    return {"articles": len(per_article), "fields": fields, "micro": _prf(micro),
            "details": per_article}


def evaluate(articles_dir, gold_dir, extractor=default_extract, skip_missing=False) -> dict:
    """Run the extractor on every article that has a gold file and score it.

    A gold file without its article is an error, unless skip_missing: then it is left out and
    counted (real pages whose text could not be saved again), and at least one must be scored."""
    articles_dir, gold_dir = Path(articles_dir), Path(gold_dir)
    gold_files = sorted(gold_dir.glob("*.yaml")) + sorted(gold_dir.glob("*.yml"))
    if not gold_files:
        raise EvaluationError(f"{gold_dir}: no gold files (*.yaml) found")
    per_article, seconds, left_out = {}, 0.0, []
    for gold_file in gold_files:
        article_file = articles_dir / (gold_file.stem + ".txt")
        if not article_file.is_file():
            if skip_missing:
                left_out.append(gold_file.stem)
                continue
            raise EvaluationError(f"{gold_file}: no article {article_file.name} in {articles_dir} "
                                  f"(--skip-missing scores only the gold files whose article is there)")
        try:
            gold = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            raise EvaluationError(f"{gold_file}: not valid YAML ({err})") from err
        problems = check_gold(gold)
        if problems:
            more = f" (and {len(problems) - 1} more; `coopkg eval --check-gold` lists them)" if len(problems) > 1 else ""
            raise EvaluationError(f"{gold_file}: {problems[0]}{more}")
        article = read_article(article_file)
        started = time.perf_counter()
        pred = extractor(article)
        seconds += time.perf_counter() - started
        per_article[gold_file.stem] = score_article(pred, gold)
    if not per_article:
        raise EvaluationError(f"{gold_dir}: none of its {len(gold_files)} gold files has its article in {articles_dir}")
    report = summarise(per_article)
    report["ms_per_article"] = round(1000 * seconds / len(per_article), 1)
    report["gold_without_article"] = left_out
    return report


def default_sets(project_dir: Path) -> list[tuple[str, Path, Path]]:
    """(name, articles, gold) of the sets found beside or inside the project: the shared dev set
    the rules were first written on, our own second development set, the first held-out set (retired
    into development after session 2: its misses have been read since) and the current held-out set."""
    fixtures = project_dir / "tests" / "fixtures"
    candidates = [("dev", project_dir.parent / "shared" / "dev-articles"),
                  ("own-dev", fixtures / "extract-dev"),
                  ("unseen-1", fixtures / "extract-unseen-1"),
                  ("unseen-2", fixtures / "extract-unseen-2")]
    return [(name, d / "articles", d / "gold") for name, d in candidates if (d / "gold").is_dir()]


def parse_set(spec: str) -> tuple[str, Path, Path]:
    """'NAME=ARTICLES_DIR:GOLD_DIR' -> (name, articles, gold)."""
    name, sep, dirs = spec.partition("=")
    articles, sep2, gold = dirs.rpartition(":")
    if not (sep and sep2 and name.strip() and articles and gold):
        raise EvaluationError(f"--set {spec!r}: expected NAME=ARTICLES_DIR:GOLD_DIR")
    return name.strip(), Path(articles), Path(gold)


def evaluate_sets(sets, extractor=default_extract, skip_missing=False) -> dict[str, dict]:
    """{name: report} for every (name, articles, gold) set, in the order given."""
    reports = {}
    for name, articles, gold in sets:
        for folder in (articles, gold):
            if not Path(folder).is_dir():
                raise EvaluationError(f"set {name}: {folder} is not a folder")
        reports[name] = evaluate(articles, gold, extractor, skip_missing)
    return reports


def to_markdown(report: dict) -> str:
    lines = ["| field | precision | recall | F1 | predicted | gold |", "|---|---|---|---|---|---|"]
    rows = [(n, report["fields"][n]) for n in FIELDS] + [("micro-average", report["micro"])] \
        + [(n, report["fields"][n]) for n in LENIENT_FIELDS if n in report["fields"]]
    for name, m in rows:
        lines.append(f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} "
                     f"| {m['n_pred']} | {m['n_gold']} |")
    for name in CEILING_FIELDS:
        if name in report["fields"]:
            m = report["fields"][name]
            lines.append(f"| {FIELD_LABELS[name]} | | {m['recall']:.3f} | | | {m['n_gold']} |")
    return "\n".join(lines) + f"\n\n{report['articles']} articles.\n"


def sets_to_markdown(reports: dict[str, dict]) -> str:
    """One table, one column per set: F1 in bold with precision / recall beside it (so four sets still
    fit a terminal), the held-out target of each field, articles and ms per article."""
    names = list(reports)
    lines = ["| field | " + " | ".join(f"{n} F1 (P / R)" for n in names) + " | held-out target |",
             "|---|" + "---|" * (len(names) + 1)]
    for field in list(FIELDS) + ["micro"] + list(LENIENT_FIELDS):
        label = FIELD_LABELS.get(field, "micro-average")
        if field != "micro" and not all(field in reports[n]["fields"] for n in names):
            continue
        cells = []
        for n in names:
            m = reports[n]["micro"] if field == "micro" else reports[n]["fields"][field]
            cells.append(f"**{m['f1']:.3f}** ({m['precision']:.3f} / {m['recall']:.3f})")
        target = HELD_OUT_TARGETS.get(field)
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {f'≥ {target:.2f}' if target else ''} |")
    for field in CEILING_FIELDS:
        if all(field in reports[n]["fields"] for n in names):
            lines.append(f"| {FIELD_LABELS[field]} | "
                         + " | ".join(f"{reports[n]['fields'][field]['recall']:.3f}" for n in names) + " | |")
    lines.append("| articles | " + " | ".join(str(reports[n]["articles"]) for n in names) + " | |")
    if any(reports[n].get("gold_without_article") for n in names):
        lines.append("| gold files left out (no article) | "
                     + " | ".join(str(len(reports[n].get("gold_without_article", []))) for n in names) + " | |")
    lines.append("| ms per article | " + " | ".join(f"{reports[n]['ms_per_article']:.1f}" for n in names)
                 + " | < 1000 |")
    return "\n".join(lines) + "\n"


def to_json(report: dict, details: bool = False) -> str:
    data = report if details else {k: v for k, v in report.items() if k != "details"}
    return json.dumps(data, indent=2, ensure_ascii=False)


def sets_to_json(reports: dict[str, dict], details: bool = False) -> str:
    data = {name: (r if details else {k: v for k, v in r.items() if k != "details"}) for name, r in reports.items()}
    return json.dumps(data, indent=2, ensure_ascii=False)
