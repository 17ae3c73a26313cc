"""kg.article: header layout, plain text, and clear errors for unreadable files."""

import pytest

from kg.article import ArticleError, parse_article, read_article


def test_header_and_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("url: https://x.test/a\ntitle: T\npublisher: P (x.test)\npublished: unknown\n---\nBody text.\n",
                    encoding="utf-8")
    art = read_article(path)
    assert (art.url, art.title, art.publisher, art.published) == ("https://x.test/a", "T", "P (x.test)", None)
    assert art.text == "Body text."


def test_plain_text_and_bom(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_bytes("\ufeffHanoi University of Industry signed.\n--- not a header\n".encode("utf-8"))
    art = read_article(path)
    assert art.text.startswith("Hanoi University") and art.url is None


def test_options_override_header():
    art = parse_article("publisher: A\n---\nText.", publisher="B", published="2025-01-02")
    assert (art.publisher, art.published) == ("B", "2025-01-02")


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b"title: x\n---\n   \n", "no text"),
    (b"ok text \xff\xfe more", "not valid UTF-8 (byte 0xff at offset 8)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
])
def test_errors_name_file_and_problem(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert message in str(info.value) and "bad.txt" in str(info.value)
    assert isinstance(info.value, ValueError)
