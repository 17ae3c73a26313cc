"""A drafted role, signer, date or place the extractor is unsure of is flagged for review in the
record (with the fact and the reason), surfaces in `coopkg ingest`'s list, and never stops the
record from passing the data check; confident ones are not flagged."""

import shutil

import pytest
from click.testing import CliRunner

from kg.cli import CoopKGGroup
from kg.commands.extract_cmds import ingest_command
from kg.curation.draft_record import REVIEW_FACTS_BELOW, to_record
from kg.curation.known_entities import KnownGraph
from kg.extract import extract, fact_confidence

HEADLINE = "Alpha University and Beta Institute of Technology sign cooperation agreement\n\n"
# The venue comes before the signing verb, the signers have no role or side, and the Dean's
# institution is named in no sentence that names him (only in the sentence before: since session 11 a
# role from an institution named further back, with two that could hold it, is not stated at all).
UNSURE = HEADLINE + (
    "Gathered at the Riverton Conference Centre, Alpha University and Beta Institute of Technology signed a "
    "memorandum of understanding on 3 March 2025.\n"
    "The memorandum was signed by Dr. Anna Lindqvist and Mr. Jonas Holm.\n"
    "The agreement covers student exchange and joint research.\n"
    "Beta Institute of Technology will welcome the first visitors in May.\n"
    "Speaking after the event, Prof. Tomas Berg, Dean, said the partnership would help students.\n")
# Every fact written where the rules are surest of it.
CONFIDENT = HEADLINE + (
    "Dr. Anna Lindqvist, Rector of Alpha University, and Prof. Tomas Berg, President of Beta Institute of "
    "Technology, signed a memorandum of understanding at the Alpha Main Hall in Riverton on 3 March 2025.\n"
    "The agreement covers student exchange and joint research.\n")


@pytest.fixture(autouse=True)
def no_registry(monkeypatch, tmp_path):
    """The drafts must not depend on whether this machine has a ROR index."""
    monkeypatch.setenv("COOPKG_REGISTRY", str(tmp_path / "no-ror-index.sqlite"))


def _record(text):
    return to_record(extract(text, gazetteer=None), text, "test", KnownGraph())


def _unsure_flags(record):
    return [m for m in record.review if "low confidence" in m]


def test_unsure_role_signers_and_place_are_flagged_with_fact_and_reason():
    record = _record(UNSURE)
    flags = _unsure_flags(record)
    role = [m for m in flags if m.startswith("person tomas-berg: role 'Dean' at ")]
    assert len(role) == 1 and fact_confidence.BASES["role"]["publisher"][1] in role[0]
    signers = [m for m in flags if "signing the agreement" in m]
    assert sorted(m.split(":")[0] for m in signers) == ["person anna-lindqvist", "person jonas-holm"]
    assert all("add their role" in m for m in signers)
    place = [m for m in flags if "place 'Riverton Conference Centre'" in m]
    assert len(place) == 1 and fact_confidence.BASES["place"]["event_sentence"][1] in place[0]
    assert len(flags) == 4                  # the date, in the signing sentence, is not flagged
    assert record.text.count("# review:") >= 4 and "drafted with low confidence 0.65" in record.text
    # a flag never drops the fact: the role and the place are still in the record
    assert "role: Dean" not in record.text and "as_written: Dean" in record.text
    assert "place: riverton-conference-centre" in record.text


def test_confident_facts_are_not_flagged():
    draft = extract(CONFIDENT, gazetteer=None)
    roles = [c for p in draft["people"] for c in p["role_confidence"]]
    assert len(roles) == 2 and min(roles) >= REVIEW_FACTS_BELOW["role"]
    assert all(p["signed"] and p["signed_confidence"] >= REVIEW_FACTS_BELOW["signed"] for p in draft["people"])
    agreement = draft["agreement"]
    assert agreement["place_confidence"] >= REVIEW_FACTS_BELOW["place"]
    assert agreement["date_confidence"] >= REVIEW_FACTS_BELOW["date"]
    assert _unsure_flags(to_record(draft, CONFIDENT, "test", KnownGraph())) == []


def test_a_low_date_confidence_is_flagged():
    text = HEADLINE + "RIVERTON, March 4, 2025 - Alpha University and Beta Institute of Technology signed a " \
                      "memorandum of understanding yesterday.\n"
    draft = extract(text, gazetteer=None)
    assert draft["agreement"]["date_confidence"] < REVIEW_FACTS_BELOW["date"]
    flags = _unsure_flags(to_record(draft, text, "test", KnownGraph()))
    assert any(m.startswith("agreement ") and "date 'yesterday'" in m for m in flags)


def test_every_confidence_names_one_reason():
    for kind, bases in fact_confidence.BASES.items():
        values = [value for value, _ in bases.values()]
        assert len(set(values)) == len(values), kind
        assert all(fact_confidence.why(kind, value) == reason for value, reason in bases.values())


def _ingest(data_dir, article):
    group = CoopKGGroup("coopkg")
    group.add_command(ingest_command)
    return CliRunner().invoke(group, ["ingest", str(article), "--data", str(data_dir), "--key", "alpha-news-beta",
                                      "--publisher", "Alpha University", "--published", "2025-03-04"])


def test_ingest_lists_the_flags_and_the_record_passes_the_check_byte_identical(data_copy, tmp_path):
    article = tmp_path / "alpha-beta.txt"
    article.write_text(UNSURE, encoding="utf-8")
    second = shutil.copytree(data_copy, tmp_path / "second-data")     # the same data, ingested into twice
    first = _ingest(data_copy, article)
    assert first.exit_code == 0, first.output
    listed = first.output.split("To review", 1)[1]
    assert "person tomas-berg: role 'Dean' at alpha-university" in listed     # the publisher's
    assert "place 'Riverton Conference Centre'" in listed and "person jonas-holm: signing the agreement" in listed
    assert "The data check passes" in first.output
    assert _ingest(second, article).exit_code == 0
    record = "records/alpha-news-beta.yaml"
    assert (second / record).read_bytes() == (data_copy / record).read_bytes()


def test_calibration_judges_roles_signers_dates_and_places_against_gold():
    from benchmarks.confidence_calibration import judged_items
    pred = extract(CONFIDENT, gazetteer=None)
    gold = {"institutions": [{"name": "Alpha University", "aliases": []},
                             {"name": "Beta Institute of Technology", "aliases": []}],
            "people": [{"name": "Anna Lindqvist", "roles": [{"role": "Rector", "institution": "Alpha University"}],
                        "signed": True},
                       {"name": "Tomas Berg", "roles": [{"role": "Dean", "institution": "Beta Institute of Technology"}],
                        "signed": False}],
            "agreement": {"date": "2025-03-03", "place": "Alpha Main Hall in Riverton"}}
    judged = {(kind, right) for kind, _, right in judged_items(pred, gold)}
    assert {("role", True), ("role", False), ("signed", True), ("signed", False), ("date", True),
            ("place", True)} <= judged
