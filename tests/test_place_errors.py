"""benchmarks/place_errors.py sorts each place pair into one cause (values folded as kg.evaluate folds them)."""

import pytest

from benchmarks.place_errors import CAUSES, cause, end_tail, place_cause, tail_shape, to_markdown


@pytest.mark.parametrize("pred, gold, expected", [
    ("alpha hall", "alpha hall", "right"),
    (None, "alpha hall", "none found"),
    ("riverton", None, "spurious"),
    ("riverton", "southtown", "wrong place"),
    ("alpha hall in riverton", "alpha hall", "longer at end"),
    ("main room of alpha hall", "alpha hall", "longer at start"),
    ("main room of alpha hall in riverton", "alpha hall", "longer at both"),
    ("alpha hall", "alpha hall, riverton", "shorter at end"),
    ("riverton", "campus in riverton", "shorter at start"),
    ("hall", "alpha hall riverton", "shorter at both"),
    ("alpha hall riverton", "alpha hall, riverton", "same words"),
])
def test_each_cause_is_told_apart(pred, gold, expected):
    assert cause(pred, gold) == expected


def test_table_has_a_column_per_cause():
    from collections import Counter
    table = to_markdown({"demo": Counter({"right": 2, "spurious": 1})})
    assert "| demo | 2 | 0 | 1 |" in table and table.split("\n## ")[0].count("|---") == len(CAUSES) + 1


@pytest.mark.parametrize("tail, shape", [
    (", Lagos Region", ", Capitalised"),
    (", Campus 2", ", Capitalised"),
    (", Riverton, Freedonia.", ", Capitalised"),
    (" in Lekki, Lorem State", "in Capitalised"),
    (" in the Old Town", "in Capitalised"),
    (" of the Alpha University", "of-phrase"),
    (" (Block B) on the third floor", "parenthesis"),
    (", on 5 March", "a date"),
    (" on Monday", "a date"),
    (", which hosted the talks", "other"),
    (" near the river", "other"),
])
def test_each_tail_shape_is_told_apart(tail, shape):
    assert tail_shape(tail) == shape


def test_tail_is_what_the_gold_keeps_after_the_venue():
    # matched as the scorer folds (case, diacritics), cut from the value as written
    assert end_tail("Alpha Hall", "the ALPHA Hall, Riverton State") == ", Riverton State"
    assert end_tail("Héllo Hotel", "Hello Hotel in Ipsum") == " in Ipsum"
    assert end_tail("Beta Tower", "Alpha Hall") is None


def test_cut_at_the_end_is_counted_by_shape_and_word_count():
    pred = {"agreement": {"place": "the Lotus Hotel"}}
    gold = {"agreement": {"place": "the Lotus Hotel, Riverton, Lorem State"}}
    counts = place_cause(pred, gold)
    assert counts["shorter at end"] == 1 and counts[("shorter at end", ", Capitalised", "3")] == 1
    longer = place_cause({"agreement": {"place": "Alpha Hall in Riverton"}}, {"agreement": {"place": "Alpha Hall"}})
    assert longer[("longer at end", "in Capitalised", "2")] == 1      # ("in" counts)
    # other causes get no shape row
    assert [k for k in place_cause(gold, gold) if isinstance(k, tuple)] == []
    table = to_markdown({"demo": counts + longer})
    assert "| demo | shorter at end | , Capitalised | 0 | 0 | 1 | 0 |" in table
    assert "| demo | longer at end | in Capitalised | 0 | 1 | 0 | 0 |" in table
