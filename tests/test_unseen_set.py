"""The held-out extractor sets (tests/fixtures/extract-unseen-N) are well formed and cover the shapes they claim.

Checks only the data: every article has a gold file and vice versa, each gold has the dev-set keys and types,
the names, aliases and places it gives occur verbatim in its article, and the shape tags in each gold header
(``# shapes: ...``) are backed by the text where a tag can be checked mechanically.
"""

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Every held-out set, the retired first one included: the same format and shape brief for all.
SETS = sorted(p for p in FIXTURES.glob("extract-unseen-*") if (p / "gold").is_dir())
HEADER_KEYS = ["url", "title", "publisher", "published"]
MIN_ARTICLES = 36

# Each tag with the least number of articles that must carry it.
MIN_TAGS = {
    "caption": 8, "figure": 2, "signers-in-caption": 3,
    "role-before-name": 5, "dash-role": 4, "inst-role-name": 3, "possessive-role": 3, "bare-role-name": 5,
    "plural-roles": 3, "unit-role": 8,
    "diacritics": 10, "no-diacritics": 8, "mixed-diacritics": 3,
    "translated": 6, "vn-name": 5, "passive": 6, "entered-into": 3,
    "acronym-def": 10, "acronym-only": 2, "truncated": 4,
    "bare-date-line": 6, "date-dmy": 5, "date-long": 4, "date-mdy": 4, "date-morning": 3, "date-no-year": 6,
    "place": 15, "place-none": 6,
    "areas-bullets": 8, "areas-list": 5, "areas-prose": 4,
    "distractor-past": 8, "distractor-unit": 5, "distractor-older": 3,
    "non-party": 8, "three-party": 3, "framework": 2, "company-university": 5, "ministry-province": 2, "foreign": 10,
}
# Family names that mark a diacritic-free name as Vietnamese (Nguyen Van A rather than Hiroshi Tanabe).
VIET_SURNAMES = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho",
                 "Ngo", "Duong", "Ly", "Ta", "Trinh", "Dinh", "Lam", "Luu", "Mai", "Cao", "Doan", "Quach", "Chau",
                 "Dao", "Kieu", "Giang"}
# Tags whose test is exact enough that an article showing the shape must also carry the tag.
ENFORCED = ("date-no-year", "place", "place-none", "three-party", "non-party", "caption", "figure", "diacritics",
            "no-diacritics", "mixed-diacritics", "passive", "entered-into", "acronym-def", "acronym-only",
            "bare-date-line", "date-dmy", "date-long", "date-mdy", "date-morning", "areas-bullets",
            "possessive-role", "plural-roles")
DATE_LINE = re.compile(
    r"^(?:[A-Z][A-Za-z .]+,\s*)?(?:\d{1,2}/\d{1,2}/\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})$")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _fold(text: str) -> str:
    """Diacritics removed (đ/Đ too), one character for one, so positions in the folded text still fit."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


def _spellings(name: str, body: str) -> set[str]:
    """The ways a name is written in the body, with or without diacritics."""
    key, folded = _fold(name), _fold(body)
    return {body[m.start():m.end()] for m in re.finditer(re.escape(key), folded)}


def _read_article(path: Path) -> tuple[dict, str]:
    head, sep, body = path.read_text(encoding="utf-8").partition("\n---\n")
    assert sep, f"{path.name}: no '---' line after the header"
    header = dict(line.split(": ", 1) for line in head.splitlines())
    assert list(header) == HEADER_KEYS, f"{path.name}: header keys {list(header)}"
    return header, body


def _tags(path: Path) -> list[str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# shapes: "), f"{path.name}: first line must be '# shapes: ...'"
    return [t.strip() for t in first[len("# shapes: "):].split(",")]


def _stems(folder: Path, suffix: str) -> set[str]:
    return {p.stem for p in folder.glob(f"*{suffix}")}


def _cases(folder: Path) -> list[str]:
    return sorted(_stems(folder / "gold", ".yaml") | _stems(folder / "articles", ".txt"))


def test_there_is_a_held_out_set():
    assert SETS, f"no extract-unseen-N set under {FIXTURES}"


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_article_has_gold_and_back(folder):
    assert _stems(folder / "articles", ".txt") == _stems(folder / "gold", ".yaml")
    assert len(_stems(folder / "gold", ".yaml")) >= MIN_ARTICLES
    assert all(re.fullmatch(r"\d{3}_[a-z0-9-]+", s) for s in _cases(folder))


def _check_gold_types(name: str, gold: dict):
    assert set(gold) == {"institutions", "people", "agreement"}, name
    canon = set()
    for inst in gold["institutions"]:
        assert set(inst) == {"name", "aliases", "party"}, (name, inst)
        assert isinstance(inst["name"], str) and isinstance(inst["party"], bool), (name, inst)
        assert all(isinstance(a, str) for a in inst["aliases"]), (name, inst)
        canon.add(inst["name"])
    assert sum(i["party"] for i in gold["institutions"]) >= 2, f"{name}: fewer than two parties"
    for person in gold["people"]:
        assert set(person) == {"name", "titles", "roles", "signed"}, (name, person)
        assert isinstance(person["signed"], bool) and all(isinstance(t, str) for t in person["titles"])
        for role in person["roles"]:
            assert set(role) == {"role", "institution"} and isinstance(role["role"], str), (name, role)
            assert role["institution"] in canon, f"{name}: role names unknown institution {role['institution']}"
    agreement = gold["agreement"]
    assert {"type", "date", "place", "areas"} <= set(agreement) <= {"type", "date", "date_text", "place", "areas"}
    assert isinstance(agreement["type"], str) and agreement["areas"], name
    assert all(isinstance(a, str) and a.strip() for a in agreement["areas"]), name
    if agreement["date"] is None:
        assert isinstance(agreement.get("date_text"), str), f"{name}: date null needs date_text"
    else:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", agreement["date"]) and "date_text" not in agreement, name


@pytest.mark.parametrize("folder,stem", [(f, s) for f in SETS for s in _cases(f)],
                         ids=lambda v: v.name if isinstance(v, Path) else v)
def test_gold_parses_and_matches_text(folder, stem):
    gold = yaml.safe_load((folder / "gold" / f"{stem}.yaml").read_text(encoding="utf-8"))
    header, body = _read_article(folder / "articles" / f"{stem}.txt")
    assert header["url"].startswith("https://example.org/unseen-fictional/"), stem
    assert 120 <= len(body.split()) <= 400, f"{stem}: {len(body.split())} words"
    _check_gold_types(stem, gold)
    text = _norm(body)
    strings = [i["name"] for i in gold["institutions"]] + [a for i in gold["institutions"] for a in i["aliases"]]
    strings += [p["name"] for p in gold["people"]] + [t for p in gold["people"] for t in p["titles"]]
    strings += [gold["agreement"]["place"]] if gold["agreement"]["place"] else []
    strings += [gold["agreement"]["date_text"]] if gold["agreement"]["date"] is None else []
    missing = [s for s in strings if _norm(s) not in text]
    assert not missing, f"{stem}: not verbatim in the article: {missing}"
    # an unquoted YAML flow list splits "A, B" into two aliases; both then occur, so catch the pair instead
    for inst in gold["institutions"]:
        split = [f"{a}, {b}" for a, b in zip(inst["aliases"], inst["aliases"][1:]) if f"{a}, {b}" in text]
        assert not split, f"{stem}: alias split at a comma (quote it in the YAML): {split}"


def _checks(body: str, gold: dict) -> dict:
    """Tag -> whether the article really shows it (only tags a simple test can confirm)."""
    lines = [line.strip() for line in body.splitlines()]
    names = [p["name"] for p in gold["people"]]
    parties = [i for i in gold["institutions"] if i["party"]]
    aliases = [a for i in gold["institutions"] for a in i["aliases"]]
    return {
        "caption": any(re.match(r"(Photo|Caption|Ảnh)\b", line) for line in lines),
        "figure": any(line.startswith("Figure") for line in lines),
        "signers-in-caption": any(p["signed"] and p["name"] in line for p in gold["people"] for line in lines
                                  if re.match(r"(Photo|Caption|Figure|Ảnh)\b", line)),
        "possessive-role": bool(re.search(r"\w['’]s (Vice |Deputy )?(President|Rector|Chair|Director|Dean|CEO|Head)",
                                          body)),
        "plural-roles": bool(re.search(r"\b(Vice|Deputy|Pro)[- ]\w+s\b|\bDeans\b|\bDirectors\b", body)),
        "unit-role": any(re.search(r"(Office|Faculty|Department|Centre|Center|School|Division|Institute|Board)",
                                   r["role"]) for p in gold["people"] for r in p["roles"]),
        "dash-role": bool(re.search(r"\w [–-] (the )?[A-Z]", body)),
        "diacritics": any(_fold(n) != n for n in names),
        "no-diacritics": any(_fold(n) == n and n.split()[0] in VIET_SURNAMES for n in names),
        "mixed-diacritics": any(len(_spellings(n, body)) >= 2 for n in names),
        "translated": bool(re.search(r"the two sides|on behalf of|took place at|both sides", body, re.I)),
        "vn-name": bool(re.search(r"Trường|Học viện|Đại học|Viện|Công ty|Bộ |Ủy ban|Sở ", body)),
        "passive": bool(re.search(r"\b(was|were) (signed|entered into|inked)\b[^.]*\bby\b", body)),
        "entered-into": "entered into" in body,
        "acronym-def": any(re.search(r"\((?:[^()]*,\s*)?" + re.escape(a) + r"\)", body) for a in aliases),
        "acronym-only": any(re.fullmatch(r"[A-Z][A-Za-z&-]*[A-Z]", i["name"]) for i in gold["institutions"]),
        "truncated": bool(re.search(r"\bthe (University|Academy|College|Institute|Ministry|School|Company)\b", body)),
        "bare-date-line": any(DATE_LINE.match(line) for line in lines),
        "date-dmy": bool(re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", body)),
        "date-long": bool(re.search(r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|"
                                    r"October|November|December),? \d{4}\b", body)),
        "date-mdy": bool(re.search(r"\b(January|February|March|April|May|June|July|August|September|October|"
                                   r"November|December) \d{1,2}, \d{4}\b", body)),
        "date-morning": bool(re.search(r"\b(morning|afternoon|evening) of\b", body, re.I)),
        "date-no-year": gold["agreement"]["date"] is None,
        "place": gold["agreement"]["place"] is not None,
        "place-none": gold["agreement"]["place"] is None,
        "areas-bullets": any(re.match(r"([-–•+*]|\(?\d+[.)]|[a-z]+\))\s", line) for line in lines),
        "non-party": any(not i["party"] for i in gold["institutions"]),
        "three-party": len(parties) >= 3,
    }


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_shape_tags_are_true_and_cover_the_brief(folder):
    counts = Counter()
    for stem in _cases(folder):
        gold_path = folder / "gold" / f"{stem}.yaml"
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        _, body = _read_article(folder / "articles" / f"{stem}.txt")
        tags = _tags(gold_path)
        unknown = set(tags) - set(MIN_TAGS)
        assert not unknown, f"{stem}: unknown shape tags {unknown}"
        checks = _checks(body, gold)
        wrong = [t for t in tags if t in checks and not checks[t]]
        assert not wrong, f"{stem}: tagged but not shown by the text or gold: {wrong}"
        # the plainly checkable facts must be tagged too, so the counts below are honest
        untagged = [t for t in ENFORCED if checks[t] and t not in tags]
        assert not untagged, f"{stem}: shown but not tagged: {untagged}"
        counts.update(tags)
    short = {t: (counts[t], n) for t, n in MIN_TAGS.items() if counts[t] < n}
    assert not short, f"shapes below their minimum (have, need): {short}"
