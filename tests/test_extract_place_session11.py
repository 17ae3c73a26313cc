"""Place shapes of session 11 (issue 12), classified from a fresh reading sample and written against
invented sentences: a venue named after a person keeps its title ('at Prof. A B Virtual Classroom'),
and a title cut at its full stop is never a place; a ', Y' part after the place is kept when a purpose
infinitive follows ('in Lucban, Quezon to offer ...'). Each positive case gave another place (or
'Prof'/'Dr') before this change."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    ("The MoU was signed today at Prof. Abc Def Virtual Classroom of AU.", "Prof. Abc Def Virtual Classroom of AU"),
    ("The agreement was signed at the Dr. Lorem Ipsum Auditorium on Monday.", "Dr. Lorem Ipsum Auditorium"),
    ("Alpha University and Beta College signed an MoU at Dr. A. B. Lorem Hall on 3 May 2024.", "Dr. A. B. Lorem Hall"),
    ("The signing ceremony was held in the Prof. Karl Lund Conference Room of Alpha University.",
     "Prof. Karl Lund Conference Room of Alpha University"),
    ("The memorandum was signed on Friday in the Dr. Karl Lund Library.", "Dr. Karl Lund Library"),
    ("The agreement was inked in Prof. Anna Berg Seminar Room 2 yesterday.", "Prof. Anna Berg Seminar Room 2"),
    # a purpose infinitive after the last part of the place ends the clause
    ("Alpha College and Beta State University have officially signed the Memorandum of Agreement on April 3, 2024 "
     "in ABSU Lorem, Ipsum to offer graduate programs.", "ABSU Lorem, Ipsum"),
    ("The agreement was signed at Alpha University, Riverton to boost exchange.", "Alpha University, Riverton"),
    ("The MoU was signed in Riverton, Lorem to offer joint degrees.", "Riverton, Lorem"),
])
def test_session11_place_shapes(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text, place", [
    # a person after 'at'/'in' is no venue, with or without the title's full stop
    ("The MoU was signed at Prof. Lund's invitation on Monday.", None),
    ("The MoU was signed in Dr. Karl Lund's presence on Monday.", None),
    ("The MoU was signed at Mr. Lund's request by both rectors.", None),
    ("At the invitation of Prof. Karl Lund, the two universities signed an MoU.", None),
    ("The agreement was signed at Dr. Karl Lund's office on Monday.", "Dr. Karl Lund's office"),
    # 'to' followed by a noun phrase is no purpose: the ', Y' after it may be anything
    ("The MoU was signed in Riverton, Lorem Agency to the surprise of many.", "Riverton"),
    ("The agreement was signed in Riverton, Alpha University to be the lead partner.", "Riverton"),
])
def test_session11_place_limits(text, place):
    assert _place(text) == place
