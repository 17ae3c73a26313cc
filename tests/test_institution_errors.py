"""benchmarks/institution_errors.py sorts each missed gold institution and each spurious drafted one into
one cause (institutions paired as kg.evaluate pairs them). Invented names only."""

from collections import Counter

import pytest

from benchmarks.institution_errors import MISSED, SPURIOUS, institution_causes, to_markdown


def inst(name, aliases=(), party=True):
    return {"name": name, "aliases": list(aliases), "party": party}


TEXT = ("Lorem University (LU) signed an MoU with Ipsum Technology Institute and the Dolor Agency for "
        "Space Research on Monday. The Faculty of Law of Lorem University hosted the Amet Forum. "
        "Norway and Lorem Province also took part.")


def causes(pred, gold, text=TEXT):
    return institution_causes({"institutions": pred}, {"institutions": gold}, text)


def test_one_drafted_entry_holding_two_gold_names_is_merged():
    found = causes([inst("Lorem University and Ipsum Technology Institute")],
                   [inst("Lorem University"), inst("Ipsum Technology Institute")])
    assert found == Counter({"missed: merged": 2, "spurious: cut (its gold missed)": 1})


@pytest.mark.parametrize("pred, gold, expected", [
    ([inst("Lorem University", ["LU"])], [inst("LU"), inst("Lorem University")], "merged"),
    ([], [inst("Norway", party=False)], "country/territory"),
    ([], [inst("Lorem Province")], "country/territory"),
    ([inst("Faculty of Law of Lorem University")], [inst("Lorem University")], "unit/parent"),
    ([inst("Ipsum Technology")], [inst("Ipsum Technology Institute")], "cut short"),
    ([inst("Dolor Agency for Space Research on Monday")], [inst("Dolor Agency for Space Research")], "cut long"),
    ([], [inst("Consectetur University of Medicine")], "not in text"),
    ([], [inst("Dolor Agency for Space Research")], "other"),
])
def test_each_missed_cause_is_told_apart(pred, gold, expected):
    found = causes(pred, gold)
    assert found["missed: " + expected] == 1, found
    assert sum(v for k, v in found.items() if k.startswith("missed: ")) == 1


def test_an_acronym_only_body_has_no_head_noun():
    found = causes([], [inst("DASR")], "The DASR signed with Lorem University.")
    assert found == Counter({"missed: no head noun": 1})


@pytest.mark.parametrize("pred, gold, expected", [
    ([inst("Lorem University"), inst("Faculty of Law")], [inst("Lorem University")], "unit"),
    ([inst("Lorem University"), inst("Norway")], [inst("Lorem University")], "place/country"),
    ([inst("Lorem University"), inst("Amet Forum")], [inst("Lorem University")], "event/programme"),
    ([inst("Ipsum Technology")], [inst("Ipsum Technology Institute")], "cut (its gold missed)"),
    ([inst("Lorem University"), inst("LU Ipsum")], [inst("Lorem University", ["LU Ipsum Group"])], "duplicate"),
    ([inst("Lorem University"), inst("LU")], [inst("Lorem University")], "duplicate"),
    # a parent's acronym inside another body's name is no cut of the parent
    ([inst("Lorem University", ["LU"]), inst("LU's Ipsum University of Languages")], [inst("Lorem University", ["LU"])],
     "other"),
    ([inst("Lorem University"), inst("Vitae Bank", party=False)], [inst("Lorem University")],
     "not a party in the draft"),
    ([inst("Lorem University"), inst("Vitae Bank")], [inst("Lorem University")], "other"),
])
def test_each_spurious_cause_is_told_apart(pred, gold, expected):
    found = causes(pred, gold)
    assert found["spurious: " + expected] == 1, found
    assert sum(v for k, v in found.items() if k.startswith("spurious: ")) == 1


def test_paired_institutions_count_nothing():
    # an alias on either side pairs them, as `coopkg eval` does
    assert causes([inst("LU")], [inst("Lorem University", ["LU"])]) == Counter()


def test_table_has_a_column_per_cause_and_totals():
    table = to_markdown({"demo": Counter({"missed: merged": 2, "spurious: unit": 1, "spurious: other": 3})})
    assert "| demo | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 2 |" in table
    assert "| demo | 1 | 0 | 0 | 0 | 0 | 0 | 3 | 4 |" in table
    assert table.count("\n|---") == 2 and len(MISSED) == 8 and len(SPURIOUS) == 7
