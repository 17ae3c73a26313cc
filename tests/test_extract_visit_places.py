"""A signing visit's city or country is the place (guide D2, settled in session 11).
Every text here is invented."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    ("The partnership was signed during a week-long trip to Indonesia by Alpha University representatives.",
     "Indonesia"),
    ("The rector of Alpha University travelled to Boston to sign the MoU with Beta University.", "Boston"),
    ("During the minister's visit to Hanoi, Alpha University and Beta University signed an MoU.", "Hanoi"),
    ("The delegation visited Japan and signed an MoU with Beta University.", "Japan"),
    # a place named more closely comes first
    ("Alpha University and Beta University signed an MoU in Hanoi during a visit to Vietnam.", "Hanoi"),
])
def test_a_signing_visit_to_a_city_or_country_gives_the_place(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # a visit to an institution says who hosted, not where the pen met paper
    "Alpha University signed an MoU with Beta University during a visit to Beta University.",
    "Alpha University signed an MoU with Beta University during a visit to Hanoi University of Science.",
    # a visit in a sentence that does not report the signing
    "Alpha University visited Kenya last year. On 3 May 2024 Alpha University and Beta University signed an MoU.",
    # signed online: no place
    "Alpha University and Beta University signed an MoU online during the minister's visit to Japan.",
    # a name the place lists do not know
    "The delegation visited Loremtown and signed an MoU with Beta University.",
])
def test_no_place_from_other_visits(text):
    assert _place(text) is None
