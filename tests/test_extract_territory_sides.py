"""Sides of a signing named only by their territory (annotation guide D3), in several press wordings.

Invented sentences with real country names and invented provinces ('Lorem', 'Ipsum')."""

import pytest

from kg.extract import extract


def _parties(text):
    return {i["name"] for i in extract(text, gazetteer=None)["institutions"] if i["party"]}


def _names(text):
    return {i["name"] for i in extract(text, gazetteer=None)["institutions"]}


@pytest.mark.parametrize("text, expected", [
    # two countries as the subjects of the signing
    ("Ghana and Portugal inked a memorandum of understanding on fisheries training in Accra on Monday.",
     {"Ghana", "Portugal"}),
    ("HANOI – Vietnam and the Netherlands have signed an agreement on water management.",
     {"Vietnam", "the Netherlands"}),
    ("Chile, Peru sign MoU on mining research\nChile and Peru on Tuesday signed a memorandum on mining research.",
     {"Chile", "Peru"}),
    # provinces written with what they are, or as 'the province of X'
    ("Leaders of Lorem province and the Lao province of Ipsum on December 28 signed a Memorandum of "
     "Understanding on cooperation.", {"Lorem province", "Ipsum"}),
    ("The central province of Lorem and Thailand's Ipsum Province signed a cooperation plan for 2025-2030.",
     {"Lorem", "Ipsum Province"}),
    ("Lorem Prefecture signed a friendship agreement with Ipsum state of the US on May 2.",
     {"Lorem Prefecture", "Ipsum state"}),
    ("An agreement on trade between Kenya and Uganda was signed in Nairobi on May 2.", {"Kenya", "Uganda"}),
])
def test_territories_that_sign(text, expected):
    assert _parties(text) == expected


def test_a_territory_whose_government_is_named_is_that_body():
    text = ("Lorem province and Ipsum Oblast signed an MoU on tourism. The People's Committee of Lorem will "
            "send a delegation. Chairman of the Lorem People's Committee Nguyen Van An signed for Lorem.")
    names = _names(text)
    assert "Lorem province" not in names and "Ipsum Oblast" in _parties(text)
    assert any("Committee" in n for n in _parties(text)), names


@pytest.mark.parametrize("text", [
    # cooperation the agreement furthers, not the sides of the signing
    "Alpha University signed an MoU with Beta College. It deepens the cooperation between Vietnam and Laos.",
    # a country that is no subject of the signing
    "Alpha University of Ghana and Beta College signed an MoU. Ghana and Portugal are old friends.",
    # background later in the story
    ("Alpha University signed an MoU with Beta College on May 2. The two schools will exchange staff. They will "
     "hold a workshop. They will share data. They will write papers. In 2015, Japan and Korea signed a treaty."),
])
def test_no_territory_side_from_background(text):
    assert not {"Vietnam", "Laos", "Ghana", "Portugal", "Japan", "Korea"} & _names(text)


@pytest.mark.parametrize("text", [
    "The chairman said the Ipsum provincial People's Committee signed a letter of intent with Lorem province "
    "during the official visit by the minister.",
    "Alpha University signed a cooperation agreement with Lorem province during the governor's trip to Hanoi.",
])
def test_a_province_signed_with_before_the_match(text):
    assert "Lorem province" in _parties(text)


@pytest.mark.parametrize("text, expected", [
    # a known city as a side, with where it is after it ('..., South Korea', 'the X in Y, Z')
    ("NAIROBI – Nairobi and Busan, South Korea have signed a memorandum of understanding on smart transport.",
     {"Nairobi", "Busan"}),
    ("The coastal city of Lorem and the Porto in Norte, Portugal signed a friendship agreement on May 2.",
     {"Lorem", "Porto"}),
    # 'the <adjective> city of X', two words before 'province of', 'Representatives of' before the pair
    ("Representatives of the North Western province of Lorem and the Chilean city of Valparaíso signed an "
     "agreement to set up friendly ties on October 2.", {"Lorem", "Valparaíso"}),
    # a possessive written with the apostrophe alone ("Laos' ")
    ("The northern province of Lorem and Laos’ Ipsum province signed their cooperation agreement for 2025-2030.",
     {"Lorem", "Ipsum province"}),
])
def test_cities_and_provinces_that_sign(text, expected):
    assert _parties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body and a territory written with what it is
    ("The Ministry of Fisheries (MoF) and Norway's Lorem county signed a memorandum on aquaculture on May 2.",
     {"Ministry of Fisheries", "Lorem county"}),
    # a country first, then a body after 'the'
    ("Kenya and the Global Ipsum Research Institute (GIRI) on June 3 inked a memorandum on maize breeding.",
     {"Kenya", "Global Ipsum Research Institute"}),
])
def test_a_territory_beside_a_body(text, expected):
    assert _parties(text) == expected


def test_a_bare_country_after_a_body_and_is_no_side():
    # 'Lorem Bank and Kenya signed': without 'province'/'state' the country may end the body's name; not drafted here
    assert "Ghana" not in _parties("The Lorem Trade Council of Ipsum and Ghana signed an accord on cocoa on May 2.")
