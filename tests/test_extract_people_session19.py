"""People the extractor cut or invented on the session-19 reading pages, with invented sentences: a post's remit
in general words (education, development) is no word of a person's name, neither before it ('County Executive for
Education A B') nor as a name of its own ('Deputy Vice-Chancellor Global Development')."""

from kg.article import Article
from kg.extract import extract


def people(text):
    return {p["name"] for p in extract(Article(text))["people"]}


def test_a_remit_word_before_an_untitled_name_is_not_read_into_it():
    found = people("The task force comprises the Lorem County Executive for Education Marta Lia Conte, "
                   "Chief Officer of the county.")
    assert "Marta Lia Conte" in found
    assert "Education Marta Lia Conte" not in found


def test_a_post_whose_remit_ends_in_development_names_no_person():
    found = people("Karl Lund, Chairman of Lorem Ipsum and Deputy Vice-Chancellor Global Development at Dolor "
                   "University, spoke at the signing.")
    assert "Karl Lund" in found
    assert "Global Development" not in found
