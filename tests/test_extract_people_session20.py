"""People the extractor invented on the session-20 reading pages, with invented sentences: the end of a unit's
name after a post ('Director of the Institute of Regional Sustainable Development') read as a name, though its
last word is a remit word."""

from kg.article import Article
from kg.extract import extract


def people(text):
    return {p["name"] for p in extract(Article(text))["people"]}


def test_a_unit_name_ending_in_a_remit_word_after_a_post_is_no_person():
    found = people("Present were Dr. Karl Lund, Director of Lorem University; Dr. Omar Hadid, Director of the "
                   "Institute of Regional Green Development; and Dr. Lina Kaya, Rector of Ipsum College.")
    assert "Omar Hadid" in found
    assert "Green Development" not in found
