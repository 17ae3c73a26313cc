"""Institutions (session 20): a known city right after a generic name ends that name ('Government
Polytechnic Lorem today signed'). Invented sentences; the negative cases must draft no such body."""

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
