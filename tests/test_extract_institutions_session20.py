"""Institutions (session 20): a known city right after a generic name ends that name ('Government
Polytechnic Lorem today signed'); an acronym and its town after 'with' are one side ('signed with ABCT
Riverton'). Invented sentences; the negative cases must draft no such body."""

from kg.article import Article
from kg.extract import extract


def institutions(text):
    return [i["name"] for i in extract(Article(text))["institutions"]]


def test_a_known_city_right_after_a_generic_name_is_part_of_it():
    text = "Government Polytechnic Jammu today signed an MoU with Lorem Institute of Technology."
    assert "Government Polytechnic Jammu" in institutions(text)


def test_a_capitalised_word_after_a_generic_name_that_is_no_city_stays_out():
    text = "Government Polytechnic Lorem today signed an MoU with Ipsum Institute of Technology."
    assert "Government Polytechnic Lorem" not in institutions(text)


def test_an_acronym_and_its_campus_town_after_with_are_one_side():
    names = institutions("Lorem University has signed an agreement with ABCT Riverton to run joint research.")
    assert "ABCT Riverton" in names and "ABCT" not in names
    names = institutions("Alpha Beta College of Technology Riverton and Lorem University signed an MoU on Monday. "
                         "Lorem University also signed a research agreement with ABCT Riverton in May.")
    assert names == ["Alpha Beta College of Technology Riverton", "Lorem University"]
