"""Cooperation areas: phrases of the agreement's scope matched to the concepts of
ontology/areas.ttl by their labels (fold-insensitive, whole words, longest label first).

Only scope text is read: sentences that speak of the cooperation (cooperate, agree, MoU,
areas, fields ...) and list items under such a sentence or under a 'SCOPE' heading. Sentences
about past achievements or an institution's own profile are skipped.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract import vocab
from kg.extract.text import Sentence, folded_with_map, original_span
from kg.textnorm import fold

SCOPE_CUES = re.compile(r"\b(cooperat\w*|collaborat\w*|partnership|agree\w*|commit\w*|memorandum|mou|"
                        r"focus\w*|areas?|fields?|scope|aims?|include\w*|contents?|sign\w*|"
                        r"support each other|jointly|joint|together|will|"
                        # what an agreement does, in the verbs announcements use for it
                        r"plans?\s+for|potential\s+for|stipulat\w*|envisag\w*|provides?\s+for|cover(?:s|ing)?|"
                        r"seeks?\s+to|intend\w*|purpose|objectives?|facilitat\w*|promot\w*|enhanc\w*|strengthen\w*|"
                        r"boost\w*|foster\w*|paves?\s+the\s+way|opportunit(?:y|ies)|"
                        r"involv\w*|entail\w*|encompass\w*|spans?|spanning|would|shall|deal|pact|accord|ink(?:s|ed|ing)?)\b",
                        re.I)
PAST_CUES = re.compile(r"\b(highlighted their|history of|(?:its|their|long|\d+-year) history|founded|"
                       r"established in|since (?:19|20)\d\d|long-standing|have run|has run|"
                       r"over the past|has made|contributions?|boasts|tradition|rate above|"
                       r"predecessor|was awarded|receipt of|its position|"
                       # an earlier agreement or project: 'builds on a 2016 exchange agreement', 'replaces a
                       # 2009 protocol', 'had signed a letter of intent', 'carried out ... between 2016 and 2020'
                       r"builds? on|replaces?|had signed|carried out|first (?:agreement|mou|memorandum)|"
                       r"(?:initial|original|previous|earlier) (?:agreement|mou|memorandum)|originally signed|"
                       r"between (?:19|20)\d\d and (?:19|20)\d\d|"
                       r"(?:19|20)\d\d\s+(?:\w+\s+)?(?:agreement|protocol|memorandum|mou)|"
                       # what a speaker hopes the partnership brings: not what it covers
                       r"hope[sd]?|hoping|"
                       # or expects, believes, proposes: 'expressed optimism that the partnership would focus on',
                       # 'we anticipate further opportunities', 'proposed that the two sides should' (not 'is
                       # expected to' or 'looks forward to cooperating in', which news uses for what the sides will do)
                       r"expect(?:s|ed)?\s+that|expectations?|optimis\w*|anticipat\w*|"
                       r"believes?\s+that|(?:proposed|suggested)\s+that|promising\s+areas?|expressed\s+(?:\w+\s+)?wish|"
                       # what was done before: 'activities have been conducted', 'had taken the initiative',
                       # 'three universities at the time'
                       r"(?:have|has)\s+been\s+(?:conducted|carried\s+out|implemented)|at\s+the\s+time|"
                       r"had\s+(?:taken|conducted|implemented|carried\s+out|organi[sz]ed|held)|"
                       # who attended: 'attended by Dr. F of DAAD, which is funding the first phase'
                       r"(?:was|were) attended by|"
                       # achievements that are someone's or praised are past: 'their achievements', 'many notable
                       # achievements' (not 'the achievement of common objectives', 'share achievements related to')
                       r"(?:its|their|his|her|our|notable|remarkable|outstanding|regarded|impressive|past)\s+achievements?)\b",
                       re.I)
# Names of units and roles hold area words ('Office of International Cooperation', 'Vice Rector for
# Research'): those words name the unit, not something the agreement covers.
# (also plural heads and portfolio lists: 'Faculties of Engineering, Nursing and Law', 'Minister of Economy,
# Trade and Agriculture')
UNIT_NAME = re.compile(r"\b(?:Office|Department|Faculty|Facult(?:ies)|Division|Centre|Center|Institute|School|Board|Council|"
                       r"Committee|Bureau|Laborator(?:y|ies)|Unit|Rector|President|Director|Dean|Head|Chair\w*|Minister|"
                       r"Ministry|Ministries)s?"
                       r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:,?\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&'’-]*)*"
                       # 'Deputy Vice-Chancellor (Research, Innovation and Outreach)'
                       r"|\b(?:Chancellor|Rector|President|Director|Dean|Head)\s*\([^()]{3,80}\)")
# 'the two sides exchange the signed agreement' (a caption): handing over documents, not an area
EXCHANGE_DOCUMENTS = re.compile(r"(?i)\s+(?:the\s+|their\s+)?(?:signed\s+)?(?:agreements?|mou|memorand\w+|documents?)\b")
# 'an exchange of mementos', 'to exchange views', 'exchange cooperation plans': what the sides hand over or say at
# the meeting; the word names no area there, so it is not a mention at all
EXCHANGE_TOKENS = re.compile(r"(?i)\s+(?:of\s+)?(?:the\s+|their\s+)?(?:gifts|souvenirs|memento(?:e)?s|tokens|plaques|greetings|"
                             r"pleasantries|views|opinions|(?:cooperation\s+|work\s+|working\s+)?plans?)\b")
LIST_ITEM = re.compile(r"^\s*(?:[-•*–·]|\d+[.)]|[a-z][.)])\s+")
# An item of a list of fields: after a separator or the word that opens the list ('in', 'of', 'such as',
# 'including'; 'and strengthening X', 'and the economy'), and before the next separator or the end of the clause.
ITEM_BEFORE = re.compile(r"(?:(?:^|[\n,;:(•*–]|\b(?:and|or|including|as|like|in|of|on))\s*|(?:[,;:]|\band)\s+\w+ing\s+|"
                         r"(?:[,;]|\band|\bor)\s+the\s+)$",
                         re.I)
ITEM_AFTER = re.compile(r"\s*(?:[,;.:)\n]|(?:and|or|etc|on)\b|$)", re.I)


@dataclass
class AreaFound:
    key: str
    start: int
    end: int
    phrase: str


@lru_cache(maxsize=1)
def _label_pattern() -> tuple[re.Pattern, dict]:
    by_label = {}
    for key, concept in vocab.areas().items():
        for label in concept.labels:
            f = fold(label)
            # a label shared by two concepts goes to the narrower one (the one with fewer children)
            if f not in by_label or len(concept.narrower) < len(vocab.areas()[by_label[f]].narrower):
                by_label[f] = key
    for label, key in list(by_label.items()):       # 'conferences' is also written 'an annual conference'
        for form in (_singular(label), _ies_plural(label)):
            if form != label:
                by_label.setdefault(form, key)
    alternatives = "|".join(re.escape(l) for l in sorted(by_label, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?P<label>%s)(?:e?s)?(?![\w-])" % alternatives), by_label


def names_an_area(phrase: str) -> bool:
    """The phrase holds a label of the area scheme ('Artificial Intelligence', 'Science and Technology')."""
    return bool(_label_pattern()[0].search(fold(phrase)))


def _ies_plural(label: str) -> str:
    """'information technology' -> 'information technologies' (the '-s' the patterns allow does not make it)."""
    return label[:-1] + "ies" if re.search(r"[^aeiou]y$", label) else label


def _base_label(label: str) -> str:
    """The label a matched plural stands for ('technologies' -> 'technology')."""
    return label[:-3] + "y" if label.endswith("ies") and _ies_plural(label[:-3] + "y") == label else label


def _singular(label: str) -> str:
    last = label.rsplit(" ", 1)[-1]
    if len(last) > 4 and last.endswith("s") and not last.endswith(("ss", "us", "is", "ics", "ies")):
        return label[:-1]
    return label


def scope_spans(text: str, sents: list[Sentence], title: str | None = None) -> list[tuple[int, int]]:
    """Parts of the text that state what the agreement covers."""
    spans = []
    in_list, previous_end = False, 0
    for s in sents:
        line_start = text.rfind("\n", 0, s.start) + 1
        bulleted = not text[line_start:s.start].strip() and bool(LIST_ITEM.match(text[line_start:s.end]))   # or indented
        after_gap = bool(re.search(r"\n\s*\n", text[previous_end:s.start]))
        previous_end = s.end
        past = PAST_CUES.search(s.text)
        # a list goes on over bulleted lines, and over plain lines until a blank line
        if in_list and (bulleted or not after_gap) and len(s.text) < 300:
            if not past:
                spans.append((s.start, s.end))
            continue
        in_list = bool(re.search(r":\s*$", s.text)) and bool(SCOPE_CUES.search(s.text) or s.text.isupper()) \
            or bool(re.search(r"\bscope\b", s.text, re.I))
        if SCOPE_CUES.search(s.text) and not past:
            spans.append((s.start, s.end))
    return spans


@dataclass
class Mention:
    """One match of an area label anywhere in the text, with the rule that drops it (None when the
    rules keep it): 'scope' (not scope text), 'excluded' (inside a name, the place or a not-scope
    span), 'means' ('via video conference'), 'title_case', 'list_only', 'documents' ('exchange the
    signed MoU'), 'repeat' (the concept was kept earlier)."""
    key: str
    start: int
    end: int
    phrase: str
    label: str
    dropped: str | None


def area_mentions(text: str, sents: list[Sentence], exclude=()) -> list[Mention]:
    """Every area-label match in the text, in order, with the rules' decision on each."""
    pattern, by_label = _label_pattern()
    folded, index = folded_with_map(text)
    spans = scope_spans(text, sents)
    exclude = list(exclude) + [(m.start(), m.end()) for m in UNIT_NAME.finditer(text)]
    found, seen = [], set()
    for m in pattern.finditer(folded):
        s, e = original_span(index, m.start(), m.end())
        key = by_label[m.group("label")]
        label = m.group("label")
        if label == "exchange" and EXCHANGE_TOKENS.match(text, e):
            continue
        found.append(Mention(key, s, e, text[s:e], label, _dropped_by(text, s, e, label, key, spans, exclude, seen)))
        if found[-1].dropped is None:
            seen.add(key)
    return found


def _dropped_by(text, s, e, label, key, spans, exclude, seen) -> str | None:
    if not any(a <= s < b for a, b in spans):
        return "scope"
    if any(a <= s < b for a, b in exclude):     # 'Science and Technology' in a university's name
        return "excluded"
    if re.search(r"\b(?:(?:via|by|through|over)\s+(?:an?\s+)?(?:video|online)|via|over)\s*$", text[max(0, s - 25):s]):
        return "means"        # 'signed via video conference': how, not what ('through technology transfer' is what)
    if _title_case_inside(text, s, e):          # 'Strengthening International Relations' in a headline
        return "title_case"
    if _base_label(label) in vocab.LIST_ONLY_LABELS and not _list_item(text, s, e):
        return "list_only"    # 'the economy of the province', 'the role of international cooperation'
    if label.startswith("exchange") and EXCHANGE_DOCUMENTS.match(text, e):
        return "documents"
    if key in seen:
        return "repeat"
    return None


def find_areas(text: str, sents: list[Sentence], exclude=()) -> list[AreaFound]:
    """One AreaFound per concept, at its first occurrence in scope text outside the excluded
    spans (institution names)."""
    return [AreaFound(m.key, m.start, m.end, m.phrase) for m in area_mentions(text, sents, exclude) if m.dropped is None]


def _list_item(text: str, start: int, end: int) -> bool:
    """The words at start:end stand as one item of a list ('in economy, culture and education')."""
    return bool(ITEM_BEFORE.search(text[max(0, start - 40):start]) and ITEM_AFTER.match(text, end))


def _title_case_inside(text: str, start: int, end: int) -> bool:
    """Two or more capitalised words not at the start of a line or sentence: part of a name or a
    headline, not a phrase of the agreement's scope ('Joint training initiatives:' at a list item's
    start is kept)."""
    words = text[start:end].split()
    if len(words) == 1 and words[0][:1].isupper() and re.search(r"[a-z][\w'’]*[A-Z][\w'’]*\s+$|[A-Z][\w'’]*\s+$",
                                                              text[max(0, start - 30):start]):
        return not re.search(r"(?:^|[\n.:;!?•\-–*]|\d[.)])\s*[A-Z][\w'’]*\s+$", text[max(0, start - 30):start])
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in ("and", "of", "for", "&")):
        return False
    before = text[max(0, start - 12):start]
    return not re.search(r"(?:^|[\n.:;!?•\-–*]|\d[.)])\s*$", before)


def covers(key: str, phrase: str) -> bool:
    """True when the concept (or a concept below it) has a label that the phrase is or contains
    (singular or plural: 'conferences' covers 'an annual conference')."""
    folded = fold(phrase)
    return any(_label_regex(label).search(folded) for k in vocab.descendants(key) for label in vocab.areas()[k].labels)


# The scheme has more labels than re's own cache holds, so scoring a page recompiled them all (~0.5 s a page).
@lru_cache(maxsize=None)
def _label_regex(label: str) -> re.Pattern:
    label = fold(label)
    plural = "|" + re.escape(_ies_plural(label)) if _ies_plural(label) != label else ""
    return re.compile(r"(?<![\w-])(?:" + re.escape(_singular(label)) + r"(?:e?s)?" + plural + r")(?![\w-])")
