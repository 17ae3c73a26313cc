"""Institution shapes of English press releases world-wide (issue 12, round 3): written from how
such announcements are phrased, not from any page. Every sentence is invented; the expectation is
the name a reader would annotate."""

import pytest

from kg.extract import extract


def _institutions(text):
    return extract(text, gazetteer=None)["institutions"]


def _names(text):
    return [i["name"] for i in _institutions(text)]


@pytest.mark.parametrize("text, name", [
    # legal forms of Indian, Malaysian, Singaporean and European companies read whole
    ("Alpha Institute of Technology signed an MoU with Zentrix Software Pvt. Ltd. to train students.",
     "Zentrix Software Pvt. Ltd."),
    ("Universiti Teknologi Lorem and Petrax Sdn. Bhd. signed an MoU on Tuesday.", "Petrax Sdn. Bhd."),
    ("Universiti Lorem Malaysia signed an agreement with Petrax Chemicals Group Berhad.",
     "Petrax Chemicals Group Berhad"),
    ("Alpha University signed an agreement with Lorem Energia S.A. on Monday.", "Lorem Energia S.A."),
    # sector words joined by 'and' inside a company's name
    ("The Oil and Natural Gas Corporation signed an MoU with Alpha University.", "Oil and Natural Gas Corporation"),
    ("Alpha University and Lorem Trading and Service Co., Ltd signed an agreement.",
     "Lorem Trading and Service Co., Ltd"),
    # a public authority is a body of its own
    ("The Lorem Port Authority signed a cooperation agreement with Alpha Maritime University.", "Lorem Port Authority"),
    # a possessive head: the university, not its faculty
    ("Alpha University's Faculty of Medicine signed an MoU with Beta Hospital.", "Alpha University"),
    # a hospital or college named after its university
    ("Alpha University Teaching Hospital signed an agreement with Beta College.", "Alpha University Teaching Hospital"),
    ("Alpha Medical College and Hospital signed an MoU with Beta University.", "Alpha Medical College and Hospital"),
    # a name of generic words says which one by its town after the comma
    ("The Federal Polytechnic, Lorem has signed an MoU with Alpha University.", "Federal Polytechnic, Lorem"),
    ("The Government College of Engineering, Lorem signed an MoU with Beta Institute.",
     "Government College of Engineering, Lorem"),
    # 'St.' opens a name; Indian head nouns
    ("St. Lorem's College signed an MoU with Alpha University.", "St. Lorem's College"),
    ("Alpha Vishwavidyalaya signed an MoU with the Lorem Institute of Management.", "Alpha Vishwavidyalaya"),
    # a member university named by its subjects, with its parent's acronym
    ("On behalf of the University of Social Sciences and Humanities, ABCU, there were Prof. A B and Dr. C D. "
     "The university signed an MoU with Alpha University.", "University of Social Sciences and Humanities, ABCU"),
    # a school of its own (a proper word before 'School of', no university before it)
    ("Lorem School of Management signed an MoU with Alpha University.", "Lorem School of Management"),
    # a company followed by what it is, as the subject of the signing
    ("Zentrix, a leading software company, signed an MoU with Alpha University.", "Zentrix"),
    # a city's or province's department named by its place after 'of'
    ("The Department of Education and Training of Lorem City signed an agreement with Alpha University.",
     "Department of Education and Training of Lorem City"),
    # other languages' 'of' inside a name; a university named after a doctor; '&' inside a company's name
    ("Politecnico di Lorem and Alpha University signed an MoU.", "Politecnico di Lorem"),
    ("The Università degli Studi di Lorem signed an MoU with Alpha University.", "Università degli Studi di Lorem"),
    ("Dr. Babasaheb Lorem Ipsum University signed an MoU with Alpha Institute.", "Dr. Babasaheb Lorem Ipsum University"),
    ("Alpha University signed an MoU with Lorem & Ipsum Limited.", "Lorem & Ipsum Limited"),
    # 'provincial' in lower case inside a People's Committee's name
    ("The Lorem provincial People’s Committee and Alpha University on March 17 signed an agreement.",
     "Lorem provincial People’s Committee"),
    # a state university's campus town
    ("The State University of Lorem at Riverton signed an MoU with Alpha College.",
     "State University of Lorem at Riverton"),
    # a side without a head noun after a sentence's capital 'The'
    ("The British Council and Alpha University signed a memorandum of understanding.", "British Council"),
])
def test_whole_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, names", [
    # ways other than 'sign' of saying two bodies made an agreement
    ("Alpha University has partnered with Beta University to launch a joint degree.",
     ["Alpha University", "Beta University"]),
    ("Alpha University ties up with Beta University for research.", ["Alpha University", "Beta University"]),
    ("Alpha University teams up with Beta Institute of Technology.",
     ["Alpha University", "Beta Institute of Technology"]),
    ("Alpha University and Lorem Bank inked a deal on Monday.", ["Alpha University", "Lorem Bank"]),
])
def test_parties_of_other_agreement_verbs(text, names):
    found = {i["name"]: i["party"] for i in _institutions(text)}
    assert all(found.get(n) is True for n in names), found


@pytest.mark.parametrize("text, name", [
    # a university's own name is not extended over a weekday, a role or a country after its comma
    ("Alpha University signed an MoU with the Federal Polytechnic, Monday.", "Federal Polytechnic, Monday"),
    ("The National University, Malaysia signed an MoU with Alpha College.", "National University, Malaysia"),
])
def test_town_is_not_any_word(text, name):
    assert name not in _names(text)


@pytest.mark.parametrize("text, name", [
    # a body named for its remit: 'Commission on ...', 'Committee on ...' (not 'on Monday')
    ("ABCU, the Commission on Higher Learning (CHL) and two colleges signed an MoU today.",
     "Commission on Higher Learning"),
    ("The Lorem Ministry signed an MoU with the Presidential Committee on Balanced Regional Growth of the "
     "Republic of Ipsum on July 17.", "Presidential Committee on Balanced Regional Growth"),
    # a binational name with a dash, and a Vietnamese place 'An' ending a name
    ("On March 13, the Viet Nam – Germany College of Nghe An signed an MoU with Alpha University.",
     "Viet Nam – Germany College of Nghe An"),
    # a national university with its city and no comma
    ("The Faculty of Medicine - Lorem National University Ho Chi Minh City and Alpha Hospital signed an agreement.",
     "Lorem National University Ho Chi Minh City"),
    # unions and alliances, an acronym spelling a name with 'in'
    ("The Riverton Union of Friendship Organizations and Alpha University signed an MoU.",
     "Riverton Union of Friendship Organizations"),
    ("The University Academic Alliance in Lorem (UAAL) and the Ipsum Open University Alliance (IOUA) have "
     "formally agreed to a five-year initiative.", "University Academic Alliance in Lorem"),
    # a founder's initial inside a name; '&' inside a company's initials; 'Limited' after an acronym
    ("The Manuel S. Lorem University Foundation (MSLUF) and Alpha College held a signing of an MoU.",
     "Manuel S. Lorem University Foundation"),
    ("The Lorem Business Association (LBA) and N&G Group signed a cooperation agreement.", "N&G Group"),
    ("Alpha Institute of Technology and the conglomerate ZTC Limited have signed an MoU.", "ZTC Limited"),
    # an acronym with its campus town opening a signing sentence
    ("BITS Riverton signed an MoU with the Alpha Institute of Technology (AIT) on Monday.", "BITS Riverton"),
    # a town's possessive before a name is not part of it
    ("Riverton's Lorem College signed a deal with the Ipsum Technological Institute.", "Lorem College"),
])
def test_whole_name_real_shapes(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, found", [
    # a signer's institution in 'signed by A, role of X' is a side
    ("Alpha University held a ceremony on Monday. Students came. The MoU was signed by Lt. General A B, "
     "Under-Secretary of the Ministry of Interior, and Prof. C D, President of Beta College.",
     {"Ministry of Interior": True, "Beta College": True}),
    # sides listed after 'including'
    ("Alpha University held its annual forum on Monday. Students came. "
     "Alpha University has signed the agreement with three universities including: Lorem Open University, "
     "Marketing University of Ipsum and Dolor University of Agriculture.",
     {"Lorem Open University": True, "Marketing University of Ipsum": True, "Dolor University of Agriculture": True}),
])
def test_parties_real_shapes(text, found):
    got = {i["name"]: i["party"] for i in _institutions(text)}
    assert all(got.get(n) is p for n, p in found.items()), got


def test_national_adjective_before_a_ministry():
    """'The Loremese Ministry of Health' and the minister's 'Ministry of Health' are one ministry."""
    text = ("The Loremese Ministry of Health signed an MoU with Alpha University on Monday. "
            "Mr. A B, Deputy Minister of Health, spoke at the ceremony.")
    names = _names(text)
    assert "Loremese Ministry of Health" in names and "Ministry of Health" not in names, names


@pytest.mark.parametrize("text, not_found", [
    # a college or academy at or from a university is its unit
    ("The College of Humanities at the Alpha Emirates University (AEU) and the Social Science Academy from "
     "Beta University have signed an MoU.", ["College of Humanities", "Social Science Academy"]),
    # a dateline city in capitals is no acronym side
    ("RIVERTON, August 16, 2018 – Alpha University of Pharmacy and Beta University signed an MoU.", ["RIVERTON"]),
    ("RIVERTON, (Lorem News) The University of Ipsum and Dolor University signed an MoU.", ["RIVERTON"]),
    # two names joined by 'and' where the second is a whole name with its head inside its word
    ("University of Lorem and VinIpsum University sign research partnership\nThe two signed on Monday.",
     ["University of Lorem and VinIpsum University"]),
    # a role after 'and' is not part of a name
    ("The document was signed by President of Lorem National Academy of Sciences and President of the Academy "
     "of Sciences of Ipsum in Baku.", ["Lorem National Academy of Sciences and President of the Academy of Sciences of Ipsum"]),
    # heads only before a possessive refer back
    ("Alpha University signed an MoU with Beta College. The University College’s vision is to teach.",
     ["University College"]),
])
def test_not_an_institution(text, not_found):
    names = _names(text)
    assert not any(n in names for n in not_found), names


@pytest.mark.parametrize("text, name, alias", [
    # a bracket holding the acronym and a second name of the same university
    ("On 18 May, representatives of the University of Science and Technology of Lorem (USTL, Ipsum Dolor University) "
     "signed the MoU with Alpha University.", "University of Science and Technology of Lorem", "Ipsum Dolor University"),
    # the acronym with the head noun is the same university
    ("The Alpha Technology University College (ATUC) has signed an MoU with the Lorem Methodist Episcopal University "
     "(LME). The LME University will host students.", "Lorem Methodist Episcopal University", "LME University"),
    # the acronym with a head noun of the full name
    ("The Manuel S. Lorem University Foundation (MSLUF) and Alpha College signed an MoU. MSLUF University President "
     "A B led the panel.", "Manuel S. Lorem University Foundation", "MSLUF University"),
    # a national adjective for the country after 'of the'
    ("The Russian Academy of Sciences (RAS) signed an agreement with Alpha University. The document was signed by "
     "the President of the Academy of Sciences of the Russian Federation, A B.",
     "Academy of Sciences of the Russian Federation", "Russian Academy of Sciences"),
    # a company's first word alone (a headline) is the company
    ("Alpha University held a signing ceremony with Zentrix Technology Co., Ltd. on Monday. The cooperation between "
     "Alpha University and Zentrix will cover training.", "Zentrix Technology Co., Ltd.", "Zentrix"),
    # a province named in the headline is its People's Committee
    ("Lorem signs cooperation agreement with Alpha University\n\nThe People’s Committee of Lorem on March 21 held a "
     "working session with Alpha University, during which a deal was signed.", "People’s Committee of Lorem", "Lorem"),
    # a union's short form
    ("The Riverton Union of Friendship Organizations and Alpha University signed an MoU. The Riverton Union will "
     "host the first exchange.", "Riverton Union of Friendship Organizations", "Riverton Union"),
])
def test_other_names_of_one_institution(text, name, alias):
    found = {i["name"]: i["aliases"] for i in _institutions(text)}
    assert alias in found.get(name, []) and alias not in found, found


@pytest.mark.parametrize("text, found, absent", [
    # a company named after a lower-case word saying what it is
    ("Today the Ministry of Education and Training and US technology group Zentrix on Thursday signed an MoU.",
     {"Zentrix": True}, []),
    # a government's department; co-organisers are no sides
    ("The University of Lorem hosted, in coordination with the Ipsum Government Department of Foreign Affairs "
     "and Trade, a forum. The University of Lorem signed an MoU with Alpha University there.",
     {"Ipsum Government Department of Foreign Affairs and Trade": False, "Alpha University": True}, []),
    # the members of a consortium the agreement sets up, listed after 'including'
    ("ABCU and the Lorem Commission signed an MoU today. It paves the way for a consortium involving ABCU, the "
     "Commission and several universities, including Palawa State University and Western Lorem University.",
     {"Palawa State University": True, "Western Lorem University": True}, []),
    # bodies whose delegates appeared at the ceremony are kept as non-parties
    ("Alpha University signed an MoU with Beta University on Monday. The MoU covers research. Besides Beta "
     "representatives, some other delegates from Alpha University as well as Gamma University, Thailand also "
     "appeared at the partnership ceremony.", {"Gamma University": False}, []),
    # subjects of the signing verb, with a day between
    ("HANOI, Vietnam - South Korea’s Lorem Hospital and Vietnam’s Dolor Province on Friday signed an MoU to boost health "
     "care. The agreement, signed by A B, chairman of Lorem Medical Foundation, aims to train staff.",
     {"Lorem Hospital": True, "Dolor Province": True}, ["HANOI"]),
    # 'had signed' opening the story is this agreement, with a parent acronym after 'of'
    ("Alpha University – ABC-HCM Signed the Cooperation Agreement With Two Universities\n\n"
     "On February 5th, 2009, the Alpha University of ABC-HCM had signed the cooperation agreement with two "
     "universities including: Lorem Open University and Ipsum University of Agriculture.\n\n"
     "The Alpha University and the two universities will share curricula.",
     {"Alpha University of ABC-HCM": True, "Lorem Open University": True, "Ipsum University of Agriculture": True}, ["Alpha University"]),
])
def test_sides_and_non_sides(text, found, absent):
    got = {i["name"]: i["party"] for i in _institutions(text)}
    assert all(got.get(n) is p for n, p in found.items()), got
    assert not any(n in got for n in absent), got


@pytest.mark.parametrize("text, name", [
    # an earlier agreement and a membership are background, not this agreement's sides
    ("Alpha University signed an MoU with Beta University. The MoU comes hot on the heels of another working "
     "agreement Alpha University signed with the University of Lorem.", "University of Lorem"),
    ("Alpha University signed an MoU with Beta University. Alpha University, which has a vision of collaborating "
     "with other universities, also has affiliations with the Lorem Pan University.", "Lorem Pan University"),
    # who gave the picture is no side
    ("Alpha and Beta Universities sign agreement || image credits: Ministry of Education\nAlpha University and "
     "Beta University signed an MoU.", "Ministry of Education"),
    # a university's business school is its unit
    ("Alpha University signed an MoU with the University of Lorem. Its partners include the University of Lorem "
     "Business School, which signed a cooperation agreement too.", "University of Lorem Business School"),
    # a university's department stays its unit
    ("Dr. A, Head of the Department of International Cooperation of Alpha University, signed the MoU with Beta "
     "College.", "Department of International Cooperation of Alpha University"),
    # a university's school stays its unit
    ("Alpha University School of Medicine signed an MoU with Beta Hospital.", "Alpha University School of Medicine"),
    ("Alpha University's School of Law signed an MoU with Beta College.", "School of Law"),
    ("Alpha University signed an MoU with Beta College; the Graduate School of Lorem Studies also signed.",
     "Graduate School of Lorem Studies"),
    # a parent named between a member's acronym and a comma describes the member
    ("On January 6, Lorem – Ipsum University of Technology (LIUT), The University of Dolor, officially held a "
     "signing ceremony with Zentrix Co., Ltd.", "University of Dolor"),
    # a college with its dean after it, or its party secretary before it, is a unit
    ("Alpha University signed an MoU with Beta University. College of Arts and Sciences Dean Dr. A B attended.",
     "College of Arts and Sciences"),
    ("Alpha University signed an MoU with Beta University, whose delegation included Prof. A - Party Secretary of "
     "College of Chemistry.", "College of Chemistry"),
    # a surname in capitals after a title is a person, not an acronym with a town
    ("The MoU with Alpha University was presented. Prof. ZHANG Weidong signed on behalf of Beta University.",
     "ZHANG Weidong"),
    # 'Earlier, X had signed' is an earlier agreement even near the top
    ("Alpha University and Beta University have signed an MoU.\nEarlier, Alpha University had signed an MoU with "
     "the Lorem Institute of Management for knowledge transfer.", "Lorem Institute of Management"),
    # a college written once as a unit is a unit everywhere in the text
    ("The College of Arts at the Alpha Emirates University and Beta University signed an MoU. The MoU was signed "
     "by the Dean of the College of Arts.", "College of Arts"),
])
def test_not_a_party_or_not_an_institution(text, name):
    assert name not in _names(text)


def test_province_department_is_a_unit_of_the_province_side():
    """'Director of Lorem Department of Health' works for the side 'Lorem Province'."""
    text = ("HANOI, Vietnam - South Korea’s Alpha Hospital and Vietnam’s Lorem Province on Friday signed an MoU. "
            "The agreement, signed by A B, director of Lorem Department of Health, aims to train staff.")
    names = _names(text)
    assert "Lorem Province" in names and "Lorem Department of Health" not in names, names


def test_role_holder_after_a_role_led_name():
    """'President of X Academy of Sciences A B': the person after the name is not part of it."""
    text = ("The document was signed by President of Lorem National Academy of Sciences Akif Bdeh and President of "
            "the Academy of Sciences of the Russian Federation Alex Sergo in Baku.")
    assert set(_names(text)) == {"Lorem National Academy of Sciences", "Academy of Sciences of the Russian Federation"}


def test_page_cut_after_its_lead_keeps_the_pair_named_together():
    """No sentence names a side ('the two sides signed'): the first two institutions joined by 'and' are the sides."""
    text = ("During the meeting, the two sides discussed and signed a cooperation agreement.\n\n"
            "In terms of training, Alpha University and Military Hospital 175 will closely work with each other. "
            "Military Hospital 175 will receive trainees from Alpha University.")
    assert {i["name"]: i["party"] for i in _institutions(text)} == {"Alpha University": True,
                                                                   "Military Hospital 175": True}


def _with_gazetteer(text):
    from kg.extract.gazetteer import Gazetteer
    from kg.names import name_key
    known = Gazetteer(names={name_key(n, drop_titles=True): n for n in ("Office of Education", "Lorem Group",
                                                                       "ABCD Riverton")},
                      acronyms={a: f"{a} Organisation" for a in ("LINK", "NEWS", "ABCD")})
    return [i["name"] for i in extract(text, gazetteer=known)["institutions"]]


@pytest.mark.parametrize("text, name, found", [
    # a known acronym used as a side is taken
    ("ABCD and Alpha University signed an MoU on Monday.", "ABCD", True),
    # an acronym the text spells out as something else, a news agency in a dateline's parenthesis, a plural
    ("Alpha University and Beta University signed an MoU under the LINK (Learning and Innovation Network) "
     "programme.", "LINK", False),
    ("RIVERTON, (Lorem Riverton Times / Ipsum Daily Evening Post / NEWS - 08th Feb, 2021) Alpha University has signed an MoU with Beta "
     "University.", "NEWS", False),
    # a known name of the acronym and campus town is the institution the text spells out
    ("Alpha Beta College of Dentistry (ABCD), Riverton and Lorem University signed an MoU. The MoU between ABCD "
     "Riverton and Lorem University covers exchanges.", "ABCD Riverton", False),
    # a unit's name is never looked up alone
    ("Alpha University signed an MoU with Beta University, and the Office of Education signed too.",
     "Office of Education", False),
])
def test_gazetteer_takes_only_what_the_text_does_not_explain(text, name, found):
    assert (name in _with_gazetteer(text)) is found


def test_acronym_before_a_role_is_no_campus_town():
    """'ABCU Vice President Dr. A B': 'Vice' is the role's first word, not the town of an 'ABCU Town' name."""
    text = ("The Alpha Beta City University (ABCU) signed an MoU with Lorem College. ABCU Vice President Assoc. Prof. "
            "Dr. Tran Van Hai represented the university.")
    people = {p["name"]: p["roles"] for p in extract(text, gazetteer=None)["people"]}
    assert people["Tran Van Hai"] == [{"role": "Vice President", "institution": "Alpha Beta City University"}], people
