"""benchmarks.save_page_text: a re-saved page text is the one scored before when a variant matches."""

import hashlib

from benchmarks.save_page_text import cut_after_last_sentence, save

ROW = "file\tpublished\tpublisher\turl\n900_alpha-beta\t2025-05-03\tAlpha News (alpha.example)\thttps://alpha.example/mou\n"
EXCERPT = " date 2025-05-03 Alpha University and Beta College signed an MoU.\nThe two will exchange staff. The rect"
SCORED = ("url: https://alpha.example/mou\ntitle: unknown\npublisher: Alpha News (alpha.example)\npublished: 2025-05-03\n"
          "---\nAlpha University and Beta College signed an MoU.\nThe two will exchange staff.\n")


def _set(tmp_path, checksum: str | None):
    set_dir = tmp_path / "set"
    set_dir.mkdir()
    (set_dir / "pages.tsv").write_text(ROW, encoding="utf-8")
    if checksum:
        (set_dir / "texts.sha256").write_text(f"{checksum}  900_alpha-beta.txt\n", encoding="utf-8")
    return set_dir


def test_the_cut_and_dropped_date_token_give_the_scored_text(tmp_path):
    digest = hashlib.sha256(SCORED.encode()).hexdigest()
    assert save(_set(tmp_path, digest), "900_alpha-beta", EXCERPT, tmp_path / "out") == "MATCH"
    assert (tmp_path / "out" / "900_alpha-beta.txt").read_text(encoding="utf-8") == SCORED


def test_a_headline_title_is_tried(tmp_path):
    scored = SCORED.replace("title: unknown", "title: Alpha University and Beta College signed an MoU.")
    digest = hashlib.sha256(scored.encode()).hexdigest()
    assert save(_set(tmp_path, digest), "900_alpha-beta", EXCERPT, tmp_path / "out") == "MATCH"


def test_no_match_still_writes_the_plain_cut(tmp_path):
    assert save(_set(tmp_path, "0" * 64), "900_alpha-beta", EXCERPT, tmp_path / "out") == "NOMATCH"
    assert (tmp_path / "out" / "900_alpha-beta.txt").read_text(encoding="utf-8") == SCORED


def test_a_page_with_no_checksum_is_saved_plain(tmp_path):
    assert save(_set(tmp_path, None), "900_alpha-beta", EXCERPT, tmp_path / "out") == "NOHASH"
    assert (tmp_path / "out" / "900_alpha-beta.txt").read_text(encoding="utf-8") == SCORED


def test_sentence_cut_keeps_a_closing_quote():
    assert cut_after_last_sentence('He said "we will." Then the') == 'He said "we will."'
