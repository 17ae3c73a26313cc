"""'Rector A B (LVU)': a bracket right after a person's name names the body the person speaks for.
Fictional text."""

from kg.extract import extract


def test_a_bracket_after_a_name_says_whose_post_it_is():
    text = ("Lorem Valley University (LVU) and Ipsum Coast College (ICC) signed an MoU on 3 May 2024. "
            "Rector Ahmad Bashiti (LVU) and Principal Maria Santos (Ipsum Coast College) spoke.")
    roles = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}
    assert roles["Ahmad Bashiti"] == [("Rector", "Lorem Valley University")]
    assert roles["Maria Santos"] == [("Principal", "Ipsum Coast College")]


def test_a_bracket_that_names_no_body_changes_nothing():
    text = ("Lorem Valley University (LVU) and Ipsum Coast College (ICC) signed an MoU on 3 May 2024. "
            "Rector Ahmad Bashiti of LVU (left) and Principal Maria Santos of ICC (right) spoke.")
    roles = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}
    assert roles["Ahmad Bashiti"] == [("Rector", "Lorem Valley University")]
    assert roles["Maria Santos"] == [("Principal", "Ipsum Coast College")]
