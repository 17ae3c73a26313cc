"""Institutions on real pages, session 15: a name with a lower-case particle of its town's own language, the
story's lead found below the page's heading lines, and which sentences make a body a side: a list after 'such as'
only about the signing, a previous agreement's bodies never, a signer's body after an adjective. Invented sentences
only."""

import pytest

from kg.extract import extract
# (the same check as session 10's: each expected body exactly one drafted institution, nothing else drafted)
from tests.test_extract_institutions_session10 import _names


def _parties(text):
    return {i["name"] for i in extract(text)["institutions"] if i["party"]}


# --- a town's lower-case particle inside a name ----------------------------------------------------------
def test_name_through_a_towns_particle():
    # ('es' in a town's name, as 'de' or 'do' are: the name goes on to the town's last word)
    _names("The University of Lorem es Ipsum (ULI) has entered into a partnership with Dolor Media Group.",
           "University of Lorem es Ipsum")


# --- the lead is the first sentence with a stop, below menu, kicker and headline lines -------------------
LEAD_PAGE = ("Skip to content\n\nNews\n\nRegional universities forge closer ties in teaching and research this year\n\n"
             "Riverton (LNA) – The Lorem University in the northern province of Ipsum and Dolor Technical College "
             "inked a memorandum of understanding on cooperation on May 4.\n\n"
             "The two sides will exchange students and lecturers.")


def test_lead_below_heading_lines():
    # (the lorem side is named once, in the lead: the headline line above it has no stop and is not the lead)
    assert _parties(LEAD_PAGE) == {"Lorem University", "Dolor Technical College"}


def test_lead_is_not_a_later_background_sentence():
    # (a sentence of the story after the lead names another body once, in passing: still no side)
    text = LEAD_PAGE + " Last year Amet Polytechnic hosted a cooperation seminar on the same topic."
    assert "Amet Polytechnic" not in _parties(text)


# --- a list after 'such as' names the sides only in a sentence about the signing -------------------------
def test_listed_bodies_of_a_visit_are_no_sides():
    # (the third sentence: the first two name the sides whatever their words)
    text = ("Alpha University signed an MoU with Beta College on Monday. It covers joint research. Earlier, an "
            "Alpha delegation visited "
            "Riverton to promote academic cooperation with local universities, such as Gamma University and "
            "Delta Institute of Technology.")
    assert _parties(text) == {"Alpha University", "Beta College"}


def test_listed_members_of_a_consortium_are_sides():
    text = ("It paves the way for a consortium involving Alpha University and several universities, including "
            "Gamma University and Delta State College.")
    assert {"Gamma University", "Delta State College"} <= _parties(text)


# --- a previous agreement between two bodies is background ------------------------------------------------
def test_bodies_of_a_previous_agreement_are_no_sides():
    text = ("Alpha University signed an MoU with Beta College on Monday. The partnership is expected to support "
            "the previous agreement made between Gamma University and Delta Polytechnic on apprenticeships.")
    assert _parties(text) == {"Alpha University", "Beta College"}


# --- 'signed by A of the renowned X': an adjective between 'of the' and the signer's body -----------------
def test_signers_body_after_an_adjective():
    text = ("Two universities have agreed to work together on nursing training. It covers exchanges.\n\n"
            "The agreement was signed this "
            "morning by Rector Ann Lorem of Alpha University and Prof. Ben Ipsum of the renowned Beta Institute of Technology "
            "during the visit.")
    assert {"Alpha University", "Beta Institute of Technology"} <= _parties(text)


# --- a nationality and generic words: the town after the comma says which body ----------------------------
def test_nationality_name_keeps_its_town():
    _names("Lorem Skill Mission signed an MoU with the Loremian Institute of Technology, Riverton, for technical "
           "cooperation.", "Loremian Institute of Technology, Riverton")


# --- a capitalised name's words all in lower case are no mention of it ------------------------------------
def test_lower_case_words_are_no_mention():
    text = ("Alpha University and Beta College signed an MoU on Monday on digital economy and digital society "
            "foundation courses.\n\nIt covers teaching. In 2001, the Digital Society Foundation opened a library.")
    assert _parties(text) == {"Alpha University", "Beta College"}
