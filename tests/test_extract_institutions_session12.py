"""Institutions on real pages, session 12: sides written only as an acronym, and units named through their
owner. Each construction is probed with invented wordings and with negative cases where the same shape
names no side. Invented sentences only."""

import pytest

from kg.extract import extract

# (the same check as session 10's: each expected body exactly one drafted institution, nothing else drafted)
from tests.test_extract_institutions_session10 import _check


# --- a side written only as its acronym ----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # 'concluded' an agreement is signing it
    ("On May 2nd 2019, LTU and the University of Ipsum concluded a Memorandum of Understanding to open a lab.",
     [["LTU"], ["University of Ipsum"]]),
    ("Dolor Polytechnic and ILU concluded an agreement on student exchange.",
     [["Dolor Polytechnic"], ["ILU"]]),
    # an acronym opening a headline or a sentence, with the verb in title case or not
    ("LTU Signs an MOU with Dolor Polytechnic in Ipsumia\n\nOn March 3rd an MOU was signed online with Dolor "
     "Polytechnic.",
     [["LTU"], ["Dolor Polytechnic"]]),
    ("ILU Inks Cooperation Deal with Dolor Polytechnic\n\nThe two schools will exchange students.",
     [["ILU"], ["Dolor Polytechnic"]]),
])
def test_acronym_side(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # a line in capitals: 'POLYTECHNIC' is a word, not an acronym
    ("POLYTECHNIC SIGNS MOU WITH DOLOR UNIVERSITY\n\nDolor University signed an MoU with Lorem Polytechnic.",
     [["Dolor University"], ["Lorem Polytechnic"]]),
    # the agreement's own acronym concluding something is no side
    ("Dolor University and Ipsum College signed an MoU. The MOU concluded a decade of talks.",
     [["Dolor University"], ["Ipsum College"]]),
])
def test_no_acronym_side(text, expected):
    _check(text, expected)


# --- a unit named through its owner: 'its Institute of ...', "the university's Institute of ...", 'Lorem
# University Institute of ...' (guide D4: a unit is no institution, its roles are the owner's) --------------
def _roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]]
            for p in extract(text, gazetteer=None)["people"]}


@pytest.mark.parametrize("text, expected", [
    ("The University of Loremia, through its Institute of Applied Ipsum (IAI), has signed a Memorandum of "
     "Understanding with the Dolor Regulatory Authority (DRA).",
     [["University of Loremia"], ["Dolor Regulatory Authority"]]),
    ("Ipsum University has signed an agreement with Sitvale Hospital. The deal was welcomed by Dr. Ann Vale, "
     "Dean of the Ipsum University Institute of Health.",
     [["Ipsum University"], ["Sitvale Hospital"]]),
    ("Ipsum University signed an MoU with Sitvale Hospital on Monday. The deal, signed by Dr. Ann Vale, Dean of "
     "the university's respected Institute of Nursing, was welcomed.",
     [["Ipsum University"], ["Sitvale Hospital"]]),
])
def test_unit_named_through_owner(text, expected):
    _check(text, expected)


def test_unit_role_goes_to_owner():
    text = ("The University of Loremia, through its Institute of Applied Ipsum (IAI), has signed a Memorandum of "
            "Understanding with the Dolor Regulatory Authority (DRA). The MoU was signed on behalf of the "
            "University of Loremia by Prof. Mark Tullo, Pro Vice-Chancellor, and Dr. Ann Vale, Acting Director of IAI.")
    roles = _roles(text)
    assert roles["Ann Vale"] == [("Acting Director", "University of Loremia")], roles
    # ('on behalf of the University by A and B': both sign for it, neither for the other side)
    assert roles["Mark Tullo"] == [("Pro Vice-Chancellor", "University of Loremia")], roles


@pytest.mark.parametrize("text, expected", [
    # an institute that signs in its own name, owned by nobody the text names
    ("Ipsum University signed an MoU with the Institute of Dolor Studies on Monday.",
     [["Ipsum University"], ["Institute of Dolor Studies"]]),
    # 'its' pointing at a country: the institute is not the country's unit
    ("Loremia and its Institute of Ipsum Research signed an agreement with Sitvale University.",
     [["Institute of Ipsum Research"], ["Sitvale University"]]),
])
def test_institute_of_its_own(text, expected):
    _check(text, expected)


# --- the lead sentence names a body only to describe a side or what the agreement is for ------------------
@pytest.mark.parametrize("text, expected", [
    ("Loremia State University (LSU) and Ipsum HealthCare Limited (IHL), which operates Dolor Adventist Hospital "
     "(the Dolor) and Sitvale Day Surgery, have signed a Master Relationship Agreement.",
     [["Loremia State University"], ["Ipsum HealthCare Limited"]]),
    ("The Sitvale county government has signed a memorandum of understanding with Ipsum Technical University to "
     "fast track the establishment of Dolor Friends University of Science.",
     [["Sitvale county government"], ["Ipsum Technical University"]]),
])
def test_body_described_in_lead(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # the sides named after the purpose
    ("An MoU to promote joint research was signed by Ipsum Technical University and Dolor Polytechnic.",
     [["Ipsum Technical University"], ["Dolor Polytechnic"]]),
    ("Ipsum Technical University signed an agreement to cooperate with Dolor Polytechnic on robotics.",
     [["Ipsum Technical University"], ["Dolor Polytechnic"]]),
])
def test_sides_after_a_purpose(text, expected):
    _check(text, expected)


# --- a hospital and the NHS trust that runs it: one name -------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Loremton General Hospital NHS Trust and University of Ipsum have today announced a research agreement.",
     [["Loremton General Hospital NHS Trust"], ["University of Ipsum"]]),
    ("Ipsum Hospitals NHS Foundation Trust (IHT) has signed an MoU with Dolor University.",
     [["Ipsum Hospitals NHS Foundation Trust"], ["Dolor University"]]),
])
def test_hospital_nhs_trust(text, expected):
    _check(text, expected)


def test_university_foundation_stays_apart():
    # (a university's foundation is a body of its own: guide D4)
    _check("Dolor University and the Dolor University Foundation signed an agreement with Sitvale Hospital.",
           [["Dolor University"], ["Dolor University Foundation"], ["Sitvale Hospital"]])
