"""Assemble the extractor's draft for one article.

Shape returned by extract() (the gold shape of the dev set, plus quotes and confidences):

    institutions: [{name, aliases: [str], party: bool, quote, confidence}]
    people:       [{name, titles: [str], roles: [{role, institution}], signed: bool, quote, confidence,
                    role_confidence: [float, one per role], signed_confidence (only when signed)}]
    agreement:    {type, date: 'YYYY-MM-DD' | None, date_text, place,
                   areas: [{iri, label, phrase, quote}], quote, confidence,
                   date_confidence, place_confidence (None without a date or place)}

`name` is the fullest form written in ordinary case, `aliases` the other forms (acronyms,
spellings, headline forms). `institution` in a role is an institution's `name` (or None).
`date` is set only when the text or its dateline gives the year; `date_text` is the date as
written (None when the text has no date). Every `quote` is a verbatim span of the article text
(compare whitespace-insensitively); `confidence` is in 0..1. A role's, a signer's, the date's
and the place's own confidence come from kg.extract.fact_confidence.
"""

import datetime as dt
import re

from kg.article import Article, parse_article
from kg.extract import area_decision, body_people, body_spans, country_bodies, junior_names, vocab
from kg.extract.agreement_type import find_type
from kg.extract.area_checks import not_scope_spans
from kg.extract.date_checks import header_line, checked_date
from kg.extract import date_stamps, fact_confidence, learned_roles
from kg.extract import one_body, plural_posts, role_territory, signers, unit_owners
from kg.extract.roles import role_key
from kg.extract.dates import (EARLIER_AGREEMENT, RELATIVE_DAY, WEEKDAYS, DateFound, city_date_line, dateline,
                              find_dates, lead_dateline, shift_to_weekday, timestamp_line)
from kg.extract.gazetteer import default_gazetteer
from kg.extract.institutions import INSTITUTION_HEADS, find_institutions, join_fuller_forms, refers_to, written_in
from kg.extract.people import find_people, give_implied_owners
from kg.extract.place_checks import checked_place
from kg.extract.places import find_place
from kg.extract.text import quote, sentences
from kg.extract.wrapped_lines import joined_wrapped
from kg.textnorm import fold

# ('ties up with', 'teams up with', 'partners with', 'inks a pact': how Indian, Nigerian and business news say it)
PARTY_CUES = re.compile(r"\b(sign\w*|memorand\w*|mou|agreement|partner\w*|cooperat\w*|collaborat\w*|join\w*\s+hands|"
                        r"ink(?:s|ed|ing)?|ti(?:e|es|ed|ing)[- ]ups?|team(?:s|ed|ing)?\s+up|pact|deal|agreed|"
                        r"consortium\s+(?:involving|of|comprising)|"
                        r"renew\w*)\b", re.I)
DEFAULT = object()      # extract(): use the default gazetteer
EVENT_CUES = re.compile(r"\b(sign\w*|ceremony|held|memorand\w*|mou|agreement|renew\w*|visited|meeting)\b", re.I)


def extract(article: Article | str, gazetteer=DEFAULT, area_model=DEFAULT, role_model=DEFAULT) -> dict:
    """The draft for one article (an Article, or plain text). `gazetteer` (kg.extract.gazetteer)
    adds known names and acronyms; by default the ROR index when one is built, None for none.
    `area_model` (kg.extract.area_decision) decides the areas; by default the shipped model, None
    for the rules alone. `role_model` (kg.extract.learned_roles) gives a post to people the role
    rules leave without one; by default the shipped model, None for the rules alone."""
    if isinstance(article, str):
        article = parse_article(article)
    if gazetteer is DEFAULT:
        gazetteer = default_gazetteer()
    text = article.text
    sents = sentences(text)
    institutions = find_institutions(text, gazetteer)
    default = _publisher_institution(article, institutions)
    people = find_people(text, institutions, sents, default)
    people = body_people.without_bodies(people, institutions)     # 'Director MIET Lorem': the body
    junior_names.with_suffixes(people, text)                       # 'C. D. Lorem, Jr.'
    signers.unsign_body_name_tails(people, institutions, text)       # 'Chairman of Enterprise North Shore'
    signers.pronoun_signers(people, sents)          # 'The ceremony was hosted by Dr. A. He signed the MoU'
    signers.listed_below_signers(people, text)      # 'The MoU was signed by:' and a line for each hand
    plural_posts.give_listed_posts(people, institutions, text)    # 'IU vice rectors A, B and C'
    body_spans.without_people_names(institutions, [p.name for p in people], text)

    parties = {id(i) for i in institutions if not i.implied and _is_party(i, sents, article.title, text)}
    if not parties:           # a page cut after its lead ('the two sides signed'): the first pair named together
        parties = _pair_named_together(institutions, sents, text)
    parties |= role_territory.signed_for_territories(people, role_key)    # a governor or mayor signs (D3)
    witnesses = {id(i) for i in institutions if _is_witness(i, sents)}
    units = unit_owners.release_unit_posts(people, institutions, parties | witnesses, text)
    if units:                 # a unit's posts go to the body the context gives (guide D4, D6)
        give_implied_owners(people, text, [i for i in institutions if i not in units], sents, default)
    linked = {id(r.institution) for p in people for r in p.roles if r.institution}
    unwritten = {id(i) for i in institutions if not written_in(i, text)}
    for person in people:     # a minister whose ministry is only in the title has no role entry (guide D3)
        person.roles = [r for r in person.roles if r.institution is None or id(r.institution) not in unwritten]
    kept = [i for i in institutions if id(i) in parties | linked | witnesses and id(i) not in unwritten]
    kept = one_body.join_same_bodies(kept, parties, people, text)      # one body named two ways
    kept = join_fuller_forms(kept, parties, people)
    kept = country_bodies.join_country_bodies(kept, parties, people, text)   # a country and its government (D3)
    kept.sort(key=lambda i: (id(i) not in parties, i.mentions[0].start))

    draft = {
        "institutions": [_institution_entry(i, id(i) in parties, text, sents) for i in kept],
        "people": [_person_entry(p, text, sents) for p in people],
        "agreement": _agreement(text, sents, article,
                                [(m.start, m.end) for i in institutions for m in i.mentions],
                                area_decision.shipped_model() if area_model is DEFAULT else area_model),
    }
    return learned_roles.add_roles(draft, text, sents,
                                   learned_roles.shipped_model() if role_model is DEFAULT else role_model)


def _publisher_institution(article, institutions):
    if not article.publisher:
        return None
    name = re.sub(r"\s*\([^)]*\)\s*$", "", article.publisher)
    words = name.split()
    for k in range(len(words), 0 if len(words) == 1 else 1, -1):   # 'Egerton University Corporate Communications'
        found = refers_to(" ".join(words[:k]), institutions)      # (never one word of several: 'Hanoi Times')
        if found:
            return found
    return _domain_institution(article.publisher, institutions)


# A school's or a government's own site: 'news.lorem.edu', 'lorem.ac.xx', 'lorem.gov.xx'.
_OWN_SITE = re.compile(r"\(([\w.-]+)\)\s*$")
_OWN_SITE_LABELS = {"edu", "ac", "gov", "go", "gob", "govt"}


def _domain_institution(publisher: str, institutions):
    """The institution whose acronym is the name of the publisher's own site ('Lorem University
    (lu.edu.xx)' with 'LU' in the text, the name itself never written): only on an academic or
    government domain, where the label before it is the body's own short name."""
    m = _OWN_SITE.search(publisher)
    labels = m.group(1).lower().split(".") if m else []
    where = next((i for i, label in enumerate(labels) if label in _OWN_SITE_LABELS), None)
    if not where:
        return None
    own = labels[where - 1]
    found = [inst for inst in institutions if any(label.lower() == own for label in inst.labels())]
    return found[0] if len(found) == 1 else None


# 'funded by', 'co-organised by': a sponsor or organiser is kept as a non-party. Only ';' ends the
# clause: a period inside it is a title's ('in the presence of Mr. X, Attaché of the Embassy ...').
WITNESS_CUES = re.compile(r"\b(?:in the presence of|witness\w*|hosted by|host(?:ed|s)? the|in coordination with|"
                          r"(?:co-?)?organi[sz]ed by|funded by|sponsored by)\b[^;]*$", re.I)
# A sponsor counts only for this event: 'The cooperation is funded by X', not 'projects funded by the World Bank'.
SPONSORED_EVENT = re.compile(r"\b(?:cooperation|agreement|memorandum|mou|partnership|programme|program|"
                             r"ceremony|event|forum|signing)\b[^.;]*\b(?:(?:co-?)?organi[sz]ed|funded|sponsored)\s+by\b",
                             re.I)
# 'Over the past 25 years ... hosted by the University of X': a host of past work, not of this signing.
PAST_CONTEXT = re.compile(r"\b(?:over the past|in the past|previously|had\s+\w+ed|since\s+(?:19|20)\d\d)\b", re.I)


# 'In 2018, UDA had signed a similar agreement with Keimyung University': an earlier agreement.
# 'comes on the heels of another agreement MKU signed with X', 'X is a member of Y', 'has affiliations with Y':
# the background of a party, not this agreement.
PAST_AGREEMENT = re.compile(r"\b(?:had\s+(?:already\s+)?signed|previously|similar\s+(?:[\w-]+\s+){0,2}(?:agreements?|mous?|memorand\w*)|earlier agreements?|"
                            r"(?:previous|prior|earlier|existing)\s+(?:[\w-]+\s+){0,2}(?:agreements?|mous?|memorand\w*)|"
                            r"another\s+(?:[\w-]+\s+){0,2}(?:agreement|mou|memorandum)|(?:is|are)\s+(?:also\s+)?(?:an?\s+)?"
                            r"members?\s+of|affiliations?\s+with)\b", re.I)


# 'Representatives of VNPT and Viettel attended the ceremony': bodies sending attendees.
ATTENDING = re.compile(r"\b(?:representatives?|delegates?|officials?|leaders?)\s+(?:of|from)\s+"
                       r"(?:the\s+)?(?:[^\s.;]+\s+(?:and\s+)?){0,8}$", re.I)
ATTENDED = re.compile(r"\b(?:attend\w*|witness\w*|present|joined|appeared)\b", re.I)


# A room or building named for its owner ('the ABCU Senate Chamber', 'Lorem Hall'): where it was signed.
VENUE_NAME = re.compile(r"\b(?:Chamber|Hall|Room|Auditorium|Building|Theatre|Theater)$")
# A territory named as a body ('Lorem County', 'Municipality of Ipsum'): after 'signed in/at' it is a place.
TERRITORY_NAME = re.compile(r"^(?:[Tt]he\s+)?(?:Municipality\s+of\s+\S.*|[^,]*\b(?:County|Municipality))$")


def _is_witness(inst, sents) -> bool:
    """Named as witness or host of the signing ('in the presence of representatives of the Embassy
    of Japan', 'witnessed by ...'), or where it was signed ('signed at the French Embassy'): kept,
    but not a party."""
    for m in inst.mentions:
        sent = next((s for s in sents if s.start <= m.start < s.end), None)
        before = sent.text[:m.start - sent.start] if sent else ""
        if not sent or PAST_CONTEXT.search(sent.text):
            continue
        cue = WITNESS_CUES.search(before)
        if cue and re.match(r"(?:(?:co-?)?organi[sz]ed|funded|sponsored)\s+by", cue.group(), re.I) \
                and not SPONSORED_EVENT.search(before):
            cue = None
        if cue and re.search(r"\b(?:will|to)\s+be\s+$", before[:cue.start()]):
            cue = None            # 'the next forum will be hosted by X': a later event's host
        venue = re.search(r"\bsign\w*\b[^.;,]*\b(?:at|in)\s+(?:the\s+)?$", before, re.I)   # (in the clause of
        if venue and VENUE_NAME.search(inst.name):           # 'signed', not in '..., jobs for them in X')
            venue = None          # 'held at the Lorem Senate Chamber': a room, not a body
        if venue and TERRITORY_NAME.search(inst.name):
            venue = None          # 'signed in Lorem County', 'at Lorem County offices': where, not a host (D2, D3)
        if cue or ATTENDING.search(before) and ATTENDED.search(sent.text) or venue:
            return True
    return False


def _pair_named_together(institutions, sents, text) -> set:
    """Ids of the two institutions of the first sentence that joins them with 'and' ('X and Y will
    closely work with each other'), when no sentence made any institution a party."""
    for sent in sents:
        inside = sorted(((m.start, m.end, inst) for inst in institutions if not inst.implied for m in inst.mentions
                         if sent.start <= m.start < sent.end), key=lambda x: x[0])
        for (s1, e1, a), (s2, e2, b) in zip(inside, inside[1:]):
            if a is not b and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[e1:s2]):
                return {id(a), id(b)}
    return set()


# 'X (ABC), under the Ministry of Y, signed ...', 'X (an affiliate of Y)': the body a side belongs to.
UNDER_PARENT = re.compile(r"[,(]\s*(?:which\s+is\s+|that\s+is\s+)?(?:directly\s+)?(?:under|affiliated\s+(?:to|with)|"
                          r"belonging\s+to|an?\s+(?:member|affiliate|subsidiary)\s+of)\s+(?:the\s+)?$", re.I)


def _appositive(text, m) -> bool:
    """'the University of Engineering and Technology (UET), Vietnam National University, Hanoi':
    a parent body named right after a member's acronym describes that member; it is not a side."""
    if UNDER_PARENT.search(text[max(0, m.start - 60):m.start]):
        return True           # '... (VASI), under the Ministry of X, signed': the member's parent, not a side
    if not re.search(r"\([^()]{2,12}\),\s*(?:[Tt]he\s+)?$", text[max(0, m.start - 20):m.start]):
        return False
    # '..., Vietnam National University, Hanoi and ...': the parent with its city; in a list
    # ('(EPU), Hanoi University of Mining and Geology, Aalborg University') another name follows
    city = re.match(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s+and\b|\s*[,.;])", text[m.end:])
    if re.match(r",\s+(?!and\b|or\b)[a-z]", text[m.end:]):
        return True           # '... (VKU), The University of Danang, officially held ...': closed by a comma
    return bool(city) and city.group(1).split()[-1].lower() not in INSTITUTION_HEADS


# 'The MoU was signed by A, Under-Secretary of the Ministry of X, and B, President of Y': whom a signer signs for.
SIGNER_OF = re.compile(r"\bsigned\b[^.;]{0,60}\bby\b[^;]*\b(?:of|at|for)\s+(?:the\s+)?(?-i:[a-z]+\s+)?$", re.I)   # ('of the prestigious X')
# '... with three universities, including: A, B and C', 'several partners, namely A and B': a list of the sides
# (only in a sentence about the signing: 'a visit to promote cooperation with universities such as A' lists hosts).
LISTED_SIDE = re.compile(r"\b(?:universities|institutions|partners|parties|colleges|schools|companies|organi[sz]ations)"
                         r"\b[^.;]{0,60}\b(?:including|namely|such as)\s*:?\s+(?:[^.;]{0,250}(?:\band|,)\s+)?(?:the\s+)?$",
                         re.I)


SIGNING_WORDS = re.compile(r"\b(?:sign\w*|ink(?:s|ed|ing)?|agreements?|mou|moa|memorand\w*|pact|consortium)\b",
                           re.I)


# 'A and B on Friday signed ...', 'A (ABC) has signed ...', 'Lorem state of the US and B signed': a subject of
# the signing verb.
SUBJECT_OF_SIGNING = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*)?(?:\s*\([^()]*\))?(?:,?\s+and\s+(?:the\s+)?[^.;,]{0,100}?)?(?:\s+(?:on|last|this)\s+\w+)?"
                                r"\s+(?:(?:have|has|officially|jointly|formally)\s+)*(?:signed|inked|signs|sign|inks)\b")


# '|| image credits: Ministry of X', 'Photo: Alpha University': who took or gave the picture.
CREDIT = re.compile(r"\b(?:[Ii]mage\s+|[Pp]hoto\s+)?(?:[Cc]redits?|[Pp]hoto(?:graph)?|[Ss]ource|[Cc]ourtesy(?:\s+of)?)"
                    r"\s*:\s*(?:by\s+)?(?:the\s+)?$")


def _is_party(inst, sents, title, text="") -> bool:
    """A party is named in a signing/cooperation sentence as one side: in the headline or first
    sentence, after 'between ... and' or 'with', or in two such sentences. An institution named
    once in passing ('under the Ministry of ...') or as another's parent is not."""
    cue_sentences = set()
    for m in inst.mentions:
        sent = next((s for s in sents if s.start <= m.start < s.end), None)
        past = PAST_AGREEMENT.search(sent.text) if sent else None
        if past and past.group().lower().startswith("had") and (sent in sents[:2] or sent is _lead(sents)) \
                and not re.match(r"\W*(?:Earlier|Previously|Before|In\s+(?:19|20)\d\d)\b", sent.text):
            past = None           # 'On May 5, X had signed the agreement with ...' opening the story: this one
        if not sent or not PARTY_CUES.search(sent.text) or (text and _appositive(text, m)) \
                or past or WITNESS_CUES.search(sent.text[:m.start - sent.start]) or CREDIT.search(text[:m.start]) \
                or re.search(r"\b(?:at|in)\s+(?:the\s+)?$", sent.text[:m.start - sent.start]):
            continue              # '... in the presence of the Embassy of Japan', '... at the French Embassy'
        cue_sentences.add(sent.start)
        before = sent.text[:m.start - sent.start]
        if (sent is sents[0] or (len(sents) > 1 and sent is sents[1]) or sent is _lead(sents)) \
                and not _described_in_lead(before) \
                or re.search(r"\b(between|with|among|amongst)\s+(the\s+)?$", before) \
                or re.search(r"\b(?:between|among|amongst)\s+[^.;]{0,150}(?:\band|,)\s+(the\s+)?$", before) \
                or re.search(r"\bwith\s+[^.;]{0,60}\bnamely\s+(?:[^.;]{0,150}(?:\band|,)\s+)?(the\s+)?$", before) \
                or SIGNER_OF.search(before) or LISTED_SIDE.search(before) and SIGNING_WORDS.search(sent.text) \
                or SUBJECT_OF_SIGNING.match(sent.text[m.end - sent.start:]):
            return True
    if title and PARTY_CUES.search(title) and any(_side_in_title(fold(l), fold(title)) for l in inst.labels()):
        return True
    return len(cue_sentences) >= 2


# 'A (AHCL), which operates Lorem Hospital, has signed ...': a body named in a relative clause is described.
RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|that|whose)\s+[^,;()]*(?:\([^()]*\)[^,;()]*)*$", re.I)
# '... signed an MoU with B to fast-track the founding of Lorem University': a body in the agreement's purpose
# (an infinitive after the agreement, no side named after it: not '... to promote research was signed by A')
PURPOSE_CLAUSE = re.compile(r"\b(?:sign\w*|ink\w*|agreement|memorand\w*|mou)\b[^;]*?(?<!according)(?<!due)(?<!next)"
                            r"\s+to\s+(?!be\b|the\b|an?\b)[a-z]+\b(?![^;]*\b(?:by|between|with|among|and)\b)[^;]*$", re.I)


def _described_in_lead(before: str) -> bool:
    """The lead sentence names the body only to describe a side or what the agreement is for, so naming it
    there does not make it a side."""
    return bool(RELATIVE_CLAUSE.search(before) or PURPOSE_CLAUSE.search(before))


def _lead(sents):
    """The first sentence after byline and dateline lines ('Riverton, May 3') and the page's heading lines (no
    closing stop: a menu, a kicker or a headline above the story)."""
    full = [x for x in sents if not re.fullmatch(r"[^.!?\n]{1,60}", x.text.strip())]
    return next((x for x in full if re.search(r"[.!?…][\"”’')]*$", x.text.strip())), full[0] if full else None)


def _side_in_title(label: str, title: str) -> bool:
    """The headline names the institution as a side, not as where it happened ('... sign MoU at the
    French Embassy')."""
    at = title.find(label)
    return at >= 0 and not re.search(r"\b(?:at|in)\s+(?:the\s+)?$", title[:at]) and not CREDIT.search(title[:at])


def _institution_entry(inst, party, text, sents) -> dict:
    first = inst.mentions[0]
    confidence = (0.9 if party else 0.7) - (0.2 if inst.name in inst.headline_forms else 0.0)
    return {"name": inst.name, "aliases": inst.aliases(), "party": party,
            "quote": quote(text, first.start, first.end, sents), "confidence": round(confidence, 2)}


def _person_entry(person, text, sents) -> dict:
    start, end = person.mentions[0]
    confidence = 0.9 if person.title_led else 0.7
    if not person.roles:
        confidence -= 0.2
    if any(r.institution is None for r in person.roles):
        confidence -= 0.2
    entry = {"name": person.name, "titles": person.titles,
             "roles": [{"role": r.role, "institution": r.institution.name if r.institution else None}
                       for r in person.roles],
             "signed": person.signed, "quote": quote(text, start, end, sents),
             "confidence": round(max(confidence, 0.1), 2),
             # (beside the roles, not in them: a role stays in the gold shape {role, institution})
             "role_confidence": [fact_confidence.confidence("role", fact_confidence.role_basis(person, r, text, sents))
                                 for r in person.roles]}
    if person.signed:
        entry["signed_confidence"] = fact_confidence.confidence("signed",
                                                                fact_confidence.signed_basis(person, text, sents))
    return entry


SIGNING_CUES = re.compile(r"\b(sign\w*|ink\w*|ceremony|renew\w*)\b", re.I)
# 'following a working visit ... on April 2', 'takes effect from September 1': a date, not the signing's
OTHER_EVENT_DATE = re.compile(r"\b(?:visit\w*|since|from|until|effect\w*|expir\w*|valid|founded|established)\b"
                              r"[^,.;()]*$", re.I)


def _event_date(text, sents):
    """(iso date or None, date as written, start, end, confidence) of the agreement."""
    top = dateline(text)
    dates = [d for d in find_dates(text) if not (top and d.start == top.start)]
    filed = lead_dateline(text, need_year=False)       # 'HANOI, March 6 (VNA) – ... signed on March 5'
    in_event = [d for d in dates if any(s.start <= d.start < s.end and EVENT_CUES.search(s.text) for s in sents)
                and not OTHER_EVENT_DATE.search(text, max(0, d.start - 90), d.start)
                and not (filed and d.start == filed.start)]
    if in_event:            # a sentence about the signing itself before one about a visit or meeting
        signing = [d for d in in_event if any(s.start <= d.start < s.end and SIGNING_CUES.search(s.text) for s in sents)]
        # 'The MoU builds on a letter of intent signed on 12 June 2023': an earlier agreement's date
        current = [d for d in signing if not any(s.start <= d.start < s.end
                                                 and EARLIER_AGREEMENT.search(text[s.start:d.start]) for s in sents)]
        chosen = (current or signing or in_event)[0]
        # 'On March 1, 2024, a delegation visited ... On March 5, the two sides signed': without a
        # dateline, the year of an earlier dated event of the same story
        earlier = [d for d in in_event if d.year and d.start < chosen.start]
        if chosen.year is None and not (top and top.iso()) and earlier:
            year = earlier[-1].year + ((chosen.month, chosen.day) < (earlier[-1].month, earlier[-1].day))
            return _dated(DateFound(chosen.start, chosen.end, chosen.text, chosen.month, chosen.day, year), None)
        return _dated(chosen, top, text)
    # 'Today's meeting' under 'posted 28 March 2024 15:39': counted from the posting day when no dateline
    posted = next((d for d in dates if d.year and timestamp_line(text, d)), None)
    reference = top if top and top.iso() else posted
    relative = _relative_day(text, sents, reference) if reference else None
    if relative:
        return relative
    if filed and not filed.year:          # 'SIBU (Feb 25): ... signed here yesterday': no year to count from
        written = _yesterday(text, sents)
        if written:
            return written
    # 'HANOI, August 16, 2018 – X and Y signed ...': with no other date the dateline's is the signing's
    lead = lead_dateline(text)
    if lead and top and lead.start == top.start:
        return _dated(lead, top)
    # (a posting time's date is no day the text gives for the signing: D1)
    dated = [d for d in dates if not timestamp_line(text, d)]
    if not dated and top and top.iso() and city_date_line(text, top):     # 'Riverton- 3 May 2024' alone (D1)
        return _dated(top, top)
    # a date in the text before one on a header line ('News on 25 Nov, 2014' above '... on November 22')
    dated = [d for d in dated if not header_line(text, d.start, d.end)] or dated
    return _dated(dated[0], top, text) if dated else (None, None, None, None, 0.0)


def _dated(chosen, top, text=None):
    iso = chosen.iso()
    if iso is None and text is not None:      # the nearest stamp or dateline above the day (D1)
        same = date_stamps.same_day_with_year(text, chosen)
        if same:                              # a title's '[Friday, June 30]' over '... on June 30, 2023'
            return same.iso(), same.text, same.start, same.end, 0.9
        month_year = date_stamps.month_line_year(text, chosen)     # 'December 2015' over 'On December 1'
        if month_year:
            return chosen.iso(month_year), chosen.text, chosen.start, chosen.end, 0.9
        top = date_stamps.year_reference(text, chosen.start, top)
    if iso is None and top and top.iso():
        year = top.year
        if (chosen.month, chosen.day) > (top.month, top.day):   # December news dated January
            year -= 1
        iso = chosen.iso(year)
    return iso, chosen.text, chosen.start, chosen.end, 0.9 if iso else 0.6


def _relative_day(text, sents, top):
    """'Wednesday signed', 'this morning' in an event sentence, counted from a dated dateline."""
    for s in sents:
        rel = RELATIVE_DAY.search(s.text) if EVENT_CUES.search(s.text) else None
        if rel:
            day = dt.date.fromisoformat(top.iso())
            word = rel.group(1).lower()
            if word == "yesterday":
                day -= dt.timedelta(days=1)
            elif word in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
                day = shift_to_weekday(day, word)
            return day.isoformat(), rel.group(1), s.start + rel.start(), s.start + rel.end(), 0.7
    return None


def _yesterday(text, sents):
    """'yesterday' or 'on Thursday' in an event sentence under a dateline without a year, as written
    (D1: date_text only, no date: without the year nobody can check the weekday against the
    dateline's day); 'today' and 'this morning' stay the dateline's day (the dev-articles examples)."""
    for s in sents:
        rel = _YESTERDAY_OR_WEEKDAY.search(s.text) if EVENT_CUES.search(s.text) else None
        if rel:
            return None, rel.group(), s.start + rel.start(), s.start + rel.end(), 0.5
    return None


_YESTERDAY_OR_WEEKDAY = re.compile(r"(?i)\byesterday\b|\b(?:on\s+|last\s+)?(?:" + "|".join(WEEKDAYS) + r")\b")


def _month_first_if_published_earlier(iso, written, published):
    """'03/05/2024' is read day first (3 May); when the page was published before that day, the
    signing cannot be later, so the date was written month first (5 March)."""
    numeric = re.search(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b", written or "")
    try:
        pub = dt.date.fromisoformat(str(published)[:10]) if published else None
        day_first = dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return iso
    if not (numeric and pub and day_first) or day_first <= pub or int(numeric.group(1)) > 12:
        return iso
    month_first = dt.date(day_first.year, day_first.day, day_first.month)
    return month_first.isoformat() if month_first <= pub else iso


def _agreement(text, sents, article, name_spans, area_model=None) -> dict:
    kind = find_type(text)
    iso, written, d_start, d_end, d_conf = checked_date(text, sents, _event_date)
    iso = _month_first_if_published_earlier(iso, written, article.published)
    place_sents = joined_wrapped(text, sents)      # a hard-wrapped page's venue read across its line breaks
    place = checked_place(text, place_sents, find_place(text, place_sents, d_start, int(iso[:4]) if iso else None),
                          name_spans)
    areas = []
    place_span = [(place[1], place[2])] if place else []     # "NLU's administration building"
    context = area_decision.Context.of(text, sents, name_spans, place_span, not_scope_spans(text, sents))
    for found in area_decision.chosen_areas(context, area_model):
        concept = vocab.areas()[found.key]
        areas.append({"iri": concept.iri, "label": concept.label, "phrase": found.phrase,
                      "quote": quote(text, found.start, found.end, sents)})
    anchor = (kind[1], kind[2]) if kind else (d_start, d_end) if d_start is not None else (0, 1)
    return {
        "type": kind[0] if kind else None,
        "date": iso,
        "date_text": written,
        "place": " ".join(place[0].split()) if place else None,      # (one line: a wrapped page's venue)
        "areas": areas,
        "quote": quote(text, *anchor, sents),
        "confidence": round(0.5 + 0.2 * bool(kind) + 0.3 * d_conf, 2),
        # (0.7 and 0.5: a day counted from the dateline or a vague 'recently', see _relative_day and _yesterday)
        "date_confidence": fact_confidence.confidence("date", fact_confidence.date_basis(text, sents, d_start,
                                                                                      d_conf in (0.7, 0.5))),
        "place_confidence": fact_confidence.confidence("place", fact_confidence.place_basis(text, place_sents,
                                                                                        place[1] if place else None)),
    }
