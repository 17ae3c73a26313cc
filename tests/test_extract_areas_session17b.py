"""Session 17b: topics of real gold area phrases that the area scheme lacked (ontology/areas.ttl, session 17b
block), found on pages of several publishers, each read from invented sentences."""

import pytest

from kg.extract.areas import covers
from tests.draft_facts import area_keys


@pytest.mark.parametrize("key, phrase", [
    ("sectors", "marine engineering"),
    ("health", "training of young doctors"),
    ("health", "linking district hospitals"),
    ("health", "a new children's hospital"),
    ("community-service", "Indigenous knowledge keepers"),
    ("community-service", "support for reconciliation"),
])
def test_a_session17b_concept_covers_the_gold_phrase(key, phrase):
    assert covers(key, phrase)


@pytest.mark.parametrize("text, area", [
    ("Loremton University and Ipsum Works signed an MoU on 2 May 2024 on cooperation in mining, "
     "engineering and logistics.", "sectors"),
    ("Loremton University and Ipsum Clinic signed an MoU on 2 May 2024 to train doctors for rural areas.",
     "health"),
    ("Loremton University and Ipsum Province signed an MoU on 2 May 2024 to upgrade three rural hospitals.",
     "health"),
    ("Loremton College and the Ipsum Band signed an MoU on 2 May 2024 to support Indigenous students and "
     "reconciliation.", "community-service"),
])
def test_session17b_wordings_are_read(text, area):
    assert area in area_keys(text)


def test_engineering_in_running_prose_is_not_an_area():
    # 'engineering' counts only as an item of a list of fields, as 'economy' and 'culture' do
    areas = area_keys("Loremton University and Ipsum Works signed an MoU on 2 May 2024; the engineering team "
                   "will host visiting students.")
    assert "sectors" not in areas


def test_planning_is_covered_and_read_as_a_list_item():
    assert covers("governance", "long-term planning for the district")
    areas = area_keys("Loremton University and Ipsum City signed an MoU on 2 May 2024 on cooperation in such areas "
                   "as planning, transport and housing.")
    assert "governance" in areas


def test_planning_to_is_not_an_area():
    areas = area_keys("Loremton University and Ipsum City signed an MoU on 2 May 2024; the city is planning to "
                   "open a new library.")
    assert "governance" not in areas


@pytest.mark.parametrize("key, phrase", [
    ("governance", "administrative reform"),
    ("governance", "legal and administrative support"),
    ("education", "academic linkages"),
    ("education", "academic services for adult learners"),
])
def test_the_adjectives_of_administration_and_academic_work_are_covered(key, phrase):
    assert covers(key, phrase)


def test_administrative_and_academic_are_read():
    areas = area_keys("Loremton University and Ipsum Agency signed an MoU on 2 May 2024 on administrative support "
                   "and academic linkages.")
    assert {"governance", "education"} <= areas
