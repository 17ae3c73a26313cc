"""Session 12: area labels written as '-ies' plurals ('information technologies'), and wordings of real
gold area phrases that the area scheme lacked (ontology/areas.ttl, session 12 block), each read from
invented sentences."""

import pytest

from kg.extract.areas import covers
from tests.draft_facts import area_keys


def test_a_label_ending_in_y_is_read_in_its_ies_plural():
    text = ("Under the MoU signed on 2 May 2024, Loremton University and Ipsum Institute will run joint "
            "initiatives on information technologies.")
    assert "innovation" in area_keys(text)


@pytest.mark.parametrize("key, phrase", [
    ("innovation", "joint initiatives on information technologies"),
    ("staff-exchange", "exchange of faculties, researchers and students"),
    ("research", "sharing of methodologies, technologies and information"),
])
def test_a_concept_covers_a_gold_phrase_in_the_ies_plural(key, phrase):
    assert covers(key, phrase)


def test_an_ies_plural_of_a_list_only_label_is_still_read_only_in_a_list():
    # 'technology' names an area only as an item of a list of fields; so does 'technologies'
    text = ("Loremton University and Ipsum Institute signed an MoU on 2 May 2024; both will use the newest "
            "technologies to cooperate in student exchange.")
    assert "research" not in area_keys(text)
    listed = ("Loremton University and Ipsum Institute signed an MoU on 2 May 2024 to cooperate in "
              "economy, technologies and culture.")
    assert "research" in area_keys(listed)


@pytest.mark.parametrize("text, area", [
    ("Under the MoU signed on 2 May 2024, Ipsum Province and Loremton Group will cooperate in hi-tech "
     "zone projects.", "innovation"),
    ("Loremton University and Ipsum Hospital signed an agreement on 2 May 2024 to improve patient care "
     "and patient services.", "health"),
    ("The MoU signed on 2 May 2024 covers plant breeding, seed production and crops of the region, "
     "Loremton Agricultural College said.", "agriculture"),
    ("Loremton University and Ipsum Institute signed an MoU on 2 May 2024 on ecology and the study of "
     "wetlands.", "environment"),
    ("Loremton University and Ipsum College signed an MoU on 2 May 2024 to cooperate in educational "
     "programs and joint research.", "education"),
    ("Under the agreement signed on 2 May 2024, Loremton University and Ipsum University will "
     "cooperate in resource-sharing.", "resources"),
    ("Under the agreement signed on 2 May 2024, Loremton University and Ipsum Agency will carry out "
     "capacity-building initiatives.", "capacity-building"),
    ("The two sides signed an MoU on 2 May 2024 on information interchange between Loremton Library "
     "and Ipsum Archive.", "academic-information"),
    ("Loremton University and Ipsum University signed an MoU on 2 May 2024 covering students exchange and "
     "joint research.", "student-exchange"),
    ("Loremton University and Ipsum University signed an MoU on 2 May 2024 covering teachers exchange and "
     "joint research.", "staff-exchange"),
])
def test_session12_wordings_are_read(text, area):
    assert area in area_keys(text)


@pytest.mark.parametrize("sentence", [
    "The partnership will promote a culture of learning and innovation at both institutions.",
    "Both institutions are committed to fostering a spirit of collaboration and innovation.",
    "The partnership is built on shared values of academic excellence and innovation.",
    "This agreement reinforces the commitment of both sides to fostering innovation and excellence.",
])
def test_values_a_partnership_stands_for_are_notarea_keys(sentence):
    text = "Loremton University and Ipsum Hospital signed an MoU on 2 May 2024 on joint research. " + sentence
    areas = area_keys(text)
    assert "joint-research" in areas
    assert "innovation" not in areas


def test_a_field_after_the_culture_of_a_place_is_still_read():
    text = ("Loremton University and Ipsum Institute signed an MoU on 2 May 2024 to cooperate in the culture of "
            "Dolor-speaking countries and in innovation.")
    assert "innovation" in area_keys(text)
