"""The page's stamp lines, which give the year to a day and month the text names (guide D1).

A stamp is a dated line above the story that is no sentence: a date alone or with a clock time, a
label or a byline ('Oct 28, 2014 / 13:50', 'Updated : 2019-09-03', 'Write: A [2011-05-20]'). The
nearest one above the day the text names is the reference: a banner's date further up (a clock
widget's 'Tuesday, 02 January 2024 12:17 GMT' over '2025-11-14 01:05:46') gives way to it.
"""

import re

from kg.extract.date_checks import header_line
from kg.extract.dates import MONTHS, DateFound, find_dates, timestamp_line

TOP = 400          # stamps sit in the first lines of the page


def stamps(text: str) -> list[DateFound]:
    """Dates with a year on stamp lines in the first TOP characters, in text order."""
    return [d for d in find_dates(text[:TOP]) if d.year and d.iso()
            and (timestamp_line(text, d) or header_line(text, d.start, d.end))]


def year_reference(text: str, at: int, top: DateFound | None) -> DateFound | None:
    """The dateline or stamp nearest above position `at` that has a full date, else `top`."""
    above = [d for d in stamps(text) if d.end <= at]
    if top and top.iso() and top.end <= at:
        above.append(top)
    return max(above, key=lambda d: d.start) if above else (top if top and top.iso() else None)


def same_day_with_year(text: str, day: DateFound) -> DateFound | None:
    """The same day and month written with its year elsewhere in a sentence of the text (a title line's
    '[Friday, June 30]' above '... concluded an MoU on June 30, 2023'): that date, not a stamp's year.
    Only when one year is so written, and never a stamp's own date."""
    on_stamps = {d.start for d in stamps(text)}
    same = [d for d in find_dates(text) if d.year and d.iso() and (d.month, d.day) == (day.month, day.day)
            and d.start not in on_stamps]
    return same[0] if len({d.year for d in same}) == 1 else None


# 'December 2015' alone on a line above the story: the month the page is filed under
_MONTH_LINE = re.compile(r"(?im)^[ \t]*(?P<month>[a-z]+)\.?,?[ \t]+(?P<year>(?:19|20)\d\d)[ \t]*$")


def month_line_year(text: str, day: DateFound) -> int | None:
    """The year of a month-and-year line in the first TOP characters that names the day's own month
    ('December 2015' over 'On December 1, X signed ...'), above the day."""
    for m in _MONTH_LINE.finditer(text, 0, min(TOP, day.start)):
        if MONTHS.get(m.group("month").lower()) == day.month:
            return int(m.group("year"))
    return None
