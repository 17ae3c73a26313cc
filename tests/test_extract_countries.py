"""The extractor's list of the world's countries (kg/extract/countries.tsv) and the name shapes it decides.

The list is derived from ISO 3166-1 (Debian's iso-codes) and tzdata's usual English names by
kg.extract.countries_derive; the sentences below are invented, with real country names."""

import json
import lzma
import os
from pathlib import Path

import pytest

from kg.errors import CoopKGError
from kg.extract import countries, countries_derive, extract
from kg.extract.institutions import COUNTRIES
from tests.conftest import need_shared

IN_CI = bool(os.environ.get("CI"))


def _need(path: Path) -> Path:
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing in CI")
        pytest.skip(f"{path} not on this machine")
    return path


def test_every_iso_country_has_a_name():
    iso = json.loads(_need(countries_derive.ISO_FILE).read_text(encoding="utf-8"))["3166-1"]
    codes = set(countries.country_codes().values())
    assert {e["alpha_2"] for e in iso} <= codes and len(codes) >= 249


def test_the_committed_file_is_what_the_derivation_writes(tmp_path):
    _need(countries_derive.ISO_FILE), _need(countries_derive.TZ_FILE)
    out = tmp_path / "countries.tsv"
    countries_derive.write(countries_derive.derive(), out)
    assert out.read_text(encoding="utf-8") == countries.COUNTRIES_FILE.read_text(encoding="utf-8")


def test_every_country_code_of_the_ror_dump_has_a_name():
    dump = need_shared() / "realdata" / "ror" / "ror-organizations.jsonl.xz"
    with lzma.open(_need(dump), "rt", encoding="utf-8") as lines:
        used = {json.loads(line)["country"] for line in lines}
    assert used - {None, ""} <= set(countries.country_codes().values())


@pytest.mark.parametrize("name, code", [
    ("viet nam", "VN"), ("vietnam", "VN"), ("south korea", "KR"), ("republic of korea", "KR"), ("laos", "LA"),
    ("czech republic", "CZ"), ("czechia", "CZ"), ("turkey", "TR"), ("türkiye", "TR"), ("russia", "RU"),
    ("the netherlands", "NL"), ("the philippines", "PH"), ("the usa", "US"), ("uae", "AE"), ("kosovo", "XK"),
    ("democratic republic of the congo", "CD"), ("ivory coast", "CI"), ("east timor", "TL"), ("burma", "MM"),
    ("bolivia", "BO"), ("iran", "IR"), ("tanzania", "TZ"), ("brunei", "BN"), ("cape verde", "CV"),
])
def test_common_english_names(name, code):
    assert countries.country_codes()[name] == code


def test_names_are_also_there_folded_and_us_is_no_country():
    assert {"turkiye", "cote d'ivoire", "reunion", "curacao"} <= COUNTRIES
    assert "us" not in COUNTRIES and "korea, republic of" not in COUNTRIES and "caribbean nl" not in COUNTRIES


def test_a_malformed_line_is_named(tmp_path, monkeypatch):
    bad = tmp_path / "countries.tsv"
    bad.write_text("# header\nVN\tViet Nam\nno tab here\n", encoding="utf-8")
    monkeypatch.setattr(countries, "COUNTRIES_FILE", bad)
    countries.country_codes.cache_clear()
    try:
        with pytest.raises(CoopKGError, match=r"countries\.tsv:3: expected"):
            countries.country_codes()
    finally:
        countries.country_codes.cache_clear()


def _institutions(text):
    return {i["name"]: i["aliases"] for i in extract(text, gazetteer=None)["institutions"]}


@pytest.mark.parametrize("text, expected", [
    # a country the short list lacked says where the university is: not part of its name
    ("Ashwood University of Ghana and Alpha College signed an MoU on May 2.", {"Ashwood University", "Alpha College"}),
    ("Alpha College signed a memorandum with Birchvale University of Uruguay on May 2.",
     {"Alpha College", "Birchvale University"}),
    ("Lesotho's Alder Valley University signed an MoU with Birch College on May 2.",
     {"Alder Valley University", "Birch College"}),
])
def test_a_country_beyond_the_old_list_is_cut(text, expected):
    assert set(_institutions(text)) == expected


@pytest.mark.parametrize("text, name", [
    # an adjective of kind does not say which school: the country is its name
    ("Alpha College signed an MoU with the Pedagogical University of Belize on May 2.",
     "Pedagogical University of Belize"),
    ("The Agricultural University of Malawi and Alpha College signed a memorandum.", "Agricultural University of Malawi"),
    ("Alpha College and the American University of Armenia signed an agreement on May 2.",
     "American University of Armenia"),
    ("An MoU was signed between Alpha College and the Chinese University of Hong Kong.",
     "Chinese University of Hong Kong"),
    # a chain of bodies: the country names the last one, not the institute
    ("Alpha College signed an agreement with the Institute of Water Problems of the Academy of Sciences of "
     "Moldova on May 2.", "Institute of Water Problems of the Academy of Sciences of Moldova"),
])
def test_a_country_that_is_part_of_the_name_stays(text, name):
    assert name in _institutions(text)


@pytest.mark.parametrize("text, name, alias", [
    ("The Lorem Institute of Freight, Kenya (LIF) and Alpha University have begun a relationship. "
     "On Friday, Alpha University and LIF-Kenya signed an MoU.", "Lorem Institute of Freight", "LIF-Kenya"),
    ("Alpha University and the Lorem Society of Surveyors (LSS) will work together.\nRepresentatives of "
     "Alpha University and LSS-Botswana sign the MoU in Gaborone.", "Lorem Society of Surveyors", "LSS-Botswana"),
])
def test_an_acronym_with_its_branch_country_is_the_same_body(text, name, alias):
    found = _institutions(text)
    assert alias in found.get(name, []) and alias not in found, found


@pytest.mark.parametrize("text, name, alias", [
    ("Ashwood University of Ghana and Alpha College signed an MoU on May 2.", "Ashwood University",
     "Ashwood University of Ghana"),
    ("Alpha College signed an agreement with Birchvale Polytechnic Institute of the Republic of Korea.",
     "Birchvale Polytechnic Institute", "Birchvale Polytechnic Institute of the Republic of Korea"),
])
def test_the_name_with_its_country_as_written_is_an_alias(text, name, alias):
    assert alias in _institutions(text)[name]
