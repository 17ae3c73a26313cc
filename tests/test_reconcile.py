"""Cross-article reconciliation never merges silently: each test reproduces a wrong decision seen
when ingesting real articles (issue 12) and checks the rule that prevents it."""

import lzma
from pathlib import Path

import pytest
import yaml

from kg.extract import extract
from kg.curation.known_entities import KnownEntity, KnownGraph, match_institution
from kg.curation.ingest import ingest

from tests.test_registry import ROR_DUMP, _write_xz

VINUNI = KnownGraph(institutions={"vinuni": KnownEntity("vinuni", ["VinUniversity", "VinUni"], ["VinUni"])})


def test_truncated_name_is_not_a_known_acronym():
    """'Vietnam National University' spells V-i-N U-ni, but the article never writes 'VinUni'."""
    res = match_institution(["Vietnam National University"], VINUNI)
    assert res.verdict == "review" and res.key is None
    assert res.best.key == "vinuni" and "does not write 'VinUni'" in res.best.reason


def test_known_acronym_written_in_the_article_resolves():
    res = match_institution(["VinUni"], VINUNI)
    assert (res.verdict, res.key) == ("accept", "vinuni")


@pytest.mark.parametrize("written", ["Thuy Loi University", "Thuy-Loi University", "THUYLOI UNIVERSITY",
                                     "Thủy Lợi University"])
def test_spelling_variants_of_a_known_name_resolve(written):
    known = KnownGraph(institutions={"tlu": KnownEntity("tlu", ["Thuyloi University"])})
    res = match_institution([written], known)
    assert (res.verdict, res.key) == ("accept", "tlu"), res.candidates


def test_the_same_words_in_another_order_are_flagged_across_pages():
    known = KnownGraph(institutions={"lu": KnownEntity("lu", ["Loremton University"])})
    res = match_institution(["University of Loremton"], known)
    assert (res.verdict, res.key) == ("review", None) and res.best.key == "lu", res.candidates


def test_different_names_with_the_same_letters_elsewhere_do_not_merge():
    known = KnownGraph(institutions={"tlu": KnownEntity("tlu", ["Thuyloi University"])})
    assert match_institution(["Thuy Lam University"], known).verdict != "accept"


# ------------------------------------------------------------------ ROR: country consistency

@pytest.fixture(scope="module")
def generic_index(tmp_path_factory):
    """A real index of the ROR records named '... University of Technology' / '... College of
    Technology' (172 records in about 40 countries), Thuyloi, KAIST, HaUI and the eight organisations
    whose names hold 'Industry' and 'Trade' (in five countries), cut from the real dump."""
    from kg.registry.ror_import import import_ror
    if not ROR_DUMP.is_file():
        if __import__("os").environ.get("CI"):
            pytest.fail(f"{ROR_DUMP} is missing in CI")
        pytest.skip(f"{ROR_DUMP} not present")
    with lzma.open(ROR_DUMP, "rt", encoding="utf-8") as f:
        lines = [l for l in f if '"University of Technology"' in l or 'College of Technology"' in l
                 or "Thuyloi" in l or '"KAIST"' in l or "Hanoi University of Industry" in l
                 or 'Industry' in l and 'Trade' in l]
    folder = tmp_path_factory.mktemp("ror-generic")
    db = folder / "generic.sqlite"
    import_ror(_write_xz(folder / "slice.jsonl.xz", lines), db, quiet=True)
    return db


def test_exact_generic_name_from_another_country_is_not_accepted(generic_index):
    from kg.registry.lookup import candidates
    found = candidates("University of Technology", index=str(generic_index))
    assert found[0].score >= 0.97 and found[0].verdict == "review"      # exact, but where?
    assert "generic name" in found[0].reason + " ".join(found[0].flags)
    in_vietnam = candidates("University of Technology", "VN", index=str(generic_index))
    assert not any(c.accepted for c in in_vietnam)                       # not a Vietnamese record
    own = candidates("University of Technology", found[0].country, index=str(generic_index))
    assert own[0].ror_id == found[0].ror_id and own[0].accepted          # the country settles it


def test_generic_parent_body_takes_the_country_of_its_members(generic_index, tmp_path):
    """The seed records name the Ministry of Industry and Trade without a country: five countries have
    one, so it is matched only through HaUI (its member, matched in Vietnam)."""
    from kg.graph.build import build
    from kg.registry.lookup import candidates
    assert not candidates("Ministry of Industry and Trade", index=str(generic_index))[0].accepted
    assert candidates("Ministry of Industry and Trade", "VN", index=str(generic_index))[0].accepted
    from conftest import DATA
    import os
    previous = os.environ["COOPKG_REGISTRY"]
    os.environ["COOPKG_REGISTRY"] = str(generic_index)
    try:
        report = build(DATA, tmp_path / "build")
    finally:
        os.environ["COOPKG_REGISTRY"] = previous
    matched = "\n".join(report.notes)
    assert "moit -> https://ror.org/01bvv5f54" in matched and "haui -> https://ror.org/05hhz4s12" in matched


def test_distinctive_name_is_accepted_without_country(generic_index):
    from kg.registry.lookup import candidates
    found = candidates("Thuyloi University", index=str(generic_index))
    assert found[0].accepted and found[0].country == "VN"


# ------------------------------------------------------------------ the same event, two publishers

FIRST = """title: Vinh University signs MoU with Khon Kaen University
publisher: Vinh University (vinhuni.edu.vn)
published: 2020-02-26
---
Vinh University and Khon Kaen University signed a memorandum of understanding on 25 February 2020 in Khon Kaen.
The two universities agreed on lecturer exchange and joint research.
"""
SECOND = """title: KKU and a Vietnamese partner sign an MoU
publisher: Khon Kaen University (kku.ac.th)
published: 2020-02-27
---
Khon Kaen University (KKU) and Vinh Univ. of Education signed a memorandum of understanding on February 24, 2020.
The MoU covers student exchange.
"""


def test_same_event_from_two_publishers_is_flagged(data_copy, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    ingest(first, data_copy, key="vinh-kku-news", check=False)
    result = ingest(second, data_copy, key="kku-vinh-news", check=False)
    text = result.record_path.read_text(encoding="utf-8")
    first_key = yaml.safe_load((data_copy / "records" / "vinh-kku-news.yaml").read_text())["agreements"][0]["key"]
    assert f"# review: probably the same agreement as {first_key} (signed 2020-02-25" in text
    assert "khon-kaen-university" in text.split("probably the same agreement")[1].split("\n")[0]


def test_a_different_day_is_not_flagged(data_copy, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND.replace("February 24, 2020", "March 24, 2020"), encoding="utf-8")
    ingest(first, data_copy, key="vinh-kku-news", check=False)
    result = ingest(second, data_copy, key="kku-vinh-news", check=False)
    assert "probably the same agreement" not in result.record_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("first_day, second_day", [
    ("on 25 February 2020", "on February 24"),         # the second outlet gives no year
    ("on February 25", "on February 24, 2020"),         # the first outlet gives no year
    ("on February 25", "on 25 February"),               # neither does
])
def test_same_event_without_a_year_on_one_side_is_flagged(data_copy, tmp_path, first_day, second_day):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST.replace("on 25 February 2020", first_day), encoding="utf-8")
    second.write_text(SECOND.replace("on February 24, 2020", second_day), encoding="utf-8")
    ingest(first, data_copy, key="vinh-kku-news", check=False)
    result = ingest(second, data_copy, key="kku-vinh-news", check=False)
    text = result.record_path.read_text(encoding="utf-8")
    first_key = yaml.safe_load((data_copy / "records" / "vinh-kku-news.yaml").read_text())["agreements"][0]["key"]
    assert f"# review: probably the same agreement as {first_key} (signed " in text


def test_a_yearless_day_a_week_apart_is_not_flagged(data_copy, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST.replace("on 25 February 2020", "on February 25"), encoding="utf-8")
    second.write_text(SECOND.replace("February 24, 2020", "March 3"), encoding="utf-8")
    ingest(first, data_copy, key="vinh-kku-news", check=False)
    result = ingest(second, data_copy, key="kku-vinh-news", check=False)
    assert "probably the same agreement" not in result.record_path.read_text(encoding="utf-8")


def _ingest_pair(data_copy, tmp_path, first_text, second_text):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(first_text, encoding="utf-8")
    second.write_text(second_text, encoding="utf-8")
    ingest(first, data_copy, key="vinh-kku-news", check=False)
    result = ingest(second, data_copy, key="kku-vinh-news", check=False)
    first_record = yaml.safe_load((data_copy / "records" / "vinh-kku-news.yaml").read_text())
    return first_record["agreements"][0]["key"], result


SAME_PARTIES = FIRST.replace("Vinh University of Education", "Vinh University")


def test_same_parties_and_day_resolve_to_the_known_agreement(data_copy, tmp_path):
    second = SAME_PARTIES.replace("Vinh University and Khon Kaen University", "Khon Kaen University and Vinh University")
    first_key, result = _ingest_pair(data_copy, tmp_path, SAME_PARTIES, second)
    assert ("agreement", "agreement", first_key, "same parties and date") in result.record.resolved


def test_same_parties_without_a_day_are_flagged_not_merged(data_copy, tmp_path):
    # two bodies sign more than one agreement: without both days, ingest asks instead of merging
    undated = SAME_PARTIES.replace(" on 25 February 2020", "")
    first_key, result = _ingest_pair(data_copy, tmp_path, undated, undated.replace("lecturer exchange", "student exchange"))
    assert not [r for r in result.record.resolved if r[0] == "agreement"]
    text = result.record_path.read_text(encoding="utf-8")
    assert f"probably the same agreement as {first_key} (no signing day on both to compare, shared parties" in text


def test_one_shared_party_without_a_day_is_not_flagged(data_copy, tmp_path):
    first = SAME_PARTIES.replace(" on 25 February 2020", "")
    second = first.replace("Vinh University", "Hue University")     # body, headline and publisher
    _, result = _ingest_pair(data_copy, tmp_path, first, second)
    assert "probably the same agreement" not in result.record_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("a, b, near", [
    ("2020-02-25", "2020-02-24", True), ("2020-02-25", "2021-02-25", False), ("--02-25", "2020-02-24", True),
    ("2019-12-31", "--01-01", True), ("--02-28", "--03-01", False), ("--02-28", "--02-29", True),
    ("--05-03", "--05-06", False), ("not a date", "--05-03", False),
])
def test_days_within_a_day(a, b, near):
    from kg.curation.draft_record import _within_a_day
    assert _within_a_day(a, b) is near and _within_a_day(b, a) is near


# ------------------------------------------------------------------ headline without punctuation

def test_unpunctuated_headline_and_bare_date_line_still_give_institutions():
    text = ("Hanoi Open University signs cooperation agreement with Daegu Catholic University\n"
            "12/03/2024\n"
            "Hanoi Open University and Daegu Catholic University (Korea) signed a cooperation agreement "
            "on training at Hanoi Open University on March 11.\n")
    draft = extract(text)
    names = [i["name"] for i in draft["institutions"]]
    assert names == ["Hanoi Open University", "Daegu Catholic University"]
    assert all(i["party"] for i in draft["institutions"])
    assert draft["agreement"]["date"] == "2024-03-11"


# ------------------------------------------------------------------ gazetteer: names never seen by the rules

def test_acronym_only_parties_from_the_ror_gazetteer(generic_index):
    from kg.extract.gazetteer import Gazetteer
    from kg.registry.lookup import get_index
    text = "KAIST and HaUI signed a memorandum of understanding on joint research on May 5, 2024."
    # no head noun: the rules read acronyms only as the sides of a signing ('KAIST and HaUI signed')
    assert [i["name"] for i in extract(text, gazetteer=None)["institutions"]] == ["KAIST", "HaUI"]
    elsewhere = "Under the memorandum of May 5, 2024, KAIST will host researchers from HaUI."
    assert extract(elsewhere, gazetteer=None)["institutions"] == []
    draft = extract(text, gazetteer=Gazetteer(ror=get_index(str(generic_index))))
    assert [(i["name"], i["party"]) for i in draft["institutions"]] == [("KAIST", True), ("HaUI", True)]


def test_curated_names_without_head_noun():
    from kg.extract.gazetteer import from_known
    known = KnownGraph(institutions={"viettel": KnownEntity("viettel", ["Viettel Group", "Viettel"], [])})
    text = "Viettel and Hue University signed a cooperation agreement on May 5, 2024."
    names = [i["name"] for i in extract(text, gazetteer=from_known(known))["institutions"]]
    assert names == ["Viettel", "Hue University"]
    truncated = "Viettel High Tech and Hue University signed a cooperation agreement."   # more of a name follows
    assert "Viettel" not in [i["name"] for i in extract(truncated, gazetteer=from_known(known))["institutions"]]


def test_title_case_headline_without_punctuation_gives_both_parties():
    text = ("Hanoi Open University Signs Cooperation Agreement With Daegu Catholic University\n"
            "12/03/2024\n"
            "The two universities signed a cooperation agreement on training on March 11.\n")
    draft = extract(text, gazetteer=None)
    assert [(i["name"], i["party"]) for i in draft["institutions"]] == [
        ("Hanoi Open University", True), ("Daegu Catholic University", True)]
    assert draft["agreement"]["date"] == "2024-03-11"
