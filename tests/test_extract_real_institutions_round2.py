"""Institution names real pages write that were cut short (issue 12, round 2). Every sentence here
is invented; the expectation is the name a reader would annotate."""

import pytest

from kg.extract import extract
from kg.extract.institutions import find_institutions


def _names(text):
    return [i["name"] for i in extract(text, gazetteer=None)["institutions"]]


@pytest.mark.parametrize("text, name", [
    # a consulate keeps its country and the city it stands in
    ("On May 3, 2024, Alpha University signed an MoU with the Consulate General of Japan in Ho Chi Minh City.",
     "Consulate General of Japan in Ho Chi Minh City"),
    # a university's subjects listed with commas
    ("An MoU between Alpha University and Federal Beta University for Arts, Science and Technology was "
     "signed on May 3, 2024.", "Federal Beta University for Arts, Science and Technology"),
    # a state university's campus named by its town
    ("Officials with the University of Freedonia at Riverton and Gamma University signed an MoU on May 3, 2024.",
     "University of Freedonia at Riverton"),
    # two school levels sharing one head
    ("Alpha University signed an MoU with Kameo Gakuen Junior & Senior High School on May 3, 2024.",
     "Kameo Gakuen Junior & Senior High School"),
])
def test_whole_name_of_a_party(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, names", [
    # commas between other names, not subjects
    ("The University of Economics, Riverton and Alpha College signed an MoU on May 3, 2024.",
     ["University of Economics"]),
    # 'at' a venue, not a campus
    ("The MoU was signed by Alpha College and the University of Freedonia at Beta Hall on May 3, 2024.",
     ["University of Freedonia"]),
])
def test_name_does_not_run_on(text, names):
    found = _names(text)
    assert all(n in found for n in names)


@pytest.mark.parametrize("text, not_a_name", [
    # a person after a lower-case 'prof.' is not a side of the signing
    ("Alpha University (AU) and Beta Educational Society (BES) signed an MoU on May 3, 2024.\n\nThe MoU was "
     "signed by AU VC prof. John Smith and BES general secretary Mark Brown in the presence of guests.",
     "John Smith"),
    # 'Ab' inside a Malay name is not the legal form 'AB'
    ("Alpha University and Beta Metal Sdn Bhd signed an MoU on May 3, 2024. Alpha University vice-chancellor "
     "Prof Datuk Ahmad Ab Rahman signed on behalf of the university.", "Datuk Ahmad Ab"),
])
def test_a_person_is_not_an_institution(text, not_a_name):
    assert not any(not_a_name in n for n in _names(text))


def test_acronym_only_side_after_an_opening_clause():
    text = ("In order to promote academic exchange, ABCU signed a partnership agreement with Beta University "
            "(BU) on May 3, 2024.")
    assert "ABCU" in _names(text)


def test_short_form_of_a_subject_list_name_is_an_alias():
    text = ("An MoU between Alpha College and Federal Beta University for Arts, Science and Technology was signed "
            "on May 3, 2024. Federal Beta University will host the students.")
    found = extract(text, gazetteer=None)["institutions"]
    assert [(i["name"], i["aliases"]) for i in found if "Federal" in i["name"]] == \
        [("Federal Beta University for Arts, Science and Technology", ["Federal Beta University"])]


@pytest.mark.parametrize("text, names", [
    # a member university named by its subjects, then its parent: one institution
    ("On May 3, 2024, the University of Foreign Languages, Riverton University signed an MoU with Beta "
     "Women's University.", ["University of Foreign Languages, Riverton University", "Beta Women's University"]),
    # with a dash, and the parent's city
    ("Alpha College signed an MoU with the University of Technology – Riverton National University, Southtown.",
     ["Alpha College", "University of Technology – Riverton National University, Southtown"]),
    # a list of sides stays a list
    ("The University of Economics, Alpha University and Beta College signed an MoU on May 3, 2024.",
     ["University of Economics", "Alpha University", "Beta College"]),
])
def test_member_and_parent_written_as_one_name(text, names):
    assert _names(text) == names


def test_sides_of_the_first_sentence_after_byline_and_dateline_lines():
    text = ("Riverton News Service\n\nRiverton, December 24\n\nAlpha Medical College and Hospital (AMCH) and Beta "
            "Institute of Technology (BIT) signed a Memorandum of Understanding (MoU) for research in healthcare.\n\n"
            "The MoU would help both institutes work together.")
    parties = [i["name"] for i in extract(text, gazetteer=None)["institutions"] if i["party"]]
    assert parties == ["Alpha Medical College and Hospital", "Beta Institute of Technology"]


def test_short_name_defined_after_a_name_ending_in_its_country():
    text = ("On 16/10/2024, Alpha University and the Commercial Bank for Foreign Trade of Vietnam (Riverbank) "
            "signed an agreement. Riverbank will fund scholarships.")
    found = [(i["name"], i["aliases"]) for i in extract(text, gazetteer=None)["institutions"]]
    assert ("Commercial Bank for Foreign Trade of Vietnam", ["Riverbank"]) in found


def test_partners_listed_after_namely_are_parties():
    text = ("At the signing ceremony (Photo: News)\n\nRiverton (News) – Riverton-based Alpha University has joined "
            "hands with foreign institutions namely Beta Institute of Science and Technology, Gamma National "
            "University, and Delta Catholic University to develop manpower in robotics.")
    parties = [i["name"] for i in extract(text, gazetteer=None)["institutions"] if i["party"]]
    assert {"Beta Institute of Science and Technology", "Gamma National University",
            "Delta Catholic University"} <= set(parties)


def test_a_state_named_after_a_comma_is_no_venue_of_the_signing():
    text = ("Under a cooperation agreement signed in Riverton on May 3, 2024, Alpha University and Beta College "
            "will seek jobs for graduates in the Republic of Freedonia.")
    assert "Republic of Freedonia" not in _names(text)


@pytest.mark.parametrize("text, name, acronym", [
    ("Alpha Medical College and Hospital (AMCH) and Indian Institute of Technology (IIT) Riverton signed an MoU "
     "on May 3, 2024. IIT will host students.", "Indian Institute of Technology (IIT) Riverton", "IIT"),
    # the acronym in the other language's word order
    ("The University of Alpha (UA) and Muhammadiyah University (UM) of Riverton have signed an MoU on May 3, "
     "2024. UM Rector John Smith thanked UA.", "Muhammadiyah University (UM) of Riverton", "UM"),
])
def test_campus_city_after_the_acronym(text, name, acronym):
    found = {i["name"]: i["aliases"] for i in extract(text, gazetteer=None)["institutions"]}
    assert acronym in found[name] and acronym not in found


def test_a_role_after_the_acronym_is_not_a_city():
    assert "Alpha University" in _names("Alpha University (AU) Rector John Smith and Beta College signed an MoU "
                                        "on May 3, 2024.")


def test_an_acronym_opening_a_longer_name_is_not_an_acronym_only_side():
    text = ("Alpha Hospitals and Beta University signed a cooperation agreement on May 3, 2024. For her part, the "
            "President of KLU San Lorem, Jane Doe, stressed its importance.")
    assert "KLU" not in [i.name for i in find_institutions(text)]
