"""Signer shapes of session 16, written against invented sentences: a pair 'between' two people whose posts
are written in lowercase before their names ('inked between X director Dr A and Y pro vice-chancellor Prof
B'), 'A visited Lorem and signed the MoU', 'signed and exchanged by A and B', 'The MoU's signatories were A
and B', 'X and Y, represented by A and B [respectively], signed', '..., and on behalf of Y, President B, in the
presence of C', and 'The ceremonial signing was led by A and B' (the dev gold reads the leaders of the signing as its
hands; 'the signing ceremony was led by' stays a host's part). Each case missed a signer before."""

import pytest

from tests.draft_facts import signer_names

LEAD = "Loremton University and Ipsum Institute signed an MoU on Monday. "


@pytest.mark.parametrize("text, signers", [
    (LEAD + "The MoU was inked between Ipsum Institute director Dr Karl Lund and Loremton University pro "
     "vice-chancellor Prof Anna Berg on behalf of their respective institutions.", {"Karl Lund", "Anna Berg"}),
    (LEAD + "The ceremonial signing was led by Loremton Rector Anna Berg and Ipsum Director Karl Lund.",
     {"Anna Berg", "Karl Lund"}),
    # the subject of a visit whose second verb is the signing
    ("On May 2, Loremton University Rector Anna Berg visited Ipsumville and signed a framework agreement with the "
     "Ipsumville City Government.", {"Anna Berg"}),
    # 'signed and exchanged by': signed (exchanging alone is not, D7)
    (LEAD + "The documents were signed and exchanged by Rector Anna Berg and Director Karl Lund.", {"Anna Berg", "Karl Lund"}),
    # the document's signatories
    (LEAD + "The MoU’s signatories were Rector Anna Berg and Director Karl Lund.", {"Anna Berg", "Karl Lund"}),
    # both sides' hands in one 'represented by' list before the verb
    (LEAD + "The two institutions, represented by Rector Anna Berg and Director Karl Lund, signed the MoU.",
     {"Anna Berg", "Karl Lund"}),
    (LEAD + "Loremton University and Ipsum Institute, represented by Rector Anna Berg and Director Karl Lund "
     "respectively, signed the MoU.", {"Anna Berg", "Karl Lund"}),
    # the second side told first, its hand followed by the onlookers
    (LEAD + "On behalf of Loremton University, Rector Anna Berg signed the MoU, and on behalf of Ipsum Institute, "
     "President Karl Lund, in the presence of Mr. Olaf Sten.", {"Anna Berg", "Karl Lund"}),
])
def test_new_signer_shapes(text, signers):
    assert signer_names(text) == signers


@pytest.mark.parametrize("text", [
    # a post in lowercase after the pair is a speaker's, not a hand's
    LEAD + "The MoU was signed between Loremton University and Ipsum Institute, and director Karl Lund said it "
    "was a milestone.",
    # exchanging or representing alone is no signing (D7; dev gold on 'represented by')
    LEAD + "The documents were exchanged by Rector Anna Berg and Director Karl Lund.",
    LEAD + "Loremton University was represented by Rector Anna Berg and Director Karl Lund.",
    # the ceremony's leader is its host
    LEAD + "The signing ceremony was led by Loremton Rector Anna Berg.",
])
def test_no_signer(text):
    assert signer_names(text) == set()
