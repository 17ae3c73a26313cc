"""Each shape of role, signer, place and area the extractor reads, on small sentences (issue 12).

Every case is a tiny article; the expectation is what a reader would annotate."""

import pytest

from kg.extract import extract

HEAD = "Alpha University and Beta Institute of Technology (BIT) signed a memorandum of understanding.\n"


def _roles(text):
    draft = extract(HEAD + text)
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in draft["people"]}


def _signed(text):
    return {p["name"] for p in extract(HEAD + text)["people"] if p["signed"]}


@pytest.mark.parametrize("sentence, name, role", [
    # role after the name
    ("Present was Dr. Tran Van Binh, Rector of Alpha University.", "Tran Van Binh", ("Rector", "Alpha University")),
    ("Present was Dr. Tran Van Binh – the Rector of Alpha University.", "Tran Van Binh",
     ("Rector", "Alpha University")),
    ("Present was Prof. Le Thi Hoa, BIT President, and others.", "Le Thi Hoa",
     ("President", "Beta Institute of Technology")),
    ("Present was Ms. Pham Thu Ha, Human Resources Director of Beta Institute of Technology.", "Pham Thu Ha",
     ("Human Resources Director", "Beta Institute of Technology")),
    # role before the name
    ("Rector Nguyen Huy Bang of Alpha University spoke.", "Nguyen Huy Bang", ("Rector", "Alpha University")),
    ("Beta Institute of Technology President Ilkka Virtanen spoke.", "Ilkka Virtanen",
     ("President", "Beta Institute of Technology")),
    ("BIT President Dr. Kim Min-jun spoke.", "Kim Min-jun", ("President", "Beta Institute of Technology")),
    # possessives
    ("Alpha University's President of the Council Prof. Dao Van Tu spoke.", "Dao Van Tu",
     ("President of the Council", "Alpha University")),
    ("BIT's Vice Rector Dr. Vo Minh Chau spoke.", "Vo Minh Chau", ("Vice Rector", "Beta Institute of Technology")),
    ("Present was Ms. Kim Lan, the Beta Institute of Technology's Country Director for Vietnam.", "Kim Lan",
     ("Country Director for Vietnam", "Beta Institute of Technology")),
    ("Present was Prof. Robin Hale, Pro-Vice-Chancellor (International) of Beta Institute of Technology.",
     "Robin Hale", ("Pro-Vice-Chancellor (International)", "Beta Institute of Technology")),
    ("Present was Prof. Dean Lewis, President of Université de Beta.", "Dean Lewis",
     ("President", "Université de Beta")),
    ("Present was Mr. Pham Lai, President and CEO of Beta Institute of Technology.", "Pham Lai",
     ("President and CEO", "Beta Institute of Technology")),     # one post, as every gold file writes it
])
def test_role_shapes(sentence, name, role):
    expected = role if isinstance(role, list) else [role]
    assert _roles(sentence).get(name) == expected


def test_plural_role_list_without_list_junk():
    roles = _roles("Attending were Alpha University Vice Rectors Dr. Hoang Van Nam and Dr. Ly Thi Thu, "
                   "and Deans Dr. Ngo Van Son, Dr. Bui Thi Lan, and Dr. Dinh Van Phu.")
    assert roles["Hoang Van Nam"] == roles["Ly Thi Thu"] == [("Vice Rector", "Alpha University")]
    assert roles["Ngo Van Son"] == roles["Bui Thi Lan"] == roles["Dinh Van Phu"] == [("Dean", "Alpha University")]
    assert not any("and" in n.split() or n.endswith(",") for n in roles)


def test_role_goes_to_the_institution_named_not_the_nearest_party():
    roles = _roles("Dr. Tran Van Binh, Rector of Alpha University and Prof. Kim Min-jun, Vice President of "
                   "Beta Institute of Technology signed the agreement.")
    assert roles["Kim Min-jun"] == [("Vice President", "Beta Institute of Technology")]
    assert roles["Tran Van Binh"] == [("Rector", "Alpha University")]


@pytest.mark.parametrize("text, person, institution", [
    # 'the Department' is a unit unless a department is one of the institutions named
    ("Alpha University and the Da Nang Department of Information and Communications signed an agreement. "
     "Prof. Tran Van Binh, President of Alpha University, and Mr. Le Van Ha, Director of the Department, "
     "signed it.", "Le Van Ha", "Da Nang Department of Information and Communications"),
    # 'the Academy' points back to a name whose Vietnamese form is a 'Học viện'
    ("Vietnam National University of Agriculture (Học viện Nông nghiệp Việt Nam, VNUA) and Beta Institute of "
     "Technology signed an agreement. It was signed by Prof. Kim Min-jun, President of Beta Institute of "
     "Technology, and Prof. Nguyen Thi Lan, Director of the Academy.",
     "Nguyen Thi Lan", "Vietnam National University of Agriculture"),
    ("Universität Stuttgart and Alpha University signed an agreement. Prof. Peter Muller, Rector of the "
     "Universität, signed.", "Peter Muller", "Universität Stuttgart"),
])
def test_a_truncated_name_in_a_role_points_back(text, person, institution):
    assert [r[1] for r in _roles(text)[person]] == [institution]


@pytest.mark.parametrize("sentence, signers", [
    ("The MoU was signed by Dr. Tran Van Binh, Rector of Alpha University, and Prof. Kim Min-jun, "
     "President of BIT.", {"Tran Van Binh", "Kim Min-jun"}),
    ("The agreement was signed at BIT by Dr. Tran Van Binh and Prof. Kim Min-jun.", {"Tran Van Binh", "Kim Min-jun"}),
    ("Signing for the parties were Dr. Tran Van Binh, Rector of Alpha University; and Prof. Kim Min-jun, "
     "President of BIT.", {"Tran Van Binh", "Kim Min-jun"}),
    ("Dr. Tran Van Binh and Prof. Kim Min-jun sign the agreement", {"Tran Van Binh", "Kim Min-jun"}),  # a caption
    ("Rector Tran Van Binh and President Kim Min-jun inked the deal.", {"Tran Van Binh", "Kim Min-jun"}),
    ("The ceremony was witnessed by Dr. Tran Van Binh, Rector of Alpha University.", set()),
    ("Dr. Tran Van Binh attended the signing ceremony.", set()),
])
def test_signer_shapes(sentence, signers):
    assert _signed(sentence) == signers


@pytest.mark.parametrize("sentence, place", [
    ("The MoU was signed at Alpha University's main campus in Hanoi on May 2, 2024.",
     "Alpha University's main campus in Hanoi"),
    ("The MoU was signed at the Embassy of Australia in Hanoi.", "Embassy of Australia in Hanoi"),
    ("The ceremony was held in Da Nang.", "Da Nang"),
    ("The signing took place at BIT's administration building.", "BIT's administration building"),
    ("The MoU on guidance for students in Dong Nai province was signed at Alpha University.", "Alpha University"),
    ("The MoU was signed at Hall A, Campus 2.", "Hall A, Campus 2"),
    ("The ceremony was held at BIT's headquarters at 18 Lang Ha Street, Hanoi.",
     "BIT's headquarters at 18 Lang Ha Street, Hanoi"),
    ("The signing ceremony took place at the headquarters of BIT in Nha Trang.", "the headquarters of BIT in Nha Trang"),
    ("The MoU was signed at Alpha University, Hanoi, on May 2.", "Alpha University, Hanoi"),
    ("The ceremony was held at the Melia Hotel in Hanoi.", "Melia Hotel in Hanoi"),
    ("The MoU was signed at the BIT campus in Hoa Lac Hi-Tech Park, Hanoi.", "BIT campus in Hoa Lac Hi-Tech Park, Hanoi"),
    ("The MoU was signed in Vietnamese and English.", None),
    ("The signing took place on the campus of BIT in Hue.", "the campus of BIT in Hue"),
    ("The MoU was signed in Dong Nai province.", "Dong Nai province"),
    ("The MoU was signed at the Government Guest House in Hanoi.", "Government Guest House in Hanoi"),
    ("The MoU was signed at the Vietnam–Japan Business Forum.", "Vietnam–Japan Business Forum"),
    ("BIT hosted the signing ceremony at its campus in Hue.", "its campus in Hue"),
    # a campus, hall or building with whose it is and where it is, as far as the annotator reads it
    ("The MoU was signed at Hall A, Campus 2 of Alpha University.", "Hall A, Campus 2 of Alpha University"),
    ("The ceremony took place at Hall A2, Campus 2 of the university in Hoang Mai District.",
     "Hall A2, Campus 2 of the university in Hoang Mai District"),
    ("The ceremony took place at the university's Building A in Thu Duc City.",
     "the university's Building A in Thu Duc City"),
    ("The MoU was signed at the Gamma Electronics factory in the VSIP Nghe An Industrial Park.",
     "Gamma Electronics factory in the VSIP Nghe An Industrial Park"),
    ("The MoU was signed at a function held on the BIT campus in Chennai.", "the BIT campus in Chennai"),
    ("The MoU was signed at a ceremony held at the BIT main building in Neyagawa.", "BIT main building in Neyagawa"),
    ("The MoU was signed at Gamma Bank's head office in District 1, Ho Chi Minh City.",
     "Gamma Bank's head office in District 1, Ho Chi Minh City"),
    ("The MoU was signed at the University of Vienna's main building on Universitätsring.",
     "University of Vienna's main building on Universitätsring"),
    ("The MoU was signed at the Sheraton Hotel, Hanoi.", "Sheraton Hotel, Hanoi"),
    ("The MoU was signed at Conference Room 2, Alpha University, on May 2.", "Conference Room 2, Alpha University"),
    ("The MoU was signed at 1 Dai Co Viet Street, Hanoi.", "1 Dai Co Viet Street, Hanoi"),
    ("The MoU was signed at the BIT Innovation Hub in Da Nang.", "BIT Innovation Hub in Da Nang"),
    ("The MoU was signed at the Administration Building on Alpha University's main campus.",
     "Administration Building on Alpha University's main campus"),
    ("The MoU was signed at the university's Ta Quang Buu Library.", "the university's Ta Quang Buu Library"),
    ("The MoU was signed at the provincial People's Committee headquarters.",
     "the provincial People's Committee headquarters"),
    ("The MoU was signed at the Alpha University campus, Hoa Lac, Hanoi.", "Alpha University campus, Hoa Lac, Hanoi"),
    ("The MoU was signed at the International Conference Centre, 11 Le Hong Phong Street, Hanoi.",
     "International Conference Centre, 11 Le Hong Phong Street, Hanoi"),
    ("The MoU was signed at Room 201 of the A1 Building, Alpha University.",
     "Room 201 of the A1 Building, Alpha University"),
    # a field named in title case is not a place; a country after the agreement's name is
    ("The two sides signed an MoU on cooperation in Artificial Intelligence.", None),
    ("The two sides signed an agreement extending their partnership in Hanoi.", "Hanoi"),
    ("The two sides signed an MoU in Japan.", "Japan"),
    ("The MoU was signed at the college's campus in Long Thanh district, Dong Nai province.",
     "the college's campus in Long Thanh district, Dong Nai province"),
    ("The MoU was signed at the headquarters of the Vietnam Academy of Science and Technology (VAST) in Hanoi.",
     "the headquarters of the Vietnam Academy of Science and Technology (VAST) in Hanoi"),
    ("On 14 June, at the Faculty of Health of the University of Rouen Normandy, the two sides signed the MoU.",
     "Faculty of Health of the University of Rouen Normandy"),
    # the sentence holding the signing's date names where it happened, with or without a signing word
    ("On 14/3/2025, at the Hall of Building A0, Alpha University welcomed a delegation of BIT.",
     "Hall of Building A0"),
    # the place the signing verb governs before a place of what the agreement is for; where a party is based
    ("On March 5, 2025, Alpha University and BIT entered into an agreement to develop rice farming in the "
     "Mekong Delta. The "
     "agreement was signed at BIT's Hoa An campus.", "BIT's Hoa An campus"),
    ("BIT, a university based in Freising, yesterday signed the agreement at the Tatton Agriculture Park.",
     "Tatton Agriculture Park"),
    ("The MoU sets up a joint centre, to be housed on the institute's Kandi campus.", None),
    ("The document was inked at BIT's head office by the two presidents.", "BIT's head office"),
    ("The signing ceremony was held in Meeting Room A, Building A, of BIT.", "Meeting Room A, Building A, of BIT"),
    ("The MoU was signed at the 2024 Vietnam Education Expo in Ho Chi Minh City.",
     "2024 Vietnam Education Expo in Ho Chi Minh City"),
    ("The MoU was signed in 2024.", None),
    # a later event of the agreement, what happened after the ceremony, where a witness's body is, or
    # a signing online: not the place of the signing
    ("The MoU provides for a summer school to be held in Krakow. The ceremony took place in the Senate Hall "
     "of BIT.", "Senate Hall of BIT"),
    ("After the ceremony, the delegation visited the Simulation Centre and a cooperative in Vu Thu District.", None),
    ("After the signing ceremony at the Hall of Building A0, the guests visited the labs in Vinh City.",
     "Hall of Building A0"),
    ("It was signed in the presence of an attaché of the Embassy of France in Vietnam.", None),
    ("The rector signed in Hanoi and the president in Enschede: the MoU was signed online.", None),
    # what the agreement will do is read after the sentences about the signing
    ("Under the MoU, students will do internships at Gamma Electronics in Bac Ninh. The ceremony was held "
     "in Hanoi.", "Hanoi"),
])
def test_place_shapes(sentence, place):
    assert extract(HEAD + sentence)["agreement"]["place"] == place


def test_the_body_names_the_place_before_the_headline():
    text = ("Alpha University and BIT sign MoU in Vienna\n\n" + HEAD
            + "The MoU was signed at Alpha University's main building.")
    assert extract(text)["agreement"]["place"] == "Alpha University's main building"


def test_areas_only_from_what_the_agreement_covers():
    text = (HEAD + "Dr. Le Van Ha, Head of the Office of International Cooperation, attended.\n"
            "Over the past ten years the two universities have organised many conferences.\n"
            "Under the MoU, the two sides will exchange students and carry out joint research.")
    areas = {a["iri"].rsplit("/", 1)[-1] for a in extract(text)["agreement"]["areas"]}
    assert {"student-exchange", "joint-research"} <= areas
    assert "international-cooperation" not in areas and "conferences" not in areas


def _area_keys(text):
    return {a["iri"].rsplit("/", 1)[-1] for a in extract(HEAD + text, area_model=None)["agreement"]["areas"]}


@pytest.mark.parametrize("text, absent", [
    # handing over the signed documents in a caption is not an exchange programme
    ("Under the MoU, the two sides will carry out joint research.\nPhoto: Dr. An and Dr. Binh exchange the "
     "signed agreement", "exchange"),
    # an earlier agreement the new one builds on or replaces
    ("The agreement builds on a 2016 exchange agreement that covered solar energy laboratories.", "facilities"),
    ("The new MoU replaces a 2009 protocol that focused on Vietnamese language courses.", "language-training"),
    # a role's field in brackets, a word of an event's name, a speaker's hope
    ("The MoU was signed by Prof. Joseph Otieno, Deputy Vice-Chancellor (Research, Innovation and "
     "Outreach).", "community-service"),
    ("The MoU was signed on the sidelines of the Vietnam–Singapore Higher Education Forum.", "conferences"),
    ("Mr. Hoa said the company hoped to recruit graduates trained under the MoU.", "recruitment"),
    ("The MoU signing was attended by Dr. Jonas Feldmann of DAAD, which is funding the first phase.",
     "scholarships"),
    ("The first agreement between the two universities, signed in 2018, focused on joint publications.",
     "scientific-publications"),
    ("Minister of Education and Sports Sisavath Keomany signed the agreement.", "community-service"),
])
def test_area_words_that_are_not_what_the_agreement_covers(text, absent):
    assert absent not in _area_keys(text)


@pytest.mark.parametrize("text, key", [
    ("The two sides will exchange instructors and organise an annual skills competition.", "conferences"),
    ("The two sides will cooperate on exchange of instructors.", "staff-exchange"),
    ("BIT will provide consultancy on the provincial development plan.", "expert-sharing"),
    ("The parties will run joint extension programmes for fish farmers.", "community-service"),
    ("The MoU covers elective modules on machine learning in the curriculum.", "curriculum-development"),
    ("The MoU covers joint online classes in engineering design.", "e-learning"),
])
def test_area_wordings_of_the_scheme(text, key):
    assert key in _area_keys(text)


def test_an_area_reached_through_another_is_kept():
    assert "technology-transfer" in _area_keys("The two sides will develop the coconut value chain through "
                                               "technology transfer.")


@pytest.mark.parametrize("text, names", [
    ("Kasetsart University of Thailand and Alpha University signed an MoU.", ["Kasetsart University", "Alpha University"]),
    ("Nam Dinh College of Economics and Technology and Alpha University signed an agreement.",
     ["Nam Dinh College of Economics and Technology", "Alpha University"]),
    ("On May 2, the University of Science and Technology - The University of Danang (DUT) and Alpha "
     "University signed an MoU.", ["University of Science and Technology - The University of Danang",
                                   "Alpha University"]),
    # never a truncated name: the city belongs to the name the acronym defines; a parent is not a party
    ("Vietnam National University, Hanoi (VNU) and Kyoto University signed an MoU.",
     ["Vietnam National University, Hanoi", "Kyoto University"]),
    ("On June 8, the University of Engineering and Technology (UET), Vietnam National University, Hanoi "
     "and Viettel High Technology Industries Corporation signed an agreement.",
     ["University of Engineering and Technology", "Viettel High Technology Industries Corporation"]),
    ("Universiti Putra Malaysia (UPM) and VinUniversity signed an MoU.", ["Universiti Putra Malaysia", "VinUniversity"]),
    # a side without a head noun, taken only where the sentence's shape makes it a party
    ("Alpha University (AU) and Siemens Vietnam signed a partnership agreement on May 2.",
     ["Alpha University", "Siemens Vietnam"]),
    # a province's department is a government body; a university's department is a unit
    ("Alpha University and the Dong Nai Department of Education and Training signed an agreement. "
     "Dr. Le Van Ha, Head of the Department of Training of Alpha University, attended.",
     ["Alpha University", "Dong Nai Department of Education and Training"]),
])
def test_institution_shapes(text, names):
    assert [i["name"] for i in extract(text)["institutions"]] == names


@pytest.mark.parametrize("text, name, aliases", [
    # a Vietnamese name and the acronym in one bracket; the country stays when the acronym spells it
    ("The Banking Academy of Vietnam (Học viện Ngân hàng, BAV) and Alpha University signed an agreement.",
     "Banking Academy of Vietnam", {"Học viện Ngân hàng", "BAV"}),
    # a name in another language in brackets
    ("The University of Vienna (Universität Wien) and Alpha University signed an MoU.",
     "University of Vienna", {"Universität Wien"}),
    # a company's short name in brackets is not a place; 'X Group' is also written 'X'
    ("Doosan Enerbility Vietnam Co., Ltd. (Doosan Vina) and Alpha University signed an agreement.",
     "Doosan Enerbility Vietnam Co., Ltd.", {"Doosan Vina"}),
    ("Alpha University and Viettel Group signed an agreement. Viettel will train engineers.",
     "Viettel Group", {"Viettel"}),
    ("Vietnam Oil and Gas Group (Petrovietnam) and Alpha University signed an agreement.",
     "Vietnam Oil and Gas Group", {"Petrovietnam"}),
    # a list with commas: the bracket after the second name is not the first one's
    ("On 5/3, Bach Mai Hospital, Hanoi Medical University (HMU) and Alpha University signed an agreement.",
     "Hanoi Medical University", {"HMU"}),
    # a city's department led by a four-word city name
    ("Alpha University and the Ho Chi Minh City Department of Science and Technology signed an agreement.",
     "Ho Chi Minh City Department of Science and Technology", set()),
])
def test_institution_name_forms(text, name, aliases):
    found = next(i for i in extract(text)["institutions"] if i["name"] == name)
    assert aliases <= set(found["aliases"])


def test_short_forms_of_a_peoples_committee_are_the_same_institution():
    text = ("Quang Ninh and Alpha University sign agreement\n\nThe People's Committee of Quang Ninh Province "
            "and Alpha University signed a cooperation agreement. Mr. Le Van Ha, Vice Chairman of the "
            "Provincial People's Committee, attended.")
    assert sorted(i["name"] for i in extract(text)["institutions"]) == [
        "Alpha University", "People's Committee of Quang Ninh Province"]


@pytest.mark.parametrize("text, date, date_text", [
    # a paragraph dateline gives the year to a day-first date without one ('On 11/3')
    ("Alpha University signs an agreement\n\nDa Nang, 12/3/2024 – On 11/3, Alpha University and Beta "
     "Institute of Technology (BIT) signed a cooperation agreement.", "2024-03-11", "On 11/3"),
    # with no other date, the dateline's date is the signing's
    ("Alpha University signs an agreement\n\nHANOI, August 16, 2018 – Alpha University and Beta Institute "
     "of Technology (BIT) signed a memorandum of understanding.", "2018-08-16", "August 16, 2018"),
    # a visit before the signing and the date it takes effect are other events
    (HEAD + "Following a visit of a delegation to Japan on April 2, 2024, the two sides signed an agreement "
     "on June 14, 2024. The agreement takes effect from September 1, 2024.", "2024-06-14", "on June 14, 2024"),
    # '3/2022' is a month and a year, not a day; without a dateline the year stays unknown
    (HEAD + "The agreement was signed on 15/8 after a pilot run since 3/2022.", None, "on 15/8"),
    # a date line with its time of day is a dateline; '(5/3)' after a weekday is day-first
    ("Alpha University signs an MoU\n\n12/03/2024 08:30 GMT+7\n\nAlpha University and Beta Institute of "
     "Technology (BIT) signed an MoU on Tuesday (5/3).", "2024-03-05", "5/3"),
    # the signing's sentence before a visit's; the visit's year carries over to the signing
    ("Alpha University and BIT deepen ties\n\nOn March 1, 2024, a delegation from Beta Institute of Technology "
     "(BIT) visited Alpha University. On March 5, the two sides signed an MoU.", "2024-03-05", "On March 5"),
    # a byline's date and 'HANOI (March 6, 2024) —' are datelines
    ("Alpha University signs an MoU\n\nBy Minh Anh - 06/03/2024\n\nAlpha University and Beta Institute of "
     "Technology (BIT) signed an MoU on March 5.", "2024-03-05", "on March 5"),
    ("Alpha University signs an MoU\n\nHANOI (March 6, 2024) — Alpha University and Beta Institute of "
     "Technology (BIT) signed an MoU.", "2024-03-06", "March 6, 2024"),
    # a publication date line gives the year only; 'recently' gives no date
    ("Alpha University signs an MoU\n\nPosted: 12/03/2024\n\nAlpha University and Beta Institute of "
     "Technology (BIT) recently signed an MoU.", None, None),
    ("Alpha University signs an MoU\n\nPublished on March 12, 2024\n\nAlpha University and Beta Institute of "
     "Technology (BIT) signed an MoU on March 10.", "2024-03-10", "on March 10"),
    # a line holding only the city and the date under the headline is a dateline
    ("ALPHA UNIVERSITY AND BIT SIGN MOU\nDa Nang, 14/3/2024\nOn 14 March, Alpha University and Beta Institute "
     "of Technology (BIT) signed an MoU.", "2024-03-14", "On 14 March"),
    ("Alpha University and BIT sign MoU\nHồ Chí Minh City, 16/01/2024\nThe MoU was concluded on January 16 "
     "between Alpha University and Beta Institute of Technology (BIT).", "2024-01-16", "on January 16"),
    # a dateline without a year is where and when the story was filed, not the signing
    ("Alpha University signs an MoU\n\nHANOI, March 6 (VNA) – Alpha University and Beta Institute of "
     "Technology (BIT) signed an MoU on March 5.", None, "on March 5"),
    # a date line with its weekday, time and time zone, or in brackets
    ("Alpha University signs an MoU\nThursday, 07/03/2024, 09:30 (GMT+7)\nOn March 5, Alpha University and Beta "
     "Institute of Technology (BIT) signed an MoU.", "2024-03-05", "On March 5"),
    ("Alpha University signs an MoU\n(07/03/2024)\nAlpha University and Beta Institute of Technology (BIT) "
     "signed an MoU on 5/3.", "2024-03-05", "on 5/3"),
    # an earlier agreement's date is not this one's
    ("Alpha University signs an MoU\n\nThe MoU builds on a letter of intent signed on 12 June 2023. The new MoU "
     "between Alpha University and Beta Institute of Technology (BIT) was signed on 5 March 2024.",
     "2024-03-05", "on 5 March 2024"),
    ("Alpha University signs an MoU\n\nIn 2019, Alpha University and BIT signed their first MoU on 12 June. On "
     "5 March 2024, Alpha University and Beta Institute of Technology (BIT) signed a new agreement.",
     "2024-03-05", "On 5 March 2024"),
    ("Alpha University signs an MoU\n\nBuilding on previous cooperation, Alpha University and BIT signed a new "
     "MoU on March 5, 2024. Their first MoU was signed on June 12, 2019.", "2024-03-05", "on March 5, 2024"),
    ("Alpha University signs an MoU\n\nAlpha University and BIT, which had signed an MoU on 12 June 2019, signed "
     "a new agreement on 5 March 2024.", "2024-03-05", "on 5 March 2024"),
    # formal dates, labelled date lines
    (HEAD.replace("understanding.", "understanding on the 5th day of March 2024."), "2024-03-05",
     "on the 5th day of March 2024"),
    ("Alpha University signs an MoU\nWritten by: Admin | 06/03/2024\nAlpha University and Beta Institute of "
     "Technology (BIT) signed an MoU on 5/3.", "2024-03-05", "on 5/3"),
    ("Alpha University signs an MoU\nLast updated: March 6, 2024\nAlpha University and Beta Institute of "
     "Technology (BIT) signed an MoU on 5 March.", "2024-03-05", "on 5 March"),
    # a header line of parts separated by '|' holds the date the story was filed
    ("Alpha University, Njoro | Corporate Communications | 21st May 2024\n\nAlpha University and Beta Institute "
     "of Technology (BIT) yesterday signed a partnership agreement.", "2024-05-20", "yesterday"),
])
def test_date_shapes(text, date, date_text):
    agreement = extract(text)["agreement"]
    assert (agreement["date"], agreement["date_text"]) == (date, date_text)


@pytest.mark.parametrize("text, name", [
    ("Trường Đại học Bách khoa Hà Nội and Alpha University signed an MoU.", "Trường Đại học Bách khoa Hà Nội"),
    ("Alpha University signed an MoU with Học viện Nông nghiệp Việt Nam.", "Học viện Nông nghiệp Việt Nam"),
    ("Alpha University and Sở Giáo dục và Đào tạo Đồng Nai signed an agreement.", "Sở Giáo dục và Đào tạo Đồng Nai"),
])
def test_vietnamese_names_in_running_text(text, name):
    assert {i["name"] for i in extract(text)["institutions"]} == {name, "Alpha University"}


def test_a_vietnamese_word_inside_a_persons_name_is_not_a_head():
    text = "Alpha University and Beta College signed an MoU. Dr. Trần Viện Hùng, Rector of Alpha University, signed."
    assert [i["name"] for i in extract(text)["institutions"]] == ["Alpha University", "Beta College"]


def test_a_member_and_parent_name_in_a_headline_is_the_compound_named_in_the_text():
    text = ("Alpha Group signs agreement with University of Science and Technology – The University of Danang\n\n"
            "Alpha Group and the University of Science and Technology – The University of Danang (DUT) signed "
            "a cooperation agreement.")
    assert [i["name"] for i in extract(text)["institutions"]] == [
        "Alpha Group", "University of Science and Technology – The University of Danang"]


def test_a_ministry_written_only_inside_a_ministers_title_is_no_role_owner():
    # guide D3: 'Vice Minister of Education and Training' writes no ministry's name, so no body is made from it
    draft = extract(HEAD + "Mr. Le Van Ha, Vice Minister of Education and Training, attended.")
    person = next(p for p in draft["people"] if p["name"] == "Le Van Ha")
    assert person["roles"] == []
    assert [(i["name"], i["party"]) for i in draft["institutions"]] == [
        ("Alpha University", True), ("Beta Institute of Technology", True)]
    # a ministry named in the text is the one the role points to, listed once and never a party
    named = extract(HEAD + "The Ministry of Education and Training (MOET) hosted it. Mr. Le Van Ha, Vice Minister "
                    "of Education and Training, attended.")
    assert [(i["name"], i["party"]) for i in named["institutions"]].count(("Ministry of Education and Training", False)) == 1
    assert _roles("The Ministry of Education and Training (MOET) hosted it. Mr. Le Van Ha, Vice Minister of "
                  "Education and Training, attended.")["Le Van Ha"] == [("Vice Minister", "Ministry of Education and Training")]


def test_area_words_in_their_everyday_forms():
    text = HEAD + "Under the MoU, BIT will recruit graduates, upgrade a testing laboratory and offer short courses."
    areas = {a["iri"].rsplit("/", 1)[-1] for a in extract(text)["agreement"]["areas"]}
    assert {"recruitment", "facilities", "education"} <= areas


@pytest.mark.parametrize("text, host", [
    ("Alpha University and BIT sign MoU at the Embassy of Japan\n\nAlpha University and Beta Institute of "
     "Technology (BIT) signed a memorandum of understanding at the Embassy of Japan in Hanoi.", "Embassy of Japan"),
    ("Alpha University and Cho Ray Hospital signed an agreement in the presence of the Embassy of Japan.",
     "Embassy of Japan"),
])
def test_where_it_was_signed_and_who_witnessed_are_not_parties(text, host):
    parties = {i["name"]: i["party"] for i in extract(text)["institutions"]}
    assert parties[host] is False and sum(parties.values()) == 2


@pytest.mark.parametrize("text, names", [
    ("HUST and KAIST signed an MoU on May 2. HUST will send students to KAIST.", ["HUST", "KAIST"]),
    ("The MoU between UEH and NTU was signed on May 2.", ["UEH", "NTU"]),
    ("Alpha University signed an MoU with KAIST on May 2.", ["Alpha University", "KAIST"]),
    ("Samsung Vietnam and HUST inked an MoU.", ["Samsung Vietnam", "HUST"]),
    ("HUST President Hoang Minh Son and KAIST President Lee Kwang-hyung signed an MoU.", ["HUST", "KAIST"]),
    # a side without a head noun beside one that has it: 'signed ... with X', 'between A and X was signed'
    ("Alpha University signed a cooperation agreement with Samsung Electronics Vietnam on May 2.",
     ["Alpha University", "Samsung Electronics Vietnam"]),
    ("A cooperation agreement between Alpha University and Viettel was signed on May 2.", ["Alpha University", "Viettel"]),
    # a country signing is a side too (guide D3: the territory named as the party), read by territory_sides
    ("Alpha University signed an MoU with Japan on May 2.", ["Alpha University", "Japan"]),
    # people and abbreviations that are not organisations are not sides
    ("Dr. Tran Van Binh and Prof. Kim Min-jun signed the MoU on AI and IT.", []),
])
def test_acronym_only_sides_of_a_signing(text, names):
    assert [i["name"] for i in extract(text)["institutions"]] == names


def test_untitled_names_with_a_role_after_a_comma():
    text = "The MoU was signed by Tran Van Binh, Rector of Alpha University, and Kim Min-jun, President of BIT."
    assert _roles(text) == {"Tran Van Binh": [("Rector", "Alpha University")],
                            "Kim Min-jun": [("President", "Beta Institute of Technology")]}
    assert _signed(text) == {"Tran Van Binh", "Kim Min-jun"}
    # a name of a place or an organisation before the comma is not a person
    assert _roles("Under the MoU, Alpha University, the President said, will send students to Hanoi.") == {}


@pytest.mark.parametrize("published, date", [("2024-03-06", "2024-03-05"), ("2024-05-06", "2024-05-03"),
                                             ("unknown", "2024-05-03")])
def test_an_ambiguous_numeric_date_is_month_first_only_when_published_before_the_day_first_reading(published, date):
    from kg.article import parse_article
    text = (f"url: unknown\ntitle: x\npublisher: unknown\npublished: {published}\n---\n"
            + HEAD.replace("signed a memorandum of understanding.", "signed an MoU on 03/05/2024."))
    assert extract(parse_article(text))["agreement"]["date"] == date


def test_a_units_name_does_not_run_into_the_next_persons_name():
    # 'Director of the Lorem Bank Credit Division A B': 'Division' ends the unit, the person is 'A B' alone
    names = [p["name"] for p in extract(HEAD + "Present were Lorem Bank Deputy General Director Le Thi Hoa, Director "
                                        "of the Lorem Bank Credit Division Tran Van Binh, BIT President Prof. Dr. "
                                        "Pham Van Quan and others.")["people"]]
    assert "Tran Van Binh" in names
    assert not any("Division" in name for name in names)
