"""Session 18: topics of real gold area phrases that the area scheme lacked (ontology/areas.ttl, session 18
blocks), found on pages of several publishers, and two scope checks (an exchange of gifts, an expert as a post);
each read from invented sentences."""

import pytest

from kg.extract.areas import covers
from tests.draft_facts import area_keys


@pytest.mark.parametrize("key, phrase", [
    ("industry-links", "links with local industries"),
    ("industry-links", "the chemical and plastics industries"),
])
def test_industries_are_covered(key, phrase):
    assert covers(key, phrase)


def test_industries_are_read():
    areas = area_keys("Loremton University and the Ipsum Chamber signed an MoU on 2 May 2024 to build closer links "
                      "with regional industries.")
    assert "industry-links" in areas


def test_the_singular_in_a_college_name_is_not_read():
    areas = area_keys("Loremton College of Industry and Ipsum Works signed an MoU on 2 May 2024 on student "
                      "exchange.")
    assert "industry-links" not in areas


@pytest.mark.parametrize("phrase", [
    "developing talented personnel for the region", "fostering talent in new sectors", "foster talent",
    "nurturing talent", "cultivating talent for start-ups", "talent cultivation", "talent fostering",
])
def test_talent_training_is_covered(phrase):
    assert covers("workforce-training", phrase)


def test_talent_training_is_read():
    areas = area_keys("Loremton University and Ipsum Motors signed an MoU on 2 May 2024 on nurturing talent for "
                      "the car industry.")
    assert "workforce-training" in areas


def test_talent_alone_is_not_read():
    # whom a side attracts or sends, not what it trains
    areas = area_keys("Loremton University and Ipsum Motors signed an MoU on 2 May 2024 offering internships to "
                      "top talents of the university.")
    assert "workforce-training" not in areas


@pytest.mark.parametrize("phrase", [
    "diagnostic services for rural clinics", "early diagnosis of diabetes", "pharmaceutical research",
    "generic pharmaceuticals", "clinical pharmacology", "HIV testing", "telehealth for islands",
    "eHealth platforms", "e-health records",
])
def test_health_topics_are_covered(phrase):
    assert covers("health", phrase)


def test_diagnostic_services_are_read():
    areas = area_keys("Loremton University and the Ipsum Foundation signed an MoU on 2 May 2024 to provide "
                      "diagnostic services and counselling for children.")
    assert "health" in areas


@pytest.mark.parametrize("phrase", [
    "digitalisation of archives", "digitalization of services", "digitisation", "digitization of records",
    "training young entrepreneurs", "advanced manufacturing processes",
])
def test_innovation_topics_are_covered(phrase):
    assert covers("innovation", phrase)


def test_entrepreneurs_are_read():
    areas = area_keys("Loremton University and the Ipsum Chamber signed an MoU on 2 May 2024 to mentor young "
                      "entrepreneurs and support digitalisation of small firms.")
    assert "innovation" in areas


@pytest.mark.parametrize("key, phrase", [
    ("internships", "paid traineeships abroad"),
    ("postgraduate-training", "postdoctoral fellowships"),
    ("postgraduate-training", "post-doctoral positions"),
    ("postgraduate-training", "co-supervising doctoral theses"),
    ("postgraduate-training", "co-supervise students"),
])
def test_study_and_placement_forms_are_covered(key, phrase):
    assert covers(key, phrase)


def test_traineeships_and_postdoctoral_posts_are_read():
    areas = area_keys("Loremton University and Ipsum Institute signed an MoU on 2 May 2024 on traineeships for "
                      "students and postdoctoral positions.")
    assert {"internships", "postgraduate-training"} <= areas


# --- scope: 'exchange' followed by what the sides hand over or say ('an exchange of gifts', 'to exchange views',
# 'exchange cooperation plans') names no area (kg.extract.areas.EXCHANGE_TOKENS) ---
def test_an_exchange_of_gifts_is_not_an_area():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024 on joint research, "
                      "followed by an exchange of gifts between the two rectors.")
    assert "exchange" not in areas and "joint-research" in areas


def test_exchanging_plans_at_a_visit_is_not_an_area():
    areas = area_keys("The Ipsum delegation visited Loremton University on 2 May 2024 to exchange cooperation plans "
                      "and sign an MoU on joint research.")
    assert "exchange" not in areas


def test_exchange_views_is_not_an_area():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024; the two sides will "
                      "exchange views on joint research.")
    assert "exchange" not in areas


def test_an_exchange_of_students_is_still_read():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024 on joint research and "
                      "the exchange of students.")
    assert "student-exchange" in areas


# --- scope: 'expert' as a person's post ('the leading expert A B', 'Ms A B, expert for ...') names no area
# (kg.extract.area_checks.EXPERT_POST) ---
def test_an_expert_before_a_name_is_a_post():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024 on joint research, "
                      "with the senior expert Dolor Sitamet attending for the ministry.")
    assert "expert-sharing" not in areas and "joint-research" in areas


def test_a_name_then_expert_for_a_field_is_a_post():
    areas = area_keys("Ms Dolor Sitamet, expert for quality management at Ipsum College, witnessed the signing of "
                      "the MoU with Loremton University on 2 May 2024 on joint research.")
    assert "expert-sharing" not in areas


def test_sharing_experts_is_still_read():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024 on joint research and "
                      "the exchange of experts.")
    assert "expert-sharing" in areas
