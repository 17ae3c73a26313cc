"""Signer shapes of session 17b, on invented sentences: the second side's hand after a split 'on behalf of'
('on X's behalf by A and on Y's behalf by B'), a caption whose people are the subject of the signing ('A and B
after signing the MoU', guide D7), and a veto: 'C, who signed the 2015 agreement, attended' signed another act."""

import pytest

from kg.article import Article
from kg.extract import extract

LEAD = "Loremton University and Ipsum Institute signed an MoU on Monday.\n\n"


def _signed(text):
    return {p["name"]: p["signed"] for p in extract(Article(LEAD + text))["people"]}


@pytest.mark.parametrize("text, signers", [
    ("The MoU was signed on Loremton University's behalf by Prof. Karl Weber and on Ipsum Institute's behalf by "
     "Dr. Hans Lund.", {"Karl Weber", "Hans Lund"}),
    ("The memorandum was signed on behalf of Loremton University, its president, Prof. Karl Weber, and on behalf "
     "of Ipsum Institute, its director, Dr. Hans Lund.", {"Karl Weber", "Hans Lund"}),
    ("Prof. Karl Weber and Dr. Hans Lund after signing the MoU.", {"Karl Weber", "Hans Lund"}),
    ("Prof. Karl Weber (left) and Dr. Hans Lund after signing the agreement", {"Karl Weber", "Hans Lund"}),
])
def test_signers(text, signers):
    assert {n for n, s in _signed(text).items() if s} == signers


@pytest.mark.parametrize("text, name", [
    ("Prof. Karl Weber and Dr. Hans Lund signed the MoU. Minister Olaf Sten, who signed the 2015 agreement, "
     "attended the ceremony.", "Olaf Sten"),
    ("Prof. Karl Weber and Dr. Hans Lund signed the MoU. Minister Olaf Sten, who signed the previous accord, "
     "spoke.", "Olaf Sten"),
    # prose, not a caption: the applauders' object is not said to sign
    ("Guests applauded Prof. Karl Weber and Dr. Hans Lund after signing the MoU.", "Karl Weber"),
    # D7: the ceremony held between sides with their representatives, a team led by A
    ("The ceremony was held between Loremton University, represented by Prof. Karl Weber, and Ipsum Institute, "
     "represented by Dr. Hans Lund.", "Hans Lund"),
    ("A team led by Prof. Karl Weber signed the agreement.", "Karl Weber"),
    ("Loremton University was represented at the signing ceremony by Prof. Karl Weber.", "Karl Weber"),
])
def test_not_signer(text, name):
    assert _signed(text).get(name) is False


def test_hand_wrapped_line_after_and():
    # a page wrapped by hand: 'A and' ends one line, 'B, post, signed' opens the next
    text = ("At the meeting, Board Chairman Karl Weber and\nMr. Hans Lund, Vice President LIPA signed a Memorandum "
            "of Understanding.")
    assert _signed(text) == {"Karl Weber": True, "Hans Lund": True}


def test_blank_line_after_and_still_ends():
    text = "Present were Board Chairman Karl Weber and\n\nMr. Hans Lund, Vice President LIPA signed a Memorandum."
    assert _signed(text).get("Karl Weber") is False
