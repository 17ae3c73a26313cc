"""Session 20b place shapes (guide D2). Every text here is invented."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    # the signers were in a town for the signing: the purpose is said right after the town
    ("The president of Alpha University visited Lyon in March to endorse the exchange agreement with Beta College.",
     "Lyon"),
    ("Chief A B of the Lorem Nation was joined by C D, president of Beta College (BC) in Southbridge to sign "
     "the agreement.", "Southbridge"),
])
def test_a_town_the_signers_were_in_to_sign_is_the_place(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # a trip still to come, and a visit to a body (who hosted, not a town)
    "The president of Alpha University plans to visit Lyon in March to endorse the agreement with Beta College.",
    "The dean of Alpha University visited Beta University to sign a memorandum on student exchange.",
])
def test_no_place_from_a_trip_to_come_or_a_visit_to_a_body(text):
    assert _place(text) is None
