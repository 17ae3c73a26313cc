"""Broken records fail with a message naming file, line and field, and leave build/ intact."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

HAUI = "records/haui-news-signing-bcit.yaml"
BCIT = "records/bcit-news-signing-haui.yaml"

CASES = [
    # (id, file, old text, new text, expected fragments of the message)
    ("bad-date", BCIT, "value: 2025-11-26", "value: 2025-02-31",
     ["bcit-news-signing-haui.yaml:", "agreements[0].date.value", "not a valid date"]),
    ("unknown-area", HAUI, "{area: e-learning,", "{area: elearning,",
     ["haui-news-signing-bcit.yaml:", "areas", "unknown value 'elearning'", "did you mean 'e-learning'"]),
    ("quote-not-in-source", HAUI, "quote: collaborate in organizing prestigious conferences and seminars",
     "quote: collaborate in organizing famous conferences and seminars",
     ["haui-news-signing-bcit.yaml:", "quote", "quote not found in source"]),
    ("unknown-institution", BCIT, "parent: {institution: moit, quote: two units with a tradition of training under the Ministry of Industry and Trade}\n    # \"the",
     "parent: {institution: miot, quote: two units with a tradition of training under the Ministry of Industry and Trade}\n    # \"the",
     ["bcit-news-signing-haui.yaml:", "parent", "unknown institution key 'miot'", "did you mean 'moit'"]),
    ("malformed-yaml", HAUI, "institutions:\n  - key: haui", "institutions:\n  - key: haui\n   bad: [",
     ["haui-news-signing-bcit.yaml:", "malformed YAML"]),
    ("unknown-field", HAUI, "    as_written: Rector\n        quote: Mr. K", "    as_writen: Rector\n        quote: Mr. K",
     ["haui-news-signing-bcit.yaml:", "as_writen", "unknown field", "did you mean 'as_written'"]),
    ("duplicate-key", HAUI, "  - key: haui\n    type: University", "  - key: haui\n    type: University\n    type: College",
     ["haui-news-signing-bcit.yaml:", "duplicate key 'type'"]),
    ("missing-required", HAUI, "    type: University\n    quote: on the occasion", "    type: University\n    quot: on the occasion",
     ["haui-news-signing-bcit.yaml:", "institutions[0].quote", "missing required field"]),
]


def _break(data: Path, file: str, old: str, new: str):
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: '{old[:40]}' not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case_id,file,old,new,fragments", CASES, ids=[c[0] for c in CASES])
def test_broken_record_fails_cleanly_and_keeps_previous_build(data_copy, tmp_path, case_id, file, old, new, fragments):
    runner = CliRunner()
    out = tmp_path / "build"
    first = runner.invoke(main, ["build", "--data", str(data_copy), "-o", str(out), "-q"])
    assert first.exit_code == 0, first.output
    before = _snapshot(out)
    _break(data_copy, file, old, new)
    result = runner.invoke(main, ["build", "--data", str(data_copy), "-o", str(out), "-q"])
    assert result.exit_code == 2
    for fragment in fragments:
        assert fragment in result.output, (fragment, result.output)
    assert _snapshot(out) == before
    assert not list(tmp_path.glob(".build-new-*")), "temporary build folder left behind"


def test_validate_exit_codes(data_copy):
    runner = CliRunner()
    ok = runner.invoke(main, ["validate", "--data", str(data_copy)])
    assert ok.exit_code == 0 and "conforms" in ok.output
    _break(data_copy, HAUI, "{area: e-learning,", "{area: elearning,")
    bad = runner.invoke(main, ["validate", "--data", str(data_copy)])
    assert bad.exit_code == 1 and "elearning" in bad.output


def test_shacl_failure_blocks_the_build(data_copy, tmp_path):
    # One party only: records are well-formed, but the SHACL shape needs two parties.
    for file in (HAUI, BCIT):
        path = data_copy / file
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [l for l in lines if "{institution: bcit, quote:" not in l or "parties" in l]
        path.write_text("".join(kept), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--data", str(data_copy), "-o", str(tmp_path / "b"), "-q"])
    assert result.exit_code == 2
    assert "at least two parties" in result.output
    assert not (tmp_path / "b").exists()


def test_source_not_utf8_is_named(data_copy, tmp_path):
    (data_copy / "sources" / "haui-news-signing-bcit.txt").write_bytes("Trường Đại học".encode("utf-16"))
    result = CliRunner().invoke(main, ["build", "--data", str(data_copy), "-o", str(tmp_path / "b"), "-q"])
    assert result.exit_code == 2
    assert "haui-news-signing-bcit.txt" in result.output and "UTF-8" in result.output


def test_look_alike_letters_are_refused_even_when_the_article_has_them(data_copy, tmp_path):
    """A Cyrillic 'а' (U+0430) in 'Hanoi', put into both the article and the record, passes the quote
    check; the record check must still refuse the spoofed name."""
    spoofed = "H\u0430noi University of Industry"
    text = data_copy / "sources" / "haui-news-signing-bcit.txt"
    text.write_text(text.read_text(encoding="utf-8") + f"\n{spoofed} is a spoof.\n", encoding="utf-8")
    _break(data_copy, HAUI, "{label: Hanoi University of Industry, lang: en", f"{{label: {spoofed}, lang: en")
    result = CliRunner().invoke(main, ["build", "--data", str(data_copy), "-o", str(tmp_path / "b"), "-q"])
    assert result.exit_code == 2
    assert "haui-news-signing-bcit.yaml:" in result.output and "mixes Cyrillic and Latin letters" in result.output
    assert "U+0430" in result.output
    assert not (tmp_path / "b").exists()
