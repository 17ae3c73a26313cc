"""A unit written with its parent's acronym is no institution; its roles belong to the parent
(annotation guide D4). Invented sentences in several wordings."""

import pytest

from kg.extract import extract


def _draft(text):
    draft = extract(text, gazetteer=None)
    names = {i["name"] for i in draft["institutions"]}
    roles = {p["name"]: {r["institution"] for r in p["roles"]} for p in draft["people"]}
    return names, roles


@pytest.mark.parametrize("text, person", [
    ("Alder Valley University (AVU) and Birch College signed an MoU on May 2. Dr. Maria Lopez, Director of "
     "the AVU Department of Education, witnessed the signing.", "Maria Lopez"),
    ("Birch College and the University of Alder Valley signed an agreement on May 2. Present were Prof. Jonas "
     "Berg, Director of the UAV School of Nursing, and others.", "Jonas Berg"),
])
def test_a_unit_with_its_parents_acronym_is_the_parent(text, person):
    names, roles = _draft(text)
    assert not any(w in n for n in names for w in ("Department of", "School of", "College of Engineering")), names
    parent = next(n for n in names if "Alder Valley" in n)
    assert roles.get(person) == {parent}, roles


def test_a_unit_then_its_parents_acronym_is_not_listed():
    names, _ = _draft("Alder Valley University (AVU) signed an MoU with Birch College on May 2. Attending were Prof. "
                      "Kim Soo Min-Dean-College of Engineering-AVU, and Mr. Park Ji Hoon-Officer-AVU.")
    assert names == {"Alder Valley University", "Birch College"}


def test_a_college_with_its_own_name_stays_an_institution():
    names, _ = _draft("Alder Valley University (AVU) and the AVU College of Nursing Foundation signed an MoU.")
    assert "Alder Valley University" in names
