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
