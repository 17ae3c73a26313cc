"""Signer shapes of session 17, written against invented sentences: a list whose last hand works at a
body with a possessive in its name ('..., St. Olaf’s Hospital have signed'), 'the presidents of the two
universities' told as the hands with the presidents named elsewhere, 'A was joined by B … to sign', and two
vetoes: a caption line is not the subject of a heading after a blank line ('Right: Dr. A, CEO of X' then 'MoU
signed with X'), and a speaker who praises another's coming 'to sign' did not sign. Also 'C witnessed the
signing of the MoU by A and B' (the act named by its noun, its hands after 'by'), and 'signed by A, with B and C
attending' (after 'with', the onlookers), and 'The two signed' after a sentence naming two people."""

import pytest

from tests.draft_facts import signer_names

LEAD = "Loremton University and Ipsum Institute signed an MoU on Monday.\n\n"


@pytest.mark.parametrize("text, signers", [
    # a possessive in the last body's name before 'have signed'
    (LEAD + "Professor Karl Weber, President of Loremton University, and Hans Lund, Director of Care, St. Olaf’s "
     "Community Hospital have signed a Memorandum of Understanding.", {"Karl Weber", "Hans Lund"}),
    # one post told for both hands, the holders named in other sentences
    (LEAD + "Dr. Karl Weber, President of Loremton University, spoke of exchange. Prof. Hans Lund, President of "
     "Ipsum Institute, said the ties matter. In the end, the memorandum was signed by the presidents of the two "
     "institutions.", {"Karl Weber", "Hans Lund"}),
    (LEAD + "Dr. Karl Weber, Rector of Loremton University, spoke of exchange. Prof. Hans Lund, Rector of Ipsum "
     "Institute, said the ties matter. The rectors of both institutions then signed the document.",
     {"Karl Weber", "Hans Lund"}),
    # 'was joined by ... to sign'
    (LEAD + "Ipsum Chief Karl Weber was joined by Hans Lund, president of Loremton University, in Riverton to sign "
     "the agreement.", {"Karl Weber", "Hans Lund"}),
    # the act named by its noun, its hands after 'by'
    (LEAD + "Minister Olaf Sten witnessed the signing of the MoU by Prof. Karl Weber and Dr. Hans Lund.",
     {"Karl Weber", "Hans Lund"}),
    (LEAD + "The signing of the memorandum of understanding by Rector Karl Weber and Director Hans Lund took place "
     "in the main hall.", {"Karl Weber", "Hans Lund"}),
    # after 'with ... attending', onlookers
    (LEAD + "The MoU was signed by Prof. Karl Weber, Rector of Loremton University, and Dr. Hans Lund, Director of "
     "Ipsum Institute, with Dean Olaf Sten, Secretary-General Anna Berg and professors of both sides attending.",
     {"Karl Weber", "Hans Lund"}),
    # 'The two signed' with no noun, after a sentence naming exactly two people
    (LEAD + "Loremton University was represented by Prof. Karl Weber, while Ipsum Institute was represented by Dr. "
     "Hans Lund. The two signed the MoU.", {"Karl Weber", "Hans Lund"}),
])
def test_new_signer_shapes(text, signers):
    assert signer_names(text) == signers


@pytest.mark.parametrize("text", [
    # joined to watch, not to sign
    LEAD + "Ipsum Chief Karl Weber was joined by Hans Lund, president of Loremton University, to witness the "
    "signing.",
    # a caption's line, then a heading after a blank line
    LEAD + "Left: Karl Weber, Director of Loremton University\nRight: Dr. Hans Lund, CEO of Ipsum Institute\n\n"
    "Memorandum of Understanding signed with Ipsum Institute\n",
    # the speaker praises the other's coming to sign
    LEAD + "Speaking at the ceremony, Ipsum Institute Vice-President Karl Weber lauded Professor Lund’s gesture in "
    "travelling to Riverton to sign the agreement in person.",
    # two holders of one post in one body are not the two sides' hands
    # a post told by a broad word ('heads') is not every post of that concept ('Director General')
    LEAD + "Dr. Karl Weber, Director General of Loremton University, spoke. Prof. Hans Lund, Head of School at Ipsum "
    "Institute, spoke. The MoU was signed by the heads of the two institutions.",
    # 'The two signed' after a sentence naming three people: whose two is not told
    LEAD + "Minister Olaf Sten welcomed Prof. Karl Weber and Dr. Hans Lund. The two signed the MoU.",
    # a host of the signing named after its noun
    LEAD + "Minister Olaf Sten witnessed the signing of the MoU hosted by Prof. Karl Weber.",
    LEAD + "Dr. Karl Weber, Dean of Loremton University, and Prof. Hans Lund, Dean of Loremton University, "
    "spoke. The agreement was signed by the deans of both institutions.",
])
def test_notsigner_names(text):
    assert not signer_names(text) & {"Karl Weber", "Hans Lund"}
