"""Institutions on real pages, session 14: names in other languages cut at their own 'of', and colleges
named only as a dean's unit. Each construction is probed with invented wordings and with negative cases
where the same shape names a body. Invented sentences only."""

import pytest

# (the same check as session 10's: each expected body exactly one drafted institution, nothing else drafted)
from tests.test_extract_institutions_session10 import _check, _names


# --- a head-first name goes on after its words through the language's own 'of' ---------------------------
@pytest.mark.parametrize("text, name", [
    ("Lorem State University and Universidad Autónoma de Ipsum (UAI) have signed a memorandum of understanding.",
     "Universidad Autónoma de Ipsum"),
    ("Dolor College signed an agreement with Universidade Federal do Vale Ipsum on student exchange.",
     "Universidade Federal do Vale Ipsum"),
    # 'de las', 'de los': the article after 'de' is part of the name too
    ("Lorem City University (LCU) and Fundación Universidad de las Colinas Ipsum (UCI) have signed an MOU.",
     "Fundación Universidad de las Colinas Ipsum"),
])
def test_head_first_name_with_its_of(text, name):
    _names(text, name)


def test_head_first_name_stops_at_and():
    # (an English 'and' after the name joins another side, never the name)
    _check("Universidad Autónoma and Lorem State University signed an MoU.",
           [["Universidad Autónoma"], ["Lorem State University"]])


# --- a college named only as a dean's is a unit ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the role, a comma, then the college (press lists of a delegation)
    "Lorem University and Ipsum Academy signed an MoU, witnessed by Dr. Ann Dolor – Dean, College of Engineering, "
    "and Dr. Ben Amet – Dean, College of Business.",
    # a named college after 'Dean of the'
    "Lorem University and Ipsum Academy signed an MoU. Present were Carl Sit, Dean of the Woodley College of "
    "Education, and Dina Amet, Associate Dean of the Harlow School of Nursing.",
])
def test_dean_college_is_a_unit(text):
    _check(text, [["Lorem University"], ["Ipsum Academy"]])


def test_named_college_signing_is_a_body():
    # a named college that signs, its principal named: a body of its own
    _check("Woodley College of Education and Lorem University signed an MoU. Dr. Ann Dolor, Principal of the "
           "Woodley College of Education, said the pact was historic.",
           [["Woodley College of Education"], ["Lorem University"]])


# --- a legal form written first: 'PT Lorem Ipsum' (an Indonesian company) ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Students of Dolor University will intern at PT Lorem Ipsum Indonesia under the MoU signed by the President "
     "Director of PT Lorem Ipsum Indonesia and the Rector of Dolor University.",
     [["PT Lorem Ipsum Indonesia"], ["Dolor University"]]),
    # a dot after the legal form, a person's name after the company's
    ("Dolor University signed an MoU with PT. Amet Karya. The signing was by the Director of PT. Amet Karya, "
     "I Made Sutra, and the Rector of Dolor University.",
     [["PT. Amet Karya"], ["Dolor University"]]),
])
def test_legal_form_first(text, expected):
    _check(text, expected)


# --- a ministry known only from a minister's title is not listed (guide D3) --------------------------------
def test_ministry_from_a_title_alone_not_listed():
    _check("Lorem University and the Ipsum Institute signed an MoU. Dr. Ann Dolor, Minister of Planning, "
           "witnessed the signing.",
           [["Lorem University"], ["Ipsum Institute"]])


def test_ministry_written_is_listed():
    # the ministry written as a name: its minister witnessing keeps it, as a non-party
    _check("Lorem University and the Ipsum Institute signed an MoU in the presence of Dr. Ann Dolor, Minister of "
           "Planning. The Ministry of Planning will fund the programme.",
           [["Lorem University"], ["Ipsum Institute"], ["Ministry of Planning"]])


# --- units named with their university or hospital ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a medical faculty named with its teaching hospital, either order
    "Lorem University and Ipsum Academy signed an MoU. Present were Dr. Ann Dolor, Deputy Dean of the Faculty of "
    "Medicine Amet Hospital, and Dr. Ben Sit, Dean of Nara Hospital Faculty of Medicine.",
    # a college named right after its university
    "Lorem University and Ipsum Academy signed an MoU. Dr. Carl Amet, Associate Dean of Lorem University "
    "Global College, attended.",
])
def test_unit_named_with_its_owner(text):
    _check(text, [["Lorem University"], ["Ipsum Academy"]])


def test_hospital_alone_is_a_body():
    # a hospital that signs, no faculty around its name: a body of its own
    _check("Amet Hospital and Lorem University signed an MoU on clinical training.",
           [["Amet Hospital"], ["Lorem University"]])


def test_town_with_de_la_before_a_council():
    # a town's name in another language with 'de la' keeps its first words before 'City Council'
    _check("Lorem University and the Villanueva de la Ipsum City Council signed an agreement on internships.",
           [["Villanueva de la Ipsum City Council"], ["Lorem University"]])


def test_generic_name_after_a_is_no_body():
    # 'a Federal University': a kind of body, not a name
    _check("Lorem Foods Ltd signed an agreement with the Federal University of Ipsum. It is the first partnership "
           "between a private company and a Federal University on this scale.",
           [["Lorem Foods Ltd"], ["Federal University of Ipsum"]])
