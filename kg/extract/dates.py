"""Dates as written in articles, and the date of the agreement.

Recognised: 'November 26, 2025', 'Nov. 26', 'the 15th January, 2019', '26 November 2025',
'March 20th, 2017', '26/11/2025', 'on the afternoon of November 26', 'August, 3, 2019'. A date without a year takes
the year only from the article's dateline (a dated first line, or '(Agency - 6th Dec, 2023)');
otherwise the date stays partial and only date_text is given.
"""

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
          "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s*(?P<year>(?:19|20)\d\d))?"
PATTERNS = [
    re.compile(_MONTH + r"\s+" + _DAY + r"(?![\d/])" + _YEAR),
    # 'August, 3, 2019', 'Aug,3, 2019' (a comma after the month, as translated pages write it): only
    # with its year, since 'In August, 3 universities joined' is no date
    re.compile(_MONTH + r",\s*" + _DAY + r",?\s*(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?:the\s+)?" + _DAY + r"(?:\s+day)?(?:\s+of)?\s+" + _MONTH + _YEAR),     # 'the 5th day of March'

    re.compile(r"(?<![\d/])(?P<day>[0-3]?\d)[/.-](?P<month>[01]?\d)[/.-](?P<year>(?:19|20)\d\d)(?![\d])"),
    re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d])"),
    # year first with slashes or dots, as East Asian pages write it: '2023/12/06', '2023.12.6'
    re.compile(r"(?<![\d/.])(?P<year>(?:19|20)\d\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/])"),
    # 'On 11/3' (day first, Vietnamese order) without a year: only right after 'on' or 'of', since a
    # bare '3/2022' is a month and year and '1/2' a fraction
    re.compile(r"(?:(?<=\b[Oo]n )|(?<=\bof )|(?<=\bdated )|(?<=\bngày )|(?<=\())(?P<day>[0-3]?\d)/(?P<month>[01]?\d)"
               r"(?![\d/])"),                                         # '(5/3)', 'dated 5/3'
]
# Words before a date that belong to how it is written: 'On the afternoon of November 26'.
LEAD_IN = re.compile(r"(?:\b[Oo]n\s+)?(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?$")
# What comes before the date of an earlier agreement in its sentence: 'builds on a letter of intent
# signed on 12 June 2023', 'had signed ...', 'In 2019, the two universities signed their first MoU on 12 June'
EARLIER_AGREEMENT = re.compile(r"\b(?:builds? on|replac(?:es|ed|ing)|follows)\b[^.;]{0,80}$"
                               # (not '..., signed a new one on', nor reported: 'announced that it had signed')
                               r"|^(?!.*\b(?:announc|said|says|report|confirm|reveal|state)\w*\b[^.;]{0,60}?\bthat\b)"
                               r".*\bhad\s+(?:already\s+)?signed\b(?:(?!\bsign)[^.;]){0,80}$"
                               r"|^In (?:19|20)\d\d\b", re.I)
RELATIVE_DAY = re.compile(r"\b(today|this morning|this afternoon|yesterday|" + "|".join(WEEKDAYS) + r")\b", re.I)


@dataclass
class DateFound:
    start: int
    end: int
    text: str                 # as written, with its lead-in ('On the afternoon of November 26')
    month: int
    day: int
    year: int | None

    def iso(self, year: int | None = None) -> str | None:
        y = self.year or year
        if not y:
            return None
        try:
            return dt.date(y, self.month, self.day).isoformat()
        except ValueError:
            return None

    def month_day(self) -> str:
        return f"--{self.month:02d}-{self.day:02d}"


def _month(value: str) -> int:
    value = value.rstrip(".").lower()
    return int(value) if value.isdigit() else MONTHS[value]


def find_dates(text: str) -> list[DateFound]:
    found = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                continue
            try:
                month, day = _month(m.group("month")), int(m.group("day"))
            except (KeyError, ValueError):
                continue
            if month > 12 and day <= 12:      # 11/26/2025 written month first
                month, day = day, month
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            year = int(m.group("year")) if m.re.groupindex.get("year") and m.group("year") else None
            lead = LEAD_IN.search(text[:m.start()])
            start = lead.start() if lead and lead.group() else m.start()
            written = text[start:m.end()].strip()
            found.append(DateFound(start, m.end(), written, month, day, year))
    return sorted(found, key=lambda d: d.start)


def parse_date_text(text: str) -> DateFound | None:
    dates = find_dates(text or "")
    return dates[0] if dates else None


def dateline(text: str) -> DateFound | None:
    """The dated line at the top ('Thursday - 17/01/2019') or an agency dateline
    ('LAHORE, (Agency - 6th Dec, 2023)'): a date with a year within the first 200 characters,
    before the first sentence of ordinary text ends."""
    head = text[:200]
    first_line = head.split("\n", 1)[0]
    for d in find_dates(head):
        if d.year is None or _named_date(text, d):
            continue
        if d.end <= len(first_line) and (len(first_line) < 60 or re.search(r"\([^()]*$", text[:d.start])
                                         or re.match(r"^[A-Z][A-Z .'’-]{2,30},\s*$", text[:d.start])):
            return d                       # 'HAI PHONG, Oct. 20, 2022 (VNS) – ...' is a dateline too
        if _bare_date_line(text, d):       # 'Headline without a full stop\n12/03/2024\n'
            return d
    return lead_dateline(text)


def _named_date(text: str, d: DateFound) -> bool:
    """A date written straight after a capitalised name, with no comma or dash between ('Riverton
    Peace Treaty 3 May 1991'): the date of what is named (a title line), not a dateline, which sets its
    place apart ('Riverton, 3 May 2024', 'Riverton- 3 May 2024')."""
    if re.match(r"(?i)on\b|the\b", d.text):        # 'held at Alpha University on 3 May 2024'
        return False
    before = text[text.rfind("\n", 0, d.start) + 1:d.start]
    name = re.search(r"(?:\b[A-Z][\w'’]+[ \t]+){2,}$", before)       # (two words at least: 'Posted 3 May 2024')
    return bool(name) and not re.search(r"(?i)\b(?:posted|published|updated|date|" + "|".join(WEEKDAYS + list(MONTHS))
                                        + r")\b", name.group())


# 'Da Nang, 12/3/2024 – ...', 'HANOI, August 16, 2018 (VNA) – ...': a place, a comma and a date
# opening a paragraph, closed by a dash (never a weekday: 'Tuesday, January 30, 2018 - 10:15' is a posting time)
# (or 'HANOI (', or an agency's bracket: 'LAHORE, (Lorem News - 6th Dec, 2023) Alpha University has ...';
# a city may carry its state, as US press releases write it: 'SPRINGFIELD, IL (May 3, 2021)—')
_LEAD_PLACE = re.compile(r"(?:^|\n)[ \t]*(?!(?:On|In|At|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][\w.'’ -]{1,30}"
                         r"(?:,[ \t]*[A-Z][A-Za-z.]{1,14})?"
                         r"(?:(?:,|\s\()[ \t]*|,?[ \t]*\([^()\n]{1,80}?[ \t][-–—][ \t]*)$")
# (the agency may follow the date after a comma: 'Riverton, May 3, RNA – ...')
_LEAD_CLOSE = re.compile(r"\)?\s*(?:\([^()\n]{1,60}\)\s*|,[ \t]*[A-Z]{2,6}[ \t]*)?[–—:-]|\)[ \t]+(?=[A-Z])")


def lead_dateline(text: str, need_year: bool = True) -> DateFound | None:
    """The dateline opening one of the first paragraphs (within 400 characters), with its year
    (or, need_year=False, also 'HANOI, March 6 (VNA) –' without one)."""
    for d in find_dates(text[:400]):
        if (d.year or not need_year) and _LEAD_PLACE.search(text, 0, d.start) and _LEAD_CLOSE.match(text, d.end):
            return d
    return None


def _bare_date_line(text: str, d: DateFound) -> bool:
    """The date is alone on one of the first three lines (with at most a weekday, a dash, a label
    or the city it was filed in: 'Da Nang, 14/3/2024')."""
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    rest = (line[:d.start - line_start] + line[d.end - line_start:]).strip(" -–—|,.:•·")   # '•  Tuesday, ...'
    # (blank lines between a logo line, a headline and 'Published September 26, 2013' do not count)
    first_lines = sum(1 for above in text[:line_start].split("\n") if above.strip()) < 3
    if first_lines and any(part.strip() == d.text.strip() for part in line.split("|")):
        return True                 # 'Egerton University, Njoro | Corporate Communications | 21st May 2024'
    rest = TIME_OF_DAY.sub("", rest)                             # '12/03/2024 08:30 GMT+7'
    rest = re.sub(r"\(\s*(?:GMT|UTC)\s*[+-]?\d{0,2}\s*\)|[()]", "", rest)    # '(08/03/2024)', '09:30 (GMT+7)'
    rest = re.sub(r"\s*,\s*(?=[,|]|$)", "", rest).strip(" -–—|,.:")   # 'Thursday, 08/03/2024, 09:30'
    return first_lines and (not rest or rest.lower() in WEEKDAYS or rest.lower().rstrip(",") in WEEKDAYS
                            or (bool(PUBLISHED_LABEL.fullmatch(rest)) or _place_name(rest))
                            and not re.search(r"[.!?]\s*\n", text[:line_start]))   # above the text, not a footer


def city_date_line(text: str, d: DateFound) -> bool:
    """The date's line holds only a city and the date ('Riverton- 3 May 2024', 'Da Nang, 14/3/2024'):
    a dateline the story was filed under, not a posting stamp ('Posted: ...', '17 July 2024 | news')."""
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    before = text[line_start:d.start]
    after = text[d.end:line_end if line_end >= 0 else len(text)]
    return not after.strip() and bool(re.fullmatch(r"\s*(.+?)\s*[,–—-]\s*", before)) \
        and _place_name(before.strip(" ,–—-")) and not PUBLISHED_LABEL.fullmatch(before.strip(" ,–—-")) \
        and before.strip(" ,–—-").lower() not in WEEKDAYS                    # 'Friday, 15/09/2023


def _place_name(words: str) -> bool:
    """'Da Nang', 'HO CHI MINH CITY', 'Đà Nẵng' before a comma: the city a dateline line opens with
    ('Da Nang, 14/3/2024'). A few capitalised words and nothing else."""
    parts = words.rstrip(",").split()
    return 0 < len(parts) <= 4 and all(w[0].isupper() and re.fullmatch(r"[^\W\d_][\w.'’-]*", w) for w in parts)


TIME_OF_DAY = re.compile(r"\b\d{1,2}[:h]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)\s*[+-]?\d{0,2})?")
# 'Posted: 12/03/2024', 'Published on March 12, 2024': when the page was published, not the signing
PUBLISHED_LABEL = re.compile(r"(?i)(?:last\s+)?(?:posted|published|updated|date|ngày đăng)(?:\s+on)?\s*:?"
                             r"|(?:(?:written|posted|reported)\s+)?by:?\s+[\w.'’ -]{2,40}")   # 'By Minh Anh - 12/03/2024'


def timestamp_line(text: str, d: DateFound) -> bool:
    """The date sits on a short line with a clock time and no sentence: when the page was posted
    ('October 11, 2023 07:52 pm | Updated 07:52 pm IST', 'June 07, 2018 3:08 PM GMT+7'), not a
    day the text gives for the signing."""
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    return len(line) < 120 and bool(TIME_OF_DAY.search(line)) and not re.search(r"[.!?]\s+[A-Z]|\b(?:sign|ink)", line)


def shift_to_weekday(date: dt.date, weekday: str) -> dt.date:
    """The latest date on or before `date` that falls on `weekday`."""
    target = WEEKDAYS.index(weekday.lower())
    return date - dt.timedelta(days=(date.weekday() - target) % 7)
