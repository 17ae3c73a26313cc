"""People the extractor missed or misread on real pages (session 17, second round), with invented sentences:
an abbreviated post's field written straight after it with no 'for' ('DVC Academic A B'), an abbreviated
post with a dashed unit ('GM-HR A B'), a post run that ends in a title
('Information Technology Eng. A B') and a person named only as 'the late A B'."""

import pytest

from kg.article import Article
from kg.extract import extract


def people(text):
    return {p["name"] for p in extract(Article(text))["people"]}


def test_a_bare_field_after_an_abbreviated_post_is_no_part_of_the_name():
    found = people("The board (the Rector, DVC Academic Ana Cole, DVC Research Ben Ward) met the guests.")
    assert {"Ana Cole", "Ben Ward"} <= found
    assert not {"Academic Ana Cole", "Research Ben Ward"} & found


def test_an_abbreviated_post_with_a_dashed_unit_before_a_name():
    assert "Ravi Nair" in people("The MoU was signed in the presence of Lorem director Prof Ana Cole and "
                                 "GM-HR Ravi Nair of Ipsum Ltd.")


def test_a_post_run_ending_in_a_title_is_no_name():
    found = people("Minister of Communications and Information Technology Eng. Karim bin Sami Al-Nour signed the "
                   "memorandum with Lorem University.")
    assert "Karim bin Sami Al-Nour" in found
    assert "Technology Eng" not in found


def test_a_person_named_only_as_the_late_is_background():
    found = people("Lorem University and Ipsum College signed an MoU. Ties began under the late Prof. Anna Berg. "
                   "Rector Karl Lund signed for Lorem University.")
    assert "Karl Lund" in found
    assert "Anna Berg" not in found
