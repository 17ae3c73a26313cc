"""Institutions on real pages, session 19: a county or municipality named as a body ('Lorem County',
'Municipality of Ipsum', 'Lorem District Municipality') is an institution, a party when it signs or its
governor or mayor signs for it (annotation guide D3), listed as a non-party when its officer only attends.
Invented sentences only."""

import pytest

from kg.extract import extract

HEAD = "Alpha University (AU) and Beta Institute of Technology (BIT) signed a memorandum of understanding.\n"


def _listed(text):
    return {i["name"]: i["party"] for i in extract(text)["institutions"]}


def _roles(text):
    return {(p["name"], r["role"], r["institution"]) for p in extract(text)["people"] for r in p["roles"]}


# --- a county whose governor signs is a party (guide D3; moved from test_extract_people_round5) -------------
def test_county_whose_governor_signs():
    text = HEAD + "The MoU was signed by AU President Anna Berg and Makueni County Governor H.E. Prof. Peter Mutua."
    assert ("Peter Mutua", "Governor", "Makueni County") in _roles(text)
    assert _listed(text).get("Makueni County") is True


@pytest.mark.parametrize("sentence, name, office, territory", [
    # (moved from test_extract_people_round5: the governor is one of the two the signing was between)
    ("The signing took place between AU President Anna Berg and Governor of Irkutsk Olga Petrova.",
     "Olga Petrova", "Governor", "Irkutsk"),
    ("Mayor Kenji Sato of Fukuoka City and AU President Anna Berg signed the document.",
     "Kenji Sato", "Mayor", "Fukuoka City"),
    ("The agreement was signed by Lorem governor John Dove and AU President Anna Berg.",
     "John Dove", "Governor", "Lorem"),
])
def test_territory_whose_head_signs(sentence, name, office, territory):
    # a territory named only with its governor's or mayor's office is a party when that officer signs
    text = HEAD + sentence
    assert (name, office, territory) in _roles(text)
    assert _listed(text).get(territory) is True


def test_county_inside_an_acting_post():
    text = HEAD + "The MoU was witnessed by the Lorem Acting County Secretary and by Lorem County Governor John Dove."
    assert "Lorem Acting County" not in _listed(text) and "Lorem County" in _listed(text)


def test_county_whose_governor_attends():
    text = HEAD + "The ceremony was attended by Lorem County Governor John Dove, who praised AU President Anna Berg."
    assert ("John Dove", "Governor", "Lorem County") in _roles(text)
    assert _listed(text).get("Lorem County") is False


@pytest.mark.parametrize("text, body", [
    ("Lorem Hills County took a step forward with the signing of a memorandum of understanding with Alpha "
     "University.", "Lorem Hills County"),
    ("The memorandum of cooperation between the Municipality of Ipsum and Alpha University aims at training.",
     "Municipality of Ipsum"),
    ("The MoU signed by the Alpha University Rector, Anna Berg and Dolor District Municipality Manager, Dr Jane "
     "Roe on Monday covers training.", "Dolor District Municipality"),
])
def test_county_or_municipality_as_a_side(text, body):
    assert _listed(text) == {"Alpha University": True, body: True}


@pytest.mark.parametrize("text", [
    HEAD + "The County Executive for Health, Jane Roe, spoke at the event.",
    HEAD + "The municipality will offer land for the campus.",
])
def test_county_alone_is_no_name(text):
    assert set(_listed(text)) == {"Alpha University", "Beta Institute of Technology"}


@pytest.mark.parametrize("text, body", [
    ("Alpha University signed an MoU with the Lorem County Assembly on Monday.", "Lorem County Assembly"),
    ("Alpha University signed an MoU with Lorem County Trade Alliance on Monday.", "Lorem County Trade Alliance"),
])
def test_body_named_after_its_county(text, body):
    # (the county is part of the body's name, not the name's head)
    assert _listed(text) == {"Alpha University": True, body: True}


@pytest.mark.parametrize("text", [
    HEAD.replace(".\n", " in Lorem County.\n") + "Students from Lorem County will benefit.",
    HEAD.replace(".\n", " at Lorem County headquarters.\n"),
])
def test_county_as_the_place_of_signing(text):
    # ('signed ... in Lorem County': where the signing was, no host)
    assert "Lorem County" not in _listed(text)


@pytest.mark.parametrize("text, body", [
    ("The government of Lorem County and Alpha University signed an MoU. Lorem County Governor John Dove "
     "signed for Lorem County.", "government of Lorem County"),
    ("The County Government of Lorem has signed an MoU with Alpha University. Governor John Dove of Lorem "
     "County said the deal is good.", "County Government of Lorem"),
])
def test_county_and_its_government_are_one_body(text, body):
    # (guide D3: the governing body is the institution, the bare territory is not listed beside it)
    assert _listed(text) == {body: True, "Alpha University": True}
