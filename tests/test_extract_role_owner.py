"""Session 6 role mechanisms (issue 12): a role whose owner is written by other words than the
institution's name (shortened, another word form, with its kind, by the acronyms of its parts), a
post before the titles after a word that cannot end a name ('with', 'visiting'), and a lowercase
post of 'the university'. Every sentence is invented."""

import pytest

from kg.extract import extract
from kg.extract.institutions import Institution
from kg.extract.role_owner import owner_by_words


def _roles(text):
    return {(p["name"], r["role"], r["institution"]) for p in extract(text)["people"] for r in p["roles"]}


def _inst(*forms, acronyms=()):
    return Institution(forms=list(forms), acronyms=list(acronyms))


MINISTRY = _inst("Ministry of Economic Development, Trade and Farming of Norland")
UNION = _inst("Association of Cheese Makers of Norland")
ACADEMY = _inst("Central Institute of Applied Optics of the State Academy of Letters")
POLYTECH = _inst("Norland University of Science and Technology")


@pytest.mark.parametrize("phrase, expected", [
    ("Economy, Trade and Farming of Norland", MINISTRY),                  # shortened, another word form
    ('the Public Union "Association of Cheese Makers of Norland"', UNION),  # the kind before the name
    ("CIAO SAL", ACADEMY),                                                # acronyms of its two parts
    ("Applied Optics of the State Academy of Letters", ACADEMY),
])
def test_owner_by_words_fits(phrase, expected):
    assert owner_by_words(phrase, [MINISTRY, UNION, ACADEMY, POLYTECH]) is expected


@pytest.mark.parametrize("phrase", [
    "Science and Technology",            # two words a unit shares with a university: not enough
    "Norland",                           # one word
    "Trade",
    "Cheese Makers of Belavia",          # a word the name does not have
    "CIAO",                              # one acronym that spells only part of a name
])
def test_owner_by_words_says_nothing(phrase):
    assert owner_by_words(phrase, [MINISTRY, UNION, ACADEMY, POLYTECH]) is None


def test_owner_by_words_tie_gives_nothing():
    twins = [_inst("Institute of Marine Biology"), _inst("Institute of Marine Chemistry")]
    assert owner_by_words("Institute of Marine Biology and Chemistry", twins) is None


UNIS = "Alpha University and Beta Polytechnic signed a memorandum of understanding.\n"
HEAD = ("The Ministry of Economic Development, Trade and Farming of Norland and the Association of Cheese "
        "Makers of Norland signed a memorandum of cooperation.\n")


@pytest.mark.parametrize("sentence, name, role, institution", [
    # a minister's shortened ministry, with the commas of its name, right before the name
    ("On Monday, the Minister of Economy, Trade and Farming of Norland Mr. Ivar Lunde met the press.",
     "Ivar Lunde", "Minister", "Ministry of Economic Development, Trade and Farming of Norland"),
    # the kind written before the quoted name
    ('It was signed by Chairman of the Public Union "Association of Cheese Makers of Norland" Olga Brekke.',
     "Olga Brekke", "Chairman", "Association of Cheese Makers of Norland"),
    ("In the photo: Chairman of the Union «Association of Cheese Makers of Norland» Mrs. Olga Brekke.",
     "Olga Brekke", "Chairman", "Association of Cheese Makers of Norland"),
    ("Deputy Minister of Economy, Trade and Farming of Norland Dr. Per Haug gave a speech.",
     "Per Haug", "Deputy Minister", "Ministry of Economic Development, Trade and Farming of Norland"),
    # a post before the titles after a word that cannot end a name ('with', 'visiting'): this person's
    (UNIS + "In his remarks, the visiting Vice-Chancellor of Beta Polytechnic, Prof. Kofi Mensah, thanked them.",
     "Kofi Mensah", "Vice-Chancellor", "Beta Polytechnic"),
    (UNIS + "The rector met together with Head of International Affairs of Alpha University, Dr. Lan Pham.",
     "Lan Pham", "Head of International Affairs", "Alpha University"),
    (UNIS + "Guests were welcomed by the newly appointed Registrar of Beta Polytechnic, Mrs. Ama Owusu.",
     "Ama Owusu", "Registrar", "Beta Polytechnic"),
])
def test_role_read(sentence, name, role, institution):
    text = sentence if sentence.startswith(UNIS) else HEAD + sentence
    assert (name, role, institution) in _roles(text)


def test_longer_name_wins_over_its_tail():
    """'Minister of Health of the Republic of X': the ministry, not the republic its name ends with."""
    text = ("The Ministry of Health of the Republic of Austria and the Ministry of Health of Norland signed "
            "a memorandum. It was signed by Minister of Health of Norland Ivar Lunde and Minister of Health "
            "of the Republic of Austria Anna Zorin at the ministry.")
    roles = _roles(text)
    assert ("Anna Zorin", "Minister", "Ministry of Health of the Republic of Austria") in roles
    assert not any(inst == "Republic of Austria" for _, _, inst in roles)


def test_acronyms_of_the_parts():
    text = ("The Central Institute of Applied Optics of the State Academy of Letters (CIAO SAL) "
            "and the Norland University of Science and Technology signed an agreement. Deputy Director of "
            "Research of CIAO SAL Lev Orlov signed for the institute.")
    assert ("Lev Orlov", "Deputy Director of Research",
            "Central Institute of Applied Optics of the State Academy of Letters") in _roles(text)



@pytest.mark.parametrize("sentence, name, role", [
    ("The ceremony at Alpha University was attended by Dr. Omar Said, former president of the university.",
     "Omar Said", "former president"),
    ("At Alpha University the guests met Prof. Hana Aziz, deputy dean of the university, and the deans.",
     "Hana Aziz", "deputy dean"),
])
def test_lowercase_post_of_the_university(sentence, name, role):
    assert (name, role, "Alpha University") in _roles(UNIS + sentence)


@pytest.mark.parametrize("sentence, name", [
    # the comma ends the first person's role: the next person gets no role from it
    ("The MoU was signed by Dr. Tom Reed, President of Alpha University, and Dr. Sara Lind for Beta Polytechnic.",
     "Sara Lind"),
    ("Prof. Ian Gray, Pro-Vice Chancellor for Research at Alpha University, and Prof. Eva Holm signed it.",
     "Eva Holm"),
])
def test_role_of_the_person_before_stays_there(sentence, name):
    roles = _roles(UNIS + sentence)
    assert not any(n == name and inst == "Alpha University" for n, _, inst in roles)


@pytest.mark.parametrize("sentence, name, role, institution", [
    # a post with lowercase words inside, running to 'at/of' + a named institution that ends the clause
    ("“We are proud,” said Dr. Mia Cole, Division Chair of Nursing programs at Beta Polytechnic.",
     "Mia Cole", "Division Chair of Nursing programs", "Beta Polytechnic"),
    ("Speakers included Prof. Jan Novak, Program Director of adult learning at Alpha University, and others.",
     "Jan Novak", "Program Director of adult learning", "Alpha University"),
    ("Photo: Mr. Ravi Nair, Senior Lecturer in marine law of Beta Polytechnic (right).",
     "Ravi Nair", "Senior Lecturer in marine law", "Beta Polytechnic"),
    # a unit the university owns, written with a possessive of 'the university'
    ("After a visit to Beta Polytechnic, Mr. Omar Haddad, Chairman of the University’s Board of Trustees, spoke.",
     "Omar Haddad", "Chairman of the University’s Board of Trustees", "Alpha University"),
])
def test_post_read_to_its_owner(sentence, name, role, institution):
    assert (name, role, institution) in _roles(UNIS + sentence)


@pytest.mark.parametrize("sentence", [
    # another phrase joined to the post: it is not read as part of the post
    "Dr. Tom Reed, President together with representatives of Beta Polytechnic, signed it.",
    "Dr. Tom Reed, Dean and members of the delegation of Beta Polytechnic, arrived.",
    "Dr. Tom Reed, Rector who visited the campus of Beta Polytechnic, spoke.",
    "Dr. Tom Reed, Rector of the host university and the guests of Beta Polytechnic, spoke.",
])
def test_post_clause_not_joined_to_other_phrases(sentence):
    assert not any(" " in role and role.split()[1][:1].islower() for _, role, _ in _roles(UNIS + sentence))


@pytest.mark.parametrize("sentence, name", [
    # a lowercase phrase or a sentence end between the post and the name: the post is not this person's
    ("It was signed by Dr. Ann Lee, Head of the Lab of Robotics at Alpha University, in the presence of "
     "Mr. Bo Kim, Vice Chairman of the city.", "Bo Kim"),
    ("Guests were Dr. Ann Lee, Head of the Alpha Office. On the side of Alpha University, there were "
     "Mr. Bo Kim – Principal and Ms. Mai Ho.", "Bo Kim"),
])
def test_post_across_a_phrase_or_sentence_stays_with_its_person(sentence, name):
    assert not any(n == name and role.startswith("Head") for n, role, _ in _roles(UNIS + sentence))


@pytest.mark.parametrize("sentence, name, roles", [
    # a series of posts after a name, ending ', and <post> of X': the posts without an owner are X's too
    ("At Beta Polytechnic, Prof. Lan Vo, Chairman of the University Council, and Director of Alpha University, "
     "spoke.", "Lan Vo", {("Chairman of the University Council", "Alpha University"),
                          ("Director", "Alpha University")}),
    ("Beta Polytechnic hosted Dr. Kim Ha, Head of Admissions, and Vice President of Alpha University.",
     "Kim Ha", {("Head of Admissions", "Alpha University"), ("Vice President", "Alpha University")}),
    ("For Beta Polytechnic it was welcomed by Mr. Jonas Berg – Secretary of the Senate, and Rector of Alpha "
     "University.", "Jonas Berg", {("Secretary of the Senate", "Alpha University"), ("Rector", "Alpha University")}),
])
def test_series_of_posts_share_the_last_owner(sentence, name, roles):
    found = {(role, inst) for n, role, inst in _roles(UNIS + sentence) if n == name}
    assert roles <= found


def test_series_stops_at_another_persons_post():
    sentence = ("Present were Beta Polytechnic's Deputy Rector Mr. Ali Khan, Mayor Ken Sato of Lorem City, "
                "and Vice Governor Eri Mori of Ipsum Prefecture.")
    assert not any(n == "Ali Khan" and "Governor" in role for n, role, _ in _roles(UNIS + sentence))


# A post that writes an owner of its own which was not resolved is no one else's: the institution of the
# sentence before does not take it (session 16); a bare post still does.
@pytest.mark.parametrize("text, roles", [
    ("Lorem University and Ipsum Foods Ltd signed an MoU on Monday in Delta.\nDirector of XQZ2 Prof. Tom Reed "
     "spoke about the plan.\n", []),
    ("Lorem University signed an MoU with Ipsum Foods Ltd on Monday.\nDr. Tom Reed, Director of Research at "
     "Omikron, read the text.\n", []),
    ("Lorem University signed an MoU with Ipsum Foods Ltd on Monday.\nDr. Tom Reed, Director of Research, read "
     "the text.\n", [("Director of Research", "Ipsum Foods Ltd")]),
])
def test_an_unresolved_owner_in_the_post_takes_no_context_owner(text, roles):
    person = extract(text)["people"][0]
    assert [(r["role"], r["institution"]) for r in person["roles"]] == roles


# A unit named by its parent's acronym ('ABU Business School') is the parent's: its posts go to the parent
# (session 16; units are not institutions, guide D4).
@pytest.mark.parametrize("text, role", [
    ("Alpha Beta University (ABU) and Gamma Foods Ltd signed an MoU on Monday. The MoU was signed by Prof. Tom "
     "Reed, Dean of ABU Business School, and Ms. Ann Lee, CEO of Gamma Foods Ltd.\n", ("Dean", "Alpha Beta University")),
    ("Alpha Beta University (ABU) and Gamma Foods Ltd signed an MoU on Monday. Guests included Prof. Tom Reed, "
     "CEO of ABU Business School.\n", ("CEO", "Alpha Beta University")),
])
def test_a_unit_named_by_its_parents_acronym_is_the_parents(text, role):
    person = next(p for p in extract(text)["people"] if p["name"] == "Tom Reed")
    assert [(r["role"], r["institution"]) for r in person["roles"]] == [role]
