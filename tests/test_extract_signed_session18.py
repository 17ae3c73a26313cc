"""Signers the extractor missed on the session-18 reading pages, with invented sentences: the subject of a
sentence that opens with 'While signing the agreement,' ('While signing the deal, Dr A said ...'); the partner after 'signed a
cooperation protocol with Dr. B, President of Y' (a protocol is a signed document like an MoU); 'A, Minister of X, had a meeting with B, Minister of Y, and
signed': A signed, not B."""

from tests.draft_facts import signer_names


def test_the_subject_after_while_signing_signed():
    assert "Karl Lund" in signer_names("Lorem University and Ipsum College signed an MoU on Monday.\n\nWhile signing "
                                       "the agreement, Permanent Secretary Dr Karl Lund said it will support training.")


def test_a_noun_after_while_marks_no_signer():
    assert "Karl Lund" not in signer_names("Lorem University and Ipsum College signed an MoU on Monday.\n\nWhile the "
                                           "signing went on, Dr Karl Lund spoke to the press.")


def test_the_partner_after_signed_a_protocol_with_signed():
    assert "Mara Velt" in signer_names("Dr. Ilse Koren, President of Lorem Institute, signed a cooperation protocol "
                                       "with Dr. Mara Velt, President of Ipsum University, to support joint research.")


def test_the_subject_of_had_a_meeting_with_and_signed_signed_not_the_object():
    names = signer_names("On May 4, Mr. Kenji Sato, Minister of Trade, Energy and Industry, had a meeting with Mr. Ola Berg, "
                         "Minister of Industry of Ipsum, and signed the new Memorandum of Cooperation.")
    assert names == {"Kenji Sato"}
