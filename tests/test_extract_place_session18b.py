"""Place shapes of session 18's second round, written against invented sentences (not page text): 'in X' right
after an agreement noun or 'focusing' names the agreement's field when X is a field ('Cooperation Agreement in
Vocational Training', 'an MoU focusing in Higher Education'), unless X has a venue noun ('in Engineering Hall')."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    ("Alpha College and Beta Centre signed a new Cooperation Agreement in Vocational Training on Monday.", None),
    ("Alpha Ministry and the Beta Department signed a Memorandum of Understanding focusing in Higher Education.", None),
    # (a place is still a place, and so is a venue with a field word)
    ("Alpha College and Beta Centre signed a Cooperation Agreement in Riverton on Monday.", "Riverton"),
    ("Alpha College and Beta Centre signed an MoU in Engineering Hall on Monday.", "Engineering Hall"),
])
def test_agreement_field_is_no_place(text, place):
    assert _place(text) == place


# a visit the signing is told to happen during, to a name the article itself calls a locality
@pytest.mark.parametrize("text, place", [
    ("The northern province of Loremia and the Ipsum region signed an MoU on May 1.\n\nThe MoU was signed during the "
     "visit to Loremia by a delegation from Ipsum.", "Loremia"),
    # (a name the article does not call a locality stays no place: who was visited)
    ("Alpha Group and Beta Bank signed an MoU on May 1.\n\nThe MoU was signed during the visit to Loremia by a "
     "delegation from Beta Bank.", None),
])
def test_visit_to_a_named_locality(text, place):
    assert _place(text) == place


def test_visit_to_an_adjective_is_no_named_locality():
    text = ("Leaders of the Loremian province of Ipsum and Alpha signed an MoU.\n\nThe signing took place as part of "
            "Alpha's visit to the Loremian province from June 2 to 6.")
    assert _place(text) is None
