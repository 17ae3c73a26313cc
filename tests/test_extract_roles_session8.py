"""A lowercase post written right after an institution's name ('Lorem University president Dr X'):
the head noun ending the name belongs to the institution, not to the role (session 8)."""

import pytest

from kg.article import Article
from kg.extract import extract


def roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(Article(text))["people"]}


@pytest.mark.parametrize("body, post", [("Lorem University", "president"), ("Ipsum Foundation", "country director"),
                                        ("Alpha Polytechnic", "rector")])
def test_the_head_noun_stays_with_the_institution(body, post):
    found = roles(f"{body} signed an MoU with Beta College on Monday. {body} {post} Prof. Anna Berg signed the document.")
    assert found["Anna Berg"] == [(post, body)]


def test_a_modifier_of_the_post_stays_with_the_post():
    found = roles("Lorem Foundation signed an MoU with Beta College. Lorem Foundation deputy country director "
                  "Dr. Anna Berg signed the document.")
    assert found["Anna Berg"] == [("deputy country director", "Lorem Foundation")]
