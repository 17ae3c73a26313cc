"""A country and its government are one body (annotation guide D3): 'the Republic of Lorem' signing, 'the
Lorem Government' funding and 'Lorem's Minister' attending are one institution, listed once. The gold names
it as the text does in one place and lists the text's other names of it as aliases ('Republic of Sierra
Leone' with 'Sierra Leone', 'Government of Sierra Leone'), so the draft keeps them all.

Which country a name is comes from data: countries.tsv (every ISO name) and demonyms.tsv (its adjective,
for 'the Loremian government')."""

import re
from functools import lru_cache

from kg.extract.countries import country_code, demonym_codes
from kg.extract.institutions import merge_into

# 'Government of (the) X', 'X Government', "X's government", 'the Loremian Federal Government'
_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:(?:Federal\s+|National\s+)?[Gg]overnment\s+of\s+(?:the\s+)?(?P<of>.+)"
                         r"|(?P<own>.+?)(?:['’]s)?\s+(?:[Ff]ederal\s+|[Nn]ational\s+)?[Gg]overnment)$")


def country_of(name: str) -> str | None:
    """The ISO code of the country a name is, or whose government it is; None for any other body."""
    code = country_code(name)
    m = None if code else _GOVERNMENT.match(name)
    if m:
        place = m.group("of") or m.group("own")
        code = country_code(place) or demonym_codes().get(re.sub(r"^the\s+", "", place))
    return code


def _written_names(code: str, text: str) -> list[str]:
    """The names the text writes for the country and its government ('Lorem', 'the Republic of Lorem',
    'Government of Lorem', "Lorem's government", 'the Loremian Government'), as written, 'the' dropped."""
    own = sorted({n for n, c in _names().items() if c == code}, key=len, reverse=True)
    adjectives = sorted({d for d, c in demonym_codes().items() if c == code}, key=len, reverse=True)
    alternation = lambda names: r"(?<![\w-])(?i:%s)(?![\w-])" % "|".join(re.escape(n).replace("'", "['’]")
                                                                       for n in names)
    country, either = alternation([n for n in own if n not in adjectives]), alternation(own)
    shapes = (r"(?:(?:Federal|National)\s+)?[Gg]overnment\s+of\s+(?:the\s+)?" + country,
              r"%s(?:['’]s)?\s+(?:[Ff]ederal\s+|[Nn]ational\s+)?[Gg]overnment\b" % either, country)
    found = []
    for shape in shapes:
        for m in re.finditer(shape, text):
            written = re.sub(r"^the\s+", "", m.group())
            if written[:1].isupper() and written not in found:
                found.append(written)
    return found


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Country names and adjectives, as text writes them ('the' dropped), with their codes; read once
    (the file does not change while the extractor runs). Callers only read the dict."""
    from kg.extract.countries import code_rows, COUNTRIES_FILE
    rows = {re.sub(r"^the ", "", n): c for c, n in code_rows(COUNTRIES_FILE)}
    return rows | demonym_codes()


def join_country_bodies(kept: list, parties: set, people, text: str) -> list:
    """The kept institutions that name one country (the country, its government) joined into one: the
    party if one is, else one the text names as a body; every name the text writes for the country or its
    government becomes an alias."""
    by_code: dict[str, list] = {}
    for inst in kept:
        code = country_of(inst.name)
        if code:
            by_code.setdefault(code, []).append(inst)
    for code, group in sorted(by_code.items()):
        target = next((i for i in group if id(i) in parties), None) or \
            next((i for i in group if not i.implied), group[0])
        for other in group:
            if other is not target:
                merge_into(other, target, parties, people)
                target.implied = target.implied and other.implied
                kept = [i for i in kept if i is not other]
        seen = {f.casefold() for f in target.forms + target.located_forms}
        for written in _written_names(code, text):
            if written.casefold() not in seen:
                seen.add(written.casefold())
                target.located_forms.append(written)
    return kept
