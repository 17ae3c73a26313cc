"""Place shapes of session 19, read on the reading sets (read2, odd dev) and written against invented sentences
(not page text): a hard-wrapped page's venue is read across its line breaks ("held in Meeting Room 9, 2nd⏎Floor,
the Lorem Building"), and a sentence split at a line break that goes on in lower case is read whole ("was
signed⏎⏎today at the Lorem Hall")."""

import pytest

from kg.extract import extract
from kg.extract.text import sentences
from kg.extract.wrapped_lines import hard_wrapped, joined_wrapped


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


WRAPPED = ("On Monday the signing ceremony of the memorandum between Alpha University and\n"
           "the Beta Institute was held in Meeting Room 4, 3rd\n"
           "Floor, the Lorem Ipsum Building, Alpha University. The two presidents signed the\n"
           "document. Several deans from both institutions took part and\n"
           "spoke about the plans of the two sides.\n")


def test_a_hard_wrapped_venue_is_read_across_its_line_breaks():
    assert _place(WRAPPED) == "Meeting Room 4, 3rd Floor, the Lorem Ipsum Building, Alpha University"


def test_a_sentence_broken_before_a_lower_case_line_is_read_whole():
    text = ("An MoU between Alpha University and Beta College was signed\n\n"
            "today at the Lorem Conference Hall to promote joint research.\n")
    assert _place(text) == "Lorem Conference Hall"


@pytest.mark.parametrize("text", [
    # a headline over a capitalised first line is no wrap: the sentences stay apart
    "Alpha and Beta sign MoU\nThe MoU was signed at the Lorem Hall on Monday.\n",
    # a line with its closing mark ends its sentence
    "The MoU was signed on Monday.\nthe two sides met again later.\n",
])
def test_a_sentence_that_ends_or_a_headline_is_not_joined(text):
    sents = sentences(text)
    assert joined_wrapped(text, sents) == sents


def test_a_page_is_hard_wrapped_when_it_breaks_sentences_three_times():
    assert hard_wrapped(WRAPPED)
    assert not hard_wrapped("Alpha and Beta sign MoU\nthe two sides met.\nThe MoU was signed at X.\n")


@pytest.mark.parametrize("text, place", [
    # when the visit was, told between 'visit' and its city
    ("During the president's visit in May 2023 to Nairobi, an MoU was signed between Alpha University and Beta "
     "College.", "Nairobi"),
    ("The MoU between Alpha University and Beta College was signed during the minister's visit last week to Nairobi.",
     "Nairobi"),
    # a visitor with a long post
    ("The document was signed during the visit of the Freedonian Deputy Minister of Foreign Affairs for Lorem and "
     "Ipsum Affairs A B to Nairobi.", "Nairobi"),
])
def test_a_signing_visit_with_its_time_or_a_long_visitor_before_the_city(text, place):
    assert _place(text) == place


def test_a_dated_visit_to_an_institution_still_gives_no_place():
    assert _place("An MoU was signed during the rector's visit in May 2023 to Beta University.") is None


@pytest.mark.parametrize("text", [
    "The agreement was formalised during a visit by the Alpha team to Beta College, according to a statement issued on "
    "Friday in Riverton by Mr. A B, the college's spokesman.",
    "Alpha University and Beta College signed the MoU, according to a press release sent in Riverton on Monday.",
])
def test_where_a_press_statement_was_issued_is_not_the_place(text):
    assert _place(text) is None


def test_a_place_before_the_statement_is_kept():
    assert _place("Alpha University and Beta College signed an MoU in Riverton, a statement issued on Friday said.") \
        == "Riverton"


def test_a_bodys_country_with_its_acronym_is_not_the_place():
    # (where the body is: a country after a capitalised name, its acronym after it)
    assert _place("The Ministry of Education in the United Arab Emirates (UAE) has deepened its ties with Freedonia "
                  "by signing an MoU with the Council of Higher Education.") is None
    # (a country the signing verb governs keeps its acronym)
    assert _place("Alpha University and Beta College signed an MoU in the United Arab Emirates (UAE) on Monday.") \
        == "United Arab Emirates (UAE)"
