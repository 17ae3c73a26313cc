"""A lowercase post written straight after a name, with no comma, and then the acronym of the body
it belongs to ('Dr A B dean LMC and Dr C D director BRI signed'): terse news copy that drops the
punctuation between a name, its post and the employer."""

import re

from kg.extract.institutions import refers_to
from kg.extract.role_cues import LOWER_HEADS, LOWER_MODIFIERS
from kg.names import is_acronym

# the acronym must end the phrase: a clause word, punctuation or the line's end follows
_GLUED = re.compile(r"[ \t]+(" + LOWER_MODIFIERS + LOWER_HEADS + r")[ \t]+([A-Z][A-Za-z&]{1,9})"
                    r"(?=[ \t]+(?:and|signed|said|was|were|has|had|while|on)\b|[ \t]*[,.;:)\n]|[ \t]*$)")


def post_then_acronym(text: str, end: int, institutions) -> tuple[str, object, int] | None:
    """(post, institution, start) for 'name dean LMC' right after a name ending at end; None unless the
    acronym is one of the article's institutions."""
    m = _GLUED.match(text, end)
    if not m or not is_acronym(m.group(2)):
        return None
    inst = refers_to(m.group(2), institutions)
    return (m.group(1), inst, m.start(1)) if inst is not None else None
