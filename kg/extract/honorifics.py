"""Titles and post-nominal letters that real pages write around names, beyond the usual
'Prof. Dr.': South and South-East Asian honorifics ('Shri', 'Datuk', 'Dato’', 'Ts.', 'Ir.'),
abbreviated ranks ('Asst. Prof.', 'Asso.Prof.'), plural titles shared by a list ('Associate
Professors A and B'), and letters after the name ('Ph.D.', 'CBE', 'MA') that stand between the
name and its role."""

import re

# Titles written before a name, in addition to people.EXTRA_TITLES and roles.ttl.
MORE_TITLES = ["Asst Prof", "Asso. Prof.", "Asso.Prof.", "Associate Professors",
               "Assoc. Profs.", "Professors", "Profs.", "Drs.", "Shri", "Smt.", "Ts.", "Sr.", "Ir.",
               "Dato’", "Datin", "Engr.", "Dr.-Ing.", "Mx.", "prof."]     # 'RGU VC prof. A B'
# (session 17) clergy; the Indonesian 'Ir' (engineer) without its stop ('Prof Dr Ir A B MEng'); a doctorate in
# brackets after a rank, as South Asian pages write it ('Prof. (Dr.) A B'); a stray stop ('Professor. A B')
MORE_TITLES += ["Archbishop", "Bishop", "Ir", "(Dr.)", "(Dr)", "Professor."]
# Honorifics of other countries and callings (round 3, from general knowledge, not from pages):
# British and Commonwealth, Nigerian and other West African, Malaysian, Thai, clergy, military,
# parliamentary, French and German forms, and degree letters written before a name.
MORE_TITLES += ["Sir", "Dame", "Alhaji", "Alhaja", "Hajiya", "Hajjah", "Hajah", "Haji", "Hj.", "Hj", "Hjh.", "Mallam",
                "Rev.", "Revd", "Very Rev.", "Fr.", "Msgr.", "Mme", "Mme.", "Mlle", "Mdm.", "Mdm",
                "Hon.", "Hon'ble", "Honourable", "Sen.", "Senator", "Congresswoman", "Congressman",
                "Barr.", "Arc.", "Pharm.", "Lt. General", "Lt. Gen.", "Lieutenant General", "Maj. Gen.",
                "Major General", "Brig. Gen.", "Brigadier General", "Lt. Col.", "Col.", "Colonel", "Capt.",
                "Gov.-Gen.", "Dato' Sri", "Dato’ Sri", "Dato Sri", "Dato' Seri", "Dato’ Seri", "Datuk Seri",
                "Datuk Sri", "Datuk Amar", "Datuk Patinggi", "Datuk Seri Panglima", "Puan Sri", "Toh Puan", "Puan", "Datin Seri", "Datin Paduka", "Encik",
                "Khun", "Atty.", "Arch.", "Gov.", "Sec.", "Usec.", "Asec.", "Dir.", "Bro.", "Sis.", "Cllr", "Cllr.",
                "Rep.", "Amb.",      # Philippine, British and diplomatic abbreviations ('Atty. A B', 'Bro. A B')
                # naval and air ranks ('Rear Admiral A B, vice-chancellor of X')
                "Rear Admiral", "Rear Adm.", "Vice Admiral", "Vice Adm.", "Admiral", "Adm.", "Commodore", "Cdre.",
                "Air Chief Marshal", "Air Marshal", "Air Vice Marshal", "Air Vice-Marshal", "Air Commodore",
                "Brigadier", "Brig.", "Lieutenant Colonel", "Group Captain", "Wing Commander",
                # army ranks as Philippine and South Asian pages abbreviate them, and a retired officer's mark
                # ('BGEN A B, Dean of Academics', 'COL A B', 'Maj Gen A B', 'Brig (retd) A B')
                "BGEN", "MGEN", "LTGEN", "COL", "LTC", "Maj Gen", "Lt Gen", "Brig Gen", "Brig", "Gen.", "Maj.",
                "(retd)", "(retd.)", "(Retd)", "(Retd.)",
                # degrees and callings spelt out before a name ('Associate Professor Doctor A B', 'Master A B',
                # 'Sister A B' for a nun)
                "Doctor", "Master", "Sister",
                "M.S.", "PhD Candidate", "Ph.D. Candidate", "Mag.", "Univ.-Prof.", "Herr", "Frau",
                # Spanish-language degrees kept in English press ('Mg. A B', 'Dra. A B', 'Lic. A B', 'Mtro. A B')
                "Mg.", "Dra.", "Lic.", "Mtro.", "Mtra.",
                # French 'Pr.' (professeur), Czech and Slovak degrees before a name ('doc. Ing. A B', 'RNDr. A B'),
                # and emeritus ranks ('Professor Emeritus A B')
                "Pr.", "doc.", "Mgr.", "RNDr.", "PhDr.", "JUDr.", "MUDr.", "PaedDr.", "Bc.",
                "Professor Emeritus", "Emeritus Professor", "Prof. Emeritus", "Emeritus Prof.",
                "Professor Emerita", "Emerita Professor", "Prof. Emerita", "Emerita Prof.",     # (a woman)
                # the same abbreviations written without their full stop ('Engr A B', 'Atty A B')
                "Engr", "Barr", "Arc", "Pharm", "Atty", "Arch", "Hon",
                # (session 19) an unmarried woman's title, a captain's rank spelt out, and the retired officer's mark in
                # its short form ('Miss A B', 'Captain A B', 'Major General (r) A B'; a capital '(R)' marks the right
                # of a photo)
                "Miss", "Captain", "(r)"]
# Capitalised words that name a post or a rank, never part of a person's name (kg.extract.people.NOT_NAME):
# 'Deputy Supreme Commander of X' is no name 'Supreme Commander'.
NOT_NAME_WORDS = {"commander", "supreme", "governor", "mayor", "chairperson", "chairwoman", "registrar", "provost",
                  "treasurer", "bursar", "adviser", "advisor", "commissioner", "consul", "envoy", "candidate",
                  "interpreter", "member", "members", "delegates", "guests", "administrator",
                  "admiral", "marshal", "commodore", "brigadier", "superintendent", "commandant",
                  "honoris", "causa",
                  # a post's words read as a name after a comma ('Dr. A, Chief Executive of X signed', 'Acting
                  # Human Resource Manager') and a topic in a headline list ('Governance, Administrative Reform')
                  "chief", "executive", "resource", "resources", "reform", "regent", "justice",
                  # the territory a post governs ('Governor of Lorem Oblast Anna Berg')
                  "province", "provincial", "oblast", "county", "prefecture", "governorate", "district",
                  "municipality", "municipal", "region", "regional", "okrug", "krai",
                  # a royal rank before the name, no part of it ('Prince A bin B, Governor of X'; 'C, Crown Prince')
                  "prince", "princess",
                  # words of an institution's name left without its head ('Lorem Medical and Ipsum Central signed')
                  "medical", "national", "central", "technical", "technological", "federal", "metropolitan",
                  "polytechnic", "pedagogical", "agricultural", "industrial", "economic", "normal"}
# A plural title: the names after it joined by 'and' or commas each carry it.
PLURAL_TITLES = re.compile(r"(?:Associate\s+Professors|Assoc\.\s+Profs\.|Professors|Profs\.|Drs\.)\s+$")
# Letters written after a name: degrees, orders, and their Indonesian forms ('M.Si', 'S.T.').
POSTNOMINAL = re.compile(r"(?:,?\s+|,\s*)(?:Ph\.\s?D\.?|PhD|D\.Phil\.?|CBE|OBE|MBE|FRS|FREng|MA|M\.A\.|"
                         r"M\.Si\.?|M\.Sc\.?|MSc|MBA|M\.Eng\.?|MEng|S\.T\.|M\.T\.|M\.Pd\.?|MSi|MPd|M\.M\.|M\.H\.|Jr\.?|"
                         # more Indonesian degrees, the letters after the stop perhaps spaced ('A, M. Kes, Rector')
                         r"[SM]\.\s?(?:Kes|Hum|Kom|Ag|Sos|Psi|Ked|Farm|Kep|Hut|Sn|Ds|Biomed|Ak)\.?|S\.E\.|S\.H\.|S\.Pd\.?|"
                         # titles written after the name in a list: 'A B, Assoc. Prof. Dr, Vice Rector'
                         r"(?:(?:Assoc\.|Associate)\s*)?(?:Prof\.|Professor)(?:\s*Dr\.?)?(?=,)|Dr\.?(?=,))(?![\w])")


def after_postnominals(text: str, end: int) -> int:
    """End of the letters written after a name ending at end ('..., Ph.D.', ' CBE'); end when none."""
    while True:
        m = POSTNOMINAL.match(text, end)
        if not m:
            return end
        end = m.end()


def degree_letters(text: str, span) -> bool:
    """'Prof. A, M. Kes, President of X': a name read at span ('M. Kes') is a degree written after the name
    before it, right after that name's comma."""
    comma = text.rfind(",", 0, span[0])
    degree = POSTNOMINAL.match(text, comma) if comma >= 0 and not text[comma + 1:span[0]].strip() else None
    return bool(degree) and degree.end() >= span[1]


def shared_title_names(text: str, found: list, read_name) -> list:
    """'Associate Professors Anna Berg and Ole Lund': the names after the first one, joined by
    commas or 'and', as mentions (title start, name start, name end, titles) with the same titles."""
    extra = []
    for title_start, start, end, titles in found:
        if not PLURAL_TITLES.search(text[title_start:start]):
            continue
        while True:
            joint = re.match(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=[A-Z])", text[end:])
            span = read_name(text, end + joint.end(), max_words=4) if joint else None
            if not span or len(text[span[0]:span[1]].split()) < 2:
                break
            extra.append((span[0], span[0], span[1], list(titles)))
            end = span[1]
    return extra


def drop_title_overlaps(found: list) -> list:
    """An untitled mention that overlaps the titles of a titled one ('Shri M Rao' read again from a
    role word, 'Professors A B' after 'Associate'): the titled reading wins."""
    titled = [(t, e) for t, s, e, titles in found if titles]
    return [f for f in found if f[3] or not any(t < f[2] and f[1] < e and (f[1], f[2]) != (s, e)
                                                 for t, e in titled for s in [None])]


def without_qualifier(role: str) -> str:
    """A role's bracketed qualifier dropped ('Deputy Vice-Chancellor (Academic & International) of X'
    -> 'Deputy Vice-Chancellor of X'); acronyms in brackets ('(VC)') are left to the caller."""
    return re.sub(r"\s*\((?![A-Z]{2,8}\))[A-Z][\w&' ]{1,40}\)", "", role)


# A plural role right before names: 'Vice Rectors A and B', 'Deans A, B and C'.
PLURAL_ROLE = re.compile(r"\b(?:(?:Vice|Deputy|Associate|Assistant)[ -])?(?:Rectors|Presidents|Deans|Directors|"
                         r"Chancellors|Chairmen|Principals|Heads|Ministers|Managers)\s+(?=[A-ZÀ-Ỵ])")


def plural_role_names(text: str, found: list, read_name) -> list:
    """The names after a plural role ('Vice Rectors Lê Văn An and Trần Thị Bình'), joined by commas or
    'and', as untitled mentions (the role is read before the first and shared by the list)."""
    taken = [(s, e) for _, s, e, _ in found]
    extra = []
    for m in PLURAL_ROLE.finditer(text):
        span = read_name(text, m.end(), max_words=4)
        while span and len(text[span[0]:span[1]].split()) >= 2:
            if not any(s < span[1] and span[0] < e for s, e in taken):
                extra.append((span[0], span[0], span[1], []))
                taken.append(span)
            joint = re.match(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=[A-ZÀ-Ỵ])", text[span[1]:])
            span = read_name(text, span[1] + joint.end(), max_words=4) if joint else None
    return extra


def postnominal_next(text: str, pos: int) -> bool:
    """Letters a name cannot go on with start at pos, right after a name word ('Anwar Basri MSi, the
    Rector'): an Indonesian degree glued to the name by a space only."""
    return bool(re.match(r" (?:MSi|MPd|MEng)(?![\w])", text[pos:pos + 6]))
