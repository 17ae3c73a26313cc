"""`coopkg ingest`: an article becomes a source and a draft record that builds; nothing is
overwritten; bad articles are refused before anything is written."""

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import CoopKGGroup
from kg.commands.extract_cmds import ingest_command
from kg.errors import CoopKGError
from kg.curation.ingest import article_body, ingest

from conftest import need_shared

DEV_ARTICLE = "dev-articles/articles/001_haui-viettri-uni-industry.txt"


def _cli():
    group = CoopKGGroup("coopkg")          # the main group's error handling (exit code 2)
    group.add_command(ingest_command)
    return group


def _files(data_dir: Path) -> set:
    return {p.relative_to(data_dir) for p in data_dir.rglob("*") if p.is_file()}


@pytest.fixture(autouse=True)
def no_registry(monkeypatch, tmp_path):
    """The drafts must not depend on whether this machine has a ROR index."""
    monkeypatch.setenv("COOPKG_REGISTRY", str(tmp_path / "no-ror-index.sqlite"))


@pytest.fixture()
def dev_article():
    return need_shared() / DEV_ARTICLE


def test_ingested_dev_article_builds(data_copy, dev_article, tmp_path):
    from kg.graph.build import build
    result = ingest(dev_article, data_copy, key="haui-news-vtui")
    assert result.problems == []
    record = yaml.safe_load((data_copy / "records" / "haui-news-vtui.yaml").read_text(encoding="utf-8"))
    keys = {e["key"] for e in record["institutions"]}
    assert "haui" in keys                                  # resolved to the curated key
    assert "viet-tri-university-of-industry" in keys      # new, never merged with haui
    people = {p["key"] for p in record["people"]}
    assert {"kieu-xuan-thuc", "le-hong-quan", "vu-duc-binh"} <= people
    meta = yaml.safe_load((data_copy / "sources" / "haui-news-vtui.yaml").read_text(encoding="utf-8"))
    assert meta["publisher"] == {"name": "Hanoi University of Industry", "site": "haui.edu.vn", "institution": "haui"}
    assert meta["language"] == "en" and meta["url"].startswith("https://www.haui.edu.vn/")
    # the stored text is the body after the header, byte for byte
    raw = dev_article.read_text(encoding="utf-8")
    stored = (data_copy / "sources" / "haui-news-vtui.txt").read_text(encoding="utf-8")
    assert stored == raw.split("\n---\n", 1)[1]
    report = build(data_copy, tmp_path / "build")
    assert "haui-news-vtui" in report.sources
    assert report.counts["agreements"] == 2


def test_record_comments_say_why(data_copy, dev_article):
    ingest(dev_article, data_copy, key="haui-news-vtui", check=False)
    text = (data_copy / "records" / "haui-news-vtui.yaml").read_text(encoding="utf-8")
    assert "# resolved to existing key 'haui': 'Hanoi University of Industry': same name" in text
    assert "# confidence 0.9" in text
    assert "review: possibly the same as haui" not in text


def test_refuses_to_overwrite_and_writes_nothing(data_copy, dev_article):
    existing = data_copy / "records" / "haui-news-vtui.yaml"
    existing.write_text("source: something-else\n", encoding="utf-8")
    before = _files(data_copy)
    result = CliRunner().invoke(_cli(), ["ingest", str(dev_article), "--data", str(data_copy),
                                         "--key", "haui-news-vtui"])
    assert result.exit_code == 2, result.output
    assert str(existing) in result.output and "refusing to overwrite" in result.output
    assert _files(data_copy) == before
    assert existing.read_text(encoding="utf-8") == "source: something-else\n"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"title: A\npublisher: B\n---\n\n", "no text after"),
    (b"\x00\x01binary", "binary"),
    (b"caf\xe9 au lait", "UTF-8"),
    (b"The weather was fine and nobody signed anything.\n", "no institution"),
])
def test_bad_article_is_refused_and_nothing_written(data_copy, tmp_path, content, message):
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    before = _files(data_copy)
    result = CliRunner().invoke(_cli(), ["ingest", str(article), "--data", str(data_copy), "--publisher", "X"])
    assert result.exit_code == 2, result.output
    assert message in result.output and "bad.txt" in result.output
    assert _files(data_copy) == before


def test_missing_publisher_is_refused(data_copy):
    seed = need_shared() / "seeds" / "000_abe7da8f819ad3ca.txt"
    with pytest.raises(CoopKGError, match="publisher"):
        ingest(seed, data_copy, key="another-copy")
    assert not (data_copy / "sources" / "another-copy.txt").exists()


def test_bad_key_is_refused(data_copy, dev_article):
    with pytest.raises(CoopKGError, match="not a key"):
        ingest(dev_article, data_copy, key="Not A Key")


def test_cli_prints_resolved_and_new(data_copy, dev_article):
    result = CliRunner().invoke(_cli(), ["ingest", str(dev_article), "--data", str(data_copy), "--key", "vtui-news"])
    assert result.exit_code == 0, result.output
    assert "institution  Hanoi University of Industry -> haui" in result.output
    assert "institution  Viet Tri University of Industry -> viet-tri-university-of-industry" in result.output
    assert "The data check passes" in result.output


def test_failing_check_keeps_files_and_exits_1(data_copy, dev_article, monkeypatch):
    """A draft whose quote is not in the article: written, reported, exit code 1."""
    import kg.curation.ingest as ingest_module
    real = ingest_module.to_record

    def broken(*args, **kwargs):
        record = real(*args, **kwargs)
        record.text = record.text.replace("quote: On June 26,", "quote: On July 27,", 1)
        return record

    monkeypatch.setattr(ingest_module, "to_record", broken)
    result = CliRunner().invoke(_cli(), ["ingest", str(dev_article), "--data", str(data_copy), "--key", "vtui-news"])
    assert result.exit_code == 1, result.output
    record = data_copy / "records" / "vtui-news.yaml"
    assert record.exists()
    assert f"review {record}" in result.output
    assert "quote not found" in result.output


def test_plain_text_is_stored_unchanged():
    plain = "ORGANIZING THE SIGNING\n---\nnot a header above\n"
    assert article_body(plain) == plain
    assert article_body("title: T\npublished: unknown\n---\nBody\n") == "Body\n"
