"""Institutions on real pages, session 8: one body the page writes once in full and once shorter (its
full name with more words after, in front or in between) is one institution, never two; bodies whose
names share words but differ in what they name stay apart. Invented sentences (press English of several
countries, translated English, captions)."""

import pytest

from kg.extract import extract
from kg.extract.variant_names import fuller_form


def _entries(text):
    return {i["name"]: i for i in extract(text, gazetteer=None)["institutions"]}


@pytest.mark.parametrize("text, full, short", [
    # a college and its teaching hospital written whole once, then without the hospital
    ("Lorem Medical College and Hospital signed an MoU with Ipsum Institute of Sciences on Monday. "
     "Dr. Arun Kesh, principal of Lorem Medical College, and Dr. Mira Toss, director of Ipsum Institute of "
     "Sciences, signed the MoU.", "Lorem Medical College and Hospital", "Lorem Medical College"),
    # a foreign university's name with its town written once, then cut before it (translated English)
    ("The Ipsumese University of San Dolor de Las Amet signed a collaboration agreement with Lorem State "
     "University. The rector of the Ipsumese University of San Dolor, Dr. Ana Rius, signed for her institution.",
     "Ipsumese University of San Dolor de Las Amet", "Ipsumese University of San Dolor"),
    # a nationality adjective in front of one mention only
    ("Minister Kamal Sayed witnessed the signing between the new Dolor University and the British University "
     "of Vitae Amet. The University of Vitae Amet will offer dual degrees.",
     "British University of Vitae Amet", "University of Vitae Amet"),
])
def test_a_shorter_mention_of_a_listed_body_is_no_second_institution(text, full, short):
    entries = _entries(text)
    assert short not in entries, entries
    assert short in entries[full]["aliases"]


def test_the_shorter_mentions_roles_follow_the_join():
    text = ("Lorem Medical College and Hospital signed an MoU with Ipsum Institute of Sciences on Monday. "
            "Dr. Arun Kesh, principal of Lorem Medical College, signed the MoU.")
    people = {p["name"]: p for p in extract(text, gazetteer=None)["people"]}
    roles = [r["institution"] for r in people["Arun Kesh"]["roles"]]
    assert roles == ["Lorem Medical College and Hospital"], roles


@pytest.mark.parametrize("short, long_", [
    ("Lorem University of Science", "Lorem University of Science and Technology"),   # another member school
    ("Lorem University", "Lorem University of Agriculture"),                          # a specialised sibling
    ("Ministry of Health", "Ministry of Health of Ipsumia"),                           # the other side's ministry
    ("National University", "National University of Lorem"),                          # no word says which one
    ("Lorem University", "Ipsum College - Lorem University"),                         # a member of its parent
    ("Lorem", "Lorem Business Group"),                                                # one word
])
def test_names_sharing_words_that_name_another_body_are_not_one(short, long_):
    from kg.extract.institutions import ACADEMIC_SUBJECTS, COUNTRIES, MEMBER_SUBJECTS, _head_kind
    is_head = lambda w: _head_kind(w) == "institution"
    countries = COUNTRIES | {"ipsumia"}
    assert not fuller_form(short, long_, is_head, countries, ACADEMIC_SUBJECTS | MEMBER_SUBJECTS)


def test_a_short_form_fitting_two_bodies_stays_apart():
    from kg.extract.institutions import Institution, find_mentions, join_fuller_forms
    text = ("Lorem Dental College and Hospital and the Lorem Dental College Trust signed an MoU with Ipsum "
            "University. Lorem Dental College will host the first students.")
    groups = [Institution(forms=[name], mentions=find_mentions(text, [name])) for name in
              ("Lorem Dental College and Hospital", "Lorem Dental College Trust", "Lorem Dental College")]
    kept = join_fuller_forms(groups, set(), [])
    assert [g.name for g in kept] == ["Lorem Dental College and Hospital", "Lorem Dental College Trust",
                                      "Lorem Dental College"]


def test_a_short_form_joins_its_one_fuller_form_and_takes_its_party():
    from kg.extract.institutions import Institution, find_mentions, join_fuller_forms
    text = "Lorem Dental College and Hospital signed an MoU. Lorem Dental College will host the first students."
    full, short = (Institution(forms=[name], mentions=find_mentions(text, [name]))
                   for name in ("Lorem Dental College and Hospital", "Lorem Dental College"))
    parties = {id(short)}
    kept = join_fuller_forms([full, short], parties, [])
    assert kept == [full] and id(full) in parties and "Lorem Dental College" in full.aliases()
    assert [m.start for m in full.mentions][0] == 0 and full.mentions[-1].start == text.index("Lorem Dental College will")


def test_an_acronym_and_a_head_is_the_body_the_acronym_names():
    # the body written once in full with its acronym, once as the acronym and another head (translated press English)
    text = ("The Riverton Friendship Union and the Friedrich Lorem Foundation (FLF) signed an MoU on Monday. "
            "Dr. Anna Stoff, FLF Institute country director, said the two sides will train teachers.")
    entries = _entries(text)
    assert "FLF Institute" not in entries, entries
    assert "FLF Institute" in entries["Friedrich Lorem Foundation"]["aliases"]


@pytest.mark.parametrize("short, acronyms", [
    ("FLF Institute of Law", ["FLF"]),      # more after the head: maybe another body
    ("FLF Group", ["FLF"]),                  # a company of its own
    ("ABC Institute", ["FLF"]),              # an acronym no kept body is written with
    ("FLF Riverton", ["FLF"]),               # no head
])
def test_an_acronym_and_other_words_is_not_joined(short, acronyms):
    from kg.extract.institutions import _head_kind
    from kg.extract.variant_names import acronym_and_head
    assert not acronym_and_head(short, acronyms, _head_kind)
