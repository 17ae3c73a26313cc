"""An untitled name after 'in the presence of' / 'on behalf of' is a person, while a name after a bare
'of' or 'in' before ', Role' stays a place (kg.extract.name_shapes.place_not_person). Fictional text."""

import pytest

from kg.extract import extract

BASE = "Jadara Lorem University and Merit Ipsum University signed an MoU on 3 May 2024. "


def _roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(BASE + text)["people"]}


@pytest.mark.parametrize("sentence", [
    "It took place in the presence of Ahmad Bashiti, Deputy President of Jadara Lorem University.",
    "The ceremony took place in the attendance of Ahmad Bashiti, Deputy President of Jadara Lorem University.",
    "It was held with the participation of Ahmad Bashiti, Deputy President of Jadara Lorem University.",
])
def test_a_name_after_a_person_noun_and_of_is_a_person(sentence):
    assert _roles(sentence)["Ahmad Bashiti"] == [("Deputy President", "Jadara Lorem University")]


def test_a_name_after_a_place_preposition_stays_a_place():
    roles = _roles("At the ceremony in Amman City, Deputy President Ahmad Bashiti spoke.")
    assert "Amman City" not in roles
