"""Place shapes of session 12 (issue 12), from the f12-read sample, written against invented sentences:
a room within the building it is in ('the Lotus Room within Riverton City Hall'); a city with its place set
beside it (', capital of east Freedonia's Lorem province'); a visit whose visitor is named between 'visit' and
'to' ('the visit of the Alpha delegation to Ipsum Province'); an event still to come ('training to be held in
X') is no signing; a name that modifies the occasion ('at the Alpha signing') is no venue (guide D2)."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    # the visitor named between 'visit' and 'to'
    ("During the visit of the delegation from Alpha University to Ipsum Province, a memorandum was signed between "
     "the two universities.", "Ipsum Province"),
    ("The MoU was signed during a trip by the rector of Alpha University to Lorem Province.", "Lorem Province"),
])
def test_session12_place_shapes(text, place):
    assert _place(text) == place
