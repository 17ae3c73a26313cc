"""kg.evaluate on a tiny hand-made gold (figures computed by hand), and on the real dev set."""

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import main

from kg.commands.extract_cmds import eval_command, extract_command
from kg.evaluate import EvaluationError, evaluate, to_json, to_markdown
from kg.namespaces import AREA

GOLD = {
    "institutions": [{"name": "Alpha University", "aliases": ["AU"], "party": True},
                     {"name": "Beta College", "aliases": [], "party": True}],
    "people": [{"name": "Nguyễn Văn A", "titles": [], "signed": False,
                "roles": [{"role": "Rector", "institution": "Alpha University"}]},
               {"name": "Tran B", "titles": [], "signed": False,
                "roles": [{"role": "Vice President", "institution": "Beta College"}]}],
    "agreement": {"type": "MoU", "date": "2025-11-26", "place": "the NVC campus",
                  "areas": ["student exchange", "bioengineering"]},
}
PRED = {
    "institutions": [{"name": "AU", "aliases": []}, {"name": "Gamma Institute", "aliases": []}],
    "people": [{"name": "Nguyen Van A", "roles": [{"role": "President", "institution": "AU"}]},
               {"name": "Le C", "roles": [{"role": "Dean", "institution": "Gamma Institute"}]},
               {"name": "Pham D", "roles": []}],
    "agreement": {"date": "2025-11-26", "place": "NVC campus",
                  "areas": [{"iri": str(AREA["exchange"])}, {"iri": str(AREA["e-learning"])}]},
}


@pytest.fixture
def tiny(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "g").mkdir()
    (tmp_path / "a" / "001_x.txt").write_text("title: x\n---\nSome text.\n", encoding="utf-8")
    (tmp_path / "g" / "001_x.yaml").write_text(yaml.safe_dump(GOLD, allow_unicode=True), encoding="utf-8")
    return tmp_path / "a", tmp_path / "g"


def test_hand_computed_figures(tiny):
    report = evaluate(*tiny, extractor=lambda article: PRED)
    f = report["fields"]
    assert (f["institutions"]["precision"], f["institutions"]["recall"], f["institutions"]["f1"]) == (0.5, 0.5, 0.5)
    assert (f["people"]["precision"], f["people"]["recall"], f["people"]["f1"]) == (0.3333, 0.5, 0.4)
    # President of AU = Rector of Alpha University; Dean of Gamma is wrong
    assert (f["person_role_institution"]["precision"], f["person_role_institution"]["recall"]) == (0.5, 0.5)
    assert f["date"]["f1"] == 1.0 and f["place"]["f1"] == 1.0
    # 'exchange' covers 'student exchange' (narrower label); e-learning covers nothing; bioengineering missed
    assert (f["areas"]["precision"], f["areas"]["recall"]) == (0.5, 0.5)
    assert (report["micro"]["precision"], report["micro"]["recall"], report["micro"]["f1"]) == (0.5455, 0.6, 0.5714)
    assert "| institutions | 0.500 | 0.500 | 0.500 | 2 | 2 |" in to_markdown(report)
    assert '"f1": 0.5714' in to_json(report)


def test_signed_is_the_set_of_signer_names(tiny):
    """Gold: A and B signed; predicted: A (without diacritics) and Le C signed -> P 1/2, R 1/2."""
    gold = dict(GOLD, people=[dict(GOLD["people"][0], signed=True), dict(GOLD["people"][1], signed=True)])
    (tiny[1] / "001_x.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    pred = dict(PRED, people=[dict(PRED["people"][0], signed=True), dict(PRED["people"][1], signed=True),
                              PRED["people"][2]])
    signed = evaluate(*tiny, extractor=lambda a: pred)["fields"]["signed"]
    assert (signed["precision"], signed["recall"], signed["f1"]) == (0.5, 0.5, 0.5)
    nobody = evaluate(*tiny, extractor=lambda a: PRED)["fields"]["signed"]
    assert (nobody["precision"], nobody["recall"], nobody["f1"]) == (0.0, 0.0, 0.0)


def test_sets_side_by_side(tiny, tmp_path):
    from kg.evaluate import parse_set, sets_to_markdown, evaluate_sets
    reports = evaluate_sets([parse_set(f"one={tiny[0]}:{tiny[1]}"), ("two", *tiny)], extractor=lambda a: PRED)
    table = sets_to_markdown(reports)
    assert table.splitlines()[0] == "| field | one F1 (P / R) | two F1 (P / R) | held-out target |"
    assert "| institutions | **0.500** (0.500 / 0.500) | **0.500** (0.500 / 0.500) | ≥ 0.90 |" in table
    assert "ms per article" in table
    result = CliRunner().invoke(main, ["eval", "--set", f"mine={tiny[0]}:{tiny[1]}", "--set", "bad"])
    assert result.exit_code == 2 and "NAME=ARTICLES_DIR:GOLD_DIR" in result.output
    result = CliRunner().invoke(main, ["eval", "--set", f"mine={tiny[0]}:{tmp_path / 'nowhere'}"])
    assert result.exit_code == 2 and "nowhere" in result.output


def test_partial_dates_compare_month_and_day(tiny):
    gold_file = tiny[1] / "001_x.yaml"
    gold = dict(GOLD, agreement={"type": "MoU", "date": None, "date_text": "On 7th March", "place": None, "areas": []})
    gold_file.write_text(yaml.safe_dump(gold), encoding="utf-8")
    right = dict(PRED, agreement={"date": None, "date_text": "March 7", "areas": []})
    wrong = dict(PRED, agreement={"date": "2024-03-08", "date_text": "March 8, 2024", "areas": []})
    assert evaluate(*tiny, extractor=lambda a: right)["fields"]["date"]["f1"] == 1.0
    assert evaluate(*tiny, extractor=lambda a: wrong)["fields"]["date"]["f1"] == 0.0


def test_missing_article_is_an_error(tiny):
    (tiny[0] / "001_x.txt").unlink()
    with pytest.raises(EvaluationError, match="001_x.txt"):
        evaluate(*tiny)
    result = CliRunner().invoke(main, ["eval", "--articles", str(tiny[0]), "--gold", str(tiny[1])])
    assert result.exit_code == 2 and "001_x.txt" in result.output


def test_skip_missing_leaves_out_gold_without_its_article_and_counts_it(tiny):
    """Real pages whose text could not be saved again: scored on the rest, the left-out ones counted."""
    (tiny[1] / "002_y.yaml").write_text(yaml.safe_dump(GOLD, allow_unicode=True), encoding="utf-8")
    with pytest.raises(EvaluationError, match="002_y.txt"):
        evaluate(*tiny, extractor=lambda a: PRED)
    report = evaluate(*tiny, extractor=lambda a: PRED, skip_missing=True)
    assert report["articles"] == 1 and report["gold_without_article"] == ["002_y"]
    assert report["fields"]["institutions"]["n_gold"] == 2          # only 001's gold is counted
    result = CliRunner().invoke(main, ["eval", "--set", f"s={tiny[0]}:{tiny[1]}", "--skip-missing"])
    assert result.exit_code == 0, result.output
    assert "| gold files left out (no article) | 1 | |" in result.output
    (tiny[0] / "001_x.txt").unlink()
    with pytest.raises(EvaluationError, match="none of its 2 gold files"):
        evaluate(*tiny, extractor=lambda a: PRED, skip_missing=True)


def test_extract_command_yaml_and_bad_file(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("On June 26, Vinh University (VU) and Hue College signed a Memorandum of "
                    "Understanding in education.", encoding="utf-8")
    result = CliRunner().invoke(extract_command, [str(good), "--publisher", "Vinh University"])
    assert result.exit_code == 0
    draft = yaml.safe_load(result.output)
    assert [i["name"] for i in draft["institutions"]] == ["Vinh University", "Hue College"]
    assert draft["agreement"]["type"] == "MoU" and draft["agreement"]["date_text"] == "On June 26"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    result = CliRunner().invoke(main, ["extract", str(bad)])
    assert result.exit_code == 2 and "bad.txt" in result.output and "UTF-8" in result.output


SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "dev-articles"
# F1 reached on the dev set when this test was written, minus a small margin.
FLOORS = {"institutions": 0.93, "people": 0.95, "person_role_institution": 0.92, "date": 0.95,
          "place": 0.85, "areas": 0.80}


@pytest.mark.skipif(not (DEV / "gold").is_dir(), reason="shared dev set not present beside the repo")
def test_dev_set_levels():
    report = evaluate(DEV / "articles", DEV / "gold")
    assert report["articles"] == len(list((DEV / "gold").glob("*.yaml")))
    scores = {name: report["fields"][name]["f1"] for name in FLOORS}
    assert all(scores[name] >= floor for name, floor in FLOORS.items()), scores


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds not present beside the repo")
def test_seed_articles():
    from kg.article import read_article
    from kg.extract import extract
    first, second = (extract(read_article(p)) for p in sorted((SHARED / "seeds").glob("*.txt")))
    for draft in (first, second):
        assert len(draft["institutions"]) == 2 and all(i["party"] for i in draft["institutions"])
    college = next(i for i in second["institutions"] if "College" in i["name"])
    assert {"BCIT", "Industrial College of Technology"} <= set(college["aliases"])
    assert {p["name"] for p in first["people"]} == {"Kiều Xuân Thực", "Đào Đức Quảng"}
    assert {p["name"] for p in second["people"]} == {"Kieu Xuan Thuc", "Dao Duc Quang"}
    assert first["agreement"]["date"] is None and second["agreement"]["date"] == "2025-11-26"
    assert len(second["agreement"]["areas"]) >= 10


OWN_DEV = Path(__file__).resolve().parent / "fixtures" / "extract-dev"
# F1 on our own second development set (109 articles, session 3: institutions 0.990, people 0.998,
# person-role-institution 0.945, signed 0.995, date 1.000, place 1.000, areas 0.933), minus a margin.
OWN_FLOORS = {"institutions": 0.96, "people": 0.97, "person_role_institution": 0.91, "signed": 0.96,
              "date": 0.97, "place": 0.96, "areas": 0.90}


def test_own_dev_set_levels():
    report = evaluate(OWN_DEV / "articles", OWN_DEV / "gold")
    assert report["articles"] >= 109
    scores = {name: report["fields"][name]["f1"] for name in OWN_FLOORS}
    assert all(scores[name] >= floor for name, floor in OWN_FLOORS.items()), scores


def test_default_sets_include_unseen_when_present(tmp_path):
    from kg.evaluate import default_sets
    project = tmp_path / "repo"
    for folder in ("tests/fixtures/extract-dev/gold", "tests/fixtures/extract-unseen-2/gold"):
        (project / folder).mkdir(parents=True)
    names = [name for name, _, _ in default_sets(project)]
    assert names == ["own-dev", "unseen-2"]                   # no ../shared beside this project, no unseen-1
    (tmp_path / "shared" / "dev-articles" / "gold").mkdir(parents=True)
    (project / "tests/fixtures/extract-unseen-1/gold").mkdir(parents=True)
    assert [name for name, _, _ in default_sets(project)] == ["dev", "own-dev", "unseen-1", "unseen-2"]


def test_lenient_place_is_beside_the_strict_score_not_in_the_micro_average(tiny):
    from kg.evaluate import score_article, summarise
    gold = {"agreement": {"place": "the headquarters of NTU in Nha Trang"}}
    counts = score_article({"agreement": {"place": "Nha Trang"}}, gold)
    assert counts["place"]["tp_pred"] == 0 and counts["place_lenient"]["tp_pred"] == 1
    # whole words in a row only: 'Trang' alone is inside, 'Nha Trang City' and 'NTU Nha Trang' are not
    for pred, right in (("Trang", True), ("Nha Trang City", False), ("NTU Nha Trang", False)):
        assert score_article({"agreement": {"place": pred}}, gold)["place_lenient"]["tp_pred"] == int(right)
    report = summarise({"a": counts})
    assert report["fields"]["place_lenient"]["f1"] == 1.0 and report["fields"]["place"]["f1"] == 0.0
    assert report["micro"]["n_pred"] == sum(report["fields"][f]["n_pred"] for f in
                                            ("institutions", "people", "person_role_institution", "signed",
                                             "date", "place", "areas"))


def test_area_recall_ceiling_counts_the_gold_phrases_the_scheme_covers(tiny):
    """'student exchange' has a concept, 'bioengineering' none: no extractor using the scheme can find more
    than half; the ceiling is reported apart, never in the micro-average."""
    report = evaluate(*tiny, extractor=lambda article: PRED)
    ceiling = report["fields"]["areas_coverable"]
    assert (ceiling["recall"], ceiling["n_gold"]) == (0.5, 2)
    assert report["micro"]["n_gold"] == sum(report["fields"][f]["n_gold"] for f in
                                            ("institutions", "people", "person_role_institution", "signed",
                                             "date", "place", "areas"))
    assert "| areas: gold phrases the scheme covers (recall ceiling) | | 0.500 | | | 2 |" in to_markdown(report)
