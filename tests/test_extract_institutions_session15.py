"""Institutions on real pages, session 15: a name with a lower-case particle of its town's own language, the
story's lead found below the page's heading lines, and ... Invented sentences only."""

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
