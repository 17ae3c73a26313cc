"""People named only as background, whom the gold leaves out (guide D5)."""

import re

# 'under the late Prof. A B': a person who has died takes no part in the agreement.
_LATE = re.compile(r"\b[Tt]he\s+late\s+$")


def only_late(person, text: str) -> bool:
    """Every mention of the person follows 'the late'."""
    return bool(person.mentions) and all(_LATE.search(text[max(0, s - 12):s]) for s, _ in person.mentions)
