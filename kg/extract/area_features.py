"""Features of an area concept found in an article, for the learned areas step (kg.extract.area_decision).

A candidate is one concept of the area scheme whose label occurs anywhere in the text: the ones the
rules keep (kg.extract.areas.find_areas) and the ones they drop. Its features are general, never
page strings: the rules' decision and the rule that dropped each mention, where the mentions stand
(headline, lead, list item, inside a name), the cues of their sentences (an agreement, 'cooperate
in', 'areas such as', a past or a hope), the concept's place in the scheme and how often it is named.

Every mention feature is a small function of (Context, Mention) -> bool; a candidate's features are
'any_' (some mention has it) and 'main_' (the mention the step would report has it).
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from kg.extract import vocab
from kg.extract.areas import LIST_ITEM, PAST_CUES, SCOPE_CUES, UNIT_NAME, Mention, _base_label, _list_item, _title_case_inside
from kg.extract.text import Sentence

# The rules' reasons to drop a mention (kg.extract.areas.Mention.dropped), 'repeat' aside.
DROP_REASONS = ("scope", "excluded", "means", "title_case", "list_only", "documents")

AGREEMENT = re.compile(r"\b(?:mou|memorand\w*|agreement|accord|pact|sign\w*|ink(?:s|ed)?)\b", re.I)
COOPERATE_IN = re.compile(r"\b(?:cooperat\w*|collaborat\w*|partner\w*|work(?:s|ing)?\s+together|"
                          r"joint(?:ly)?)\s+(?:\w+\s+)?(?:in|on|of)\b", re.I)
AREAS_CUE = re.compile(r"\b(?:areas?|fields?|sectors?|domains?|such\s+as|including|include[sd]?|cover\w*|"
                       r"focus\w*\s+on|scope|namely|aspects?)\b", re.I)
FUTURE = re.compile(r"\b(?:will|shall|would|to\s+be|plans?\s+to|intends?\s+to|aims?\s+to|seeks?\s+to)\b", re.I)
HOPE = re.compile(r"\b(?:hope\w*|wish\w*|look(?:s|ed|ing)?\s+forward|expect\w*|believe\w*|desire\w*)\b", re.I)
SPEECH = re.compile(r"\b(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|remarked|according\s+to)\b|[“”\"]",
                    re.I)
PURPOSE = re.compile(r"\b(?:to\s+(?:promote|enhance|strengthen|foster|boost|develop|improve|support)|aims?\s+(?:at|to)|"
                     r"in\s+order\s+to|purpose|objectives?|goal)\b", re.I)
# a person or post just before: 'a senior professor in economics', 'Deputy Vice Chancellors (Finance, ...'
PERSON_BEFORE = re.compile(r"\b(?:Prof|Dr|Mr|Mrs|Ms|professor|lecturer|dean|director|chancellor|rector|president|head|"
                           r"minister|secretary|officer|chair\w*|manager|coordinator|expert|specialist)\b[^.;]{0,50}$",
                           re.I)
# what a field is done as: 'student exchange programmes', 'research projects', 'training activities'
ACTIVITY_AFTER = re.compile(r"\s+(?:and\s+\w+\s+)?(?:programm?e?s?|projects?|activit(?:y|ies)|initiatives?|cooperation|"
                            r"collaboration|courses?|opportunit(?:y|ies))\b", re.I)
# the word that opens the phrase: 'in', 'of', 'on', 'such as', 'including', 'and' ... (one of a closed set)
WORD_BEFORE = re.compile(r"\b(in|on|of|for|and|or|as|including|include|includes|like|the|to|with|through|joint|"
                         r"promote|promoting|enhance|enhancing|strengthen|strengthening|develop|developing|support|"
                         r"supporting|provide|providing|share|sharing)\s+$", re.I)
JOINT_BEFORE = re.compile(r"\b(?:joint(?:ly)?|mutual(?:ly)?|collaborative|shared?|exchange\s+of)\s+(?:\w+\s+)?$", re.I)


@dataclass
class Context:
    """The text of one article and the spans the features test a mention against."""
    text: str
    sents: list[Sentence]
    names: list = field(default_factory=list)       # institution mentions
    place: list = field(default_factory=list)       # the place found for the signing
    not_scope: list = field(default_factory=list)   # kg.extract.area_checks.not_scope_spans
    units: list = field(default_factory=list)       # unit and role names (areas.UNIT_NAME)

    @classmethod
    def of(cls, text, sents, names=(), place=(), not_scope=()):
        return cls(text, sents, list(names), list(place), list(not_scope),
                   [(m.start(), m.end()) for m in UNIT_NAME.finditer(text)])

    def __post_init__(self):
        self._starts = [s.start for s in self.sents]

    def sentence_index(self, pos: int) -> int:
        i = bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self.sents[i].end else -1

    def sentence(self, pos: int) -> str:
        i = self.sentence_index(pos)
        return self.sents[i].text if i >= 0 else ""


def _inside(spans, pos) -> bool:
    return any(a <= pos < b for a, b in spans)


def in_headline(ctx: Context, m: Mention) -> bool:
    """In the page's first sentence (its headline)."""
    return ctx.sentence_index(m.start) == 0


def in_lead(ctx: Context, m: Mention) -> bool:
    """In the three sentences after the headline."""
    return 1 <= ctx.sentence_index(m.start) <= 3


def late_in_text(ctx: Context, m: Mention) -> bool:
    """In the last third of the text, where background and quotes gather."""
    return m.start > 2 * len(ctx.text) / 3


def agreement_sentence(ctx: Context, m: Mention) -> bool:
    return bool(AGREEMENT.search(ctx.sentence(m.start)))


def cooperate_in_sentence(ctx: Context, m: Mention) -> bool:
    """'cooperate in', 'collaboration on', 'partnership in' before the mention in its sentence."""
    sent = ctx.sents[ctx.sentence_index(m.start)] if ctx.sentence_index(m.start) >= 0 else None
    return bool(sent and COOPERATE_IN.search(ctx.text[sent.start:m.start]))


def areas_cue_sentence(ctx: Context, m: Mention) -> bool:
    """'areas such as', 'fields of', 'including', 'covers', 'focus on' in the sentence."""
    return bool(AREAS_CUE.search(ctx.sentence(m.start)))


def future_sentence(ctx: Context, m: Mention) -> bool:
    return bool(FUTURE.search(ctx.sentence(m.start)))


def past_sentence(ctx: Context, m: Mention) -> bool:
    """The rules' cues of past work, other agreements and hopes (areas.PAST_CUES)."""
    return bool(PAST_CUES.search(ctx.sentence(m.start)))


def hope_sentence(ctx: Context, m: Mention) -> bool:
    return bool(HOPE.search(ctx.sentence(m.start)))


def speech_sentence(ctx: Context, m: Mention) -> bool:
    """A speaker's words: 'said', 'stressed', quotation marks."""
    return bool(SPEECH.search(ctx.sentence(m.start)))


def purpose_sentence(ctx: Context, m: Mention) -> bool:
    """The agreement's purpose in general: 'to promote', 'aims to', 'objective'."""
    return bool(PURPOSE.search(ctx.sentence(m.start)))


def list_item(ctx: Context, m: Mention) -> bool:
    """One item of a list of fields ('in economy, culture and education')."""
    return _list_item(ctx.text, m.start, m.end)


def bulleted_line(ctx: Context, m: Mention) -> bool:
    line_start = ctx.text.rfind("\n", 0, m.start) + 1
    return bool(LIST_ITEM.match(ctx.text[line_start:m.end]))


def among_other_areas(ctx: Context, m: Mention, mentions: list[Mention]) -> bool:
    """Another concept is named in the same sentence."""
    i = ctx.sentence_index(m.start)
    return any(o.key != m.key and ctx.sentence_index(o.start) == i for o in mentions)


def capitalised(ctx: Context, m: Mention) -> bool:
    """Written with a capital not at the start of its sentence: part of a name or a headline."""
    return m.phrase[:1].isupper() and ctx.sentence_index(m.start) >= 0 \
        and ctx.sents[ctx.sentence_index(m.start)].start != m.start


def title_case_run(ctx: Context, m: Mention) -> bool:
    return _title_case_inside(ctx.text, m.start, m.end)


def in_name(ctx: Context, m: Mention) -> bool:
    return _inside(ctx.names, m.start)


def in_place(ctx: Context, m: Mention) -> bool:
    return _inside(ctx.place, m.start)


def in_not_scope(ctx: Context, m: Mention) -> bool:
    """In a profile, an appositive, a post's field ... (kg.extract.area_checks)."""
    return _inside(ctx.not_scope, m.start)


def in_unit_name(ctx: Context, m: Mention) -> bool:
    return _inside(ctx.units, m.start)


def joint_before(ctx: Context, m: Mention) -> bool:
    """'joint', 'mutual', 'shared', 'exchange of' just before."""
    return bool(JOINT_BEFORE.search(ctx.text[max(0, m.start - 30):m.start]))


def person_before(ctx: Context, m: Mention) -> bool:
    """A person's title or post shortly before in the clause ('Prof. A, head of research')."""
    i = ctx.sentence_index(m.start)
    start = ctx.sents[i].start if i >= 0 else 0
    return bool(PERSON_BEFORE.search(ctx.text[max(start, m.start - 60):m.start]))


def names_in_sentence(ctx: Context, m: Mention) -> bool:
    """The sentence names an institution (outside the mention)."""
    i = ctx.sentence_index(m.start)
    return i >= 0 and any(ctx.sents[i].start <= a < ctx.sents[i].end and not a <= m.start < b for a, b in ctx.names)


def in_brackets(ctx: Context, m: Mention) -> bool:
    before = ctx.text[max(0, m.start - 80):m.start]
    return before.rfind("(") > before.rfind(")")


def scope_cue_sentence(ctx: Context, m: Mention) -> bool:
    """The rules' cues of a sentence about the cooperation (areas.SCOPE_CUES)."""
    return bool(SCOPE_CUES.search(ctx.sentence(m.start)))


def activity_after(ctx: Context, m: Mention) -> bool:
    """'... programmes', '... projects', '... activities' right after."""
    return bool(ACTIVITY_AFTER.match(ctx.text, m.end))


def long_sentence(ctx: Context, m: Mention) -> bool:
    return len(ctx.sentence(m.start)) > 250


def word_before(ctx: Context, m: Mention) -> str:
    """The function word or verb right before, folded ('in', 'such as' -> 'as'), else 'other'."""
    found = WORD_BEFORE.search(ctx.text[max(0, m.start - 20):m.start])
    if found:
        return found.group(1).lower()
    before = ctx.text[max(0, m.start - 3):m.start].strip()
    return "punct" if before[-1:] in (",", ";", ":", "(", "•", "-", "–") else "other"


def list_only_label(ctx: Context, m: Mention) -> bool:
    """A label too general to stand alone ('economy', 'science': vocab.LIST_ONLY_LABELS)."""
    return _base_label(m.label) in vocab.LIST_ONLY_LABELS


def multiword_label(ctx: Context, m: Mention) -> bool:
    return " " in m.label.strip()


MENTION_FEATURES = (in_headline, in_lead, late_in_text, agreement_sentence, cooperate_in_sentence,
                    areas_cue_sentence, future_sentence, past_sentence, hope_sentence, speech_sentence,
                    purpose_sentence, list_item, bulleted_line, capitalised, title_case_run, in_name, in_place,
                    in_not_scope, in_unit_name, joint_before, person_before, names_in_sentence, in_brackets,
                    scope_cue_sentence, activity_after, long_sentence, list_only_label, multiword_label)


def main_mention(mentions: list[Mention]) -> Mention:
    """The mention the step reports for a concept: the one the rules keep, else the first in scope
    text, else the first."""
    return next((m for m in mentions if m.dropped is None), None) \
        or next((m for m in mentions if m.dropped != "scope"), None) or mentions[0]


def concept_features(key: str) -> dict[str, float]:
    """Where the concept stands in the scheme, and the concept itself (a prior per concept)."""
    concept = vocab.areas()[key]
    return {"concept=" + key: 1.0, "top_concept": float(not concept.broader),
            "has_narrower": float(bool(concept.narrower))}


def density_features(ctx: Context, main: Mention, mentions: list[Mention], all_mentions: list[Mention]) -> dict:
    """How many concepts the sentences of the concept's mentions name: an agreement's scope is usually
    one or two sentences that list several fields."""
    per_sentence: dict[int, set] = {}
    kept_per_sentence: dict[int, set] = {}
    for m in all_mentions:
        i = ctx.sentence_index(m.start)
        per_sentence.setdefault(i, set()).add(m.key)
        if m.dropped in (None, "repeat"):
            kept_per_sentence.setdefault(i, set()).add(m.key)
    most = max(len(keys) for keys in per_sentence.values())
    main_i = ctx.sentence_index(main.start)
    n = len(per_sentence[main_i])
    features = {"main_sentence_concepts=" + ("1" if n == 1 else "2" if n == 2 else "3+"): 1.0}
    k = len(kept_per_sentence.get(main_i, ())) - (main.dropped in (None, "repeat"))
    features["main_sentence_other_kept=" + ("0" if k == 0 else "1" if k == 1 else "2+")] = 1.0
    if most >= 2 and n == most:
        features["main_in_densest_sentence"] = 1.0
    if most >= 2 and any(len(per_sentence[ctx.sentence_index(m.start)]) == most for m in mentions):
        features["any_in_densest_sentence"] = 1.0
    return features


def candidate_features(ctx: Context, key: str, mentions: list[Mention], all_mentions: list[Mention]) -> dict[str, float]:
    """Named features of one concept of one article (mentions: that concept's, all_mentions: every concept's)."""
    main = main_mention(mentions)
    kept = any(m.dropped is None for m in mentions)
    features = {"rule_kept": float(kept), "rule_dropped": float(not kept)}
    for reason in DROP_REASONS:
        if any(m.dropped == reason for m in mentions):
            features["any_dropped_" + reason] = 1.0
        if main.dropped == reason:
            features["main_dropped_" + reason] = 1.0
    for function in MENTION_FEATURES:
        if any(function(ctx, m) for m in mentions):
            features["any_" + function.__name__] = 1.0
        if function(ctx, main):
            features["main_" + function.__name__] = 1.0
    if any(among_other_areas(ctx, m, all_mentions) for m in mentions):
        features["any_among_other_areas"] = 1.0
    if among_other_areas(ctx, main, all_mentions):
        features["main_among_other_areas"] = 1.0
    features.update(density_features(ctx, main, mentions, all_mentions))
    n = len(mentions)
    features["mentions=" + ("1" if n == 1 else "2" if n == 2 else "3+")] = 1.0
    sentences = len({ctx.sentence_index(m.start) for m in mentions})
    features["sentences=" + ("1" if sentences == 1 else "2+")] = 1.0
    kept_concepts = len({m.key for m in all_mentions if m.dropped is None})
    features["rule_concepts=" + ("0-2" if kept_concepts <= 2 else "3-5" if kept_concepts <= 5 else "6+")] = 1.0
    features.update(concept_features(key))
    features["main_word_before=" + word_before(ctx, main)] = 1.0
    return features


def candidates(ctx: Context, mentions: list[Mention]) -> list[tuple[str, Mention, dict[str, float]]]:
    """(concept key, the mention to report, features) per concept named in the text, in text order."""
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    result = [(key, main_mention(ms), candidate_features(ctx, key, ms, mentions)) for key, ms in by_key.items()]
    return sorted(result, key=lambda c: c[1].start)
