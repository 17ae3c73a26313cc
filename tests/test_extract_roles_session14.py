"""Role wordings added in session 14 (person–role–institution on fresh real pages), with invented text."""

from kg.article import Article
from kg.extract import extract
from kg.extract.roles import role_key

HEAD = "Loremton Naval Academy signs MoU with Ipsum College\n\nLoremton Naval Academy and Ipsum College signed an MoU. "


def test_a_superintendent_is_one_post_however_its_owner_is_written():
    # the scheme's Superintendent: 'Superintendent of the X Academy' in one place and 'Superintendent' with the
    # academy read apart in another are the same post, so the triple matches
    assert role_key("Superintendent of the Loremton Naval Academy") == role_key("Superintendent") == "superintendent"
    people = extract(Article(HEAD + "The visitors were led by Rear Admiral Tomas Ber, Superintendent of the "
                                    "Loremton Naval Academy, and his staff."))["people"]
    found = {p["name"]: [(role_key(r["role"]), r["institution"]) for r in p["roles"]] for p in people}
    assert found["Tomas Ber"] == [("superintendent", "Loremton Naval Academy")]
