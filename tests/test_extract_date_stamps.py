"""Stamp lines give the year to a day and month the text names (guide D1, settled in session 15),
each shape as invented text:

- a stamp with a clock time ('Mar 4, 2024 / 10:15') or a label ('Updated : 2024-03-05') above a
  story that says 'on March 3' without a year;
- a byline stamp ('Write: Lorem [2024-02-10]') over a day that falls after it: the year before;
- two stamps: the one nearest above the day is the reference, not a banner clock's further up.
- a yearless day on a title line whose day the text writes with its year further down takes that year.
- a line of only a month and year ('October 2019') above a day of that month gives it the year.
- a date in a paragraph on a meeting whose next paragraph signs 'on this occasion' is the signing's
  (date_checks._unrelated).
"""

import pytest

from kg.extract import extract


def _agreement(text):
    return extract(text, gazetteer=None)["agreement"]


@pytest.mark.parametrize("stamp", ["Mar 4, 2024 / 10:15", "(lorem.example)| Updated : 2024-03-05",
                                   "05/03/2024 - 09:40 512"])
def test_a_stamp_gives_its_year_to_a_day_and_month(stamp):
    agreement = _agreement(f"Alpha and Beta join hands\n\n{stamp}\n\nAlpha University and the Beta Institute "
                           "on March 3 signed a memorandum of understanding on joint research.\n")
    assert agreement["date"] == "2024-03-03"


def test_a_day_after_the_stamp_is_in_the_year_before():
    agreement = _agreement("Campus news\n\nWrite: Lorem [2024-02-10]\n\nOn the morning of December 12, Alpha "
                           "University signed a cooperation agreement with the Beta Institute.\n")
    assert agreement["date"] == "2023-12-12"


def test_the_nearest_stamp_above_the_day_is_the_reference():
    agreement = _agreement("Monday, 06 January 2025 08:10 GMT\nAlpha and Beta sign a memo\n\n2026-05-14 02:15:30\n"
                           "RIVERTON, Lorem, May 14. Alpha University and the Beta Institute signed a memorandum "
                           "of understanding on joint research.\n")
    assert agreement["date"] == "2026-05-14"


def test_a_yearless_title_day_takes_the_year_the_text_writes_for_it():
    agreement = _agreement("Alpha University signs MoU with Beta Hospital [Monday, May 6]\n\nAlpha University and "
                           "Beta Hospital concluded a memorandum of understanding on May 6, 2024 on nurse training.\n")
    assert agreement["date"] == "2024-05-06"


def test_a_month_and_year_line_gives_its_year_to_a_day_of_that_month():
    agreement = _agreement("Lorem Topics\nMoU signed with Beta College\nOctober 2019\nOn October 8, Alpha Agency "
                           "signed a memorandum of understanding with Beta College on internships.\n")
    assert agreement["date"] == "2019-10-08"


def test_a_month_and_year_line_of_another_month_gives_nothing():
    agreement = _agreement("Lorem Topics\nMoU signed with Beta College\nNovember 2019\nOn October 8, Alpha Agency "
                           "signed a memorandum of understanding with Beta College on internships.\n")
    assert agreement["date"] is None


def test_a_meeting_date_counts_when_the_next_paragraph_signs_on_that_occasion():
    filler = "Alpha University trains engineers, economists and teachers for the whole region. " * 5
    agreement = _agreement("Alpha University and Beta University meet\n\n" + filler + "\n\nThe rector of Alpha "
                           "University met the delegation of Beta University in Hall A on 12th March 2024.\n\n"
                           "On this occasion, representatives of both universities signed a memorandum of "
                           "understanding.\n")
    assert agreement["date"] == "2024-03-12"
