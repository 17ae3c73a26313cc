"""Person, role and signer shapes of session 5 (issue 12): shapes that recur on real pages of several
publishers, each in other wordings too. Every sentence is invented."""

import pytest

from kg.extract import extract

HEAD = "Alpha University (AU) and Beta Institute of Technology (BIT) signed a memorandum of understanding.\n"


def _roles(text):
    result = extract(HEAD + text)
    return {(p["name"], r["role"], r["institution"]) for p in result["people"] for r in p["roles"]}, result


@pytest.mark.parametrize("sentence, name, office, territory", [
    # a governor's or mayor's role goes to the territory named with it (guide D3), never to a university
    ("Guests included Mayor Kenji Sato of Fukuoka City and AU President Anna Berg.",
     "Kenji Sato", "Mayor", "Fukuoka City"),
    ("Guests included Vice Governor Kenji Sato of Nagano Prefecture and AU President Anna Berg.",
     "Kenji Sato", "Vice Governor", "Nagano Prefecture"),
    ("In his remarks, Nebraska’s Governor John Miller praised AU President Anna Berg.",
     "John Miller", "Governor", "Nebraska"),
    ("The Lagos State Governor, Tunde Bakare, welcomed AU President Anna Berg.",
     "Tunde Bakare", "Governor", "Lagos State"),
    ("The ceremony was attended by Osaka Mayor Hiro Tanaka and AU President Anna Berg.",
     "Hiro Tanaka", "Mayor", "Osaka"),
    ("The deputy mayor of Da Nang, Ms. Tran Thi Hoa, congratulated AU President Anna Berg.",
     "Tran Thi Hoa", "Deputy mayor", "Da Nang"),
])
def test_territory_office(sentence, name, office, territory):
    roles, result = _roles(sentence)
    assert (name, office, territory) in roles
    assert ("Anna Berg", "President", "Alpha University") in roles
    listed = {i["name"]: i["party"] for i in result["institutions"]}
    assert listed.get(territory) is False            # an officer who attends or speaks: listed, not a party
                                                     # (one who signs: test_extract_institutions_session19.py)


@pytest.mark.parametrize("sentence", [
    "Yesterday Governor Anna Berg of the Central Bank spoke at AU.",
    "Former Governor Anna Berg attended the ceremony at AU.",
    "State Governor H.E. Anna Berg attended the ceremony at AU.",
])
def test_no_territory(sentence):
    roles, result = _roles(sentence)
    names = {i["name"] for i in result["institutions"]}
    assert not names & {"Yesterday", "Central Bank", "Former", "State"}
    assert not any(inst in {"Yesterday", "Central Bank", "Former", "State"} for _, _, inst in roles)


@pytest.mark.parametrize("sentence, junk", [
    # the tail of a programme's, system's or ministry's name after a role word is no person
    ("Alpha General Healthcare System and Beta Health System signed the agreement.", "Healthcare System"),
    ("The MoU was signed by Karl Lund, Chief of Party for AU’s Community Learning Activity (CLA).",
     "Learning Activity"),
    ("Addressing the event, Minister of Labour, War Invalids, and Social Affairs Nguyen Van Hai spoke.",
     "War Invalids"),
])
def test_no_person_from_a_name_tail(sentence, junk):
    assert junk not in {p["name"] for p in extract(HEAD + sentence)["people"]}


@pytest.mark.parametrize("sentence, name", [
    # an untitled name right after a post and its owner, no comma, before a verb or a clause break
    ("Consul General of the Republic of Laos in Ho Chi Minh City Phimpha Keoxay attended the event.",
     "Phimpha Keoxay"),
    ("Head of business unit at Alpha Vietnam Gi Baek Lee highlighted the existing relationship.", "Gi Baek Lee"),
    ("Addressing the event, Minister of Labour, War Invalids, and Social Affairs Nguyen Van Hai spoke.",
     "Nguyen Van Hai"),
    ("Minister for medical education Ravi Kumar had taken the initiative.", "Ravi Kumar"),
    ("The delegation, led by its vice-president (international affairs) Laurent Moreau, visited AU.",
     "Laurent Moreau"),
    ("The visitors included director of international affairs Joanna Belo, among others.", "Joanna Belo"),
])
def test_name_after_post(sentence, name):
    assert name in {p["name"] for p in extract(HEAD + sentence)["people"]}


@pytest.mark.parametrize("sentence", [
    "The Rector visited partners in Da Nang, where the talks went well.",
    "The President of Alpha University Hospital Services Vietnam said the event was good.",
    "The Director of the Office of International Relations Student Affairs said the event was good.",
])
def test_no_name_after_post(sentence):
    assert not extract(HEAD + sentence)["people"]


@pytest.mark.parametrize("sentence, name, country", [
    # a country's office written with its demonym or possessive: the role goes to the country (guide D3)
    ("Addressing the event, Vietnamese Minister of Labour, War Invalids, and Social Affairs Nguyen Van Hai spoke.",
     "Nguyen Van Hai", "Vietnam"),
    ("Indonesian Ambassador to China, Budi Santoso, praised the move.", "Budi Santoso", "Indonesia"),
    ("The agreement was signed by Vietnamese Deputy Health Minister Nguyen Thi Lan and AU President Anna Berg.",
     "Nguyen Thi Lan", "Vietnam"),
    ("The French Ambassador to Vietnam, Mr. Olivier Brun, attended the ceremony.", "Olivier Brun", "France"),
    ("Kenya’s Minister for Education, Dr. Amina Otieno, opened the ceremony.", "Amina Otieno", "Kenya"),
])
def test_national_office(sentence, name, country):
    result = extract(HEAD + sentence)
    roles = {(p["name"], r["institution"]) for p in result["people"] for r in p["roles"]}
    assert (name, country) in roles
    assert {i["name"]: i["party"] for i in result["institutions"]}.get(country) is False


@pytest.mark.parametrize("sentence, name, institution", [
    # a ministry the text names stays the role's institution (guide D3); a possessive that is no country is no nation
    ("The Ministry of Education and Training hosted the event. Vietnamese Deputy Minister of Education and Training "
     "Hoang Van Minh attended.", "Hoang Van Minh", "Ministry of Education and Training"),
    ("Alpha University’s Ambassador for Alumni, Dr. Karl Lund, spoke.", "Karl Lund", "Alpha University"),
])
def test_national_office_not_taken(sentence, name, institution):
    roles = {(p["name"], r["institution"]) for p in extract(HEAD + sentence)["people"] for r in p["roles"]}
    assert (name, institution) in roles


@pytest.mark.parametrize("sentence, name, role, committee", [
    # a Party committee post next to the name is a role at that committee, kept as written
    ("Witnessing the signing, Secretary of the provincial Party Committee Nguyen Van Tam stressed the goals.",
     "Nguyen Van Tam", "Secretary of the provincial Party Committee", "provincial Party Committee"),
    ("Prof. Tran Van Minh, member of the Party Central Committee, attended the signing at AU.",
     "Tran Van Minh", "member of the Party Central Committee", "Party Central Committee"),
    ("Assoc. Prof. Le Hai Quan, Member of the Central Committee of the Party, Chairman of the University "
     "Council, spoke.", "Le Hai Quan", "Member of the Central Committee of the Party", "Central Committee of the Party"),
    ("Permanent Deputy Secretary of the City Party Committee Nguyen Hoang Long said the city was ready.",
     "Nguyen Hoang Long", "Permanent Deputy Secretary of the City Party Committee", "City Party Committee"),
    # (session 20, guide D3: a territory's committee without 'the', inside a Standing Committee, or written first)
    ("Li Ming, Deputy Secretary of Lorem Municipal Party Committee, attended the signing at AU.",
     "Li Ming", "Deputy Secretary of Lorem Municipal Party Committee", "Lorem Municipal Party Committee"),
    ("Mayor Wang Tao, the member of Standing Committee of the City Party Committee, attended the signing at AU.",
     "Wang Tao", "member of Standing Committee of the City Party Committee", "City Party Committee"),
    ("The AU delegation met a delegation headed by provincial Party Committee Secretary and Governor Somsak Vong.",
     "Somsak Vong", "provincial Party Committee Secretary", "provincial Party Committee"),
])
def test_party_post(sentence, name, role, committee):
    result = extract(HEAD + sentence)
    roles = {(p["name"], r["role"], r["institution"]) for p in result["people"] for r in p["roles"]}
    assert (name, role, committee) in roles
    assert not any(inst == committee for n, r, inst in roles if r != role)    # never the person's employer
    assert {i["name"]: i["party"] for i in result["institutions"]}.get(committee) is False


def test_party_committee_is_not_the_peoples_committee():
    text = ("The Lorem provincial People’s Committee and AU signed the deal. Witnessing the signing, Secretary "
            "of the provincial Party Committee Ngo Van Tam, member of the Party Central Committee, spoke.")
    roles = {(p["name"], r["role"], r["institution"]) for p in extract(HEAD + text)["people"] for r in p["roles"]}
    assert ("Ngo Van Tam", "Secretary of the provincial Party Committee", "provincial Party Committee") in roles
    assert ("Ngo Van Tam", "member of the Party Central Committee", "Party Central Committee") in roles


@pytest.mark.parametrize("sentence, name, institution", [
    # a territory or country is never a body merely named after it; its government is
    ("Da Nang University and AU signed an agreement. The deputy mayor of Da Nang, Ms. Tran Thi Hoa, attended.",
     "Tran Thi Hoa", "Da Nang"),
    ("Korea University and AU signed an agreement. The Korean Ambassador to Vietnam, Mr. Park Min Ho, attended.",
     "Park Min Ho", "Korea"),
    ("The People's Committee of Lorem Province and AU signed the deal. Governor of Lorem Province Nguyen Van An "
     "attended.", "Nguyen Van An", "People's Committee of Lorem Province"),
])
def test_territory_not_a_namesake(sentence, name, institution):
    roles = {(p["name"], r["institution"]) for p in extract(HEAD + sentence)["people"] for r in p["roles"]}
    assert (name, institution) in roles
