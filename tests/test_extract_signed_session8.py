"""Signers in two more shapes of real press English (session 8), with invented sentences: a
passive whose date adjunct is set off by commas before 'by', and a signing 'between' two
people whose roles name a body with a possessive ("People's Committee"); and a territory word
('Oblast', 'Province') is never the first word of a name."""

import pytest

from kg.article import Article
from kg.extract import extract


def people(text):
    return {p["name"]: p for p in extract(Article(text))["people"]}


def test_passive_with_a_date_set_off_by_commas_names_the_signers():
    found = people("A memorandum of understanding was signed on Friday, March 3, by Lorem county governor "
                   "Peter Kamau and Anna Berg, Country Director of Ipsum Foundation, to start the programme.")
    assert found["Peter Kamau"]["signed"] and found["Anna Berg"]["signed"]


def test_a_comma_followed_by_another_clause_is_not_the_signing_agent():
    found = people("Lorem University and Ipsum College signed the agreement on Monday, according to a statement "
                   "issued by Dr. Anna Berg, spokesperson of Lorem University.")
    assert not found["Anna Berg"]["signed"]


def test_a_comma_adjunct_ending_in_a_participle_is_not_the_signing_agent():
    found = people("The agreement, signed in Rome last year, was praised on Monday by Dr. Anna Berg, "
                   "President of Lorem University.")
    assert not found["Anna Berg"]["signed"]


@pytest.mark.parametrize("body", ["Lorem Provincial People’s Committee", "Lorem People's Committee"])
def test_signing_between_two_people_with_possessive_bodies(body):
    found = people("Lorem Province and Ipsum Oblast signed a cooperation agreement.\n\nThe signing took place "
                   f"between Chairman of the {body} Tran Van Minh and Governor of Ipsum Oblast Sergey Petrov, "
                   "as part of the former’s visit.")
    assert found["Tran Van Minh"]["signed"] and found["Sergey Petrov"]["signed"]


def test_after_the_pair_another_person_is_no_signer():
    found = people("At the signing between Chairman of the Lorem People’s Committee Tran Van Minh and Governor "
                   "Sergey Petrov, Mr. Ivan Orlov spoke about tourism.")
    assert not found["Ivan Orlov"]["signed"]


def test_a_territory_word_does_not_start_a_name():
    found = people("Lorem University and Ipsum Oblast signed an agreement. Governor of Ipsum Oblast Sergey Petrov "
                   "and Rector Anna Berg signed it.")
    assert "Sergey Petrov" in found and "Oblast Sergey Petrov" not in found


@pytest.mark.parametrize("title", ["Engr", "Atty", "Hon"])
def test_an_abbreviated_title_without_its_full_stop_is_a_title(title):
    found = people(f"Lorem University and Ipsum Polytechnic signed an MoU. {title} Ibrahim Musa Bello, Rector of "
                   "Ipsum Polytechnic, signed for the polytechnic.")
    assert found["Ibrahim Musa Bello"]["titles"] == [title]


@pytest.mark.parametrize("body", ["Dr. Lorem Ipsum Dolor University", "Sheikh Lorem Ipsum Hospital",
                                  "Imam Lorem Bin Ipsum University"])
def test_a_body_named_after_a_person_gives_no_person(body):
    extracted = extract(Article(f"{body} signed an MoU with Alpha College on Monday."))
    assert extracted["people"] == []
    assert body in [i["name"] for i in extracted["institutions"]]
