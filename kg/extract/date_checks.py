"""A second look at the agreement date chosen by kg.extract.draft, for shapes of real news pages:

- 'the first students will arrive on 1 September', 'takes effect on', 'valid until' in a sentence that
  reports no signing: a later day or the agreement's term;
- 'in line with Resolution No. 23 dated October 6, 2022': a legal document's date is never the
  signing's, nor 'X announced on March 12 that it had signed ...' (the announcement's); another date
  of the text is chosen instead, or none;
- 'RIVERTON, May 24: An MoU has been signed ...': a yearless date opening the first paragraph
  before a colon or dash, whose sentence reports the signing as done some time before ('has been
  signed', not 'signed'), is the day the story was filed, not the signing's; another date of the
  text is chosen instead, or none ('recently', 'last week' as written when the text says so);
- '75th anniversary of diplomatic relations (January 18, 1950 – 2025)', 'founded on 3 May 1961':
  the day a relation or a body began, not the signing's; another date of the text is chosen instead;
- 'from June 2 to 6', 'June 16 – 17', 'between 2 and 6 June': a range of days gives no signing day,
  only the range as written;
- 'Write: A [2011-05-20]' above a story whose paragraph opens 'On the morning of December 15, ...'
  and reports the signing: the header line's date yields to the paragraph's;
- 'The annual conference took place on 3 March.' in a paragraph that never speaks of the agreement,
  below the top: no date rather than another event's;
- 'in Riverton on Monday (3/11)': a date without its year is given only as written, so the
  written form keeps the words that make it a date ('3/11' alone reads as a fraction).
"""

import re

from kg.extract.dates import _LEAD_CLOSE, _LEAD_PLACE, WEEKDAYS, find_dates, parse_date_text

# What makes a bare day/month a date: 'on 3/11', 'dated 3/11', 'Monday (3/11)'
_DATE_LEAD = re.compile(r"(?:(?:\b(?:[Oo]n\s+)?(?:" + "|".join(WEEKDAYS) + r")\s*)?\(\s*"
                        r"|\b(?:[Oo]n|of|dated|ngày)\s+)$", re.I)


def checked_date(text: str, sents, choose):
    """choose(text, sents) -> (iso, written, start, end, confidence), as draft._event_date; read
    again without a yearless filing dateline when that is what it chose."""
    iso, written, start, end, confidence = choose(text, sents)
    for _ in range(3):          # 'under Decision No. 123/QD-TTg dated 12 January 2023': a legal document's date
        document = start is not None and (DOCUMENT_DATE.search(text, max(0, start - 80), start)
                                          or _later_or_term_date(text, start, end)
                                          or _milestone_date(text, start, end))
        announced = start is not None and ANNOUNCED_ON.search(text, max(0, start - 40), start)
        if not (document or announced):
            break
        blanked = text[:start] + " " * (end - start) + text[end:]
        again = choose(blanked, sents)
        if announced and again[2] is None:
            break               # the announcement's day is all the text gives: kept
        text, (iso, written, start, end, confidence) = blanked, again
    if start is not None and header_line(text, start, end) and _signing_paragraph_date(text, end):
        blanked = text[:start] + " " * (end - start) + text[end:]     # 'Write: A [2011-05-20]' above the story
        iso, written, start, end, confidence = choose(blanked, sents)
    if start is not None and _unrelated(text, start, end):
        return None, None, None, None, 0.0      # 'The conference took place on 3 March.' and nothing on the signing
    if start is not None and iso is None and _filing_dateline(text, start, end):
        dateline = iso, written, start, end, confidence
        vague = EARLIER_NO_DAY.search(text, end)
        blanked = text[:start] + " " * (end - start) + text[end:]     # same offsets, that date gone
        iso, written, start, end, confidence = choose(blanked, sents)
        if start is None and vague:           # 'recently', as written (D1)
            written, start, end, confidence = vague.group(), vague.start(), vague.end(), 0.5
        elif start is None:                   # no other day: the story is that day's news (D1)
            iso, written, start, end, confidence = dateline
    if start is not None:
        iso, written, start, end = _as_range(text, iso, written, start, end)
    if start is not None and iso is None and written and parse_date_text(written) is None:
        lead = _DATE_LEAD.search(text, max(0, start - 20), start)
        if lead:
            closing = ")" if "(" in lead.group() and text[end:end + 1] == ")" else ""
            start, written = lead.start(), text[lead.start():end].strip() + closing
    return iso, written, start, end, confidence


# 'from June 2 to 6', 'June 16 – 17', 'June 2-6, 2024' (the range after the date found), and
# 'from 2 to 6 June', 'between 2 and 6 June' (before it); not '... and 3 universities'
_TO = r"\s*(?:[-–—]|to|till|until|through|and)\s*"
_RANGE_AFTER = re.compile(_TO + r"(?P<last>[0-3]?\d)(?:st|nd|rd|th)?(?![\w%/:]|\.\d|\s+[a-z]+s\b)(?:,?\s*(?:19|20)\d\d\b)?")
_RANGE_BEFORE = re.compile(r"(?:\b(?:from|between)\s+)?(?<![\d/.])(?P<first>[0-3]?\d)(?:st|nd|rd|th)?" + _TO + r"$")
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$")


def _as_range(text, iso, written, start, end):
    """A date that opens or closes a range of days ('from June 2 to 6'): the signing's day is not
    given, so only the range as written (D1 date_text), no date."""
    found = parse_date_text(text[start:end])
    if found is None:
        return iso, written, start, end
    after = _RANGE_AFTER.match(text, end) if found.year is None else None     # ('June 2, 2024 to ...' is no day range)
    if after and found.day < int(after.group("last")) <= 31:
        opening = _FROM_BEFORE.search(text, max(0, start - 10), start)
        first = opening.start() if opening else start
        return None, text[first:after.end()].strip(), first, after.end()
    before = _RANGE_BEFORE.search(text, max(0, start - 20), start)
    if before and int(before.group("first")) < found.day:
        return None, text[before.start():end].strip(), before.start(), end
    return iso, written, start, end


# words that tie a date's paragraph to the agreement
_ABOUT_AGREEMENT = re.compile(r"\b(?:sign\w*|ink(?:s|ed)?|ceremony|mou|memorand\w*|agreement|accord|pact|deal|"
                              r"partnership|cooperat\w*|collaborat\w*|renew\w*)\b", re.I)


def _unrelated(text, start, end) -> bool:
    """The date's paragraph never speaks of the agreement, and the date is no dateline at the top."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    paragraph = text[line_start:line_end if line_end >= 0 else len(text)]
    if start <= 400 or _ABOUT_AGREEMENT.search(paragraph):
        return False
    # the next paragraph opens on the same event ('This meeting, ...', 'On that occasion, ...') and speaks
    # of the agreement: the date is that event's, where the signing was
    following = text[line_end:].strip().split("\n", 1)[0] if line_end >= 0 else ""
    return not (_BACK_TO_EVENT.match(following) and _ABOUT_AGREEMENT.search(following))


_BACK_TO_EVENT = re.compile(r"(?:(?:On|At|During|In)\s+)?(?:this|that|the)\s+(?:occasion|meeting|visit|event|session)\b",
                            re.I)


# 'will arrive on', 'is scheduled for', 'take effect on', 'valid until', 'due by': a later day or the
# agreement's term, not its signing
_LATER = re.compile(r"\b(?:will|shall|would|to\s+be|(?:is|are)\s+(?:expected|scheduled|due|set)\s+(?:to|for)|scheduled|"
                    r"due\s+by|until|till|effective|takes?\s+effect|expir\w*|valid|deadline|starting|beginning|"
                    r"commencing)\b[^.;]{0,60}$", re.I)


def _later_or_term_date(text, start, end) -> bool:
    """A date after a future or term word in a sentence that does not report a signing."""
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    sentence_end = re.search(r"[.!?](?:\s|$)|\n", text[end:])
    sentence = text[sentence_start:end + (sentence_end.start() if sentence_end else len(text) - end)]
    if _TERM_BEFORE.search(text, max(sentence_start, start - 40), start):
        return True           # 'which is expected to run until 31 December 2028', even beside 'signed'
    return bool(_LATER.search(text, sentence_start, start)) and not _SIGNING_WORD.search(sentence)


_TERM_BEFORE = re.compile(r"\b(?:until|till|through|expir\w*(?:\s+on)?|effective(?:\s+from)?|"
                          r"takes?\s+effect(?:\s+(?:on|from))?|deadline(?:\s+of)?|due\s+by)\s+$", re.I)


def header_line(text, start, end) -> bool:
    """The date sits on a short line of its own above the story that is no sentence ('Write: A
    [2011-05-20]', 'Regional News of Thursday, 18 April 2024'), not in a sentence about the signing."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    return start < 400 and len(line) < 80 and not line.endswith((".", "!", "?")) \
        and not _SIGNING_WORD.search(line)


def _signing_paragraph_date(text, after) -> bool:
    """A later paragraph opens with a date ('On the morning of December 15, ...') and reports a
    signing: the story's own date, which a header line's date yields to."""
    for d in find_dates(text[after:]):
        at = after + d.start
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        paragraph = text[line_start:line_end if line_end >= 0 else len(text)]
        if not text[line_start:at].strip() and _SIGNING_WORD.search(paragraph):
            return True
    return False


_SIGNING_WORD = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?)\b", re.I)


def _filing_dateline(text, start, end) -> bool:
    """'RIVERTON, May 24: An MoU has been signed' opening a paragraph in the first lines: the
    dateline's day stands only when the text names no other day and no 'recently' (guide D1,
    settled in session 10)."""
    if not (start < 400 and _LEAD_PLACE.search(text, 0, start) and _LEAD_CLOSE.match(text, end)):
        return False
    sentence_end = re.search(r"[.!?](?:\s|$)", text[end:])
    sentence = text[end:end + sentence_end.end() if sentence_end else len(text)]
    return bool(_PERFECT_SIGNING.search(sentence))


# 'recently', 'last week', 'earlier this month', 'a few days ago': before the story, on no day given
EARLIER_NO_DAY = re.compile(r"\b(?:recently|lately|last\s+(?:week|month)|earlier\s+this\s+(?:week|month|year)|"
                            r"(?:a\s+few|several|some)\s+days\s+ago|the\s+other\s+day)\b", re.I)


# 'Resolution No. 23-NQ/TW dated October 6, 2022', 'Decree 86/2018 of 6 June 2018': the date of a legal
# document the agreement follows, not of the signing
DOCUMENT_DATE = re.compile(r"\b(?:Resolution|Decision|Decree|Circular|Directive|Law|Ordinance|Instruction|"
                           r"Official\s+Letter|Dispatch|Conclusion)\s+(?:No\.?\s*)?\d[\w/.-]*(?:\s+[\w/-]+){0,3}?"
                           r"\s+(?:dated|of|issued\s+on)\s+$")


# 'the 75th anniversary of relations (January 18, 1950 – 2025)', 'established on 3 May 1961', 'since
# 12 June 1992': the day something began, long before the story
_BEGAN_BEFORE = re.compile(r"\b(?:anniversary\b[^.;]{0,80}?|(?:founded|established|set\s+up|inaugurated|born|since)"
                           r"\s+(?:on\s+|in\s+)?)\(?\s*$", re.I)
_YEAR_SPAN_AFTER = re.compile(r"\s*[-–—]\s*(?:19|20)\d\d\b")


def _milestone_date(text, start, end) -> bool:
    """A date that opens a span of years ('January 18, 1950 – 2025') or follows 'anniversary',
    'founded on', 'since' with no signing word between: when a relation or a body began."""
    if _YEAR_SPAN_AFTER.match(text, end):
        return True
    began = _BEGAN_BEFORE.search(text, max(0, start - 100), start)
    return bool(began) and not _SIGNING_WORD.search(text, began.start(), start)


# 'X announced on March 12 that it had signed ...': the day of the announcement
ANNOUNCED_ON = re.compile(r"\b(?:announc|report|confirm|reveal|stat|disclos)ed\s+(?:\w+\s+)?$", re.I)


# 'has been signed', 'have officially signed': done, on a day the text does not give
_PERFECT_SIGNING = re.compile(r"\b(?:has|have)\s+(?:(?:been|now|just|officially|recently)\s+)*(?:sign|ink)\w*",
                              re.I)
