"""Place, date and area shapes found behind the misses on a fourth batch of real pages (issue 12,
round 4), each written as an invented sentence of the same shape."""

import pytest

from kg.extract import extract


def _agreement(text):
    return extract(text, gazetteer=None, area_model=None)["agreement"]


@pytest.mark.parametrize("text, place", [
    # a numbered room: 'No.' does not end the name
    ("On 5 March 2024, the signing ceremony between Alpha University and Beta Institute was held at the "
     "Meeting Room No. 3, AU.", "Meeting Room No. 3, AU"),
    # the rector's building, and where it is
    ("The memorandum between Alpha University and Beta School was signed in Rectorate in Riverton.",
     "Rectorate in Riverton"),
    # 'inside' a venue of a body
    ("Alpha University and Beta College signed the MoU inside the atrium of the BC on 5 March 2024.",
     "the atrium of the BC"),
    # the country after the venue's owner
    ("Alpha University and Beta University signed an MoU on Thursday at the Lorem Campus, BU, in Freedonia, "
     "marking a new step.", "Lorem Campus, BU, in Freedonia"),
    # a room inside a building on a campus
    ("At the Lorem Auditorium in Ipsum Hall on Alpha University’s main campus, Alpha University and Beta "
     "University signed an MoU.", "Lorem Auditorium in Ipsum Hall on Alpha University’s main campus"),
    # the town described by where it lies, when no name is given there
    ("A signing ceremony for an MoU between Alpha Province and Beta Company took place in the northern "
     "province on 5 March.", "the northern province"),
    ("Alpha Province and Beta State signed an MoU at a ceremony in the Freedonian southern locality on 5 March.",
     "the Freedonian southern locality"),
])
def test_place_shapes(text, place):
    assert _agreement(text)["place"] == place


@pytest.mark.parametrize("text", [
    # a ceremony held online: each side where it was
    "Rector A of Alpha University and Rector B of Beta University signed the agreement in a ceremony held "
    "online this week, which was attended by the Consul-General in Riverton Lorem Ipsum.",
    # what the agreement is for after 'entered into'
    "Alpha University and Beta Hospital on Monday entered into an MoU to collaborate on research and the "
    "development of a clinic on the university campus.",
    # a scheme's name after 'in the', not a venue
    "Alpha University signed an MoU with Beta University for volunteer activities in the Lorem School programme.",
])
def test_no_place(text):
    assert _agreement(text)["place"] is None


@pytest.mark.parametrize("text", [
    # a visit before the signing, and one to carry out an earlier agreement
    "Alpha University and Beta University signed an MoU on 5 March 2024. The signing of the MoU comes after "
    "the AU delegation visited Gamma University to discuss collaborations.",
    "On 5 March 2024, the president of Alpha University visited and worked with Beta University on "
    "implementing the details of the MoU signed by both parties at the start of the year.",
    # an event of its own the parties held, told without the agreement
    "Alpha University and Beta University signed an MoU on 5 March 2024. In August 2017, the two jointly held "
    "the 1st Symposium on Lorem Studies in Riverton.",
])
def test_no_place_from_another_visit_or_event(text):
    assert _agreement(text)["place"] is None


def test_no_place_from_a_dated_earlier_visit():
    text = ("Alpha University and Beta University signed an MoU on 5 March 2025. In December 2022, Professor "
            "Lorem visited Beta University to strengthen the collaboration.")
    assert _agreement(text)["place"] is None


def test_no_place_from_a_later_visit_told_apart():
    text = ("On Thursday, March 27, 2025, Alpha University and Beta University signed an academic exchange "
            "agreement. Ten graduate students from Beta University visited Alpha University and toured its labs.")
    assert _agreement(text)["place"] is None


def _area_keys(text):
    return {a["iri"].rsplit("/", 1)[-1] for a in _agreement(text)["areas"]}


@pytest.mark.parametrize("text, key", [
    # links between academia and industry, however they are worded
    ("Alpha University and Beta Chamber signed an MoU on 5 March 2024 to foster industry-academia linkages.",
     "industry-links"),
    ("Alpha University and Beta Foods signed an MoU on 5 March 2024 for strengthening industrial academia links.",
     "industry-links"),
    ("Alpha University and Beta Corp signed an MoU on 5 March 2024 on university-enterprise cooperation.",
     "industry-links"),
    # trade and investment are economics
    ("Alpha Province and Beta State signed an MoU on 5 March 2024 on bilateral trade.", "economics"),
    ("Alpha Province and Beta State signed an MoU on 5 March 2024 on investment cooperation.", "economics"),
    # sharing information or data
    ("Alpha University and Beta Institute signed an MoU on 5 March 2024. The two sides will share information "
     "and run joint trials.", "academic-information"),
    ("Alpha University and Beta Hospital signed an MoU on 5 March 2024 for sharing data.", "academic-information"),
    # towns, their planning and transport
    ("Alpha City and Beta Group signed an MoU on 5 March 2024 on urban development and smart city projects.",
     "urban"),
    ("Alpha Agency and Beta University signed an MoU on 5 March 2024 covering transportation and maritime "
     "research.", "urban"),
])
def test_area_wordings_round4(text, key):
    assert key in _area_keys(text)
