"""Place shapes of session 15, written against invented sentences (common press English, not page text):
a venue's name joined by '&' ('the Lorem Resort & Spa'); the place a ', where ... signed' clause is said of
('travelled to Beta Hall, where the MoU was signed'); an owner's venue after 'of the' ("the conference room of
the Rector's office"); the occasion told back ('The event was organised at X'); and where the words name no
signing place: what the agreement is about, told after the signing word ('signed an MoU for the establishment of
a centre in X'), a clause about a person ('Prof A, who studied in X, signed'), and a signing set in a year
before the agreement's ('In 2019, the two signed a similar agreement in X')."""

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
    ("Alpha Institute and Beta Agency signed an agreement on digital services on 15/8 in Riverton City.",
     "Riverton City"),
    # where the venue lies: 'in the heart of X', 'in the Alpha University campus'
    ("The MoU was signed at the Lorem Hotel in the heart of Riverton on Monday.", "Lorem Hotel in the heart of Riverton"),
    ("Alpha University and Beta College on Monday signed an MoU at the Lorem Hall in the Alpha University campus.",
     "Lorem Hall in the Alpha University campus"),
    # the occasion before the venue is not part of it
    ("Alpha University and Beta College signed an MoU on Monday. Officials of both sides were present at the "
     "signing in the Lorem Hall.", "Lorem Hall"),
    ("Prof A B signed for Alpha University, while Dr C D signed for Beta College at the ceremony in the Dolor Hall.",
     "Dolor Hall"),
    # the dateline's town, when the signing sentence names it by its kind (guide D2: 'in the capital')
    ("RIVERTON, May 5 (Lorem News) - Alpha University and Beta College signed a memorandum of understanding in the "
     "city on Monday.", "RIVERTON"),
    ("Riverton, 5 May 2024 – Alpha University and Beta College signed a memorandum of understanding in the capital.",
     "Riverton"),
    # venue nouns written in lower case
    ("The MoU between Alpha University and Beta College was signed in the ballroom of the Lorem Hotel.",
     "the ballroom of the Lorem Hotel"),
    ("The MoU between Alpha University and Beta College was signed at the university's museum.",
     "the university's museum"),
    ("The MoU between Alpha University and Beta College was signed at the secretariat of the Lorem Commission.",
     "the secretariat of the Lorem Commission"),
    ("The MoU between Alpha University and Beta College was signed at the university's administration block.",
     "the university's administration block"),
    # a name that opens with a capital with a diacritic
    ("Alpha University and Beta College signed an MoU in Łódź on Monday.", "Łódź"),
    ("Alpha University and Beta College signed an MoU at the Ústí Hall on Monday.", "Ústí Hall"),
    # not a topic: the day, the occasion
    ("Alpha University and Beta College signed an MoU on Monday in Riverton.", "Riverton"),
    ("Alpha University and Beta College signed an MoU on the sidelines of the Lorem Forum in Riverton.", "Riverton"),
    # an owner's venue after 'of the': the whole phrase
    ("Alpha University and Beta College signed an MoU on Monday. The signing ceremony was held in the conference "
     "room of the Rector's office.", "the conference room of the Rector's office"),
    # the occasion told back: 'the event was hosted/organised at X'
    ("Alpha University and Beta College signed an MoU on research on Monday. The event was organised at the Lorem "
     "Hall.", "Lorem Hall"),
    ("Alpha University and Beta College signed an MoU on Monday. The function, which was hosted by Alpha "
     "University at its Riverton campus, drew 200 guests.", "Riverton campus"),
    # a year that is no earlier event's: 'built in 1960' says nothing of the signing
    ("Alpha University signed an MoU with Beta College on 5 May 2024. The signing took place at the Lorem Hall, "
     "built in 1960.", "Lorem Hall"),
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
    # the town named by its kind without a dateline
    "Alpha University and Beta College signed a memorandum of understanding in the provincial capital on Monday.",
    # another event told in a sentence that only names the agreement
    "Alpha University and Beta College signed an MoU on Monday. Talks on the agreement were conducted in Riverton.",
    "Alpha University and Beta College signed an MoU on Monday. The agreement builds on a workshop organised in "
    "Riverton.",
    "Alpha University and Beta College signed an MoU on Monday. The idea for the agreement took shape when the two "
    "rectors met in Riverton.",
    # a signing in a year before the agreement's: an earlier event (guide D2)
    "Alpha University signed an MoU with Beta College on 5 May 2024. In 2019, the two signed a similar agreement "
    "in Riverton.",
    "Alpha University signed an MoU with Beta College on 5 May 2024. Both institutions signed a letter of intent "
    "in Riverton in 2019.",
])
def test_session15_no_place(text):
    assert _place(HEAD + text) is None
