"""`coopkg ingest`: add one article to data/ as a source (text + metadata) and a draft record.

    data/sources/<key>.txt    the article text, unchanged (for a dev-set file: the body after '---')
    data/sources/<key>.yaml   its metadata, from the header or the options
    data/records/<key>.yaml   the extractor's draft as a curated record (kg.curation.draft_record)

Nothing is overwritten: an existing file of that key refuses the whole ingest. Files are written
atomically; then the whole data folder is checked like `coopkg build` does (records, quotes,
references and the SHACL shapes). A draft that fails the check stays on disk for review and the
problems are returned.
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.article import HEADER_KEYS, ArticleError, parse_article
from kg.curation.draft_record import DraftRecord, to_record
from kg.errors import CoopKGError, ValidationFailed
from kg.extract import extract
from kg.extract.gazetteer import curated_gazetteer
from kg.fsutil import create_new_text
from kg.curation.known_entities import load_known, registry_candidates
from kg.names import name_key, slug
from kg.curation.schema import KEY_PATTERN, LANG_PATTERN
from kg.curation.sources import read_text

SEPARATOR = "---"
SITE_IN_PARENS = re.compile(r"^(?P<name>.*?)\s*\((?P<site>[\w.-]+\.[a-z]{2,})\)\s*$")


@dataclass
class IngestResult:
    key: str
    written: list = field(default_factory=list)         # paths
    record: DraftRecord | None = None
    problems: list = field(default_factory=list)        # from the data check; empty when it passes

    @property
    def record_path(self) -> Path:
        return next(p for p in self.written if p.parent.name == "records")


def article_body(raw: str) -> str:
    """The text to store: a dev-set file's body after its '---' line, exactly as written; any other
    file unchanged."""
    lines = raw.split("\n")
    end = _header_end(lines)
    return raw if end is None else "\n".join(lines[end + 1:])


def _header_end(lines: list[str]) -> int | None:
    """Index of the '---' line closing a dev-set header (key: value lines), or None."""
    for i, line in enumerate(lines[:20]):
        if line.strip() == SEPARATOR:
            fields = [l.partition(":") for l in lines[:i] if l.strip()]
            ok = fields and all(sep and k.strip().lower() in HEADER_KEYS for k, sep, _ in fields)
            return i if ok else None
    return None


def source_key(article, path: Path, key: str | None) -> str:
    if key:
        if not KEY_PATTERN.match(key):
            raise CoopKGError(f"'{key}' is not a key", field="--key",
                              fix="use lower-case letters, digits and '-', e.g. haui-news-vtui-2025")
        return key
    return slug(article.title or path.stem)


def source_metadata(article, key: str, language: str, text_file: str) -> dict:
    if not article.publisher:
        raise CoopKGError("the article names no publisher", where=article.path,
                          fix="give --publisher NAME (a source needs one)")
    if not LANG_PATTERN.match(language):
        raise CoopKGError(f"'{language}' is not a language tag", field="--language", fix="use e.g. en or vi")
    meta = {"key": key, "file": text_file}
    meta["title"] = article.title or next(line.strip() for line in article.text.split("\n") if line.strip())
    site = SITE_IN_PARENS.match(article.publisher)
    meta["publisher"] = ({"name": site["name"], "site": site["site"]} if site else {"name": article.publisher})
    if article.url:
        meta["url"] = article.url
    if article.published:
        meta["issued"] = _issued(article.published)
    meta["language"] = language
    return meta


def metadata_yaml(meta: dict, article) -> str:
    lines = [f"# Written by `coopkg ingest` from {Path(article.path).name if article.path else 'an article'}."]
    if not article.title:
        lines.append("# title: the article's first line (the file has no header)")
    return "\n".join(lines) + "\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=120)


def _issued(value: str):
    for parse in (dt.datetime.fromisoformat, dt.date.fromisoformat):
        try:
            return parse(value.strip())
        except ValueError:
            continue
    raise CoopKGError(f"publication date '{value}' is not YYYY-MM-DD", field="published",
                      fix="give --published YYYY-MM-DD, or 'unknown'")


def publisher_institution(publisher: str, draft: dict, record: DraftRecord) -> str | None:
    """The record's key for the publisher when the article names it ('Hanoi University of Industry
    (haui.edu.vn)' or 'College of Industrial Techniques (BCIT)')."""
    wanted = {name_key(publisher, drop_titles=True), name_key(re.sub(r"\s*\([^)]*\)\s*$", "", publisher), drop_titles=True)}
    keys = {written: key for kind, written, key, *_ in record.resolved + record.new if kind == "institution"}
    for inst in draft["institutions"]:
        if wanted & {name_key(n, drop_titles=True) for n in [inst["name"]] + list(inst.get("aliases") or [])}:
            return keys.get(inst["name"])
    return None


def ingest(article_path, data_dir, key: str | None = None, language: str = "en", build_dir=None,
           check=True, **metadata) -> IngestResult:
    """Ingest one article file into data_dir. Raises CoopKGError (nothing written) for an unreadable,
    empty or contentless article, a bad key, or an existing file; returns the check's problems."""
    article_path, data_dir = Path(article_path), Path(data_dir)
    raw = read_text(article_path, str(article_path))   # UTF-8, not binary, not empty, not huge
    try:
        article = parse_article(raw, path=article_path, **metadata)
    except ArticleError as exc:
        raise CoopKGError(exc.problem, where=str(article_path)) from exc
    key = source_key(article, article_path, key)
    targets = {"text": data_dir / "sources" / f"{key}.txt", "meta": data_dir / "sources" / f"{key}.yaml",
               "record": data_dir / "records" / f"{key}.yaml"}
    for path in targets.values():
        if path.exists():
            raise CoopKGError("refusing to overwrite an existing file", where=str(path),
                              fix="give another --key, or remove the file first")
    if not (data_dir / "sources").is_dir():
        raise CoopKGError("not a data folder (no sources/ inside)", where=str(data_dir), fix="give --data DIR")

    known = load_known(data_dir, build_dir)
    draft = extract(article, gazetteer=curated_gazetteer(known))     # curated names, then ROR
    if not draft["institutions"]:
        raise CoopKGError("the extractor found no institution in the article: nothing to ingest",
                          where=str(article_path), fix="check that the file is a cooperation news article")
    meta = source_metadata(article, key, language, targets["text"].name)
    record = to_record(draft, article.text, key, known, registry=lambda name: registry_candidates(name)[0],
                       published=str(meta.get("issued") or "")[:10] or None, publisher=meta["publisher"]["name"])
    publisher = publisher_institution(meta["publisher"]["name"], draft, record)
    if publisher:
        meta["publisher"]["institution"] = publisher
    meta_text = metadata_yaml(meta, article)

    result = IngestResult(key, record=record)
    try:
        # Each file is created only if it does not exist (create_new_text): when two ingests of the same
        # key race past the check above, the first to create the article text wins and the other stops
        # here, before writing anything, instead of silently replacing the winner's files.
        for name, content in (("text", article_body(raw)), ("meta", meta_text), ("record", record.text)):
            try:
                create_new_text(targets[name], content)
            except FileExistsError as exc:
                raise CoopKGError("refusing to overwrite a file created meanwhile (another ingest of the same key?)",
                                  where=str(targets[name]), fix="give another --key, or remove the file first") from exc
            result.written.append(targets[name])
    except BaseException:
        for path in result.written:       # all three files or none
            path.unlink(missing_ok=True)
        raise
    if check:
        result.problems = check_new_data(data_dir)
    return result


def check_new_data(data_dir: Path) -> list[str]:
    """Every problem `coopkg build` would report for data_dir (records, quotes, references, SHACL)."""
    from kg.graph.build import build_graph
    try:
        build_graph(data_dir)
    except ValidationFailed as exc:
        return list(exc.problems)
    return []
