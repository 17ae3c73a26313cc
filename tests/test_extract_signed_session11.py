"""Signer shapes of session 11 (issue 12), classified from a fresh reading sample and written against
invented sentences: a name inside a body's name ('Rahman Islam University') is no signer; a relative
clause 'who initialled / countersigned / put pen to paper for X' says the person signed; 'A and acting
director of X B have signed' (a lowercase post in the list); 'the presidents of X and Y signed' names
one post for two owners; 'C looked on as A and B signed'. Each positive case found no signer (or another one) before this change."""

import pytest

from tests.draft_facts import signer_names


@pytest.mark.parametrize("text, signers", [
    # a body named after a person: the person's name inside it is not a mention of them
    ("Kazi Rahman Islam University and Lorem Science University have signed an MoU covering research. "
     "Dr. Anna Berg, Registrar of Kazi Rahman Islam University, and Dr. Karl Lund, Registrar of Lorem Science "
     "University, signed the agreement. Rahman Islam, Additional Director of Kazi Rahman Islam University, was "
     "present.", {"Anna Berg", "Karl Lund"}),
    # the relative clause of another verb of signing
    ("Mr Karl Lund, Chairman of Lorem Motors, said the deal was good. Ms Anna Berg, Managing Director of Ipsum "
     "Limited, who initialled for her company, said the project would help students.", {"Anna Berg"}),
    ("Dr. Anna Berg, Rector of Alpha University, who initialed on behalf of the university, thanked the guests.",
     {"Anna Berg"}),
    ("Dr. Anna Berg, Rector of Alpha University, who countersigned the memorandum, praised the partners.",
     {"Anna Berg"}),
    ("The agreement was welcomed by Karl Lund. Dr. Anna Berg, dean of the faculty, who put pen to paper for "
     "Alpha University, said research would grow.", {"Anna Berg"}),
    # a lowercase post before the next name of the subject list
    ("Alpha University Rector Anna Berg and acting director of the Lorem Department of Industry Karl Lund have "
     "signed a cooperation agreement.", {"Anna Berg"}),
    ("The rector of Alpha University Anna Berg and the general director of Beta Corp Karl Lund have signed a "
     "memorandum.", {"Anna Berg"}),
    # one post told for two owners
    ("The president of Alpha University and Beta University signed a memorandum of cooperation. The president "
     "of Alpha University Anna Berg said ties would grow. Beta University president Karl Lund agreed.",
     {"Anna Berg", "Karl Lund"}),
    ("The rectors of Alpha University and Beta University signed an MoU on Monday. Rector of Alpha University "
     "Prof. Anna Berg said the deal was historic. Prof. Karl Lund, Rector of Beta University, agreed.",
     {"Anna Berg", "Karl Lund"}),
    ("The MoU was signed by the presidents of Alpha University and Beta College. Dr. Anna Berg, President of "
     "Alpha University, spoke first. Dr. Karl Lund, President of Beta College, thanked the hosts.",
     {"Anna Berg", "Karl Lund"}),
    # (after a dateline's dash or colon)
    ("Riverton (AB)- The president of Alpha University and Beta College signed a memorandum of cooperation. Dr. "
     "Anna Berg, President of Alpha University, said ties would grow. Dr. Karl Lund, President of Beta College, "
     "agreed.", {"Anna Berg", "Karl Lund"}),
    ("RIVERTON: The rectors of Alpha University and Beta College signed an MoU on Monday. Rector of Alpha "
     "University Prof. Anna Berg spoke. Prof. Karl Lund, Rector of Beta College, agreed.", {"Anna Berg", "Karl Lund"}),
    ("The deans of Alpha University and Beta College signed an MoU. Dr. Anna Berg, President of Alpha "
     "University, spoke first. Dr. Karl Lund, Dean of Beta College, thanked the hosts.", {"Karl Lund"}),
    # the other hand after 'with', past an acronym and a short adjunct of time or place
    ("Dr. Anna Berg has signed a Memorandum of Understanding (MOU) last weekend with Dr. Karl Lund, assistant to "
     "the Health Minister.", {"Anna Berg", "Karl Lund"}),
    ("Dr. Anna Berg signed an MoU on Monday with Prof. Karl Lund, Rector of Beta University.", {"Anna Berg", "Karl Lund"}),
    ("Rector Anna Berg signed the agreement (MoA) yesterday with Karl Lund, the Director of Beta Hospital.",
     {"Anna Berg", "Karl Lund"}),
    ("Prof. Anna Berg, President of Alpha University, signed a memorandum of understanding in Riverton with Dr. "
     "Karl Lund, Dean of Beta College.", {"Anna Berg", "Karl Lund"}),
    # an onlooker's clause opened by 'as': its subject signs, the onlooker does not
    ("Prof. Maria Rossi looked on as Dr. Anna Berg and Dr. Karl Lund signed the MoU.", {"Anna Berg", "Karl Lund"}),
    ("Prof. Maria Rossi witnessed as Dr. Anna Berg and Dr. Karl Lund signed the MoU.", {"Anna Berg", "Karl Lund"}),
    # a witness fronted before the passive: the agents after 'signed by' still signed
    ("Witnessed by Prof. Maria Rossi, the agreement was signed by Dr. Anna Berg and Dr. Karl Lund.",
     {"Anna Berg", "Karl Lund"}),
])
def test_session11_signer_shapes(text, signers):
    assert signer_names(text) == signers


@pytest.mark.parametrize("text", [
    "Dr. Anna Berg, Rector of Alpha University, who witnessed the signing, praised the partners.",
    "Dr. Anna Berg, Rector of Alpha University, who attended the ceremony, said the MoU was signed after long talks.",
    "Dr. Anna Berg, who initiated the partnership in 2019, welcomed the guests at the ceremony.",
    "Dr. Anna Berg, who entered into talks with Beta College last year, welcomed the signing of the MoU.",
    "Rector Anna Berg and students who have signed up for the programme met on Monday.",
    "The guests cheered as Dr. Anna Berg and Dr. Karl Lund arrived for the signing.",
    "Prof. Maria Rossi spoke as Dr. Anna Berg and Dr. Karl Lund looked on.",
    # a post told for two owners that did something else
    "The presidents of Alpha University and Beta College attended the signing. Dr. Anna Berg, President of Alpha "
    "University, spoke first. Dr. Karl Lund, President of Beta College, thanked the hosts.",
    "The presidents of Alpha University and Beta College, who signed an earlier deal, met again. Dr. Anna Berg, "
    "President of Alpha University, spoke first.",
])
def test_session11_notsigner_names(text):
    assert signer_names(text) == set()


@pytest.mark.parametrize("text, signers", [
    # after 'with': a helper, a body, or an earlier agreement's partner
    ("Dr. Anna Berg signed the agreement on Monday with the support of Dr. Karl Lund.", {"Anna Berg"}),
    ("Dr. Anna Berg signed an MoU last week with Beta College, whose rector Karl Lund attended the ceremony.",
     {"Anna Berg"}),
    ("Dr. Anna Berg signed the MoU on Monday. Last year she signed an agreement in Riverton with Dr. Karl Lund.",
     {"Anna Berg"}),
    ("Dr. Anna Berg said she had signed an MoU in 2019 with Dr. Karl Lund, then Rector of Beta College.", set()),
])
def test_session11_not_the_other_hand(text, signers):
    assert signer_names(text) == signers

