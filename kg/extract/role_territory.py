"""The body whose office a person holds: a governor's province or state, a mayor's city, a minister's
or ambassador's country, a Party committee.

'Governor of Irkutsk A B', 'Mayor A B of Fukuoka City', "Nebraska's Governor A B", 'Makueni County
Governor A B', 'the Lagos State governor, A B': the role goes to the territory named with it (annotation
guide D3), never to the nearest university or to the publisher. A territory the article names only
there becomes an implied institution (never a party), as a minister's ministry does.
"""

import re

from kg.extract.body_spans import governed_place
from kg.extract.countries import country_alternation, country_code, country_codes, demonym_codes, usual_name
from kg.extract.institutions import INSTITUTION_HEADS, Institution, Mention, _place_of_government, refers_to
from kg.names import name_key
from kg.textnorm import fold

# the office, as written ('Vice Governor', 'Deputy Mayor', 'Lieutenant-Governor')
OFFICE = r"(?:(?:[Vv]ice|[Dd]eputy|[Ll]ieutenant|[Aa]cting)[\s-]+)?(?:[Gg]overnor|[Mm]ayor)"
# one to four capitalised words, the last may be a territory noun ('Fukuoka City', 'Lagos State')
PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_BEFORE_OF = re.compile(r"\b(?P<office>%s)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?P<place>%s)\s*,?\s*$"
                        % (OFFICE, PLACE))                          # 'Governor of Irkutsk '
# the territory before the office: "Nebraska's Governor ", 'Makueni County Governor ', 'Kitui governor '
_PLACE_FIRST = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<place>%s)\s+(?P<office>%s)\s*,?\s*$" % (PLACE, OFFICE))
TERRITORY_NOUNS = {"state", "city", "county", "province", "prefecture", "region", "district", "municipality"}
_OFFICE_BEFORE = re.compile(r"\b(?P<office>%s)\s*$" % OFFICE)             # 'Mayor ' + name + ' of X'
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<place>%s)(?=[\s,.;:)]|$)" % PLACE)
# words that make the phrase an organisation's governor, or no territory ('Central Bank Governor', 'Former Mayor')
NOT_TERRITORY = {"bank", "board", "fund", "reserve", "college", "school", "council", "association", "the",
                 "former", "incoming", "outgoing", "new", "then", "current", "and", "with", "by", "as",
                 "deputy", "vice", "acting", "provincial"}
TERRITORY_ROLES = {"governor", "deputy-governor", "mayor", "deputy-mayor"}


def _possessive(place: str) -> str:
    return re.sub(r"['’]s$", "", place)


def _is_territory(place: str, before_office: bool, office: str, inside: bool = False) -> bool:
    """The words can name a territory. Before the office they must show it: a possessive ("Nebraska's
    Governor"), a territory noun ('Makueni County Governor'), a lowercase office ('Kitui governor') or
    a place inside the sentence ('attended by Osaka Mayor A'); else a capitalised word opening a
    sentence ('Yesterday Governor A') would pass for one."""
    words = _possessive(place).lower().split()
    if not words or any(w in NOT_TERRITORY | INSTITUTION_HEADS for w in words) \
            or len(words) == 1 and words[0] in TERRITORY_NOUNS:
        return False
    return not before_office or place != _possessive(place) or words[-1] in TERRITORY_NOUNS \
        or (office[:1].islower() or inside) and len(words) == 1


def office_of_territory(text: str, title_start: int, end: int) -> tuple[str, str, int] | None:
    """(office, territory, territory start) written with the person's mention, or None."""
    line_start = text.rfind("\n", 0, title_start) + 1
    before = text[max(line_start, title_start - 120):title_start]
    offset = title_start - len(before)
    for pattern in (_BEFORE_OF, _PLACE_FIRST):
        m = pattern.search(before)
        inside = bool(m) and bool(re.search(r"(?:\b[a-z]+|,)\s+(?:the\s+)?$", before[:m.start("place")]))
        if m and _is_territory(m.group("place"), pattern is _PLACE_FIRST, m.group("office"), inside):
            return m.group("office"), _possessive(m.group("place")), offset + m.start("place")
    office = _OFFICE_BEFORE.search(before)
    after = _OF_AFTER.match(text, end)
    if office and after and _is_territory(after.group("place"), False, office.group("office")):
        return office.group("office"), after.group("place"), after.start("place")
    return None


def implied_institution(name: str, mention: Mention, institutions, lookup=refers_to) -> Institution:
    """The institution `name` refers to: one already found (lookup(name, institutions)), else a new
    one known only from a role (implied, so never a party), added to institutions with that mention."""
    found = lookup(name, institutions)
    if found:
        return found
    inst = Institution(forms=[name], from_headline_only=False, implied=True)
    inst.mentions = [mention]
    institutions.append(inst)
    return inst


def written_the_same(name: str, institutions) -> Institution | None:
    """The institution found under this very name ('Korea' is not 'Korea University')."""
    return next((i for i in institutions if any(fold(label) == fold(name) for label in i.labels())), None)


def territory_body(place: str, institutions) -> Institution | None:
    """The institution a territory's name stands for: one written so, or the government of that place
    ("Lorem Province People's Committee" for 'Lorem'); never a body merely named after it ('Lorem
    University')."""
    bare = re.sub(r"\b(?:province|city|provincial|municipal)\b", " ", name_key(place, drop_titles=True))
    key = " ".join(bare.split())                     # ('Lorem Province' -> 'lorem', as the government's place)
    return written_the_same(place, institutions) \
        or next((i for i in institutions if _place_of_government(i.name) == key), None) \
        or next((i for i in institutions if governed_place(name_key(i.name, drop_titles=True)) == key), None)


def give_territory_roles(people, text: str, institutions, role_key, make_role) -> None:
    """Each person written with a territory's office gets that office at the territory: the role read
    for it is corrected, or a new one added. role_key(role) -> concept; make_role(role, inst, start)."""
    for person in people:
        for title_start, end in person.mentions:
            found = office_of_territory(text, title_start, end)
            if not found:
                continue
            office, place, start = found
            office = office[0].upper() + office[1:]        # 'Kitui governor' -> 'Governor'
            inst = implied_institution(place, Mention(start, start + len(place), place), institutions, territory_body)
            same = [r for r in person.roles if role_key(r.role) == role_key(office)
                    or role_key(r.role) in TERRITORY_ROLES and r.role.startswith(office)]
            for role in same:
                role.role, role.institution = office, inst
            if not same:
                person.roles.append(make_role(office, inst, start))
            break


def signed_for_territories(people, role_key) -> set:
    """Ids of the territories (and their governments) whose governor or mayor signed: a party, as the text
    has the territory sign through its head ('signed by AU's President and Governor A of Lorem'; guide D3).
    A territory whose officer only attends or speaks stays a non-party; so does a body that is not the
    territory's government (a post read into 'Municipal Federation of Trade Unions')."""
    return {id(r.institution) for p in people if p.signed for r in p.roles
            if r.institution is not None and role_key(r.role) in TERRITORY_ROLES
            and (r.institution.implied or governed_place(name_key(r.institution.name, drop_titles=True)))}


# A country's adjective, for "Ghanaian Minister of X A B": every country's, from data (demonyms.tsv)
DEMONYMS = demonym_codes()
# a national office: a minister's, an ambassador's, a consul's, a high commissioner's, an envoy's
_OFFICE = (r"(?:Minister|Ambassador|Consul|High[\s-]+Commissioner|Charg[ée][\s-]+d['’]\s?[Aa]ffaires|Envoy|"
           r"Secretary\s+of\s+State)\b(?:[\s-]+General)?(?:\s+Extraordinary\s+and\s+Plenipotentiary)?")
NATIONAL_OFFICE = re.compile(r"\b(?:Minister|Ambassador|Consul|Commissioner|Charg[ée]|Envoy|Secretary\s+of\s+State)\b",
                             re.I)
# what an office is 'of' or 'for': a portfolio, commas only inside a list ('of Economy, Trade and Industry'), never
# running on into the next person ('Minister of Education A B, Mayor C')
_COMPLEMENT = r"(?:[^;.(),]|,(?=\s+(?:[a-z]|(?:[A-Z][a-z]+,?\s+){1,3}and\b)))"


_COUNTRY = country_alternation()
# the nation: a demonym ('Japanese'), a country's name ('UK', 'Japan') or its possessive ("Taiwan's")
_NATION = r"(?P<nation>%s|(?P<country>%s)(?![\w'’-])|(?P<owner>%s)['’]s)" % (
    "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)), _COUNTRY, _COUNTRY)
# up to three capitalised modifiers, the office, and what or where it is of ('Consul-General in X')
# (after a nation the office may be lowercase: 'New Zealand high commissioner to X'; a time word may stand
# before it: "Japan's new Prime Minister", 'former Loremian Ambassador')
_POST = r"(?P<post>(?:[A-Z][\w-]*\s+){0,3}(?i:%s)(?:\s+(?:of|for|to|in)\s+%s{0,80}?)?)" % (_OFFICE, _COMPLEMENT)
_TIME = r"(?:(?:new|newly[\s-]appointed|former|then|current|incoming|outgoing|visiting)\s+)?"
# "Vietnamese Deputy Health Minister ", "Taiwan's Political Deputy Minister of Education ", 'Indonesian
# Ambassador to China, ', 'the UK Ambassador to Egypt, ': the nation and its office before the name
# ('the United Kingdom (UK) Deputy High Commissioner to X, ': the nation's short form in brackets)
_NATION_OFFICE = re.compile(r"(?:^|(?<=\s))%s%s(?:\s*\([A-Z]{2,6}\))?\s+%s%s\s*,?\s*$" % (_TIME, _NATION, _TIME, _POST))
# 'A B, Japanese Ambassador to Ghana, said', 'A B, French Minister for Research.': the same after the name
_END = r"(?=\s*[,.;)\n]|\s*$|\s+(?:and|who|said|has|had|was|is)\b)"
_NATION_OFFICE_AFTER = re.compile(r",\s+(?:the\s+)?%s%s\s+%s%s%s" % (_TIME, _NATION, _TIME, _POST, _END))
# the office, then the country it is of: 'Ambassador of the Republic of Lorem to Ipsum ', 'Consul General of
# Lorem in Ipsum City ', 'Minister of Education of Lorem, ' (the country checked by name)
_OF_POST = r"(?P<post>(?:[A-Z][\w-]*\s+){0,3}%s(?:\s+(?:of|for)\s+(?!the\s)%s{0,60}?)?)" % (_OFFICE, _COMPLEMENT)
_OF_NATION = (r"\s+of\s+(?:the\s+)?(?P<country>%s)(?![\w'’-])(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w'’-]*"
              r"(?:\s+(?:[A-Z][\w'’-]*|of))*?(?:\s+[A-Z][\w'’-]*)?)?" % _COUNTRY)
_OFFICE_OF_NATION = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?%s%s\s*,?\s*$" % (_OF_POST, _OF_NATION))
_OFFICE_OF_NATION_AFTER = re.compile(r",\s+(?:the\s+)?%s%s%s" % (_OF_POST, _OF_NATION, _END))


def _nation(m: re.Match, text: str) -> str:
    """The country a match names: as the text writes it, or for an adjective the name the text writes
    that country by elsewhere ('Austria' for 'the Austrian Ambassador'), else its usual name."""
    written = m.group("country") or m.groupdict().get("owner")
    if written:
        return written
    code = DEMONYMS[m.group("nation")]
    return next(iter(written_countries(text).get(code, [])), None) or usual_name(code)


def written_countries(text: str) -> dict[str, list[str]]:
    """Code -> the names of that country the text writes, fullest first ('Republic of Austria', 'Austria')."""
    found = {}
    for m in re.finditer(r"(?<![\w-])(?:%s)(?![\w'’-])" % _COUNTRY, text):
        code = country_code(m.group())
        if code and m.group() not in found.setdefault(code, []):
            found[code].append(m.group())
    return {code: sorted(names, key=lambda n: (-len(n), n)) for code, names in found.items()}


def office_of_nation(text: str, title_start: int, end: int | None = None) -> tuple[str, int, str, int] | None:
    """(country, where it is written, the office, where the match ends) when a country's office is written
    right before the mention, or after its comma when end (the name's end) is given."""
    line_start = text.rfind("\n", 0, title_start) + 1
    offset = max(line_start, title_start - 160)
    before = text[offset:title_start]
    m = _NATION_OFFICE.search(before) or _OFFICE_OF_NATION.search(before)
    if not m and end is not None:
        offset, m = 0, _NATION_OFFICE_AFTER.match(text, end) or _OFFICE_OF_NATION_AFTER.match(text, end)
    if m is None:
        return None
    post = m.group("post")
    if re.search(r"\b(?:his|her|their)\b", post) or _institution_word(post):
        return None       # ('Lorem Minister of Health A B and his Ipsum counterpart C D': the office is A's;
    where = "country" if m.group("country") else "owner" if m.groupdict().get("owner") else "nation"
    return _nation(m, text), offset + m.start(where), post.strip(), offset + m.end()   # 'Korea University President')


def _institution_word(post: str) -> bool:
    """A modifier that names a body, not an office ('Japan Foundation President', 'Korea University President')."""
    return any(w.lower() in INSTITUTION_HEADS for w in re.findall(r"[A-Z][\w-]*", post))


def same_country(name: str, institutions) -> Institution | None:
    """The institution found under this country's name or another name of it ('UK' for 'United Kingdom')."""
    code = country_code(name)
    return written_the_same(name, institutions) or next(
        (i for i in institutions if code and any(country_code(label) == code for label in i.labels())), None)


# the body through which a country's office is held, when the text names it (guide D3: the governing body
# written gets the role): an envoy's mission, a minister's ministry
_MISSION = re.compile(r"\b(?:Embassy|High\s+Commission|Consulate|Mission)\b")
_MINISTRY = re.compile(r"\bMinistry\b")


def named_body_of(code: str, post: str, institutions) -> Institution | None:
    """The mission or ministry of country `code` the text names ('the Canadian Embassy', 'Embassy of Lorem in
    Ipsum', 'the Loremian Industry Ministry') for an envoy's or a minister's post; None when none or several."""
    if re.search(r"\b(?:Prime|First)\s+Minister\b", post):
        return None       # a head of government holds no portfolio: the country, not one of its ministries
    kind = _MINISTRY if re.search(r"\bMinister\b", post) else _MISSION
    names = {n.lower() for n, c in country_codes().items() if c == code} | \
        {d.lower() for d, c in DEMONYMS.items() if c == code}
    found = [i for i in institutions if not i.implied and kind.search(i.name)
             and any(re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(n), label.lower().replace("’", "'"))
                     for label in i.labels() for n in names)]
    return found[0] if len(found) == 1 else None


def _named_ministry(inst) -> bool:
    """A ministry the text writes as a name ('the Ministry of Labour'), not one read from a minister's
    title alone ('Minister of Labour' gives an implied 'Ministry of Labour'): guide D3."""
    return inst is not None and not inst.implied and bool(_MINISTRY.search(inst.name))   # ('Lorem Industry Ministry')


def give_national_roles(people, text: str, institutions, make_role) -> None:
    """A minister, ambassador or consul written with their country ('Vietnamese Minister of X A B',
    "Taiwan's Deputy Minister A B", 'Ambassador of Lorem to Ipsum A B'): that office's role goes to the
    country (guide D3) unless it names its ministry; a person with no such role read gets the office as
    one. The country is listed by the name written with the office, the text's other names of it aliases."""
    for person in people:
        for title_start, end in person.mentions:
            found = office_of_nation(text, title_start, end)
            if not found:
                continue
            country, start, post, stop = found
            clause_end = re.search(r"[,.;\n]|$", text[stop:]).start() + stop if stop > title_start else stop
            if any(other is not person and start <= e and s < clause_end for other in people for s, e in other.mentions):
                continue          # ('A, Lorem Secretary of State for X and Y B C,': the office is B C's)
            inst = named_body_of(country_code(country) or "", post, institutions) or \
                implied_institution(country, Mention(start, start + len(country), country), institutions, same_country)
            if inst.implied:
                code = country_code(country)
                inst.forms += [n for n in written_countries(text).get(code, []) if n not in inst.forms]
            offices = [r for r in person.roles if NATIONAL_OFFICE.search(r.role)]
            for role in offices:
                if not _named_ministry(role.institution):
                    role.institution = inst        # (a ministry the text names stays: D3's governing body)
            if not offices:
                person.roles.append(make_role(post, inst, start))
            break


# A post in a Party committee ('Secretary of the provincial Party Committee', 'member of the Party Central
# Committee', 'Member of the Central Committee of the Party', 'Deputy Secretary of Lorem Municipal Party
# Committee', 'member of the Standing Committee of the City Party Committee'): the committee is the post's
# institution (annotation guide D3).
_TERRITORY_KIND = r"(?:[Pp]rovincial|[Cc]ity|[Mm]unicipal|[Dd]istrict)"
_PARTY_POST = (r"(?P<role>(?:[A-Z][\w-]*\s+){0,2}(?:[Mm]ember|(?:(?:[Dd]eputy|[Vv]ice)\s+)?[Ss]ecretary|[Cc]hairman)"
               r"\s+of\s+(?:(?:the\s+)?Standing\s+Committee\s+of\s+)?"
               r"(?:the\s+(?P<body>(?:(?:%s|[A-Z][\w-]*)\s+)?"
               r"Party\s+(?:Central\s+)?Committee|Central\s+Committee\s+of\s+the\s+(?:Communist\s+)?Party"
               r"(?:\s+of\s+Viet\s?[Nn]am)?)"
               # without 'the', only a territory's own name: 'of Lorem Municipal Party Committee'
               r"|(?P<named>[A-Z][\w-]*\s+%s\s+Party\s+Committee)))" % (_TERRITORY_KIND, _TERRITORY_KIND))
# Written first, as one compound ('provincial Party Committee Secretary and Mayor A B'): only a territory's
# committee, as a university's ('AU Party Committee Secretary') is a unit of the university (guide D4).
_PARTY_COMPOUND = (r"(?P<crole>(?P<compound>%s\s+Party\s+Committee)\s+(?:(?:[Dd]eputy|[Vv]ice)\s+)?[Ss]ecretary)"
                   r"(?:\s+and\s+(?:[A-Z][\w-]*\s+){1,3}?)?" % _TERRITORY_KIND)
_PARTY_BEFORE = re.compile(r"(?:^|(?<=\s))(?:%s|%s)\s*,?\s*$" % (_PARTY_POST, _PARTY_COMPOUND))
_PARTY_AFTER = re.compile(r",\s+(?:the\s+)?%s\b" % _PARTY_POST)


def give_party_roles(people, text: str, institutions, make_role) -> None:
    """A Party committee post written next to the name, before it or after its comma, is a role at
    that committee (kept as written, the committee listed, never a party); a shorter reading of the
    same post ('Secretary') is replaced by it."""
    for person in people:
        for title_start, end in person.mentions:
            line_start = text.rfind("\n", 0, title_start) + 1
            for m in (_PARTY_BEFORE.search(text, max(line_start, title_start - 120), title_start),
                      _PARTY_AFTER.match(text, end)):
                if not m:
                    continue
                group = next(g for g in ("body", "named", "compound") if m.groupdict().get(g))
                role_group = "role" if m.group("role") else "crole"
                role, body, role_start = m.group(role_group), m.group(group), m.start(role_group)
                # (exactly: 'provincial Party Committee' is no short form of the People's Committee)
                inst = implied_institution(body, Mention(m.start(group), m.end(group), body), institutions,
                                           written_the_same)
                person.roles = [r for r in person.roles if not (role.startswith(r.role) or body in r.role)]
                person.roles.append(make_role(role, inst, role_start))
