"""The same signing told by two outlets (issue 12): names of one body written differently on two
pages, and the duplicate-agreement question ingest asks. All names are invented; the wordings vary
as real outlets' do (acronyms, word order, brackets, hyphens, capitals). Reconciliation never
merges silently: every link here is a review flag."""

import pytest

from kg.curation import duplicates
from kg.curation.draft_record import to_record
from kg.curation.known_entities import (KnownAgreement, KnownEntity, KnownGraph, Report, from_records,
                                        match_institution)
from kg.curation.name_variants import acronym_and_rest, reordered, spoken_forms, trimmed, without_bracketed_acronym

from tests.test_reconcile import _ingest_pair

# ------------------------------------------------------------------ one body, two spellings

FULL = "Lorem Institute of Technology Ipsum"
BRACKETED = "Lorem Institute of Technology (LIT) Ipsum"


@pytest.mark.parametrize("written, known", [
    (BRACKETED, FULL), (FULL, BRACKETED),
    ("Lorem Institute of Technology (LIT), Ipsum", FULL),
    ("LIT Ipsum", FULL), ("LIT Ipsum", BRACKETED), ("LIT-Ipsum", FULL), ("L.I.T. Ipsum", FULL),
    (FULL, "LIT Ipsum"), ("University of Engineering and Technology (UET) Dolor", "UET Dolor"),
    ("Sit Amet University of Science and Technology (SAUST)", "Sit Amet University of Science and Technology"),
    ("HED Lorem", "Higher Education Department of Lorem and the"),          # a name cut after 'and the'
    ("Higher Education Department of Lorem and", "Higher Education Department (HED) Lorem"),
])
def test_one_body_written_two_ways_resolves(written, known):
    graph = KnownGraph(institutions={"body": KnownEntity("body", [known])})
    res = match_institution([written], graph)
    assert (res.verdict, res.key) == ("accept", "body"), res.candidates


@pytest.mark.parametrize("written, known", [
    ("LIT Dolor", FULL),                                   # the same acronym, another campus
    ("Lorem Institute of Technology (LIT) Dolor", FULL),
    ("LI Ipsum", "Lorem Institute Ipsum"),                 # two letters spell too many names
    ("LTI Ipsum", FULL),                                    # letters in another order
    ("MIT Ipsum", FULL),
])
def test_other_bodies_with_like_names_do_not_resolve(written, known):
    graph = KnownGraph(institutions={"body": KnownEntity("body", [known])})
    assert match_institution([written], graph).verdict != "accept"


KNOWN_CAMPUS = KnownGraph(institutions={"lit-ipsum": KnownEntity("lit-ipsum", [BRACKETED, "LIT"], ["LIT"])})


@pytest.mark.parametrize("forms", [
    ["Lorem Institute of Technology (LIT) Dolor", "LIT"],
    ["LIT Dolor", "LIT"],
    ["lorem institute of technology, dolor", "LIT"],
])
def test_a_shared_acronym_does_not_beat_a_different_full_name(forms):
    """'IIT' of one Indian Institute of Technology is not the 'IIT' of another."""
    res = match_institution(forms, KNOWN_CAMPUS)
    assert res.verdict == "new" and not res.candidates, res.candidates


@pytest.mark.parametrize("forms", [[FULL, "LIT"], ["LIT Ipsum", "LIT"], [BRACKETED, "LIT"], ["LIT"] + [FULL]])
def test_a_shared_acronym_with_the_same_full_name_still_resolves(forms):
    res = match_institution(forms, KNOWN_CAMPUS)
    assert (res.verdict, res.key) == ("accept", "lit-ipsum"), res.candidates


@pytest.mark.parametrize("form", ["LIT", "L.I.T.", "L-I-T"])
def test_a_family_acronym_alone_asks_which_body(form):
    """'LIT' written alone, where the known body is 'Lorem Institute of Technology (LIT) Ipsum'."""
    res = match_institution([form], KNOWN_CAMPUS)
    assert res.verdict == "review" and res.best.key == "lit-ipsum", res.candidates


def test_a_body_known_only_by_its_acronym_is_not_contradicted():
    known = KnownGraph(institutions={"lsu": KnownEntity("lsu", ["LSU"], ["LSU"])})
    assert match_institution(["Lorem State University", "LSU"], known).key == "lsu"


def test_an_acronym_that_is_the_whole_name_still_resolves_alone():
    known = KnownGraph(institutions={"lit": KnownEntity("lit", ["Lorem Institute of Technology (LIT)", "LIT"], ["LIT"])})
    assert match_institution(["LIT"], known).key == "lit"


def test_name_variant_helpers():
    assert without_bracketed_acronym(BRACKETED) == FULL
    assert without_bracketed_acronym("Lorem University (Ipsum)") is None           # a place, not an acronym
    assert spoken_forms(BRACKETED) == [BRACKETED, FULL, "LIT Ipsum"]
    assert acronym_and_rest("UET Dolor", "University of Engineering and Technology Dolor") == 0
    assert acronym_and_rest("UET", "University of Engineering and Technology") is None   # nothing after it
    assert reordered("Government of Lorem") == ["lorem government"]
    assert reordered("the Higher Education Department of Lorem and the") == ["lorem higher education department"]
    assert reordered("Lorem Ipsum University") == ["ipsum university of lorem", "university of lorem ipsum"]
    assert reordered("Ministry of Higher Education and Training") == []
    assert trimmed("Higher Education Department of Lorem and the") == "Higher Education Department of Lorem"
    assert trimmed("Lorem University of") == "Lorem University" and trimmed("Lorem University") == "Lorem University"


# ------------------------------------------------------------------ a known party named on a page

@pytest.mark.parametrize("text", [
    "The Lorem government and the University of Ipsum signed a memorandum.",
    "LOREM GOVERNMENT signs MoU with University of Ipsum",
    "A memorandum was signed by the government of Lorem, officials said.",
    "Officials of the Lorem Government, Ipsum, said on Friday that ...",
])
def test_a_body_named_another_way_is_found_in_a_text(text):
    assert duplicates.named_in(duplicates._text_key(text), ["Government of Lorem"])


@pytest.mark.parametrize("text, names", [
    ("The two sides signed at LIT Ipsum on Monday.", [BRACKETED]),
    ("Professor Amet, director of LIT-Ipsum, said ...", [BRACKETED]),
    ("Lorem Institute of Technology Ipsum (LITI) and Dolor University signed.", [BRACKETED]),
    ("The Lorem Higher Education Department and Ipsum University signed.", ["Higher Education Department of Lorem and the"]),
])
def test_shorter_forms_of_a_known_name_are_found(text, names):
    assert duplicates.named_in(duplicates._text_key(text), names)


@pytest.mark.parametrize("text, names", [
    ("The LIT and Dolor University signed.", ["LIT"]),                             # a bare acronym
    ("The Ministry of Education attended.", ["Ministry of Education"]),             # no distinctive word
    ("The Loremville government signed.", ["Government of Lorem"]),                 # another word
    ("Students of LIT Dolor visited.", [BRACKETED]),                                # another campus
    ("Lorem and Ipsum signed.", ["Lorem University"]),
    ("Dolor University Lorem campus hosted it.", ["Lorem University"]),
])
def test_bare_acronyms_generic_names_and_parts_of_words_are_not_found(text, names):
    assert not duplicates.named_in(duplicates._text_key(text), names)


@pytest.mark.parametrize("days_a, published_a, days_b, published_b, possible", [
    (["2024-05-03"], None, [], "2024-05-06", True),          # reported three days later
    (["2024-05-03"], None, [], "2024-04-30", True),          # announced before the signing
    (["2024-05-03"], None, [], "2022-05-06", False),         # published two years before it
    (["2020-10-07"], None, [], "2024-08-09", False),         # the 2024 page does not report the 2020 signing
    ([], "2024-05-06", [], "2024-05-09", True),
    ([], "2021-09-07", [], "2024-08-09", False),
    ([], None, [], "2024-08-09", True),                     # nothing to compare
    (["--05-03"], None, [], "2019-01-01", True),            # a day without a year is not bounded
])
def test_publication_dates_bound_the_signing(days_a, published_a, days_b, published_b, possible):
    assert duplicates.same_time_possible(days_a, published_a, days_b, published_b) is possible
    assert duplicates.same_time_possible(days_b, published_b, days_a, published_a) is possible


# ------------------------------------------------------------------ the review question in the draft record

LOREM_GOVERNMENT = KnownEntity("government-of-lorem", ["Government of Lorem"])
IPSUM_UNIVERSITY = KnownEntity("university-of-ipsum", ["University of Ipsum"])


def _known(tmp_path, *, first_text, date=None, issued=None, publisher="Dolor News"):
    path = tmp_path / "first.txt"
    path.write_text(first_text, encoding="utf-8")
    agreement = KnownAgreement("lorem-ipsum", frozenset({"government-of-lorem", "university-of-ipsum"}),
                               {date} if date else set(),
                               reports=[Report("dolor-news-lorem-ipsum", issued, path, publisher)])
    return KnownGraph(institutions={e.key: e for e in (LOREM_GOVERNMENT, IPSUM_UNIVERSITY)},
                      agreements={agreement.key: agreement})


def _draft(sentence, institutions, date=None):
    return {"institutions": [{"name": n, "aliases": [], "party": party, "quote": sentence, "confidence": 0.9}
                             for n, party in institutions],
            "people": [],
            "agreement": {"type": "MoU", "date": date, "date_text": None, "place": None, "areas": [],
                          "quote": sentence, "confidence": 0.9}}


FIRST = "The Government of Lorem and the University of Ipsum signed a memorandum of understanding."
SECOND = "Sit, Feb 7 (Amet) The Lorem government and the University of Ipsum signed an MoU on Friday."


def _flags(record):
    return [line for line in record.text.splitlines() if "probably the same agreement" in line]


def test_one_drafted_party_and_the_other_named_in_the_text_is_flagged(tmp_path):
    known = _known(tmp_path, first_text=FIRST)
    record = to_record(_draft(SECOND, [("University of Ipsum", True)]), SECOND, "sit-news", known,
                       published="2025-02-07", publisher="Sit Daily")
    [flag] = _flags(record)
    assert "probably the same agreement as lorem-ipsum (no signing day on both to compare" in flag
    assert "named on both pages: government-of-lorem" in flag
    assert "told by source 'dolor-news-lorem-ipsum'" in flag            # the other page, named
    assert not [r for r in record.resolved if r[0] == "agreement"]      # a question, never a merge


def test_a_party_of_the_new_page_named_in_the_known_page_is_flagged(tmp_path):
    """The known page drafted only one party; the new page drafts both."""
    path = tmp_path / "first.txt"
    path.write_text("Officials of the Lorem Government and the University of Ipsum met.", encoding="utf-8")
    known = _known(tmp_path, first_text=path.read_text())
    known.agreements["lorem-ipsum"].parties = frozenset({"university-of-ipsum"})
    text = "The Government of Lorem signed an MoU with the University of Ipsum."
    record = to_record(_draft(text, [("Government of Lorem", True), ("University of Ipsum", True)]), text, "x", known)
    assert "named on both pages: government-of-lorem" in _flags(record)[0]


def test_the_publisher_names_a_party(tmp_path):
    """An institution's own news page: 'Lorem and the University of Ipsum have set up a centre'."""
    known = _known(tmp_path, first_text=FIRST)
    text = "Lorem and the University of Ipsum have established a joint research centre."
    record = to_record(_draft(text, [("University of Ipsum", False)]), text, "x", known,
                       publisher="Government of Lorem (lorem.gov)")
    [flag] = _flags(record)
    assert "shared party university-of-ipsum; named on both pages: government-of-lorem" in flag


def test_a_known_page_without_parties_offers_its_institutions_too(tmp_path):
    """The same two pages as above, ingested in the other order: the answer must not depend on it."""
    text = "Lorem and the University of Ipsum have established a joint research centre."
    known = _known(tmp_path, first_text=text, publisher="Government of Lorem")
    known.agreements["lorem-ipsum"].parties = frozenset()
    known.agreements["lorem-ipsum"].bodies = frozenset({"university-of-ipsum"})
    record = to_record(_draft(FIRST, [("Government of Lorem", True), ("University of Ipsum", True)]), FIRST, "x", known)
    [flag] = _flags(record)
    assert "shared party university-of-ipsum; named on both pages: government-of-lorem" in flag


def test_another_partner_of_a_shared_party_is_not_flagged(tmp_path):
    known = _known(tmp_path, first_text=FIRST)
    text = "The Amet government and the University of Ipsum signed an MoU on Friday."
    record = to_record(_draft(text, [("University of Ipsum", True), ("Amet Government", True)]), text, "x", known)
    assert not _flags(record)


def test_a_party_named_only_on_the_new_page_and_different_days_are_not_flagged(tmp_path):
    known = _known(tmp_path, first_text=FIRST, date="2025-02-07")
    record = to_record(_draft(SECOND, [("University of Ipsum", True)], date="2025-03-07"), SECOND, "x", known)
    assert not _flags(record)


def test_pages_published_years_apart_are_not_flagged(tmp_path):
    known = _known(tmp_path, first_text=FIRST, issued="2021-09-07")
    both = [("Government of Lorem", True), ("University of Ipsum", True)]
    later = to_record(_draft(FIRST, both), FIRST, "x", known, published="2024-08-09")
    assert not _flags(later)
    same_week = to_record(_draft(FIRST, both), FIRST, "x", known, published="2021-09-09")
    assert _flags(same_week)


def test_a_signing_day_before_the_page_was_published_bounds_it(tmp_path):
    known = _known(tmp_path, first_text=FIRST, date="2020-10-07")
    both = [("Government of Lorem", True), ("University of Ipsum", True)]
    assert not _flags(to_record(_draft(FIRST, both), FIRST, "x", known, published="2024-08-09"))
    assert _flags(to_record(_draft(FIRST, both), FIRST, "x", known, published="2020-10-08"))


# ------------------------------------------------------------------ through ingest

PAGE_ONE = """title: unknown
publisher: Amet Times (amet.example)
published: 2023-11-10
---
Amet University and the Ipsum Institute of Technology (IIT) Dolor signed a memorandum of understanding on joint research.
"""
PAGE_TWO = """title: unknown
publisher: Sit Daily (sit.example)
published: 2023-11-10
---
Dolor: Amet University signed a memorandum of understanding with IIT Dolor on Monday, November 6.
"""
PAGE_OTHER_CAMPUS = PAGE_TWO.replace("IIT Dolor", "IIT Consectetur").replace("Dolor:", "Consectetur:")


def test_ingest_records_the_page_and_flags_the_second_report(data_copy, tmp_path):
    first_key, result = _ingest_pair(data_copy, tmp_path, PAGE_ONE, PAGE_TWO)
    facts = from_records(data_copy).agreements[first_key]
    assert facts.reports == [Report("vinh-kku-news", "2023-11-10", data_copy / "sources" / "vinh-kku-news.txt",
                                    "Amet Times")]
    assert facts.bodies == facts.parties and len(facts.parties) == 2      # every institution the record names
    text = result.record_path.read_text(encoding="utf-8")
    assert f"probably the same agreement as {first_key} (" in text
    assert "told by source 'vinh-kku-news'" in text


def test_ingest_does_not_flag_another_campus_with_the_same_acronym(data_copy, tmp_path):
    _, result = _ingest_pair(data_copy, tmp_path, PAGE_ONE, PAGE_OTHER_CAMPUS)
    assert "probably the same agreement" not in result.record_path.read_text(encoding="utf-8")
    assert not [r for r in result.record.resolved if r[2].startswith("ipsum-institute")]


def test_reports_from_the_store_match_the_records(seed_build):
    """`ingest --build` reads the known agreements from the store: the same pages, dates and bodies."""
    from conftest import DATA
    from kg.curation.known_entities import from_store
    stored, recorded = from_store(seed_build[0], DATA), from_records(DATA)
    assert sorted(stored.agreements) == sorted(recorded.agreements)
    for key, agreement in recorded.agreements.items():
        mine = stored.agreements[key]
        assert [(r.source, r.issued, r.text_path) for r in mine.reports] == \
               [(r.source, r.issued, r.text_path) for r in agreement.reports], key
        assert mine.bodies == agreement.bodies, key
    assert len(recorded.agreements["haui-bcit-2025"].reports) == 2       # one signing, two pages
