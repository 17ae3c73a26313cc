"""Institutions on real pages, session 7: which bodies are listed (guide D4: a side's parent named in
apposition, partners of earlier similar agreements, a college whose dean is written in lower case) and
one body written with and without 'National'. Invented sentences."""

import pytest

from kg.extract import extract


def _entries(text):
    return {i["name"]: i["party"] for i in extract(text, gazetteer=None)["institutions"]}


@pytest.mark.parametrize("text, parent", [
    ("On May 3, Alpha University and the Lorem Agency of Seas (LAS), under the Ministry of Water and Environment, "
     "signed a cooperation agreement.", "Ministry of Water and Environment"),
    ("Alpha University signed an MoU with Beta Research Institute, which is directly under the Lorem Academy "
     "of Sciences, on Monday.", "Lorem Academy of Sciences"),
    ("Alpha University and Ipsum College (an affiliate of the Dolor University Foundation) signed an agreement "
     "on student exchange.", "Dolor University Foundation"),
])
def test_a_sides_parent_in_apposition_is_not_a_party(text, parent):
    entries = _entries(text)
    assert parent not in entries, entries
    assert entries.get("Alpha University") is True


def test_a_body_under_whose_auspices_it_was_signed_stays():
    """'under the auspices of' is no apposition of a side: the shape rules decide as before."""
    text = "Alpha University and Beta College signed an MoU on May 3 under the auspices of the Lorem Council."
    assert _entries(text).get("Beta College") is True


@pytest.mark.parametrize("text, partner", [
    ("Alpha University and Beta General Hospital signed an MoU on training nurses. Alpha University has already "
     "signed similar strategic MOUs with institutions such as Gamma Memorial Hospital, with fruitful results.",
     "Gamma Memorial Hospital"),
    ("Alpha University and Beta College signed an agreement. The college signed similar cooperation agreements "
     "with partners including Delta Institute of Technology last year.", "Delta Institute of Technology"),
])
def test_partners_of_earlier_similar_agreements_are_not_parties(text, partner):
    entries = _entries(text)
    assert partner not in entries, entries
    assert len([n for n, party in entries.items() if party]) == 2


@pytest.mark.parametrize("text, unit", [
    ("The University of Lorem signed an MoU with Ipsum Hospital. Its delegation included Dr A B, dean of the "
     "College of Health Sciences, and Dr C D.", "College of Health Sciences"),
    ("Alpha University and Beta Hospital signed an agreement, witnessed by Prof E F, vice dean of the School of "
     "Nursing.", "School of Nursing"),
])
def test_a_college_of_a_lower_case_dean_is_a_unit(text, unit):
    assert unit not in _entries(text)


@pytest.mark.parametrize("short, long_", [("Lorem University", "Lorem National University"),
                                          ("Ipsum Dolor University", "Ipsum Dolor National University")])
def test_a_name_with_and_without_national_is_one_body(short, long_):
    text = (f"{long_} and Beta College signed an MoU on May 3. The delegation of {short} was led by its "
            f"President, Prof. A B.")
    entries = _entries(text)
    assert list(entries) == [long_, "Beta College"], entries


@pytest.mark.parametrize("short, long_", [
    ("Technical University", "Technical National University"),   # a generic word: two bodies can share it
    ("Korean University", "Korean National University"),    # a nationality
    ("Lorem University", "Lorem National Medical University"),
])
def test_national_inserted_needs_a_proper_name(short, long_):
    from kg.extract.variant_names import national_inserted
    assert not national_inserted(short, long_, lambda w: w == "University")


def test_the_host_of_a_later_event_is_not_kept():
    text = ("Alpha University and Beta College signed an MoU at the presidents' forum on May 3. The next forum will be "
            "hosted by Gamma Institute of Technology.")
    assert "Gamma Institute of Technology" not in _entries(text)


def test_the_host_of_this_signing_is_kept():
    text = ("Alpha University and Beta College signed an MoU at a forum hosted by Gamma Institute of Technology "
            "on May 3.")
    assert _entries(text).get("Gamma Institute of Technology") is False


@pytest.mark.parametrize("room", ["ABCU Senate Chamber", "Lorem Memorial Hall"])
def test_a_room_where_it_was_signed_is_no_institution(room):
    text = f"Alpha University (ABCU) and Beta College signed an MoU. The signing was held at the {room}."
    assert room not in _entries(text)

