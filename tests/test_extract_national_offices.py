"""A country's office held by a named person (guide D3): the country, known from data (countries.tsv and
demonyms.tsv), owns the post, whichever way the text ties them. The sentences are invented, with real
country names; people, universities and towns are made up."""

import importlib.util

import pytest

from kg.extract import countries, demonyms_derive, extract

SIGNING = "Lorem University and Ipsum University signed a memorandum of understanding on joint research. "


def _roles(text: str) -> dict[str, list[tuple[str, str]]]:
    draft = extract(text, gazetteer=None, area_model=None)
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in draft["people"]}


def _institutions(text: str) -> dict[str, dict]:
    return {i["name"]: i for i in extract(text, gazetteer=None, area_model=None)["institutions"]}


def test_every_country_adjective_names_one_country():
    codes = countries.demonym_codes()
    assert codes["Ghanaian"] == "GH" and codes["Kenyan"] == "KE" and codes["Turkmen"] == "TM"
    assert codes["Chinese"] == "CN" and codes["French"] == "FR"        # the most populous of those sharing it
    assert set(codes.values()) <= set(countries.country_codes().values())


def test_the_committed_adjectives_are_what_the_derivation_writes(tmp_path):
    if importlib.util.find_spec("countryinfo") is None:
        pytest.skip("countryinfo (the 'derive' extra) is not installed")
    out = tmp_path / "demonyms.tsv"
    demonyms_derive.write(demonyms_derive.derive(), out)
    assert out.read_text(encoding="utf-8") == demonyms_derive.DEMONYMS_FILE.read_text(encoding="utf-8")


def test_country_code_reads_any_written_form():
    assert countries.country_code("Lao People’s Democratic Republic") == "LA"
    assert countries.country_code("the UK") == countries.country_code("United Kingdom") == "GB"
    assert countries.country_code("Türkiye") == "TR" and countries.country_code("Lorem") is None


@pytest.mark.parametrize("sentence", [
    "The Ghanaian Ambassador, Kwame Asare, witnessed the signing.",
    "Ghana's Minister of Education Kwame Asare witnessed the signing.",
    "Ambassador of Ghana to Vietnam Kwame Asare witnessed the signing.",
    "Kwame Asare, Minister of Education of Ghana, spoke at the ceremony.",
    "It was witnessed by the Ghanaian High Commissioner to India, Kwame Asare.",
])
def test_a_countrys_office_goes_to_that_country(sentence):
    roles = _roles(SIGNING + sentence)
    assert [inst for _role, inst in roles["Kwame Asare"]] == ["Ghana"]
    assert _institutions(SIGNING + sentence)["Ghana"]["party"] is False


def test_the_possessive_must_be_a_countrys():
    # the owner before "'s" is the country alone, never a run of words that ends in one
    text = ("The MoU was signed by Education Secretary Tomas Orin and Italy’s Minister for Universities "
            "and Research Lucia Verdi.")
    roles = _roles(text)
    assert ("Minister for Universities and Research", "Italy") in roles["Lucia Verdi"] or \
        [inst for _r, inst in roles["Lucia Verdi"]] == ["Italy"]
    assert all(inst != "Italy" for _r, inst in roles.get("Tomas Orin", []))


def test_the_country_is_listed_by_its_written_name_with_its_other_names():
    text = (SIGNING + "Mr. Hans Gruber, Ambassador Extraordinary and Plenipotentiary of the Republic of Austria "
            "to Vietnam, attended. Austria has long supported the two universities.")
    inst = _institutions(text)["Republic of Austria"]
    assert "Austria" in inst["aliases"]


def test_a_body_named_after_a_country_holds_no_national_office():
    text = SIGNING + "Korea University President Kim Min-jun attended the ceremony."
    assert all(inst != "Korea" for _r, inst in _roles(text).get("Kim Min-jun", []))


def test_an_envoy_of_a_country_whose_mission_is_named_holds_the_post_there():
    # guide D3: the governing body the text writes gets the role, as a named ministry does
    text = (SIGNING + "The Ghanaian High Commissioner to India Kwame Asare and other staff of the Ghanaian "
            "High Commission attended.")
    assert [inst for _r, inst in _roles(text)["Kwame Asare"]] == ["Ghanaian High Commission"]


def test_a_minister_whose_countrys_ministry_is_named_holds_the_post_there():
    text = ("The press service of the Ghanaian Fisheries Ministry said the MoU was signed by Ghanaian Fisheries "
            "Minister Kwame Asare and Lorem University.")
    assert [inst for _r, inst in _roles(text)["Kwame Asare"]] == ["Ghanaian Fisheries Ministry"]


def test_a_head_of_government_is_the_countrys_not_a_ministrys():
    text = ("Lorem University and the Ghanaian Fisheries Ministry signed an MoU. Ghanaian Prime Minister "
            "Kwame Asare attended.")
    assert [inst for _r, inst in _roles(text)["Kwame Asare"]] == ["Ghana"]


def test_a_portfolio_with_commas_ends_before_the_next_persons_post():
    text = (SIGNING + "Guests included Ghana's Deputy Minister of Labour, Jobs and Employment Ama Boateng, "
            "Mayor Kofi Mensah of Riverton, and others.")
    roles = _roles(text)
    assert ("Deputy Minister of Labour, Jobs and Employment", "Ghana") in roles["Ama Boateng"]
    assert roles["Kofi Mensah"] == [("Mayor", "Riverton")]


@pytest.mark.parametrize("sentence, role", [
    ("It was signed during the visit of Ghana's new Prime Minister Kofi Asante.", "Prime Minister"),
    ("Lorem is a fine partner, said Ghana high commissioner to India Kofi Asante.", "high commissioner to India"),
    ("Present were the United Kingdom (UK) Deputy High Commissioner to Ghana, Mr Kofi Asante; and others.",
     "Deputy High Commissioner to Ghana"),
    ("It was signed in the presence of UK Secretary of State for education Kofi Asante.",
     "Secretary of State for education"),
])
def test_more_ways_of_writing_a_nations_office(sentence, role):
    roles = _roles(SIGNING + sentence)
    assert [r for r, _inst in roles["Kofi Asante"]] == [role]


def test_an_office_after_a_name_that_runs_into_another_person_is_not_the_first_persons():
    text = (SIGNING + "It was witnessed by Governor Ama Boateng, Ghana Minister for trade and industry "
            "Kofi Asante, and others.")
    assert all(inst != "Ghana" for _r, inst in _roles(text).get("Ama Boateng", []))
