"""Two role shapes before a name (session 9, lead): 'The Vice-Chancellor of the university, Prof. A' (the
noun points back to the one institution named before that carries it), and 'Vice Chancellor, Alpha
University (AU), Prof. A' (a post opening its clause, a comma, then its institution). Invented sentences;
each positive case gave no role before this change."""

import pytest

from kg.extract import extract

OPENING = "Alpha University signed an MoU with Beta College on Monday. "


def _roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text, gazetteer=None)["people"]}


@pytest.mark.parametrize("text, name, role", [
    (OPENING + "The Vice-Chancellor of the university, Professor Karl Holm, said it was historic.",
     "Karl Holm", ("Vice-Chancellor", "Alpha University")),
    (OPENING + "The Principal of the college, Dr Anna Berg, thanked the guests.",
     "Anna Berg", ("Principal", "Beta College")),
    (OPENING + "Vice Chancellor, Alpha University, Prof Karl Holm, signed for the university.",
     "Karl Holm", ("Vice Chancellor", "Alpha University")),
    (OPENING + "Registrar, Beta College (BC), Dr Anna Berg, read the terms.",
     "Anna Berg", ("Registrar", "Beta College")),
])
def test_role_before_name(text, name, role):
    assert _roles(text)[name] == [role]


@pytest.mark.parametrize("text, name", [
    # the post after another person's name is that person's, not the next one's
    ("The MoU was signed by Prof Anna Berg, Rector, Beta College, and Prof Karl Holm.", "Karl Holm"),
    ("Present were Dr. Lena Olsen, Rector, Alpha University, Prof Karl Holm and others.", "Karl Holm"),
])
def test_no_role_taken(text, name):
    assert _roles(text)[name] == []


def test_noun_pointing_back_to_nothing_gives_no_institution():
    # (since session 11 a post with no institution is not stated at all: the person stays, without the role)
    assert _roles("The Vice-Chancellor of the university, Professor Karl Holm, said it was historic.")["Karl Holm"] \
        == []
