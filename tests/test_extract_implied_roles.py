"""Roles written without their institution (session 11): the context's institution is kept only when
the post fits it, and a loose context (an institution named anywhere before) never (session 16; it was
kept when one candidate was left); otherwise no role is stated. Invented sentences."""

import pytest

from kg.extract import extract
from kg.extract.role_kinds import ACADEMIC, GOVERNMENT, post_kind


def _roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}


@pytest.mark.parametrize("text, name, role", [
    # the sentence before names a ministry last, but only a university has a deputy vice-chancellor
    ("Lorem University and the Ministry of Alpha Affairs signed an MoU on Monday. Deputy Vice-Chancellor Prof. "
     "Ana Kolar attended.\n", "Ana Kolar", ("Deputy Vice-Chancellor", "Lorem University")),
    # 'the School' points back to the school named with its owner
    ("Lorem University and Ipsum University signed an MoU. Ipsum's School of Law will host it.\nThe Dean of the "
     "School, Prof. Ada Berg, spoke.\n", "Ada Berg", ("Dean", "Ipsum University")),
    ("Ipsum University and Lorem University signed an MoU. Ipsum’s School of Law will host it.\nThe Dean of the "
     "School, Prof. Ada Berg, spoke.\n", "Ada Berg", ("Dean", "Ipsum University")),
])
def test_the_post_chooses_among_the_institutions(text, name, role):
    assert _roles(text)[name] == [role]


@pytest.mark.parametrize("text, name", [
    # a post any body may have, an institution named long before, two candidates: no role
    ("Lorem University and Ipsum University signed an MoU.\nThe choir sang.\nGuests came from far.\n"
     "Director Dr. Sam Hill welcomed the guests.\n", "Sam Hill"),
    # a minister with no government body among the institutions
    ("Lorem University and Ipsum Foods Ltd signed an MoU.\nThe choir sang.\nGuests came from far.\n"
     "Minister Dr. Sam Hill welcomed the guests.\n", "Sam Hill"),
    # a dean with two universities, neither ruled out (many deans in one university)
    ("Lorem University and Ipsum University signed an MoU.\nThe choir sang.\nGuests came from far.\n"
     "Dean Prof. Mark Olsen spoke.\n", "Mark Olsen"),
])
def test_no_single_candidate_gives_no_role(text, name):
    assert _roles(text)[name] == []


# A loose context (an institution named only further back than the sentence before) gives no owner even when
# the post leaves one candidate: on real pages such owners were right 2 times in 16 (session 16).
@pytest.mark.parametrize("text, name", [
    ("Lorem University and the Ministry of Alpha Affairs signed an MoU on Monday. the registrar, dr. Ana Kolar, "
     "was there. Registrar Dr. Ben Oyelaran read the text.\n", "Ben Oyelaran"),
    ("Lorem University and Sundale General Hospital signed an agreement.\nThe band played for an hour.\n"
     "Guests came from four towns.\nDean Prof. Mark Olsen spoke about nursing.\n", "Mark Olsen"),
    ("Lorem University and Ipsum University signed an MoU. Prof. Jo Park, Rector of Ipsum University, signed it.\n"
     "The band played.\nThe guests were thanked.\nRector Prof. Li Wen closed the day.\n", "Li Wen"),
])
def test_a_loose_context_gives_no_owner(text, name):
    assert _roles(text)[name] == []



def test_the_side_the_person_led_stands_whatever_the_post():
    roles = _roles("The ceremony was held at Alpha University.\nVice Chancellor Prof. Jo Lee, PhD, led the Beta Bank "
                   "delegation.\n")
    assert roles["Jo Lee"] == [("Vice Chancellor", "Beta Bank")]


@pytest.mark.parametrize("role, kind", [
    ("Deputy Vice-Chancellor", ACADEMIC), ("Pro-VC", None), ("Dean of the Faculty of Law", ACADEMIC),
    ("Vice Principal", ACADEMIC), ("Principal Secretary", GOVERNMENT), ("Associate Professor", ACADEMIC),
    ("Chief Minister", GOVERNMENT), ("Vice Governor", GOVERNMENT), ("Chair of the Board of Governors", None),
    ("Director", None), ("President", None), ("Chancellor", None), ("Mayor", GOVERNMENT),
])
def test_post_kinds(role, kind):
    assert post_kind(role) == kind


@pytest.mark.parametrize("text, name, role", [
    ("Lorem University (LU) and Ipsum Trusts signed an MoU. Sam Hill, acting as rector of LU, welcomed them.\n",
     "Sam Hill", ("rector", "Lorem University")),
    ("Lorem University (LU) and Ipsum Trusts signed an MoU. Dr. Sam Hill, serving as the Registrar of Lorem "
     "University, welcomed them.\n", "Sam Hill", ("Registrar", "Lorem University")),
    ("Lorem University (LU) and Ipsum Trusts signed an MoU. Dr. Sam Hill, who acts as Vice-Rector of LU, welcomed "
     "them.\n", "Sam Hill", ("Vice-Rector", "Lorem University")),
    ("Lorem University (LU) and Ipsum Trusts signed an MoU. Dr. Sam Hill, currently serving as chief executive of "
     "Ipsum Trusts, spoke.\n", "Sam Hill", ("chief executive", "Ipsum Trusts")),
])
def test_a_post_after_acting_or_serving_as(text, name, role):
    assert _roles(text)[name] == [role]


@pytest.mark.parametrize("text", [
    "Lorem University (LU) and Ipsum Trusts signed an MoU. Dr. Sam Hill, acting as host, spoke.\n",
    "Lorem University (LU) and Ipsum Trusts signed an MoU. Dr. Sam Hill, serving as moderator of the panel, spoke.\n",
])
def test_acting_as_something_else_is_no_post(text):
    assert _roles(text)["Sam Hill"] == []


@pytest.mark.parametrize("text, expected", [
    # a possessive lowercase post right before the name, no comma
    ("Lorem University and Ipsum Hospital signed an MoU. Ipsum Hospital’s chair Sam Hill, Chief Medical Officer Ada "
     "Berg, and Chief Nursing Officer Kim Lee attended.\n",
     {"Sam Hill": [("chair", "Ipsum Hospital")], "Ada Berg": [("Chief Medical Officer", "Ipsum Hospital")]}),
    ("Lorem University and Ipsum Hospital signed an MoU. They were joined by Ipsum Hospital's chief executive Prof. "
     "Sam Hill.\n", {"Sam Hill": [("chief executive", "Ipsum Hospital")]}),
    ("Lorem University and Ipsum Hospital signed an MoU. The university's rector Dr. Sam Hill spoke.\n",
     {"Sam Hill": [("rector", "Lorem University")]}),
    # the post before the next person's name is that person's, not the one before the comma
    ("Lorem University and Ipsum Hospital signed an MoU. Present were Prof. Sam Hill, Director of Research Ada Berg "
     "and Dean Kim Lee.\n", {"Sam Hill": [], "Ada Berg": [("Director of Research", "Ipsum Hospital")]}),
    ("Lorem University and Ipsum Hospital signed an MoU. Attending were Dr. Sam Hill, Chief Medical Officer Ada "
     "Berg.\n", {"Sam Hill": [], "Ada Berg": [("Chief Medical Officer", "Ipsum Hospital")]}),
    # no post between the possessive and the name
    ("Lorem University and Ipsum Hospital signed an MoU. Ipsum Hospital's new building Dr. Sam Hill said was "
     "fine.\n", {"Sam Hill": []}),
])
def test_posts_in_a_list_after_a_possessive(text, expected):
    roles = _roles(text)
    assert {name: roles[name] for name in expected} == expected
