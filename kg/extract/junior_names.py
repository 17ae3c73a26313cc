"""A generational suffix set off by a comma ('C. D. Lorem, Jr.', 'Anna Ipsum, Sr.') is part of the name:
the name readers stop at the comma, and the gold writes the name with its suffix."""

import re

_JUNIOR = re.compile(r",?\s+(?:Jr|Sr)\.?(?=[\s,;:)]|$)")


def with_suffixes(people, text: str) -> None:
    """The name of each person one of whose mentions is followed by ', Jr.' or ', Sr.' (the suffix as written
    is added to the name and to that mention)."""
    for person in people:
        for i, (start, end) in enumerate(person.mentions):
            m = _JUNIOR.match(text, end)
            if m and text[start:end].endswith(person.name):
                person.name = person.name + text[end:m.end()]
                person.mentions[i] = (start, m.end())
                break
