"""How far a place phrase reaches (issue 12, round 6): generic rules on the structure of a place
phrase, not on particular wordings. The gold keeps the whole place the text gives, city included;
kg.extract.places finds where a place starts, and these rules settle where it ends and starts:

- it goes on through ', at X', ', in Y', ' in Y' after an acronym in brackets, ' on the campus of X'
  and ', Y' while each
  part is place-shaped (a capitalised name, not a month, a weekday, a title or a language) and the
  clause then ends or goes on with a date or another preposition:
  'at the Lotus Hotel, at the Senate Building, in Riverton, on Monday'; also through the building a room is
  in ('the Lotus Room within Riverton City Hall') and the capital a city is ('Riverton, capital of Lorem');
- the floor a room is on and the building it is in belong to it: 'Room 9, 2nd Floor, the Lorem Building',
  'Room 1 on the 5th floor of Alpha University's main building';
- a trailing locality noun belongs to the name before it: 'in Riverton town', 'Lorem state';
- a descriptive lead-in is not part of it: 'in the esteemed setting of the Great Hall' (the lead-in
  noun), 'at the iconic Riverton Tower' (words before a capitalised venue name that describe it);
- 'signed ... at the university': the party's own premises named by its common noun (used when no
  other place is found).
"""

import re

from kg.extract.place_names import known_place

# words that say what kind of locality the name before them is
LOCALITY_NOUNS = r"(?:town|city|province|district|region|state|county|prefecture|municipality|governorate|village|commune)"
# capitalised words that are not places: dates, titles, languages, agreement words
_DAY_OR_MONTH = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                 r"June|July|August|September|October|November|December)")
_NOT_A_PLACE_WORD = (r"(?:" + _DAY_OR_MONTH[3:-1] + r"|Dr|Prof|Mr|Mrs|Ms|Assoc|Professor|"
                     r"English|MoU|MOU|MoA|MOA|Memorandum|Agreement|The|This|These|Both|It|No)\b")
_NAME = (r"(?!" + _NOT_A_PLACE_WORD + r")[A-Z][\w'’\-]*(?:\s+(?:of\s+the\s+|of\s+|de\s+)?(?!" + _NOT_A_PLACE_WORD
         + r")[A-Z][\w'’\-]*){0,5}(?:\s+" + LOCALITY_NOUNS + r"\b)?(?:\s*\([A-Z][\w&.\-]{1,12}\))?")
# one more part of the place: ', at the Senate Building', ', in Riverton', ' in downtown Riverton', ', Freedonia'
# (also the building a room is in: 'the Lotus Room within Riverton City Hall', '... inside the Senate Building')
_PART = re.compile(r"(?:,?\s+(?:at|in|within|inside)\s+(?:the\s+)?(?:(?:downtown|central|uptown|suburban|old|historic)\s+)?"
                   r"|,\s+)(?P<part>" + _NAME + r")")
# ' on the main campus of Beta University', ' on the Riverton campus': the campus the venue is on
_CAMPUS_PART = re.compile(r",?\s+on\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?campus\b(?:\s+of\s+(?:the\s+)?" + _NAME + r")?")
# the floor a room is on, then the building (and its owner) it is in: 'Room 9, 2nd Floor, the Lorem Building, Alpha
# University', 'Conference Room 1 on the 5th floor of Alpha University's main building' (guide D2: the whole venue)
_ORDINAL = (r"(?:\d{1,3}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            r"top)")
_BUILDING_NOUN = r"(?:Building|Hall|Tower|Block|Complex|Centre|Center|Wing|Annex)"
_BUILDING = (r"(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:and|of|Of|the|&)\s+)*[A-Z][\w'’\-]*){0,9}\s+" + _BUILDING_NOUN
             + r"(?:\s+(?:\d{1,3}|[A-Z]\d?)\b)?")
_FLOOR_PART = re.compile(r"(?:,\s+|\s+on\s+the\s+)(?i:" + _ORDINAL + r"\s+floor)\b"
                         r"(?:\s+of\s+(?:the\s+)?" + _NAME + r"['’]s\s+(?:[a-z]+\s+){0,2}(?i:" + _BUILDING_NOUN + r")\b"
                         r"|\s+of\s+" + _BUILDING + r"|,\s+" + _BUILDING + r")?")
# the city's place set beside it: 'in Riverton, capital of east Freedonia's Lorem province', ', the capital of Lorem'
_COMPASS = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)"
_CAPITAL_OF = re.compile(r",\s+(?:the\s+)?(?:provincial\s+|state\s+)?capital(?:\s+city)?\s+of\s+(?:the\s+)?"
                         r"(?:(?i:" + _COMPASS + r")\s+)?" + _NAME + r"(?:['’]s?\s+" + _NAME + r")?")
# a country by its long name: ', the Republic of Lorem', ' region of the Kingdom of Ipsum' (after a locality noun)
_COUNTRY_LONG = re.compile(r"(?:,\s+|\s+of\s+)(?:the\s+)?(?:(?:Socialist|Federal|Islamic|Democratic|People['’]s|Arab|"
                           r"United|Plurinational)\s+)*(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|Principality|"
                           r"Emirate|Grand\s+Duchy)\s+of\s+(?:the\s+)?" + _NAME)
# what may come after the last part: the clause ends, or goes on with a date or another preposition
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[.;:!?)\"”]|$|\n)|,?\s+(?:on|at|in|with|during|where|when|and|as|to|for|"
                             r"between|by|after|before|under|attended|witnessed|which|who)\b"
                             r"|,\s+(?:[a-z]|" + _DAY_OR_MONTH + r"\b|\d)")
# after a bare ', Y' part: only the clause's end, a date or a preposition ('at the Lotus Hotel, Riverton, on Monday',
# '..., Riverton between A and B')
# (also a purpose infinitive: 'in Lucban, Quezon to offer graduate programmes'; a subject would take a verb)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!?\"”]|$|\n)|,?\s+(?:on|in|at|during|where|when|by|between)\b"
                          r"|,\s+(?:" + _DAY_OR_MONTH + r"\b|\d)"
                          # (a new clause opened by a titled person: '..., Alpha University, Prof. A B welcomed ...')
                          r"|,\s+(?:(?:Associate|Assistant)\s+)?(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s"
                          r"|\s+to\s+(?!(?:the|an?|its|their|this|that|be)\b)[a-z]{3,}\b")
_TRAILING_LOCALITY = re.compile(r"\s+" + LOCALITY_NOUNS + r"\b(?!\s+(?:hall|centre|center|square|office|house|"
                                r"council|park|library|stadium|hotel)\b)")


def continued(text: str, start: int, end: int, limit: int) -> int:
    """The end of the place text[start:end] taken on through the parts that follow it (up to limit,
    the end of its sentence): ', at X', ', in Y', '(ACRONYM) in Y', ', Y', and a trailing locality
    noun ('Riverton town'); each part is kept only when the clause ends or goes on after it."""
    locality = _TRAILING_LOCALITY.match(text, end, limit)
    if locality and text[start:end].split()[-1][:1].isupper():
        end = locality.end()
    for _ in range(3):
        country = _COUNTRY_LONG.match(text, end, limit)
        if country and country.group().startswith(",") or country and re.search(LOCALITY_NOUNS + r"$", text[start:end]):
            part = country        # ', the Republic of Lorem'; 'Ipsum region of the Republic of Lorem'
        else:
            part = _FLOOR_PART.match(text, end, limit) or _PART.match(text, end, limit) or _CAMPUS_PART.match(text, end, limit) \
                or _CAPITAL_OF.match(text, end, limit) or _BARE_PART.match(text, end, limit)
        if not part:
            break
        if re.match(r",?\s+(?:at|in|on|within|inside)\b", part.group()) or part.re in (_CAPITAL_OF, _COUNTRY_LONG, _FLOOR_PART):
            # ', in Riverton': place-shaped by its preposition; a comma after it may open the main clause
            if not (_CLAUSE_GOES_ON.match(text, part.end(), limit) or text.startswith(",", part.end())):
                break
            end = part.end()
            continue
        run_end = _bare_run_end(text, end, limit)
        if run_end is None:
            break         # 'At Hall A, Alpha University and Beta College signed': a bare ', Y' is the subject
        end = run_end
    return end


# one bare ', Y' part: ', Victoria Island', ', Lorem State', ', Freedonia'
# (also an address: ', No. 12 Lorem Street', ', 5A Ipsum Road')
_BARE_PART = re.compile(r",\s+(?P<part>(?:No\.\s?)?(?:\d+[A-Z]?\s+)?" + _NAME + r")")
# after a part that is a known place, the sentence may also go on with another clause or phrase
# ('at the Lotus Hotel, Riverton, and was attended by ...', '..., Lorem State, which hosted ...'; the end of
# an aside: 'The ceremony, held at the Lotus Hotel, Riverton, was attended by ...')
_GOES_ON_AFTER_PLACE = re.compile(r",\s+(?:and|which|where|while|attended|witnessed|marking|bringing|"
                                  r"was|were|is|are|has|have|had|will)\b"
                                  r"|,?\s+(?:and\s+(?:was|were|is|are|has|have|had|will|would)|to|for|between|with|"
                                  r"under|amid|following|as)\b")


def _bare_run_end(text: str, end: int, limit: int) -> int | None:
    """The end of the longest run of up to four bare ', Y' parts after end (', Victoria Island, Port
    Lorem', ', Lorem State, Freedonia') after which the clause ends or goes on with a date or a preposition,
    or, when its last part is a known place (a country, a city, 'X State'), with another clause; None
    when no run qualifies ('At Hall A, Alpha University and Beta College signed': the subject)."""
    ends = []
    for _ in range(4):         # ('No. 12 Lorem Street, Ipsum Ward, Dolor District, Riverton')
        part = _BARE_PART.match(text, end, limit)
        if not part:
            break
        end = part.end()
        ends.append((end, part.group("part")))
    for run_end, last in reversed(ends):
        if _CLAUSE_ENDS.match(text, run_end, limit) \
                or known_place(last) and _GOES_ON_AFTER_PLACE.match(text, run_end, limit):
            return run_end
    return None


# 'in the esteemed setting of', 'at the lovely surroundings of': a description of the venue, not its name
LEAD_IN_NOUN = re.compile(r"^(?:the|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}(?:setting|surroundings|confines|environs|halls|"
                          r"backdrop|atmosphere)\s+of\s+(?=(?:the\s+)?[A-Z])")
# words that locate a venue, kept before its name ('the main Conference Room', 'the new Senate Building')
_LOCATING = {"main", "new", "old", "central", "north", "south", "east", "west", "northern", "southern", "eastern",
             "western", "upper", "lower", "ground", "top", "first", "second", "third", "fourth", "fifth", "grand",
             "inner", "outer", "former"}
# (not 'the headquarters of the Ministry', 'the university's Building A')
_NOT_DESCRIBING = {"of", "the", "and", "in", "at", "on", "for", "to", "headquarters", "premises", "campus", "office",
                   "building", "hall", "room", "offices", "grounds"}
# 'the iconic Riverton Tower', 'the newly renovated Senate Hall': describing words before a capitalised name
_DESCRIBING = re.compile(r"^(?:the|its|their)\s+(?P<words>(?:[a-z][a-z\-]*\s+){1,3})(?=[A-Z])")


def without_lead_in(value: str, start: int) -> tuple[str, int]:
    """The place without a descriptive lead-in before its name: (value, start) moved on past it."""
    lead = LEAD_IN_NOUN.match(value)
    if lead:
        return value[lead.end():], start + lead.end()
    describing = _DESCRIBING.match(value)
    words = describing.group("words").split() if describing else []
    # ('the provincial People's Committee headquarters', 'the national Convention Centre': an adjective in
    # -al says whose or what kind of venue it is, not how it looks)
    if words and not (_LOCATING | _NOT_DESCRIBING) & set(words) and not any(w.endswith("al") for w in words):
        cut = describing.end()
        return value[cut:], start + cut
    return value, start


# 'signed ... at the university', 'held at the academy': the premises of a party named by its head noun
OWN_PREMISES = re.compile(r"\bat\s+(?P<place>the\s+(?:university|academy|institute|institution|college|ministry|embassy|"
                          r"hospital|school|company|corporation|museum|library))\b(?![\w'’-]|\s+of\b|\s+in\s+(?!the\s+presence\b)[a-z])")
# the place named after such a lead-in: 'in the esteemed setting of the Great Hall of Alpha University'
LEAD_IN_PLACE = re.compile(r"\b(?:[Aa]t|[Ii]n)\s+the\s+(?:[a-z][\w\-]*\s+){0,2}(?:setting|surroundings|confines|halls|"
                           r"environs|backdrop|atmosphere)\s+of\s+(?:the\s+)?(?P<place>" + _NAME + r")")
