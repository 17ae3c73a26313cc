"""People found without their role (session 7): a role right after a titled name with its dash lost, a
lowercase title or 'the' between a post and the titles, a lowercase 'the member of ...' after a name, a
lowercase government post before an untitled name, and roles.ttl wordings written two ways. Sentences
are invented, in the shapes of press English from several countries."""

import pytest

from kg.extract import extract
from kg.extract.roles import role_key


def _roles(text):
    draft = extract(text, gazetteer=None)
    return {(p["name"], role_key(r["role"]), r["institution"]) for p in draft["people"] for r in p["roles"]}, \
        {p["name"] for p in draft["people"]}


@pytest.mark.parametrize("text, expected", [
    # a list whose items are 'Prof. A - Role': one item lost its dash
    ("The delegation of Lorem Normal University included Prof. Chen Bo - Director of the Rector's Office, "
     "Prof. Liu Fang Director of International Office, and Prof. Sun Hao - Dean of the College of Physics.",
     ("Liu Fang", "director", "Lorem Normal University")),
    # a lowercase academic title between the post's comma and the titles (translated English)
    ("The MoU was signed by the President of Lorem University, professor Dr. Karim Ahmed Saleh, and the "
     "Rector of Ipsum University.",
     ("Karim Ahmed Saleh", "rector", "Lorem University")),
    # 'the member of Board of Directors' in lowercase after a titled name in a member list
    ("Members of Lorem University: Mr Nguyen Van Long, the member of Board of Directors; Ms Tran Thi Ha, "
     "the head of Office of Training.",
     ("Nguyen Van Long", "staff", "Lorem University")),
    # a lowercase government post between the territory and an untitled name (Kenyan press)
    ("Lorem County and Ipsum Agency signed an MoU. It was signed by Lorem governor Joseph Kamau Mwangi and "
     "Ipsum Agency director Mary Wanjiru Otieno.",
     ("Joseph Kamau Mwangi", "governor", "Lorem County")),
    # 'the <post> of <body>' right before the titles, after a verb or 'on behalf of' (no comma)
    ("The MoU was signed by Prof. John Smith for Lorem University, while the Arab Lorem Organization was "
     "represented by Mr. Tarek Hadi acting on behalf of the Director General of the Organization Dr. Nasser "
     "Qahtani.", ("Nasser Qahtani", "director", "Arab Lorem Organization")),
    ("During the visit he met the Director General of the Lorem Organization Dr. Nasser Qahtani.",
     ("Nasser Qahtani", "director", "Lorem Organization")),
    # 'Administrator' is a post, never the first word of a name (US agencies, hospitals)
    ("The MOU was signed by Mission Director Mark Lorenz and witnessed by Lorem Agency Deputy Assistant "
     "Administrator Greg Conrad and the County Secretary.",
     ("Greg Conrad", "deputy assistant administrator", "Lorem Agency")),
    # Spanish-language degrees before a name in English press
    ("The Coordinator of the Office of International Relations of Lorem University, Mg. José Ramos, and "
     "Dra. Ana Ruiz, Dean of the Faculty of Law, attended.",
     ("José Ramos", "staff", "Lorem University")),
    # a relative clause before the post: 'who is also the', 'who serves as the'
    ("The MoU was signed by Dr. Amos Kiprop, who is also the Vice-Chancellor of Lorem University, and Prof. Li Wei.",
     ("Amos Kiprop", "rector", "Lorem University")),
    ("The programme is led by Dr. Amos Kiprop, who serves as the Dean of Lorem Law School.",
     ("Amos Kiprop", "dean", "Lorem Law School")),
    # a lowercase possessive post set off by commas before an untitled name (AP style)
    ("Lorem University and Ipsum College signed an MoU on Monday. The university's rector, Alan Brook, and the "
     "college's principal, Mei Lin, signed it.", ("Mei Lin", "rector", "Ipsum College")),
    ("Lorem Bank and Ipsum College signed a deal. Speaking at the launch, Lorem Bank's chief executive, Ade "
     "Cole, said the deal was good.", ("Ade Cole", "ceo", "Lorem Bank")),
    # a lowercase post, 'of' and the institution, then an untitled name (Indian press)
    ("Lorem University has inked an MoU with Ipsum College. Assistant registrar of the Lorem University Ravi "
     "Kumar Menon said in a press release that the varsity was the first partner.",
     ("Ravi Kumar Menon", "registrar", "Lorem University")),
    ("Lorem University and Ipsum College signed an MoU. The vice-chancellor of Lorem University R K Sharma said "
     "the pact would help students.", ("R K Sharma", "rector", "Lorem University")),
])
def test_role_found_for_person(text, expected):
    roles, _ = _roles(text)
    assert expected in roles


@pytest.mark.parametrize("text, name", [
    ("The Lorem County commissioner Peter Otieno Kamau said the county would benefit.", "Peter Otieno Kamau"),
    ("The Lorem City mayor Peter Otieno Kamau said the city would benefit.", "Peter Otieno Kamau"),
])
def test_untitled_name_after_lowercase_government_post(text, name):
    assert name in _roles(text)[1]


@pytest.mark.parametrize("text, name, role", [
    ("Alpha Bank and Ipsum University signed an MoU. It was signed by Alpha Bank Managing Director the "
     "Honourable Kofi Mensah and the Rector of Ipsum University.", "Kofi Mensah", "Managing Director"),
    ("Lorem Province and Ipsum University signed an MoU. Lorem Province Deputy Governor the Hon. Ahmad Razak "
     "Ali signed for the province.", "Ahmad Razak Ali", "Deputy Governor"),
])
def test_the_before_an_honorific_is_not_part_of_the_post(text, name, role):
    """'the Honourable' / 'the Hon.' (Malaysian, Ghanaian, Kenyan press): the post is written without 'the'."""
    draft = extract(text, gazetteer=None)
    assert [r["role"] for p in draft["people"] if p["name"].endswith(name) for r in p["roles"]] == [role]


@pytest.mark.parametrize("text, name", [
    # a capitalised word after a name that is not followed by 'of' opens the next clause, not a role
    ("The visit of Prof. Liu Fang Director Chen met the students of Lorem University.", "Liu Fang"),
    # 'Vice-Chancellor' after 'Professor' belongs to the next person: no role for the first
    ("Lorem University thanked Professor Jane Doe Vice-Chancellor Emeritus.", "Jane Doe"),
])
def test_no_role_without_its_of(text, name):
    roles, _ = _roles(text)
    assert not any(n == name for n, _, _ in roles)


def test_party_committee_inside_a_post_is_not_the_post():
    """'the Secretary of the Party Committee of X Dr. Y': the cut before 'the' never falls after 'of'."""
    roles, _ = _roles("He met the Secretary of the Party Committee of Lorem University Dr. Ho Van Binh.")
    assert roles == {("Ho Van Binh", "party-secretary", "Lorem University")}


@pytest.mark.parametrize("text", ["Dr. Amos Kiprop, who is also a lecturer, spoke at Lorem University.",
                                  "Dr. Amos Kiprop, who is also the author of Lorem Studies, spoke."])
def test_relative_clause_without_a_post_gives_no_role(text):
    assert not _roles(text)[0]


def test_possessive_post_after_a_name_stays_with_that_name():
    """'A, X's post, B': the post is A's (set off after A's comma), not B's."""
    roles, _ = _roles("Lorem Bank and Ipsum College signed a deal. It was praised by Jane Roe, Lorem Bank's "
                      "chief executive, Ade Cole and others.")
    assert not any(name == "Ade Cole" for name, _, _ in roles)


@pytest.mark.parametrize("text", [
    "Lorem University and Ipsum College signed an MoU. Director of Lorem University Hospital Wards said nothing.",
    "Lorem University and Ipsum College signed an MoU at the office of Lorem University Main Hall on Monday.",
])
def test_no_name_after_an_owned_post_without_a_person(text):
    assert not _roles(text)[1]


def test_lowercase_word_before_titles_is_no_role():
    """Only 'professor' or 'the' moves: 'visited by Dr. A' keeps no role, 'the famous Dr. A' neither."""
    roles, people = _roles("Lorem University was visited by the famous Dr. Anna Berg last week.")
    assert "Anna Berg" in people and not roles


@pytest.mark.parametrize("a, b", [
    ("VC", "Vice-Chancellor"), ("Deputy VC", "Deputy Vice-Chancellor"), ("DVC", "Pro-Vice-Chancellor"),
    ("General Secretary", "Secretary-General"), ("Lorem State Secretary", "State Secretary at the Ministry of X"),
    ("Development Counselor", "Agricultural Counsellor"), ("Education Attaché", "attache for science"),
    ("scientific researcher", "Senior Researcher in soil biology"),
])
def test_role_wordings_written_two_ways_are_one_role(a, b):
    assert role_key(a) == role_key(b)


@pytest.mark.parametrize("a, b", [
    ("Deputy VC", "VC"), ("State Secretary", "Permanent Secretary"), ("Counsellor", "Consul General"),
    ("Researcher", "Lecturer"), ("Attaché", "Ambassador"),
])
def test_different_posts_stay_apart(a, b):
    assert role_key(a) != role_key(b)



_THREE = "Lorem University, Ipsum College and Dolor Institute signed an MoU. "


@pytest.mark.parametrize("text", [
    _THREE + "Attending were Prof. Alan Brook, Dr. Mei Lin and Mr. Tran Van Nam, respectively the Rector of Lorem "
             "University, the Principal of Ipsum College and the Director of Dolor Institute.",
    _THREE + "It was signed by Prof. Alan Brook, Dr. Mei Lin and Mr. Tran Van Nam, the Rector of Lorem University, "
             "the Principal of Ipsum College and the Director of Dolor Institute, respectively.",
    _THREE + "Prof. Alan Brook, Dr. Mei Lin and Mr. Tran Van Nam, the Rector of Lorem University, the Principal of "
             "Ipsum College and the Director of Dolor Institute attended the event.",
])
def test_three_people_and_three_posts_in_order(text):
    roles, _ = _roles(text)
    assert roles == {("Alan Brook", "rector", "Lorem University"), ("Mei Lin", "rector", "Ipsum College"),
                     ("Tran Van Nam", "director", "Dolor Institute")}


def test_fewer_posts_than_people_are_not_shared_out():
    roles, _ = _roles(_THREE + "Prof. Alan Brook, Dr. Mei Lin and Mr. Tran Van Nam, the Rector of Lorem University "
                               "and the Principal of Ipsum College, attended.")
    assert ("Mei Lin", "rector", "Ipsum College") not in roles and ("Alan Brook", "rector", "Lorem University") not in roles


_LIST = ("Lorem University and Ipsum College signed an MoU. The Lorem University delegation:\n"
         "- Vice Rector: Assoc. Prof. Dr. Nguyen Thi Lan\n- Head of International Office: Dr. Tran Van Minh")


def test_post_then_colon_then_name():
    """'Rector of X: Prof. A', '- Vice Rector: Dr. A' (delegation lists of university pages)."""
    roles, _ = _roles("Lorem University and Ipsum College signed an MoU. Rector of Lorem University: Prof. Alan "
                      "Brook. Principal of Ipsum College: Dr. Mei Lin.")
    assert roles == {("Alan Brook", "rector", "Lorem University"), ("Mei Lin", "rector", "Ipsum College")}
    assert ("Tran Van Minh", "director", "Lorem University") in _roles(_LIST)[0]


def test_next_bullet_post_is_not_the_previous_name_s():
    """The post on the next bulleted line belongs to the name after it, never to the one before."""
    assert ("Nguyen Thi Lan", "director", "Lorem University") not in _roles(_LIST)[0]


def test_colon_after_a_non_post_gives_no_role():
    roles, people = _roles("Lorem University and Ipsum College signed an MoU. Present: Prof. Alan Brook and "
                           "Dr. Mei Lin.")
    assert people == {"Alan Brook", "Mei Lin"} and not roles
