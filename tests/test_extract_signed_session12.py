"""Signer shapes of session 12 (issue 12), classified from the reading pages and written against invented
sentences: a 'person' read from the last words of a body's name ('Chairman of Enterprise Ipsum Shore
signed') is the body, not a signer. Each case drew a wrong signer before its change."""

import pytest

from kg.article import Article
from kg.extract import extract


def _signers(text):
    return {p["name"] for p in extract(Article(text))["people"] if p["signed"]}


@pytest.mark.parametrize("text, signers", [
    # the tail of a body's name after a post: the body, not a second signer
    ("A memorandum was signed today between Loremton University and Enterprise Ipsum Shore. Prof Anna Berg, "
     "Rector of Loremton University and Karl Lund, Chairman of Enterprise Ipsum Shore signed the memorandum at "
     "the campus.", {"Anna Berg", "Karl Lund"}),
    ("Signatories to the MoU included Dr Anna Berg, Director of Loremton General Hospital; and Karl Lund, "
     "Director of Ipsum Hospital of Traditional Dolor Medicine.", {"Anna Berg", "Karl Lund"}),
])
def test_signers(text, signers):
    assert _signers(text) == signers
