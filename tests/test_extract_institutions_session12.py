"""Institutions on real pages, session 12: sides written only as an acronym, and units named through their
owner. Each construction is probed with invented wordings and with negative cases where the same shape
names no side. Invented sentences only."""

import pytest

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
