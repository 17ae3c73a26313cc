"""kg.names: the one key, slug and acronym functions every part of CoopKG uses."""

import pytest

from kg.names import acronym_of, core_key, initials, name_key, slug, tokens


def test_exact_key_keeps_titles_and_the_and_reads_ampersand_as_and():
    """The registry's exact key: a leading 'Dr.' or 'The' is part of an organisation's name."""
    assert name_key("Dr. Ram Manohar Lohia Avadh University") == "dr ram manohar lohia avadh university"
    assert name_key("The Hanoi University of Industry") == "the hanoi university of industry"
    assert name_key("Research & Development Centre") == name_key("Research and Development Centre")
    assert tokens("Viet-Hung U.S. College") == ("viet", "hung", "u", "s", "college")


def test_article_key_drops_titles_and_the_only_at_the_start():
    assert name_key("Dr. Ram Manohar Lohia Avadh University", drop_titles=True) == "ram manohar lohia avadh university"
    assert name_key("H.E. Mr. Nguyen Van A", drop_titles=True) == "nguyen van a"
    assert name_key("University of the Mr Dr", drop_titles=True) == "university of the mr dr"
    assert name_key("Mr Mr", drop_titles=True) == ""


def test_core_key_drops_one_optional_leading_word():
    assert core_key("Trường Đại học Hà Nội") == "dai hoc ha noi"
    assert core_key("The") == "the"


@pytest.mark.parametrize("text, kwargs, expected", [
    ("Trường Đại học Công nghiệp Hà Nội", {}, "truong-dai-hoc-cong-nghiep-ha-noi"),
    ("  Đào   Đức Quảng ", {}, "dao-duc-quang"),
    ("北京大学", {}, "unnamed"),
    ("北京大学", {"max_length": None, "fallback": "unknown"}, "unknown"),
    ("word " * 40, {"max_length": None}, "-".join(["word"] * 40)),
    ("abcdefghij " * 3, {"max_length": 15}, "abcdefghij"),
    ("abcdefghijklmnopqrstuvwxyz", {"max_length": 15}, "abcdefghijklmno"),
])
def test_slug(text, kwargs, expected):
    assert slug(text, **kwargs) == expected


def test_acronyms_for_display_and_for_comparison():
    """acronym_of writes an acronym from the capitalised words; initials compares, skipping
    stopwords of every language ROR names use."""
    assert acronym_of("Bình Dương University of Industry") == "BDUI"
    assert initials("Wyzsza Szkola Bankowa") == "wsb"
    assert initials("Universidad de los Andes") == "ula"
