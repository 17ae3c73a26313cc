"""Sides of a signing written without a head noun, beyond `institutions._acronym_sides`.

- An acronym the page never spells out but uses as a party: the subject of the signing
  ('ABCU has signed an MoU with ...'), or the institution of a role ('the leader of ABCU',
  'ABCU Rector, Prof. ...', 'Representing ABCU were ...').
- A province named as a side with a lower-case 'province': 'ABCU and Lorem province sign ...',
  '... an agreement with Lorem province authorities'; a headline's 'Lorem signs ...' for the People's
  Committee of Lorem.
- A company named with what it is ('US technology group Lorem', 'Zentrix, a software company, signed'),
  an acronym with its campus town ('ABCU Riverton signed'), an acronym opening a list of sides.
`sides` returns (name, start, end) for each, like `_acronym_sides`.
"""

import re

from kg.names import acronym_fit

# Roles that lead a whole institution ('Dean of FEE', 'Director of HR' may name a unit: those roles
# count only for an acronym the page uses again).
_ROLE = r"(?:leaders?|President|Rector|Chancellor|Vice[- ]Chancellor|Chairman|Chairwoman|CEO|Provost|Principal)"
_UNIT_ROLE = r"(?:Director|Dean|Registrar|Secretary|Head)"
_ACR = r"(?P<acr>[A-Z][A-Za-z]*[A-Z][A-Za-z-]*)"
_ACRONYM_PARTY = [
    # 'ABCU has signed ...' at the start of a sentence or line, or after an opening clause ('To ..., ABCU signed')
    re.compile(r"(?:^|(?<=[.!?\n])\s*|(?<=,)\s+)" + _ACR + r"\s+(?:has\s+|have\s+)?(?:officially\s+)?(?:signed|signs|inked)\b",
               re.M),
    re.compile(r"\b" + _ROLE + r"\s+of\s+" + _ACR + r"(?![\w-])"),                # 'the leader of ABCU'
    re.compile(r"(?<![\w-])" + _ACR + r"\s+(?:Vice\s+|Deputy\s+)?" + _ROLE + r"\b"),  # 'ABCU Rector, Prof. ...'
    re.compile(r"\b(?:[Rr]epresenting|on behalf of)\s+" + _ACR + r"(?![\w-])"),
    # 'ABCU, the Lorem Commission (LC) and two colleges signed ...': the first of a list of sides
    # (not a dateline: 'RIVERTON, May 3 –', 'RIVERTON, (Agency) –')
    re.compile(r"(?:^|(?<=[.!?\n])\s*)" + _ACR + r",\s(?!\(|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
               r"(?:(?!\s-\s)[^.;\n–—]){3,200}?\band\s[^.;\n]{0,120}?\b(?:signed|sign|inked)\b", re.M),
]
_ACRONYM_UNIT_ROLE = [
    re.compile(r"\b" + _UNIT_ROLE + r"\s+of\s+" + _ACR + r"(?![\w-])"),
    re.compile(r"(?<![\w-])" + _ACR + r"\s+(?:Vice\s+|Deputy\s+|Joint\s+)?" + _UNIT_ROLE + r"\b"),
]
# 'ABCU Riverton signed ...', 'ABCU Riverton and X signed': an acronym with its campus town (Indian usage:
# institutes of one name in several towns), opening the sentence as the subject of the signing.
_ACRONYM_TOWN = re.compile(r"(?:^|(?<=[.!?\n])\s*)(?P<name>[A-Z]{2,6}\s(?P<town>[A-Z][a-z]{2,}))\s+"
                           r"(?:and\s[^.;\n]{0,120}?)?(?:has\s+|have\s+)?(?:officially\s+)?(?:signed|signs|inked|inks)\b", re.M)
# 'the Ministry of X and US technology group Lorem on Thursday signed ...', '... with chipmaker Lorem': a
# company named after a lower-case word saying what it is.
_DESCRIBED = re.compile(r"(?:\band\s|\bwith\s)(?:the\s+)?(?:[A-Z][A-Za-z]{1,10}\s+)?(?:[a-z-]+\s+){0,2}"
                        r"(?:company|firm|group|giant|conglomerate|corporation|chipmaker|maker|startup|start-up|carrier|"
                        r"provider|developer|manufacturer|bank|lender|insurer)\s+(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})"
                        r"(?=\s+(?:on|in|has|have|signed|signs|inked|inks|to|and)\b|\s*[,.;(])")
# 'Zentrix, a leading software company, signed ...': a name followed by what it is, as the signing's subject.
_APPOSITIVE = re.compile(r"(?:^|(?<=[.!?\n])\s*)(?P<name>[A-Z][\w&-]+(?:\s[A-Z][\w&-]+){0,2}),\s+(?:a|an|the)\s+"
                         r"(?:[\w-]+\s+){0,4}(?:company|firm|group|conglomerate|corporation|organi[sz]ation|"
                         r"non-profit|nonprofit|NGO|charity|startup|start-up)\s*,\s+(?:has\s+|have\s+)?"
                         r"(?:signed|inked|signs|inks)\b", re.M)
# The other side is a short capitalised name right before 'and' ('between ABCU and', 'ABCU and' opening
# a line): 'of Lorem and Ipsum province' inside a longer name is not a side.
_OTHER_SIDE = r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s+and\s+"
_PROVINCE_NAME = r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s+[Pp]rovince)\b"
_PROVINCE = re.compile(r"(?:\bbetween\s+" + _OTHER_SIDE + r"|\bwith\s+|^" + _OTHER_SIDE + r")" + _PROVINCE_NAME, re.M)
_SIGNING = re.compile(r"\b(?:sign\w*|ink\w*|agreement|memorand\w*|MoU)\b", re.I)


def sides(text: str, groups) -> list[tuple[str, int, int]]:
    """(name, start, end) of acronym-only and province-named sides; an acronym that spells or is
    one of the institutions already found is left to them."""
    from kg.extract.institutions import _lone_acronym       # imported late: institutions imports this
    labels = [label for g in groups for label in g.labels()]
    found = []
    for pattern in _ACRONYM_PARTY + _ACRONYM_UNIT_ROLE:
        for m in pattern.finditer(text):
            acr = m.group("acr")
            if pattern in _ACRONYM_UNIT_ROLE and len(re.findall(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", text)) < 2:
                continue
            if not _lone_acronym(acr) or any(label == acr or acronym_fit(acr, label) is not None for label in labels):
                continue
            if re.match(r"\s+(?!(?:Rector|President|Chancellor|Vice|Deputy|Director|Dean|Chairman|Chairwoman|CEO|Provost|"
                        r"Principal|Registrar|Secretary|Head)\b)[A-Z][a-z]", text[m.end("acr"):]):
                continue              # 'the President of ABC San Lorem': the acronym opens a longer name
            if _inside_name(text, m.start("acr"), m.end("acr")) \
                    or re.search(r"\([^()]*(?<![\w-])" + re.escape(acr) + r"(?![\w-])[^()]*\)", text):
                continue              # '(ABCU NAS)': defined by the name before its parenthesis
            found.append((acr, m.start("acr"), m.end("acr")))
    found += _described_sides(text) + _acronym_town_sides(text)
    _headline_province(text, groups)
    # 'Ministry of X and Lorem Province': beside a name found (only names followed by 'and' or a bracket)
    beside_names = [re.finditer(re.escape(label) + r"(?:\s*\([^()]{1,20}\))?\s+and\s+(?:the\s+)?" + _PROVINCE_NAME, text)
                    for label in labels if " " in label and (label + " and " in text or label + " (" in text)]
    for m in [m for found_beside in beside_names for m in found_beside] + list(_PROVINCE.finditer(text)):
        # (the whole sentence: 'X signed a letter with Lorem province during a visit.' signs before the match)
        sentence = text[max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1:
                        text.find(".", m.end()) % (len(text) + 1) + 1]
        if _SIGNING.search(sentence) and not _joined_to_committee(text, m.group("name"), groups) \
                and m.group("name").endswith(" province"):     # 'X Province' alone: left to the name rules
            found.append((m.group("name"), m.start("name"), m.end("name")))
    return found


def _described_sides(text: str) -> list[tuple[str, int, int]]:
    """Companies named after (or before) a lower-case word saying what they are, in a signing sentence."""
    from kg.extract.institutions import COUNTRIES, _head_kind, _party_name
    found = []
    for m in list(_DESCRIBED.finditer(text)) + list(_APPOSITIVE.finditer(text)):
        sentence = text[text.rfind(".", 0, m.start()) + 1:text.find(".", m.end()) % (len(text) + 1) + 1]
        name = m.group("name")
        if _SIGNING.search(sentence) and _party_name(name) and name.lower() not in COUNTRIES \
                and not any(_head_kind(w) for w in name.split()):
            found.append((name, m.start("name"), m.end("name")))
    return found


def _acronym_town_sides(text: str) -> list[tuple[str, int, int]]:
    """'ABCU Riverton signed ...' (never 'ABCU Vice ...' or a surname in capitals after a title)."""
    from kg.extract.institutions import NOT_NAME_WORDS, ROLE_WORDS, _head_kind, _lone_acronym
    found = []
    for m in _ACRONYM_TOWN.finditer(text):
        town = m.group("town").lower()
        titled = re.search(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Professor|Dean|President|Rector)\.?\s*$",
                           text[max(0, m.start() - 12):m.start("name")])
        if _lone_acronym(m.group("name").split()[0]) and not _head_kind(town) and not titled \
                and town not in NOT_NAME_WORDS | ROLE_WORDS | {"vice", "deputy", "dean", "ceo"}:
            found.append((m.group("name"), m.start("name"), m.end("name")))
    return found


def _headline_province(text: str, groups) -> None:
    """'Lorem signs cooperation agreement with ...' over a text naming 'the People's Committee of Lorem':
    the province's name joins the committee's group (mentions found again), as `_joined_to_committee` does."""
    from kg.extract.institutions import _place_of_government, find_mentions
    for g in groups:
        place = _place_of_government(g.name) if re.search(r"(?i)committee", g.name) else None
        for m in re.finditer(r"^(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})\s+(?:signs|inks|signed|inked)\b", text, re.M):
            if place and m.group("name").lower() == place and m.group("name") not in g.forms:
                g.forms.append(m.group("name"))
                g.mentions = find_mentions(text, g.labels())


def _joined_to_committee(text: str, name: str, groups) -> bool:
    """'Lorem province' is the side whose People's Committee signs: its form joins that group
    (mentions found again), so the province's own mentions make the committee a party."""
    from kg.extract.institutions import _committee_of, find_mentions
    from kg.names import name_key
    for g in groups:
        place = name_key(re.sub(r"\s+[Pp]rovince$", "", name), drop_titles=True)
        if any(_committee_of(place, name_key(label, drop_titles=True)) for label in g.labels()):
            if name not in g.forms:
                g.forms.append(name)
                g.mentions = find_mentions(text, g.labels())
            return True
    return False


def _inside_name(text: str, start: int, end: int) -> bool:
    """'ABCU University', 'VNU-HCM': the acronym is the front of a longer capitalised name."""
    return bool(re.match(r"[-\u2013]?[A-Z]|\s+(?:University|College|Institute|School|Hospital)\b|\s+[A-Z]{2,}\b",
                         text[end:end + 12]))
