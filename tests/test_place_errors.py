"""benchmarks/place_errors.py sorts each place pair into one cause (values folded as kg.evaluate folds them)."""

import pytest

from benchmarks.place_errors import CAUSES, cause, to_markdown


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
    assert "| demo | 2 | 0 | 1 |" in table and table.count("|---") == len(CAUSES) + 1
