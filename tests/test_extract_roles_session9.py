"""Posts set off by commas next to a name (session 9, people drafted with no role): abbreviated posts
before the employer ('A, ED (Marketing), LOCL'), a possessive post with its unit before the name, a
lowercase post after a generic noun ('the hospital manager, Dr A'), a qualifier before the owner
('the president of the newly founded X, A'). Invented sentences; the negative cases must give no role."""

import pytest

from kg.article import Article
from kg.extract import extract


def roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(Article(text))["people"]}


OIL = "Lorem Oil Corporation Ltd (LOCL) signed an MoU with Ipsum Institute of Technology on Monday. "


def test_abbreviated_post_with_a_qualifier_before_the_acronym():
    found = roles(OIL + "The MoU was signed by Dr Arun Kumar, ED (Marketing), LOCL and Prof Ravi Singh, Director, "
                        "Ipsum Institute of Technology.")
    assert found["Arun Kumar"] == [("ED (Marketing)", "Lorem Oil Corporation Ltd")]
    assert found["Ravi Singh"] == [("Director", "Ipsum Institute of Technology")]


def test_abbreviated_post_before_the_full_name_then_said():
    found = roles(OIL + "Mr Vikram Rao, CMD, Lorem Oil Corporation Ltd, said the pact would train engineers.")
    assert found["Vikram Rao"] == [("CMD", "Lorem Oil Corporation Ltd")]


def test_no_role_when_the_abbreviation_is_no_post():
    found = roles(OIL + "The talk was given by Prof Meera Iyer, IIT, Lorem Oil Corporation Ltd, on Friday.")
    assert all(role != "IIT" for role, _ in found.get("Meera Iyer", []))


def test_no_role_when_the_employer_is_not_named_in_the_article():
    found = roles(OIL + "Mr Vikram Rao, MD, Kerala, said the pact would train engineers.")
    assert found.get("Vikram Rao", []) == []


UNIVERSITY = "Ipsum University (IU) signed an MoU with Dolor Polytechnic on Tuesday. "


def test_possessive_post_with_its_unit_before_the_name():
    found = roles(UNIVERSITY + "This was stated by the IU's Director, Directorate of Public Affairs, Musa Bello, "
                               "in Kano on Wednesday.")
    assert found["Musa Bello"] == [("Director, Directorate of Public Affairs", "Ipsum University")]


def test_possessive_post_with_a_unit_needs_an_owner_of_the_article():
    found = roles(UNIVERSITY + "This was stated by the Ministry's Director, Department of Press, Musa Bello, "
                               "in Kano on Wednesday.")
    assert found.get("Musa Bello", []) == []


def test_lowercase_post_after_a_generic_noun():
    found = roles("Ipsum University signed an MoU with Dolor Hospital. The dean thanked the hospital manager, "
                  "Dr Karim Aziz, for the support.")
    assert found["Karim Aziz"] == [("manager", "Dolor Hospital")]


@pytest.mark.parametrize("text", [
    # the noun fits two institutions: either may own the post
    "Ipsum University signed an MoU with Dolor University. Speaking at the event, the university registrar, "
    "Dr Karim Aziz, thanked the guests.",
    # no institution of the article carries the noun
    "Ipsum University signed an MoU with Dolor Polytechnic. He thanked the hospital manager, Dr Karim Aziz, "
    "for the support."])
def test_no_role_when_the_generic_noun_names_no_single_institution(text):
    assert roles(text).get("Karim Aziz", []) == []


def test_lowercase_post_before_a_newly_founded_institution():
    found = roles("Ipsum University signed an MoU with Dolor University. It was signed by the president "
                  "of the newly founded Dolor University, Amir Hassan, and the rector of Ipsum University.")
    assert found["Amir Hassan"] == [("president", "Dolor University")]


AGENCY = "The Lorem Agency for Development (LAD) signed an MoU with Makori County. "


def test_a_modifier_after_the_acronym_opens_the_post():
    found = roles(AGENCY + "It was witnessed by LAD Deputy Assistant Administrator Jim Clark.")
    assert found["Jim Clark"] == [("Deputy Assistant Administrator", "Lorem Agency for Development")]


def test_no_role_that_holds_another_persons_post_and_name():
    found = roles(AGENCY + "The MoU was signed by LAD Mission Director Tom Baker and County Governor Ann Otieno.")
    assert found["Tom Baker"] == [("Director", "Lorem Agency for Development")]
    assert all("Baker" not in role for role, _ in found.get("Ann Otieno", []))


HOSPITAL = "Lorem University signed an MoU with Dolor Hospital on Monday. "


@pytest.mark.parametrize("post, joint", [("medical director", "at"), ("programme officer", "of the")])
def test_a_described_lowercase_post_after_the_name(post, joint):
    found = roles(HOSPITAL + f"Dr. Karim Aziz, {post} {joint} Dolor Hospital, said the deal matters.")
    assert found["Karim Aziz"] == [(post, "Dolor Hospital")]


@pytest.mark.parametrize("tail", ["medical director at Alpha Clinic, said the deal matters.",   # not in the article
                                  "and director of Dolor Hospital Mary Obi, spoke."])          # another person's post
def test_no_described_post_without_an_owner_of_the_article(tail):
    assert roles(HOSPITAL + "Dr. Karim Aziz, " + tail).get("Karim Aziz", []) == []


@pytest.mark.parametrize("sentence, role", [
    ("The medical director of Dolor Hospital, Dr. Karim Aziz, said the deal matters.", "medical director"),
    ("Dr. Karim Aziz, in his capacity as Director of Dolor Hospital, said the deal matters.", "Director"),
    ("Dr. Karim Aziz, acting director, Dolor Hospital, said the deal matters.", "acting director"),
    ("Dolor Hospital's deputy director (clinical), Dr. Karim Aziz, said the deal matters.", "deputy director"),
    ("Dolor Hospital deputy director (clinical) Dr. Karim Aziz said the deal matters.", "deputy director")])
def test_more_lowercase_post_shapes(sentence, role):
    assert roles(HOSPITAL + sentence)["Karim Aziz"] == [(role, "Dolor Hospital")]


@pytest.mark.parametrize("sentence", [
    "Dr. Karim Aziz, MD, Dolor Hospital, said the deal matters.",      # 'MD' is as often the medical degree
    "The other director of Alpha Clinic, Dr. Karim Aziz, said the deal matters.",   # not an institution of the article
    "Dr. Karim Aziz, acting director, Kerala, said the deal matters."])
def test_no_role_from_an_ambiguous_shape(sentence):
    assert roles(HOSPITAL + sentence).get("Karim Aziz", []) == []


def test_institution_and_lowercase_post_then_a_comma_opening_the_clause():
    found = roles(HOSPITAL + "The deal was signed by Dolor Hospital director, Dr. Karim Aziz, and the rector.")
    assert found["Karim Aziz"] == [("director", "Dolor Hospital")]


def test_institution_and_lowercase_post_after_another_name_belong_to_that_name():
    found = roles(HOSPITAL + "Speaking were Mr. Tom Hill, Dolor Hospital director, Dr. Karim Aziz and others.")
    assert ("director", "Dolor Hospital") not in found.get("Karim Aziz", [])


def test_a_hyphenated_general_post_in_lowercase():
    found = roles(HOSPITAL + "Dr. Karim Aziz, secretary-general of Dolor Hospital, noted that the deal matters.")
    assert found["Karim Aziz"] == [("secretary-general", "Dolor Hospital")]
