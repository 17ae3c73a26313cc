"""Where the agreement was signed: 'at the NVC campus', 'in Ho Chi Minh City', 'at the vice
chancellor's office', read from the sentences that report the signing or ceremony."""

import re

from kg.extract.areas import names_an_area
from kg.extract.institutions import COUNTRIES, INSTITUTION_HEADS
from kg.extract.place_extent import LEAD_IN_PLACE, OWN_PREMISES, continued, without_lead_in
from kg.extract.place_shapes import RELATIVE_CLAUSE, day_follows, host_venue, not_a_place, place_of_topic, works_at
from kg.extract.text import Sentence

# a signing word, not 'signifies', 'significant', 'signal' or 'signage'
# (also the act told in other words: 'put pen to paper at X', 'initialled at X')
SIGN = r"(?:sign(?!if|al|age)\w*|put\s+pen\s+to\s+paper|initiall?ed|sealed)"      # ('the deal was sealed at X')
FORMALISED = r"formali[sz]ed"      # 'The agreement, formalised at X, ...'
EVENT_CUES = re.compile(r"\b(" + SIGN + "|" + FORMALISED + r"|ceremony|held|memorandum|mou|agreement|visited|ink(?:ed|s|ing)?|"
                        r"entered into|took place|the\s+(?:event|function|occasion)\b[^.;]{0,60}?\b(?:hosted|organi[sz]ed|conducted))\b",
                        re.I)
# ('Meeting Room No. 2': the number sign is part of the name;
#  'the Embassy of the Republic of Freedonia', 'the Palace of the Nation': 'of the' inside a name;
#  'the Lorem Resort & Spa': '&' too)
# (a capital with a diacritic too: 'Łódź', 'Ústí Hall', 'Đà Nẵng')
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-ŽḀ-ỿ]"
_CAP_PHRASE = (r"(?:" + _UPPER + r"[\w'’\-]*(?:–[A-Z][\w'’\-]*)?|\d+)(?:\s+(?:of\s+the|of|and|&|the|de(?:\s+la)?|del|la|van(?:\s+der)?|von)?\s*(?:No\.\s?\d+\b|"
               + _UPPER + r"[\w'’\-]*|\d+))*")
_PLACE_NOUN = (r"(?:office|campus|hall|headquarters|building|room|auditorium|centre|center|hotel|palace|library|"
               r"plant|factory|complex|pavilion|theatre|theater|premises|house|hub|park|resort|residence|stadium|arena|"
               r"chamber|tower|lounge|boardroom|rectorate|atrium|foyer|lobby|classroom|"
               # ('in the ballroom of the Lorem Hotel', "at the university's museum", 'at the embassy in Riverton')
               r"ballroom|museum|gallery|secretariat|garden|embassy|consulate|block|plaza|laboratory)")
# Malay and Indonesian venue words written before the name: 'Menara Alpha', 'Wisma Beta', 'Gedung Rektorat'
_HEAD_FIRST_VENUE = re.compile(r"(?:Menara|Wisma|Dewan|Balai|Gedung|Graha|Aula)\s")
_UNIT_CODE = r"(?:\s+(?:No\.\s?)?(?:[A-Z]\d{0,2}|\d{1,3})\b)?"    # 'Campus 3', 'Building A', 'Hall A2', 'Room No. 2'
# "Thuyloi University's main campus", "NLU's administration building"
_POSSESSIVE = (r"(?<=['’]s)\s+(?:(?:[a-z][\w\-]*|[A-Z][\w\-]*)\s+){0,3}(?i:" + _PLACE_NOUN + r")s?\b"
               + _UNIT_CODE)                                            # "HIU's Campus 3"
# "... campus in Hanoi", "the Embassy of Australia in Hanoi": where that building is
_LOCALITY = r"(?:district|province|city|commune|ward|town|campus)\b"   # 'Long Thanh district, Dong Nai province'
# 'in District 1', 'in the VSIP Park', 'at 144 X Street'
_IN_CITY = (r"(?:\s+(?:in|at\s+\d+)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|\d+\b|" + _LOCALITY + r")){0,4}"
            r"|\s+in\s+the\s+(?:(?:[a-z]+\s+){0,2}(?:city|town|capital)|heart|cent(?:re|er)|outskirts|suburbs)\s+of\s+"
            r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}"
            #   'in the new city of Riverton', 'in the heart of Riverton'
            r"|\s+on\s+(?:[A-Z][\w'’\-]*\s+){1,4}(?:Street|Road|Avenue|Boulevard)"      # 'on Nguyen Van Bao Street'
            r"|\s+on\s+[A-Z]\w*(?:ring|stra(?:ß|ss)e|gasse|weg|platz|allee|damm)\b"    # 'on Universitätsring'
            r"|\s+on\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){1,5}(?:[a-z]+\s+)?campus\b)?")  # "on X's main campus"
# 'signed ... when the delegation paid a visit to the X campus in Y' (only in a signing sentence: a visit
# told apart from the signing does not say where it was signed)
_VISIT_TO = r"(?:(?<=\bvisit\s)|(?<=\bvisits\s))to"
PLACE = re.compile(
    r"(?:\b[Aa]t|\b[Ii]n|" + _VISIT_TO + r")\s+(?:the\s+)?(?P<place>" + _CAP_PHRASE + r"(?:" + _POSSESSIVE + _IN_CITY + r"|\s+"
    + r"(?:(?!(?:and|or|with|for|to)\b)[a-z][\w\-]*\s+){0,2}" + _PLACE_NOUN     # 'the OPCT main building'
    + _IN_CITY + r")?(?:\s*\([^()]{1,60}\))?"
    # 'the headquarters of OU', 'the DIST campus', "the university's Building A"
    r")|(?:\b[Aa]t|\b[Ii]n|\b[Oo]n|\binside|" + _VISIT_TO + r")\s+(?P<plain>(?:the|its|their)\s+"
    # (also a long name after a locating word: 'the new Lorem Ipsum University Health and Wellbeing Hub')
    # (not across a preposition: 'at the ceremony in the Lorem Hall' is the hall)
    r"(?:(?:[a-z][\w\-]*\s+){1,2}(?:[A-Z][\w'’\-]*\s+(?:(?:and|of|&)\s+)?){3,7}|(?:(?!(?:in|at|on|inside)\s)[\w'’\-]+\s+){0,4})"
    r"(?i:" + _PLACE_NOUN + r")(?:(?<!s)s)?" + _UNIT_CODE      # (plural: 'at the offices of Alpha Ltd')
    # (an owner's venue after it: "the conference room of the Rector's office")
    + r"(?:\s+of\s+(?:the\s+)?" + _CAP_PHRASE + r"(?:(?<=['’]s)\s+(?:[a-z]+\s+)?(?i:" + _PLACE_NOUN + r")\b)?"
    + r"(?:\s*\([^()]{1,60}\)(?=\s+in\s))?)?" + _IN_CITY + r")\b")
# What may follow a place after a comma: the building's campus or block ('at Hall A, Campus 2'), or,
# after a street, its city ('at 18 Lang Ha Street, Hanoi'), a place that ends the clause
_STREET = r"\b(?:Street|Road|Avenue|Boulevard)"
_NAMED_AREA = r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|\d+|" + _LOCALITY + r")){0,3}"     # 'Dong Nai province'
_MORE_OF_PLACE = re.compile(r",\s+(?:(?P<unit>(?:Campus|Building|Block|Floor|Room|Hall|Tower)\s+[A-Z0-9][\w-]{0,3})\b"
                            # 'Hoa Lac, Hanoi', '11 Le Hong Phong Street, Hanoi', 'Cau Giay District, Hanoi'
                            r"|(?!(?:Dr|Prof|Mr|Mrs|Ms|Assoc|No)\.)(?:\d+\s+)?" + _NAMED_AREA
                            + r"(?:,\s+(?!(?:Dr|Prof|Mr|Mrs|Ms|Assoc|No)\.)" + _NAMED_AREA + r"){0,2}"     # (not ', Mr. A')
                            r"(?=\s*(?:[.;]|$)|,?\s+(?:on|in|at|with|during|where)\b"
                            # '..., Sudirman Campus, Denpasar, Thursday (5/12/2024)'
                            r"|,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))")
# Whose building or campus it is, and where: 'Hall A, Campus 2 of HAAT', '... of the university in Hoang Mai District'
_UNIT = r"\b(?i:" + _PLACE_NOUN + r"|block|floor|tower)(?:\s+(?:No\.\s?)?(?:[A-Z]\d{0,2}|\d{1,3}))?"
_OWNER = re.compile(r",?\s+of\s+(?:the\s+)?(?:(?P<name>" + _CAP_PHRASE + r")|(?P<head>[a-z]+))\b" + _IN_CITY)
EVENT_NOUNS = {"expo", "fair", "forum", "summit", "conference", "festival", "exhibition", "congress", "symposium"}
UNIT_NAME = r"(?:Faculty|School|Department|Office|Centre|Center|Institute|College|Division)\s+of\s"
OWNER_HEADS = INSTITUTION_HEADS | {"company", "corporation", "province", "city"}
COUNTRY_AFTER = re.compile(r",\s*(?P<in>in\s+)?(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
NOT_PLACES = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"(?:MoU|MOU|MoA|MOA|Memorandum|Agreement)s?$|"     # 'as agreed upon in the MoU'
                        r"the\s+(?!" + _PLACE_NOUN + r"s?\b)\w+\s+of|"
                        r"\d+(?:\s+\w+\s+\d+)?$|"          # 'in 2024', '2024 and 2028' (not '1 X Street')
                        # 'signed in Vietnamese and English': a language, not a place
                        r"(?:English|Vietnamese|French|German|Japanese|Korean|Chinese|Thai|Russian|Spanish|Lao|"
                        r"Khmer|Italian|Dutch)(?:\s+and\s+\w+)?$)\b")
SIGNING_VERB = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?)\b", re.I)
# The sentence reports the signing itself, not only what the agreement will do
# ('held', not 'to be held' or 'will be held': an event still to come, 'training to be held in X')
HELD = r"(?<!\bbe\s)held"
# ('The event was hosted at X', 'the function, organised at X': the occasion of the signing, told back)
HOSTED_EVENT = r"the\s+(?:event|function|occasion)\b[^.;]{0,60}?\b(?:hosted|organi[sz]ed|conducted)"
SIGNING_CUES = re.compile(r"\b(" + SIGN + "|" + FORMALISED + r"|ceremony|" + HELD + r"|took place|ink\w*|visited|entered into|"
                          + HOSTED_EVENT + r")\b", re.I)
# 'After the ceremony, the delegation visited the Simulation Centre': what happened next, elsewhere
# (also 'Prior to the ceremony, the delegation visited ...': what happened before, elsewhere)
AFTERWARDS = re.compile(r"^(?:After|Following|Prior\s+to|Before)\s+(?:the\s+)?(?:signing|ceremony|event)\b", re.I)
# a capitalised word before 'in' that names the agreement, not a body ('signed an MoU in Japan')
AGREEMENT_WORDS = r"(?:MoU|MOU|MoA|MOA|MoC|MOC|LOI|LoI|Agreement|Understanding|Memorandum|Cooperation)\b"
# 'cooperation in ...', 'training in ...': what follows may be a field, not a place
TOPIC_BEFORE_IN = re.compile(r"\b(?:cooperat\w*|collaborat\w*|partnership|training|research|education|expertise|"
                             r"experience|development|programmes?|programs?|degrees?|courses?|majors?|studies|exchanges?)\s+$", re.I)
# an agreement noun (or 'focusing') right before 'in': 'Cooperation Agreement in', 'an MoU focusing in', 'Cooperation
# Agreemnt in' (a misspelt noun after the topic word)
FIELD_OF_AGREEMENT = re.compile(r"\b(?:(?i:agreements?|memorand\w*|mou|moa|focus(?:ing|ed|es)?)"
                                r"|(?i:cooperation|collaboration)\s+[A-Z][a-z]+)\s+$")
# 'a summer school to be held in Krakow', 'a centre to be housed on the Kandi campus': a later event or
# what the agreement will set up; 'a university based in Freising': where a party is
FUTURE_EVENT = re.compile(r"\b(?:(?:to|will|would|shall)\s+be\s+(?:\w+ed|held|built|set\s+up|run)"
                          r"|will\s+take\s+place|(?:based|located|headquartered|situated))\s+$")
# a signing verb whose clause goes on to the place, with no purpose ('to develop ...') in between
# 'the Faculty of Law at Alpha University', 'the Consulate General of Freedonia in Riverton': the 'at'/'in'
# goes on a unit's or an office's name (where it is), not the signing
NAME_OF_BEFORE = re.compile(r"\b(?:University|Faculty|Department|School|Institute|College|Embassy|Consulate(?:\s+General)?)"
                            r"\s+of\s+[A-Z][\w'’\-]*(?:\s+(?:and|&|of|the|[A-Z][\w'’\-]*))*\s*$")
# 'signed an agreement so that students complete their training at X': the purpose, not the venue
PURPOSE = re.compile(r"\b(?:so\s+that|in\s+order\s+(?:to|that)|so\s+as\s+to)\b", re.I)
# after the signing verb: an infinitive or a relative clause says what the agreement is for
PURPOSE_TO = re.compile(r"\bto\s+(?!(?:be|the|an?|its|their|his|her|this|that)\b)[a-z]+\b"
                        r"|\bfor\s+(?!(?:the\s+)?sign)[a-z]+ing\b"        # 'signed an MoU for setting up a college at X'
                        r"|\b(?:that|which)\s+(?!(?:was|were|is|are|had|has)\b)[a-z]+s\b")
# after the signing word, what a party will or can do under the agreement, up to the place with no comma
# between ('Under the MoU signed today, B will support trade missions in X', '... and students could now
# gain experience in X'); not a signing still to come ('will sign the MoU at', 'will be held at')
WILL_DO = re.compile(r"\b(?:will|shall|can|could|would|may|might)\s+(?:(?:\w+ly|now|also|then|further)\s+)?"
                     r"(?!(?:be\s+)?(?:sign|ink|held|hold|host)|take\s+place)[a-z]+\b[^,;:()]*$")
# a signing still to come: 'Delegates will gather at X on 5 May to sign the MoU'
FUTURE_SIGNING = re.compile(r"\b(?:to|will|shall)\s+(?:\w+ly\s+)?(?:sign|ink)\b", re.I)
# after the signing word, another event at another time: 'The signing follows a meeting in X', 'The MoU builds on
# a partnership begun in X in 2015' (the place of a past event is not the signing's, guide D2)
OTHER_TIME = re.compile(r"\b(?:follows|comes\s+after|came\s+after|builds?\s+on|built\s+on|begun|began|"
                        r"launched|initiated|dates?\s+back)\b", re.I)
# 'signed in the central city of Riverton': the city named after its description
# (also the name set after it: 'in the capital, Riverton', 'in the capital city Riverton', "in Freedonia's
# capital Riverton", 'in the Freedonian capital of Riverton')
CITY_OF = re.compile(r"\bin\s+(?:the|[A-Z][\w\-]*['’]s?)\s+(?:[A-Za-z]+\s+){0,2}?"
                     r"(?:city|province|capital(?:\s+city)?|town)(?:\s+of\s+|\s*,\s*|\s+)"
                     r"(?P<place>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})")
# 'took place in the northern province', 'at a ceremony in the Vietnamese southern locality': the town
# named earlier, described by where it lies (written so when the text gives no name there)
DESCRIBED_ONLY = re.compile(r"\bin\s+(?P<place>the\s+(?:[A-Z][a-z]+\s+)?(?:(?:north|south|east|west)(?:ern)?|"
                            r"(?:north|south)-?(?:east|west)(?:ern)?|central|mountainous|coastal|border|highland)\s+"
                            r"(?:[a-z]+\s+)?(?:locality|province|city|region|town|district|hub))\b(?!\s+of\b|\s*,\s*[A-Z])")
# 'Dr X, head of research at AU, said ...': where a speaker works, unless a signing verb governs it
SPEECH = re.compile(r"\b(?:said|says|added|noted|stated|told|stressed|emphasi[sz]ed|highlighted|laud(?:ed|ing)|"
                    r"prais(?:ed|ing))\b")
# 'RIVERTON (Feb 25): ... signed an MoU here yesterday': 'here' is the town of the dateline
# (also with nothing between: 'An MoU was signed here on Monday', 'inked here today')
SIGNED_HERE = re.compile(r"\b(?:sign\w*|ink\w*)(?:\s+[\w'’-]+){0,6}?(?:\s*\([^()]{1,20}\))?\s+here\b")
# (also the town named by its kind: 'signed an MoU in the city on Monday', '... in the capital' under 'RIVERTON, May 5 -')
SIGNED_IN_THE_CITY = re.compile(r"\b(?:sign\w*|ink\w*)\b[^.;:]{0,80}?\sin\s+the\s+(?:(?:provincial|state|national|federal)\s+)?"
                                r"(?:city|capital|town)\b(?!\s+of\b|\s*,?\s+[A-Z])")
# 'here' with the day after it ends the signing clause, however long the parties' names before it: 'has been
# signed between Alpha University and Beta College, Freedonia here on Wednesday'
SIGNED_HERE_ON_DAY = re.compile(r"\b(?:sign\w*|ink\w*)\b[^.;:!?\n]{0,200}?\s+here\s+(?:on|today|yesterday|this|last)\b")
# (or a town in capitals without a date: 'LAHORE: ...', 'NEW DELHI: ...', 'HANOI (VNA) – ...', 'HANOI — ...';
#  not a label: 'NOTE: ...', 'UPDATE: ...')
DATELINE_TOWN = re.compile(r"(?m)^(?P<place>[A-Z][A-Za-z'’.\- ]{1,30}?)\s*(?:,|\()\s*"
                           r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+[A-Z][a-z]{2}"
                           # (an agency's bracket holding the day: 'LOREM, (Ipsum News / APP - 21st Feb, 2024)')
                           r"|\([^()\n]{0,60}\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}\))"
                           r"|^(?!(?:NOTE|UPDATED?|EXCLUSIVE|BREAKING|PHOTOS?|VIDEO|WATCH|READ|EDITOR\w*|SUMMARY|SOURCE|"
                           r"BY|ABSTRACT|CAPTION|FILE)\b)"
                           r"(?P<capital_town>[A-Z][A-Z'’.\- ]{2,30}?)(?::|\s*\([^()\n]{1,30}\)\s*[–—:-]|\s+[–—])\s")
# 'said this in Riverton during the signing of the MoU': the place of the signing, though a speech verb
# comes first
DURING_SIGNING = re.compile(r"\s+(?:during|at)\s+the\s+(?:signing|ceremony)\b", re.I)
SIGNED_AT = re.compile(r"\b(?:" + SIGN + "|" + FORMALISED + r"|held|took place|ceremony|ink\w*|entered into)\b"
                       r"(?:(?!\bto\s+[a-z]+\b)[^.;:])*$", re.I)


def find_place(text: str, sentences, prefer_start: int | None = None, year: int | None = None) -> tuple[str, int, int] | None:
    """(place as written, start, end) from the first event sentence that names one; the sentence
    holding the agreement date (prefer_start) is read first; a sentence set in a year before the
    agreement's (year) tells an earlier event."""
    # the headline (an unpunctuated first line) only summarises: the body's wording is read first
    first_line = text.split("\n", 1)[0]
    headline_end = len(first_line) if first_line and first_line.rstrip()[-1:] not in ".!?" else 0
    ordered = sorted((_before_afterwards(s) for s in sentences),
                     key=lambda s: (not (prefer_start is not None and s.start <= prefer_start < s.end),
                                    s.end <= headline_end, not SIGNING_CUES.search(s.text), s.start))
    dated = [s for s in sentences if prefer_start is not None and s.start <= prefer_start < s.end]
    found = [p for s in ordered if (EVENT_CUES.search(s.text) or s in dated) and not _visit_only(s.text)
             and (s in dated or not _earlier_year(s.text, year))
             for p in _places_in(text, s) if _event_before(text, s, p[1], s in dated)]
    # 'The agreement was signed at CTU's Hoa An campus' before '... agreement to develop rice farming
    # in the Mekong Delta': a place the signing verb governs comes first
    found.sort(key=lambda p: not SIGNED_AT.search(text, max(0, p[1] - 150), p[1]))
    # 'to support pharmacy education in Vietnam': a bare country yields to a place named elsewhere
    specific = [p for p in found if p[0].lower() not in COUNTRIES]
    if found:
        return (specific or found)[0]
    where = _where_signed(text, ordered)      # 'The delegation travelled to Beta Hall, where the MoU was signed'
    if where:
        return where
    venue = _venue_named(text)      # 'The venue of the signing was Beta Hall', 'X was the venue for the ceremony'
    if venue:
        return venue
    premises = _own_premises(text, ordered)      # 'signed the agreement at the academy'
    if premises:
        return premises
    host = host_venue(text, sentences)     # 'Alpha University hosted the signing ceremony'
    if host:
        return host
    here = _signed_here(text) or SIGNED_IN_THE_CITY.search(text)
    town = DATELINE_TOWN.search(text, 0, 400) if here else None
    if town:
        group = "place" if town.group("place") else "capital_town"
        return town.group(group), town.start(group), town.end(group)
    # (no place from a visit to an institution alone: 'X visited the University of Y and signed an MoU'
    # names whom X visited, not where the text says the signing was)
    return None


# the place a clause 'where ... signed' goes on from: 'The delegation travelled to Beta Hall, where the MoU was
# signed', 'A visited Beta University, where the two sides signed an MoU' (it says where the signing was, guide D2)
_WHERE_SIGNED = re.compile(r"\b(?:to|at|in|visit(?:ed|ing))\s+(?P<place>(?:(?:the|its|their)\s+)?" + _CAP_PHRASE
                           + r"(?:['’]s)?(?:\s+(?i:" + _PLACE_NOUN + r")s?\b)?),\s+where\s+[^.;]{0,80}?\b(?:"
                           + SIGN + r"|ink(?:ed|s|ing)?|ceremony|took\s+place)\b")


def _where_signed(text, ordered) -> tuple[str, int, int] | None:
    """The place a ', where ... signed' clause is said of, in a sentence read for the signing."""
    for s in ordered:
        for m in _WHERE_SIGNED.finditer(text, s.start, s.end):
            value, start = m.group("place"), m.start("place")
            owner = re.match(r"(?:the|its|their)\s+", value)
            if owner:
                value, start = value[owner.end():], start + owner.end()      # 'its Riverton campus' -> 'Riverton campus'
            if not NOT_PLACES.match(value):
                return value, start, start + len(value)
    return None


def _earlier_year(sentence: str, year: int | None) -> bool:
    """'In 2019, the two signed a similar agreement in Riverton': the sentence names a year before the
    agreement's, so its place is that of an earlier event (guide D2)."""
    if year is None:
        return False
    # (the year opens the sentence or goes with its signing verb: not 'at Lorem Hall, built in 1960')
    told = re.match(r"\W*(?:In|Since|Back\s+in|Earlier\s+in|During)\s+(?:[A-Z][a-z]+\s+)?(?P<y>(?:19|20)\d\d)\b", sentence) \
        or re.search(r"\b(?:sign|ink)\w*\b[^,.;:]{0,60}?\b(?P<y>(?:19|20)\d\d)\b", sentence, re.I)
    return bool(told) and int(told.group("y")) < year


# the words of a sentence that tell an event besides a visit
_NOT_ONLY_VISIT = re.compile(r"\b(?:" + SIGN + "|" + FORMALISED + r"|ceremony|held|took\s+place|memorandum|mou|moa|"
                             r"agreement|ink(?:ed|s|ing)?|entered\s+into)\b", re.I)


def _visit_only(sentence: str) -> bool:
    """'On 4 April, the delegation visited Beta College in Riverton.': a visit told without the signing
    says whom the guests saw, not where the signing was (guide D2)."""
    return bool(re.search(r"\bvisit\w*", sentence, re.I)) and not _NOT_ONLY_VISIT.search(sentence)


# the venue told by the noun 'venue': 'The venue for the signing ceremony was Beta Hall',
# "Alpha University's Council Room was the venue of the signing"
_VENUE_NOUN = r"\bvenue\s+(?:of|for)\s+the\s+(?:[\w-]+\s+){0,3}?(?:signing|ceremony)\b"
_VENUE_NAMED = [re.compile(_VENUE_NOUN + r"[^.;,]{0,60}?\s+(?:was|is)\s+(?:the\s+)?(?P<place>" + _CAP_PHRASE + r")", re.I),
                re.compile(r"(?:^|(?<=[.;\n])\s*|\bthe\s+)(?P<place>" + _CAP_PHRASE + r"(?:['’]s\s+" + _CAP_PHRASE
                           + r")?)\s+(?:was|served\s+as|became)\s+the\s+" + _VENUE_NOUN[2:], re.M)]


def _venue_named(text) -> tuple[str, int, int] | None:
    """The place a sentence names as the venue of the signing (a capitalised name, not 'the university')."""
    for pattern in _VENUE_NAMED:
        m = pattern.search(text)
        if m and m.group("place")[:1].isupper() and not NOT_PLACES.match(m.group("place")):
            return m.group("place"), m.start("place"), m.end("place")
    return None


def _own_premises(text, ordered) -> tuple[str, int, int] | None:
    """'A and B signed an agreement at the academy': a party's premises named by its head noun, in a
    clause the signing verb governs (not 'a lecturer at the university', 'to study at the college')."""
    for s in ordered:
        for m in OWN_PREMISES.finditer(text, s.start, s.end):
            # the signing word governs it: no comma or clause between ('Speaking at the ceremony, the Rector
            # hoped for better research at the university' is not the venue)
            governed = re.search(r"\b(?:" + SIGN + r"|held|took\s+place|ceremony|ink\w*)\b[^,.;:]{0,60}$",
                                 text[s.start:m.start()], re.I)
            between = governed.group() if governed else ""
            if any(p.search(between) for p in (PURPOSE, PURPOSE_TO, WILL_DO)):
                continue          # 'signed an MoU so that students can study at the university'
            if governed and SIGNED_AT.search(text, s.start, m.start()) and not works_at(text, s.start, m.start()):
                return m.group("place"), m.start("place"), m.end("place")
    return None


def _signed_here(text: str) -> bool:
    """'signed an MoU here', 'was signed here today' (not 'between Alpha University (AU) here and ...': a
    name or its acronym before 'here' says where that party is, unless the day follows: '..., Freedonia here
    on Wednesday')."""
    if SIGNED_HERE_ON_DAY.search(text):
        return True
    for m in SIGNED_HERE.finditer(text):
        last = re.search(r"(?:\([^()]*\)|[\w'’-]+)$", m.group()[:-len("here")].rstrip())
        if last and (last.group()[:1].isupper() or last.group()[:1] == "(") \
                and not re.search(AGREEMENT_WORDS, last.group()):
            continue
        return True
    return False


# an event verb before the place: 'was signed in', 'entered into ... at', 'was concluded in'
# (not 'met', 'hosted', 'organised', 'conducted' in a sentence that only names the agreement: 'Talks on the agreement
# were conducted in X', 'The agreement builds on a workshop organised in X' tell another event)
EVENT_BEFORE = re.compile(r"\b(?:" + SIGN + r"|" + HELD + r"|took\s+place|ceremony|ink\w*|visit\w*|entered\s+into|conclu\w*)\b", re.I)


EARLIER_SIGNING = re.compile(r"\b(?:first|originally|previously|initially)\s+(?:\w+\s+)?(?:sign|ink)\w*"
                             r"|\b(?:original|initial|previous|earlier|former)\s+(?:\w+\s+)?(?:mou|agreement|memorandum)"
                             r"|\bhad\s+(?:already\s+)?signed\b|\bsince\s+signing\b|\byears?\s+ago\b|\blast\s+year\b"
                             r"|^Previously\b", re.I)


# an event of its own held by the parties (a symposium, a forum), told without the agreement
OTHER_EVENT_HELD = re.compile(r"\b(?:held|hosted|organi[sz]ed)\s+(?:(?:a|an|the|its|their)\s+)?[^.;]{0,80}?\b(?:symposi(?:um|a)|"
                              r"conferences?|forums?|workshops?|seminars?|festivals?|exhibitions?|fairs?|congress|"
                              r"summits?|competitions?|webinars?)\b", re.I)
ABOUT_THE_AGREEMENT = re.compile(r"\b(?:" + SIGN + r"|ceremony|mou|moa|memorandum|agreement|ink\w*)\b", re.I)


def _event_before(text: str, s: Sentence, start: int, dated: bool) -> bool:
    """A sentence that only mentions the agreement ('Students in Riverton will benefit from the MoU')
    says where the signing was only when an event verb comes before the place ('In Riverton, A and B
    signed ...' and the sentence of the agreement's date are read whole)."""
    if not dated and EARLIER_SIGNING.search(s.text):
        return False          # 'The original MoU was signed in Riverton in 2019': an earlier agreement's place
    if not dated and OTHER_EVENT_HELD.search(s.text) and not ABOUT_THE_AGREEMENT.search(s.text):
        return False          # 'In 2017, A and B jointly held a symposium in Riverton': another event
    return dated or bool(SIGNING_CUES.search(s.text) or EVENT_BEFORE.search(text, s.start, start))


def _before_afterwards(s: Sentence) -> Sentence:
    """'After the signing ceremony at Hall A, the guests visited the labs': only the opening phrase
    (up to its comma) says where the signing was; the rest is what happened next."""
    if not AFTERWARDS.match(s.text):
        return s
    comma = s.text.find(",")
    if comma < 0:
        return s
    return Sentence(s.start, s.start + comma, s.text[:comma])


def _places_in(text, s):
    """The first place phrase of sentence s, as a one-item list (empty when it names none)."""
    described = [m for pattern in (CITY_OF, DESCRIBED_ONLY) for m in pattern.finditer(text, s.start, s.end)
                 if re.search(r"\b(?:sign\w*|ink\w*|held|took place|ceremony)\b[^,.;]{0,60}$", text[s.start:m.start()], re.I)]
    # (a described city before the plain reading of the same words: "in Freedonia's capital Riverton")
    described += LEAD_IN_PLACE.finditer(text, s.start, s.end)    # 'in the esteemed setting of the X Hall'
    for m in sorted([*PLACE.finditer(text, s.start, s.end), *described], key=lambda m: (m.start(), m.re not in (CITY_OF, DESCRIBED_ONLY))):
        group = "place" if m.group("place") else "plain"
        value = m.group(group)
        named_after = _venue_after_person(text, m.start(group), s.end) if HONORIFIC.match(value) else None
        if HONORIFIC.match(value) and not named_after:
            continue          # 'at Prof.' cut at the full stop: a person, not a place
        place_end = named_after.end() if named_after else m.end(group)
        value = named_after.group() if named_after else value
        if NOT_PLACES.match(value) or _names_the_occasion(value):
            continue
        if _opens_a_list(text, value, place_end, s.end):
            continue          # 'officials of the association in Oyo, Osun and Ogun': where they are from
        if m.group().startswith("to") and not SIGNING_VERB.search(s.text):
            continue
        if m.group().startswith("to") and not re.search(r"(?i)\b" + _PLACE_NOUN + r"s?\b", value):
            continue          # 'during a visit to Riverton', '... to Beta College': whom or where they visited (D2)
        if NAME_OF_BEFORE.search(text, max(s.start, m.start() - 100), m.start()):
            continue
        if SPEECH.search(s.text) and not SIGNED_AT.search(text, s.start, m.start()) \
                and not DURING_SIGNING.match(text, place_end):
            continue
        before_place = text[s.start:m.start()]
        last_cue = list(SIGNING_CUES.finditer(before_place))
        if last_cue and SPEECH.search(before_place, last_cue[-1].end()):
            continue          # 'Addressing the signing ceremony, the Minister highlighted ... in X'
        if last_cue and RELATIVE_CLAUSE.search(before_place, last_cue[-1].end()):
            continue          # '..., whose factory in X employs 500 people': said of a party
        if not last_cue and re.search(r",\s+who(?:se)?\b[^,;]*$", before_place):
            continue          # 'Prof A, who studied in X, signed for Alpha': said of a person
        topic = bool(TOPIC_BEFORE_IN.search(text, max(s.start, m.start() - 30), m.start()))
        if not_a_place(text, s.start, m.start(), value, place_end, topic):
            continue
        if PURPOSE.search(before_place, last_cue[-1].end() if last_cue else 0):
            continue
        purpose = PURPOSE_TO.search(before_place, last_cue[-1].end()) if last_cue else None
        # ('signed an agreement to set up ties in X on 21 October': the named day dates the signing there; not 'for
        # setting up a college at X on Monday', what will be built there)
        if purpose and not (purpose.group().startswith("to") and day_follows(text, place_end)):
            continue          # 'signed an MoU to build a hospital in X', '... that benefits patients in X'
        if last_cue and WILL_DO.search(before_place, last_cue[-1].end()):
            continue          # 'By signing the MoU, A will run courses in X': what the agreement will do
        if not last_cue and WILL_DO.search(before_place) and not FUTURE_SIGNING.search(s.text):
            continue          # 'Students will train at X under the agreement signed on Monday': the same, told first
        if last_cue and OTHER_TIME.search(before_place, last_cue[-1].end()):
            continue          # 'The signing follows a meeting in X', '... builds on a partnership begun in X'
        if last_cue and m.group()[:2].lower() == "in" and not re.search(r"(?i)\b" + _PLACE_NOUN + r"s?\b", value) \
                and place_of_topic(text, s.start + last_cue[-1].end(), m.start(), place_end):
            continue          # 'signed an MoU for the establishment of a centre in X': where the work will be
        if FUTURE_EVENT.search(text, max(s.start, m.start() - 30), m.start()):
            continue
        # 'the Embassy of France in Vietnam', '(BOKU) in Vienna': where a named body is, not the signing
        # ('signed an MoU in Japan' is)
        # (also with its acronym: 'the Ministry of Education in the United Arab Emirates (UAE)')
        if re.sub(r"\s*\([^()]*\)$", "", value).lower() in COUNTRIES and re.search(r"\b(?!" + AGREEMENT_WORDS + r")[A-Z][\w'’\-]*\s+$",
                                                    text[s.start:m.start()]):
            continue
        # 'cooperation in Artificial Intelligence': a field named in title case, not a place
        if m.group()[:2].lower() == "in" and topic and names_an_area(value):
            continue
        # 'Cooperation Agreement in TVET', 'an MoU focusing in Higher Education' (title lines): the agreement's field
        # (a venue noun keeps it: 'signed an MoU in Engineering Hall')
        if m.group()[:2].lower() == "in" and FIELD_OF_AGREEMENT.search(text, max(s.start, m.start() - 40), m.start()) \
                and names_an_area(value) and not re.search(_UNIT, value):
            continue
        bracket = re.search(r"\(([^()]*)\)\s*$", before_place)
        if bracket and m.group()[:2].lower() == "in" and bracket.group(1).lower() not in COUNTRIES \
                and not _names_no_body(before_place[:bracket.start()], bracket.group(1)):
            continue          # '(BOKU) in Vienna' (not 'a delegation from Shanghai (China) in Hanoi')
        end = place_end
        locality = re.match(r"\s+(?:province|district|region|areas?|commune|city)\b", text[end:])
        if locality:
            if not re.search(r"\b(?:sign\w*|held|took place|ceremony)\b[^,.;]{0,40}$", text[s.start:m.start()], re.I) \
                    and not (last_cue and day_follows(text, place_end)):
                continue              # 'students in Dong Nai province': who, not where it was signed
            value, end = value + locality.group(), end + locality.end()      # 'signed in Dong Nai province'
        value, end = _with_city(text, s, value, end)
        for _ in range(2):         # 'Hall A, Campus 2 of HAAT'; 'Room 201 of the A1 Building, Alpha University'
            value, end = _more_of_place(text, s, m.start(group), value, end)
        country = COUNTRY_AFTER.match(text, end)
        # 'in Tokyo, Japan'; 'at the Alpha Campus, UoA, in Freedonia'
        if country and (country.group("country").lower() in COUNTRIES and m.group()[:2].lower() == "in"
                        or country.group("in") and re.match(r"\s*[.,;]", text[country.end():])):
            value, end = text[m.start(group):country.end()], country.end()
        start = m.start(group)
        end = continued(text, start, end, s.end)      # ', at the X Building, in Riverton'
        value, start = without_lead_in(text[start:end], start)     # 'the iconic Riverton Tower'
        owner = re.match(r"(?:its|their|our)\s+(?=[A-Z])", value)     # "at their Riverton campus": the name
        if owner:
            value, start = value[owner.end():], start + owner.end()
        return [(value.strip(), start, end)]
    return []


# A venue named after a person, title kept: 'at Prof. A B Virtual Classroom', 'in the Dr. A. B. C Auditorium'
# (a title alone, cut at its full stop, is never a place)
HONORIFIC = re.compile(r"(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Sheikh|Justice|Chief|Engr|Hon)\.?$")
_VENUE_AFTER_PERSON = re.compile(r"(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Sheikh|Justice|Chief|Engr|Hon)\.?\s+)+"
                                 r"(?:(?:[A-Z]\.\s*)+|[A-Z][\w'’-]*\s+){1,6}?(?:[A-Z][\w'’-]*\s+){0,2}?"
                                 r"(?i:" + _PLACE_NOUN + r")s?\b" + _UNIT_CODE)


def _venue_after_person(text, start, s_end):
    """The venue named after a person that starts at `start` ('Prof. A B Virtual Classroom'), or None."""
    return _VENUE_AFTER_PERSON.match(text, start, s_end)


def _with_city(text, s, value, end):
    """The venue (value, ending at end) with where it is: 'the Embassy of Australia in Hanoi'; a
    venue inside another goes on to the outer one's place ('the X Auditorium in Y Hall on Z's main
    campus')."""
    for _ in range(2):
        city = re.match(_IN_CITY, text[end:s.end])
        building = re.search(r"(?i)\b" + _PLACE_NOUN + r"s?(?:\s+\d+)?$", value) or _HEAD_FIRST_VENUE.match(value) \
            or value.split()[-1].lower() in INSTITUTION_HEADS or value.isupper() \
            or value.split()[-1].lower() in EVENT_NOUNS      # 'Bach Mai Hospital in Hanoi', 'ULSA in Hanoi', 'X Expo in Y'
        # a venue named head first: 'the Office of the Prime Minister in Riverton', 'the Palace of the Nation in Y'
        building = building or re.match(r"(?i:" + _PLACE_NOUN + r")\s+of\s", value)
        if not ((re.match(r"(?:Embassy|Consulate|Ministry)\b", value) or building) and city and city.group()):
            break
        value, end = value + city.group(), end + city.end()
    return value, end


def _names_no_body(before: str, bracketed: str) -> bool:
    """The bracket before 'in X' abbreviates the agreement ('a Memorandum of Understanding (MoU) in China') or an
    event ('the Lorem summit (COP15) in Canada'), not a body whose town 'in X' would give."""
    return bool(re.fullmatch(AGREEMENT_WORDS, bracketed)) \
        or (before.split() or [""])[-1].lower() in EVENT_NOUNS


# ', Osun and Ogun', ', Lorem, Ipsum and Dolor': the rest of a list of bare names
_REST_OF_LIST = re.compile(r"(?:,\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}){1,4},?\s+and\s+[A-Z][\w'’\-]*"
                           r"(?:\s+[A-Z][\w'’\-]*){0,2}\b"
                           # (the phrase ends there: 'In Riverton, Alpha University and Beta College signed' is the subject)
                           r"(?=\s*[,.;:)]|\s+(?:by|on|in|at|during|when|where|with|for)\b)")


def _opens_a_list(text, value, end, limit) -> bool:
    """The bare name (ending at end) is the first of a list of three or more ('in Oyo, Osun and Ogun'):
    where people or bodies are, not the one venue of a signing (a venue noun keeps it: 'at Hall A, ...')."""
    return not re.search(r"(?i)\b" + _PLACE_NOUN + r"s?\b", value) and bool(_REST_OF_LIST.match(text, end, limit))


def _names_the_occasion(value: str) -> bool:
    """'At Signing Ceremony Parties from both sides ...' (a caption): the occasion, not a venue
    (unless it names a venue: 'the Signing Hall', 'the Meeting Room of X')."""
    return bool(re.search(r"\b(?:Signing|Ceremony|Meeting|Event)\b", value)) \
        and not re.search(r"(?i)\b" + _PLACE_NOUN + r"s?\b", value)


def _more_of_place(text, s, start, value, end):
    """The place (text[start:end]) with what follows it: after a comma its campus or block, or the
    city of a street or venue; then whose building it is ('of HAAT', 'of the university')."""
    more = _MORE_OF_PLACE.match(text, end, s.end)
    if more and (more.group("unit") or re.search(_STREET + r"$", value)
                 or value.split()[-1].lower() in INSTITUTION_HEADS     # 'at Alpha University, Hanoi.'
                 or _HEAD_FIRST_VENUE.match(value)                     # 'at Menara Alpha, Kuala Lumpur'
                 # 'the Council Chamber of the University of Lorem, Akoka'
                 or re.search(r"\b(?:University|College|Institute|Academy|School)\s+of\s+[A-Z][\w'’\-]*$", value)
                 or re.search(_UNIT + r"$", value)                     # 'at the Sheraton Hotel, Hanoi'
                 or " in " in value):                                  # '... in Hoa Lac Hi-Tech Park, Hanoi'
        value, end = text[start:more.end()], more.end()   # 'Hall A, Campus 2', '... Street, Hanoi'
    unit = re.search(_UNIT + r"$", value) or re.match(UNIT_NAME, value) \
        or value.split()[-1] in ("Institute", "Centre", "Center")             # 'the Confucius Institute of the ABC'
    owner = _OWNER.match(text, end, s.end) if unit else None
    if owner and (owner.group("name") or owner.group("head").lower() in OWNER_HEADS):
        value, end = text[start:owner.end()], owner.end()   # 'Campus 2 of the university in X'
    return value, end
