"""Signer shapes of session 12 (issue 12), classified from the reading pages and written against invented
sentences: a 'person' read from the last words of a body's name ('Chairman of Enterprise Ipsum Shore
signed', the body's name written twice) is the body, not a signer; 'A represented X in signing the MoU
while B represented Y' names two signers; the other hand 'along with' a post in brackets; 'He signed the
MoU' after a sentence naming one person. Each case drew a wrong signer or missed one before its change."""

import pytest

from tests.draft_facts import signer_names


@pytest.mark.parametrize("text, signers", [
    # the tail of a body's name after a post: the body, not a second signer
    ("A memorandum was signed today between Loremton University and Enterprise Ipsum Shore. Prof Anna Berg, "
     "Rector of Loremton University and Karl Lund, Chairman of Enterprise Ipsum Shore signed the memorandum at "
     "the campus.", {"Anna Berg", "Karl Lund"}),
    ("Loremton General Hospital linked up with Ipsum Hospital of Traditional Dolor Medicine. "
     "Signatories to the MoU included Dr Anna Berg, Director of Loremton General Hospital; and Karl Lund, "
     "Director of Ipsum Hospital of Traditional Dolor Medicine.", {"Anna Berg", "Karl Lund"}),
    # the verb of the first clause left out in the second after 'while'
    ("An agreement was signed between Loremton University and Ipsum Co. on Monday. The Vice-Rector, Prof. Anna "
     "Berg represented the university in signing the agreement while Mr. Karl Lund represented the company.",
     {"Anna Berg", "Karl Lund"}),
    # the other hand after 'along with', past the brackets of a lowercase post
    ("Dr. Anna Berg signed the MoU along with Loremton deputy vice-chancellor (research and innovation) Prof Karl "
     "Lund, who represented the vice-chancellor.", {"Anna Berg", "Karl Lund"}),
    # a pronoun subject: the one person named in the sentence before
    ("The exchange ceremony on Monday was hosted by Ipsum Institute director-general Dr Anna Berg. She signed the "
     "MoU with the university.", {"Anna Berg"}),
    ("The exchange ceremony was hosted by Dr Anna Berg and Prof. Karl Lund. He signed the MoU with the "
     "university.", set()),
    ("The guests were welcomed by Dr Anna Berg. She signed a similar agreement with Ipsum College in 2019.", set()),
])
def testsigner_names(text, signers):
    assert signer_names(text) == signers
