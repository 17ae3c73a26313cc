"""Session 23: short forms of one body inside an article (a headless first part, an acronym without
the campus's city) and posts that point back to 'the school'. Fictional names and text."""

import pytest

from kg.extract import extract
from kg.extract.institutions import (Institution, _head_kind, find_institutions, find_mentions, join_fuller_forms,
                                     refers_to)
from kg.extract.people import _academic_named_by
from kg.extract.place_names import known_place
from kg.extract.variant_names import acronym_before_place, headless_leading_form


def _kept(text, names, parties=()):
    groups = [Institution(forms=[name], mentions=find_mentions(text, [name])) for name in names]
    party_ids = {id(g) for g in groups if g.name in parties}
    return join_fuller_forms(groups, party_ids, []), party_ids


@pytest.mark.parametrize("short, long_", [
    ("Veltara", "Veltara National Referral Hospital"),       # a hospital's own first word
    ("Quillon Softworks", "Quillon Softworks Co., Ltd."),   # a firm without its legal form
    ("Brannick Asafo", "Brannick Asafo Foundation of Ipsumia"),
])
def test_a_headless_first_part_is_a_short_form(short, long_):
    assert headless_leading_form(short, long_, _head_kind, known_place)


@pytest.mark.parametrize("short, long_", [
    ("Lorem University", "Lorem University Hospital"),       # has a head of its own: maybe another body
    ("Lagos State", "Lagos State University"),             # a place: the state itself may be a party
    ("Nairobi", "Nairobi Technical College"),               # a known city
    ("Vietnamese", "Vietnamese Ministry of Health"),         # a nationality, not a name
    ("Sierra", "Sierra Leone Medical Council"),              # a country's name cut in two
    ("Veltara", "Veltara Ipsum Dolor"),                      # the longer name has no head either
    ("National", "National Referral Hospital"),              # a generic word names no body
    ("VNR", "VNR Referral Hospital"),                        # an acronym is joined by other rules
])
def test_what_is_not_a_headless_short_form(short, long_):
    assert not headless_leading_form(short, long_, _head_kind, known_place)


def test_an_acronym_of_all_but_the_campus_city():
    assert acronym_before_place("IIT", "Indian Institute of Technology Guwahati", known_place)
    assert acronym_before_place("KMUT", "King Mongkut University of Technology North Bangkok", known_place)
    assert not acronym_before_place("IIT", "Indian Institute of Technology", known_place)   # nothing left over
    assert not acronym_before_place("IT", "Institute of Technology Guwahati", known_place)  # two letters fit anything
    assert not acronym_before_place("LRU", "Lorem Research University Dolor Ipsum", known_place)  # not a place


def test_the_headless_short_form_joins_the_one_body_it_begins():
    text = ("Veltara National Referral Hospital and Lorem University signed an MoU on Monday. "
            "Veltara will host the students.")
    kept, parties = _kept(text, ["Veltara National Referral Hospital", "Lorem University", "Veltara"],
                          parties=["Veltara"])
    assert [g.name for g in kept] == ["Veltara National Referral Hospital", "Lorem University"]
    assert "Veltara" in kept[0].aliases() and id(kept[0]) in parties


def test_a_headless_short_form_fitting_two_bodies_stays_apart():
    text = "Veltara Hospital and Veltara Institute signed an MoU. Veltara will host the students."
    kept, _ = _kept(text, ["Veltara Hospital", "Veltara Institute", "Veltara"])
    assert [g.name for g in kept] == ["Veltara Hospital", "Veltara Institute", "Veltara"]


def test_a_headless_short_form_names_the_one_body_it_begins():
    groups = [Institution(forms=[name]) for name in ("Veltara National Referral Hospital", "Lorem University")]
    assert refers_to("Veltara", groups) is groups[0]
    assert refers_to("Veltara", groups + [Institution(forms=["Veltara Institute"])]) is None   # two fit


def test_the_school_points_back_to_a_school_never_to_a_firm():
    text = ("Lorem Technical University has signed an MoU between the school and Kelvar Furniture Group. "
            "Professor Ama Tetteh, Vice Chancellor of the school, said it was a milestone.")
    groups = [Institution(forms=[name], mentions=find_mentions(text, [name]))
              for name in ("Lorem Technical University", "Kelvar Furniture Group")]
    post = text.index("Vice Chancellor")
    assert _academic_named_by("school", groups, post) is groups[0]
    assert _academic_named_by("company", groups, post) is None          # not an academic noun
    assert _academic_named_by("school", groups[1:], post) is None       # no school named before


@pytest.mark.parametrize("written, key", [
    ("Chief Executive", "ceo"), ("Acting Chief Executive", "ceo"), ("Chief Executive of Lorem Foods", "ceo"),
    ("vice rectors", "vice-rector"), ("Deans", "dean"), ("Ministers", "minister"),
    ("Deanship", "deanship"),          # a plural ending, not any longer word
])
def test_role_keys_of_chief_executives_and_plurals(written, key):
    from kg.extract.roles import role_key
    assert role_key(written) == key
