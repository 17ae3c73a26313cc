"""Signer shapes of session 15, written against invented sentences: the other hand after 'with' or
'alongside' past a post set off by a comma ('signed the MoU with the President of Y, B', 'with Y's
President, B', 'with his counterpart, B') or after the side signed for ('signed the MoU on behalf of X
with B'); the second hand of a signing whose verb is left out ('A, Rector, signed for X, and B, Director,
for the company', '..., and on behalf of Y, President B.', 'A signed for X while B did so for Y'). Each
case missed a signer before."""

import pytest

from tests.draft_facts import signer_names

LEAD = "Loremton University signed an MoU with Ipsum Group on Monday. "


@pytest.mark.parametrize("text, signers", [
    # the other hand after 'with', past a post set off by a comma
    (LEAD + "Prof. Anna Berg signed the MoU with the President of Ipsum Group, Dr. Karl Lund.", {"Anna Berg", "Karl Lund"}),
    (LEAD + "Prof. Anna Berg signed the MoU with Ipsum Group's President, Dr. Karl Lund.", {"Anna Berg", "Karl Lund"}),
    (LEAD + "Prof. Anna Berg signed the MoU with the company's president, Dr. Karl Lund.", {"Anna Berg", "Karl Lund"}),
    (LEAD + "Prof. Anna Berg signed the MoU with her counterpart, Dr. Karl Lund.", {"Anna Berg", "Karl Lund"}),
    # ... 'alongside', and after the side signed for
    (LEAD + "Prof. Anna Berg signed the MoU alongside Dr. Karl Lund.", {"Anna Berg", "Karl Lund"}),
    ("Prof. Anna Berg signed the MoU on behalf of Loremton University with Dr. Karl Lund of Ipsum Group.",
     {"Anna Berg", "Karl Lund"}),
    # ... but a comma after a body is no post: the person is the subject of another verb
    (LEAD + "The university signed the MoU with Ipsum Group, Dr. Karl Lund said.", set()),
])
def test_the_other_hand_after_with(text, signers):
    assert signer_names(text) == signers


@pytest.mark.parametrize("text, signers", [
    # the verb left out before the second hand, with a post between commas and a side in lowercase
    (LEAD + "Prof. Anna Berg, Vice-Chancellor, signed on behalf of the university, and Dr. Karl Lund, Managing "
     "Director, on behalf of the company.", {"Anna Berg", "Karl Lund"}),
    (LEAD + "Prof. Anna Berg signed for the university and Dr. Karl Lund for the company.", {"Anna Berg", "Karl Lund"}),
    # the second side told before its hand
    ("On behalf of Loremton University, Prof. Anna Berg signed the agreement, and on behalf of Ipsum Group, "
     "President Dr. Karl Lund.", {"Anna Berg", "Karl Lund"}),
    ("On behalf of Loremton University, Prof. Anna Berg signed the agreement, and on behalf of Ipsum Group, "
     "President Dr. Karl Lund thanked the guests.", {"Anna Berg"}),
    # 'did so for' without a comma before 'while'
    ("Prof. Anna Berg signed for Loremton University while Dr. Karl Lund did so for Ipsum Group.",
     {"Anna Berg", "Karl Lund"}),
])
def test_the_second_hand_of_an_ellipsis(text, signers):
    assert signer_names(text) == signers


@pytest.mark.parametrize("text, signers", [
    # posts between commas hold any words before 'were the signatories' / 'have signed'
    (LEAD + "Anna Berg, Vice-Chancellor of the university, and Karl Lund, CEO of the group, were the signatories.",
     {"Anna Berg", "Karl Lund"}),
    (LEAD + "Anna Berg, Vice-Chancellor of the university, and Karl Lund, CEO of the group, have signed the MoU.",
     {"Anna Berg", "Karl Lund"}),
    (LEAD + "Anna Berg, Vice-Chancellor of the university, and Karl Lund, who spoke for the group, were the guests.",
     set()),
    # a side's representative inside the subject of the signing
    ("Loremton University, represented by its Vice-Chancellor Prof. Anna Berg, and Ipsum Group, represented by its "
     "President Dr. Karl Lund, signed an MoU on Monday.", {"Anna Berg", "Karl Lund"}),
    (LEAD + "Loremton University, represented by its Vice-Chancellor Prof. Anna Berg, welcomed the guests.", set()),
    # a pair after 'with' before 'signing'
    ("Loremton University and Ipsum Group inked an MoU, with Prof. Anna Berg and Dr. Karl Lund signing on behalf of "
     "their institutions.", {"Anna Berg", "Karl Lund"}),
])
def test_subjects_with_posts_and_sides(text, signers):
    assert signer_names(text) == signers


@pytest.mark.parametrize("text, signers", [
    # the hands listed on the lines below a header that ends in a colon
    (LEAD + "The MoU was signed by:\n- Prof. Anna Berg, Rector of Loremton University\n- Dr. Karl Lund, President of "
     "Ipsum Group", {"Anna Berg", "Karl Lund"}),
    (LEAD + "Signatories:\n\nProf. Anna Berg, Rector of Loremton University\n\nDr. Karl Lund, President of Ipsum Group",
     {"Anna Berg", "Karl Lund"}),
    # ... not attendees, and not past the list
    (LEAD + "Present at the signing were:\n- Prof. Anna Berg, Rector of Loremton University\n- Dr. Karl Lund, "
     "President of Ipsum Group", set()),
    (LEAD + "The MoU was signed by:\n- Prof. Anna Berg, Rector of Loremton University\nThe event closed with a "
     "speech by Dr. Karl Lund, President of Ipsum Group.", {"Anna Berg"}),
])
def test_hands_listed_below_a_header(text, signers):
    assert signer_names(text) == signers


@pytest.mark.parametrize("text, signers", [
    # a signing 'between' two hands each led by a post set off by a comma, after a witness
    ("The MoU was signed in the presence of Minister Ole Dahl between Director of Lorem Department, Anna Berg and "
     "Director Ipsum Institute, Professor Karl Lund.", {"Anna Berg", "Karl Lund"}),
    # ... the pair still ends at a comma before a speaker
    ("At the signing between Loremton University and Ipsum Group, Mr. Ole Dahl spoke.", set()),
])
def test_posts_with_commas_in_a_signing_between(text, signers):
    assert signer_names(text) == signers
