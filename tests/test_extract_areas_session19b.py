"""Session 19 (b): topics of real gold area phrases that the area scheme lacked (ontology/areas.ttl, session 19
blocks), found on pages of several publishers; each read from invented sentences."""

import pytest

from kg.extract.areas import covers
from tests.draft_facts import area_keys


@pytest.mark.parametrize("phrase", [
    "professional consultations", "mutual consultations", "providing scientific consultation to staff",
])
def test_consultations_are_covered(phrase):
    assert covers("expert-sharing", phrase)


def test_consultations_are_read():
    areas = area_keys("Loremton University and Ipsum Hospital signed an MoU on 2 May 2024 covering joint research "
                      "and professional consultations for clinicians.")
    assert "expert-sharing" in areas


@pytest.mark.parametrize("phrase", ["enrollment", "joint enrolment of students", "enrollment cooperation"])
def test_enrollment_is_covered(phrase):
    assert covers("recruitment", phrase)


def test_enrollment_is_read():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024 that focuses on "
                      "enrollment, joint research and lecturer training.")
    assert "recruitment" in areas
