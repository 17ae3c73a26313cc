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


# --- scope: a party described as a foundation or an institute ('B is the largest foundation supporting the natural
# sciences') says what the party does, not what the agreement covers (kg.extract.area_checks.DESCRIBED_AS) ---
def test_a_foundation_described_is_not_scope():
    areas = area_keys("Loremton University and the Ipsum Fund signed an MoU on 2 May 2024 on student exchange. "
                      "The Ipsum Fund is the largest foundation in the region supporting the humanities and social "
                      "sciences for the purpose of promoting scholarship.")
    assert "sectors" not in areas and "student-exchange" in areas
