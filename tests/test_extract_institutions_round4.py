"""Institution shapes of English press releases world-wide (issue 12, round 4): one body written two
ways, a side named by its acronym and campus town, a signer's title before a company's name and a
person read as a side. Every sentence is invented; the expectation is what a reader would annotate."""

import pytest

from kg.extract import extract
from kg.extract.variant_names import parent_prefixed, qualified_form, scrambled_acronym


def _institutions(text):
    return extract(text, gazetteer=None)["institutions"]


def _names(text):
    return [i["name"] for i in _institutions(text)]


@pytest.mark.parametrize("text, name, alias", [
    # a nationality adjective in front of a distinctive name
    ("Alpha University signed an MoU with the Loremian Ipsa University on Monday. Ipsa University will send "
     "ten students.", "Loremian Ipsa University", "Ipsa University"),
    # a hyphenated eponym in front of the name
    ("The Al-Lorem Ipsum National University and Alpha University signed an agreement. The Ipsum National "
     "University (INU) will host the summer school.", "Al-Lorem Ipsum National University", "Ipsum National University"),
    # the acronym of the name in its own language's word order, written alone
    ("INU and LSEU signed a memorandum. The memorandum was signed between the Ipsum National University (INU) and "
     "the Lorem State University of Economics. LSEU will host the first seminar.",
     "Lorem State University of Economics", "LSEU"),
    # the parent's acronym before the member's
    ("Alpha University of Ipsum Studies (AUIS) hosted the ceremony. Relations between VNX-AUIS and EFXO "
     "were praised. EFXO signed an agreement with AUIS.", "Alpha University of Ipsum Studies", "VNX-AUIS"),
    # a national adjective for the country written as 'of the Republic of'
    ("Alpha University signed an MoU with the Ministry of Foreign Affairs of the Republic of Loremia. The "
     "Loremian Ministry of Foreign Affairs will fund visits.",
     "Ministry of Foreign Affairs of the Republic of Loremia", "Loremian Ministry of Foreign Affairs"),
    # 'People’s' is part of a name, and a bracket 'ACR University' after a country cut from it is its short name
    ("Alpha College signed an agreement with the People’s Friendship University of Japan (LFUI University). "
     "Later the Peoples’ Friendship University hosted a seminar.", "People’s Friendship University", "LFUI University"),
    # an ampersand inside a bracketed acronym
    ("Alpha University signed a memorandum with Riverton Chamber of Small Traders and Small Industry (RCST&SI). "
     "Both Alpha University and RCST&SI agreed to cooperate.", "Riverton Chamber of Small Traders and Small Industry",
     "RCST&SI"),
])
def test_two_forms_of_one_body(text, name, alias):
    found = {i["name"]: i["aliases"] for i in _institutions(text)}
    assert alias in found.get(name, []) and alias not in found, found
    assert not {"Friendship University", "SI"} & set(found), found      # no piece of either read apart


def test_acronym_named_alone_is_one_body():
    text = ("On the Alpha side, Prof. Dr. A B, Rector of the School, chaired the ceremony. The EFXO delegation was "
            "led by Prof. Jan Novak, Director of EFXO (Paris, France), along with Prof. Eva Dvorak, Director of EFXO "
            "Riverton. Relations between Alpha University and EFXO were praised.")
    assert _names(text).count("EFXO") == 1, _names(text)


@pytest.mark.parametrize("short, long_", [
    ("Sydney University", "Western Sydney University"),        # a direction names another body
    ("York University", "New York University"),
    ("National University", "Loremian National University"),   # the short form names no one body
    ("German University", "Loremian German University"),       # two nationalities
])
def test_qualifier_that_names_another_body(short, long_):
    assert not qualified_form(short, long_, lambda w: w in ("University",))


def test_acronym_helpers():
    assert scrambled_acronym("LSEU", "Lorem State University of Economics")
    assert not scrambled_acronym("LSE", "Lorem State Economics")        # three letters fit too many names
    assert not scrambled_acronym("LSEX", "Lorem State University of Economics")
    assert parent_prefixed("VNX-AUIS") == "AUIS" and parent_prefixed("Riverton-AUIS") is None


def test_acronym_and_campus_town_as_sides():
    text = ("Riverton, Jul 1 (Agency) ABC-Riverton on Saturday signed an agreement with XYZT-Lakeside for "
            "collaboration in research, a statement said.")
    assert set(_names(text)) >= {"ABC-Riverton", "XYZT-Lakeside"}, _names(text)


def test_campus_initials_after_a_hyphen_end_no_name():
    text = ("The Loremia National University-RVT City (LNU-RVT) and Zentrix Group Corporation on Tuesday signed a "
            "cooperation agreement.")
    assert "Loremia National University-RVT City" in _names(text), _names(text)
    assert "University-Level" not in _names("Alpha University Attends Ceremony for University-Level Exchange Agreement\n"
                                            "Alpha University signed it with Beta College.")


def test_signer_title_before_a_company_is_not_its_name():
    text = ("Alpha University signed an MoU with Zentrix Foods Limited. Vice Chancellor Prof A B and Chief Executive "
            "Officer Zentrix Foods Limited C D signed the MoU at a ceremony.")
    names = _names(text)
    assert "Zentrix Foods Limited" in names and not any(n.startswith("Chief") for n in names), names


def test_person_after_and_with_a_role_in_apposition_is_no_side():
    text = ("The MoU was signed by Rear Admiral A B, vice-chancellor of ABCU, and Lorem Ipsum, deputy "
            "vice-chancellor of University of Riverton, reads a press release. ABCU and Lorem Ipsum signed it.")
    assert "Lorem Ipsum" not in _names(text), _names(text)


def test_mission_named_with_any_country_it_stands_in():
    text = ("Alpha University signed an agreement with Beta University. The Faculty of Law cooperates with the "
            "Embassy of Loremia in Bhutan.")
    assert "Embassy of Loremia in Bhutan" in _names(text), _names(text)


def test_sides_after_an_opening_phrase_with_an_adverb():
    text = ("Alpha University hosted Beta College on Monday. Following the working session, the ABCU and the Beta "
            "College jointly signed the agreement.")
    assert "ABCU" in _names(text), _names(text)


def test_generic_name_with_its_town_between_commas():
    text = ("LOREMABAD: The University of Engineering and Technology, Loremabad, signed a memorandum of understanding "
            "with Alpha College to extend cooperation.")
    assert "University of Engineering and Technology, Loremabad" in _names(text), _names(text)


@pytest.mark.parametrize("text, side", [
    # what kind of body the second side is, written before its name
    ("Riverton (Agency) -- Lorem Textile Association and the Loremian holding Zentrix Energy Solutions signed a "
     "cooperation agreement.", "Zentrix Energy Solutions"),
    # a hyphenated short name after an opening phrase
    ("At 10:30 a.m. on Friday at the main hall, ABC-Arts and Alpha University signed a memorandum.", "ABC-Arts"),
])
def test_side_without_a_head_noun(text, side):
    assert side in _names(text), _names(text)


def test_plural_acronym_is_no_side():
    text = "LSEs to partner Riverton city\n\nThe Lorem Ministry signed an agreement with LSEs and Alpha University."
    assert "LSEs" not in _names(text), _names(text)


def test_person_or_town_after_a_comma_is_no_side():
    text = ("The MoU was signed by Alpha University President, Lorem Ipsum and Beta University President, "
            "Dolor Sit. HANOI - On June 8, the Gamma Institute (GI), Delta National University, Riverton and "
            "Zentrix Corporation (ZC) signed an agreement.")
    assert not {"Lorem Ipsum", "Riverton"} & set(_names(text)), _names(text)
