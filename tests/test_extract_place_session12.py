"""Place shapes of session 12 (issue 12), from the f12-read sample, written against invented sentences:
a room within the building it is in ('the Lotus Room within Riverton City Hall'); a city with its place set
beside it (', capital of east Freedonia's Lorem province'); a visit whose visitor is named between 'visit' and
'to' ('the visit of the Alpha delegation to Ipsum Province'); an event still to come ('training to be held in
X') is no signing; a name that modifies the occasion ('at the Alpha signing') is no venue (guide D2)."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    # the building a room is in
    ("The signing ceremony took place at the Lotus Room within Riverton City Hall.", "Lotus Room within Riverton City Hall"),
    ("The MoU was signed on 3 May 2024 at the Dolor Room inside the Senate Building of Alpha University.",
     "Dolor Room inside the Senate Building of Alpha University"),
    # a city and the capital it is, set beside it
    ("Alpha Corporation and Beta Group signed a strategic agreement on Aug 30 in Riverton, capital of east "
     "Freedonia's Lorem province.", "Riverton, capital of east Freedonia's Lorem province"),
    ("The agreement was signed on 3 May in Riverton, the capital of Lorem, by both rectors.",
     "Riverton, the capital of Lorem"),
    # the visitor named between 'visit' and 'to'
    ("During the visit of the delegation from Alpha University to Ipsum Province, a memorandum was signed between "
     "the two universities.", "Ipsum Province"),
    ("The MoU was signed during a trip by the rector of Alpha University to Lorem Province.", "Lorem Province"),
])
def test_session12_place_shapes(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # 'to be held in X': an activity still to come under the agreement, not the signing
    "The ceremony on Wednesday was hosted by the director-general. Among the areas of the memorandum are "
    "training courses to be held in Alpha University, elective courses for master's levels in Alpha University, "
    "and joint research.",
    # a name before the occasion's noun modifies it: no venue is named
    "Other members of the delegation in attendance at the Alpha signing were the deans of Beta College.",
    "The rector of Beta College signed the MoU at the Alpha University ceremony on Monday.",
])
def test_session12_no_place(text):
    assert _place(text) is None


@pytest.mark.parametrize("text, place", [
    # the visit the account opens with, its signing told after it (the lead may summarise the signing first)
    ("Alpha University and Beta College signed a memorandum, the Lorem News reports. The delegation of Alpha "
     "University visited the farm of Beta College within the framework of the visit to Ipsum Province. Then a "
     "meeting was held. In the end, a memorandum on joint cooperation was signed between the two.", "Ipsum Province"),
    # another errand, or another time, is not the visit of the signing
    ("Alpha University signed an MoU with Beta College. Its lecturers went to Ipsum Province to do research. "
     "During the signing ceremony, the rectors spoke.", None),
    ("Alpha University signed an MoU with Beta College. The rector visited Ipsum Province last year. "
     "The MoU was signed by both rectors.", None),
])
def test_session12_visit_before_the_signing(text, place):
    assert _place(text) == place


def test_session12_ceremony_which_was_held_online():
    # 'the ceremony, which was held online': each side signed where it was (guide D2)
    text = ("The MoU was signed in Riverton by the rectors of Alpha University and Beta College. The signing ceremony, "
            "which was held online, was attended by 50 guests.")
    assert _place(text) is None


@pytest.mark.parametrize("text, place", [
    # the first of a list of bare names is where people are from, not the venue; the party's premises then are
    ("The rector hosted officials of the Lorem Association in Riverton, Southtown and Westshire, when the MoU was "
     "signed at the institution last week.", "the institution"),
    ("The MoU was signed in Riverton, Southtown and Westshire by the three governors.", None),
    # a venue noun keeps the venue before a list of parties
    ("At Hall A, Alpha University, Beta College and Gamma Institute signed an MoU.", "Hall A"),
])
def test_session12_list_of_places(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text, place", [
    # 'here' with the day after it, however long the parties' names before it; an agency's dated bracket
    # after the dateline town
    ("LOREM IPSUM, (Dolor News / APP - 21st Feb, 2024) A Memorandum of Understanding has been signed between "
     "Alpha University and the Government Beta College for Women Riverton, Freedonia here on Wednesday.",
     "LOREM IPSUM"),
    # no 'here': the dateline is where the story was filed (guide D2)
    ("LOREM IPSUM, (Dolor News / APP - 21st Feb, 2024) Alpha University and Beta College signed a Memorandum of "
     "Understanding on Wednesday.", None),
])
def test_session12_signed_here_under_an_agency_dateline(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text, place", [
    # on the sidelines of an event, the event's place; its bracketed acronym is no body's
    ("The protocol was signed by the Minister of Lorem Affairs, Anna Berg, on the sidelines of the Ipsum "
     "biodiversity summit (COP15) in Canada.", "Canada"),
    # the bracket abbreviates the agreement, not a body in that town
    ("The agreement was formalised through the signing of a Memorandum of Understanding (MoU) in Riverton.",
     "Riverton"),
    # a body's acronym before 'in X': where that body is
    ("Alpha University signed an MoU with the Beta Institute of Lorem (BIL) in Riverton.", None),
])
def test_session12_bracket_before_in(text, place):
    assert _place(text) == place


def test_session12_a_list_after_the_place_that_is_the_subject():
    # the names after the comma sign: they are the subject, not more places
    assert _place("In Riverton, Alpha University and Beta University signed an MoU on 5 March 2024.") == "Riverton"
