"""Session 17: wordings of real gold area phrases that the area scheme lacked (ontology/areas.ttl, session 17
block), on topics found on several pages of different publishers, each read from invented sentences."""

import pytest

from kg.extract.areas import covers
from tests.draft_facts import area_keys


@pytest.mark.parametrize("key, phrase", [
    ("internships", "industry visits for final-year students"),
    ("internships", "gain workplace experience"),
    ("internships", "support for study trips and field work"),
    ("industry-links", "closer linkage between industry and academia"),
    ("exchange", "study trips"),
    ("health", "surgery and diagnostics"),
    ("health", "joint work of clinicians and engineers"),
    ("health", "vaccines"),
    ("capacity-building", "mentorship for junior nurses"),
    ("environment", "sustainability projects"),
    ("environment", "bio-diversity"),
    ("staff-exchange", "host visiting researchers"),
    ("staff-exchange", "appointment as adjunct lecturers"),
    ("staff-exchange", "sending lecturers to teach modules"),
    ("quality-assurance", "proposing external examiners"),
    ("expert-sharing", "dissemination of knowledge"),
    ("expert-sharing", "technical cooperation"),
    ("curriculum-development", "developing programs"),
    ("economics", "business matching between small firms"),
    ("economics", "business development initiatives"),
    ("innovation", "AI and data"),
    ("innovation", "optical communication systems"),
    ("language-training", "spreading the Arabic language"),
    ("language-training", "English and German language tests"),
    ("sectors", "philology"),
    ("agriculture", "purchase of seeds"),
])
def test_a_session17_concept_covers_the_gold_phrase(key, phrase):
    assert covers(key, phrase)


@pytest.mark.parametrize("text, area", [
    ("Loremton College and Ipsum Works signed an MoU on 2 May 2024 covering industry visits and joint research.",
     "internships"),
    ("Under the agreement signed on 2 May 2024, Ipsum Hospital and Loremton University will cooperate in "
     "surgery and diagnostics.", "health"),
    ("Loremton University and Ipsum Institute signed an MoU on 2 May 2024 to host visiting researchers.",
     "staff-exchange"),
    ("Loremton University and Ipsum Hospital signed an MoU on 2 May 2024 on mentorship for young doctors.",
     "capacity-building"),
    ("Loremton Chamber and Ipsum University signed an MoU on 2 May 2024 on business matching and trade fairs.",
     "economics"),
    ("Loremton University and Ipsum Telecom signed an MoU on 2 May 2024 to work together on AI in banking.",
     "innovation"),
    ("Loremton University and Ipsum Institute signed an MoU on 2 May 2024 on spreading the Arabic language.",
     "language-training"),
])
def test_session17_wordings_are_read(text, area):
    assert area in area_keys(text)


@pytest.mark.parametrize("text", [
    # a purpose, not an area: 'economic growth' is no label
    "Loremton University and Ipsum Bank signed an MoU on 2 May 2024 that will drive economic growth.",
])
def test_session17_purposes_stay_out(text):
    assert "economics" not in area_keys(text)


@pytest.mark.parametrize("key, phrase", [
    ("education", "educational activities"),
    ("education", "scientific and educational support"),
    ("research", "joint scientific groups"),
    ("research", "academic, scientific and cultural activities"),
])
def test_the_adjectives_of_education_and_science_are_covered(key, phrase):
    assert covers(key, phrase)


def test_scientific_and_educational_are_read():
    areas = area_keys("Loremton University and Ipsum Academy signed an MoU on 2 May 2024 on scientific and "
                   "educational support.")
    assert {"research", "education"} <= areas
