"""benchmarks/pri_errors.py sorts each missed person–role–institution triple into one cause."""

from benchmarks.pri_errors import CAUSES, miss_causes, to_markdown

GOLD = {
    "institutions": [{"name": "Lakeside University", "aliases": ["LU"]},
                     {"name": "Ministry of Fisheries", "aliases": []},
                     {"name": "Harbour Province", "aliases": []}],
    "people": [
        {"name": "Anna Berg", "roles": [{"role": "Rector", "institution": "Lakeside University"}]},
        {"name": "Tom Hale", "roles": [{"role": "Minister", "institution": "Ministry of Fisheries"}]},
        {"name": "Mai Linh", "roles": [{"role": "Dean", "institution": "Lakeside University"}]},
        {"name": "Omar Said", "roles": [{"role": "Director", "institution": "Ministry of Fisheries"}]},
        {"name": "Eva Kern", "roles": [{"role": "Secretary", "institution": "Ministry of Fisheries"}]},
        {"name": "Ruth Amo", "roles": [{"role": "Rector", "institution": "Lakeside University"}]},
        {"name": "Ivo Dane", "roles": [{"role": "Governor", "institution": "Harbour Province"}]},
    ],
}


def _pred(people):
    return {"institutions": [{"name": "Lakeside University"}, {"name": "Ministry of Fisheries"}],
            "people": people}


def test_each_cause_is_told_apart():
    pred = _pred([
        # Anna Berg: not found at all
        {"name": "Tom Hale", "roles": []},                                                         # no role
        {"name": "Mai Linh", "roles": [{"role": "Treasurer", "institution": "Lakeside University"}]},  # role word
        {"name": "Omar Said", "roles": [{"role": "Director", "institution": "Lakeside University"}]},  # institution
        {"name": "Eva Kern", "roles": [{"role": "Treasurer", "institution": "Lakeside University"}]},  # both
        {"name": "Ruth Amo", "roles": [{"role": "Rector", "institution": "LU"}]},                  # right, via alias
        {"name": "Ivo Dane", "roles": [{"role": "Governor", "institution": None}]},  # province never drafted
    ])
    causes = miss_causes(pred, GOLD)
    assert {k: causes[k] for k in CAUSES} == {"person missed": 1, "no role": 1, "other role word": 1,
                                               "attached elsewhere": 1, "institution not drafted": 1,
                                               "both differ": 1}


def test_a_perfect_draft_misses_nothing():
    pred = _pred([{"name": p["name"], "roles": p["roles"]} for p in GOLD["people"]])
    assert sum(miss_causes(pred, GOLD).values()) == 0


def test_report_has_one_row_per_set_with_its_total():
    from collections import Counter
    report = to_markdown({"a": Counter({"no role": 2, "person missed": 1}), "b": Counter()})
    assert "| a | 1 | 2 | 0 | 0 | 0 | 0 | 3 |" in report
    assert "| b | 0 | 0 | 0 | 0 | 0 | 0 | 0 |" in report
