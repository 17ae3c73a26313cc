"""A visit alone does not say where the signing was (issue 12, round 7): 'X visited Y and signed an
MoU' names whom X visited; the place stays empty unless the text places the signing itself
(precision first: the real-page gold leaves such pages without a place)."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text", [
    # the visit in the sentence of the date
    "On 4 April 2024, the leaders of Alpha University visited Beta University and signed an MoU on staff exchange.",
    # 'visited and worked with' (translated English)
    "On 16 June, the Rector of Alpha University visited and worked with the Lorem State University for the "
    "Agreement of Cooperation.",
    # the dated visit told first, the signing after it
    "Professor Anna Berg, Provost, visited Gamma University (GU) on 3 May 2024. The two universities signed "
    "a memorandum of understanding.",
    "On 3 May 2024, a delegation of the Alpha Institute visited the Beta College of Arts. Both sides signed "
    "the MoU on joint research.",
])
def test_no_place_from_a_visit_alone(text):
    assert _place(text) is None


@pytest.mark.parametrize("text, place", [
    # the signing sentence names the venue: kept
    ("On 4 April 2024, Alpha University visited Beta University, where the MoU was signed at the Senate Hall.",
     "Senate Hall"),
    ("The delegation visited Beta College. The agreement was signed in Riverton on 5 May 2024.", "Riverton"),
    # a visit to a venue inside the signing sentence
    ("The MoU was signed on 5 March 2024 when the Rector of Alpha University paid a visit to the Beta campus "
     "in Riverton.", "Beta campus in Riverton"),
])
def test_place_the_signing_sentence_names_is_kept(text, place):
    assert _place(text) == place
