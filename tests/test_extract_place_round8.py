"""What a place phrase adds about where the venue is (guide D2, issue 12 round 8): after the venue, a run of
', Y' parts (district, town, region, country) is kept while each is a capitalised name and the clause then
ends or goes on with a date or a preposition, or, after a known place (a country, a city of the ROR list,
'X State'), with another clause. Invented sentences in several wordings; each positive case was cut short
before this round."""

import pytest

from kg.extract import extract
from kg.extract.place_names import city_names, known_place


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    # a run of ', Y' parts after the venue, closed by a date, a preposition or the sentence's end
    ("The agreement was signed at the Lorem Hotels and Suites, Ipsum Island, Port Dolor, on Tuesday.",
     "Lorem Hotels and Suites, Ipsum Island, Port Dolor"),
    ("The MoU was signed at the Vice-Chancellor's office, Main Campus, University of Lorem.",
     "Vice-Chancellor's office, Main Campus, University of Lorem"),
    ("The MoU was signed at the Conference Room of the Faculty of Law, Alpha University, Riverton.",
     "Conference Room of the Faculty of Law, Alpha University, Riverton"),
    ("Both parties inked the accord at the Alpha Secretariat, Ipsum Road, Riverton.",
     "Alpha Secretariat, Ipsum Road, Riverton"),
    ("The agreement was signed in Riverton, Lorem State, Freedonia on Tuesday.", "Riverton, Lorem State, Freedonia"),
    ("Beta College and Alpha University signed the memorandum in Southtown, Ipsum Province, Freedonia, on 4 May 2024.",
     "Southtown, Ipsum Province, Freedonia"),
    # ... or, after a known place, by another clause or phrase
    ("The signing took place at the Beta Hall, Tampere, and was witnessed by the mayor.", "Beta Hall, Tampere"),
    ("The MoU was signed at the Alpha Palace, Graz, which hosted the summit.", "Alpha Palace, Graz"),
    ("The accord was signed at the Lotus Hotel, Riverton, Kenya, between the two institutions.",
     "Lotus Hotel, Riverton, Kenya"),
    ("The accord was inked in Riverton, Lorem Province, while the ministers looked on.", "Riverton, Lorem Province"),
    ("The MoU was signed at the Grand Hotel, Ipsum Island, to boost maritime training.", "Grand Hotel, Ipsum Island"),
    ("The memorandum was signed at Lorem House, Mombasa, as part of a week of events.", "Lorem House, Mombasa"),
    ("The signing ceremony, held at the Lotus Hotel, Graz, was attended by 100 guests.", "Lotus Hotel, Graz"),
    ("The signing ceremony, held at the Lotus Hotel in Riverton, Austria, was attended by 100 guests.",
     "Lotus Hotel in Riverton, Austria"),
    # a venue named with two plural nouns is one venue, not two places
    ("The agreement was signed at the Lorem Hotels and Suites on Tuesday.", "Lorem Hotels and Suites"),
])
def test_where_the_venue_is_kept(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text, place", [
    # (already read before this round; kept as they were)
    ("The agreement was inked at the Alpha Palace in Riverton, Lorem State, and was attended by the governor.",
     "Alpha Palace in Riverton, Lorem State"),
    ("The memorandum was signed at the Riverside Centre, Mombasa, with senior officials present.",
     "Riverside Centre, Mombasa"),
    ("The memorandum was signed in Mombasa, Kenya, as part of a week of events.", "Mombasa, Kenya"),
])
def test_where_the_venue_is_kept_as_before(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text, place", [
    # a fronted place: a bare ', Y' after it is the subject
    ("At Hall A, Alpha University and Beta College signed an MoU.", "Hall A"),
    ("At the Lotus Hotel, Alpha University, Beta College and Gamma Institute signed an MoU.", "Lotus Hotel"),
    # a person after the venue is no place
    ("The MoU was signed at Alpha Hall, John Smith, who chairs the board, said.", "Alpha Hall"),
    # an unknown name followed by another clause: not enough evidence that it says where the venue is
    ("The signing took place at the Beta Hall, Riverton, and was witnessed by the mayor.", "Beta Hall"),
    ("The MoU was signed at the Lotus Hotel, Lorem Group, and Beta Bank will fund it.", "Lotus Hotel"),
    # two bare places: each side where it was
    ("The agreement was signed in Riverton and Southtown on Tuesday.", None),
    # a description after the city is not kept
    ("The agreement was signed at the Lorem Hotel in Riverton, the capital of Freedonia.", "Lorem Hotel in Riverton"),
])
def test_what_does_not_say_where_the_venue_is_is_left_out(text, place):
    assert _place(text) == place


def test_place_evidence():
    assert "tampere" in city_names() and "ho chi minh city" in city_names()
    assert known_place("Graz") and known_place("Kenya") and known_place("Lorem State") and known_place("Ipsum Island")
    assert not known_place("Riverton") and not known_place("Alpha University") and not known_place("John Smith")
