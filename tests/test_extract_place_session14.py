"""Place shapes of session 14, read on the fresh-odd reading pages and written against invented sentences:
a long venue name after a locating word ('the new Lorem Ipsum University Health and Wellbeing Hub'); name
particles ('de la', 'van der'); a country by its long name after the venue (', the Republic of Lorem', 'Ipsum
region of the Republic of Lorem'); a compass point before a known city (', West London,'); the city after its
description in an 'inked' sentence; and where the words name no venue: a quoted title, a diplomat's post
('Consul General in X'), one body where it is ('a university in X'), the first party's town in 'between A in X
and B' (guide D2)."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    # a long capitalised venue name after a locating word ('new', 'main')
    ("The MoU was signed by leaders from both organisations at a ceremony held at the new Lorem Ipsum University "
     "Health and Wellbeing Hub.", "the new Lorem Ipsum University Health and Wellbeing Hub"),
    # particles inside a name
    ("The event, which was held in the Great Hall of the Villanueva de la Lorem Town Council, was attended by Mr A.",
     "Great Hall of the Villanueva de la Lorem Town Council"),
    # a country by its long name after the venue or its region
    ("The MoU signing ceremony was held with great honour at Alpha University, the Republic of Lorem.",
     "Alpha University, the Republic of Lorem"),
    ("The agreement was signed at Beta State University in Ipsum region of the Republic of Lorem.",
     "Beta State University in Ipsum region of the Republic of Lorem"),
    # a compass point before a known city keeps it in the place before another clause
    ("The signing ceremony was held at the Lorem Campus of Ipsum University, West London, attended by Prof. A B.",
     "Lorem Campus of Ipsum University, West London"),
    # the city after its description, in a sentence that says 'inked'
    ("Alpha College and Beta University inked a memorandum of understanding (MoU) on cooperation in the Freedonian "
     "capital city of Riverton on May 24.", "Riverton"),
    # a quoted title is skipped; the ceremony's place is read after it
    ('Alpha Institute and Beta University signed a protocol in the scope of "Opening of Exam Centres in Alpha '
     'Offices for Distance Learning". The ceremony held in the Alpha Institute headquarters in Riverton was '
     'attended by Mr A.', "Alpha Institute headquarters in Riverton"),
    # bodies and their town, then the venue after 'at'
    ("On 6 May 2025, a memorandum of cooperation was signed with several schools in Riverton at the Alpha-Beta "
     "Free University, led by Mr A.", "Riverton at the Alpha-Beta Free University"),
    # a venue noun in the plural
    ("The agreement was signed at the offices of Alpha Ltd in Riverton.", "the offices of Alpha Ltd in Riverton"),
    ("The MoU was signed at the offices of the Freedonian Chamber of Commerce.",
     "the offices of the Freedonian Chamber of Commerce"),
    # the signing told as 'sealed'
    ("The partnership was sealed at the Lorem Hotel on Monday.", "Lorem Hotel"),
    # (a singular noun ending in s stays whole)
    ("The signing ceremony took place on the Lorem Campus in the presence of a delegation.", "the Lorem Campus"),
])
def test_session14_place_shapes(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # a diplomat's post: where the consul serves
    "The document was signed by Vice Chairman of the city People's Committee A B and Freedonian Consul General in "
    "Riverton C D.",
    # one body and where it is
    "On 1 May, Alpha signed an MoU with Beta University. It is the third agreement Alpha concluded with a higher "
    "education institution in Freedonia.",
    # the first party's town, before the 'and' that names the second party
    "On October 5, a Memorandum of Understanding between Alpha Technical Institute in Riverton and Lorem Park was "
    "signed.",
])
def test_session14_no_place(text):
    assert _place(text) is None
