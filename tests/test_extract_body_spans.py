"""Span checks for governing bodies' names and names cut by case or 'and' (kg.extract.body_spans), in
several press wordings. Invented sentences; invented places ('Lorem', 'Ipsum', 'Dolor')."""

import pytest

from kg.extract import extract
from kg.extract.body_spans import common_words_only, governed_place, lowercase_governments, same_but_territory_kind
from kg.extract.institutions import INSTITUTION_HEADS, find_institutions
from kg.extract.name_spans import is_country


def _institutions(text):
    return {i["name"]: i for i in extract(text, gazetteer=None)["institutions"]}


def _labels(text):
    return [set(g.labels()) for g in find_institutions(text)]


# A territory's name never runs on through 'and' into a possessive (the next noun phrase).
@pytest.mark.parametrize("text, body, not_name", [
    ("The People's Committee of Lorem and Ipsum's authorities will work together on tourism after the MoU "
     "signed on Monday.", "People's Committee of Lorem", "People's Committee of Lorem and Ipsum"),
    ("Under the deal, the Government of Dolor and Lorem's state council agreed to share port data.",
     "Government of Dolor", "Government of Dolor and Lorem"),
    ("An MoU was signed as the Provincial Government of Ipsum and Kenya's ministry pledged support.",
     "Provincial Government of Ipsum", "Provincial Government of Ipsum and Kenya"),
])
def test_a_territory_ends_before_and_a_possessive(text, body, not_name):
    labels = [label for group in _labels(text) for label in group]
    assert body in labels and not_name not in labels


def test_a_country_named_with_and_keeps_it():
    text = "The Government of Trinidad and Tobago's envoy signed the accord with Lorem University."
    assert any("Government of Trinidad and Tobago" in group for group in _labels(text))


def test_a_ministry_portfolio_with_and_is_not_cut():
    text = "The Ministry of Industry and Trade's delegation signed the MoU with Lorem University on Monday."
    assert any("Ministry of Industry and Trade" in group for group in _labels(text))


# A governing body's territory is read whole, with its lower-case kind.
@pytest.mark.parametrize("text, whole, short", [
    ("A signing ceremony between the People's Committee of Lorem province and Ipsum Co., Ltd. took place on "
     "May 2.", "People's Committee of Lorem province", "People's Committee of Lorem"),
    ("Officials said the People's Committee of Dolor city signed a memorandum with Alpha University.",
     "People's Committee of Dolor city", "People's Committee of Dolor"),
    ("The Government of Ipsum district and Beta College inked a deal on vocational training.",
     "Government of Ipsum district", "Government of Ipsum"),
])
def test_a_governing_body_keeps_the_kind_of_its_territory(text, whole, short):
    found = _institutions(text)
    assert whole in found and short in found[whole]["aliases"]


def test_a_university_of_a_place_is_not_widened():
    text = "The University of Lorem province signed an MoU with Ipsum College."   # no governing head
    assert "University of Lorem province" not in _institutions(text)


# A lower-case head: 'the government of Lorem County'.
@pytest.mark.parametrize("text, name", [
    ("The government of Lorem County and Alpha University signed an agreement on water projects.",
     "government of Lorem County"),
    ("On Monday the county government of Ipsum County signed a memorandum with Beta College.",
     "county government of Ipsum County"),
    ("A deal between Gamma Foundation and the government of Kenya was signed in Nairobi.", "government of Kenya"),
])
def test_a_lower_case_government_of_a_territory(text, name):
    assert name in {w for _, _, w, _ in lowercase_governments(text, is_country)}


@pytest.mark.parametrize("text", [
    "The government of Prime Minister Lorem Ipsum signed the budget.",     # a person's government
    "The government of Lorem said it welcomed the MoU.",                  # no kind of territory, no country
    "The government of Lorem County's partners met on Monday.",           # possessive: another noun phrase
])
def test_no_lower_case_government_without_a_territory(text):
    assert lowercase_governments(text, is_country) == []


# Names differing only by a kind of territory are one body; never a school.
@pytest.mark.parametrize("a, b, same", [
    ({"lorem"}, {"lorem", "state"}, True),
    ({"government", "lorem"}, {"state", "government", "lorem"}, True),
    ({"committee", "people", "lorem"}, {"provincial", "committee", "people", "lorem"}, True),
    ({"lorem", "university"}, {"lorem", "state", "university"}, False),
    ({"government"}, {"state", "government"}, False),
    ({"lorem", "college"}, {"lorem", "city", "college"}, False),
])
def test_same_but_territory_kind(a, b, same):
    assert same_but_territory_kind(a, b, INSTITUTION_HEADS) is same


def test_a_territory_and_its_state_government_merge():
    text = ("The State Government of Lorem signed an MoU with Alpha University on Monday. The Government of "
            "Lorem will fund scholarships under the deal.")
    assert "State Government of Lorem" in _institutions(text)
    assert "Government of Lorem" not in _institutions(text)


@pytest.mark.parametrize("key, place", [
    ("government of lorem county", "lorem"), ("ipsum state", "ipsum"), ("state government of dolor", "dolor"),
    ("lorem county referral hospital", None), ("lorem", None),
])
def test_governed_place(key, place):
    assert governed_place(key) == place


# A name cut at a word written in lower case is the longer name.
@pytest.mark.parametrize("text, longer, tail", [
    ("Provincial Trade Association signs MoU with Ipsum Design Center\nThe chairman of the provincial Trade "
     "Association said the MoU with Ipsum Design Center opens new markets.", "Provincial Trade Association",
     "Trade Association"),
    ("National Heritage Foundation and Alpha University signed an MoU on Monday. Speaking for the national "
     "Heritage Foundation, its director thanked the university.", "National Heritage Foundation", "Heritage Foundation"),
    ("Regional Farmers Union inks deal with Beta College\nLeaders of the regional Farmers Union and Beta College "
     "signed the deal on Friday.", "Regional Farmers Union", "Farmers Union"),
])
def test_a_tail_written_after_a_lower_case_word_is_the_longer_name(text, longer, tail):
    groups = _labels(text)
    assert any(longer in g for g in groups) and not any(g == {tail} for g in groups)


def test_a_tail_written_alone_stays_its_own():
    text = ("Provincial Trade Association and Ipsum Design Center signed an MoU. Trade Association of Dolor "
            "members attended.")
    groups = _labels(text)
    assert any(longer == {"Provincial Trade Association"} for longer in groups)


# A side after 'and' of common words only has no name of its own.
@pytest.mark.parametrize("text, whole", [
    ("Lorem General Hospital and Health System have signed a memorandum to form a regional health system.",
     "Lorem General Hospital and Health System"),
    ("Ipsum Polytechnic and Training Centre signed an agreement with Beta Motors on Monday, a training centre "
     "spokesman said.", "Ipsum Polytechnic and Training Centre"),
    ("Dolor Academy and Training Services on Friday signed an MoU with Alpha University on fintech research.",
     "Dolor Academy and Training Services"),
])
def test_common_words_after_and_continue_the_name(text, whole):
    found = _institutions(text)
    assert whole in found and found[whole]["party"]


def test_a_proper_name_after_and_is_another_side():
    text = "Lorem General Hospital and Zentrix Labs have signed a memorandum on diagnostics."
    assert "Lorem General Hospital and Zentrix Labs" not in _institutions(text)


def test_common_words_only():
    assert common_words_only("Health System", "a regional healthcare system", {"health"})
    assert not common_words_only("Zentrix System", "a system", {"health"})


# A council or committee named with its territory is a governing body.
@pytest.mark.parametrize("text, name", [
    ("The Lorem de Ipsum City Council has signed a collaboration agreement with Alpha University.",
     "Lorem de Ipsum City Council"),
    ("The agreement was signed by the Lorem Fatherland Front Committee of Ipsum City and Gamma Foundation.",
     "Lorem Fatherland Front Committee of Ipsum City"),
])
def test_a_council_of_a_territory(text, name):
    assert any(name in g for g in _labels(text))


@pytest.mark.parametrize("text, not_name", [
    ("The Standing Committee of Lorem Province met after Alpha University signed the MoU.",
     "Standing Committee of Lorem Province"),
    ("The Organising Committee of Ipsum City thanked Alpha University for signing the MoU.",
     "Organising Committee of Ipsum City"),
    ("The University Council approved the MoU with Beta College.", "University Council"),
    ("Lorem Provincial Party Committee leaders attended the signing with Beta College.",
     "Lorem Provincial Party Committee"),
])
def test_not_a_council_of_a_territory(text, not_name):
    assert not any(not_name in g for g in _labels(text))


# A mission written with its country's adjective keeps where it is.
@pytest.mark.parametrize("text, name", [
    ("Representatives of the Loremian Consulate General in Ipsum City witnessed the signing.",
     "Loremian Consulate General in Ipsum City"),
    ("Secretary of the Japanese Embassy in Vietnam Lorem Ipsum witnessed the signing of the MoU.",
     "Japanese Embassy in Vietnam"),
    ("The MoU was signed at the French Embassy in Kenya on Monday by Alpha University and Beta College.",
     "French Embassy in Kenya"),
])
def test_a_mission_with_its_adjective_and_place(text, name):
    assert any(name in g for g in _labels(text))


def test_an_association_abroad_and_its_short_name_are_one():
    text = ("The Lorem Business Association in Kenya signed an MoU with Alpha University. The Lorem Business "
            "Association will offer internships.")
    assert {"Lorem Business Association in Kenya", "Lorem Business Association"} in _labels(text)


# A lower-case kind of territory closes a governing body's name ('... of Lorem province').
@pytest.mark.parametrize("text, name", [
    ("The Department of Science and Technology of Lorem province signed an agreement with Alpha University.",
     "Department of Science and Technology of Lorem province"),
    ("An MoU between the Department of Health of Ipsum city and Beta Hospital was signed on Monday.",
     "Department of Health of Ipsum city"),
    ("Alpha University inked a deal with the People's Committee of Dolor district on vocational training.",
     "People's Committee of Dolor district"),
])
def test_a_lower_case_territory_kind_closes_a_body(text, name):
    assert name in _institutions(text)


@pytest.mark.parametrize("text, not_name", [
    ("Alpha University of Lorem province signed an MoU with Beta College.", "Alpha University of Lorem province"),
    ("The Department of Lorem city officials visited Beta College after the MoU signing.", "Department of Lorem city"),
])
def test_no_territory_kind_without_a_governing_head_and_place(text, not_name):
    assert not any(not_name in g for g in _labels(text))


@pytest.mark.parametrize("text, name", [
    ("The Lorem state government signed an MoU with Alpha University for skill development.", "Lorem state government"),
    ("On Monday Ipsum county government and Beta College inked a deal on nursing training.", "Ipsum county government"),
    ("Alpha University has signed an agreement with the Dolor provincial government on research.",
     "Dolor provincial government"),
])
def test_a_place_with_its_lower_case_government(text, name):
    assert name in {w for _, _, w, _ in lowercase_governments(text, is_country)}


def test_no_place_government_after_a_role():
    assert lowercase_governments("The speech by Chairman Lorem state government plans.", is_country) == []


# 'the Telecom Group' beside 'Lorem Telecom Group': a short reference.
@pytest.mark.parametrize("text, longer, tail", [
    ("Lorem Telecom Group and Alpha University signed an MoU. The Telecom Group will fund two labs.",
     "Lorem Telecom Group", "Telecom Group"),
    ("The Dolor Research Institute signed with Beta College. Under the deal, the Research Institute hosts interns.",
     "Dolor Research Institute", "Research Institute"),
])
def test_a_definite_tail_is_the_longer_name(text, longer, tail):
    groups = _labels(text)
    assert any(longer in g for g in groups) and not any(tail in g and longer not in g for g in groups)


def test_a_tail_of_two_longer_names_stays():
    text = ("Lorem Design Center and Ipsum Design Center signed an MoU with Alpha University. The Design Center "
            "hosts the event.")
    assert not any("Lorem Design Center" in g and "Ipsum Design Center" in g for g in _labels(text))


# A name never ends in a person's name.
@pytest.mark.parametrize("text, name, glued", [
    ("The MoU was signed by Chairman of the People's Committee of Lorem Province Tran Van Binh and Alpha University.",
     "People's Committee of Lorem Province", "People's Committee of Lorem Province Tran Van Binh"),
    ("Director of the Government of Ipsum State Maria Lopez signed the agreement with Beta College.",
     "Government of Ipsum State", "Government of Ipsum State Maria Lopez"),
])
def test_a_name_never_ends_in_a_persons_name(text, name, glued):
    found = _institutions(text)
    assert name in found and glued not in found and not any(glued in i["aliases"] for i in found.values())


@pytest.mark.parametrize("text, name", [
    ("The Lorem provincial Department of Health signed the MoU with Beta Hospital.",
     "Lorem provincial Department of Health"),
    ("Alpha University and the Ipsum municipal Department of Education signed an agreement on teacher training.",
     "Ipsum municipal Department of Education"),
    ("An MoU with Dolor provincial Department of Tourism was inked by Gamma College on Friday.",
     "Dolor provincial Department of Tourism"),
])
def test_a_place_and_its_lower_case_kind_before_a_department(text, name):
    assert name in _institutions(text)


@pytest.mark.parametrize("text, name", [
    ("The Lorem County government and Ipsum Red Cross Society signed a partnership agreement.",
     "Lorem County government"),
    ("Alpha University signed an MoU with the Dolor State government on Monday.", "Dolor State government"),
])
def test_a_territory_named_with_its_kind_then_government(text, name):
    assert name in {w for _, _, w, _ in lowercase_governments(text, is_country)}


def test_no_department_after_a_lower_case_word_without_a_place():
    text = "Officials said the provincial Department of Health will visit Beta Hospital after signing the MoU."
    assert not any("provincial Department of Health" in g for g in _labels(text))


@pytest.mark.parametrize("text, longer, short", [
    ("Alpha Telecom Group signed with Beta University. Telecom Group engineers will teach courses.",
     "Alpha Telecom Group", "Telecom Group"),
    ("The State Bank of Lorem and Alpha Banking Academy signed an MoU. State Bank Governor Tran Van An spoke.",
     "State Bank of Lorem", "State Bank"),
    ("Alpha University and Ipsum General Hospital signed an agreement. General Hospital director Le Van Binh spoke.",
     "Ipsum General Hospital", "General Hospital"),
])
def test_a_short_name_opening_a_sentence_is_the_longer_name(text, longer, short):
    assert short not in _institutions(text) and longer in _institutions(text)


def test_a_short_name_mid_sentence_without_the_stays():
    text = "Alpha Telecom Group signed with Beta University, and Telecom Group officials from Dolor attended."
    assert any(g == {"Telecom Group", "Telecom"} for g in _labels(text))


def test_a_mission_name_does_not_run_onto_the_next_line():
    text = "Guests from the Loremian Embassy\nin Kenya attended the signing between Alpha University and Beta College."
    labels = [label for g in _labels(text) for label in g]
    assert "Loremian Embassy" in labels and not any("\n" in label for label in labels)


def test_a_persons_name_made_of_a_bodys_words_is_not_cut():
    text = ("Alpha University and Beta College signed an agreement. The event was attended by Dr. Jonas Feld, Regional "
            "Director of the Lorem Academic Exchange Service (LAES) office in Nairobi.")
    assert any("Lorem Academic Exchange Service" in g for g in _labels(text))


# An 'and' between two common words inside a name does not split it.
@pytest.mark.parametrize("text, name", [
    ("Lorem Agriculture and Forestry University and Beta College signed an agreement.",
     "Lorem Agriculture and Forestry University"),
    ("Alpha Research and Development Institute signed an MoU with Beta University on Monday.",
     "Alpha Research and Development Institute"),
    ("The Lorem Trade and Investment Promotion Agency signed an MoU with Alpha University.",
     "Lorem Trade and Investment Promotion Agency"),
])
def test_common_words_joined_by_and_inside_a_name(text, name):
    found = _institutions(text)
    assert name in found and len(found) == 2


@pytest.mark.parametrize("text, first, second", [
    ("Alpha College of Arts and Beta Hospital signed an agreement on art therapy.", "Alpha College of Arts",
     "Beta Hospital"),
    ("Alpha University and Forestry College signed an agreement on seedlings.", "Alpha University", "Forestry College"),
])
def test_two_names_joined_by_and_stay_two(text, first, second):
    assert {first, second} <= set(_institutions(text))


@pytest.mark.parametrize("text, longer, short", [
    ("Lorem Promotional Agency and Alpha University signed an MoU. Head of Promotional Agency John Smith spoke.",
     "Lorem Promotional Agency", "Promotional Agency"),
    ("The Lorem Export Promotion Agency signed an agreement with Alpha University. Promotional Agency head Maria "
     "Lopez said the deal helps exporters.", "Lorem Export Promotion Agency", "Promotional Agency"),
    ("Ipsum Telecommunications Group and Beta College signed an MoU. The Telecom Group will equip two labs.",
     "Ipsum Telecommunications Group", "Telecom Group"),
])
def test_a_short_name_of_the_same_stem_is_the_longer_name(text, longer, short):
    found = _institutions(text)
    assert short not in found and longer in found


def test_a_short_name_of_another_head_stays():
    text = ("The Lorem Export Promotion Agency signed an agreement with Alpha University. The Promotional Council "
            "of Dolor Province welcomed it.")
    assert not any("Lorem Export Promotion Agency" in g and any("Council" in x for x in g) for g in _labels(text))


def test_a_cut_form_not_found_in_the_text_keeps_the_whole_name():
    """Cutting a person's name off a body's name must not leave the body without mentions (the draft sorts
    by the first mention): when the cut form is not in the text as a name, the whole form stays."""
    from kg.extract.body_spans import without_people_names
    from kg.extract.institutions import Institution, Mention
    # the form as the run of words read it; the text writes it otherwise (here: without 'of Trade')
    text = "The Lorem Board Kebede Tadesse and Dolor University signed a memorandum."
    whole = "Lorem Board of Trade Kebede Tadesse"
    start = text.index("Lorem")
    inst = Institution(forms=[whole], mentions=[Mention(start, text.index(" and"), text[start:text.index(" and")])])
    without_people_names([inst], ["Kebede Tadesse"], text)
    assert inst.forms == [whole] and inst.mentions
