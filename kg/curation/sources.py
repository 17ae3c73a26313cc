"""Source documents: the stored article text and its metadata (data/sources/<key>.yaml + text file)."""

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import CoopKGError
from kg.curation.textio import decode_utf8, read_bounded, require_inside
from kg.curation.schema import DateTime, Iri, Key, Lang, Map, Problems, Str
from kg.textnorm import normalise_for_quote
from kg.curation.yamlload import load_yaml

SOURCE_SPEC = Map({
    "key": Key().req(),
    "file": Str().req(),
    "title": Str().req(),
    "publisher": Map({"name": Str().req(), "institution": Key(), "site": Str()}, shorthand="name").req(),
    "url": Iri(),
    "issued": DateTime(),
    "language": Lang().req(),
    "note": Str(),
})


@dataclass
class Source:
    key: str
    meta: dict
    text: str
    text_path: Path
    meta_path: Path

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def normalised_text(self) -> str:
        if not hasattr(self, "_normalised"):
            self._normalised = normalise_for_quote(self.text)
        return self._normalised

    def contains_quote(self, quote: str) -> bool:
        return normalise_for_quote(quote) in self.normalised_text()

    def context_of(self, quote: str, width: int = 32) -> tuple[str, str]:
        """Text just before and after the first occurrence of quote (for oa:prefix/oa:suffix)."""
        text, exact = self.normalised_text(), normalise_for_quote(quote)
        start = text.find(exact)
        if start < 0:
            return "", ""
        return text[max(0, start - width):start], text[start + len(exact):start + len(exact) + width]


MAX_ARTICLE_BYTES = int(os.environ.get("COOPKG_MAX_ARTICLE_BYTES", 5 * 1024 * 1024))


def read_text(path: Path, display: str) -> str:
    """Article text as UTF-8 (a BOM is dropped); anything else is refused with the byte offset.
    Only a regular file within the size limit is read (kg.curation.textio.read_bounded)."""
    raw = read_bounded(path, display, MAX_ARTICLE_BYTES, "article text",
                       limit_hint="store only the article text, or raise COOPKG_MAX_ARTICLE_BYTES")
    text = decode_utf8(raw, display, "article text")
    if not text.strip():
        raise CoopKGError("the article text is empty", where=display)
    return text


def load_sources(data_dir: Path, problems_out: list) -> dict[str, Source]:
    """Every data/sources/*.yaml with its text. Problems are appended to problems_out."""
    sources = {}
    for meta_path in sorted((data_dir / "sources").glob("*.yaml")):
        display = str(meta_path)
        problems = Problems(display)
        try:
            require_inside(meta_path, data_dir / "sources", display, "source metadata")
            raw = load_yaml(meta_path)
            meta = SOURCE_SPEC.check(raw, "source", 1, problems)
        except CoopKGError as exc:
            problems_out.append(str(exc))
            continue
        problems_out.extend(problems.items)
        if problems.items or meta is None:
            continue
        if meta["key"] != meta_path.stem:
            problems_out.append(f"{display}:{meta['_line']}: field 'key': '{meta['key']}' differs from the "
                                f"file name (rename the file to {meta['key']}.yaml or fix the key)")
            continue
        text_path = meta_path.parent / meta["file"]
        try:
            field_at = f"{display}:{_line_of(raw, 'file')}: field 'file'"
            require_inside(text_path, data_dir / "sources", field_at, "article file")
            text = read_text(text_path, str(text_path))
        except CoopKGError as exc:
            problems_out.append(str(exc))
            continue
        sources[meta["key"]] = Source(meta["key"], meta, text, text_path, meta_path)
    return sources


def _line_of(raw, key: str) -> int:
    return raw.line_of(key) if hasattr(raw, "line_of") else 1
