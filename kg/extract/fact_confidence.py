"""How sure the draft is of a person's role, a signer, the agreement's date and its place.

The extractor finds these facts through many rules; rather than threading a score through each
rule, the confidence is read afterwards from the evidence the rule left in the text: where the
fact is written relative to what it is about. Each kind has a few bases, one per kind of
evidence, and each basis has one confidence, set from how often facts on that basis were right
on the real development pages (python -m benchmarks.confidence_calibration;
benchmarks/results/confidence.md). The confidences of one kind are all different, so a value
names its basis: why(kind, confidence) is the reason the draft record gives when it flags one.
"""

import re

from kg.extract.places import SIGNED_AT

# kind -> basis -> (confidence, why it is that sure). The values follow the share of facts on each basis
# that were right on the real development pages (benchmarks/results/confidence.md): a basis right less
# often gets a lower value; one seen fewer than ten times there keeps a value below the well-measured
# ones of its kind.
BASES = {
    "role": {
        "side": (0.95, "the role is written next to the name; its institution is the side the text says the "
                       "person is from or signs for"),
        "named": (0.9, "the role is written next to the name with its institution"),
        "context": (0.8, "the role is written next to the name, but its institution is another one of the "
                         "sentence"),
        "elsewhere": (0.75, "the role is not written next to the name: it was given from elsewhere in the text "
                            "(a shared or plural role, 'respectively', a post named elsewhere)"),
        "publisher": (0.65, "no sentence naming the person names the role's institution: it is the publisher's "
                            "or one named earlier"),
        "learned": (0.5, "no rule read this role: the learned roles step chose it (about half of its posts were "
                         "right on pages it was not trained on)"),
        "no_institution": (0.1, "no institution was found for the role"),
    },
    "signed": {
        "signing_sentence": (0.95, "a sentence that reports the signing names the person"),
        "among_others": (0.9, "the sentence that reports the signing also speaks of witnesses, attendees or a "
                              "delegation"),
        "inferred": (0.85, "no sentence that names the person reports the signing: inferred from 'the two "
                           "sides signed', a post or a surname"),
        "no_side": (0.8, "the signer has no role and no side in the text, so is no party's representative "
                         "(and the name itself may be cut or wrong)"),
    },
    "date": {
        "signing_sentence": (0.95, "the date is in the sentence that reports the signing"),
        "event_sentence": (0.9, "the date is in a sentence about the visit, meeting or ceremony, not the signing"),
        "elsewhere": (0.85, "the date is the dateline's or the first date of the page: no sentence about the "
                            "signing gives one"),
        "counted": (0.8, "the day is counted from the dateline ('yesterday', 'on Wednesday') or only vaguely "
                         "written ('recently')"),
    },
    "place": {
        "signing_clause": (0.9, "the place is governed by the signing verb ('signed at X', 'held in X')"),
        "event_sentence": (0.8, "the place is in a sentence about the signing, but not governed by its verb"),
        "headline": (0.7, "the place is named only in the headline"),
        "elsewhere": (0.6, "the place is taken from the dateline, the host of the ceremony or a visit"),
    },
}
SPAN_GAP = 80           # characters between a name and the role written next to it
INSTITUTION_GAP = 25    # characters between the role and the institution it names ('Rector of the X')
SIGN_WORDS = re.compile(r"\b(?:sign(?:ed|s|ing)?|inked|inks|singed|initialled|put\s+pen\s+to\s+paper|"
                        r"entered\s+into|signatories|signatory)\b", re.I)
OTHERS_PRESENT = re.compile(r"\b(?:witness\w*|attend\w*|in\s+the\s+presence\s+of|delegation|present)\b", re.I)
SIGNING_CUES = re.compile(r"\b(?:sign\w*|ink\w*|ceremony|renew\w*)\b", re.I)
EVENT_CUES = re.compile(r"\b(?:held|memorand\w*|mou|agreement|visit\w*|meeting|took\s+place)\b", re.I)


def confidence(kind: str, basis: str | None) -> float | None:
    """The confidence of a basis of this kind (None for no basis: no such fact)."""
    return BASES[kind][basis][0] if basis else None


def why(kind: str, value) -> str | None:
    """The reason behind a confidence of this kind (None for a value no basis gives)."""
    return next((reason for conf, reason in BASES[kind].values() if conf == value), None)


def _words(phrase: str) -> re.Pattern:
    return re.compile(r"\s+".join(re.escape(w) for w in phrase.split()), re.I)


def _sentence_at(sents, position: int):
    return next((s for s in sents if s.start <= position < s.end), None)


def role_basis(person, role, text: str, sents) -> str:
    """The basis (a key of BASES['role']) of one of a person's roles (kg.extract.people)."""
    if role.institution is None:
        return "no_institution"
    spans = []             # (start, end) of the name with the role written next to it
    for found in _words(role.role).finditer(text) if role.role.strip() else ():
        for start, end in person.mentions:
            gap = max(start, found.start()) - min(end, found.end())
            if -1 < gap <= SPAN_GAP and "\n" not in text[min(start, found.start()):max(end, found.end())]:
                spans.append((min(start, found.start()), max(end, found.end())))
    if not spans:
        return "elsewhere"
    named = any(lo - INSTITUTION_GAP <= m.start <= hi + INSTITUTION_GAP
                for lo, hi in spans for m in role.institution.mentions)
    if named:
        return "named"
    if role.institution is person.affiliation:
        return "side"
    person_sentences = [s for s in (_sentence_at(sents, start) for start, _ in person.mentions) if s]
    in_sentence = any(s.start <= m.start < s.end for s in person_sentences for m in role.institution.mentions)
    return "context" if in_sentence else "publisher"


def signed_basis(person, text: str, sents) -> str | None:
    """None when the person did not sign; else how the text says it."""
    if not person.signed:
        return None
    if not person.roles and person.affiliation is None:
        return "no_side"
    starts = {start for start, _ in person.mentions}
    starts |= {m.start() for m in _words(person.name).finditer(text)}
    said = [s for s in (_sentence_at(sents, start) for start in sorted(starts)) if s and SIGN_WORDS.search(s.text)]
    if not said:
        return "inferred"
    return "among_others" if all(OTHERS_PRESENT.search(s.text) for s in said) else "signing_sentence"


def date_basis(text: str, sents, start: int | None, counted: bool) -> str | None:
    """None without a date; `counted`: the day was counted from the dateline or is vague."""
    if start is None:
        return None
    if counted:
        return "counted"
    sent = _sentence_at(sents, start)
    if sent and SIGNING_CUES.search(sent.text):
        return "signing_sentence"
    if sent and EVENT_CUES.search(sent.text):
        return "event_sentence"
    return "elsewhere"


def place_basis(text: str, sents, start: int | None) -> str | None:
    """None without a place."""
    if start is None:
        return None
    sent = _sentence_at(sents, start)
    if SIGNED_AT.search(text, max(0, start - 150, sent.start if sent else 0), start):
        return "signing_clause"
    first_line = text.split("\n", 1)[0]
    if start < len(first_line) and first_line.rstrip()[-1:] not in ".!?" and "\n" in text:
        return "headline"
    if sent and (SIGNING_CUES.search(sent.text) or EVENT_CUES.search(sent.text)):
        return "event_sentence"
    return "elsewhere"
