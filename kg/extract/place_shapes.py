"""Shapes in which 'in X' or 'at X' inside a signing sentence does not say where the signing was,
and the host of a ceremony as its venue, from how English announcements are written (issue 12,
round 3); kg.extract.places asks these before keeping a place phrase:

- 'Dr. Kim In Chul', 'Three Universities In Riverton' (a headline): a capitalised 'In'/'At' that
  does not open the sentence is part of a name or a title-case line;
- 'Prof. B, Associate Dean in the Social Science Academy': where a person works;
- 'Beta University, the second largest university in Freedonia': where a party is;
- 'experience in the Lorem labour market': a capitalised word before a common noun is a modifier;
- 'a 2+2 programme in Fashion Design': a field of study after a programme or training word;
- 'Alpha University hosted the signing ceremony': the host is the venue when no 'at'/'in' place is
  given.
"""

import re

from kg.extract.institutions import INSTITUTION_HEADS

# A post or person before 'in'/'at': 'Associate Dean in the ...', 'a lecturer at ...'
# (also a diplomat's post: 'the Consul General in Riverton', 'Lorem's Ambassador in Ipsum')
WORKPLACE_BEFORE = re.compile(r"\b(?:dean|professor|lecturer|director|head|chair\w*|researcher|fellow|officer|manager|"
                              r"coordinator|student|scientist|member|teacher|staff|consul(?:[- ]general)?|ambassador|"
                              r"envoy)s?\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# A post set beside a name ('Dr X, Vice President at Alpha University'), or a post with its field
# ('Pro-Vice Chancellor for Global Engagement at ...', 'Director of International Relations in ...'):
# where a signer works. (Not 'in the presence of the President at the State Palace': no comma, no field.)
_POSTS = (r"(?:dean|professor|lecturer|director|head|chair\w*|researcher|fellow|officer|manager|coordinator|"
          r"scientist|member|teacher|chancellor|president|secretary|secretary[- ]general|rector|provost|registrar|"
          r"principal|executive|ceo|advis[eo]r|consultant|representative|engineer|specialist|expert|attach[eé]|"
          r"counsel+or|minister|ambassador|deputy|treasurer|governor)s?")
_FIELD = r"(?-i:(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and|&|of|the|[A-Z][\w'’&-]*)){0,5})"
POST_BEFORE = re.compile(r"(?:,\s*(?:the\s+|an?\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?" + _POSTS + r"(?:\s+(?:for|of)\s+"
                         + _FIELD + r")?|\b" + _POSTS + r"\s+for\s+" + _FIELD + r")\s+(?:in|at)\s+(?:the\s+)?$",
                         re.I)
# ('Mr A, President of Beta College at the Grand Hotel': a hotel or hall is a venue, not a workplace)
_VENUE_WORD = re.compile(r"\b(?:Hotel|Hall|Room|Auditorium|Theat(?:re|er)|Palace|Resort|Lounge|Boardroom|Pavilion|"
                         r"Stadium|Arena|Convention|Ballroom)\b", re.I)
# A description set beside a party: ', the second largest university in X', ' - the leading art school in X'
DESCRIBED_BODY = re.compile(r"(?:,|\s[–—-])\s+(?:the|an?|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,5}?"
                            r"(?:universit(?:y|ies)|colleges?|schools?|institut(?:e|ion)s?|compan(?:y|ies)|firms?|groups?|"
                            r"hospitals?|academ(?:y|ies)|organi[sz]ations?|providers?|manufacturers?|banks?|centres?|"
                            r"centers?|agenc(?:y|ies))"
                            # (also with what it does there: ', a company operating in X', ', a firm making buses in X', ', a school with campuses in X')
                            r"(?:\s+(?:(?!during|morning|evening|meeting|signing|building)[a-z]+ing(?:\s+[a-z]+){0,2}|that\s+[a-z]+s|with\s+(?:\w+\s+){0,2}?[a-z]+s))?\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# 'Posted in Riverton on 5 May' (where the story was filed); 'attended by guests in X' (where people are from)
# (also where a press statement was issued: 'according to a statement issued on Friday in Riverton')
NOT_THE_SIGNING_BEFORE = re.compile(r"(?:\b(?:posted|published|filed|updated|reported|datelined|"
                                    r"guests|delegates|officials|residents|participants|visitors|attendees|citizens|"
                                    r"farmers|workers|employees|patients|communities|people)"
                                    r"|\b(?:statement|press\s+release|news\s+release|communiqu[eé])\s+(?:was\s+)?"
                                    r"(?:issued|released|made|published|sent|shared|signed|copied)\b[^.;,]{0,40}?)"
                                    r"\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# A relative clause between the signing word and the place: 'signed an MoU with Beta Group, whose factory in X
# employs 500 people', '..., which runs clinics in X': the place belongs to the clause about the party
RELATIVE_CLAUSE = re.compile(r",\s+(?:whose|which|who)\b(?!\s+(?:was|were)\s+(?:\w+ly\s+)?(?:sign|ink|held))[^,;]*$")
# Common nouns a capitalised name can modify: 'the ASEAN labour market', 'the Riverton economy'
MODIFIED_NOUN = re.compile(r"\s+(?:markets?|labou?r|sectors?|industry|industries|economy|community|language|context|"
                           r"style|model|system|way|tradition|standards?|"
                           # 'in the Alpha School programme': a scheme's name, not a venue
                           r"programmes?|programs?|projects?|initiatives?|schemes?|"
                           # 'in the Nurse Educator track', 'in the Data Science stream': a course of study
                           r"tracks?|streams?|pathways?|concentrations?|speciali[sz]ations?|curricul(?:um|a)|"
                           # 'at the Alpha signing', 'at the Riverton ceremony': the occasion, its venue not named
                           r"signings?|ceremon(?:y|ies))\b")
# A name ending in a possessive, then a common noun: "a milestone in Riverton's development strategy"; the name says
# whose the thing is (a venue noun after it is read with the name: "at Alpha's headquarters")
POSSESSOR = re.compile(r"['’]s$")
# Fields of study after 'programme in', 'training in': 'in Fashion Design', 'in Business Administration'
DISCIPLINE = re.compile(r"\b(?:Design|Business|Engineering|Sciences?|Studies|Management|Technolog(?:y|ies)|Marketing|"
                        r"Communications?|Medicine|Nursing|Law|Economics|Education|Arts|Textiles?|Administration|Finance|"
                        r"Accounting|Tourism|Agriculture|Informatics|Mathematics|Physics|Chemistry|Biology|Pharmacy|"
                        r"Architecture|Logistics|Languages?|Linguistics|Literature|History|Journalism|Media)\b")
_NAME = r"(?:the\s+)?(?P<place>[A-Z][\w'’\-]*(?:\s+(?:of\s+|and\s+|for\s+)?(?:the\s+)?[A-Z][\w'’\-]*){0,7})"
# 'Alpha University hosted the signing ceremony', 'the ceremony was hosted by Alpha University'
HOSTED = [re.compile(_NAME + r"\s+hosted\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:signing|ceremony)\b"),
          re.compile(r"\b(?:signing|ceremony)\s+(?:\w+\s+){0,2}?hosted\s+by\s+" + _NAME)]


# A body with its town set off by commas, then 'in' its state: 'with Alpha University, Owo, in Lorem State',
# '... Medical Centre (FMC), Ede, in X': the address of the party, not the signing's place
_BODY_END = (r"(?:\b(?i:" + "|".join(sorted(INSTITUTION_HEADS | {"centre", "center", "council", "company", "corporation",
                                                                   "limited", "ltd", "plc", "group", "board"}))
             + r")|\([A-Z][\w&.\-]{1,12}\))")
BODY_TOWN_BEFORE = re.compile(_BODY_END + r",\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2},\s*in\s+(?:the\s+)?$")


def not_a_place(text: str, sentence_start: int, match_start: int, value: str, value_end: int,
                topic_before: bool) -> bool:
    """The phrase text[match_start:value_end] ('in X', 'at the X') is none of the venue's shapes
    above. topic_before: a programme or training word comes right before 'in'."""
    opening = text[match_start:match_start + 2]
    if opening[0].isupper() and text[sentence_start:match_start].strip(" \"'“‘-–—•*"):
        return True                              # 'Dr. Kim In Chul'
    before = text[max(sentence_start, match_start - 60):match_start]
    preposition = before + text[match_start:match_start + 3]
    if NOT_THE_SIGNING_BEFORE.search(preposition):
        return True                              # 'Posted in X', 'attended by guests in X'
    if works_at(text, sentence_start, match_start, value) or DESCRIBED_BODY.search(preposition):
        return True                              # 'Associate Dean in the X', ', the largest university in X'
    if BODY_TOWN_BEFORE.search(text, max(sentence_start, match_start - 80), match_start + 3):
        return True                              # 'Alpha University, Owo, in Lorem State': where a party is
    if re.search(r"\bthe\s*$", text[match_start:match_start + 60].split(value, 1)[0]) \
            and MODIFIED_NOUN.match(text, value_end):
        return True                              # 'in the ASEAN labour market'
    if POSSESSOR.search(value) and re.match(r"\s+[a-z]", text[value_end:value_end + 2]):
        return True                              # "in Riverton's economic growth": whose, not where
    if in_quoted_title(text, sentence_start, match_start):
        return True                              # 'a protocol on "Exam Centres in Lorem Offices"': a title
    return topic_before and opening.lower() == "in" and bool(DISCIPLINE.search(value))


# an open double quote before the place, and the quoted words up to its close
_OPEN_QUOTE = re.compile(r"[\"“](?P<quoted>[^\"“”]*)$")


def in_quoted_title(text: str, sentence_start: int, match_start: int) -> bool:
    """The place phrase at match_start lies inside a quoted title: 'signed a protocol in the scope of
    "Setting Up Exam Centres in Lorem Offices"' (every word of four letters or more capitalised), not
    inside a quoted speech ('"We signed it in Riverton," he said')."""
    opened = _OPEN_QUOTE.search(text, sentence_start, match_start)
    if not opened:
        return False
    close = re.search(r"[\"”]", text[match_start:match_start + 300])
    quoted = opened.group("quoted") + text[match_start:match_start + (close.start() if close else 0)]
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", quoted) if len(w) > 3]
    return close is not None and len(words) >= 3 and all(w[0].isupper() for w in words)


def works_at(text: str, sentence_start: int, match_start: int, value: str = "") -> bool:
    """The 'in'/'at' at match_start follows a post: 'Associate Dean in the X', 'Mr A, Registrar at X'."""
    preposition = text[max(sentence_start, match_start - 60):match_start + 3]
    return bool(WORKPLACE_BEFORE.search(preposition)
                or POST_BEFORE.search(text, max(sentence_start, match_start - 120), match_start + 3)
                and not _VENUE_WORD.search(value))


def host_venue(text: str, sents) -> tuple[str, int, int] | None:
    """The institution hosting the signing ceremony, named in a signing sentence."""
    for s in sents:
        for pattern in HOSTED:
            for m in pattern.finditer(text, s.start, s.end):
                words = m.group("place").split()
                if words[-1].lower() in INSTITUTION_HEADS or (len(words) == 1 and words[0].isupper()):
                    return m.group("place"), m.start("place"), m.end("place")
    return None


# After the signing word, what the agreement is about, then 'in X' with no comma between: 'signed an MoU for the
# establishment of a research centre in Riverton', '... on joint research in Riverton': where the work will be,
# not the signing (not 'on Monday', 'on behalf of', 'on the sidelines of', 'for a period of': no topic)
_TOPIC_THEN_IN = re.compile(r"\b(?:on|for|about|regarding|concerning)\s+(?!(?:the\s+|a\s+)?(?:sidelines?|margins?|"
                            r"occasion|eve|behalf|afternoon|morning|evening|day|period|term|duration)\b)"
                            r"(?:(?:the|a|an)\s+)?[a-z][\w\-]*\b[^,;:()]*\s+in\s+(?:the\s+)?$")
# ('signed an agreement on cooperation in healthcare in Riverton on 5 May': a day after the place tells the signing)
# (also after a locality word the place reader leaves for later: 'in Riverton city on 5 May')
_DAY_AFTER = re.compile(r"(?:\s+(?:city|province|district|town))?,?\s+(?:on\s+(?:[A-Z][a-z]+|\d+)|this\s+(?:week|month)|last\s+week|yesterday|today)\b")
# (or before it: 'signed an agreement on digital services on 15/8 in Riverton')
_DAY_BETWEEN = re.compile(r"\bon\s+(?:[A-Z][a-z]+|\d+)\b")


# a named day right after the place: 'in Riverton city on March 31', '... on Monday', '... on 5 May'
_NAMED_DAY_AFTER = re.compile(r"(?:\s+(?:city|province|district|town))?,?\s+on\s+(?:(?:the\s+)?\d{1,2}\b|(?:Monday|Tuesday|"
                              r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                              r"August|September|October|November|December)\b)")


def day_follows(text: str, place_end: int) -> bool:
    """The place ending at place_end is followed by the day ('signed an agreement to set up ties in Riverton city on
    21 October'): the place of the dated act, the signing, not of what the agreement is for."""
    return bool(_NAMED_DAY_AFTER.match(text, place_end))


def place_of_topic(text: str, cue_end: int, match_start: int, place_end: int) -> bool:
    """The 'in X' at match_start ends a topic phrase begun after the signing word (cue_end)."""
    topic = _TOPIC_THEN_IN.search(text[cue_end:match_start + 3])
    return bool(topic) and not _DAY_BETWEEN.search(topic.group()) and not _DAY_AFTER.match(text, place_end)
