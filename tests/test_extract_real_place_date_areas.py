"""Shapes of real news pages for place, date and areas (issue 12): where the signing took place and
where it did not. Every sentence here is invented; the expectation is what a reader would annotate."""

import pytest

from kg.extract import extract
from kg.extract.place_checks import checked_place
from kg.extract.text import sentences


def _place(text):
    return extract(text)["agreement"]["place"]


@pytest.mark.parametrize("text", [
    # an occasion, not a venue
    "Alpha University and Beta College signed an MoU on May 3, 2024. Speaking at the Signing Ceremony, "
    "the Rector of Alpha University thanked the guests.",
    # the object of taking part, in a sentence about the ceremony
    "Alpha University and Beta College signed an MoU on May 3, 2024.\n\nThe signing ceremony was attended "
    "by students who took part in the Riverside Summer Camps at Beta College.",
    # where a party is, not where they signed
    "On May 3, 2024, Alpha University in Riverton and Beta College signed a cooperation agreement.",
    # a country named for what the agreement will do
    "Alpha University and Beta Trading Company signed a memorandum on May 3, 2024 to train and recruit "
    "students to work in Japan.",
    "Alpha University signed an MoU with Beta College, expanding its network of partners in Korea.",
    "RIVERTON, May 3 - Alpha University and Beta Corp have signed an MoU on student internships in Japan.",
    # an online signing: each side signed where it was
    "An MoU has been signed with Alpha University on research at Beta College, said a release.\n\n"
    "The memorandum was virtually signed by the two universities last week.",
    "Alpha University and Beta College held a virtual signing ceremony at Alpha University on May 3, 2024.",
    # a figure of speech, not a venue
    "Alpha University and Beta College signed an MoU. At the centre of the agreement is student exchange.",
])
def test_no_place_where_the_text_gives_no_venue(text):
    assert _place(text) is None


@pytest.mark.parametrize("text, place", [
    # a country governed by the signing verb is the place
    ("Alpha University and Beta College signed the MoU in Japan on May 3, 2024.", "Japan"),
    ("The signing ceremony of the MoU between Alpha University and Beta College was held in Japan.", "Japan"),
    # online courses are what the agreement covers, not how it was signed
    ("Alpha University and Beta College signed the MoU at Alpha University on May 3, 2024. Under the signed "
     "MoU, the two sides will offer online courses.", "Alpha University"),
    # a venue noun the main reader does not know, after a possessive
    ("The Rector of Alpha University and the President of Beta College signed the MoU at the university's "
     "Rector Office Lounge here.", "the university's Rector Office Lounge"),
    # 'on X campus'
    ("The two Rectors were present at the signing of the MoU between Alpha University (AU) and Beta College "
     "on AU campus.", "AU campus"),
    # an institution as the venue keeps its country
    ("The memorandum was signed by both parties at the University of Riverton in Freedonia. It runs for "
     "five years.", "University of Riverton in Freedonia"),
    # a town keeps its region when the clause goes on
    ("Alpha University and Beta College signed an MoU. The signing ceremony took place at Beta College's "
     "Main Building in Southtown, Westshire, and was attended by staff.",
     "Beta College's Main Building in Southtown, Westshire"),
])
def test_place_of_the_signing(text, place):
    assert _place(text) == place


def test_a_venue_found_short_takes_the_room_inside_it():
    text = "The two Rectors signed the MoU at the university's Rector Office Lounge here."
    start = text.index("the university's")
    found = ("the university's Rector Office", start, start + len("the university's Rector Office"))
    assert checked_place(text, sentences(text), found)[0] == "the university's Rector Office Lounge"


def _date(text):
    agreement = extract(text)["agreement"]
    return agreement["date"], agreement["date_text"]


@pytest.mark.parametrize("text, expected", [
    # the filing dateline of a story that reports the signing as done, no other day: that day's news
    # (guide D1, settled in session 10)
    ("RIVERTON, May 24: A memorandum of understanding has been signed between Alpha University and "
     "Beta College on research, said a press release.", (None, "May 24")),
    ("SOUTHTOWN, 3 June: Alpha College has signed an MoU with Beta Bank to train nurses.", (None, "3 June")),
    # ... and another date of the text is the signing's
    ("NORTH HILLS, 28 Jul: An MoU has been signed between Alpha University and Beta College. The two "
     "Rectors signed it on 21 July 2023 at Alpha University.", ("2023-07-21", "on 21 July 2023")),
    # a dateline whose sentence reports the signing itself stays the signing's date
    ("RIVERTON, May 24 – Alpha University and Beta College signed a memorandum of understanding.",
     (None, "May 24")),
    # a bare day/month keeps the words that make it a date
    ("Alpha University has signed an MoU with Beta College. The signing was conducted by the Rector in "
     "Riverton on Monday (3/11).", (None, "on Monday (3/11)")),
])
def test_agreement_date(text, expected):
    assert _date(text) == expected


HEAD = "Alpha University and Beta College signed a memorandum of understanding on May 3, 2024.\n\n"


def _areas(text):
    return {a["iri"].rsplit("/", 1)[-1] for a in extract(HEAD + text)["agreement"]["areas"]}


@pytest.mark.parametrize("text, expected", [
    # a profile of one side: what it offers, not what the agreement covers
    ("Under the MoU, they will cooperate in student exchange. Beta College, located in the north, is known for "
     "its gardens and offers 120 programmes in fields ranging from undergraduate to doctoral.", {"student-exchange"}),
    # what the two sides did before
    ("The two sides have already enjoyed joint research in history. Under the MoU, they will cooperate in "
     "student exchange.", {"student-exchange"}),
    # ... but what they have already agreed to is the scope
    ("The two sides have already agreed to cooperate in student exchange, said the former Rector.",
     {"student-exchange"}),
    # a description beside a name
    ("Alpha University will cooperate with Beta College, a leading institution of artificial intelligence, "
     "on internships.", {"internships"}),
    # the aims of one side or of the sector at large
    ("The MoU covers internships. It underlines Alpha University's commitment to internationalisation and "
     "the pursuit of knowledge and innovation.", {"internships"}),
    ("The MoU covers internships. Its Rector said cooperation is the future of higher education.",
     {"internships"}),
    # people named by their function
    ("The signing ceremony was held with the participation of the leadership of both sides. The MoU covers "
     "internships.", {"internships"}),
    ("Alpha University welcomed the leadership delegation of Beta College to sign an MoU on internships.",
     {"internships"}),
    # general wordings of the scheme's concepts
    ("Under the MoU, the two sides will cooperate in exchanging faculty members and in joint study programmes.",
     {"staff-exchange", "joint-degree"}),
    ("The agreement aims to improve quality and to offer cultural programs for students.",
     {"quality-assurance", "community-service"}),
    # an indented list after a blank line under the scope sentence
    ("The two universities will cooperate in the following areas:\n\n  - Exchange of students\n\n"
     "  - Basic and applied research projects\n\nThey signed a five-year memorandum.",
     {"student-exchange", "joint-research"}),
])
def test_areas_of_real_pages(text, expected):
    assert _areas(text) == expected
