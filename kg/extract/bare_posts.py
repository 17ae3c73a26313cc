"""A post in lowercase after an untitled name and a comma that names no institution (session 17, lists of
attendees on real pages): 'A B, chief executive officer, C D, scientific director, and E F, special advisor
for international affairs.', 'A B, director of human resource management, Lorem Assembly', 'A B, education
attaché,', 'A B, translator,'. The readers of posts with an owner ('A B, head of the Office of X') need a
capitalised name after 'of'; here the post closes at a comma, a semicolon, a full stop, the line's end or
'and', so a name followed by an ordinary lowercase phrase ('A B, in the new building') is no person."""

import re

from kg.extract import role_cues

# Lowercase heads of a post the role cues lack: advisers, attachés, occupations of a delegation.
_MORE_HEADS = r"(?:advisor|adviser|attaché|attache|consul(?:[- ]general)?|translator|interpreter|specialist|" \
              r"facilitator|leader|expert|lecturer|professor|researcher|counsellor|counselor|spokesperson|" \
              r"spokesman|spokeswoman)"
# lowercase words that never describe a post ('A B, and director', 'A B, who was director')
_NOT_DESCRIPTOR = r"(?:and|or|but|who|whose|whom|which|that|where|when|while|what|how|if|because|since|after|before|" \
                  r"its|his|her|their|our|this|these|those|the|an?|with|from|for|also|now|then|not|was|were|has|" \
                  r"had|will|said|is|are|as|in|on|at|by|of|to|into|about|among|like)\b"
_BARE_POST = re.compile(
    r",\s+(?:the\s+)?(?:(?!" + _NOT_DESCRIPTOR + r")[a-z][\w-]*\s+){0,2}?" + role_cues.LOWER_MODIFIERS
    + r"(?:" + role_cues.LOWER_HEADS + "|" + _MORE_HEADS + r")(?P<plural>s)?"
    r"(?:\s+(?:of|for|and)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})?"
    r"(?=\s*(?:[,;.\n]|$)|\s+and\b)")


def comma_bare_post_cue(text: str, span, institutions) -> bool:
    """The untitled name at span is followed by a comma and a lowercase post that closes there (a plural post
    only after a pair and closing the list: 'A B and C D, project facilitators.', never '..., Faculty of X,
    lecturers and students')."""
    m = _BARE_POST.match(text, span[1])
    return bool(m) and (not m.group("plural") or bool(re.search(r"[A-Za-z]\s+and\s+$", text[max(0, span[0] - 40):span[0]]))
                        and bool(re.match(r"\s*(?:[.;\n]|$)", text[m.end("plural"):])))


# After a one-word name: a comma and a lowercase post, whatever follows it ('Dr. A, dean (RGIA)', 'Dr. A, the head
# of the county's health department', 'Dr. A, director of radiation oncology')
_POST_OPENS = re.compile(r",\s+(?:the\s+)?" + role_cues.LOWER_MODIFIERS + r"(?:" + role_cues.LOWER_HEADS + "|"
                         + _MORE_HEADS + r")\b(?![-'’])")


def posted_mononym(person, people, text: str) -> bool:
    """A titled one-word name ('Prof A', 'Dr. A') that a comma and a lowercase post follow at one of its
    mentions, no word of another person's name."""
    name = person.name
    return " " not in name and person.title_led and len(name) >= 3 and name[:1].isupper() and not name.isupper() \
        and any(_POST_OPENS.match(text, end) for _, end in person.mentions) \
        and not any(name in p.name.split() for p in people if p is not person)
