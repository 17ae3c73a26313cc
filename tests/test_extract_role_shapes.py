"""Person-role-institution shapes seen on real web pages (issue 12), on invented sentences.

Each case is a tiny article; the expectation is what a reader would annotate."""

import pytest

from kg.extract import extract
from kg.extract.roles import role_key
from kg.extract.text import sentences

HEAD = "Alpha University (AU) and Beta Institute of Technology (BIT) signed a memorandum of understanding.\n"


def _roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(HEAD + text)["people"]}


def test_initials_after_a_two_letter_abbreviation_do_not_end_the_sentence():
    texts = [s.text for s in sentences("It was endorsed by Rector Yu. S. Petrov and others. Then it ended.")]
    assert texts == ["It was endorsed by Rector Yu. S. Petrov and others.", "Then it ended."]


def test_sentence_end_after_a_short_word_is_still_an_end():
    texts = [s.text for s in sentences("The rector was Ng. The talks ended.")]
    assert texts == ["The rector was Ng.", "The talks ended."]


def test_a_pair_whose_second_role_is_bare_takes_the_side_the_sentence_names():
    roles = _roles("The institutes are in the Republic of Nordland.\n"
                   "The agreement, endorsed by Dr. Omar Said, President of AU, and Rector Yu. S. Petrov, "
                   "acting under the BIT charter, sets out the exchanges.")
    assert roles["Yu. S. Petrov"] == [("Rector", "Beta Institute of Technology")]


def test_delegates_from_an_institution_name_the_owner_of_a_bare_role():
    roles = _roles("The ceremony was held at Alpha University.\n"
                   "President Li Wen and three other delegates from Beta Institute of Technology attended.")
    assert roles["Li Wen"] == [("President", "Beta Institute of Technology")]


def test_a_role_held_in_charge_keeps_its_owner():
    roles = _roles("Prof. Asha Rao, Vice-Chancellor, Beta Institute of Technology and Shri K Mehta, "
                   "Registrar i/c of AU were present.")
    assert roles["K Mehta"] == [("Registrar i/c", "Alpha University")]


def test_a_list_of_attendees_takes_the_institution_its_other_members_name():
    roles = _roles("The MoU was signed in the office of Beta Institute of Technology.\n"
                   "Pro-VC (Academic) Prof Dr Ravi Sen, Treasurer Prof Lata Das, AU Science Faculty Dean "
                   "Prof Dr Omar Ali and Dean of AU Faculty of Law Prof Dr Mina Roy were present.")
    assert roles["Lata Das"] == [("Treasurer", "Alpha University")]
    assert roles["Ravi Sen"] == [("Pro-VC", "Alpha University")]


def test_one_other_person_does_not_lend_an_institution():
    roles = _roles("The ceremony was held at Alpha University.\n"
                   "Present were Dr. Mai Lan, Head of the Department of Science, and Mr. Tom Hale, "
                   "Director of Global Engagement of BIT.")
    assert roles["Mai Lan"] != [("Head of the Department of Science", "Beta Institute of Technology")]


def test_role_wordings_with_qualifiers_share_a_concept():
    assert role_key("Registrar (Additional Responsibilities)") == role_key("Registrar") == role_key("registrar i/c")
    assert role_key("General Manager, Office of the President") == role_key("General Manager")
    assert role_key("Pro-VC (Academic)") == role_key("Pro-Vice-Chancellor") == role_key("Vice-Rector")
    assert role_key("Deputy Vice-Chancellor (Academic & International)") == role_key("Vice President")
    assert role_key("Deputy Vice-Chancellor") != role_key("Vice-Chancellor")
    assert role_key("Treasurer") == role_key("Bursar")
    assert role_key("Secretary-General") == role_key("Secretary General") != role_key("Secretary")


def test_two_roles_joined_by_and_before_the_titles_are_one_persons():
    roles = _roles("Beta Institute of Technology Vice Chancellor and Chief Executive Officer Prof Dr Ian Moss "
                   "signed for Beta Institute of Technology.")
    assert sorted(roles["Ian Moss"]) == [("Chief Executive Officer", "Beta Institute of Technology"),
                                         ("Vice Chancellor", "Beta Institute of Technology")]


def test_a_role_before_and_then_a_name_stays_with_that_name():
    roles = _roles("The AU team included Rector Tran Van Minh and Vice Rector Dr. Le Thi Hoa.")
    assert roles["Le Thi Hoa"] == [("Vice Rector", "Alpha University")]


def test_a_titled_name_in_a_list_is_not_the_next_persons_role():
    roles = _roles("The Rector of AU, Professor Ada Obi, was accompanied by Professor Ngozi Eze, "
                   "Professor Chidi Nwosu, and Professor Ifeoma Okafor.")
    assert roles["Chidi Nwosu"] == []


def test_a_clause_after_a_closing_quote_opens_a_new_role():
    roles = _roles("A statement by the press office of Alpha University said,” the Vice-Chancellor, "
                   "Prof. Musa Bello, signed the MoU on behalf of Alpha University.")
    assert roles["Musa Bello"] == [("Vice-Chancellor", "Alpha University")]


@pytest.mark.parametrize("plural, expected", [
    # the signers' role told once, in the plural; the side of each from 'on behalf of'
    ("chancellors", {"Reza Amini": [("chancellor", "Alpha University")],
                     "Lucia del Monte": [("chancellor", "Beta Institute of Technology")]}),
    # a plural that is not a role lends nothing
    ("teams", {"Reza Amini": [], "Lucia del Monte": []}),
])
def test_signers_told_once_as_the_heads_of_the_two_universities(plural, expected):
    roles = _roles(f"The memorandum was signed by the {plural} of the two universities on Monday. "
                   "In this online ceremony, Dr. Reza Amini on behalf of Alpha University, and Professor "
                   "Lucia del Monte, on behalf of the Beta Institute of Technology, agreed on the areas below.")
    assert {name: roles[name] for name in expected} == expected


def test_an_academic_rank_after_the_post_is_not_the_role():
    roles = _roles("The memorandum was signed between Alpha University, presented by the Rector, Lecturer Dren "
                   "Hoxha, Ph.D., and Beta Institute of Technology, led by the Rector, Asst. Prof. Ilir Berisha.")
    assert roles["Dren Hoxha"] == [("Rector", "Alpha University")]


def test_a_role_ending_in_assistant_before_an_untitled_name():
    roles = _roles("AU Registrar Dr Ken Obi and Beta Institute of Technology Support Assistant Paul Grant "
                   "were present as witnesses.")
    assert roles["Paul Grant"] == [("Support Assistant", "Beta Institute of Technology")]


def test_a_role_of_an_institution_then_titles_without_a_comma():
    roles = _roles("Prof. Ann Lee, Rector of AU, signed for AU while the Rector of Beta Institute of Technology "
                   "Prof. Carl Moss signed for BIT.")
    assert roles["Carl Moss"] == [("Rector", "Beta Institute of Technology")]


def test_a_generic_noun_before_the_role_names_the_institution_of_that_kind():
    roles = _roles("The deal was signed by university Registrar K. Obi and institute director L. Park "
                   "in the presence of university Vice-Chancellor M. Ruiz.")
    assert roles["K. Obi"] == [("Registrar", "Alpha University")]
    assert roles["M. Ruiz"] == [("Vice-Chancellor", "Alpha University")]


def test_an_academic_post_is_not_given_to_the_company_named_nearest():
    roles = extract("Gamma College and Delta Foods Limited signed a memorandum of understanding.\n"
                    "Vice Chancellor Prof Dr Ann Lee and Chief Executive Officer Delta Foods Limited Bob Tran "
                    "signed the MoU. Registrar Dr Carl Moss of Delta Foods Limited also spoke.")["people"]
    by_name = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in roles}
    assert by_name["Ann Lee"] == [("Vice Chancellor", "Gamma College")]
    assert by_name["Carl Moss"] == [("Registrar", "Gamma College")]


def test_a_lowercase_post_over_a_lowercase_unit_after_the_name():
    roles = _roles("At the AU ceremony, Professor Dana Wu, dean of faculty of arts and commerce, spoke.")
    assert roles["Dana Wu"] == [("dean of faculty of arts and commerce", "Alpha University")]


@pytest.mark.parametrize("before, expected", [("the chairman of the Delta association, ", ("chairman", "Delta Association")),
                                              ("the rector of Beta Institute of Technology ",
                                               ("rector", "Beta Institute of Technology"))])
def test_a_lowercase_post_of_an_institution_just_before_the_name(before, expected):
    roles = extract("Delta Association and Beta Institute of Technology signed a memorandum.\n"
                    f"Earlier, {before}Omar Said met the partners.")["people"]
    assert [(r["role"], r["institution"]) for p in roles if p["name"] == "Omar Said" for r in p["roles"]] == [expected]


def test_two_lowercase_posts_each_with_its_own_owner():
    roles = _roles("Omar Said, president of Alpha University and director-general of Beta Institute of Technology, "
                   "said both will help.")
    assert roles["Omar Said"] == [("president", "Alpha University"),
                                  ("director-general", "Beta Institute of Technology")]


def test_a_city_after_the_owner_of_a_role_is_not_a_name():
    roles = _roles("The team was led by Prof. Ann Lee, Director of BIT, with Prof. Mia Cho, Director of BIT Lake Town City.")
    assert [(r[0].split()[0], r[1]) for r in roles["Mia Cho"]] == [("Director", "Beta Institute of Technology")]


def test_a_superintendent_is_a_post():
    roles = _roles("The deans attended alongside BIT Superintendent Dr. Lars Holm and other staff.")
    assert roles["Lars Holm"] == [("Superintendent", "Beta Institute of Technology")]


def test_a_second_post_of_another_owner_joined_by_and():
    # (the ministry written as a name, so the first post has an owner: guide D3)
    roles = _roles("The Ministry of Water and Energy hosted it. Omar Said, Deputy Minister of Water and Energy and "
                   "Beta Institute of Technology's Vice President, welcomed the plan.")
    assert roles["Omar Said"][-1] == ("Vice President", "Beta Institute of Technology")
    assert roles["Omar Said"][0][0] == "Deputy Minister"
