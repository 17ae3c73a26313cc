"""People the extractor did not find (session 14, fresh reading pages), with invented sentences: army
ranks as Philippine and South Asian pages abbreviate them before a name ('BGEN A B', 'COL A B', 'LTC A B',
'Maj Gen A B'), and a retired officer's mark ('Brig (retd) A B'); words of a post read as a name ('Chief
Executive'); an untitled name before a post after its body's acronym ('A B, LU Rector,'); 'Professor
Emerita'; the untitled first of a pair that signs ('A B and Dr. C D, Rector and President of X and Y
respectively, signed'); names after 'Regent' and 'Justice'."""

import pytest

from kg.article import Article
from kg.extract import extract


def people(text):
    return {p["name"]: p for p in extract(Article(text))["people"]}


@pytest.mark.parametrize("text, name, titles", [
    ("The Loremian Military Academy delegation included BGEN Anna Maria B. Berg, Dean of Academics, and "
     "other officers.", "Anna Maria B. Berg", ["BGEN"]),
    ("Also present were COL Karl D. Lund, Chief of Staff, and other officers.", "Karl D. Lund", ["COL"]),
    ("The guests included LTC Ole E. Dahl and other officers.", "Ole E. Dahl", ["LTC"]),
    ("Those from Ipsum Ltd included Brig (retd) Per Holm, general manager, and other staff.", "Per Holm",
     ["Brig", "(retd)"]),
    ("The MoU was signed in the presence of Maj Gen Eva Strand, Commandant of Ipsum College.", "Eva Strand",
     ["Maj Gen"]),
])
def test_army_ranks_before_a_name(text, name, titles):
    found = people(text)
    assert name in found and found[name]["titles"] == titles


@pytest.mark.parametrize("text, not_a_person", [
    ("Prof. Anna Berg, Vice-Chancellor of Lorem University initialled on behalf of the University whilst Dr. Karl "
     "Lund, Chief Executive of IPH signed for the Hospital.", "Chief Executive"),
    ("Karl Lund, Chief Executive of Ipsum College says the MoU matters.", "Chief Executive"),
    ("Mr Karl Lund, Secretary; and Mrs Eva Holm, Acting Human Resource Manager, all of Ipsum, were also "
     "present.", "Human Resource"),
])
def test_words_of_a_post_are_no_person(text, not_a_person):
    assert not_a_person not in people(text)


@pytest.mark.parametrize("text, names", [
    ("Anna Berg, LU Rector, and Karl Lund, II President, signed the agreement.", {"Anna Berg", "Karl Lund"}),
    ("The agreement was signed by Anna Berg, the LU Rector, and Karl Lund, IPG’s Director.",
     {"Anna Berg", "Karl Lund"}),
    ("Present were Anna Berg, LU registrar; Karl Lund, IPG bursar; and Ole Dahl.",
     {"Anna Berg", "Karl Lund"}),
    ("Speaking at the event, Anna Berg, LU`s Vice-Rector, welcomed the guests.", {"Anna Berg"}),
    ("Karl Lund, RoK Deputy Ambassador to Loremia, described the province.", {"Karl Lund"}),
])
def test_untitled_name_before_an_acronym_and_a_post(text, names):
    assert names <= set(people(text))


def test_an_acronym_and_a_non_post_is_no_cue():
    assert "Riverton Mall" not in people("The team visited Riverton Mall, LU campus, on Monday.")


def test_emerita_is_a_title():
    found = people("The Vice-Chancellor of Loremton University, Professor Emerita Dr. Anna Berg, signed the MoU.")
    assert set(found) == {"Anna Berg"}


@pytest.mark.parametrize("text, names", [
    ("Anna Berg and Dr. Karl Lund, Rector and President of Loremton University and Ipsum Institute "
     "respectively, signed the MoU.", {"Anna Berg", "Karl Lund"}),
    ("Quality Assurance and Dr. Karl Lund, President of Ipsum Institute, spoke.", {"Karl Lund"}),
    ("Riverton Harbour and Dr. Karl Lund, President of Ipsum Institute, welcomed the guests.", {"Karl Lund"}),
])
def test_untitled_first_of_a_pair_that_signs(text, names):
    assert set(people(text)) == names


@pytest.mark.parametrize("text, names", [
    ("The MoU was signed by Loremton Regent Anna Berg and Rector Karl Lund.", {"Anna Berg", "Karl Lund"}),
    ("The guests included Vice Regent Anna Berg of Loremton.", {"Anna Berg"}),
    ("The event was attended by Justice Anna Berg, judge of the High Court of Loremia.", {"Anna Berg"}),
    ("The Minister of Justice Karl Lund spoke at the Ministry of Justice Building.", {"Karl Lund"}),
])
def test_names_after_a_regent_or_a_judge(text, names):
    assert set(people(text)) == names
