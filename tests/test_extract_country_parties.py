"""Countries and their governments as the sides of a signing (annotation guide D3), read with the country
list (countries.tsv, demonyms.tsv) rather than one page's wording. Invented sentences with real country
names; universities and companies are made up."""

import pytest

from kg.extract import extract
from kg.extract.country_bodies import country_of


def _institutions(text):
    return {i["name"]: i for i in extract(text, gazetteer=None, area_model=None)["institutions"]}


def _parties(text):
    return {name for name, i in _institutions(text).items() if i["party"]}


@pytest.mark.parametrize("text, expected", [
    ("The governments of Ghana and Kenya signed a memorandum of understanding on teacher training.",
     {"Ghana", "Kenya"}),
    ("Ghana has signed a memorandum of understanding with the University of Lorem to train nurses.",
     {"Ghana", "University of Lorem"}),
    ("Lorem University has signed an MoU with Ghana on scholarships for 50 students.",
     {"Lorem University", "Ghana"}),
    ("An MoU between Ghana and Lorem University was signed on Monday.", {"Ghana", "Lorem University"}),
    ("Ghana's government has signed an MoU with the University of Lorem on digital skills.",
     {"Ghana's government", "University of Lorem"}),
    ("Lorem University and the Republic of Sierra Leone on March 6 signed an MoU on digital skills.",
     {"Lorem University", "Republic of Sierra Leone"}),
])
def test_a_country_or_its_government_signs(text, expected):
    assert _parties(text) == expected


@pytest.mark.parametrize("text", [
    # the agreement furthers ties with a country that does not sign
    "Lorem University signed an MoU with Ipsum University to deepen cooperation with Ghana in health.",
    # a university named after its country is no country
    "Lorem University has signed an MoU with Ghana Ports Authority on logistics training.",
])
def test_a_country_that_does_not_sign_is_no_side(text):
    assert "Ghana" not in _parties(text)


def test_a_country_and_its_government_are_one_institution_with_every_written_name():
    text = ("Lorem University and the Republic of Sierra Leone on March 6 signed an MoU. Lorem will advise "
            "the Sierra Leone Government on digital policy and train students funded by the Government of "
            "Sierra Leone.")
    found = _institutions(text)
    countries = [i for i in found.values() if country_of(i["name"]) == "SL"]
    assert len(countries) == 1
    names = {countries[0]["name"], *countries[0]["aliases"]}
    assert {"Republic of Sierra Leone", "Sierra Leone Government", "Government of Sierra Leone",
            "Sierra Leone"} <= names


def test_country_of_reads_a_government_by_name_or_adjective():
    assert country_of("Government of the Gambia") == country_of("Gambia") == "GM"
    assert country_of("Ghanaian government") == country_of("Ghana's Government") == "GH"
    assert country_of("Lorem Government") is None and country_of("Ghana Ports Authority") is None
