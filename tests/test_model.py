"""The typed record views (kg.curation.model) say what the YAML said, and refuse misspelt fields."""

import dataclasses
import datetime as dt

import pytest

from kg.curation.model import TYPES, Agreement, Event, Institution, InstitutionRef, Name, Person
from kg.curation.records import record_spec
from kg.graph.build import check_data
from kg.vocab import load_vocabulary
from tests.conftest import DATA


@pytest.fixture(scope="module")
def resolved():
    return check_data(DATA)[1]


def _said_by(resolved, section, key, source):
    return next(m for m in resolved.of(section, key) if m.source == source)


def _yaml_line(mention) -> str:
    return mention.record.path.read_text(encoding="utf-8").splitlines()[mention.item.line - 1]


def test_an_agreement_exposes_what_its_record_says(resolved):
    mention = _said_by(resolved, "agreements", "haui-bcit-2025", "haui-news-signing-bcit")
    agreement = mention.item
    assert isinstance(agreement, Agreement)
    assert agreement.type == "CooperationAgreement"
    assert [p.institution for p in agreement.parties] == ["haui", "bcit"]
    assert agreement.date.as_written == "November 26" and agreement.date.value is None
    assert [p.text for p in agreement.principles] == ["voluntariness", "equality", "mutual respect"]
    assert agreement.status.value == "signed"
    assert "key: haui-bcit-2025" in _yaml_line(mention)  # the line points at the entry, for messages


def test_institutions_and_people_expose_names_links_and_roles(resolved):
    bcit = _said_by(resolved, "institutions", "bcit", "bcit-news-signing-haui").item
    assert isinstance(bcit, Institution) and bcit.type == "College"
    assert bcit.names[-1] == Name("BCIT", lang="en", acronym=True)  # lang: the source's language
    assert bcit.names[1].evidence == "BETWEEN INDUSTRIAL COLLEGE OF TECHNOLOGY AND"
    assert bcit.names[0].evidence == "College of Industrial Technology"  # a name is its own quote
    assert bcit.parent == InstitutionRef("moit", "two units with a tradition of training under the Ministry of "
                                                 "Industry and Trade")
    assert [p.institution for p in bcit.predecessors] == ["tws-2"]
    assert bcit.located_in.place == "bcit-campus-1"
    tws1 = _said_by(resolved, "institutions", "tws-1", "bcit-news-signing-haui").item
    assert tws1.founded.year == 1898 and tws1.parent is None and tws1.predecessors == ()

    person = _said_by(resolved, "people", "kieu-xuan-thuc", "haui-news-signing-bcit").item
    assert isinstance(person, Person)
    assert [n.label for n in person.names] == ["Kiều Xuân Thực"]
    assert [(r.role, r.institution, r.as_written) for r in person.roles] == [("rector", "haui", "Rector")]
    assert [t.title for t in person.titles] == ["mr"]

    event = _said_by(resolved, "events", "bcit-competition-bloc-head-2026", "bcit-news-signing-haui").item
    assert isinstance(event, Event) and event.type == "Designation" and event.title.lang == "en"
    assert event.reported_on.date == dt.date(2025, 12, 18) and event.funder is None
    assert [i.institution for i in event.involves] == ["bcit"]


def test_a_misspelt_field_fails_instead_of_reading_nothing(resolved):
    agreement = _said_by(resolved, "agreements", "haui-bcit-2025", "haui-news-signing-bcit").item
    with pytest.raises(AttributeError):
        agreement.partys
    with pytest.raises(AttributeError):
        agreement.date.vlaue
    with pytest.raises(dataclasses.FrozenInstanceError):
        agreement.type = "Memorandum"


def test_a_field_the_model_does_not_know_is_refused_not_dropped():
    with pytest.raises(ValueError, match="no field for.*'wikipedia'"):
        Institution.from_checked({"_line": 3, "key": "x", "quote": "q", "identifiers": {"wikipedia": "X"}})


def test_every_record_field_has_an_attribute():
    spec = record_spec(load_vocabulary())
    for section, model in TYPES.items():
        entry_fields = spec.fields[section].item.fields
        assert set(entry_fields) <= {f.name for f in dataclasses.fields(model)}, section
