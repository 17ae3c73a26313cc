"""Signer shapes of session 14, classified from the fresh reading pages and written against invented
sentences: a passive 'signed ... by' after a longer adjunct of time and place ('signed today at the main
hall of X by'), 'The signing of the MoU was carried out by A with B', a subject list with small name
words ('mayor of Lorem de la Sierra') before 'have signed', a list of names and posts 'on hand to sign',
and an Indonesian company's 'PT.' that does not end a sentence. Each case missed a signer before."""

import pytest

from tests.draft_facts import signer_names


@pytest.mark.parametrize("text, signers", [
    # a longer adjunct of time and place between 'signed' and 'by'
    ("The agreement has been signed today at the main hall of Loremton University by the Rector of Loremton "
     "University Professor Anna Berg and the President of Ipsum Group Karl Lund.", {"Anna Berg", "Karl Lund"}),
    # ... but not a participle naming another part in the event
    ("Loremton University and Ipsum Group signed an agreement at the forum hosted by Professor Anna Berg.", set()),
    # 'The signing of the MoU was carried out by A with B'
    ("The signing of the MoU was carried out by the President of Ipsum Group, Karl Lund with the Rector of "
     "Loremton University Prof. Anna Berg.", {"Anna Berg", "Karl Lund"}),
    # small name words in a subject list before 'have signed'
    ("Anna Berg, rector of Loremton University, and Karl Lund, mayor of Villa de la Ipsum, have signed a "
     "collaboration agreement.", {"Anna Berg", "Karl Lund"}),
    # a list of names and posts with semicolons, 'on hand to sign'
    ("Anna Berg, General Manager for Ipsum Nation; Karl Lund, President of Loremton College; and Ole Dahl, "
     "Chief of Ipsum Nation, were on hand at the Ipsum office to sign a five-year Memorandum of "
     "Understanding.", {"Anna Berg", "Karl Lund", "Ole Dahl"}),
    ("Anna Berg, General Manager for Ipsum Nation, and Karl Lund were on hand to welcome the guests.", set()),
    # 'PT.' before a company's name is no sentence end
    ("The MoU was signed by Rector of Loremton University, Prof. Anna Berg, and Director of PT. Ipsum Dolor, "
     "Karl Lund, on Tuesday.", {"Anna Berg", "Karl Lund"}),
    # the hands named after 'the signatures of'
    ("The agreement bears the signatures of Prof. Anna Berg, Rector of Loremton University, and Dr. Karl Lund.",
     {"Anna Berg", "Karl Lund"}),
    # the subject of 'signing' after 'with', and the second hand with the verb left out
    ("Loremton University and Ipsum Group signed the MoU, with Prof. Anna Berg signing for Loremton University and "
     "Dr. Karl Lund for Ipsum Group.", {"Anna Berg", "Karl Lund"}),
    ("The two sides signed the MoU, with Dr. Karl Lund looking on.", set()),
])
def testsigner_names(text, signers):
    assert signer_names(text) == signers
