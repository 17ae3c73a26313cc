"""Session 16: wordings of real gold area phrases on government, hospital and company pages that the
area scheme lacked (ontology/areas.ttl, session 16 block), each read from invented sentences."""

import pytest

from kg.extract.areas import covers
from tests.draft_facts import area_keys


@pytest.mark.parametrize("key, phrase", [
    ("community-service", "joint programmes for community development"),
    ("community-service", "community empowerment"),
    ("community-service", "preserve tangible and intangible heritage"),
    ("community-service", "preservation of heritage buildings"),
    ("health", "prevention and control of communicable and non-communicable diseases"),
    ("health", "infection control"),
    ("health", "oncology, critical care and neurosurgery"),
    ("health", "advanced surgical services"),
    ("environment", "climate resilience"),
    ("staff-exchange", "exchanging scholars"),
    ("exchange", "academic visits"),
    ("postgraduate-training", "master programs"),
    ("education", "academic writing"),
    ("vocational-training", "digital skills"),
    ("economics", "job creation"),
    ("expert-sharing", "human capital"),
    ("scientific-publications", "partnerships in publishing"),
])
def test_a_session16_concept_covers_the_gold_phrase(key, phrase):
    assert covers(key, phrase)


@pytest.mark.parametrize("text, area", [
    ("Loremton County and Ipsum University signed an MoU on 2 May 2024 on community development and "
     "community empowerment in rural wards.", "community-service"),
    ("Under the agreement signed on 2 May 2024, Ipsum Hospital and Loremton University will cooperate in "
     "infection control and clinical care.", "health"),
    ("Loremton City and Ipsum University signed an MoU on 2 May 2024 to work on climate resilience.",
     "environment"),
    ("Loremton University and Ipsum University signed an MoU on 2 May 2024 covering academic writing and "
     "joint research.", "education"),
    ("Loremton Agency and Ipsum Institute signed an MoU on 2 May 2024 on digital skills for young people.",
     "vocational-training"),
    ("Loremton Press and Ipsum University signed an agreement on 2 May 2024 on publishing and joint "
     "research.", "scientific-publications"),
])
def test_session16_wordings_are_read(text, area):
    assert area in area_keys(text)
