"""Place, date and area shapes of English cooperation announcements written from knowledge of how
such press releases are phrased world-wide (issue 12, round 3), not from any page. Every sentence
here is invented."""

import pytest

from kg.extract import extract


def _agreement(text):
    return extract(text, gazetteer=None, area_model=None)["agreement"]


@pytest.mark.parametrize("text, place", [
    # the city named after its description
    ("Alpha University and Beta University signed an MoU in the capital, Riverton, on 5 March 2024.",
     "Riverton"),
    ("Alpha University and Beta University signed an MoU in the capital city, Hanoi, on 5 March 2024.",
     "Hanoi"),
    ("Alpha University and Beta University signed an MoU in Vietnam's capital Hanoi on 5 March 2024.",
     "Hanoi"),
    # a venue after the signers of a passive sentence (not where the last signer is based)
    ("The MoU was signed by Alpha University and Beta University at the Sheraton Hotel, Hanoi.",
     "Sheraton Hotel, Hanoi"),
    # a sentence opening with the place
    ("In Riverton, Alpha University and Beta University signed an MoU on 5 March 2024.", "Riverton"),
    ("At the Grand Hotel in Riverton, Alpha University and Beta University signed an MoU.",
     "Grand Hotel in Riverton"),
    # the host of the ceremony is its venue when no 'at'/'in' place is given
    ("Alpha University hosted the signing ceremony of an MoU with Beta Corporation on 5 March 2024.",
     "Alpha University"),
    # 'at their X campus': the campus by its name
    ("Alpha University and Beta University signed an MoU on 5 March 2024. The signing was hosted by Alpha "
     "University at their Riverton campus.", "Riverton campus"),
    # a visit to the venue in the signing sentence
    ("The MoU was signed on 5 March 2024 when the Rector of Alpha University paid a visit to the Beta campus "
     "in Riverton, Lorem State.", "Beta campus in Riverton, Lorem State"),
    # a bracketed country before 'in' is not a body whose seat follows
    ("Alpha Association signed an agreement with a delegation from Lorem (China) in Hanoi on 5 March 2024.",
     "Hanoi"),
    # a body's name and its owner: 'the X Institute of the ABC'
    ("Alpha University and Beta University signed an MoU on 5 March 2024 at the Lorem Institute of the BU.",
     "Lorem Institute of the BU"),
    # venue words written before the name, towers and chambers, and the town after the owner
    ("The MoU exchange ceremony was held at Menara Alpha, Kuala Lumpur, on Monday.", "Menara Alpha, Kuala Lumpur"),
    ("Alpha University and Beta Bank signed the MoU at Wisma Beta in Riverton.", "Wisma Beta in Riverton"),
    ("The agreement was signed at the Alpha Tower in Riverton on Tuesday.", "Alpha Tower in Riverton"),
    ("The MoU was signed at the Council Chamber of the University of Lorem, Akoka.",
     "Council Chamber of the University of Lorem, Akoka"),
    # (a ceremony after the purpose still gives the venue)
    ("Alpha University and Beta Corp signed an MoU to cooperate, at a ceremony in Riverton on 5 March 2024.",
     "Riverton"),
])
def test_place_shapes(text, place):
    assert _agreement(text)["place"] == place


@pytest.mark.parametrize("text", [
    # countries the cooperation is about, not where it was signed
    "Alpha University and Beta University signed an MoU on 5 March 2024 for cooperation in Japan and Vietnam.",
    # a sentence that only mentions the agreement: where its beneficiaries are
    "Alpha University and Beta University signed an MoU on 5 March 2024. Students in Hanoi will benefit "
    "from the agreement.",
    # a caption naming the occasion
    "Alpha University and Beta University signed an MoU on 5 March 2024.\nAt Signing Ceremony Parties "
    "from both universities pose for a photo.",
    # 'In' inside a person's name, and a title-case 'In' in a headline
    "On 5 March 2024, Dr. Kim In Soo, President of Beta Corp, and Prof. A. Smith signed an MoU.",
    "Alpha University Signs Agreement With Three Universities In Riverton\n\nAlpha University signed an MoU "
    "with three universities on 5 March 2024.",
    # where a signer works
    "The MoU was signed on 5 March 2024 by Prof. A. Smith, Associate Dean in the Lorem Academy of Beta University.",
    # a description of a party
    "Alpha College has signed an MoU with Beta University, the second largest university in Freedonia.",
    "Alpha University signed an MoU with Beta School - the leading art school in Lorem, Freedonia, on 5 March.",
    # a modifier of a common noun
    "Alpha University signed an MoU with Beta Ltd, a company with experience in the Lorem labour market.",
    # a field of study after a programme word
    "According to the signed MoU, the two schools will run a 2+2 programme in Fashion Design.",
    # what a speaker praised at the ceremony
    "Addressing the signing ceremony, the Minister praised the efforts of the Governor in the Lorem Congress.",
    # where invited bodies are
    "The signing ceremony was attended by representatives of several high schools in Lorem and Ipsum provinces.",
    # an earlier agreement's place
    "Alpha University and Beta University renewed their MoU on 5 March 2024. The original MoU was signed in "
    "Riverton in 2019.",
    "Alpha University and Beta University signed an MoU on 5 March 2024. Previously, the two sides signed a "
    "letter of intent in Southtown.",
    # what the agreement is for, after the signing verb
    "Alpha University and Beta Corp signed an MoU on 5 March 2024 to build a hospital in Riverton.",
    "Alpha University and Beta Corp signed an MoU on 5 March 2024 to help farmers in Riverton province.",
    "Alpha University and Beta Corp signed an MoU on 5 March 2024 that benefits patients in Riverton.",
    # signed from where each side was
    "The MoU was signed electronically on 5 March 2024 by Alpha University and Beta University at their offices "
    "in Riverton and Southtown.",
    "The signing took place by videoconference on 5 March 2024, with Alpha University officials in Riverton.",
    "The MoU was signed on 5 March 2024 through an online platform, with Alpha staff at the Main Hall in Riverton.",
    "The leaders signed the MoU in their respective offices in Riverton on 5 March 2024.",
    "Alpha University and Beta University signed the MoU in Riverton and Southtown on 5 March 2024.",
    # a visit told apart from the signing
    "A delegation of Alpha University paid a working visit to Beta University on 5 March. During the visit, "
    "the two sides signed an MoU.",
])
def test_no_place(text):
    assert _agreement(text)["place"] is None


def _area_keys(text):
    return {a["iri"].rsplit("/", 1)[-1] for a in _agreement(text)["areas"]}


@pytest.mark.parametrize("text, keys", [
    # subject fields and sectors the cooperation is in
    ("Alpha University and Beta University signed an MoU on 5 March 2024 to collaborate in the fields of "
     "agriculture, public health and tourism.", {"agriculture", "health", "economics"}),
    ("Under the MoU, signed on 5 March 2024, the two sides will cooperate on climate change and renewable "
     "energy.", {"environment"}),
    # new technologies are innovation
    ("Alpha University and Beta Corp signed an MoU on 5 March 2024 covering data science, robotics and the "
     "Internet of Things.", {"innovation"}),
])
def test_area_fields_and_sectors(text, keys):
    assert _area_keys(text) == keys


@pytest.mark.parametrize("text", [
    # a minister's portfolio list and plural faculties name posts and units, not what the MoU covers
    "On 5 March 2024, the Minister of Economy, Trade and Agriculture signed an MoU with Alpha University.",
    "Alpha University and Beta University signed an MoU on 5 March 2024. The Faculties of Engineering, "
    "Nursing and Tourism will carry out the agreement.",
])
def test_no_area_from_post_or_unit_lists(text):
    assert not _area_keys(text) & {"agriculture", "health", "economics"}


_SIGNED = "Alpha University and Beta University signed an MoU on 5 March 2024. "


@pytest.mark.parametrize("text, absent", [
    # a degree after a name or in a title run
    ("The MoU was signed by Prof. A. Smith, PhD, Rector of Alpha University, on 5 March 2024.",
     "postgraduate-training"),
    ("Prof.PhD.MD A. Smith signed the agreement for Alpha University on 5 March 2024.", "postgraduate-training"),
    # a post's portfolio in brackets after a name
    (_SIGNED + "Alpha was represented by Deputy Vice-Chancellors Dr A. Smith (Finance, Administration and "
     "Planning) and Dr B. Jones.", "governance"),
    # the occasion of the signing
    ("Alpha University hosted a Forum on Industry Linkages, where it signed an MoU with Beta Corp on 5 March 2024.",
     "conferences"),
    # what happened after the signing
    (_SIGNED + "After the signing, Dr. A. Smith delivered a lecture on conflict resolution.", "education"),
    # one side's profile
    (_SIGNED + "Alpha University's mission is to focus on training and research for the region.", "research"),
    # a kind of institution, not a field
    (_SIGNED + "The purpose of the cooperation is to become one of the top applied science universities.",
     "sectors"),
    # a setting, not the environment as a field
    (_SIGNED + "The partnership will foster an environment of understanding between the two sides.", "environment"),
    (_SIGNED + "The country has created an enabling environment for learning, the partners said.", "environment"),
    # an earlier agreement
    (_SIGNED + "The initial MoU covered cooperation in disaster research projects.", "joint-research"),
    # head-last posts and units
    (_SIGNED + "The signing was witnessed by Health Minister Dr A. Smith, who said the MoU will help.", "health"),
    (_SIGNED + "Agriculture Commissioner C. Brown signed for the state under the agreement.", "agriculture"),
    (_SIGNED + "The cooperation will be coordinated by the university's Internationalisation Office.",
     "international-cooperation"),
    # what a party does, set beside its name
    (_SIGNED + "Beta University, which specialises in agriculture, will provide internships.", "agriculture"),
    (_SIGNED + "Beta, a firm operating in tourism and logistics, will offer scholarships.", "economics"),
])
def test_no_area_in_these_shapes(text, absent):
    assert absent not in _area_keys(text)


@pytest.mark.parametrize("text, key", [
    # wordings of the cooperation's content
    (_SIGNED + "The two sides will cooperate in sharing experience and best practices.", "expert-sharing"),
    (_SIGNED + "The MoU provides for knowledge transfer between the partners.", "technology-transfer"),
    (_SIGNED + "The MoU covers scholarly activities of both sides.", "education"),
    (_SIGNED + "Both sides agreed on credit recognition between the universities.", "joint-degree"),
    (_SIGNED + "Under the MoU, the partners will work on skill development for young people.", "vocational-training"),
    (_SIGNED + "The agreement stipulates policy analysis and joint dialogues.", "governance"),
    # verbs announcements use for what an agreement does
    (_SIGNED + "The two sides discussed plans for lecturer exchange programmes.", "staff-exchange"),
    (_SIGNED + "They discovered the potential for student exchange programmes.", "student-exchange"),
    (_SIGNED + "The deal involves internships for students.", "internships"),
    (_SIGNED + "Under the pact, Beta University would offer scholarships to students.", "scholarships"),
    ("Alpha University, Beta Corp ink pact on internships, scholarships", "internships"),
    (_SIGNED + "They will cooperate by exchanging students and researchers.", "student-exchange"),
    ("Alpha City and Beta City sign MoU on agricultural and tourist cooperation", "economics"),
])
def test_area_wordings(text, key):
    assert key in _area_keys(text)


def _date(text):
    agreement = _agreement(text)
    return agreement["date"] or agreement["date_text"]


@pytest.mark.parametrize("text, date", [
    # a legal document's date is not the signing's
    ("In line with Resolution No. 23 dated October 6, 2022, Alpha University and Beta University have signed "
     "an MoU.", None),
    ("Under Decision No. 123/QD-TTg dated 12 January 2023, Alpha University and Beta University signed an MoU "
     "on 5 March 2024.", "2024-03-05"),
    # the day of the announcement yields to the signing's own date
    ("Alpha University announced on March 12, 2024 that it had signed an MoU with Beta University on March 5, "
     "2024.", "2024-03-05"),
    # an agency dateline in brackets dates a story that gives no other date
    ("LAHORE, (Lorem News - 6th Dec, 2023) Alpha University has signed an MoU with Beta University to promote "
     "research.", "2023-12-06"),
    # year first with slashes
    ("Alpha University and Beta University signed an MoU on 2023/12/06.", "2023-12-06"),
    # a header line's date yields to the date opening the paragraph that reports the signing; the line is
    # a stamp, so it gives its year, the year before for a later day (guide D1, session 15)
    ("Alpha University and Beta University cooperate\n\nWrite: Lorem [2011-05-20]\n\nOn the morning of "
     "December 15, a delegation of Alpha University came to Beta University. The two rectors signed an MoU.",
     "2010-12-15"),
    # a date in a paragraph that never speaks of the agreement (the signing's own date is not given)
    ("Alpha University and Beta University have signed an MoU to work together.\n\n"
     + "Alpha University trains engineers, economists and teachers for the whole region. " * 5
     + "\n\nThe annual alumni conference took place on 3 March 2023 with 500 guests.", None),
    # a later day or the agreement's term
    ("Alpha University and Beta University have signed an MoU. Under the agreement, the first students will "
     "arrive on 1 September 2024.", None),
    ("Alpha University and Beta University have signed an MoU. The agreement will take effect on 1 September 2024.",
     None),
    ("Alpha University and Beta University have signed an MoU, which is expected to run until 31 December 2028.",
     None),
    # (an announced signing keeps its day)
    ("Alpha University and Beta University will sign an MoU. The MoU will be signed on 10 March 2024.", "2024-03-10"),
])
def test_date_shapes(text, date):
    assert _date(text) == date


@pytest.mark.parametrize("text, date", [
    # the day a relation or a body began is not the signing's (session 11)
    ("Alpha University and Beta University have signed an MoU on a joint network.\nThe network shows a strong "
     "joint effort, especially in celebration of the 75th anniversary of Ruritania–Lorem diplomatic relations "
     "(January 18, 1950 – 2025) and the Year of Exchange in 2025.", None),
    ("Alpha University and Beta University have signed an MoU. Alpha University, founded on 3 May 1961, trains "
     "engineers.", None),
    ("Alpha University, established in March 1998, and Beta University signed an MoU on 5 March 2024.",
     "2024-03-05"),
    ("The two universities, partners since 12 June 2015, signed a new MoU on 5 March 2024 in Riverton.",
     "2024-03-05"),
    # a signing word between 'anniversary' and the date: the date stays the signing's
    ("On the 50th anniversary of Alpha University, the two universities signed an MoU on 5 March 2024.",
     "2024-03-05"),
    ("Alpha University and Beta University signed an MoU on 5 March 2024 to mark the anniversary.", "2024-03-05"),
])
def test_milestone_dates_are_not_the_signing(text, date):
    assert _date(text) == date


@pytest.mark.parametrize("text, date_text", [
    # a weekday under a dateline without a year: as written, no day (guide D1, settled in session 11)
    ("AGARTALA, Sept 4: Alpha University and Beta University signed an MoU on Sunday to promote research.",
     "on Sunday"),
    ("RIVERTON, Jul 1 (Lorem) – Alpha University signed an MoU with Beta University last Friday.", "last Friday"),
    # (no weekday: the dateline's day stands, D1 as settled in session 10)
    ("RIVERTON, Jul 1: Alpha University has signed an MoU with Beta University.", "Jul 1"),
])
def test_weekday_under_a_yearless_dateline(text, date_text):
    agreement = _agreement(text)
    assert (agreement["date"], agreement["date_text"]) == (None, date_text)


def test_weekday_under_a_dateline_with_its_year_is_counted_back():
    assert _agreement("RIVERTON, Jul 1, 2023: Alpha University signed an MoU with Beta University on "
                      "Thursday.")["date"] == "2023-06-29"
