"""Role shapes read in session 12 (issue 12: person–role–institution on real pages), with invented
sentences: a country's office written after the name ('A B, Dolorian Ambassador to Ipsum') or with the
country's own name before it ('the UK Ambassador to X, A B', 'Japan Consul-General in X, Mr. A B')."""

import pytest

from kg.article import Article
from kg.extract import extract, role_territory
from kg.extract.institutions import Institution

HEAD = "Loremton University signs MoU with Ipsum Motors\n\nLoremton University and Ipsum Motors signed an MoU. "


def roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(Article(text))["people"]}


# --- a country's office: the role goes to the country (guide D3) ---------------------------------

@pytest.mark.parametrize("sentence, name, country", [
    ("The guest of honour was Tsuto Himena, Japanese Ambassador to Ghana.", "Tsuto Himena", "Japan"),
    ("It was signed in the presence of Mrs. Valeria Lorenza, French Minister for Higher Education and "
     "Research, at the hall.", "Valeria Lorenza", "France"),
    ("Japan Consul-General in Dusseldorf, Mr. Kaoru Shimaza, also attended.", "Kaoru Shimaza", "Japan"),
])
def test_a_country_office_goes_to_the_country(sentence, name, country):
    found = roles(HEAD + sentence)
    assert [inst for _role, inst in found[name]] == [country]


def test_a_ministry_read_only_from_the_minister_s_title_gives_way_to_the_country():
    # guide D3: 'Minister of X' names no ministry; with the country written, the role goes to the country
    found = roles(HEAD + "It was signed by Egyptian Minister of Environment Affairs, Yasmin Fouada, in Cairo.")
    assert found["Yasmin Fouada"] == [("Minister", "Egypt")]


def test_another_name_of_a_found_country_is_that_country():
    found = [Institution(forms=["Loremton University"]), Institution(forms=["United Kingdom"])]
    assert role_territory.same_country("UK", found) is found[1]
    assert role_territory.same_country("Korea", [Institution(forms=["Korea University"])]) is None


def test_a_university_before_the_office_is_no_country():
    found = roles(HEAD + "Prof. Anna Berg, Loremton Minister of Students, spoke at the event.")
    assert all(inst != "Loremton" for _role, inst in found.get("Anna Berg", []))


# --- a post opening its member of the sentence after a preposition or a lowercase clause ------------

@pytest.mark.parametrize("sentence, name, role", [
    ("The memo was signed in the presence of the Governor of the Ipsum Motors Authority, Eng. Ahmed Suwanyan, "
     "and senior officials.", "Ahmed Suwanyan", ("Governor", "Ipsum Motors Authority")),
    ("In a meeting held virtually, President of Loremton University, professor Dr. Karim Rasheda, signed the MoU.",
     "Karim Rasheda", ("President", "Loremton University")),
])
def test_a_post_after_a_preposition_or_lowercase_clause_is_the_next_name_s(sentence, name, role):
    text = HEAD.replace("Ipsum Motors", "Ipsum Motors Authority") + sentence
    assert role in roles(text)[name]


def test_a_post_after_a_name_still_ends_that_name_s_role():
    found = roles(HEAD + "Dr. Anna Bergen, Rector of Loremton University, Prof. Karl Lunden, Director of Ipsum Motors, "
                         "signed the MoU.")
    assert found["Anna Bergen"] == [("Rector", "Loremton University")]
    assert found["Karl Lunden"] == [("Director", "Ipsum Motors")]


# --- a name read inside a body's name is no person ------------------------------------------------

def test_the_end_of_a_body_s_name_after_a_post_is_no_person():
    text = ("Loremton University signs MoU with Universiti Ipsum Kelantan\n\nProf Depura Bharati, Vice Chancellor of "
            "Loremton University and Prof Razli Che Razak, Vice Chancellor of Universiti Ipsum Kelantan signed the MoU.")
    found = roles(text)
    assert "Ipsum Kelantan" not in found
    assert found["Razli Che Razak"] == [("Vice Chancellor", "Universiti Ipsum Kelantan")]


# --- a unit's post goes to the parent the text ties the unit to (guide D4) ----------------------------

UNIT_TEXT = ("Loremton University signs MoU with Ipsum Food Authority\n\nThe University of Loremton, through its "
             "Institute of Applied Lorem Science (IALS), has signed an MoU with the Ipsum Food Authority (IFA). ")


def test_a_unit_the_parent_acts_through_is_the_parent_s():
    found = roles(UNIT_TEXT + "The MoU was signed by Dr. Henry Sintima, Acting Director of IALS.")
    assert found["Henry Sintima"] == [("Acting Director", "University of Loremton")]


def test_a_unit_named_after_its_parent_is_the_parent_s():
    found = roles(UNIT_TEXT + "Professor Karen Stansfeld, Dean of the University of Loremton Institute of Health, "
                              "said the partnership matters.")
    assert found["Karen Stansfeld"] == [("Dean", "University of Loremton")]
