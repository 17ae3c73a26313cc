"""Place shapes that recur behind the misses on the real development pages (issue 12, round 5), each
written as invented sentences of the same shape in several wordings.

Shape: an 'in X' / 'at X' that tells what the agreement will do or covers, inside the sentence that
reports the signing ('By signing the MoU, A will run courses in X'), is not where it was signed."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text", [
    # what a party will, can or shall do under the agreement, told after the signing verb
    "By signing the memorandum with the company, Alpha University will strengthen its links with industry "
    "and can plan joint activities in Textile Research.",
    "Alpha Province signed an MoU with Beta Association under which Beta Association will support "
    "delegations in trade promotion activities in the Republic of Freedonia.",
    "The deal, inked on Monday by Alpha College and Beta Motors, will see the firm train technicians at its "
    "Riverton plant.",
    "Having signed the agreement, both sides shall jointly organise summer field trips in Riverton.",
    "Alpha University and Beta Institute signed an MoU, and their students could now gain work experience in "
    "Freedonia.",
    # 'signifies', 'significant' are no signing words: the relative clause says what the MoU is for
    "January 23, 2020 – The Lorem Government, through its agency, and the County of Alpha signed a memorandum "
    "of understanding (MOU) that signifies a joint commitment to Freedonian-led development in Alpha County.",
    "Alpha University and Beta Hospital signed an agreement on 5 March 2024. The MoU is a significant milestone "
    "for nursing education in Riverton.",
    # a study track, stream or pathway named in title case after 'in the'
    "Alpha University signed an MoU with Beta College for an advanced degree for nurses, specifically in "
    "the Nurse Educator track.",
    "Alpha University and Beta Institute signed an agreement on joint courses in the Lorem Ipsum stream.",
    "Alpha College signed an MoU with Beta University on admissions in the Riverton Scholars pathway.",
])
def test_no_place_from_what_the_agreement_does(text):
    assert _place(text) is None


@pytest.mark.parametrize("text, place", [
    # the venue stays when the clause about the future is closed before it
    ("Alpha University and Beta University signed an MoU, which will run for five years, in Riverton on "
     "5 March 2024.", "Riverton"),
    ("The agreement, which will let students study abroad, was signed at the Lorem Hall of Alpha University.",
     "Lorem Hall of Alpha University"),
    # a ceremony named after the clause about the future says where it was
    ("Alpha University and Beta University signed an MoU that will run for five years at a ceremony at the "
     "Lorem Hotel in Riverton on 5 March 2024.", "Lorem Hotel in Riverton"),
    # the place opening the sentence, before the clause about what students will do
    ("On 5 March 2024 in Riverton, Alpha University and Beta College signed an agreement under which students "
     "will study in Freedonia.", "Riverton"),
    # a future signing is still a signing
    ("Alpha University and Beta College will sign the MoU at the Riverton Hotel on 5 March 2024.",
     "Riverton Hotel"),
    # a signing word that is a signing word
    ("The signatories met at the Ipsum Campus of Alpha University, where the MoU was signed on 5 March 2024.",
     "Ipsum Campus of Alpha University"),
])
def test_place_kept_beside_a_future_clause(text, place):
    assert _place(text) == place
