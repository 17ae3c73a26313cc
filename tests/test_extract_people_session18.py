"""People the extractor cut or missed on the session-18 reading pages, with invented sentences: a post's remit
in general words (research, education, welfare) right before a three-word name, which is kept whole; a post
run read up to 'and' before a lowercase word ('... A B and his colleague'); an untitled name after
'counterpart', which takes no office from the first person's post ('Lorem Minister of X A B and his counterpart C D')."""

from kg.article import Article
from kg.extract import extract


def people(text):
    return {p["name"] for p in extract(Article(text))["people"]}


def test_a_remit_word_before_a_three_word_name_keeps_the_name_whole():
    found = people("The MoU was signed by the Lorem Minister for Schools and Research Marta Lia Conte.")
    assert "Marta Lia Conte" in found
    assert "Lia Conte" not in found


def test_without_a_remit_word_the_run_keeps_its_last_two_words():
    found = people("The MoU was signed by the Director of Lorem Ipsum Dolor Anna Berg.")
    assert "Dolor Anna Berg" not in found


def test_a_post_run_ending_before_and_a_lowercase_word_still_ends_in_a_name():
    found = people("The accord was signed by the Lorem Minister of Labour and Social Welfare Karl Lund and his "
                   "Ipsum colleague on Monday.")
    assert "Karl Lund" in found


def test_an_untitled_name_after_counterpart_is_a_person_without_the_first_ministers_office():
    draft = extract(Article("Chilean Minister of Health Karl Lund and his Danish counterpart Hans Berg met on Monday "
                            "to sign a protocol on hospital training."))
    roles = {p["name"]: [r["role"] for r in p["roles"]] for p in draft["people"]}
    assert "Hans Berg" in roles
    assert roles["Hans Berg"] == []
