"""benchmarks/reading_sets.py links only the reading pages, never a blind one."""

import pytest

from benchmarks.reading_sets import REAL_PAGES, build


def _save(texts, set_name, stem):
    folder = texts / set_name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text("text", encoding="utf-8")


def test_reading_sets_take_odd_dev_and_read2_and_nothing_blind(tmp_path):
    texts, out = tmp_path / "texts", tmp_path / "sets"
    stems = {"odd": "1001_udn-ctgroup-navigos", "even": "1002_von-ui-northwest",
             "kept_blind": "4601_kazakhstan-china-water-ministries"}
    for stem in stems.values():
        assert (REAL_PAGES / "dev" / "gold" / f"{stem}.yaml").is_file()
        _save(texts, "dev", stem)
    read2_stem = sorted(p.stem for p in (REAL_PAGES / "held-out-2" / "gold").glob("*.yaml"))[0]
    _save(texts, "held-out-2", read2_stem)
    _save(texts, "held-out-11", "4801_any")          # a blind set is never read
    counts = build(texts, out)
    assert counts == {"odd": 1, "read2": 1}
    assert sorted(p.name for p in (out / "odd").iterdir()) == [f"{stems['odd']}.txt"]
    assert (out / "odd-gold" / f"{stems['odd']}.yaml").resolve() == (REAL_PAGES / "dev" / "gold" /
                                                                    f"{stems['odd']}.yaml").resolve()
    assert [p.name for p in (out / "read2").iterdir()] == [f"{read2_stem}.txt"]
    assert build(texts, out) == counts          # again: links replaced, not an error


def test_a_real_file_in_the_way_is_never_overwritten(tmp_path):
    texts, out = tmp_path / "texts", tmp_path / "sets"
    stem = "1001_udn-ctgroup-navigos"
    _save(texts, "dev", stem)
    (out / "odd").mkdir(parents=True)
    mine = out / "odd" / f"{stem}.txt"
    mine.write_text("my own notes", encoding="utf-8")
    with pytest.raises(SystemExit, match="not a link"):
        build(texts, out)
    assert mine.read_text(encoding="utf-8") == "my own notes"
