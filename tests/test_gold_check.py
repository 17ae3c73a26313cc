"""kg.gold_check: the gold format is checked before any figure is computed from it."""

import copy
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import EvaluationError, evaluate
from kg.gold_check import check_gold, check_gold_dir, not_in_text

ROOT = Path(__file__).resolve().parents[1]
GOOD = {
    "institutions": [{"name": "Alpha University", "aliases": ["AU"], "party": True},
                     {"name": "Beta College", "aliases": [], "party": True}],
    "people": [{"name": "Tran B", "titles": ["Dr."], "signed": True,
                "roles": [{"role": "Rector", "institution": "Beta College"}]}],
    "agreement": {"type": "MoU", "date": None, "date_text": "on 3 May", "place": "Hall A", "areas": ["training"]},
}
TEXT = "Alpha University (AU) and Beta College signed an MoU on 3 May in Hall A. Dr. Tran B, Rector, signed."

# Every gold set the project measures with: a malformed file would change the figures silently.
GOLD_DIRS = [ROOT.parent / "shared" / "dev-articles" / "gold",
             *sorted((ROOT / "tests" / "fixtures").glob("extract-*/gold")),
             *sorted((ROOT / "benchmarks" / "real-pages").glob("*/gold"))]


def _broken(path: str, value):
    gold = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    target = gold
    for step in parents:
        target = target[int(step)] if step.isdigit() else target[step]
    target[last] = value
    return gold


def test_well_formed_gold_has_no_problem():
    assert check_gold(GOOD) == []
    assert not_in_text(GOOD, TEXT) == []


@pytest.mark.parametrize("path, value, expected", [
    ("people.0.roles", [{"role": "Dean", "institution": "Gamma Institute"}],
     "people[0].roles[0].institution: 'Gamma Institute' is not a listed institution's name"),
    ("agreement.date", "2025-02-30", "agreement.date: '2025-02-30' is not a YYYY-MM-DD day"),
    ("people.0.signed", "yes", "people[0].signed: must be true or false"),
    ("institutions.0.aliases", "AU", "institutions[0].aliases: must be a list of strings"),
    ("institutions.1.name", "Alpha University", "institutions[1].name: 'Alpha University' is listed twice"),
    ("agreement.areas", "training", "agreement.areas: must be a list of strings"),
])
def test_each_problem_names_its_field(path, value, expected):
    assert expected in check_gold(_broken(path, value))


def test_misspelt_key_and_missing_party():
    gold = copy.deepcopy(GOOD)
    gold["people"][0]["sigend"] = gold["people"][0].pop("signed")
    for inst in gold["institutions"]:
        inst["party"] = False
    problems = check_gold(gold)
    assert "people[0].sigend: unknown key" in problems
    assert "people[0].signed: missing" in problems
    assert "institutions: no institution has party: true" in problems


def test_a_date_and_a_date_text_together_are_a_problem():
    assert any(p.startswith("agreement.date_text:") for p in check_gold(_broken("agreement.date", "2025-05-03")))


def test_a_role_without_a_named_body_is_allowed():
    assert check_gold(_broken("people.0.roles", [{"role": "Foreign Secretary", "institution": None}])) == []


def test_strings_missing_from_the_text_are_notes():
    gold = _broken("agreement.place", "Hall B")
    assert not_in_text(gold, TEXT) == ["agreement.place: 'Hall B' does not occur in the article text"]
    assert check_gold(gold) == []          # a note, not a format problem


@pytest.mark.parametrize("gold_dir", GOLD_DIRS, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_every_committed_gold_set_is_well_formed(gold_dir):
    if not gold_dir.is_dir():
        pytest.skip(f"{gold_dir} is not here")
    problems, _ = check_gold_dir(gold_dir.parent / "articles", gold_dir)
    assert len(list(gold_dir.glob("*.yaml"))) > 0
    assert problems == []


def _one_set(tmp_path, gold) -> tuple[Path, Path]:
    (tmp_path / "a").mkdir()
    (tmp_path / "g").mkdir()
    (tmp_path / "a" / "001_x.txt").write_text(f"title: x\n---\n{TEXT}\n", encoding="utf-8")
    (tmp_path / "g" / "001_x.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    return tmp_path / "a", tmp_path / "g"


def test_evaluate_refuses_malformed_gold_naming_file_and_field(tmp_path):
    articles, gold = _one_set(tmp_path, _broken("people.0.signed", "yes"))
    with pytest.raises(EvaluationError, match=r"001_x\.yaml: people\[0\]\.signed: must be true or false"):
        evaluate(articles, gold)


def test_check_gold_option_exit_codes(tmp_path):
    (tmp_path / "ok").mkdir()
    articles, gold = _one_set(tmp_path / "ok", GOOD)
    good = CliRunner().invoke(main, ["eval", "--check-gold", "--set", f"ok={articles}:{gold}"])
    assert good.exit_code == 0, good.output
    assert "ok: 1 gold files, 0 problems, 0 notes" in good.output

    (tmp_path / "bad").mkdir()
    articles, gold = _one_set(tmp_path / "bad", _broken("agreement.place", "Hall B"))
    (gold / "002_y.yaml").write_text(yaml.safe_dump(_broken("agreement.date", "May 3")), encoding="utf-8")
    bad = CliRunner().invoke(main, ["eval", "--check-gold", "--set", f"bad={articles}:{gold}"])
    assert bad.exit_code == 1
    assert "problem: " in bad.output and "002_y.yaml: agreement.date: 'May 3'" in bad.output
    assert "note: " in bad.output and "'Hall B' does not occur" in bad.output


def test_check_gold_notes_a_gold_file_whose_article_is_missing(tmp_path):
    articles, gold = _one_set(tmp_path, GOOD)
    (gold / "002_y.yaml").write_text(yaml.safe_dump(GOOD), encoding="utf-8")
    problems, notes = check_gold_dir(articles, gold)
    assert problems == []
    assert len(notes) == 1 and "002_y.yaml: no article 002_y.txt in" in notes[0]
