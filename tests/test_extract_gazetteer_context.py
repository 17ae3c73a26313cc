"""The gazetteer on real pages (session 7): a known name or acronym counts only where the text uses it
alone as an organisation's name, and a ROR acronym only when its organisation's country or city is
one the article names. Sentences are invented; the one ROR record used (KAIST) is registry data."""

import lzma
import os

import pytest

from kg.extract import extract
from kg.extract.gazetteer import ArticlePlaces, Gazetteer
from kg.extract.institutions import find_institutions, used_alone

from tests.test_registry import ROR_DUMP, _write_xz

CURATED = Gazetteer(names={"zentrix": "Zentrix"}, acronyms={"ZTX": "Zentrix Trading Group"})


def _names(text, gazetteer):
    return [g.name for g in find_institutions(text, gazetteer)]


@pytest.mark.parametrize("text", [
    "Zentrix signed a memorandum of understanding with Alpha University in May.",
    "Under the memorandum, Zentrix will host interns from Alpha University.",
    "Alpha University and Zentrix, a software firm, agreed to train engineers.",
])
def test_a_known_name_used_alone_is_found(text):
    assert "Zentrix" in _names(text, CURATED)


@pytest.mark.parametrize("text", [
    # a piece of a longer name
    "Alpha University signed an MoU with Zentrix Skills for Jobs and Beta College.",
    "Alpha University signed an MoU with Zentrix Lorem, the training arm.",
    # a modifier of a noun
    "Prof. A B, director of the Zentrix language center, attended the signing at Alpha University.",
    "Alpha University and Beta College signed; Zentrix deputies’ delegation attended.",
    # a surname after a title
    "Alpha University signed an MoU with Beta College. \"We are delighted,\" said Dr. Zentrix.",
])
def test_a_known_name_inside_something_longer_is_not_found(text):
    assert "Zentrix" not in _names(text, CURATED)


@pytest.mark.parametrize("text, alone", [
    ("ZTX signed an MoU with Alpha University.", True),
    ("ZTX President Lorem Ipsum spoke at the signing.", True),      # a role after the acronym
    ("ZTX and Alpha University signed an MoU.", True),
    ("ZTX Riverton signed an MoU with Alpha University.", False),   # a campus town after it
    ("the ZTX training centre opened.", False),
    ("the ZTX Technology Centre signed.", False),
])
def test_used_alone(text, alone):
    at = text.index("ZTX")
    assert used_alone(text, at, at + 3) is alone


def test_a_known_acronym_before_a_campus_town_is_not_looked_up():
    text = "Prof A B, Pro-Vice Chancellor, ZTX Riverton, and C D, President of Alpha College, signed the MoU."
    assert not any("ZTX" in g.acronyms for g in find_institutions(text, CURATED))
    alone = "Prof A B, Pro-Vice Chancellor of ZTX, and C D, President of Alpha College, signed the MoU."
    assert any("ZTX" in g.acronyms for g in find_institutions(alone, CURATED))


@pytest.mark.parametrize("text, codes", [
    ("Alpha University of Brazil signed with a partner in Korea.", {"BR", "KR"}),
    ("The Netherlands and Viet Nam agreed.", {"NL", "VN"}),
    ("Beta College in Riverton signed.", set()),
    ("The Nigerian side signed in Niger state.", {"NE"}),      # a whole name only: 'Nigerian' is not 'Niger'
])
def test_article_places(text, codes):
    assert ArticlePlaces.of(text).codes == codes


def test_article_places_hold_a_city_or_country_or_anything_without_a_country():
    assert ArticlePlaces.of("Signed in Riverton, Brazil.").holds("KR", "Riverton")
    assert ArticlePlaces.of("Signed in Lorem, Korea.").holds("KR", "Daejeon")
    assert not ArticlePlaces.of("Signed in Lorem, Brazil.").holds("KR", "Daejeon")
    assert ArticlePlaces.of("Signed in Lorem.").holds("KR", "Daejeon")


@pytest.fixture(scope="module")
def kaist_index(tmp_path_factory):
    """A real index of one ROR record (KAIST, Daejeon, KR), cut from the real dump."""
    from kg.registry.lookup import get_index
    from kg.registry.ror_import import import_ror
    if not ROR_DUMP.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{ROR_DUMP} is missing in CI")
        pytest.skip(f"{ROR_DUMP} not present")
    with lzma.open(ROR_DUMP, "rt", encoding="utf-8") as f:
        lines = [line for line in f if '"KAIST"' in line]
    folder = tmp_path_factory.mktemp("ror-kaist")
    db = folder / "kaist.sqlite"
    import_ror(_write_xz(folder / "slice.jsonl.xz", lines), db, quiet=True)
    return get_index(str(db))


@pytest.mark.parametrize("where, found", [
    ("in Lorem, Brazil", False),          # the registry's KAIST is Korean: not what a Brazilian page means
    ("in Daejeon, Brazil", True),         # its city named
    ("in Seoul, Korea", True),            # its country named
    ("in Lorem", True),                   # no country named at all: nothing to contradict it
])
def test_a_ror_acronym_needs_its_country_or_city_in_the_article(kaist_index, where, found):
    text = f"Under the memorandum signed {where}, KAIST will host researchers from Alpha University."
    groups = find_institutions(text, Gazetteer(ror=kaist_index))
    assert any("KAIST" in g.acronyms for g in groups) is found


def test_a_ror_acronym_of_another_country_adds_no_party(kaist_index):
    text = ("Riverton, Brazil - Alpha University and Beta College signed an MoU on May 5, 2024. "
            "KAIST will later join the programme.")
    names = [i["name"] for i in extract(text, gazetteer=Gazetteer(ror=kaist_index))["institutions"]]
    assert names == ["Alpha University", "Beta College"]
