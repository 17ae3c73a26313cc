"""Institutions on real pages, session 11: a side of the signing whose name ends in a word the name rules
do not read as an institution's head (a council or centre of its own, a government department, a company
named for its trade, a trust, a government written in lower case). Each construction is probed with
invented wordings (word order, case, punctuation, press English of several countries), and with negative
cases where the same words name a unit, a generic phrase or a person. Invented sentences only."""

import pytest

from kg.extract import extract
# (the same check as session 10's: each expected body exactly one drafted institution, nothing else drafted)
from tests.test_extract_institutions_session10 import _check


# --- a side of the signing named by a body head the name rules leave to units ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("A new MoU has been signed by the Department of Health and the University of Loremia, renewing their work.",
     [["Department of Health"], ["University of Loremia"]]),
    ("The Loremia government and the Ipsonian Council on Thursday signed a Memorandum of Understanding.",
     [["Loremia government"], ["Ipsonian Council"]]),
    ("It said the MoU between the Ipsonian Council and Loremia State Council for Higher Education is aimed at "
     "deeper links.",
     [["Ipsonian Council"], ["Loremia State Council for Higher Education"]]),
    ("The Mexican government signed a deal with the University of Loremia on Thursday.",
     [["Mexican government"], ["University of Loremia"]]),
    ("The agreement was signed by Zentrix Systems and the Varro Trusts in the capital.",
     [["Zentrix Systems"], ["Varro Trusts"]]),
    ("An MoU between Quorvane Technologies and the Loremian Department of Skills and Employment aims to train "
     "welders.",
     [["Quorvane Technologies"], ["Loremian Department of Skills and Employment"]]),
    ("The president of the university signed a cooperation agreement between the university and Zentrix Systems "
     "in the field of research.",
     [["Zentrix Systems"]]),
    ("Sitvale Cancer Centre and the Ipsum Cancer Council have signed a memorandum to train nurses.",
     [["Sitvale Cancer Centre"], ["Ipsum Cancer Council"]]),
    ("The Kenyan government and Quorvane Technologies Ltd on Monday inked a deal on solar power.",
     [["Kenyan government"], ["Quorvane Technologies Ltd", "Quorvane Technologies"]]),
    ("A memorandum of understanding (MoU) was signed between the Department of Agriculture and the Varro "
     "Growers Trust on Friday.",
     [["Department of Agriculture"], ["Varro Growers Trust"]]),
    # a dateline before the subject; a territory's 'and' inside the department's name
    ("LOREMPUR: Department of Skill Development Dolor and Sit today inked a Memorandum of Understanding (MoU) "
     "with Amet Institute of Technology to train staff.",
     [["Department of Skill Development Dolor and Sit"], ["Amet Institute of Technology"]]),
    # a list of partners after 'with'
    ("Dolor Technical University has signed a Memorandum of Understanding with Zentrix Academy, Ipsa Labs, and "
     "Quorvane Technologies.",
     [["Dolor Technical University"], ["Zentrix Academy"], ["Ipsa Labs"], ["Quorvane Technologies"]]),
    # what kind of body, before its name
    ("AMET Polytechnic has signed a three-year MOU with Nasdaq-listed US firm Quorvane Technologies to offer "
     "internships.",
     [["AMET Polytechnic"], ["Quorvane Technologies"]]),
    ("IPSUMVILLE/2021: Lorem Pradesh on Friday inked a memorandum of understanding (MoU) with Varro Trusts to "
     "work on rural livelihoods.",
     [["Varro Trusts"]]),
    ("A memorandum of understanding was inked between the Department of Technical Education and the Dolor "
     "Chamber of Commerce on Friday.",
     [["Department of Technical Education"], ["Dolor Chamber of Commerce"]]),
    # joint work the sentence's agreement sets up
    ("Zentrix Systems and Dolor University have partnered under an MoU to build labs.",
     [["Zentrix Systems"], ["Dolor University"]]),
    ("The Kenyan government and Quorvane Technologies will cooperate under a new agreement.",
     [["Kenyan government"], ["Quorvane Technologies"]]),
    ("Ipsa Labs and Amet College have teamed up to train coders, under a memorandum of understanding.",
     [["Ipsa Labs"], ["Amet College"]]),
])
def test_body_heads_as_signing_sides(text, expected):
    _check(text, expected)


# --- the same words where they name a unit, a kind of body, or no side at all ---------------------------
@pytest.mark.parametrize("text, expected", [
    # a university's department: a subject, not a portfolio
    ("A new MoU has been signed by the Department of Physics and the University of Loremia.",
     [["University of Loremia"]]),
    # a centre owned by a named university
    ("Dolor University signed an agreement with the Asian Studies Centre of Amet University.",
     [["Dolor University"], ["Amet University"]]),
    # a generic phrase: no word of its own
    ("Dolor University signed an agreement with Learning Management Systems providers on Monday.",
     [["Dolor University"]]),
    ("Dolor University signed an agreement with the federal government on Monday.",
     [["Dolor University"]]),
    # no signing in the sentence: the shape says nothing
    ("Dolor University signed an MoU with Amet College. Zentrix Systems and Dolor University have worked "
     "together for years.",
     [["Dolor University"], ["Amet College"]]),
    # the body's possessive names its unit
    ("Dolor University's Research Council and Amet College signed an agreement.",
     [["Dolor University"], ["Amet College"]]),
    # a pair whose other side is no body: the whole subject is one name, not cut at its 'and'
    ("The Department of Physics and Chemistry signed an MoU with Dolor University.",
     [["Dolor University"]]),
    # a role holder and a list: people, not bodies
    ("Dolor University signed an MoU with Amet College, Prof. Lorem Ipsum Centre director said.",
     [["Dolor University"], ["Amet College"]]),
    # past joint work is background
    ("Zentrix Systems and Dolor University have worked together for years on an agreement basis.",
     [["Dolor University"]]),
])
def test_body_heads_not_sides(text, expected):
    _check(text, expected)


# --- a person's name read into a body's name ('Rector of the X University Sok Dara'), cut off after the
# people are found: the cut form is the body already drafted, one entry -------------------------------------
PERSON_CUT_FROM_A_BODY_JOINS_ITS_TWIN = [
    ("Dolor University signed an MoU with the Royal University of Loremia on May 2. Rector of the Royal "
     "University of Loremia Sok Vanna affirmed the ties.",
     [["Dolor University"], ["Royal University of Loremia"]]),
    ("Kien Lorem University signed a memorandum with Cambodia’s Royal University of Ipsum and Chea Dolor "
     "University of Sitvale. Rector of the Royal University of Ipsum Chet Vanna affirmed the ties.",
     [["Kien Lorem University"], ["Royal University of Ipsum"], ["Chea Dolor University of Sitvale"]]),
    ("Amet Polytechnic signed an agreement with the National University of Sitvale on Monday. Rector of the "
     "National University of Sitvale Heng Sopheak welcomed the guests.",
     [["Amet Polytechnic"], ["National University of Sitvale"]]),
]


def test_two_bodies_with_close_names_stay_two():
    _check("The University of Loremia signed an MoU with the Royal University of Loremia. Rector of the Royal "
           "University of Loremia Sok Vanna affirmed the ties.",
           [["University of Loremia"], ["Royal University of Loremia"]])


# --- a trust, and hospitals in the plural, are institutions' heads: 'University Hospitals of X NHS Foundation
# Trust' is one name, not cut to its last words ---------------------------------------------------------------
TRUST_AND_HOSPITALS_HEADS = [
    ("Leaders from University Hospitals of Ipsum Bay NHS Foundation Trust attended a ceremony at Dolor University "
     "to sign a Memorandum of Understanding.",
     [["University Hospitals of Ipsum Bay NHS Foundation Trust"]]),
    ("University Hospitals of Amet NHS Trust chair Jane Roe and Dolor University's Vice-Chancellor signed the "
     "agreement.",
     [["University Hospitals of Amet NHS Trust"], ["Dolor University"]]),
    ("A memorandum was signed on Monday. It binds the Sitvale University Hospitals Trust and Dolor University "
     "for five years.",
     [["Sitvale University Hospitals Trust"], ["Dolor University"]]),
]


# --- an Indonesian regency is a kind of territory: its government written with 'District' or 'Regency' is
# one body -----------------------------------------------------------------------------------------------------
REGENCY_GOVERNMENT_VARIANTS = [
    ("Lorem Institute of Technology signed an MoU with the Sitvale District Government on Monday. The rector "
     "welcomed the signing of the MoU with the Sitvale Regency Government.",
     [["Lorem Institute of Technology"], ["Sitvale District Government"]]),
    ("The Amet Regency Government signed a memorandum with Dolor University. Officials of the Amet District "
     "Government attended.",
     [["Amet Regency Government"], ["Dolor University"]]),
]


# --- a post is no body: 'ABC Regent and XYZ Rector after MoU Signing' (a caption), 'with the Governor of X' ---
POSTS_ARE_NOT_SIDES = [
    ("Sitvale Regent and DU Rector after MoU Signing\nRector of Dolor University (DU) signed a memorandum of "
     "understanding (MoU) with the Regent of Sitvale at the DU Guest House.",
     [["Dolor University"]]),
    ("ABCR Governor and DU Rector after the MoU signing\nThe Rector of Dolor University (DU) signed an MoU with the "
     "Governor of Ipsum.",
     [["Dolor University"]]),
]


# --- a person with a middle initial before 'and' ('Diosdado P. Lorem and ...'): the initial's period is no
# sentence's end, so the surname is no side ------------------------------------------------------------------
MIDDLE_INITIAL_SURNAME_IS_NO_SIDE = [
    ("The Agreement signed by ALC President, Prof. Dr. Diosdado P. Varrona and SVSU President, Dr. Frederick T. "
     "Lorem, heralds a new era. The Amet Lorem College (ALC) and Sitvale Valley State University (SVSU) signed "
     "the MOA.",
     [["Amet Lorem College"], ["Sitvale Valley State University"]]),
    ("The MoA was signed by Maria L. Santos and DU President Jose Cruz. Dolor University (DU) and Amet College "
     "signed it.",
     [["Dolor University"], ["Amet College"]]),
]


def test_acronym_spelling_every_word_despite_degree_look_alike():
    """'(MSC)' after a name it spells is the name's acronym, though 'MSc' is also a degree."""
    drafted = extract("The Marvel State College (MSC) and Dolor University signed the MOA.", gazetteer=None)
    assert ["MSC"] in [i["aliases"] for i in drafted["institutions"]]
    drafted = extract("Amet College signed an MoU with the University of Kent (UK) on Monday.", gazetteer=None)
    assert all("UK" not in i["aliases"] for i in drafted["institutions"])


# (the groups above, each read as one entry per body)
@pytest.mark.parametrize("text, expected", PERSON_CUT_FROM_A_BODY_JOINS_ITS_TWIN
                         + TRUST_AND_HOSPITALS_HEADS
                         + REGENCY_GOVERNMENT_VARIANTS
                         + POSTS_ARE_NOT_SIDES
                         + MIDDLE_INITIAL_SURNAME_IS_NO_SIDE)
def test_one_entry_per_body(text, expected):
    _check(text, expected)
