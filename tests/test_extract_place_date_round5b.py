"""Place and date shapes of general press English behind misses on the real development pages (issue 12,
round 5, second pass), each as invented sentences in several wordings:

- a venue whose name holds 'of the' ('the Embassy of the Republic of Freedonia in Riverton') is kept whole;
- a signer's workplace after his post ('Mr A, Registrar at Beta Polytechnic', 'Vice President for
  Research at Alpha University') is not the venue;
- a posting time above the story ('October 11, 2023 07:52 pm | Updated ...') is no signing day;
- a range of days ('from June 2 to 6') gives only the range as written;
- 'August, 3, 2019' (a comma after the month) is a date;
- 'yesterday' under a dateline without a year gives only 'yesterday' (guide D1);
- a yearless filing dateline over 'has been signed' gives no date; 'recently' as written when the text says so.
"""

import pytest

from kg.extract import extract


def _agreement(text):
    return extract(text, gazetteer=None)["agreement"]


@pytest.mark.parametrize("text, place", [
    ("Alpha University and Beta Institute signed a memorandum of understanding at the Embassy of the Republic "
     "of Freedonia in Riverton on 5 March 2024.", "Embassy of the Republic of Freedonia in Riverton"),
    ("The agreement was signed at the Ministry of Health of the Republic of Freedonia on March 5, 2024 by the "
     "two ministers.", "Ministry of Health of the Republic of Freedonia"),
    ("During a meeting at the Ministry of Foreign Affairs of the Kingdom of Lorem, the two sides signed the "
     "accord.", "Ministry of Foreign Affairs of the Kingdom of Lorem"),
    ("The ministers signed the protocol at the Ministry of Education of the Kingdom of Lorem on 4 March 2024.",
     "Ministry of Education of the Kingdom of Lorem"),
    ("The two agencies signed an MoU at the Embassy of the United Republic of Lorem on 3 April 2024.",
     "Embassy of the United Republic of Lorem"),
])
def test_a_venue_named_with_of_the_is_kept_whole(text, place):
    assert _agreement(text)["place"] == place


@pytest.mark.parametrize("text", [
    "The MoU was signed by Dr John Smith, Pro-Vice Chancellor for Global Engagement at the University of "
    "Riverton, and Prof. Jane Doe, Rector of Beta Institute, on 5 March 2024.",
    "The agreement was signed by Prof. Ann Lee, Vice President for Research at Alpha University, and Dr Tom "
    "Roe, President of Beta College.",
    "The MoU was signed by Mr Sam Poe, Secretary General at the Riverton Chamber of Commerce, and the rector of "
    "Alpha University.",
    "Signing for the company was Ms Mary Jones, Director of International Relations at Lorem Holdings, while "
    "Alpha University was represented by its rector.",
    "Professor Ola Ade, Vice-Chancellor of Alpha University, and Mr Tunde Bako, Registrar at Beta Polytechnic, "
    "signed the memorandum.",
])
def test_a_signers_workplace_is_not_the_venue(text):
    assert _agreement(text)["place"] is None


@pytest.mark.parametrize("text, place", [
    # (guards) a hotel or hall after the post is still a venue; so is a place after 'the President at'
    ("The MoU was signed by Mr Sam Poe, President of Beta College at the Grand Hotel in Riverton on 5 March "
     "2024.", "Grand Hotel in Riverton"),
    ("The MoU was signed in the presence of the President at the State Palace in Riverton on 5 March 2024.",
     "State Palace in Riverton"),
    ("Dr John Smith, Pro-Vice Chancellor for Global Engagement, signed the MoU at the Riverton Campus on "
     "5 March 2024.", "Riverton Campus"),
])
def test_a_venue_after_a_post_stays(text, place):
    assert _agreement(text)["place"] == place


@pytest.mark.parametrize("text", [
    "Alpha University inks MoU with Beta Centre\n\nOctober 11, 2023 07:52 pm | Updated 07:52 pm IST - RIVERTON\n\n"
    "Alpha University and Beta Centre have signed a Memorandum of Understanding to train technicians.",
    "Provincial News\nLorem region and Alpha Province agree to set up relations\nThe two sides will set up a "
    "working group.\nJune 07, 2018 3:08 PM GMT+7\nThe two provinces have signed an agreement on trade and tourism, "
    "the provincial government said.",
    "Education\nAlpha College ties up with Beta Motors\nTechnicians for the region's new plants.\nLast updated: "
    "21 Sep 2022, 10:02 AM\nAlpha College and Beta Motors have signed a memorandum of understanding on "
    "technician training.",
    "A tripartite MoU is signed\n\nTuesday, January 30, 2018 - 10:15\n\nAlpha University has signed a "
    "Memorandum of Understanding with Beta Organization and Gamma University.",
])
def test_a_posting_time_is_no_signing_day(text):
    agreement = _agreement(text)
    assert agreement["date"] is None and agreement["date_text"] is None


def test_today_under_a_posting_time_is_that_day():      # (guard: 'today' still counts from it)
    text = ("Ministry of Health of Lorem, posted 28 March 2024 15:39\n\nThe ministers of Lorem and Ipsum signed a "
            "memorandum on hospital cooperation at today's meeting in Riverton.")
    assert _agreement(text)["date"] == "2024-03-28"


@pytest.mark.parametrize("text, written", [
    ("The signing took place during the governor's visit to the Lorem region from June 2 to 6, the provincial "
     "government said.", "from June 2 to 6"),
    ("The agreement was signed during the visit, from 2 to 6 June 2024.", "from 2 to 6 June 2024"),
    ("The signing was part of the Rector's working trip to Lorem from March 2 to 6.", "from March 2 to 6"),
    ("The two universities signed the MoU on June 16 – 17 during the Science Days.", "on June 16 – 17"),
    ("Alpha University signed an MoU with Beta College during a working visit between 2 and 6 June.",
     "between 2 and 6 June"),
])
def test_a_range_of_days_is_given_only_as_written(text, written):
    agreement = _agreement(text)
    assert agreement["date"] is None and agreement["date_text"] == written


def test_a_day_followed_by_a_count_is_no_range():                # (guard)
    text = "Alpha University signed an MoU with Beta College on June 2 and 3 universities joined later."
    assert _agreement(text)["date_text"] == "on June 2"


@pytest.mark.parametrize("text, date", [
    ("Alpha University signed the agreement on August, 3, 2019 with Beta Institute.", "2019-08-03"),
    ("The two universities signed the MoU on Wednesday, August, 3, 2019, in the main hall.", "2019-08-03"),
    ("After two years of talks, the two sides inked a memorandum on Sept,12 2021 in Riverton.", "2021-09-12"),
])
def test_a_comma_after_the_month(text, date):
    assert _agreement(text)["date"] == date


def test_a_comma_after_the_month_needs_its_year():               # (guard)
    assert _agreement("In August, 3 universities signed an MoU with Beta Institute.")["date_text"] is None


@pytest.mark.parametrize("text", [
    "SIBU (Feb 25): Alpha University and Beta Sdn Bhd signed an MoU here yesterday.",
    "KUCHING, March 3: The state government and Beta Bhd inked an agreement yesterday to develop a port.",
    "RIVERTON, May 24 (Lorem) – Alpha University signed a memorandum of understanding with Beta College "
    "yesterday.",
])
def test_yesterday_under_a_dateline_without_year(text):
    agreement = _agreement(text)
    assert agreement["date"] is None and agreement["date_text"] == "yesterday"


@pytest.mark.parametrize("text, written", [
    # the text says the signing was some time before: no day, only the words as written (D1)
    ("RIVERTON, May 24: An MoU has been signed between Alpha University and Beta Institute to promote "
     "research. The memorandum was signed online recently, said a press release.", "recently"),
    ("SOUTHTOWN, 3 June: A memorandum of understanding has been inked by Alpha College and Beta Bank. It "
     "was signed last week, the college said.", "last week"),
])
def test_a_yearless_filing_dateline(text, written):
    agreement = _agreement(text)
    assert agreement["date"] is None and agreement["date_text"] == written


@pytest.mark.parametrize("text, place", [
    # 'here' under a dateline is its town (guide D2), also with nothing between 'signed' and 'here' and
    # under a dateline without a date
    ("LAHORE: Alpha University and Beta College signed an MoU here on Monday to promote research.", "LAHORE"),
    ("HANOI — An agreement was inked here on Tuesday between Alpha Institute and Beta Ltd.", "HANOI"),
    ("RIVERTON, March 5 – A memorandum of understanding was signed here today between Alpha University and "
     "Beta College.", "RIVERTON"),
    ("PESHAWAR: A memorandum of understanding (MoU) was signed here on Monday between Alpha University and "
     "Beta College.", "PESHAWAR"),
])
def test_signed_here_under_a_dateline(text, place):
    assert _agreement(text)["place"] == place


@pytest.mark.parametrize("text", [
    # (guards) a label is no town; 'here' in a quote is no signing place; 'Alpha College here' is where
    # that party is
    "NOTE: Alpha University and Beta College signed an MoU here.",
    "KOCHI, March 5: An MoU was signed between Beta Ltd and Alpha College here.",
    "LAHORE: Alpha University and Beta College signed an MoU on Monday. \"We are happy to be here,\" the "
    "rector said.",
])
def test_no_town_without_signed_here(text):
    assert _agreement(text)["place"] is None
