"""Find institution names in an article and group the forms that denote the same institution.

A name is a run of capitalised words (joined by of/and/the/for/&) that contains a head noun
(University, College, Ministry, Co., Ltd. ...). Internal units (Faculty, Office, Centre,
Department, 'School of ...') are not institutions: they stay inside role strings. Acronyms come
from a parenthesis after a name, 'Name (HaUI)', or from spelling a name's initials. Lines written
in capitals (headlines) are read with their function words lowered first.
"""

import re
from dataclasses import dataclass, field

from kg.extract import (bare_parties, body_spans, name_spans, name_tails, resolve_names, roles, same_body,
                        subject_names,
                        side_bodies, territory_sides, variant_names)
from kg.extract.countries import country_names
from kg.extract.place_names import known_place
from kg.extract.text import folded_with_map, original_span
from kg.extract.vietnamese_names import starts_with_family_name, vietnamese_names
from kg.names import STOPWORDS, acronym_fit, is_acronym, name_key
from kg.registry.names import GENERIC_WORDS, content_words
from kg.textnorm import fold

INSTITUTION_HEADS = {"university", "universitat", "universität", "college", "institute", "academy",
                     "school", "polytechnic", "ministry", "republic", "embassy", "consulate",
                     "hospital", "hospitals", "association", "foundation", "federation", "network", "agency",
                     "bank", "government", "conservatory", "seminary", "universidad", "museum",
                     "université", "hochschule", "universiti", "universitas", "universita", "universidade",
                     "universite", "institut", "instituto", "politecnico", "università", "fund", "organization", "organisation", "commission",
                     "consortium", "alliance", "society", "chamber", "authority", "union", "trust",
                     "vishwavidyalaya", "mahavidyalaya", "vidyapeeth", "vidyapith",   # (Indian universities)
                     "county", "municipality"}     # a local government named as a body ('Lorem County', 'Municipality of X')
# Heads that name a territory's government, unless more of a name follows ('Lorem County Assembly').
TERRITORY_HEADS = {"county", "municipality"}
# The legal form after a company's name: 'Vingroup Joint Stock Company' is 'Vingroup' in the text.
COMPANY_TAIL = (r"\s*(Joint Stock Company|Joint Stock Corporation|Co\.,\s?Ltd\.?|Co\.|Ltd\.?|Limited|JSC|Inc\.?|Corp\.|"
                r"Company|Corporation|Group|GmbH|AB|AG|LLC|PLC|Pte\.? Ltd\.?|Pvt\.? Ltd\.?|Private Limited|"
                r"Sdn\.? Bhd\.?|Berhad|S\.A\.|S\.p\.A\.|N\.V\.|B\.V\.)$")
# Heads written first in other languages, the rest of the name after them.
HEAD_FIRST = {"universiti", "universitas", "universidad", "universidade", "université", "universite", "universitat",
              "universität", "universita", "università", "institut", "instituto", "politecnico", "hochschule"}
COMPANY_SUFFIXES = {"co., ltd.", "co.,ltd", "co., ltd", "co.", "ltd.", "ltd", "jsc", "company", "software",
                    "corporation", "corp.", "group", "inc.", "inc", "llc", "gmbh", "plc",
                    "ab", "ag", "oy", "oyj", "bv", "nv", "pte", "bhd", "s.a.", "s.p.a.", "srl", "sarl", "k.k.",
                    "pvt. ltd.", "pvt ltd", "pvt. ltd", "pvt ltd.", "sdn. bhd.", "sdn bhd", "sdn. bhd", "sdn bhd.",
                    "pte. ltd.", "pte ltd", "pte ltd.", "berhad", "n.v.", "b.v.", "limited"}
# Words of a legal form that follow a company's own head: 'Sao Mai Software Joint Stock Company'.
LEGAL_FORM_WORDS = {"joint", "stock", "company", "corporation", "co.", "ltd.", "ltd", "co., ltd.", "jsc", "inc.",
                    "llc", "gmbh", "plc", "ab", "ag", "oy", "bv", "nv", "pte", "sdn", "bhd", "limited", "group"}
UNIT_HEADS = {"faculty", "office", "centre", "center", "department", "division", "board", "laboratory",
              "lab", "section", "unit", "council", "bureau", "programme", "program"}
CONNECTORS = {"of", "and", "the", "for", "&", "de", "du", "la", "für"}
# Other languages' 'of', joining a name only written in lower case ('Politecnico di Milano'; 'Da Lat' is a place).
FOREIGN_CONNECTORS = {"di", "del", "della", "degli", "dei", "do", "da", "dos", "das", "des", "las", "los",
                      "es"}     # ('University of Dar es Salaam')
TITLE_WORDS = {"mr", "mrs", "ms", "dr", "prof", "assoc", "msc", "phd", "comrade", "madam", "sir", "eng"}
ROLE_WORDS = {"rector", "president", "vice", "deputy", "director", "dean", "chairman", "chairwoman",
              "chair", "secretary", "principal", "chancellor", "head", "minister", "ambassador",
              "ceo", "founder", "manager", "representative", "representatives", "leader", "leaders"}
# Words that end a post's name, never a body's ('Lorem Regent', 'ABC Rector').
POST_WORDS = ROLE_WORDS | roles.ROLE_HEAD_WORDS | {"regent", "governor", "mayor", "minister", "ambassador", "consul"}
# Capitalised words that start a sentence or an event rather than a name.
NOT_NAME_WORDS = {"the", "a", "an", "on", "in", "at", "this", "these", "both", "two", "under", "with",
                  "signing", "ceremony", "delegation", "students", "meeting", "between",
                  "january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                  "thursday", "friday", "saturday", "sunday", "sign", "signs", "signed", "campus",
                  "overview", "figure", "photo", "according", "regarding", "after", "before",
                  "later", "then", "also", "meanwhile", "today", "yesterday", "previously", "recently",
                  "additionally", "furthermore", "however", "moreover", "next", "finally", "currently",
                  "since", "from", "as", "meanwhile", "besides", "thus", "therefore", "earlier"}
# Words lowered when a line is written in capitals, so that runs break where a name ends.
CAPS_FUNCTION_WORDS = CONNECTORS | NOT_NAME_WORDS | {
    "to", "by", "from", "for", "with", "organizing", "organising", "organize", "holds", "held",
    "receive", "receives", "visit", "visits", "cooperation", "collaboration", "memorandum",
    "understanding", "agreement", "mou", "strategic", "new", "year", "academic", "three", "signing"}
ANAPHORS = {"the school", "the university", "the college", "the institute", "the academy",
            "the company", "the ministry", "the corporation", "the two universities", "the schools"}
# Capitals that are no body's acronym: documents, countries, degrees, posts ('VC', 'CEO', 'OIC' officer-in-charge).
NOT_ACRONYMS = {"MOU", "MOA", "MOC", "PT", "USA", "UK", "EU", "UAE", "HCM", "HCMC", "ROK", "PRC", "ISI", "SCOPUS", "VC", "CEO", "PHD", "MSC",
                "OIC", "AI", "IT", "ICT", "R&D", "STEM", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI"}

# 'Kasetsart University of Thailand': a country after a name that already has its own proper word
# says where the institution is, it is not part of the name ('National University of Singapore' is).
# Every country's English names, lowered and folded, from the derived data file (see kg.extract.countries).
COUNTRIES = country_names()

# Words that only say what kind of locality a name's place is: 'X Province' is X.
# Venue words that end an 'at' phrase after a name: where the signing was, not a campus's town
PLACE_WORDS = {"hall", "campus", "building", "office", "headquarters", "room", "hotel", "centre", "center", "library",
               "auditorium", "house", "palace", "january", "february", "march", "april", "may", "june", "july",
               "august", "september", "october", "november", "december"}
LOCALITY_WORDS = {"province", "city", "prefecture", "municipality"}

# (legal forms and 'St.' kept whole: 'Lorem Pvt. Ltd.', 'Ipsum Sdn. Bhd.', 'St. Lorem's College')
_TOKEN = re.compile(r"PT\.(?=\s[A-Z])|Co\.,\s?Ltd\.?|Co\.|Ltd\.|Inc\.|Corp\.|(?:Pvt|Pte|Sdn)\.?\s(?:Ltd|Bhd)\b\.?|"
                    r"S\.p\.A\.|[SNB]\.[AV]\.|(?:St|[A-Z])\.(?=\s[A-Z][a-z])|[A-Z]{1,3}&[A-Z]{1,3}\b|[^\W_][\w'’\-]*[^\W_]|[^\W_]|\S")


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Institution:
    forms: list = field(default_factory=list)          # names as written, first seen first
    acronyms: list = field(default_factory=list)
    mentions: list = field(default_factory=list)       # Mention
    from_headline_only: bool = True
    is_company: bool = False
    headline_forms: set = field(default_factory=set)   # title-cased from a line in capitals
    implied: bool = False      # known only from a role ('Vice Minister of X' -> 'Ministry of X'), never a party
    unit_forms: list = field(default_factory=list)     # its units named in roles ('Ben Tre Department of ...')
    located_forms: list = field(default_factory=list)  # a form with the country cut from it, as written: aliases only

    @property
    def name(self) -> str:
        """The fullest form written in ordinary case (headline forms only when there is no other)."""
        full = [f for f in self.forms if f not in self.acronyms]
        plain = [f for f in full if f not in self.headline_forms] or full
        # ("Loremia's State University" beside 'Loremia State University': the plain form names it)
        plain = [f for f in plain if f not in same_body.possessive_forms(plain)] or plain
        return max(plain, key=len) if plain else self.acronyms[0]

    def aliases(self) -> list[str]:
        # spellings with and without diacritics are both kept; case variants are not
        seen, result = {self.name.casefold()}, []
        for form in self.forms + self.acronyms + self.located_forms:
            if form.casefold() not in seen:
                seen.add(form.casefold())
                result.append(form)
        return result

    def labels(self) -> list[str]:
        return self.forms + self.acronyms


def _is_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _caps_to_mixed(line: str) -> str:
    """'THE COLLEGE OF INDUSTRIAL TECHNIQUES (BCIT)' -> 'the College of Industrial Techniques (BCIT)'.
    Same length as the input, so offsets stay valid. Parenthesised acronyms keep their capitals."""
    def fix(m):
        word = m.group()
        if word.lower() in CAPS_FUNCTION_WORDS:
            return word.lower()
        before = line[max(0, m.start() - 1):m.start()]
        if before == "(" or len(word) <= 2 and word.isupper() and word not in ("OF",):
            return word
        return word[:1] + word[1:].lower()
    return re.sub(r"[^\W\d_][\w'’]*", fix, line)


def _tokens(text: str):
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit() and len(tok) <= 3


def _head_kind(tok: str) -> str | None:
    low = tok.lower()
    if low in ("ab", "ag", "bv", "nv") and not tok.isupper():
        return None                   # 'Datuk Khairuddin Ab Hamid': part of a person's name, not 'AB'
    if low in COMPANY_SUFFIXES:
        return "company"
    last = _without_possessive(re.split(r"[-–]", low)[-1])      # "Alpha University's Faculty of ..."
    if low == "consulate-general":
        last = "consulate"            # the mission's head written with its rank after a hyphen
    if last in INSTITUTION_HEADS or re.fullmatch(r"[a-z]{2,}university", last) and tok[:1].isupper():
        return "institution"          # 'VinUniversity': the head written inside the word
    if re.fullmatch(r"(?:University|Institute|College|Academy)-[A-Z]{2,5}", tok):
        return "institution"          # 'Lorem National University-HCM City': the campus's city's initials after a
                                      # hyphen (never a word: 'University-Level', 'University-Industry')
    if low in UNIT_HEADS:
        return "unit"
    return None


def _without_possessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


# Bodies named for what they deliberate on: 'Commission on Higher Education', 'Presidential Committee on ...'.
ON_HEADS = {"commission", "committee", "council"}


def _runs(tokens):
    """Maximal runs of capitalised tokens, joined by connectors or a dash before an acronym."""
    runs, current = [], []
    for i, (s, e, tok) in enumerate(tokens):
        low = tok.lower().rstrip(".")
        nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        if low in TITLE_WORDS:
            ok = False
        elif _is_cap(tok) and re.match(r"\w", tok):
            ok = True
        elif current and (low in CONNECTORS or tok in FOREIGN_CONNECTORS):
            ok = True
        elif current and tok in ("'", "’") and current[-1][2] == "Peoples" and current[-1][1] == s and _is_cap(nxt):
            ok = True                      # "Peoples’ Friendship University": the plural possessive is in the name
        elif current and tok in ("provincial", "municipal") and (nxt in ("People's", "People’s")
                                                                 or body_spans.governing_word(nxt)):
            ok = True                      # 'Lorem provincial People's Committee', 'Lorem provincial Department of X'
        elif current and low == "on" and current[-1][2].lower() in ON_HEADS and _is_cap(nxt) \
                and nxt.lower() not in NOT_NAME_WORDS:
            ok = True                      # 'Commission on Higher Education'
        elif current and tok in "–-—" and is_acronym(nxt) and tokens[i + 1][0] - e <= 2:
            ok = True
        elif current and body_spans.territory_kind_closes([t[2] for t in current], tok):
            ok = True                      # "People's Committee of Lorem province": the territory read whole
        else:
            ok = False
        if ok:
            current.append((s, e, tok))
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [_trim(r) for r in runs if _trim(r)]


def _trim(run):
    while run and (run[-1][2].lower() in CONNECTORS | {"–", "-", "—"} or run[-1][2] in FOREIGN_CONNECTORS):
        run = run[:-1]
    return run


# 'Alpha Junior & Senior High School': two levels of one school
SCHOOL_LEVELS = {("junior", "senior"), ("primary", "secondary"), ("elementary", "secondary"), ("middle", "high")}


def _split_on_and(run):
    """'X University of Industry and College of Y' -> two runs; 'University of Industry and Trade' stays;
    'X College of Economics and Technology and Y University' splits at the last 'and' before the
    second name's head."""
    parts, current = [], []
    for i, t in enumerate(run):
        following = [x[2].lower() for x in run[i + 1:]]
        next_head = next((k for k, x in enumerate(run[i + 1:]) if _head_kind(x[2]) in ("institution", "company")
                          or (len(run) == i + 2 and is_acronym(x[2])
                              and x[2].upper() not in NOT_ACRONYMS)), None)     # 'Ministry of X and UNICEF'

        # ('Lorem Food and Agriculture University': an 'and' joining two fields inside the next name splits nothing)
        another_and_first = next_head is not None and any(
            w in ("and", "&") and not _subjects_joined(run, i + k + 2, i + 1 + next_head)
            for k, w in enumerate(following[:next_head]))
        shared_head = 0 < i < len(run) - 1 and (run[i - 1][2].lower(), run[i + 1][2].lower()) in SCHOOL_LEVELS
        rest = [x[2] for x in run[i + 1:]]           # '... Medical College and Hospital': no name of its own
        shared_head |= bool(rest) and _without_possessive(rest[-1].lower()) in INSTITUTION_HEADS \
            and all(w.lower() in ATTACHED_BODY_WORDS for w in rest[:-1])
        shared_head |= next_head is not None and _subjects_joined(run, i + 1, i + 1 + next_head)
        if t[2].lower() in ("and", "&") and not shared_head and any(_head_kind(x[2]) or x[2].lower() == "committee" for x in current) \
                and next_head is not None and not another_and_first:
            parts.append(current)
            current = []
            continue
        current.append(t)
    parts.append(current)
    return [p for p in (_trim(p) for p in parts) if p]


def _names_in_run(run):
    """(start_token, end_token, kind) of each institution name in a run; a title-case headline
    ('X University Signs Agreement With Y University') holds several."""
    found = _first_name_in_run(run)
    if found:
        rest = found[-1][1] + 1
    else:                      # 'Attaché for Scientific and University Cooperation of the Embassy of X': the
        rest = next((i + 1 for i, t in enumerate(run) if _head_kind(t[2]) in ("institution", "company")), 0)
        if not rest or rest >= len(run):      # first head names nothing, a later one may
            return found
    found += [(a + rest, b + rest, kind) for a, b, kind in _names_in_run(run[rest:])]
    return found


def _legal_form_first(run):
    """'PT Lorem Ipsum Indonesia': an Indonesian company writes its legal form (Perseroan Terbatas) first, its
    name is the capitalised words after it. (start, end, 'company') token indices, or None."""
    k = next((i for i, t in enumerate(run[:-1]) if t[2] in ("PT", "PT.")), None)
    if k is None:
        return None
    end = k
    # (a one-letter word starts a person's name: 'PT Lorem Indonesia I Made Ipsum', a Balinese name)
    while end + 1 < len(run) and run[end + 1][2][:1].isupper() and _head_kind(run[end + 1][2]) != "unit" \
            and run[end + 1][2].lower() not in ROLE_WORDS | NOT_NAME_WORDS | TITLE_WORDS and len(run[end + 1][2]) > 1:
        end += 1
    return (k, end, "company") if end > k else None


def _territory_in_longer_name(run, i) -> bool:
    """'Lorem County Assembly', 'Lorem County Hall', 'Lorem County Trade Alliance': a county or municipality
    followed by another capitalised noun names that body or building, not itself ('Lorem County Governor':
    a post after it leaves the county the body); one after 'Acting' is inside a post."""
    if run[i][2].lower() not in TERRITORY_HEADS:
        return False
    if i > 0 and run[i - 1][2].lower() in ("acting", "interim", "former"):
        return True              # 'Lorem Acting County Secretary': a post, the county's name is 'Lorem'
    if i + 1 >= len(run):
        return False
    nxt = _without_possessive(run[i + 1][2].lower())
    return nxt not in CONNECTORS and nxt not in POST_WORDS


def _first_name_in_run(run):
    found = []
    heads = [i for i, t in enumerate(run) if (_head_kind(t[2]) in ("institution", "company")
                                              or _peoples_committee(run, i) or _head_on(run, i)
                                              or body_spans.territory_council([x[2] for x in run], i))
             and not _is_school_of(run, i) and not _territory_in_longer_name(run, i)]
    legal_first = _legal_form_first(run)
    if legal_first and (not heads or heads[0] > legal_first[0]):
        return [legal_first]
    if not heads:
        return found
    h = heads[0]
    while h + 1 in heads and not re.search(r"['’]s$", run[h][2]):   # 'Government College University': the last
        h += 1                             # head leads ("Lorem University's Institute of X": the owner's does)
    # 'Alpha University Teaching Hospital', 'Alpha Medical College and Hospital': a body named after its
    # university or college, one name (the words between only say what kind of body)
    named_by = h
    if run[h][2].lower() == "government" and h + 2 < len(run) and run[h + 1][2] in ("Department", "Office") \
            and run[h + 2][2] == "of":
        h += 1                             # 'Lorem Government Department of Trade': the department is the body
    for k in heads:
        between = [t[2].lower() for t in run[h + 1:k]]
        if k > h and between and all(w in ATTACHED_BODY_WORDS for w in between) \
                and _head_kind(run[k][2]) == "institution" and (k + 1 == len(run) or run[k + 1][2].lower() == "of"):
            h = k
    kind = "institution" if h > named_by and run[named_by][2].lower() == "government" else _head_kind(run[h][2])
    council = body_spans.territory_council([x[2] for x in run], h)
    kind = "institution" if council else kind
    if kind == "company":                  # the suffix ends the name
        end = h
        while end + 1 < len(run) and run[end + 1][2].lower() in LEGAL_FORM_WORDS:
            end += 1                       # '... Software Joint Stock Company': the legal form after it
        start = h
        while start > 0 and (run[start - 1][2].lower() not in CONNECTORS or _sectors_joined(run, start - 1)
                             or run[start - 1][2] == "&" and start > 1 and run[start - 2][2][:1].isupper()) \
                and run[start - 1][2].lower() not in NOT_NAME_WORDS | ROLE_WORDS \
                and not (run[start - 1][2] in "–—-" and start > 1 and run[start - 2][2].isupper()):   # 'DA NANG – X'
            start -= 1
        return [(start, end, kind)] if start < end else []
    start = named_by
    while start > 0:
        prev = run[start - 1][2].lower()
        place_word = prev in ("an", "a") and start > 1 and run[start - 2][2][:1].isupper()   # 'Nghe An', 'Dong A'
        # 'An Phu General Hospital', 'An Giang University': English writes 'an' only before a vowel
        place_word |= run[start - 1][2] == "An" and not re.match(r"[AEIOUaeiouHh]", run[start][2])
        place_word |= start > 1 and (run[start - 2][2].lower(), run[start][2].lower()) in SCHOOL_LEVELS   # 'Junior & Senior'
        place_word |= _subjects_joined(run, start, named_by)          # 'Lorem Agriculture and Forestry University'
        # ('Lorem de Ipsum City Council': a town's name in another language joined by its 'de')
        place_word |= council and prev in FOREIGN_CONNECTORS | {"de"} and start > 1 and run[start - 2][2][:1].isupper()
        place_word |= council and prev in ("la", "las", "los") and start > 2 and run[start - 2][2] == "de"   # 'de la'
        if not place_word and (prev in CONNECTORS or prev in ROLE_WORDS or prev in NOT_NAME_WORDS
                               or _head_kind(prev) == "unit"):
            break
        start -= 1
    # 'Faculty of Agriculture Lorem University': the unit's subject, then its parent's own name
    # (a university's only: 'Faculty of Medicine Lorem Hospital' stays a unit of the hospital)
    if start >= 2 and start + 1 < h and run[h][2].lower() == "university" and run[start - 1][2] == "of" \
            and run[start - 2][2].lower() in UNIT_LEADS \
            and run[start][2].lower() in ACADEMIC_SUBJECTS and run[start + 1][2][:1].isupper() \
            and not _head_kind(run[start + 1][2]) and run[start + 1][2].lower() not in COMMON_NAME_WORDS | CONNECTORS:
        start += 1
    end = h
    if run[h][2].lower() == "consulate" and h + 1 < len(run) and run[h + 1][2] == "General":
        h = end = h + 1                    # 'Consulate General of the Republic of Indonesia'
    if run[h][2].lower() in HEAD_FIRST:    # 'Universiti Putra Malaysia': the name follows the head
        while end + 1 < len(run) and run[end + 1][2][:1].isupper() and not _head_kind(run[end + 1][2]) \
                and run[end + 1][2].lower() not in ROLE_WORDS:
            end += 1
        # 'Universidad Autónoma de Lorem': the language's own 'of' after the head's words goes on to the place
        while end > h and end + 2 < len(run) and run[end + 1][2] in FOREIGN_CONNECTORS | {"de", "du", "la"} \
                and run[end + 2][2][:1].isupper() and not _head_kind(run[end + 2][2]):
            end += 2
            while end + 1 < len(run) and run[end + 1][2][:1].isupper() and not _head_kind(run[end + 1][2]) \
                    and run[end + 1][2].lower() not in ROLE_WORDS:
                end += 1
    city = next((k for k in range(h + 2, min(h + 6, len(run))) if run[k][2] == "City"), None)
    if h + 1 < len(run) and re.fullmatch(r"[IVX]+|\d+", run[h + 1][2]):
        end = h + 1                        # 'Technical Workers School II'
    elif city and run[h][2].lower() == "university" and all(
            t[2][:1].isupper() and not _head_kind(t[2]) and t[2].lower() not in ROLE_WORDS | CONNECTORS
            for t in run[h + 1:city]):
        end = city                         # 'Lorem National University Ho Chi Minh City': its city is part of it
    elif h + 1 < len(run) and (run[h + 1][2].lower() in CONNECTORS - {"and"} or run[h + 1][2] in FOREIGN_CONNECTORS
                               or _head_on(run, h)):
        # after the head only 'of ...', 'for ...': 'University Opens New ...' is a headline verb
        while end + 1 < len(run):
            nxt = run[end + 1][2].lower()
            place_an = run[end + 1][2] == "An" and run[end][2][:1].isupper()     # 'College of Nghe An'
            if nxt in ROLE_WORDS or nxt in NOT_NAME_WORDS - {"the"} and not (end == h and _head_on(run, h)) and not place_an or _head_kind(nxt) == "unit" \
                    or nxt in ("and", "&") and end + 2 < len(run) and run[end + 2][2].lower() == "the":
                break                          # '... and the Dong Nai Department': another name
            end += 1
            # a possessive ends the name ('People's' goes on: 'of the People's Republic of Lorem')
            if re.search(r"['’]s$", nxt) and nxt[:-2] != "people":
                break
    end = body_spans.cut_before_possessive_side([t[2] for t in run], h, end, name_spans.is_country)
    end = _trim_end(run, start, end)
    end = _without_person(run, start, h, end)
    end = _without_country(run, start, h, end)
    content = [t for t in run[start:end + 1] if t[2].lower() not in CONNECTORS
               and (not _head_kind(t[2]) or _without_possessive(t[2].lower()) not in INSTITUTION_HEADS | COMPANY_SUFFIXES)]
    # ('the University College’s vision': heads only, before a possessive, refer back to a name)
    several_heads = sum(1 for t in run[start:h + 1] if _head_kind(t[2])) >= 2 and run[end][2] == _without_possessive(run[end][2])
    return [(start, end, kind)] if content or several_heads else []


# What a company does, in its name: 'Vietnam Oil and Gas Group', 'Vietnam Textile and Garment Group'.
SECTOR_WORDS = {"oil", "gas", "coal", "mineral", "minerals", "rubber", "chemicals", "textile", "garment",
                "posts", "telecommunications", "electricity", "power", "energy", "water", "trade", "investment",
                "construction", "development", "industry", "industries", "transport", "logistics", "food",
                "beverage", "steel", "machinery", "petroleum", "shipbuilding", "pharmaceuticals", "seafood",
                "natural", "trading", "service", "services", "production", "import", "export", "mining",
                "manufacturing", "commerce", "finance", "insurance", "technology", "consulting", "tourism",
                "education", "training", "real", "estate", "media", "communications", "electronics", "marine"}


# Words between a university's head and the body it runs: 'University Teaching Hospital', 'College and Hospital';
# between a hospital and the trust that runs it, one name: 'Lorem General Hospital NHS (Foundation) Trust'.
ATTACHED_BODY_WORDS = {"teaching", "research", "and", "&", "general", "affiliated", "specialty", "referral",
                       "nhs", "foundation"}


def _subjects_joined(run, start, head) -> bool:
    """'Lorem Agriculture and Forestry University', 'Alpha Research and Development Institute': an 'and' before
    the name's start joins two common words (what the body covers) when every word from there to the head is
    a common word too; the name goes on back through it ('Alpha College and Forestry University' does not:
    a head before the 'and' closes another name)."""
    if start < 2 or run[start - 1][2].lower() not in ("and", "&"):
        return False
    before, after = run[start - 2][2], [t[2] for t in run[start:head]]
    return bool(after) and before[:1].isupper() and not _head_kind(before) and before.lower() in COMMON_NAME_WORDS \
        and all(w.lower() in COMMON_NAME_WORDS and not _head_kind(w) for w in after)


def _sectors_joined(run, i) -> bool:
    """'Oil and Gas' inside a company's name: an 'and' between two sector words does not end it."""
    return run[i][2].lower() == "and" and 0 < i < len(run) - 1 \
        and run[i - 1][2].lower() in SECTOR_WORDS and run[i + 1][2].lower() in SECTOR_WORDS


def _without_person(run, start, h, end) -> int:
    """'Director of the City Department of Science and Technology Lam Dinh Phuc': a government body's
    domain ends where a Vietnamese name (family name first, two to four words) closes the run."""
    if run[h][2].lower() not in ("ministry", "department", "office") or end < h + 4:
        return end
    for k in (4, 3):
        first = end - k + 1
        if first > h + 2 and run[first - 1][2].lower() not in CONNECTORS \
                and starts_with_family_name(run[first][2]) and all(t[2][:1].isupper() for t in run[first:end + 1]) \
                and not any(t[2].lower() in LOCALITY_WORDS | COUNTRIES | {"district", "town", "commune", "ward"}
                            for t in run[first:end + 1]):      # 'Ho Chi Minh City', 'Do Son District': places
            return first - 1
    return end


# 'Technological University of Ipsumland', 'Catholic University of ...', 'American University of ...': an
# adjective saying what kind of school it is does not name which one, so the country stays part of the name.
_KIND_ADJECTIVE = re.compile(r"^(?:[A-Z][a-z]+(?:al|ic|ese|ish)|[A-Z][a-z]{3,}(?:an)|Open|Applied|Free|City)$")


def _without_country(run, start, h, end) -> int:
    """End of the name without a trailing 'of (the) <country>' when the words before the head
    already identify the institution ('Kasetsart University of Thailand')."""
    if run[start][2].lower() in ("embassy", "consulate"):
        return end             # 'Consulate General of Japan': the country is whose mission it is
    own_words = [t[2] for t in run[start:h] if t[2].lower() not in GENERIC_WORDS and t[2].lower() not in CONNECTORS]
    state = next((k for k in range(h + 1, end) if run[k][2].lower() == "of" and run[k + 1 + (run[k + 1][2] == "the")][2]
                  .lower() in ("republic", "kingdom")), None)
    if state is not None and own_words and run[h][2].lower() not in ("republic", "kingdom"):
        return _trim_end(run, start, state - 1)   # 'Presidential Committee on X of the Republic of Korea'
    if any(t[2].lower() in ("republic", "kingdom") for t in run[start:end + 1]):
        return end             # 'Socialist Republic of Vietnam', 'Consulate of the Republic of X': a state's name
    k = h + 1        # right after the head: '... Problems of the Academy of Sciences of Ipsumland' names the academy's
    if any(not _KIND_ADJECTIVE.search(w) for w in own_words) and k < end and run[k][2].lower() == "of" \
            and " ".join(t[2] for t in run[k + 1:end + 1]).lower() in COUNTRIES:
        return _trim_end(run, start, k - 1)
    return end


def _peoples_committee(run, i) -> bool:
    """'People's Committee of Quang Ninh Province': a provincial government, not a unit."""
    return run[i][2].lower() == "committee" and i > 0 and run[i - 1][2].lower() in ("people's", "people’s")


def _head_on(run, i) -> bool:
    """'Commission on ...', 'Committee on ...': a body named for its remit."""
    return run[i][2].lower() in ON_HEADS and i + 1 < len(run) and run[i + 1][2] == "on"


# Words saying what kind of school a university's unit is: 'the Graduate School of ...', 'Medical School of ...'.
SCHOOL_KINDS = {"graduate", "business", "law", "medical", "doctoral", "summer", "postgraduate", "professional"}


def _is_school_of(run, i) -> bool:
    """'School of Chemistry' is a unit; 'Lorem School of Management' (a proper word before it, no
    university's head in the run before it, not owned: "Alpha's School of ...") is a school of its own."""
    if not (run[i][2].lower() == "school" and i + 1 < len(run) and run[i + 1][2].lower() == "of"):
        return False
    own = i > 0 and run[i - 1][2][:1].isupper() and run[i - 1][2].lower() not in GENERIC_WORDS | CONNECTORS | SCHOOL_KINDS \
        and not re.search(r"['’]s?$", run[i - 1][2]) and not any(_head_kind(t[2]) for t in run[:i])
    return not own


def _trim_end(run, start, end):
    while end > start and run[end][2].lower() in CONNECTORS:
        end -= 1
    return end


def _parenthesis_after(text: str, end: int, longest: int = 40):
    """The parenthesised text right after a name (allowing ', USA' between), with its span."""
    m = re.match(r"(,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?\s*\(([^()]{1,%d})\)" % longest, text[end:])
    country = re.match(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*\(([^()]{1,%d})\)" % longest, text[end:])
    if not m and country and name_spans.is_country(country.group(1)):
        m = country          # 'Lorem University of Ipsumland (LUI)': a country cut from the name, then its bracket
    elif not m or m.group(1) and any(_head_kind(w) for w in m.group(1).split()):
        return None          # 'Bach Mai Hospital, Hanoi Medical University (HMU)': the next name's bracket
    return m.group(2).strip(), end + m.start(2), end + m.end(2)


def candidates(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name as written or title-cased, kind) for every institution name in text."""
    found, units = [], set()
    offset = 0
    for line in text.split("\n"):
        view = _caps_to_mixed(line) if _is_caps_line(line) else line
        for run in _runs(_tokens(view)):
            for part in _split_on_and(run):
                named = _names_in_run(part)
                department = _provincial_department(part)
                if not named and _standalone_unit(part, line):      # '... Centre for ... (CIRAD)'
                    words = [t[2].lower() for t in part]
                    # 'Regional Director of the German Academic Exchange Service (DAAD)': the body after the role
                    lead = next((i + 1 for i in range(len(words) - 2) if words[i] == "of"
                                 and any(w in ROLE_WORDS for w in words[:i])), 0)
                    lead += words[lead:lead + 1] == ["the"]
                    named = [(lead, len(part) - 1, "institution")]
                elif department and not any(a <= department[0] <= b for a, b, _ in named):
                    named = sorted(named + [(department[0], department[1], "institution")])  # 'Dong Nai Department of ...'
                for k, (a, b, kind) in enumerate(named):
                    # 'Lorem University International College': a college or school named right after its
                    # university, with no word between, is the university's unit
                    if k and a == named[k - 1][1] + 1 and part[a - 1][2] == "University" \
                            and part[b][2] in ("College", "School") and view is line:
                        continue
                    s, e = part[a][0] + offset, part[b][1] + offset
                    written = text[s:e]
                    if view is not line:
                        written = view[part[a][0]:part[b][1]]
                    if re.search(r"['’]s$", written):      # "University of Birmingham's Country Director"
                        written, e = written[:-2], e - 2
                    # (not a dateline's city: 'MALANG – Universitas Brawijaya ...' opens the text)
                    led = re.search(r"(?:\b(?:and|with|between)\s+(?:the\s+)?|\()([A-Z]{2,6})\s+[–—]\s+$", text[max(0, s - 40):s])
                    if led and view is line:                 # 'VSB – Technical University of Ostrava': one name
                        s = max(0, s - 40) + led.start(1)
                        written = text[s:e]
                    pair = _country_pair_before(text, s, written)
                    if pair is not None:                     # 'Viet Nam – Germany College': a binational name
                        s, written = pair, text[pair:e]
                    founder = re.search(r"\bDr\.?\s+$", text[max(0, s - 4):s])
                    if founder and len(written.split()) >= 4 and _head_kind(written.split()[-1]) == "institution":
                        s -= len(founder.group())             # 'Dr. Babasaheb Lorem University': named after a doctor
                        written = text[s:e]
                    role = variant_names.LEADING_ROLE.match(written)
                    if role and len(written) > role.end():   # 'Chief Executive Officer Lorem Foods Limited': the role
                        written, s = written[role.end():], s + role.end()     # is the signer's, not the name's
                    based = re.match(r"[A-Z][\w]*-based\s+", written)
                    if based:                                # 'Pune-based Sahyadri Forgings Ltd': where it is
                        written, s = written[based.end():], s + based.end()
                    if _unit_of_a_dean(text, s, written) or _owned_unit(text, s, written) or _unit_at(text, e, written) \
                            or _hospital_faculty(text, s, e, written) \
                            or re.search(r"\b(?:University|College)\b.*\s(?:Business|Law|Medical|Graduate)\s+School$", written):
                        # ('Lorem University Business School': a unit of the university)
                        units.add(written)
                        continue
                    with_country = _country_in_acronym(text, e, written)
                    written, e = written + text[e:with_country], with_country
                    listed = _domain_list(text, e, written)
                    written, e = written + text[e:listed], listed
                    fields = name_tails.lowercase_fields(text, e, written, STUDY_FIELDS)
                    written, e = written + text[e:fields], fields      # '... of Science and technology'
                    mission = _mission_location(text, e, written)
                    written, e = written + text[e:mission], mission
                    territory = body_spans.kind_of_place_after(text, e, written)
                    written, e = written + text[e:territory], territory
                    campus = _campus_at(text, e, written)
                    written, e = written + text[e:campus], campus
                    city = _city_before_acronym(text, e, written) or _city_after_acronym(text, e, written)
                    if city:                   # 'Government College University Lahore (GCU)'
                        written, e = written + text[e:city], city
                    found.append((s, e, written, kind))
        offset += len(line) + 1
    # 'Trường Đại học Cần Thơ and Alpha University signed ...': a Vietnamese name has its head first
    found += [v for v in vietnamese_names(text) if not any(s < v[1] and v[0] < e for s, e, _, _ in found)]
    # 'the government of Lorem County': a governing body's name with a lower-case head
    # (it holds a county's name found on its own, 'Lorem County': the whole phrase is the name)
    for v in body_spans.lowercase_governments(text, name_spans.is_country):
        overlaps = [c for c in found if c[0] < v[1] and v[0] < c[1]]
        if all(v[0] <= c[0] and c[1] <= v[1] for c in overlaps):
            found = [c for c in found if c not in overlaps] + [v]
    # a name once written as a unit ('Dean of the College of X', 'the College of X at Y University') is a unit
    found = [c for c in found if re.sub(r"^[Tt]he\s+", "", c[2]) not in units]
    return _join_compounds(text, sorted(c for c in name_spans.refine(text, found) if c[2] not in units))


_CAP_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_DOMAIN_LIST = re.compile(r"(?:,\s+" + _CAP_WORDS + r")+,?\s+and\s+" + _CAP_WORDS
                          + r"(?:\s+of\s+(?:the\s+)?" + _CAP_WORDS + r")?")


def _domain_list(text: str, end: int, written: str) -> int:
    """End of a ministry's or department's name whose domains are a list with commas: 'Ministry of
    Labour, Invalids and Social Affairs', 'Ministry of Science, Technology and Higher Education of
    Mozambique'. A list holding a head noun, a title or a role is a list of other names. A university's
    list of subjects too: 'Alpha University for Arts, Science and Technology'."""
    academic = re.search(r"\b(?:University|Institute|Academy|College)\s+(?:of|for)\s+[A-Z][\w'’-]*$", written)
    if not academic and not re.search(r"\b(?:Ministry|Department)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", written):
        return end
    m = _DOMAIN_LIST.match(text, end)
    if not m:
        return end
    words = [w.lower().rstrip(".,") for w in m.group().split()]
    if academic and not all(w in STUDY_FIELDS for w in words if w and w not in CONNECTORS):
        return end             # 'University of Economics, Riverton and Alpha College': other names
    if any(_head_kind(w) or w in TITLE_WORDS | ROLE_WORDS | NOT_NAME_WORDS - {"the"} or w.lower() in COUNTRIES
           for w in words[:-1]):
        return end
    return m.end()


def _mission_location(text: str, end: int, written: str) -> int:
    """End of a diplomatic mission's name with where it is: 'Embassy of France in Vietnam' (a
    country), 'Consulate General of X in Osaka' (any city). 'the Embassy of Australia in Hanoi'
    names the embassy and, apart, the city it stands in."""
    head = re.match(r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(Embassy|Consulate)\b", written)     # ('the Loremian Embassy')
    # 'in Ho Chi Minh City', 'in the Republic of Korea'
    where = re.match(r"[ \t]+in\s+((?:the\s+)?[A-Z][a-z]+(?:\s(?:of\s)?[A-Z][a-z]+){0,3})\b", text[end:])
    if where and "\n" in where.group():
        where = None          # (a line's end closes a name: a heading, then a new line)
    if head and where and (head.group(1) == "Consulate" or name_spans.is_country(where.group(1))):
        return end + where.end()
    # ('the Loremian Embassy in Vietnam Lorem Ipsum witnessed': the country, then the person's name)
    country = where and next((k for k in range(where.end(1), where.start(1), -1) if text[end + k:end + k + 1] in " "
                              and name_spans.is_country(text[end + where.start(1):end + k])), None)
    if head and head.group(1) == "Embassy" and country:
        return end + country
    # 'Lorem Business Association in Japan': an association of expatriates is named by where it is
    abroad = re.search(r"\b(?:Association|Alliance|Union|Chamber)$", written)
    if abroad and where and name_spans.is_country(where.group(1)):
        return end + where.end()
    return end


def _campus_at(text: str, end: int, written: str) -> int:
    """End of 'University of Riverton at Southtown': a campus of a state university named by its town
    (not 'University of Riverton at the Main Hall', 'at Alpha University', 'at Riverton Campus')."""
    if not re.fullmatch(r"(?:[Tt]he\s+)?(?:State\s+)?University\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", written):
        return end
    m = re.match(r"\s+at\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!['’]|\s+[A-Z])", text[end:])
    if not m or any(w.lower() in COUNTRIES or _head_kind(w) or w.lower() in PLACE_WORDS for w in m.group(1).split()):
        return end
    return end + m.end()


def _acronym_inside(written: str):
    """'Indian Institute of Technology (IIT) Riverton': the acronym defined inside the name."""
    m = re.search(r"\s\(([A-Z][A-Za-z]{1,7})\),?\s", written)
    return (m.group(1), m.start(1), m.end(1)) if m else None


def _city_after_acronym(text: str, end: int, written: str) -> int | None:
    """End of 'Name (ACR) City' or 'Name (ACR) of City' closing a side ('Indian Institute of Technology
    (IIT) Riverton signed', 'Alpha University (AU) of Riverton have'): the city names which campus. None
    otherwise (not a role, a title, a country or a date after the bracket)."""
    m = re.match(r"\s*\(([A-Z][A-Za-z]{1,7})\)\s+(?:of\s+)?([A-Z][a-z]+)"
                 r"(?=\s+(?:and|signed|signs|have|has|had|will|is|was|were)\b|\s*[,.;])", text[end:])
    # ('... (IIT) Riverton to ...', '... Centre (FMC), Riverton': the text writes 'IIT Riverton' elsewhere too)
    m = m or name_tails.town_the_acronym_carries(text, end)
    initials = sorted(w[0] for w in written.split() if w[:1].isupper())
    # (an acronym in the other language's order: 'Muhammadiyah University (UM)')
    if not m or not is_acronym(m.group(1)) or acronym_fit(m.group(1), written) is None \
            and sorted(m.group(1)) != initials:
        return None
    word = m.group(2).lower()
    if word in COUNTRIES | ROLE_WORDS | TITLE_WORDS | PLACE_WORDS | CONNECTORS | NOT_NAME_WORDS or _head_kind(word) \
            or word in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
        return None
    return end + m.end()


def _city_before_acronym(text: str, end: int, written: str) -> int | None:
    """End of 'Name City (ACR)' or 'Name, City (ACR)': the acronym is defined for the whole, so the
    city is part of the name ('Vietnam National University, Hanoi (VNU)'; cut before the city, the
    name would denote a different, truncated institution). None otherwise."""
    m = re.match(r"(,?\s+)([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})(?=\s*\(([^()]{2,12})\))", text[end:])
    if not m or m.group(2).lower() in COUNTRIES | CONNECTORS | NOT_NAME_WORDS or _head_kind(m.group(2).split()[-1]):
        return None
    return end + m.end() if is_acronym(m.group(3).strip()) else None


def _country_in_acronym(text: str, end: int, written: str) -> int:
    """End of the name, with 'of <country>' kept when the acronym after it spells the country too
    ('Banking Academy of Vietnam (BAV)'; 'Kasetsart University of Thailand' stays without it)."""
    m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", text[end:])
    if not m or m.group(1).lower() not in COUNTRIES:
        return end
    paren = _parenthesis_after(text, end + m.end(), 60)
    longer = written + m.group()
    if paren and re.fullmatch(r"[A-Z][a-z]+[A-Za-z]*", paren[0]) and paren[0].lower() not in COUNTRIES:
        return end + m.end()   # '... Bank for Foreign Trade of Vietnam (Vietcombank)': a short name for the whole
    for piece in (paren[0].split(", ") if paren else []):
        if is_acronym(piece) and acronym_fit(piece, longer) == 0 \
                and acronym_fit(piece, written) != 0:
            return end + m.end()
    return end

# Units named for a subject: 'Faculty of Law'.
UNIT_LEADS = {"faculty", "school", "college", "department"}
ACADEMIC_SUBJECTS = {"arts", "art", "science", "sciences", "technology", "technologies", "humanities", "medicine",
                     "law", "education", "agriculture", "languages", "design", "health", "engineering", "economics",
                     "business", "management", "culture", "music", "social", "natural", "applied", "information"}
# Subjects that name a member university of a national or regional one ('University of Foreign Languages')
MEMBER_SUBJECTS = {"foreign", "language", "pedagogy", "physical", "fine", "pharmacy", "forestry", "sport", "sports",
                   "economics", "sciences"}

# Words that make 'X Department of ...' a unit of its institution rather than a province's department.
SUBJECT_WORDS = {"engineering", "science", "sciences", "technology", "economics", "management", "business",
                 "electrical", "mechanical", "civil", "computer", "chemical", "international", "cooperation",
                 "training", "student", "students", "affairs", "academic", "research", "human", "resources",
                 "finance", "planning", "administration", "general", "personnel", "external", "relations"}


def _provincial_department(part):
    """'Dong Nai Department of Education and Training': a province's department (a government body),
    led by a place name; 'the Department of Training' or 'Electrical Engineering Department' is a unit.
    (start, end) token indices of the name, or None."""
    words = [t[2] for t in part]
    if "Department" not in words:
        return None
    i = words.index("Department")
    start = i
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in ("provincial", "municipal")
                         and start > 1 and words[start - 2][:1].isupper()) and words[start - 1].lower() not in \
            SUBJECT_WORDS | GENERIC_WORDS | CONNECTORS | NOT_NAME_WORDS | ROLE_WORDS and i - start < 4:
        start -= 1                # ('Lorem provincial Department of ...': the place, then its kind in lower case)
    if i + 2 >= len(words) or words[i + 1] != "of":
        return None
    if start == i:            # 'Department of Education and Training of Lorem City': the city's department
        place = [k for k in range(i + 3, len(words) - 1) if words[k] == "of" and words[k - 1][:1].isupper()]
        last = words[-1].lower()
        if not place or not (last in LOCALITY_WORDS or last in COUNTRIES) \
                or not all(w[:1].isupper() or w in CONNECTORS for w in words[place[-1] + 1:-1]):
            return None
    return start, _without_person(part, start, i, _trim_end(part, start, len(words) - 1))


def _standalone_unit(part, line: str) -> bool:
    """A centre, council or agency with its own acronym that is not said to belong to another body
    ('the French Agricultural Research Centre for International Development (CIRAD)')."""
    heads = [i for i, t in enumerate(part) if t[2].lower() in ("centre", "center", "council", "agency", "board",
                                                                 "service")]    # 'German Academic Exchange Service (DAAD)'
    if not heads or heads[0] == 0 or len(part) < 3:
        return False
    after = re.match(r"\s*\(([^()]{2,12})\)", line[part[-1][1]:])
    before = line[:part[0][0]]
    # 'Centre X of the University': a unit; 'Director of the German Academic Exchange Service (DAAD)': a body
    owned = re.search(r"(?:\b(\w+)\s+of\s+(?:the\s+)?|['’]s\s+)$", before)
    return bool(after) and is_acronym(after.group(1)) and (not owned or bool(owned.group(1))
                                                           and owned.group(1).lower() in ROLE_WORDS)


def _owned_unit(text: str, start: int, written: str) -> bool:
    """"Flinders' College of Nursing and Health Sciences", "HUST's School of ...": a college or school
    owned by a named body is its unit."""
    return bool(re.match(r"(?:College|School|Institute|Faculty)\s+of\b", written)) and \
        bool(re.search(r"\b[A-Z][\w-]*(?:['’]s|s['’])\s+$", text[max(0, start - 40):start]))


_UNIT_AT = re.compile(r"\s+(?:at|from|under|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,6}(?:University|Universiti|Universitas)\b")


def _unit_at(text: str, end: int, written: str) -> bool:
    """'The College of Humanities at Alpha University', 'the Social Science Academy from Beta
    University': a college, school, academy or institute said to be at or from a university is its unit."""
    return bool(re.fullmatch(r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}(?:College|School|Academy|Institute)"
                             r"|(?:College|School|Academy|Institute)\s+(?:of|for)\s+.+)", written)) \
        and bool(_UNIT_AT.match(text, end)) \
        and not any(w.lower() in PLACE_WORDS for w in re.split(r"[,.;]", text[end:end + 120])[0].split())  # a venue


def _country_pair_before(text: str, start: int, written: str) -> int | None:
    """Start of 'Viet Nam – Germany College of X' when the name found starts at the second country:
    a name of two countries joined by a dash is one name."""
    words = written.split()
    if not any(" ".join(words[:k]).lower() in COUNTRIES for k in (1, 2)):
        return None
    m = re.search(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*[–—-]\s*$", text[max(0, start - 30):start])
    if not m or m.group(1).lower() not in COUNTRIES:
        return None
    return max(0, start - 30) + m.start(1)


def _hospital_faculty(text: str, start: int, end: int, written: str) -> bool:
    """'Faculty of Medicine Lorem Hospital', 'Lorem Hospital Faculty of Medicine': a medical faculty named with
    its teaching hospital is a unit of a university (guide D4), the hospital's name a piece of the unit's."""
    return written.endswith("Hospital") and (bool(re.search(r"\bFaculty\s+of\s+$", text[max(0, start - 12):start]))
                                             or bool(re.match(r"\s+Faculty\s+of\b", text[end:])))


_DEAN = r"\b(?:[Dd]ean|[Vv]ice [Dd]ean|[Dd]eputy [Dd]ean|[Aa]ssociate [Dd]ean)"


def _unit_of_a_dean(text: str, start: int, written: str) -> bool:
    """'Dean of the College of Engineering', 'Dean, College of Law', 'Dean of the Lorem College of Education':
    a college led by a dean is a unit of a university."""
    before = text[max(0, start - 60):start]
    if re.match(r"(?:[A-Z][\w'’-]*\s+){1,2}(?:College|School)\s+of\b", written):     # (a named college: a dean's only)
        return bool(re.search(_DEAN + r"\s+of\s+the\s+$", before))
    return bool(re.match(r"(?:College|School)\s+of\b", written)) and \
        (bool(re.search(r"(?:" + _DEAN + r"|\bSecretary)\s+of\s+(?:the\s+)?$", before))
         or bool(re.search(_DEAN + r",\s+(?:the\s+)?$", before))
         or bool(re.match(r"\s+(?:Vice\s+|Deputy\s+|Associate\s+)?Dean\b", text[start + len(written):])))


def _join_compounds(text: str, found: list) -> list:
    """'University of Science and Technology - The University of Danang (DUT)': a member and its
    parent written as one name, with one acronym for the whole, are one institution; written so
    elsewhere without the acronym (a headline), the same two names are that one institution too."""
    first = _join_compounds_once(text, found, set())
    compounds = {name_key(w, drop_titles=True) for _, _, w, _ in first if re.search(r"\s[-–—]\s", w)}
    return _join_compounds_once(text, found, compounds) if compounds else first


def _join_compounds_once(text: str, found: list, compounds: set) -> list:
    joined = []
    for item in found:
        if joined:
            s, e, written, kind = joined[-1]
            gap = text[e:item[0]]
            paren = _parenthesis_after(text, item[1])
            # 'X, Vietnam National University Ho Chi Minh City (USSH)': the acronym spells X, not the parent
            # '(DUE)' after 'University of Economics, The University of Da Nang' spells neither alone: the
            # whole is one name, as when it spells the member
            comma = re.fullmatch(r",\s+(?:The\s+)?", gap) and paren and acronym_fit(paren[0], item[2]) is None \
                and (acronym_fit(paren[0], written) is not None
                     or re.match(r"(?:University|College|School|Faculty|Institute)\s+of\b", written)
                     and re.match(r"(?:[Tt]he\s+)?(?:University\s+of\s+[A-Z]|[A-Z][\w ]*\sUniversity$)", item[2]))
            dash = re.fullmatch(r"\s+[-–—]\s+(?:[Tt]he\s+)?", gap)
            if dash and name_key(written + gap + item[2], drop_titles=True) in compounds \
                    or (dash or comma) and paren and is_acronym(paren[0]):
                joined[-1] = (s, item[1], written + gap + item[2], kind)
                continue
            if _member_of_parent(text, written, gap, item):     # with the parent's city: '..., Riverton.'
                city = re.match(r",\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}(?=\s*[.;]|\s+(?:and|is|was|has|have|signed)\b)",
                                text[item[1]:])
                end = item[1] + (city.end() if city else 0)
                joined[-1] = (s, end, written + gap + text[item[0]:end], kind)
                continue
        joined.append(item)
    return joined


def _member_of_parent(text: str, member: str, gap: str, parent) -> bool:
    """'University of Foreign Languages, Riverton University': a member named by its subjects only
    (no name of its own) and its parent university, written as one name (not a list of sides)."""
    words = name_key(re.sub(r"^[Tt]he\s+", "", member), drop_titles=True).split()
    return bool(re.fullmatch(r",\s+|\s+[-–—]\s+", gap)) and words[:2] == ["university", "of"] \
        and all(w in ACADEMIC_SUBJECTS | MEMBER_SUBJECTS | CONNECTORS for w in words[2:]) \
        and bool(re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+University", parent[2])) \
        and not re.match(r"\s*(?:,\s*)?(?:and|&)\s", text[parent[1]:])


def find_institutions(text: str, gazetteer=None) -> list[Institution]:
    """Every institution named in the text, variants and acronyms grouped, mentions located.
    A gazetteer (kg.extract.gazetteer) adds known names without a head noun and known acronyms."""
    groups: list[Institution] = []
    found = candidates(text)
    if gazetteer is not None:
        gazetteer = gazetteer.in_article(text)       # ROR's short entries checked against the article's places
        found = sorted(found + _known_names(text, found, gazetteer))
    from kg.extract import learned_bodies      # (its tagger's features read this module's word lists)
    learned = learned_bodies.learned_institution_names(text, found, used_alone, COUNTRIES, NOT_NAME_WORDS | CONNECTORS)
    found = sorted(found + learned) if learned else found
    for s, e, written, kind in found:
        inst = _group_for(groups, written)
        if written not in inst.forms:
            inst.forms.append(written)
        inst.is_company = inst.is_company or kind == "company"
        if _is_caps_line(_line_at(text, s)):
            inst.headline_forms.add(written)
        else:
            inst.from_headline_only = False
        paren = _parenthesis_after(text, e, 60) or _acronym_inside(written)
        # '(Học viện Ngân hàng, BAV)', '(Trường Đại học ... – HCMUE)': a name in the other language and the
        # acronym, each read alone
        for inner in (re.split(r",\s|\s[–—]\s", paren[0]) if paren else []):
            # ('(PCST&SI)': an ampersand inside an acronym)
            # ('Lorem State College (MSC)': a word list's acronym that spells the name's every word is the name's)
            spelled = inner.isupper() and inner.lower() not in COUNTRIES and acronym_fit(inner, written) == 0
            if is_acronym(inner.replace("- ", "-").replace("&", "")) and (inner.upper() not in NOT_ACRONYMS or spelled):
                acr = inner.replace("- ", "-")
                if acr not in inst.acronyms:
                    inst.acronyms.append(acr)
            elif _word_acronym(inner, written):
                if inner not in inst.acronyms:    # 'Universiti Malaysia Sarawak (Unimas)': an acronym written as a word
                    inst.acronyms.append(inner)
            elif _short_form_of(inner, written) or _vietnamese_name(inner) or _other_language_name(inner, written) \
                    or _mixed_short_form(inner, written) or _second_name(inner, paren[0], written) \
                    or _english_name_of(inner, written) or variant_names.acronym_and_own_head(inner, written):
                if inner not in inst.forms:       # '(Tokyo Tech)', '(Viện Hải dương học)', '(Universität Wien)'
                    inst.forms.append(inner)
            elif re.fullmatch(r"[A-Z][a-z]+[A-Za-z]*", inner) and inner.lower() not in COUNTRIES \
                    and written.split()[-1].lower() in COUNTRIES and " of " in written:
                if inner not in inst.forms:       # '... Bank for Foreign Trade of Vietnam (Vietcombank)'
                    inst.forms.append(inner)
            elif kind == "company" and (inner.split()[0] in written.split()
                                        or len(inner.split()) == 1 and inner.lower() not in COUNTRIES):
                if inner not in inst.forms:       # '... Co., Ltd. (Doosan Vina)', '... Group (Petrovietnam)': a short name
                    inst.forms.append(inner)
            elif kind == "company" and inner[:1].isupper() and "," not in paren[0]:   # 'Co., Ltd. (Nghe An)': a place
                with_place = f"{written} ({inner})"
                base = re.sub(COMPANY_TAIL, "", written)
                inst.forms = [with_place] + [f for f in inst.forms if f != written] + [f"{base} ({inner})", base]
    for inst in groups:
        if inst.is_company:       # every form without its legal form: 'Sao Viet Electronics JSC' -> 'Sao Viet Electronics'
            for form in [inst.name] + inst.forms:
                base = re.sub(COMPANY_TAIL, "", form)
                if base and base not in inst.forms:
                    inst.forms.append(base)
    for inst in groups:           # 'VSB – Technical University of Ostrava' is 'VSB'
        for form in inst.forms:
            lead = re.match(r"([A-Z]{2,6})\s+[–—]\s+\S", form)
            if lead and lead.group(1) not in inst.acronyms:
                inst.acronyms.append(lead.group(1))
    groups = _join_text_variants(text, _merge_groups(groups))
    _add_initial_acronyms(text, groups)
    if gazetteer is not None:
        _add_known_acronyms(text, groups, gazetteer)
    groups = _join_lone_acronyms(groups)
    for inst in groups:
        inst.mentions = find_mentions(text, inst.labels())
    groups = [g for g in groups if g.mentions]
    shaped = _party_shaped(text, groups)
    trimmed = _trim_joined(groups)
    if shaped or trimmed:
        groups = _join_lone_acronyms(_merge_groups(groups + shaped))
        for inst in groups:
            inst.mentions = find_mentions(text, inst.labels())
    groups = _headline_variants(text, _departments_as_units(text, [g for g in groups if g.mentions]))
    groups = _definite_tails(text, _lowered_tails(text, groups))
    _territories_whole(text, groups)
    signing = {re.sub(r"^the\s+", "", name) for name, _s, _e in territory_sides.sides(text, [], COUNTRIES)}
    for g in groups:         # 'Busan Ocean University (BOU), Republic of Korea': a state is where, or an
        if re.fullmatch(r"(?:the\s+)?(?:[A-Z]\w+\s+)*(?:Republic|Kingdom)(?:\s+of\s+.+)?", g.name) \
                and g.name not in signing:      # (unless the lead has it sign: 'X and the Republic of Y signed')
            g.implied = True     # ambassador's employer ('Ambassador of the Republic of X'), never a party
    for g in groups:         # 'EFEO' named only so: its form is its acronym, so a role 'Director of EFEO' finds it
        if g.forms and not g.acronyms and all(is_acronym(f) for f in g.forms):
            g.acronyms = list(g.forms)
    for g in groups:
        g.located_forms = _with_country_written(text, g)
    return groups


def _lowered_tails(text: str, groups):
    """'Enterprise Association' found where the text writes 'the provincial Enterprise Association' beside
    'Provincial Enterprise Association': a name cut at a word written in lower case is the longer name."""
    kept = list(groups)
    for g in groups:
        if g.acronyms or len(g.forms) != 1:
            continue
        longer = [f for h in kept if h is not g for f in h.forms if f.endswith(" " + g.forms[0])]
        form = body_spans.lowered_front(text, g.mentions, longer)
        if form is None:
            continue
        target = next(h for h in kept if form in h.forms)
        written = form[:len(form) - len(g.forms[0])].lower() + g.forms[0]
        if written not in target.forms:
            target.forms.append(written)
        target.mentions = find_mentions(text, target.labels())
        kept.remove(g)
    return kept


def _definite_tails(text: str, groups):
    """'the Telecom Group' beside 'Lorem Telecom Group', 'State Bank' beside 'State Bank of Lorem': a short
    name (two words, a head last) written only after 'the' or 'of' or opening a sentence, the tail or front of
    exactly one longer name of the text (or its head and a word of the same stem), is a short reference to it."""
    kept = list(groups)
    for g in groups:
        tail = g.name       # (a company's forms: its name and the name without its legal form)
        if g.acronyms or any(f not in tail for f in g.forms) or len(tail.split()) != 2 or not _head_kind(tail.split()[-1]):
            continue
        def holds(f):         # 'Lorem Telecom Group' ends with it, 'State Bank of Lorem' begins with it,
            words, first, head = f.split(), tail.split()[0].lower(), tail.split()[-1]
            # ('Promotional Agency' for 'Lorem Export Promotion Agency': the same head, a word of the same stem)
            alike = len(words) > 2 and words[-1] == head and len(first) >= 6 \
                and any(w.lower()[:7] == first[:7] and len(w) >= 6 for w in words[:-1])
            return f.endswith(" " + tail) or f.startswith(tail + " of ") or alike
        owners = [h for h in kept if h is not g and any(holds(f) for f in h.labels())]
        inside = [(n.start, n.end) for h in owners for n in find_mentions(text, h.labels())]
        alone = [m for m in g.mentions if not any(a <= m.start and m.end <= b for a, b in inside)]
        # (after 'the', a role's 'of', or opening a sentence where every word has a capital: never elsewhere)
        if len(owners) == 1 and alone and all(re.search(r"(?:\b[Tt]he\s+|\bof\s+|(?:^|[.!?]\s+|\n))$", text[max(0, m.start - 4):m.start])
                                              for m in alone):
            owners[0].forms += [f for f in g.forms if f not in owners[0].forms and " " in f]     # (its roles resolve to it)
            owners[0].mentions = find_mentions(text, owners[0].labels())
            kept.remove(g)
    return kept


def _territories_whole(text: str, groups) -> None:
    """'People's Committee of Lorem province': a governing body's territory read with its lower-case
    kind, kept as the name (the shorter form stays an alias)."""
    for g in groups:
        for form in list(g.forms):
            whole = body_spans.territory_written_whole(text, form) or body_spans.without_territory_kind(form)
            if whole and whole not in g.forms:
                g.forms.append(whole)
                g.mentions = find_mentions(text, g.labels())


def _with_country_written(text: str, inst: Institution) -> list[str]:
    """'Lorem University of Ghana' where the name kept is 'Lorem University': the form as written is an
    alias too (whether the country is where the body is or part of its official name, it is that body)."""
    found = []
    for form in (f for f in inst.forms if " " in f):
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"\s+of\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w'’-]*){0,3})",
                             text):
            ends = [w.end() for w in re.finditer(r"\S+", m.group(1))]
            end = next((e for e in reversed(ends) if " ".join(m.group(1)[:e].split()).lower() in COUNTRIES), None)
            written = text[m.start():m.start(1) + end] if end else None
            if written and written not in found and written not in inst.forms:
                found.append(written)
    return found


def _headline_line(text: str) -> tuple[int, int] | None:
    """Span of the headline repeated as the text's first line (no sentence ends in it), if any."""
    first = text.lstrip("\n")
    start = len(text) - len(first)
    line = first.split("\n", 1)[0]
    if not line.strip() or "\n" not in first or re.search(r"[.!?]\s|[.!?]$", line.strip()):
        return None
    return start, start + len(line)


def _headline_variants(text: str, groups):
    """'Hanoi Law University and University of Lyon sign MoU' over a text naming 'Jean Moulin Lyon 3
    University': a name met only in the headline is another name of the one body institution that
    the headline does not name and that shares its identifying words; it is no institution of its own."""
    line = _headline_line(text)
    if not line:
        return groups
    def own(g):               # 'Hanze Agricultural University' inside '... University of Applied Sciences' is not its own
        return [m for m in g.mentions if not any(h is not g and n.start <= m.start and m.end <= n.end
                                                 and n.end - n.start > m.end - m.start for h in groups for n in h.mentions)]
    inside = [g for g in groups if own(g) and all(line[0] <= m.start < line[1] for m in own(g))]
    body = [g for g in groups if g.mentions and not any(line[0] <= m.start < line[1] for m in g.mentions)]
    for g in inside:
        words = content_words(g.name)
        fits = [b for b in body if words and any(words & content_words(f) for f in b.forms)]
        if len(fits) == 1 and not g.acronyms:
            target = fits[0]
            target.forms += [f for f in g.forms if f not in target.forms]
            target.headline_forms |= set(g.forms)
            target.mentions = sorted(target.mentions + g.mentions, key=lambda m: m.start)
            groups = [x for x in groups if x is not g]
            body.remove(target)
    return groups


def _departments_as_units(text, groups):
    """'Ben Tre Department of Science and Technology' beside 'People's Committee of Ben Tre Province',
    'Malang City Regional Development Planning Agency' beside 'Malang City Government': a province's
    or city's department or agency is a unit of it when the province or city is named as a body;
    roles in it belong to that body. Without the body the department stands alone."""
    governments = [(g, _place_of_government(g.name)) for g in groups]
    governments = [(g, place) for g, place in governments if place]
    kept = []
    for g in groups:
        key = name_key(g.name, drop_titles=True)
        # 'the City Department of ...', 'the Provincial Department of ...': the government named in the text
        generic = re.match(r"(?:city|provincial|municipal) ", key) and len(governments) == 1
        owner = next((c for c, place in governments if c is not g and (key.startswith(place + " ") or generic)
                      and re.search(r"\b(?:department|agency|office|bureau|service)\b", key)), None)
        owner = owner or _parent_written_with(g, groups) or _owner_named_before(text, g, groups)
        if owner is None:
            kept.append(g)
        else:
            owner.unit_forms += g.forms + g.acronyms       # ('Director of IAS': the owner's role)
    return kept


# 'ABCU Department of Education', 'College of Engineering-ABCU', 'Faculty of Law, ABCU': a unit written with
# its parent's acronym (annotation guide D4: a unit is no institution; its roles are the parent's).
_UNIT_WORDS = r"(?:Department|Faculty|College|School|Office|Centre|Center|Division|Laboratory|Institute)"
_UNIT_THEN_PARENT = re.compile(r"(?:.*?\b)?" + _UNIT_WORDS + r"\s+of\s+.+?\s*[-–,]\s*(?P<acr>[A-Z][A-Za-z]*[A-Z])")
_PARENT_THEN_UNIT = re.compile(r"(?P<acr>[A-Z][A-Za-z]*[A-Z])\s+" + _UNIT_WORDS + r"\s+of\s+.+")
# 'Africa Department of ABCA': the parent's acronym after the unit's 'of'
_UNIT_OF_PARENT = re.compile(r"(?:.*?\b)?" + _UNIT_WORDS + r"\s+of\s+(?P<acr>[A-Z][A-Za-z]*[A-Z])")


def _parent_written_with(g, groups):
    """The group whose acronym a unit's name carries, when that group is named by more than its acronym."""
    m = _UNIT_THEN_PARENT.fullmatch(g.name) or _PARENT_THEN_UNIT.fullmatch(g.name) or _UNIT_OF_PARENT.fullmatch(g.name)
    if not m or g.acronyms:
        return None
    acr = m.group("acr")
    return next((o for o in groups if o is not g and any(f not in o.acronyms for f in o.forms)
                 and (acr in o.acronyms or any(" " in f and acronym_fit(acr, f) == 0 for f in o.forms))), None)


# An academic unit's name ('Institute of Health', 'the Faculty of Law'); 'Lorem Institute' alone may be a body
# of its own, and 'its Department of Education' a province's own body (guide D3)
_UNIT_LED = re.compile(r"(?:[Tt]he\s+)?(?:College|School|Institute|Faculty)\s+(?:of|for)\s+\S")
# 'through its', "the university's respected", "Lorem University's": what follows belongs to a body
_OWNER_BEFORE = re.compile(r"(?:\b(?P<its>its)|\bthe\s+(?P<head>" + "|".join(sorted(INSTITUTION_HEADS))
                           + r")['’]s|(?P<named>\S+)['’]s)(?:\s+[a-z]+)?\s+$")


def _owner_named_before(text: str, g, groups):
    """The body a unit is said to belong to where the text first names it ('Alpha University, through its
    Institute of Applied Science (IAS), has signed ...', "the university's respected Institute of Health"),
    or whose full name leads the unit's ('Lorem University Institute of Health'): the unit is no institution
    (guide D4), its roles are the owner's. The nearest body named before it in the sentence for 'its', the
    nearest one with that head noun for 'the university's'."""
    others = [o for o in groups if o is not g and any(f not in o.acronyms for f in o.forms)]
    lead = next((o for o in others for f in o.forms if f not in o.acronyms
                 and g.name.startswith(f + " ") and _UNIT_LED.match(g.name[len(f) + 1:])), None)
    if lead is not None or not _UNIT_LED.match(g.name):
        return lead
    first = g.mentions[0]
    sentence_start = max(text.rfind(".", 0, first.start), text.rfind("\n", 0, first.start)) + 1
    owner = _OWNER_BEFORE.search(text, sentence_start, first.start)
    if not owner:
        return None
    if owner.group("named"):
        return next((o for o in others if refers_to(owner.group("named"), [o])), None)
    before = sorted(((m.start, o) for o in others for m in o.mentions if sentence_start <= m.start < first.start
                     or owner.group("head") and m.start < first.start), key=lambda x: x[0])
    fits = [o for _, o in before if owner.group("its") or owner.group("head") in fold(o.name).lower().split()]
    return fits[-1] if fits else None


def _place_of_government(name: str) -> str | None:
    """'ben tre' for 'People's Committee of Ben Tre Province', 'malang' for 'Malang City Government'."""
    key = name_key(name, drop_titles=True)
    if not re.search(r"\b(?:committee|government|province)$|^people ?s committee\b", key):   # ('Lorem Province': a side)
        return None
    place = re.sub(r"\b(?:people ?s|committee|of|provincial|municipal|province|city|government)\b", " ", key).split()
    return " ".join(place) or None


_KIND_BEFORE_NAME = r"(?:(?:[A-Z][a-z]+\s+)?(?:holding|company|firm|group|conglomerate|start-?up)\s+)?"
_CAP_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’-]*){0,4}"
# ('concluded a Memorandum of Understanding': how formal and translated news say it)
_SIGNING = r"(?:have\s+|has\s+)?(?:signed|sign|signs|inked|inks|entered|renewed|concluded|concludes)\b"


def _party_shaped(text: str, groups) -> list:
    """A side of a signing that has no head noun: 'HUST and Siemens Vietnam signed ...',
    'between HUST and Siemens Vietnam'. Only next to an institution already found, so a phrase is
    taken only where the sentence's shape says it is a party."""
    taken = [(m.start, m.end) for g in groups for m in g.mentions]
    found = []
    for g in groups:
        for m in g.mentions:
            # ('A and the Loremian holding Zentrix Energy signed': what kind of body it is, before its name)
            after = re.match(r"(?:\s*\([^()]{1,40}\))?\s+and\s+(?:the\s+)?" + _KIND_BEFORE_NAME + "(" + _CAP_NAME + r")(?=\s+" + _SIGNING +
                             r"|\s*[,.(]|\s+(?:on|in|at|was|were|will|to)\b)", text[m.end:])
            # ('The British Council and Alpha University signed': a sentence's capital 'The' is no part of it)
            before = re.search(r"(?:^|[.\n]\s*|\bbetween\s+)(?:[Tt]he\s+)?(" + _CAP_NAME + r")\s+and\s+$", text[:m.start])
            # (or after an opening phrase, when it is written as no person or town is: 'At 10:30 on Friday,
            # ABC-Arts and Alpha University signed')
            before = before or re.search(r",\s+(?:[Tt]he\s+)?([A-Z][\w&]*-[A-Z][\w&]*|[A-Z]{2,}[\w&]*)\s+and\s+$", text[:m.start])
            # 'Alpha University signed a cooperation agreement with Samsung Electronics Vietnam on May 2'
            other = re.match(r"(?:\s*\([^()]{1,40}\))?\s+" + _SIGNING + r"[^.;\n]{0,80}?\bwith\s+(?:the\s+)?(" + _CAP_NAME
                             + r")(?=\s+(?:on|in|at|to|for)\b|\s*[,.;(]|$)", text[m.end:])
            for hit, offset in ((after, m.end), (before, 0), (other, m.end)):
                if not hit:
                    continue
                s, e = offset + hit.start(1), offset + hit.end(1)
                owner = re.match(r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?=[A-Z])", text[s:e])
                if owner and name_spans.is_country(owner.group(1)):
                    s += owner.end()          # "Vietnam’s Lorem Province": the country says where
                name = text[s:e]
                if re.search(r"\b(?i:Dr|Prof|Mr|Mrs|Ms|Assoc|MSc|PhD)\.?\s*$|(?:^|\s)[A-Z]\.\s*$", text[max(0, s - 8):s]):
                    continue              # 'Dr. Pham Xuan Duong and KMOU President ...', 'prof. X and', 'Lorem P. Ipsum
                                          # and': a person (a middle initial's period is no sentence's end)
                signing_sentence = re.search(_SIGNING + r"|\bbetween\b", text[max(0, s - 200):e + 120])
                if hit is after and signing_sentence and not any(a < e and s < b for a, b in taken) \
                        and body_spans.common_words_only(name, text[:s] + text[e:], COMMON_NAME_WORDS):
                    taken.append((s, e))      # 'Lorem Hospital and Health System': no name of its own after 'and'
                    if text[m.start:e] not in g.forms:
                        g.forms.append(text[m.start:e])
                        g.mentions = find_mentions(text, g.labels())
                    continue
                if _unit_before_its_parent(text, name, e, taken):
                    continue              # 'the Department of Physics, Lorem University': a unit (guide D4)
                if signing_sentence and _party_name(name) and not any(a < e and s < b for a, b in taken):
                    taken.append((s, e))
                    found.append(name)
    for name, s, e in _acronym_sides(text) + _attending_bodies(text) + bare_parties.sides(text, groups) \
            + territory_sides.sides(text, groups, COUNTRIES) \
            + subject_names.sides(text, NOT_ONE_WORD_NAMES) \
            + side_bodies.sides(text, COMMON_NAME_WORDS, ROLE_WORDS | TITLE_WORDS, COUNTRIES,
                                INSTITUTION_HEADS | COMPANY_SUFFIXES):
        if not any(a < e and s < b for a, b in taken):
            taken.append((s, e))
            found.append(name)
    groups_new: list[Institution] = []
    for name in [name_spans.without_prefix(n) for n in found if not _person_in_apposition(text, n)]:
        same = next((g for g in groups + groups_new if any(_same(name, label) or _company_short_name(name, label)
                                                           for label in g.labels())), None)
        if same is not None:
            same.implied = False      # written as a side, not only read from a role ('Minister of X of Lorem')
            if _company_short_name(name, same.name) and name not in same.forms:
                same.forms.append(name)        # 'Zentrix' for 'Zentrix Technology Co., Ltd.': another name of it
                same.mentions = find_mentions(text, same.labels())
            continue
        groups_new.append(Institution(forms=[name], from_headline_only=False))
        for g in groups:              # 'HUST and Siemens Vietnam' read as one name in a headline
            g.forms = [f[:-len(" and " + name)] if f.endswith(" and " + name) else f for f in g.forms]
    return groups_new


# What a body works for, in its name ('Trade and Investment Promotion Agency'): general vocabulary.
REMIT_WORDS = {"promotion", "cooperation", "friendship", "exchange", "innovation", "support", "protection",
               "conservation", "planning", "statistics", "labour", "labor", "welfare", "safety", "environment",
               "environmental", "youth", "women", "family", "medical", "hygiene", "rural", "urban", "agricultural",
               "population"}
# Fields a school or an institute is named for ('Lorem Banking and Finance Academy'): general vocabulary.
FIELD_WORDS = {"banking", "accounting", "auditing", "fashion", "dental", "dentistry", "nursing", "pharmaceutical",
               "veterinary", "animal", "husbandry", "fisheries", "aquaculture", "geology", "geosciences", "maritime",
               "aviation", "aerospace", "architecture", "hospitality", "catering", "culinary", "nutrition",
               "theatre", "theater", "film", "cinema", "dance", "literature", "journalism", "linguistics",
               "transportation", "shipping", "railway", "agronomy", "horticulture", "chemistry", "physics",
               "mathematics", "informatics", "computing", "justice", "defence", "defense", "governance",
               "crafts", "handicrafts", "sport", "agro", "irrigation", "meteorology", "hydrology", "surveying",
               "materials", "biotechnology", "biology", "ecology", "psychology", "philosophy", "history"}
# What a school teaches, in its name ('College of Arts, Science and Commerce', '... of Science and technology').
STUDY_FIELDS = ACADEMIC_SUBJECTS | FIELD_WORDS | MEMBER_SUBJECTS | {
    "commerce", "trade", "industry", "finance", "tourism", "construction", "transport", "mining", "energy", "water",
    "environment", "research", "training", "communications", "telecommunications", "petroleum", "statistics",
    "planning", "electronics", "textile", "marine", "logistics", "nutrition", "food"}
# General vocabulary that names what kind of body, never which one.
COMMON_NAME_WORDS = GENERIC_WORDS | ACADEMIC_SUBJECTS | SECTOR_WORDS | SUBJECT_WORDS | MEMBER_SUBJECTS | REMIT_WORDS \
    | FIELD_WORDS
# Words a one-word subject of a signing can never be ('Students sign ...', 'Rector signs ...'): built once here,
# not for every article.
NOT_ONE_WORD_NAMES = COMMON_NAME_WORDS | NOT_NAME_WORDS | ROLE_WORDS | TITLE_WORDS | CONNECTORS | INSTITUTION_HEADS \
    | UNIT_HEADS | set(STOPWORDS)


def _person_in_apposition(text: str, name: str) -> bool:
    """'... and Lorem Ipsum, deputy vice-chancellor of X': a name followed somewhere by a comma and a
    role in lower case is a person's (a body is never described by a lower-case title)."""
    roles = "|".join(sorted(ROLE_WORDS | {"pro-vice", "vice-chancellor", "vice-rector", "vice-president"}))
    return bool(re.search(r"(?<![\w-])" + re.escape(name) + r",\s+(?:the\s+)?(?:(?:acting|executive|senior|first)\s+)?"
                          r"(?:" + roles + r")\b", text))


# Two sides of a signing, one of them written only as an acronym: 'HUST and KAIST signed ...',
# 'the MoU between UEH and Siemens Vietnam', '... signed an MoU with KAIST'.
# ('Following the session, A and B jointly signed ...': after an opening phrase, with an adverb)
_SIDES = re.compile(r"(?:^|(?<=[.\n])\s*|(?<=,\s)|\bbetween\s+)(?:the\s+)?(?P<a>" + _CAP_NAME + r")\s+and\s+(?:the\s+)?(?P<b>"
                    + _CAP_NAME + r")(?=\s+(?:jointly\s+|officially\s+|formally\s+)?" + _SIGNING + r"|\s+(?:to|on|in|at|was|were|is|have|has)\b|\s*[,.;]|$)",
                    re.M)
_ACRONYM_ROLE = re.compile(r"\b(?P<b>[A-Z][\w-]+)\s+(?:Vice\s+|Deputy\s+)?(?:President|Rector|Director|Chairman|"
                           r"Chairwoman|CEO|Dean|Provost|Chancellor)\s+(?:Dr\.?\s+|Prof\.?\s+)?[A-Z]")
_WITH_SIDE = re.compile(_SIGNING + r"[^.;\n]{0,80}?\bwith\s+(?:the\s+)?(?P<b>[A-Z][\w-]+)\b")
# 'ABC-Riverton on Saturday signed an agreement with ...', 'ABC Signs an MoU with ...' (a headline): a sentence
# opened by the side that signs
_SUBJECT_SIDE = re.compile(r"(?:^|(?<=[.\n])\s*|(?<=\)\s))(?P<a>[A-Z][\w-]+)\s+(?:on\s+\w+\s+)?(?i:" + _SIGNING + ")",
                           re.M)


def _acronym_sides(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each side of a signing shaped as above; a side without an acronym is
    taken only beside one that is ('Samsung Vietnam and HUST inked ...')."""
    found = []
    for m in _SIDES.finditer(text):
        if not re.search(_SIGNING + r"|\bbetween\b", text[max(0, m.start() - 200):m.end() + 120]):
            continue
        sides = [(m.group(k), m.start(k), m.end(k)) for k in ("a", "b")]
        if any(_lone_acronym(name) for name, _, _ in sides):
            found += [side for side in sides if _lone_acronym(side[0]) or _party_name(side[0])]
    for m in _ACRONYM_ROLE.finditer(text):       # 'KAIST President Lee Kwang-hyung signed'
        if _lone_acronym(m.group("b")) and re.search(_SIGNING, text[m.start():m.end() + 200].split(".")[0]):
            found.append((m.group("b"), m.start("b"), m.end("b")))
    for m in _WITH_SIDE.finditer(text):
        if _lone_acronym(m.group("b")) or _acronym_campus(m.group("b")):
            # ('... with ABC Riverton to ...': the acronym and its campus town are one side, the town no extra word)
            town = re.match(r" ([A-Z][a-z]{2,})(?=\s*[,.;(]|\s+[a-z])", text[m.end("b"):])
            end = m.end("b") + town.end() if town and _lone_acronym(m.group("b")) and _campus_town(town.group(1)) \
                else m.end("b")
            found.append((text[m.start("b"):end], m.start("b"), end))
    for m in _SUBJECT_SIDE.finditer(text):
        # (not in a line written in capitals: 'UNIVERSITY SIGNS MOU' has no acronym in it)
        if _acronym_campus(m.group("a")) or _lone_acronym(m.group("a")) and not _is_caps_line(_line_at(text, m.start())):
            found.append((m.group("a"), m.start("a"), m.end("a")))
    return found


# Words that are never the town of an acronym's campus: posts, titles, units, countries.
_NOT_CAMPUS_TOWNS = ROLE_WORDS | TITLE_WORDS | NOT_NAME_WORDS | UNIT_HEADS | COUNTRIES


def _acronym_campus(name: str) -> bool:
    """'ABC-Riverton': an acronym and, after a hyphen, the town of the campus (a system's campuses are
    named so in Indian and other news); never a role ('ABC-Director') or a country."""
    m = re.fullmatch(r"([A-Z]{2,6})-([A-Z][a-z]{3,})", name)
    return bool(m) and m.group(1) not in NOT_ACRONYMS and m.group(2).lower() not in \
        _NOT_CAMPUS_TOWNS | INSTITUTION_HEADS


def _campus_town(word: str) -> bool:
    """A capitalised word after an acronym that can be its campus's town: no head, post, title or country."""
    return not _head_kind(word) and word.lower() not in _NOT_CAMPUS_TOWNS | {"vice", "deputy", "dean", "provost"}


_ONE_NAME = r"[A-Z][\w-]+"
_ATTENDING = re.compile(r"\b[Rr]epresentatives?\s+(?:of|from)\s+(?:the\s+)?(?P<list>" + _ONE_NAME
                        + r"(?:,\s+" + _ONE_NAME + r")*(?:,?\s+and\s+" + _ONE_NAME + r")?)(?=[\s,.;])")


def _attending_bodies(text: str) -> list[tuple[str, int, int]]:
    """'Representatives of VNPT and Viettel ... attended the ceremony': one-word names of the bodies
    that sent attendees (names with a head noun are found as such)."""
    found = []
    for m in _ATTENDING.finditer(text):
        sentence = text[m.start():text.find(".", m.end()) if "." in text[m.end():] else len(text)]
        if not re.search(r"\b(?:attend\w*|witness\w*|present|joined)\b", sentence, re.I):
            continue
        for w in re.finditer(_ONE_NAME, m.group("list")):
            name = w.group()
            if name.lower() not in COUNTRIES | NOT_NAME_WORDS | INSTITUTION_HEADS | UNIT_HEADS | CONNECTORS \
                    and name.upper() not in NOT_ACRONYMS and not _head_kind(name):
                found.append((name, m.start("list") + w.start(), m.start("list") + w.end()))
    return found


def _lone_acronym(name: str) -> bool:
    # ('NGOs', 'SMEs': a plural names a kind of body, never one)
    return " " not in name and is_acronym(name) and name.upper() not in NOT_ACRONYMS and not re.fullmatch(r"[A-Z]{2,}s", name) \
        and name.lower() not in COUNTRIES and not name_spans.PREFIX_TAIL.search(name)     # not 'ABCS-run'


def _trim_joined(groups) -> bool:
    """'Dong Nai Department of Education and Training and Changshin Vietnam' read as one name (a
    headline): cut at the ' and ' before another institution's name. True when a form changed."""
    changed = False
    for g in groups:
        others = [label for h in groups if h is not g for label in h.labels() if " " in label]
        for i, form in enumerate(g.forms):
            for label in others:
                if form.endswith(" and " + label) and len(form) > len(label) + 5:
                    g.forms[i] = form[:-len(" and " + label)]
                    changed = True
                    break
                rest = form[len(label + " and "):] if form.startswith(label + " and ") else ""
                if len(rest.split()) >= 2 and rest[:1].isupper() \
                        and any(_head_kind(w) in ("institution", "company") for w in label.split()):
                    g.forms[i] = label        # 'Ministry of Science and Technology and Ben Tre Province'
                    changed = True
                    break
    return changed


def _unit_before_its_parent(text: str, name: str, end: int, taken: list) -> bool:
    """A phrase led by a unit's head ('Department of Physics') followed by a comma and a name already found
    that ends the list (never 'the Department of X, Lorem University and Ipsum College': three sides)."""
    parent = re.match(r",\s+(?:the\s+)?", text[end:])
    return _head_kind(name.split()[0]) == "unit" and bool(parent) \
        and any(a == end + parent.end() and not re.match(r"\s*(?:,\s*(?:the\s+)?[A-Z]|and\b|&)", text[b:]) for a, b in taken)


def _party_name(name: str) -> bool:
    """A capitalised phrase that can name an organisation (not a person, a country, a date or a
    generic word)."""
    words = name.split()
    low = name.lower()
    return not (low in COUNTRIES or words[0].lower() in NOT_NAME_WORDS | TITLE_WORDS | POST_WORDS
                or words[-1].lower() in POST_WORDS       # 'ABC Regent and XYZ Rector after MoU Signing': posts
                or len(words) == 1 and (words[0].lower() in INSTITUTION_HEADS | UNIT_HEADS or len(words[0]) < 3)
                or re.search(r"\b(?:University|College|Institute)\b", name))


def _known_names(text: str, found: list, gazetteer) -> list:
    """Capitalised phrases the shape rules left over that the gazetteer knows as a whole ('Viettel
    Group', 'Luxshare-ICT'): a whole run (or one side of 'X and Y'), never a piece of a longer name."""
    taken = [(s, e) for s, e, *_ in found]
    extra, offset = [], 0
    for line in text.split("\n"):
        for run in _runs(_tokens(line)):
            for part in _segments(run):
                while part and part[0][2].lower() in NOT_NAME_WORDS | CONNECTORS:
                    part = part[1:]
                if not part or is_acronym(part[0][2]) and len(part) == 1:
                    continue                   # acronyms: _add_known_acronyms
                s, e = part[0][0] + offset, part[-1][1] + offset
                written = text[s:e]
                if any(a < e and s < b for a, b in taken) or written.lower() in COUNTRIES \
                        or any(f[2].startswith(written + " ") for f in found):
                    continue           # 'Bosch' after 'Bosch Vietnam Co., Ltd.': a short reference to it
                if used_alone(text, s, e) and gazetteer.name(written):
                    extra.append((s, e, written, "institution"))
        offset += len(line) + 1
    return extra


# After a known name: a capitalised word (not a role: 'KAIST President Lee'), 'of'/'for' (or another language's)
# and a capital, one or two lower-case words ending in a head ('language center'), or a plural possessive
# ('deputies’ delegation'): the text names something longer, or uses the name as a modifier of a noun.
_FUNCTION_WORDS = r"(?:and|or|with|the|a|an|to|in|at|on|by|has|have|had|is|was|will)\b"
_LONGER_NAME_AFTER = re.compile(r"[ \t]+(?:(?!(?i:" + "|".join(sorted(ROLE_WORDS)) + r")\b)[A-Z]\w"
                                r"|(?:for|of|de|du|des|di)\s+[A-Z]"
                                r"|(?:(?!" + _FUNCTION_WORDS + r")[a-z]+\s+){0,2}(?:"
                                + "|".join(sorted(UNIT_HEADS | INSTITUTION_HEADS)) + r")\b"
                                r"|[a-z]+s['’](?!\w))")
# Before a one-word name: a title ('Dr. Gordon') makes it a person's surname.
_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS | {"professor"})) + r")\.?\s+$", re.I)


def used_alone(text: str, start: int, end: int) -> bool:
    """Whether the text uses a gazetteer name or acronym at start:end on its own, as an organisation's
    name: not a piece of a longer name ('UET Peshawar', 'Microsoft Skills for Jobs'), not a modifier
    ('ASEAN language center'), not a surname after a title ('Dr. Gordon')."""
    return not (_LONGER_NAME_AFTER.match(text, end) or _TITLE_BEFORE.search(text[max(0, start - 15):start]))


def _segments(run):
    """The run cut at every 'and'/'&': 'Viettel and Hue University' -> 'Viettel', 'Hue University'."""
    parts, current = [], []
    for tok in run:
        if tok[2].lower() in ("and", "&"):
            parts.append(current)
            current = []
        else:
            current.append(tok)
    return [p for p in parts + [current] if p]


def _add_known_acronyms(text: str, groups, gazetteer):
    """An acronym the article never spells out ('RMIT and HaUI signed ...'): joined to the group
    whose name the gazetteer gives for it, or a group of its own."""
    # (a group written only as its acronym, 'VTI', is the text's own: never looked up as another body)
    known = {a for g in groups for a in g.acronyms} | {f for g in groups for f in g.forms if is_acronym(f)}
    inside = [(x.start, x.end) for x in find_mentions(text, [label for g in groups for label in g.labels()])]
    for m in re.finditer(r"(?<![\w-])[\w-]+(?![\w-])", text):
        token = m.group()
        if any(s <= m.start() < e for s, e in inside):
            continue              # 'VNU' in 'VNU University of Science'
        if token in known or token.upper() in NOT_ACRONYMS or not is_acronym(token) \
                or token.lower() in CAPS_FUNCTION_WORDS or _is_caps_line(_line_at(text, m.start())) \
                or re.search(r"\([^()]*$", text[max(0, m.start() - 80):m.start()]) \
                or re.search(r"(?<![\w-])" + re.escape(token) + r"\s*\([A-Z][a-z]", text) \
                or re.fullmatch(r"[A-Z]{2,}s", token):
            continue              # a headline's capitals, a parent or news agency in parentheses '(VNU-HCM)',
        known.add(token)          # an acronym the text spells out as something else ('LINK (Learning ...)'), 'IITs'
        canonical = gazetteer.acronym(token) if used_alone(text, m.start(), m.end()) else None
        if not canonical:
            continue
        target = refers_to(canonical, groups)
        if target is None:
            target = Institution(from_headline_only=False)
            groups.append(target)
        target.acronyms.append(token)


def _vietnamese_name(text: str) -> bool:
    """'Trường Đại học Nha Trang', 'Viện Hải dương học': the name in Vietnamese, given in brackets."""
    return text[:1].isupper() and len(text.split()) >= 2 and bool(re.search(r"[ăâđêôơưĂÂĐÊÔƠƯạ-ỹ]", text))


def _short_form_of(short: str, name: str) -> bool:
    """'Tokyo Tech' for 'Tokyo Institute of Technology': two or three capitalised words, each the
    start of one of the name's words, in order."""
    words = short.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    name_words = [w.lower() for w in re.findall(r"\w+", name)]
    i = 0
    for w in words:
        while i < len(name_words) and not name_words[i].startswith(w.lower()):
            i += 1
        if i == len(name_words):
            return False
        i += 1
    return True


def _second_name(inner: str, bracket: str, name: str) -> bool:
    """'University of Science and Technology of Lorem (USTL, Lorem Ipsum University)': beside the name's
    own acronym, a bracket's other name with a head noun is another name of the same institution."""
    parts = re.split(r",\s", bracket)
    return len(parts) == 2 and inner == parts[1] and is_acronym(parts[0]) and acronym_fit(parts[0], name) is not None \
        and 2 <= len(inner.split()) <= 6 and _head_kind(inner.split()[-1]) == "institution"


def _word_acronym(inner: str, name: str) -> bool:
    """'Universiti Malaysia Sarawak (Unimas)', '(Unesco)': an acronym written as a capitalised word (as the Malaysian
    and British press write them) that spells every significant word of the name by its leading letters; never a
    word of the name itself or a country. ('Malaysian Institute of Road Safety Research (Miros)': the last word of a
    long name may be left out.)"""
    words = name.split()
    return bool(re.fullmatch(r"[A-Z][a-z]{3,9}", inner)) and inner.lower() not in COUNTRIES \
        and inner.lower() not in {w.lower() for w in re.findall(r"\w+", name)} \
        and (acronym_fit(inner, name) == 0 or len(words) >= 4 and acronym_fit(inner, " ".join(words[:-1])) == 0)


def _mixed_short_form(inner: str, name: str) -> bool:
    """'Delft University of Technology (TU Delft)', '(KU Leuven)': a word of the name with capitals
    that abbreviate the rest."""
    words = inner.split()
    name_words = {w.lower() for w in re.findall(r"\w+", name)}
    proper = [w for w in words if w.lower() in name_words and len(w) >= 3 and not w.isupper()]
    return 2 <= len(words) <= 3 and len(proper) == 1 \
        and all(w in proper or w.isupper() and 2 <= len(w) <= 4 for w in words)


def _english_name_of(inner: str, name: str) -> bool:
    """'Học viện Giáo dục Miền Núi (Academy of Highland Education)': a Vietnamese name followed by a
    bracketed name with a head noun of its own is the same institution in English."""
    words = inner.split()
    return _vietnamese_name(name) and 2 <= len(words) <= 10 and inner[:1].isupper() \
        and any(_head_kind(w) in ("institution", "company") for w in words)


def _other_language_name(inner: str, name: str) -> bool:
    """'University of Vienna (Universität Wien)': a bracketed name with a head noun of its own, in
    another language than the name before it, is the same institution's name."""
    words = inner.split()
    return 2 <= len(words) <= 6 and any(w.lower() in HEAD_FIRST for w in words) \
        and not any(w.lower() in HEAD_FIRST for w in name.split())


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


def _group_for(groups, written) -> Institution:
    for inst in groups:
        if any(_same(written, form) for form in inst.labels()):
            return inst
    inst = Institution()
    groups.append(inst)
    return inst


def _same(a: str, b: str) -> bool:
    """Same institution within one article: same words (any order or word form), or one is the
    other with a parent acronym in front ('VNUHCM-University of Science')."""
    if _acronym_and_head(a, b) or _acronym_and_head(b, a) or _acronym_and_town(a, b) or _acronym_and_town(b, a):
        return True      # 'AME University' = 'African Methodist Episcopal University'
    is_head = lambda w: _head_kind(w) == "institution"
    if variant_names.numbered_short_form(a, b, is_head) or variant_names.numbered_short_form(b, a, is_head):
        return True      # 'Lorem Polytechnic IV' = 'Lorem Polytechnic University IV'
    if variant_names.head_first_in_english(a, b):
        return True      # 'Universitas Lorem' = 'Lorem University'
    if _territory_and_its_government(a, b) or _territory_and_its_government(b, a):
        return True      # 'Lorem County' = 'County Government of Lorem' (guide D3: one body)
    heads = [_last_head(x) for x in (a, b)]
    if heads[0] and heads[1] and heads[0] != heads[1]:
        return False     # 'Lorem Hospital' and 'Lorem Medical Foundation': two bodies sharing a word
    if resolve_names.score(a, b)[0] >= resolve_names.MERGE_THRESHOLD:
        return True
    # (a mission or an association abroad named with where it is: 'Lorem Business Association in Japan')
    located = [re.sub(r"^((?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:Embassy|Consulate)\b.*?|.*?\b(?:Association|Alliance|Union|Chamber))"
                      r"\s+in\s+[A-Z][\w ]*$", r"\1", x) for x in (a, b)]
    if located != [a, b] and resolve_names.score(*located)[0] >= resolve_names.MERGE_THRESHOLD:
        return True      # 'Embassy of France in Vietnam' = 'Embassy of France'
    if _same_mission(*located):
        return True      # 'Embassy of France' = 'French Embassy'

    wa, wb = (set(name_key(x, drop_titles=True).split()) - STOPWORDS for x in (a, b))
    if wa != wb and wa and wb and (wa ^ wb) <= LOCALITY_WORDS and len(wa & wb) >= 3:
        return True      # 'Quang Ninh People's Committee' = 'People's Committee of Quang Ninh Province'
    if body_spans.same_but_territory_kind(wa, wb, INSTITUTION_HEADS):
        return True      # 'Lorem' = 'Lorem state', 'Government of Lorem' = 'State Government of Lorem'
    ka, kb = name_key(a, drop_titles=True), name_key(b, drop_titles=True)
    short, long_ = sorted((ka, kb), key=len)
    country = re.fullmatch(re.escape(short) + r" of (?:the )?(.+)", long_) if short else None
    if country and country.group(1) in COUNTRIES:
        return True      # 'Banking Academy' = 'Banking Academy of Vietnam'
    subjects = re.fullmatch(re.escape(short) + r" for (.+)", long_) if short else None
    if subjects and all(w in ACADEMIC_SUBJECTS | CONNECTORS for w in subjects.group(1).split()):
        return True      # 'Alpha University' = 'Alpha University for Arts, Science and Technology'
    if _committee_of(short, long_) or name_spans.same_company(a, b):
        return True
    for x, y in ((a, b), (b, a)):     # 'International University of VNU-HCM' = 'International University'
        parent = re.fullmatch(re.escape(y) + r"\s+of\s+([A-Z][\w-]+)", x)
        if parent and is_acronym(parent.group(1)) and len(y.split()) >= 2:
            return True
    adjective = re.fullmatch(r"(\w+) (.+)", short) if short else None
    country = re.fullmatch(re.escape(adjective.group(2)) + r" of (?:the )?(\w+)(?: \w+)?", long_) if adjective else None
    # 'Loremian Ministry of Foreign Affairs' = 'Ministry of Foreign Affairs of the (Socialist) Republic of Lorem'
    country = country or (re.fullmatch(re.escape(adjective.group(2)) + r" of (?:the )?(?:\w+ ){0,2}"
                                       r"(?:republic|kingdom|federation|state|commonwealth) of (?:the )?(\w+)",
                                       long_) if adjective else None)
    if country and adjective.group(1)[:4] == country.group(1)[:4] and len(adjective.group(2).split()) >= 2:
        return True      # 'Loremian Academy of Sciences' = 'Academy of Sciences of the Loremian Federation'
    if short and long_.startswith(short + " of ") and len(short.split()) >= 2 \
            and short.split()[-1] in ("union", "association", "federation", "chamber", "society", "alliance"):
        return True      # 'Riverton Union' for 'Riverton Union of Friendship Organizations' (never '... University')
    city = re.fullmatch(re.escape(short) + r"(?: [a-z]+){1,3} city", long_) if short else None
    if city and len(short.split()) >= 3 and _head_kind(short.split()[-1]) == "institution":
        return True      # 'Lorem National University' beside 'Lorem National University Ho Chi Minh City'
    if re.fullmatch(r"[a-z]+(?:ese|ian|an|ish|ch|ic|i) " + re.escape(short), long_) \
            and re.match(r"(?:ministry|department|government|embassy) ", short):
        return True      # 'Vietnamese Ministry of Health' = 'Ministry of Health'

    plain = sorted((re.sub(r"^[Tt]he\s+", "", x.strip()) for x in (a, b)), key=lambda x: len(x.split()))
    if variant_names.qualified_form(*plain, lambda w: _head_kind(w) == "institution"):
        return True      # 'Loremian Ipsum University' = 'Ipsum University'
    if variant_names.national_inserted(*plain, lambda w: _head_kind(w) == "institution"):
        return True      # 'Lorem University' = 'Lorem National University'
    if short and long_.endswith(short) and short != long_:
        prefix = long_[:-len(short)].rstrip(" -")
        original = (a if name_key(a, drop_titles=True) == long_ else b)
        first = re.split(r"[\s\-]", original.strip())[0]
        return bool(prefix) and " " not in prefix and is_acronym(first) \
            and len(short.split()) >= 3
    return False


def _territory_and_its_government(territory: str, body: str) -> bool:
    """'Lorem County' (or 'Municipality of Lorem') and a body that governs the same place with no other name
    ('the government of Lorem County', 'County Government of Lorem')."""
    key = name_key(territory, drop_titles=True).split()
    if not key or not set(key) & TERRITORY_HEADS or len(set(key) - TERRITORY_HEADS - {"of"}) != len(key) - 1 - ("of" in key):
        return False
    place = body_spans.governed_place(" ".join(key))
    return bool(place) and body_spans.governed_place(name_key(body, drop_titles=True)) == place


def _acronym_and_head(short: str, full: str) -> bool:
    """'AME University' for 'African Methodist Episcopal University': the full name's acronym and its head."""
    words = short.split()
    if len(words) != 2 or not is_acronym(words[0]) or _head_kind(words[1]) != "institution":
        return False
    return full.split()[-1:] == words[1:] and acronym_fit(words[0], " ".join(full.split()[:-1])) == 0 \
        or words[1] in full.split() and acronym_fit(words[0], full) == 0   # 'ABUF University' for '... University Foundation'


def _last_head(name: str) -> str | None:
    """The last head noun of a name that is not a company's ('hospital' in 'Lorem General Hospital'), before
    its 'of' part ('academy' in 'Academy of Sciences of the Lorem Federation')."""
    words = name.split()
    if "of" in words and any(_head_kind(w) == "institution" for w in words[:words.index("of")]):
        words = words[:words.index("of")]
    kinds = [_without_possessive(re.split(r"[-–]", w.lower())[-1]) for w in words if _head_kind(w) == "institution"]
    return kinds[-1] if kinds else None


def _company_short_name(short: str, full: str) -> bool:
    """'Connexus' for 'Connexus Technology Co., Ltd.': one word, not a country, opening a company's name."""
    base = re.sub(COMPANY_TAIL, "", full)
    return " " not in short and short[:1].isupper() and base != full and short.lower() not in COUNTRIES \
        and base.split()[:1] == [short] and len(base.split()) >= 2


def _acronym_and_town(short: str, full: str) -> bool:
    """'ABCD Riverton' for 'Alpha Beta College of Dentistry': the full name's acronym and the town of the
    campus (the acronym spells every word of the full name, so '... (IIT) Delhi' is never 'IIT Bombay')."""
    words, full_words = short.split(), re.sub(r"\s*\([^()]*\)", "", full).replace(",", "").split()
    town = words[1].lower() if len(words) == 2 else ""
    if len(words) == 2 and full_words[-1:] == words[1:]:
        full_words = full_words[:-1]       # 'FMC Riverton' for 'Federal Medical Centre (FMC), Riverton'
    return len(words) == 2 and is_acronym(words[0]) and words[1][:1].isupper() and not _head_kind(words[1]) \
        and town not in ROLE_WORDS | TITLE_WORDS | NOT_NAME_WORDS | UNIT_HEADS | {"vice", "deputy", "dean", "provost"} \
        and len(full_words) >= 3 and acronym_fit(words[0], " ".join(full_words)) == 0


# Words of a state's formal name around the country's own ('the Republic of Korea', 'the Kingdom of Lorem').
_STATE_FORM_WORDS = {"republic", "kingdom", "federal", "federation", "democratic", "socialist", "people", "peoples",
                     "people s", "islamic", "state", "commonwealth"}


def _same_mission(a: str, b: str) -> bool:
    """'French Embassy' and 'Embassy of France' (or 'of the Republic of France'): the same kind of mission, and
    the country's adjective and name beginning alike (French/France, Japanese/Japan; within one article)."""
    def parts(x):
        words = [w for w in name_key(x, drop_titles=True).split() if w not in STOPWORDS]
        kind = [w for w in words if w in ("embassy", "consulate")]
        return kind, [w for w in words if w not in ("embassy", "consulate", "general") and w not in _STATE_FORM_WORDS]
    (ka, wa), (kb, wb) = parts(a), parts(b)
    return bool(ka) and ka == kb and len(wa) == len(wb) == 1 and wa != wb and wa[0][:2] == wb[0][:2]


def _committee_of(short: str, long_: str) -> bool:
    """A province's People's Committee and its short forms: 'Quang Ninh' (the province named as the
    party) or 'Provincial People's Committee' (the name without its province)."""
    if "committee" not in long_.split() or short == long_:
        return False
    if re.fullmatch(r"(?:provincial |municipal |city )?people ?s committee", short):
        return "committee" in long_.split()
    place = re.sub(r"\b(?:people ?s|committee|of|provincial|municipal|province|city)\b", " ", long_).split()
    if bool(place) and " ".join(place) == short:
        return True
    # 'HCMC' for 'Ho Chi Minh City People's Committee': the initials of the place and its 'City'
    town = re.sub(r"\b(?:people ?s|committee|of|provincial|municipal|province)\b", " ", long_).split()
    return " " not in short and len(short) >= 3 and short == "".join(w[0] for w in town)


def _merge_groups(groups):
    merged: list[Institution] = []
    for inst in groups:
        target = next((m for m in merged if any(_same(a, b) for a in inst.labels() for b in m.labels())), None)
        if target is None:
            merged.append(inst)
            continue
        _absorb(target, inst)
    return merged


def _absorb(target, inst) -> None:
    """target takes inst's forms, acronyms and flags (before mentions are searched)."""
    target.forms += [f for f in inst.forms if f not in target.forms]
    target.acronyms += [a for a in inst.acronyms if a not in target.acronyms]
    target.is_company |= inst.is_company
    target.headline_forms |= inst.headline_forms
    target.from_headline_only &= inst.from_headline_only


def _join_text_variants(text: str, groups):
    """Groups the text itself shows to be one body (kg.extract.same_body) joined."""
    for short, full in same_body.possessive_place_pairs(text, groups):
        if any(g is short for g in groups) and any(g is full for g in groups):
            _absorb(full, short)
            groups = [g for g in groups if g is not short]
    return groups


def written_in(inst: Institution, text: str) -> bool:
    """Some name of the institution is in the text. A ministry made from a minister's title alone ('Minister
    of Planning' -> 'Ministry of Planning') is not: it owns the role but is no listed body (guide D3)."""
    if not inst.implied or not inst.name.startswith("Ministry of "):
        return True           # (a country from 'the Loremese Ambassador' stays the role's listed owner, guide D3)
    folded = " ".join(fold(text).lower().split())
    return any(" ".join(fold(f).lower().split()) in folded for f in inst.labels())


def join_fuller_forms(kept: list, parties: set, people) -> list:
    """The institutions a draft keeps, where one's name is a shorter form of exactly one other's name
    (variant_names.fuller_form), its first words without a head noun (headless_leading_form: 'Mulago'), an
    acronym of all of it but its place (acronym_before_place: 'IIT') or its acronym and a head
    (variant_names.acronym_and_head) joined to it:
    'Lorem Medical College' beside 'Lorem Medical College and Hospital' is one body, 'LIF Institute' beside
    'Lorem Ipsum Foundation (LIF)' the body or its unit (guide D4: a unit's institution is its parent). Done on what the draft keeps, so that a name found but dropped (a role word or a
    sentence's first word in front) is never the one kept. A short form that fits two longer names stays
    apart (which body it is cannot be told). The party set and the people's roles follow the join."""
    is_head = lambda w: _head_kind(w) == "institution"
    subjects = ACADEMIC_SUBJECTS | MEMBER_SUBJECTS
    for short in list(kept):
        fuller = [g for g in kept if g is not short
                  and (variant_names.fuller_form(short.name, g.name, is_head, COUNTRIES, subjects)
                       or variant_names.acronym_and_head(short.name, g.acronyms, _head_kind)
                       or variant_names.headless_leading_form(short.name, g.name, _head_kind, known_place)
                       or not short.acronyms[1:] and variant_names.acronym_before_place(short.name, g.name,
                                                                                         known_place))]
        if len(fuller) != 1 or short.implied != fuller[0].implied:
            continue
        merge_into(short, fuller[0], parties, people)
        kept = [g for g in kept if g is not short]
    return kept


def merge_into(short: Institution, target: Institution, parties: set, people) -> None:
    """`short` becomes one of `target`'s names: its forms, acronyms and mentions, its party, the roles and
    affiliations that named it (the caller drops `short` from its list)."""
    target.forms += [f for f in short.forms if f not in target.forms]
    target.acronyms += [a for a in short.acronyms if a not in target.acronyms]
    target.unit_forms += [u for u in short.unit_forms if u not in target.unit_forms]
    target.headline_forms |= short.headline_forms
    # (the mentions of both, never searched again: an implied body's forms need not be written)
    target.mentions = sorted({(m.start, m.end): m for m in target.mentions + short.mentions}.values(),
                             key=lambda m: (m.start, m.end))
    if id(short) in parties:
        parties.add(id(target))
    for person in people:
        for role in person.roles:
            if role.institution is short:
                role.institution = target
        seen = set()      # (one post held at both names is one post)
        person.roles = [r for r in person.roles if (r.role, id(r.institution)) not in seen
                        and not seen.add((r.role, id(r.institution)))]
        if person.affiliation is short:
            person.affiliation = target


def _join_lone_acronyms(groups):
    """A group that is one acronym alone joins the one named group it stands for: 'TSEU' beside
    'Tashkent State University of Economics' (its initials in another order), 'VNU-USSH' beside the
    group whose acronym is 'USSH' (the parent's acronym in front)."""
    kept = list(groups)
    for lone in groups:
        branch = variant_names.country_suffixed(lone.labels()[0], COUNTRIES) if len(set(lone.labels())) == 1 else None
        if len(set(lone.labels())) != 1 or not (is_acronym(lone.labels()[0]) or branch):
            continue
        acr = lone.labels()[0]
        named = [g for g in kept if g is not lone and any(f not in g.acronyms and not is_acronym(f) for f in g.forms)]
        inner = branch or variant_names.parent_prefixed(acr)
        fits = [g for g in named if inner in g.acronyms] if inner else \
            [g for g in named if any(variant_names.scrambled_acronym(acr, f) for f in g.forms)]
        if len(fits) == 1:
            fits[0].acronyms.append(acr)
            kept.remove(lone)
    return kept


def _add_initial_acronyms(text: str, groups):
    """Acronyms written without a parenthesis ('HaUI' alone) joined to the one name they spell."""
    known = {a for g in groups for a in g.acronyms}
    inside = [(m.start, m.end) for m in find_mentions(text, [f for g in groups for f in g.forms if " " in f])]
    for token in sorted(set(re.findall(r"\b[\w-]+\b", text))):
        if token in known or token.upper() in NOT_ACRONYMS or not is_acronym(token):
            continue
        alone = [m for m in re.finditer(r"(?<![\w-])" + re.escape(token) + r"(?![\w-])", text)
                 if not any(s <= m.start() < e for s, e in inside)]
        if not alone:
            continue          # 'TU' only inside 'TU Delft': part of that name
        fits = [g for g in groups if any(acronym_fit(token, f) == 0 for f in g.forms)] \
            or [g for g in groups if any(variant_names.with_function_word_initials(token, f) for f in g.forms)]
        if not fits and len(token) >= 3:      # 'MTU' for 'Lorem Tay Construction University': one inner word
            fits = [g for g in groups if not g.acronyms    # skipped, no other fit, no acronym of its own ('IIT'
                    and any(acronym_fit(token, f) == 1 for f in g.forms)]     # is never '... (IIIT)')
        if len(fits) == 1:
            fits[0].acronyms.append(token)


def find_mentions(text: str, labels: list[str]) -> list[Mention]:
    """Every occurrence of any label (fold-insensitive, whole words), longest label first."""
    folded, index = folded_with_map(text)
    taken, mentions = [], []
    def word_char(i):     # (an en or em dash written against a name ends it: 'Lorem University–Riverton')
        return 0 <= i < len(folded) and (folded[i].isalnum() or folded[i] in "_-" and text[index[i]] not in "–—")
    # (a name written with capitals is not mentioned by the same words all in lower case: 'digital society' in a list
    # of fields, 'abcu' in an address)
    cased = {fold(l) for l in labels if any(c.isupper() for c in l)}
    for label in sorted({fold(l) for l in labels if l.strip()}, key=len, reverse=True):
        at = folded.find(label)
        while at >= 0:            # whole words only (a plain search: dynamic regexes would flood re's cache)
            start, end = at, at + len(label)
            at = folded.find(label, at + 1)
            if word_char(start - 1) or word_char(end) or any(start < e and s < end for s, e in taken):
                continue
            s, e = original_span(index, start, end)
            if label in cased and not any(c.isupper() for c in text[s:e]):
                continue
            taken.append((start, end))
            mentions.append(Mention(s, e, text[s:e]))
    return sorted(mentions, key=lambda m: m.start)


def refers_to(phrase: str, groups: list[Institution]) -> Institution | None:
    """The institution a phrase like 'HaUI', 'the Hanoi University of Industry' names, if any."""
    key = name_key(phrase, drop_titles=True)
    if not key or fold(phrase) in ANAPHORS:
        return None
    for inst in groups:
        if any(name_key(label, drop_titles=True) == key for label in inst.labels() + inst.unit_forms):
            return inst
    for inst in groups:
        if any(_same(phrase, label) for label in inst.labels()):
            return inst
    folded = fold(phrase).removeprefix("the ")
    for inst in groups:         # 'Department of Labour' read up to the comma of 'Labour, Invalids and ...'
        if any(fold(label).startswith(folded + ",") for label in inst.labels()):
            return inst
    # 'Ministry of Education and Sports' for '... of the Lao PDR': the name without its country, when only one fits
    country = {id(inst): inst for inst in groups for label in inst.labels() if len(folded.split()) >= 3
               and re.fullmatch(re.escape(folded) + r" of (?:the )?\w+(?: \w+)?", fold(label))}
    if len(country) == 1:
        return next(iter(country.values()))
    for inst in groups:         # 'Mayor of Malang': the place a city or province government governs
        if key and _place_of_government(inst.name) == key:
            return inst
    # "Mahidol's President": the name without its head noun ('Mahidol University'), or a name without a
    # head noun that begins one ('Director of Mulago' for 'Mulago National Referral Hospital'), when only one fits
    bare = [inst for inst in groups for label in inst.labels() if fold(label).startswith(folded + " ")
            and len(label[len(phrase) + 1:].split()) == 1 and _head_kind(label.split()[-1]) == "institution"
            or variant_names.headless_leading_form(phrase, label, _head_kind, known_place)]
    return bare[0] if len(set(map(id, bare))) == 1 else None
