"""How close does `coopkg ingest` come to the curated records of the two seed articles?

Each seed article (../shared/seeds/*.txt) is ingested into a temporary copy of data/ that lacks
its own curated record, in two set-ups:

  with-other  the other seed's source and curated record are present, so names resolve against
              them: institutions/people are compared by key as written (this measures extraction
              AND resolution);
  alone       data/ is empty: every key is new; minted keys are aligned to the curated keys by
              the resolver against the curated record (this measures extraction only).

The temporary data is built (kg.graph.build.build) and the new record is compared with the curated
one per fact type: institutions, agreement parties, people, person-role-institution, date, place, areas
(precision / recall / F1, micro-averaged over the two seeds).

    .venv/bin/python benchmarks/seed_overlap.py     # writes benchmarks/results/seed_overlap.md
"""

import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.graph.build import build  # noqa: E402
from kg.curation.ingest import article_body, ingest  # noqa: E402
from kg.curation.known_entities import from_records, match_institution, match_person  # noqa: E402
from kg.curation.sources import read_text  # noqa: E402
from kg.textnorm import fold  # noqa: E402

DATA = REPO / "data"
SEEDS = REPO.parent / "shared" / "seeds"
RESULT = REPO / "benchmarks" / "results" / "seed_overlap.md"
FACT_TYPES = ("institutions", "parties", "people", "person-role-institution", "date", "place", "areas")
MODES = ("with-other", "alone")


def seed_sources(seeds_dir: Path = SEEDS, data_dir: Path = DATA) -> dict[str, Path]:
    """Curated source key -> seed file, matched by the stored text."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (data_dir / "sources").glob("*.txt")}
    found = {}
    for seed in sorted(seeds_dir.glob("*.txt")):
        body = article_body(read_text(seed, str(seed)))
        key = next((k for k, t in texts.items() if t == body), None)
        if key:
            found[key] = seed
    return found


def facts(record: dict, align=lambda kind, key: key) -> dict[str, set]:
    """The comparable facts of one record; align maps a key to the curated key."""
    inst = lambda k: align("institution", k)      # noqa: E731
    person = lambda k: align("person", k)         # noqa: E731
    places = {p["key"]: fold(_label(p["names"][0])) for p in record.get("places") or []}
    out = {t: set() for t in FACT_TYPES}
    out["institutions"] = {inst(e["key"]) for e in record.get("institutions") or []}
    for p in record.get("people") or []:
        out["people"].add(person(p["key"]))
        for r in p.get("roles") or []:
            out["person-role-institution"].add((person(p["key"]), r["role"], inst(r["institution"])))
    for a in record.get("agreements") or []:
        out["parties"] |= {inst(p["institution"]) for p in a.get("parties") or []}
        date = a.get("date") or {}
        if date:
            out["date"].add(str(date["value"]) if date.get("value") else "as written: " + fold(date["as_written"]))
        if a.get("place"):
            out["place"].add(places.get(a["place"]["place"], a["place"]["place"]))
        out["areas"] |= {x["area"] for x in a.get("areas") or []}
    return out


def _label(name) -> str:
    return name["label"] if isinstance(name, dict) else name


def _aligner(curated_record_dir: Path, new_record: dict):
    """Minted key -> curated key, by the resolver against the curated record alone."""
    known = from_records(curated_record_dir)
    mapping = {}
    for e in new_record.get("institutions") or []:
        res = match_institution([_label(n) for n in e["names"]], known)
        mapping[("institution", e["key"])] = res.key or e["key"]
    for p in new_record.get("people") or []:
        res = match_person(_label(p["names"][0]), known)
        mapping[("person", p["key"])] = res.key or p["key"]
    return lambda kind, key: mapping.get((kind, key), key)


def ingest_seed(key: str, seed: Path, mode: str, work: Path, full_build: bool = True) -> tuple[dict, list]:
    """Ingest one seed into a fresh temporary data folder; returns (new record, problems)."""
    data = work / f"{mode}-{key}" / "data"
    (data / "records").mkdir(parents=True)
    (data / "sources").mkdir()
    if mode == "with-other":
        for other in (DATA / "sources").glob("*.yaml"):
            if other.stem != key:
                for path in (other, other.with_suffix(".txt"), DATA / "records" / other.name):
                    target = data / path.parent.name / path.name
                    shutil.copyfile(path, target)
    meta = yaml.safe_load((DATA / "sources" / f"{key}.yaml").read_text(encoding="utf-8"))
    result = ingest(seed, data, key=key, publisher=meta["publisher"]["name"], title=meta["title"],
                    published=str(meta["issued"])[:10] if meta.get("issued") else None)
    if full_build and not result.problems:
        build(data, data.parent / "build")
    return yaml.safe_load(result.record_path.read_text(encoding="utf-8")), result.problems


def measure(mode: str, full_build: bool = True) -> dict:
    """{fact type: Counter(tp, fp, fn)} summed over the seeds, plus the problems per seed."""
    totals = {t: Counter() for t in FACT_TYPES}
    problems = {}
    with tempfile.TemporaryDirectory(prefix="coopkg-seed-overlap-") as tmp:
        work = Path(tmp)
        curated_dirs = work / "curated"
        for key, seed in sorted(seed_sources().items()):
            new, problems[key] = ingest_seed(key, seed, mode, work, full_build)
            gold_dir = curated_dirs / key / "records"
            gold_dir.mkdir(parents=True)
            shutil.copyfile(DATA / "records" / f"{key}.yaml", gold_dir / f"{key}.yaml")
            align = _aligner(gold_dir.parent, new) if mode == "alone" else (lambda kind, k: k)
            got = facts(new, align)
            gold = facts(yaml.safe_load((DATA / "records" / f"{key}.yaml").read_text(encoding="utf-8")))
            for t in FACT_TYPES:
                totals[t].update(tp=len(got[t] & gold[t]), fp=len(got[t] - gold[t]), fn=len(gold[t] - got[t]))
    return {"counts": totals, "problems": problems}


def scores(counts: Counter) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def to_markdown(results: dict) -> str:
    lines = ["# Seed overlap: `coopkg ingest` drafts vs the curated records", "",
             "Each seed article is ingested into a temporary data folder without its own curated record, "
             "built, and its draft record compared with the curated one (micro-averaged over the two seeds). "
             "`with-other`: the other seed's curated record is present and names resolve against it (keys as "
             "written). `alone`: nothing is known; minted keys are aligned to curated keys by the resolver.", "",
             "Command: `.venv/bin/python benchmarks/seed_overlap.py`", ""]
    for mode, result in results.items():
        lines += [f"## {mode}", "", "| fact type | precision | recall | F1 | tp | fp | fn |",
                  "|---|---|---|---|---|---|---|"]
        for t in FACT_TYPES:
            c = result["counts"][t]
            p, r, f = scores(c)
            lines.append(f"| {t} | {p:.3f} | {r:.3f} | {f:.3f} | {c['tp']} | {c['fp']} | {c['fn']} |")
        failed = {k: v for k, v in result["problems"].items() if v}
        check = "; ".join(f"{k}: {len(v)} problem(s)" for k, v in failed.items()) or "passed for every seed"
        lines += ["", f"Data check after ingest: {check}", ""]
    return "\n".join(lines)


def main():
    results = {mode: measure(mode) for mode in MODES}
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(to_markdown(results), encoding="utf-8")
    print(to_markdown(results))


if __name__ == "__main__":
    main()
