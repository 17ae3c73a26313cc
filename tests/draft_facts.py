"""The few facts of an extracted draft that the per-session extractor tests compare, read one way for all."""

from kg.article import Article
from kg.extract import extract


def area_keys(text: str) -> set[str]:
    """The area concepts the rules alone draft for text (no gazetteer, no learned step)."""
    return {a["iri"].rsplit("/", 1)[-1] for a in extract(text, gazetteer=None, area_model=None)["agreement"]["areas"]}


def signer_names(text: str) -> set[str]:
    """The names of the people the draft marks as signers."""
    return {p["name"] for p in extract(Article(text))["people"] if p["signed"]}
