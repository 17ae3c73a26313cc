"""'Dr. A, President of X, and Rector B signed ...' or 'A, Vice Chancellor, signed along with B, Director
of Y': when a sentence pairs two people and names the institution of only one, the other speaks for
the other side of a two-party agreement."""

import re


# 'The MoU was signed on behalf of the University by Prof. A, ..., and Dr. B': one side named for the pair
ONE_SIDE_BY = re.compile(r"\bon\s+behalf\s+of\s+[^,;]+?\s+by\s+(?:[A-Z][a-z]*\.?\s+)*$")


def other_side(people, text: str, institutions, sentences) -> None:
    """Give the roles without an institution of the second person of such a pair the one other
    institution of the opening sentences (run before the context fills roles in)."""
    opening_end = sentences[min(2, len(sentences) - 1)].end if sentences else 0
    sides = [i for i in institutions if not i.implied and any(m.start < opening_end for m in i.mentions)]
    for sent in sentences:
        here = [p for p in people if p.roles and any(sent.start <= s < sent.end for s, _ in p.mentions)]
        if len(here) != 2 or not re.search(r"\b(?:sign\w*|singed|endorsed|inked)\b", sent.text, re.I):
            continue                     # a list of attendees is often one side only
        first, second = sorted(here, key=lambda p: min(s for s, _ in p.mentions if s >= sent.start))
        if ONE_SIDE_BY.search(text, sent.start, min(s for s, _ in first.mentions if s >= sent.start)):
            continue                     # 'signed on behalf of X by A and B': both sign for X
        between = text[max(e for _, e in first.mentions if e <= sent.end):min(s for s, _ in second.mentions
                                                                             if s >= sent.start)]
        # ('A, role, signed the MoU along with / with B, role of Y': B's partner too)
        if not re.search(r"\b(?:and|along\s+with|together\s+with|with)\s+(?:the\s+)?[^,;]*$", between) or ";" in between:
            continue
        named = [p for p in here if any(r.institution is not None for r in p.roles)]
        bare = [p for p in here if p.affiliation is None and p.roles
                and all(r.institution is None and not r.anaphoric for r in p.roles)]
        if len(named) != 1 or len(bare) != 1:
            continue
        own = {id(r.institution) for r in named[0].roles if r.institution is not None}
        others = [i for i in sides if id(i) not in own]
        if len(others) > 1:              # '..., acting under the NovSU charter': the one this sentence names
            others = [i for i in others if any(sent.start <= m.start < sent.end for m in i.mentions)]
        if len(others) == 1:
            for r in bare[0].roles:
                r.institution = others[0]
