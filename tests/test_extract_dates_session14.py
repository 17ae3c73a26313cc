"""Date shapes behind misses on fresh real pages (session 14), each as invented text:

- an agency after a yearless dateline's date ('Riverton, May 3, RNA – ...') closes the dateline as a
  bracket or dash does, so a weekday under it is written as it stands (guide D1, session 11);
- a city with its state ('SPRINGFIELD, IL (May 3, 2021)—') opens a dateline too: its date is the
  release's, not the signing day the text gives later;
- a line of only a city and a dated date above a story that names no other day ('Riverton- 3 May 2024')
  is its dateline, and the story that day's news (guide D1); a posting line ('Posted: 3 May 2024') is not.
- when no date sits in a sentence about the signing, a date in the text comes before one on a header
  line ('Campus news · 12 March 2024'): such a line is when the page was posted (guide D1).
- a date written straight after a name on a title line ('Riverton Peace Treaty 3 May 1991') is that
  event's, no dateline: its year is not the signing's.
"""

import pytest

from kg.extract import extract


def _agreement(text):
    return extract(text, gazetteer=None)["agreement"]


@pytest.mark.parametrize("text, written", [
    ("Riverton, May 3, RNA – Alpha University and Beta Institute on Tuesday signed a memorandum of "
     "understanding on joint research.", "on Tuesday"),
    ("Lorem City, July 10, XNA - The Gamma Council on Friday signed an agreement with the Delta Company "
     "for student placements.", "on Friday"),
    ("Westport, Nov 2, LNA – Alpha College signed an MoU with Beta Hospital yesterday to train nurses.",
     "yesterday"),
])
def test_an_agency_after_a_yearless_dateline_leaves_the_weekday_as_written(text, written):
    agreement = _agreement(text)
    assert agreement["date"] is None
    assert agreement["date_text"] == written


def test_an_agency_dateline_alone_still_gives_its_day():
    agreement = _agreement("Riverton, May 3, RNA – Alpha University and Beta Institute have signed a "
                           "memorandum of understanding on joint research.")
    assert agreement["date_text"] == "May 3"


@pytest.mark.parametrize("opening", ["SPRINGFIELD, IL (May 3, 2021)—", "LOREM CITY, Md. (May 3, 2021) –"])
def test_a_city_with_its_state_opens_a_dateline(opening):
    text = ("Alpha University Signs Agreement with Beta University\n\nMay 3, 2021\n\n" + opening +
            "Alpha University announced today that it has signed a memorandum of understanding with Beta "
            "University.\n\nThe two presidents signed the MOU April 20, 2021, in Riverton.")
    assert _agreement(text)["date"] == "2021-04-20"


@pytest.mark.parametrize("line", ["Riverton- 3 May 2024", "Lorem City, 03/05/2024", "RIVERTON – May 3, 2024"])
def test_a_city_and_date_line_dates_a_story_with_no_other_day(line):
    text = (f"Alpha University signs MoU with Beta Institute\n\n{line}\n\nAlpha University signed a memorandum "
            "of understanding with Beta Institute to develop joint research.")
    assert _agreement(text)["date"] == "2024-05-03"


@pytest.mark.parametrize("line", ["Posted: 3 May 2024", "Friday, 3 May 2024", "3 May 2024 | news"])
def test_a_posting_line_alone_gives_no_date(line):
    text = (f"Alpha University signs MoU with Beta Institute\n\n{line}\n\nAlpha University signed a memorandum "
            "of understanding with Beta Institute to develop joint research.")
    assert _agreement(text)["date"] is None


@pytest.mark.parametrize("header", ["Campus news · 12 March 2024", "Events and news 12 Mar 2024"])
def test_a_date_in_the_text_comes_before_a_header_line_date(header):
    text = (f"Alpha University and Beta College sign cooperation agreement\n\n{header}\n\nAlpha University "
            "welcomed a delegation from Beta College on March 10. A cooperation agreement was signed to "
            "support student exchange.")
    assert _agreement(text)["date_text"] == "on March 10"


@pytest.mark.parametrize("title", ["Riverton Peace Treaty 3 May 1991", "Lorem Charter Day 12 June 1965"])
def test_a_date_after_a_name_on_a_title_line_is_no_dateline(title):
    text = (f"{title}\n\nTuesday, May 28, 2024\n\nAlpha University and Beta College signed a memorandum of "
            "understanding in Riverton on May 24.")
    assert _agreement(text)["date"] == "2024-05-24"


def test_a_city_set_apart_from_its_date_is_still_a_dateline():
    text = ("Riverton, 3 May 2024\n\nAlpha University and Beta College signed a memorandum of understanding "
            "on May 2.")
    assert _agreement(text)["date"] == "2024-05-02"
