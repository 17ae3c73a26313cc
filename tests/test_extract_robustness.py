"""The extractor never crashes on damaged text: real pages arrive cut mid-sentence, with lines joined or
in capitals, and a held-out page once crashed it (an institution left without mentions). Each
development article is damaged in fixed ways and must still give a well-formed draft."""

import re
from pathlib import Path

import pytest

from kg.article import read_article
from kg.extract import extract

REPO = Path(__file__).resolve().parents[1]
ARTICLES = (sorted((REPO.parent / "shared" / "dev-articles" / "articles").glob("*.txt"))
            + sorted((REPO / "tests" / "fixtures" / "extract-dev" / "articles").glob("*.txt"))[::3]
            + sorted((REPO / "tests" / "fixtures" / "extract-unseen-1" / "articles").glob("*.txt"))[::3])


def damaged(text: str) -> dict[str, str]:
    sentences = re.split(r"(?<=[.!?])\s+", text)
    third = [m.start() for m in re.finditer(r"\s", text)]
    return {
        "every third sentence dropped": " ".join(s for i, s in enumerate(sentences) if i % 3 != 1),
        "cut at a third": text[:third[len(third) // 3]] if third else text,
        "cut mid-word": text[:len(text) * 2 // 3],
        "lines joined": text.replace("\n", " "),
        "capitals": text.upper()[:1200],
    }


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_damaged_text_gives_a_well_formed_draft(path):
    for how, text in damaged(read_article(path).text).items():
        draft = extract(text)
        assert set(draft) == {"institutions", "people", "agreement"}, how
        for inst in draft["institutions"]:
            assert inst["name"] and inst["quote"] and 0 <= inst["confidence"] <= 1, (how, inst)
        for person in draft["people"]:
            assert person["name"] and all(r["role"] for r in person["roles"]), (how, person)
