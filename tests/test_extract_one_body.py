"""One article, one body once (kg.extract.one_body): two drafted names of one body joined on general evidence
(an acronym that spells or is defined for the name, a place after the name, a spelling variant, a country's other
name), never two names the text sets side by side, never a name that fits two others. Invented sentences."""

from kg.article import Article
from kg.extract import extract
from kg.extract.institutions import _same
from kg.extract.one_body import defined_in_text, located_evidence, spelling_evidence, spells


def draft(text):
    return extract(Article(text))


def entries(text):
    return {i["name"]: i["aliases"] for i in draft(text)["institutions"]}


def test_an_acronym_named_only_in_a_role_joins_the_body_it_spells_in_another_order():
    text = ("Lorem Ipsum Dolor University and the Riverton City Council have signed a collaboration agreement. "
            "The event was attended by Amet Sit, manager of the ULID, and several councillors.")
    out = draft(text)
    names = {i["name"]: i["aliases"] for i in out["institutions"]}
    assert "ULID" not in names and "ULID" in names["Lorem Ipsum Dolor University"]
    amet = next(p for p in out["people"] if p["name"] == "Amet Sit")
    assert amet["roles"] == [{"role": "manager", "institution": "Lorem Ipsum Dolor University"}]


def test_an_acronym_with_two_inner_words_left_out_spells_a_long_name():
    assert spells("LHRBT", "Lorem Hospitals of Riverton Bay NHS Foundation Trust")
    assert not spells("LHRB", "Lorem Hospitals of Riverton Bay NHS Foundation Trust")     # (four letters: too few)
    assert not spells("LHRBN", "Lorem Hospitals of Riverton Bay NHS Foundation Trust")    # (the last word unspelled)


def test_a_word_defined_in_a_bracket_after_the_name_is_its_short_name():
    text = ("Cooperation for research has been signed between Ufla and Ipsum University. "
            "The agreement between the Federal Lorem University of the Amazon (Ufla) and the Ipsum University "
            "was signed on Monday.")
    names = entries(text)
    assert "Ufla" not in names and "Ufla" in names["Federal Lorem University of the Amazon"]


def test_a_bracket_after_a_name_set_after_another_by_a_comma_defines_nothing():
    assert defined_in_text("LID", ["Lorem Institute of Dolor"], "Lorem Institute of Dolor (referred to as LID) signed.")
    text = "Lorem Institute of Dolor, The University of Riverton (referred to as LID) signed."
    assert not defined_in_text("LID", ["University of Riverton"], text)


def test_a_name_with_a_known_town_after_it_is_the_name():
    text = ("The University of Lorem has signed an MoU with Zentara University of Nairobi to work together. "
            "\"It is great partnering with Zentara University,\" he said.")
    names = entries(text)
    assert len(names) == 2 and "Zentara University" in names["Zentara University of Nairobi"]


def test_two_towns_after_one_name_are_two_bodies_and_a_generic_name_keeps_its_town():
    assert not located_evidence("Lorem Institute of Technology Delhi", "Lorem Institute of Technology Mumbai")
    assert located_evidence("Lorem Institute of Technology, Delhi", "Lorem Institute of Technology of India")
    assert not located_evidence("National University of Nairobi", "National University")


def test_a_short_name_that_fits_two_located_names_stays_apart():
    text = ("Lorem Institute of Technology Delhi and Lorem Institute of Technology Mumbai signed an MoU. "
            "Students of the Lorem Institute of Technology will take part.")
    names = entries(text)
    assert "Lorem Institute of Technology Delhi" in names and "Lorem Institute of Technology Mumbai" in names


def test_a_long_word_spelled_two_ways_is_one_name():
    text = ("The Lorem Agency (LA) and the Micheal Ipsum University of Agriculture on Tuesday signed an MoU. "
            "Prof. Amet Sit, the Vice Chancellor, Michael Ipsum University of Agriculture, thanked the agency.")
    names = entries(text)
    assert len(names) == 2
    assert spelling_evidence("Mawlana Lorem Science and Technology University", "Maulana Lorem University of Science and Technology")


def test_places_and_short_words_are_never_spelling_variants():
    assert not spelling_evidence("Embassy of Iceland", "Embassy of Ireland")
    assert not spelling_evidence("Korea Lorem University", "Korean Lorem University")


def test_a_country_written_by_two_of_its_names_is_one_body():
    text = ("An agreement was signed between the Ministry of Culture of Kyrgyzstan and the Lorem Foundation. "
            "It follows the Memorandum between the Ministry of Culture of the Kyrgyz Republic and the Lorem "
            "Foundation, signed in 2018.")
    names = entries(text)
    assert len(names) == 2


def test_two_names_the_text_sets_side_by_side_stay_two():
    text = ("Students will benefit. Zentara University and Zentara University of Nairobi signed an agreement on "
            "Monday. \"It is great partnering with Zentara University,\" he said.")
    names = entries(text)
    assert "Zentara University" in names and "Zentara University of Nairobi" in names


def test_an_embassy_named_by_its_adjective_and_by_its_state_s_formal_name_is_one_mission():
    text = ("The Lorem Institute and the Ipsum Academy signed an MoU in the presence of the Korean Embassy. "
            "Mr. Amet Sit, Counsellor of the Embassy of the Republic of Korea in Vietnam, spoke at the event.")
    names = entries(text)
    assert "Korean Embassy" not in names or "Embassy of the Republic of Korea in Vietnam" not in names
    assert _same("Korean Embassy", "Embassy of the Republic of Korea in Vietnam")
    assert not _same("Korean Embassy", "Embassy of the Republic of Kenya")
