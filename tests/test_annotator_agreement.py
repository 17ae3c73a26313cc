"""benchmarks.annotator_agreement scores a second annotator's gold against the first with the
extractor's scorer: identical readings agree fully, and each kind of disagreement lowers its field."""

import pytest
import yaml

from benchmarks import annotator_agreement as agreement

FIRST = {
    "institutions": [{"name": "Alpha University", "aliases": ["AU"], "party": True},
                     {"name": "Beta College", "aliases": [], "party": True}],
    "people": [{"name": "Anna Lorem", "titles": ["Prof."], "signed": True,
                "roles": [{"role": "Rector", "institution": "Alpha University"}]},
               {"name": "Ben Ipsum", "titles": [], "signed": True,
                "roles": [{"role": "Principal", "institution": "Beta College"}]}],
    "agreement": {"type": "MoU", "date": "2024-05-03", "date_text": "3 May 2024",
                  "place": "Alpha University", "areas": ["joint research", "student exchange"]},
}


def _write(folder, name, gold):
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yaml").write_text(yaml.safe_dump(gold, sort_keys=False), encoding="utf-8")


def _fields(tmp_path, second):
    _write(tmp_path / "first", "001_page", FIRST)
    _write(tmp_path / "second", "001_page", second)
    return agreement.agreement_report(tmp_path / "first", tmp_path / "second")["fields"]


def test_identical_readings_agree_on_every_field(tmp_path):
    fields = _fields(tmp_path, FIRST)
    assert {name: fields[name]["f1"] for name in agreement.ev.FIELDS} == dict.fromkeys(agreement.ev.FIELDS, 1.0)


def test_a_signer_read_differently_lowers_signed_only(tmp_path):
    second = yaml.safe_load(yaml.safe_dump(FIRST))
    second["people"][1]["signed"] = False
    fields = _fields(tmp_path, second)
    assert fields["signed"]["recall"] == 0.5 and fields["signed"]["precision"] == 1.0
    assert fields["people"]["f1"] == 1.0


def test_a_place_cut_shorter_fails_strict_but_passes_lenient(tmp_path):
    second = yaml.safe_load(yaml.safe_dump(FIRST))
    second["agreement"]["place"] = "the campus of Alpha University"
    fields = _fields(tmp_path, second)
    assert fields["place"]["f1"] == 0.0 and fields["place_lenient"]["f1"] == 1.0


def test_area_phrases_are_scored_as_concepts(tmp_path):
    second = yaml.safe_load(yaml.safe_dump(FIRST))
    second["agreement"]["areas"] = ["joint research", "exchange of students"]     # same areas, other words
    assert _fields(tmp_path, second)["areas"]["f1"] == 1.0
    second["agreement"]["areas"] = ["joint research", "vocational training"]      # one area read differently
    areas = _fields(tmp_path, second)["areas"]
    assert areas["recall"] == 0.5 and areas["precision"] == 0.5
    assert agreement.phrases_as_concepts(["catering for the ceremony"]) == []


def test_no_common_file_is_an_error(tmp_path):
    _write(tmp_path / "first", "001_page", FIRST)
    _write(tmp_path / "second", "002_other", FIRST)
    with pytest.raises(agreement.ev.EvaluationError, match="no gold file in both"):
        agreement.agreement_report(tmp_path / "first", tmp_path / "second")


def test_usage(capsys):
    assert agreement.main(["--help"]) == 0
    assert "FIRST_GOLD:SECOND_GOLD" in capsys.readouterr().out
    assert agreement.main([]) == 2
