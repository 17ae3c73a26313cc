"""Read one news article: the dev-set layout (``key: value`` header, a ``---`` line, then the text)
or plain text.

    >>> art = parse_article("title: A\\npublished: unknown\\n---\\nBody.")
    >>> art.title, art.published, art.text
    ('A', None, 'Body.')
"""

from dataclasses import dataclass
from pathlib import Path

from kg.errors import CoopKGError
from kg.curation.sources import MAX_ARTICLE_BYTES
from kg.curation.textio import decode_utf8, read_bounded

HEADER_KEYS = ("url", "title", "publisher", "published")
SEPARATOR = "---"
BOM = "\ufeff"


class ArticleError(CoopKGError, ValueError):
    """An article file that cannot be read: the message names the file and what is wrong."""

    def __init__(self, path, problem: str):
        self.path, self.problem = path, problem
        super().__init__(problem, where=str(path))


@dataclass
class Article:
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    path: str | None = None

    def metadata(self) -> dict:
        return {"url": self.url, "title": self.title, "publisher": self.publisher,
                "published": self.published}


def _clean(value: str) -> str | None:
    value = value.strip()
    return None if not value or value.lower() == "unknown" else value


def _split_header(text: str) -> tuple[dict, str] | None:
    """The header fields and the body, or None when the text has no dev-set header."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:20]):
        if line.strip() == SEPARATOR:
            header = {}
            for raw in lines[:i]:
                if not raw.strip():
                    continue
                key, colon, value = raw.partition(":")
                if not colon or key.strip().lower() not in HEADER_KEYS:
                    return None     # a '---' inside ordinary text, not a header
                header[key.strip().lower()] = _clean(value)
            return (header, "\n".join(lines[i + 1:])) if header else None
    return None


def parse_article(text: str, path=None, **metadata) -> Article:
    """Build an Article from decoded text; keyword metadata (url, title, ...) overrides the header."""
    where = path or "<text>"
    text = text.lstrip(BOM).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(where, "the file is empty")
    split = _split_header(text)
    header, body = split if split else ({}, text)
    if not body.strip():
        raise ArticleError(where, "the article has a header but no text after the '---' line")
    for key, value in metadata.items():
        if key in HEADER_KEYS and value is not None:
            header[key] = _clean(value)
    return Article(text=body.strip("\n"), path=str(path) if path else None,
                   **{k: header.get(k) for k in HEADER_KEYS})


def read_article(path, **metadata) -> Article:
    """Read an article file; raises ArticleError for empty, binary or non-UTF-8 files."""
    path = Path(path)
    try:
        raw = read_bounded(path, str(path), MAX_ARTICLE_BYTES, "article")  # a regular file, not /dev/zero
        text = decode_utf8(raw, str(path), "article")
    except CoopKGError as err:
        raise ArticleError(path, err.message + (f"; {err.fix}" if err.fix else "")) from err
    return parse_article(text, path=path, **metadata)
