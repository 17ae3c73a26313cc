"""The year of a yearless signing date from a dated line above the text (issue 12, round 2).
Every text here is invented."""

import pytest

from kg.extract import extract


@pytest.mark.parametrize("text, expected", [
    # a bulleted weekday and date under the headline
    ("Riverton signs cooperation agreement with Alpha University\n\n  \u2022  Tuesday, March 21, 2023\n\n"
     "RVT - The People's Committee of Riverton on March 21 signed a cooperation agreement with Alpha University.",
     "2023-03-21"),
    # a 'Published' line after a logo line, a headline and a blank line
    ("Alpha logo\nAlpha University begins exchange program with Beta University\n\nPublished September 26, 2013\n\n"
     "Officials of Alpha University and Beta University signed an MoU on Thursday Sept. 26.", "2013-09-26"),
])
def test_year_from_the_dated_line_above(text, expected):
    assert extract(text, gazetteer=None)["agreement"]["date"] == expected
