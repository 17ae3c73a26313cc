"""Place shapes of session 11 (issue 12), classified from a fresh reading sample and written against
invented sentences: a venue named after a person keeps its title ('at Prof. A B Virtual Classroom'),
and a title cut at its full stop is never a place; a ', Y' part after the place is kept when a purpose
infinitive follows ('in Lucban, Quezon to offer ...'); a party's town and state set off by commas
('with Alpha University, Owo, in Lorem State') and a visit to a town or a body ('during a visit to
Riverton') give no place (guide D2). Each positive case gave another place (or 'Prof'/'Dr') before
this change."""

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


@pytest.mark.parametrize("text", [
    # a party's town, then 'in' its state: where the party is
    "The government has signed an MoU with Alpha University, Owo, and the Federal Medical Centre (FMC), Owo, in "
    "Lorem State.",
    "Beta College has signed an agreement with Alpha University, Riverton, in Lorem State, to train nurses.",
    "The ministry signed a memorandum with the Federal Polytechnic, Ede, in Ipsum State.",
    "Alpha University, Ile-Ife, in Lorem State, has signed an MoU with Beta College.",
    # a visit to a town, a country or a body is no place of the signing (guide D2)
    "During a working visit to Riverton, Alpha University and Beta College signed an MoU.",
    "The rector of Alpha University, on a visit to Riverton, signed the agreement with Beta College.",
    "During the visit to Beta College in Riverton, the delegation signed a memorandum of understanding.",
    "Alpha University's delegation paid a courtesy visit to Beta College in Riverton and signed an MoU.",
    "As part of a three-day visit to Lorem, Dr. Anna Berg signed an MoU with Beta College.",
    "The delegation visited Alpha University's campus in Riverton. The MoU was signed during the visit.",
])
def test_session11_no_place_from_an_address_or_a_visit(text):
    assert _place(text) is None


@pytest.mark.parametrize("text, place", [
    ("Alpha University and Beta College signed the MoU in Lorem State on Monday.", "Lorem State"),
    ("The MoU was signed by Anna Berg, Rector, in Riverton on Monday.", "Riverton"),
    ("The agreement was signed on Monday, March 3, in Riverton.", "Riverton"),
    ("The agreement was signed at Hall A, Alpha University, Riverton, in Lorem State.",
     "Hall A, Alpha University, Riverton, in Lorem State"),
    ("During his visit to Riverton, the minister signed the agreement at the Grand Hotel.", "Grand Hotel"),
    ("On a visit to Lorem, the rector signed the agreement in Riverton with Beta College.", "Riverton"),
    ("The MoU was signed in Riverton during the rector's visit.", "Riverton"),
])
def test_session11_signing_place_beside_an_address_or_a_visit(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text, place", [
    # the act told in other words
    ("The two institutions put pen to paper at Beta House on Friday.", "Beta House"),
    ("The agreement was initialled at Alpha University on Monday.", "Alpha University"),
    # the venue told by the noun 'venue'
    ("Alpha University's Council Room was the venue of the signing of the MoU.", "Alpha University's Council Room"),
    ("The venue for the signing ceremony was Beta Hall.", "Beta Hall"),
    ("The venue for the MoU signing ceremony was the Riverton Grand Hotel, where both delegations met.",
     "Riverton Grand Hotel"),
    ("Alpha University and Beta College signed an MoU on Monday. Senate Hall served as the venue for the signing "
     "ceremony.", "Senate Hall"),
    # not a venue: a description, a later signing, a gesture
    ("The venue of the signing ceremony was decorated with flags. Alpha University and Beta College signed the MoU "
     "on Monday.", None),
    ("Alpha University and Beta College signed the MoU on Monday. The venue for the next signing ceremony will be "
     "Riverton.", None),
    ("Alpha University and Beta College signed an MoU on Monday. Prof. Anna Berg put pen to paper to thank the "
     "guests in Riverton.", None),
])
def test_session11_venue_and_other_words_for_signing(text, place):
    assert _place(text) == place
