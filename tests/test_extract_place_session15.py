"""Place shapes of session 15, written against invented sentences (common press English, not page text):
a venue's name joined by '&' ('the Lorem Resort & Spa'); the place a ', where ... signed' clause is said of
('travelled to Beta Hall, where the MoU was signed'); and where the words name no signing place: what the
agreement is about, told after the signing word ('signed an MoU for the establishment of a centre in X'), and a
clause about a person ('Prof A, who studied in X, signed')."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


HEAD = "Alpha and Beta sign MoU\n\n"


@pytest.mark.parametrize("text, place", [
    # '&' inside a venue's name, and what follows it
    ("The MoU between Alpha University and Beta College was signed at the Ipsum Resort & Spa, Riverton.",
     "Ipsum Resort & Spa, Riverton"),
    ("Alpha University and Beta College signed the agreement at the Lorem Hotel & Suites on Monday.",
     "Lorem Hotel & Suites"),
    # the place a ', where ... signed' clause goes on from
    ("The Beta delegation travelled to the Dolor Hall, where the MoU was signed on Friday.", "Dolor Hall"),
    ("Alpha University welcomed a delegation from Beta College to its Riverton campus, where the two signed an MoU.",
     "Riverton campus"),
    ("Prof A B visited Beta University, where the two sides signed a memorandum on research.", "Beta University"),
    # a day after the place: the signing's, though a topic comes before it
    ("Alpha Institute and Beta Agency signed an agreement on cooperation in health care in Riverton on Monday.",
     "Riverton"),
    # not a topic: the day, the occasion
    ("Alpha University and Beta College signed an MoU on Monday in Riverton.", "Riverton"),
    ("Alpha University and Beta College signed an MoU on the sidelines of the Lorem Forum in Riverton.", "Riverton"),
])
def test_session15_place_shapes(text, place):
    assert _place(HEAD + text) == place


@pytest.mark.parametrize("text", [
    # what the agreement is about, told after the signing word: where the work will be
    "Alpha University and Beta College signed an MoU on Monday for the establishment of a research centre in Riverton.",
    "Alpha University and Beta College signed an MoU on the construction of a teaching hospital in Riverton.",
    "Alpha University and Beta College signed an MoU on Monday on joint research in Riverton.",
    # a clause about a person
    "Alpha University and Beta College signed an MoU on Monday. Prof A B, who studied in Riverton, signed for Alpha.",
])
def test_session15_no_place(text):
    assert _place(HEAD + text) is None
