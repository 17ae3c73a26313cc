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


# --- a sentence opened by the side its people came for -------------------------------------------

SIDES = "Loremton University signs MoU with Ipsum College\n\nLoremton University and Ipsum College signed an MoU. "


def roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(Article(text))["people"]}


def test_on_behalf_of_a_side_opening_the_sentence_gives_the_side_to_every_post_listed():
    # a post after a semicolon names no owner: the side the sentence opens with owns it, not the body the
    # previous person's post names
    found = roles(SIDES + "On behalf of Ipsum College, attendees included Mr. Karl Dorn, Chairman of Lorem Trust; "
                          "Mr. Ansel Vik, M.A., Vice Rector II; and Dr. Mira Solt, Ph.D., Dean of the Faculty of Law.")
    assert found["Karl Dorn"] == [("Chairman", "Lorem Trust")]
    assert found["Ansel Vik"] == [("Vice Rector II", "Ipsum College")]
    assert found["Mira Solt"] == [("Dean of the Faculty of Law", "Ipsum College")]


def test_a_unit_after_a_post_under_a_side_header_is_the_side_s_unit():
    # 'Dean, College of X' read as a post and its owner: the college is a unit of the side the sentence opens with
    found = roles(SIDES + "From Ipsum College, the ceremony was graced by officials including: Dr. Ryn Aro – Dean, "
                          "College of Engineering, and Dr. Gia Reb – Dean, College of Business.")
    assert [inst for _role, inst in found["Ryn Aro"]] == ["Ipsum College"]
    assert [inst for _role, inst in found["Gia Reb"]] == ["Ipsum College"]


def test_from_a_year_opens_no_side():
    # a year after 'From' is no side: the post's owner is read as it is without the opener
    # (compared, not fixed: who owns 'College of Arts' is the institution rules' business)
    opened = roles(SIDES + "From 2019, Dr. Ola Fen, Dean, College of Arts, led the work.")
    plain = roles(SIDES + "Dr. Ola Fen, Dean, College of Arts, led the work.")
    assert opened["Ola Fen"] == plain["Ola Fen"]
