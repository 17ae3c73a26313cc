"""A minister whose title spells a ministry the text names ('Iranian Minister of Cooperatives, Labour and
Social Welfare A B' beside 'the Ministry of Cooperatives, Labour and Social Welfare'; 'A B, Minister of
Economy, Trade and Industry,' beside 'the Ministry of Economy, Trade and Industry of Japan'): the role
goes to that ministry, not to the country or to a ministry cut at the portfolio's first comma (guide
D3: when the text writes the ministry's name, the role goes to the ministry)."""

import re

# The country a ministry's name may end with ('... of Japan', '... of the Republic of X', '... in Ghana').
_COUNTRY_TAIL = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w' -]*$")
_MINISTER = re.compile(r"\bMinister\s+(?:of|for)\s+(?:the\s+Ministry\s+of\s+)?(?:the\s+)?")
# What may follow the portfolio: the end of the post, or the country it is of.
_AFTER_PORTFOLIO = re.compile(r"(?:\s*[,.;)\n]|\s*$|\s+(?:of|in|and\s+his|and\s+her|had|has|said|was|is|signed)\b|"
                              r"\s+(?:Dr|Prof|Mr|Mrs|Ms|H\.E)\b|\s+[A-Z][\w'’-]+\s+[A-Z])")
# Between a post written before a name and the name: the country it is of at most ('... of Viet Nam ').
_BEFORE_NAME = re.compile(r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’ -]{0,40}?)?\s*,?\s*")


def _portfolios(institutions) -> list[tuple[str, object]]:
    """(portfolio, ministry) for each ministry the text names ('Economy, Trade and Industry'), longest first."""
    found = []
    for inst in institutions:
        if inst.implied:
            continue
        for label in inst.labels():
            m = re.match(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}Ministry\s+of\s+(?:the\s+)?(.+)$", label)
            if m:
                found.append((_COUNTRY_TAIL.sub("", m.group(1)), inst))
    return sorted(found, key=lambda p: -len(p[0]))


def _ministry_at(text: str, pos: int, portfolios, upto: int | None = None):
    """The ministry whose portfolio is written at pos and ends there as a post's (with upto, the
    post then runs to upto, a country at most between: 'Minister of X of Japan A B'), or None."""
    for portfolio, inst in portfolios:
        if not text.startswith(portfolio, pos):
            continue
        end = pos + len(portfolio)
        if upto is None and _AFTER_PORTFOLIO.match(text, end) or upto is not None and _BEFORE_NAME.fullmatch(
                text, end, upto):
            return inst
    return None


def _named_ministry(text: str, title_start: int, end: int, portfolios):
    """The ministry the minister's title next to the mention spells: written right before the name,
    or after its comma."""
    line_start = text.rfind("\n", 0, title_start) + 1
    for m in _MINISTER.finditer(text, max(line_start, title_start - 160), title_start):
        inst = _ministry_at(text, m.end(), portfolios, title_start)
        if inst is not None:
            return inst
    tail = re.match(r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?=Minister\b)", text[end:end + 60])
    m = _MINISTER.match(text, end + tail.end()) if tail else None
    return _ministry_at(text, m.end(), portfolios) if m else None


def give_named_ministries(people, text: str, institutions) -> None:
    """Give each minister's role the ministry their title spells, when the text names it."""
    portfolios = _portfolios(institutions)
    if not portfolios:
        return
    for person in people:
        posts = [r for r in person.roles if re.search(r"\bMinister\b", r.role)]
        if not posts:
            continue
        for title_start, end in person.mentions:
            inst = _named_ministry(text, title_start, end, portfolios)
            if inst is not None:
                for role in posts:
                    role.institution = inst
                break
