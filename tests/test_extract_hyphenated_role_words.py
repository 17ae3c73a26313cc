"""An untitled name followed by a hyphenated role with each part capitalised, as the press writes
'Under-Secretary', is a person: the role words are matched in that case too."""

import pytest

from kg.extract import extract


@pytest.mark.parametrize("text, people", [
    ("The MoU was signed in Lorem City by Kofi Mensah Owusu, Under-Secretary of the Ministry of Lorem, and "
     "Ama Serwaa Boateng, Under-Secretary at the Ministry of Ipsum Development, on 3 May 2024.",
     {("Kofi Mensah Owusu", "Ministry of Lorem"), ("Ama Serwaa Boateng", "Ministry of Ipsum Development")}),
    ("Signing for the two sides were Kwame Asante Mensah, Secretary-General of the Lorem Chamber of Commerce, "
     "and Yaw Boakye Darko, Under-Secretary of the Ministry of Ipsum, on 3 May 2024.",
     {("Kwame Asante Mensah", "Lorem Chamber of Commerce"), ("Yaw Boakye Darko", "Ministry of Ipsum")}),
])
def test_untitled_names_before_a_hyphenated_role(text, people):
    draft = extract(text, gazetteer=None)
    found = {(p["name"], r["institution"]) for p in draft["people"] for r in p["roles"]}
    assert people <= found
