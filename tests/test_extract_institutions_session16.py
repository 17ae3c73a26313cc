"""Institutions on real pages, session 16: a saint's possessive at a name's start, 'People's Republic' inside a
name, two remits before a ministry's head, the officer-in-charge before a post, a mission's place written with 'of'
and a hyphenated 'Consulate-General', a unit named with its parent's acronym after 'of', a faculty's subject before
its university's name. Invented sentences only."""

from kg.extract import extract
from kg.extract.name_spans import without_prefix


def _parties(text):
    return {i["name"] for i in extract(text)["institutions"] if i["party"]}


# --- "St Lorem's Hospital": a saint's possessive is the name's own first words -------------------------
def test_saints_possessive_kept():
    # (a place's possessive is cut, "Riverton's Alder College" -> 'Alder College'; a saint's is the name)
    assert without_prefix("St. Lorem’s Community Hospital") == "St. Lorem’s Community Hospital"
    assert without_prefix("Saint Ipsum’s Dolor College") == "Saint Ipsum’s Dolor College"
    assert without_prefix("Riverton’s Alder College") == "Alder College"


def test_saints_possessive_in_a_signing():
    text = ("Alder University and St Lucia’s University Hospital signed a memorandum of understanding on "
            "training nurses on Monday.")
    assert _parties(text) == {"Alder University", "St Lucia’s University Hospital"}


# --- "of the People's Republic of Loremia": 'People's' is a state's name, no possessive that ends the name ----
def test_peoples_republic_inside_a_ministrys_name():
    text = "Alder University signed an agreement with the Ministry of Health of the People’s Republic of Loremia."
    assert _parties(text) == {"Alder University", "Ministry of Health of the People’s Republic of Loremia"}


# --- 'the Health and Population Ministry': two remits joined before the head ------------------------------
def test_two_remits_before_a_ministry():
    text = "Alder University signed an agreement with the Health and Population Ministry on Monday."
    assert _parties(text) == {"Alder University", "Health and Population Ministry"}


# --- 'OIC Vice President': the officer-in-charge before a post is no body ---------------------------------
def test_officer_in_charge_is_no_institution():
    text = ("Alder State University signed a memorandum of agreement with Ipsum College on Monday. The signing "
            "was attended by Dr. Lorem Dolor – OIC Vice President for Academic Affairs.")
    assert {i["name"] for i in extract(text)["institutions"]} == {"Alder State University", "Ipsum College"}


# --- a mission's name with where it is: 'in the Republic of X', and 'Consulate-General' as one head -----------
def test_embassy_in_a_state_named_with_of():
    text = "Alder University and the Embassy of Loremia in the Republic of Korea signed a memorandum on Monday."
    assert _parties(text) == {"Alder University", "Embassy of Loremia in the Republic of Korea"}


def test_hyphenated_consulate_general_with_its_city():
    text = "Alder University and the Consulate-General of Loremia in Riverton signed a memorandum on Monday."
    assert _parties(text) == {"Alder University", "Consulate-General of Loremia in Riverton"}


# --- 'Africa Department of ABCA': a unit named with its parent's acronym after 'of' is no institution --------
def test_unit_of_a_parents_acronym():
    text = ("The agreement was signed by Lorem Ipsum, Director General of Africa Department of LICA, and Dolor Sit, "
            "President of Alder University. The Loremian International Cooperation Agency (LICA) funds the work.")
    assert {i["name"] for i in extract(text)["institutions"]} == {"Loremian International Cooperation Agency",
                                                                   "Alder University"}


# --- 'Faculty of Agriculture Lorem University': the unit's subject is not the parent's first word -------------
def test_faculty_subject_before_its_parents_name():
    text = "A memorandum was signed between Faculty of Agriculture Lorem University and Ipsum University."
    assert _parties(text) == {"Lorem University", "Ipsum University"}

