"""Signer and person-name shapes of English cooperation news written world-wide (issue 12, round 4).

Every sentence here is invented; each case is a tiny article and the expectation is what a reader
would annotate."""

import pytest

from kg.extract import extract

HEAD = "Alpha University (AU) and Beta Institute of Technology (BIT) signed a memorandum of understanding.\n"
BOTH = {"Anna Berg", "Karl Lund"}


def _signed(text):
    return {p["name"] for p in extract(HEAD + text)["people"] if p["signed"]}


@pytest.mark.parametrize("sentence", [
    # a capitalised post written after its institution, a comma, an untitled name
    "The MoU was signed by Alpha University President, Anna Berg and Beta Institute President, Karl Lund.",
    "The MoU was signed by AU Vice President, Anna Berg, and BIT Provost and Pro Vice-Chancellor, Karl Lund.",
    # the post before an acronym at the start of the sentence
    "President BIT, Karl Lund and Vice Chancellor of Alpha University, Prof. Dr. Anna Berg has signed the MoU.",
    # naval and air ranks as titles, and a lowercase post with its owner after the name
    "The MoU was signed by Rear Admiral Anna Berg, vice-chancellor of AU and Karl Lund, deputy vice-chancellor of BIT.",
    "Air Vice Marshal Anna Berg and Commodore Karl Lund signed the MoU.",
])
def test_both_signed(sentence):
    assert _signed(sentence) == BOTH


@pytest.mark.parametrize("sentence", [
    # the words after 'Post, ' are no name
    "The University President, Research and Innovation spoke at the event.",
    "BIT Director, International Relations Office welcomed the guests.",
])
def test_no_person(sentence):
    assert _signed(sentence) == set() and not extract(HEAD + sentence)["people"]


def test_document_certified_by():
    assert _signed("The document was certified by Vice-Principal of AU Anna Berg and Rector of BIT Karl Lund.") == BOTH


def test_family_name_in_capitals():
    text = ("The ceremony was attended by ZHU Wei, director of AU, and KIM Minjun, vice president of BIT. "
            "ZHU Wei and KIM Minjun then delivered speeches on behalf of the two sides and signed the agreement.")
    assert _signed(text) == {"ZHU Wei", "KIM Minjun"}


@pytest.mark.parametrize("sentence", [
    "The delegation toured the HAN River, then the SAU Campus.",
    "The BIT Party Committee and the AU Library, director of AU, hosted the event.",
])
def test_capitals_no_person(sentence):
    assert not extract(HEAD + sentence)["people"]


@pytest.mark.parametrize("sentence", [
    # a lowercase post opening the sentence, its owner with an acronym in brackets
    "The president of the Alpha Association for Higher Education (AAHE), Anna Berg, and the president of "
    "the Beta Group of Universities (BGU), Karl Lund, signed a collaboration agreement.",
    # an owner's possessive before the post
    "The MoU was signed by the ministry's secretary, Anna Berg, and the institute's rector, Karl Lund.",
    # an acronym in brackets between a role run and the name
    "The document was signed by Rector of the Alpha State University (ASU) Anna Berg and Director of "
    "Beta Institute of Technology International Karl Lund.",
    # a post the roles vocabulary lacks, after another post
    "The MoU was signed by AU executive director Anna Berg and BIT Principal and Chief Superintendent Karl Lund.",
    # a lowercase post of an acronym before a name with an initial
    "The agreement was signed by AU Registrar Anna Berg and dean-director of BIT Karl Lund in the presence of guests.",
    # a role run ends before 'and <owner>'s'
    "The MoU was signed in Paris by Alpha's Minister of State for Water Resources Anna Berg and Beta's Oil "
    "Minister Karl Lund.",
    # a lowercase post opening the sentence, then a role run and the name
    "The rector of the University Anna Berg and Director of the Institute Karl Lund signed this agreement.",
])
def test_posts_signed(sentence):
    assert _signed(sentence) == BOTH


def test_acronym_closing_a_role_run_is_no_name():
    assert _signed("The MoU was signed by Rector of Alpha University (AU) and Director of BIT Karl Lund.") == {"Karl Lund"}


def test_signers_told_by_posts_then_named():
    text = ("The agreement was signed by the president of AU and the manager of Beta Hospital on 8th December 2022. "
            "AU President, Prof. Dr Anna Berg, was accompanied by Dr Ole Dahl. "
            "She thanked the hospital manager, Dr Karl Lund, for the cooperation.")
    assert _signed(text) == BOTH


def test_company_with_legal_form_before_the_name():
    text = "Vice Chancellor Prof Dr Anna Berg and Chief Executive Officer Delta Foods Limited Laos Karl Lund signed the MoU."
    people = {p["name"] for p in extract(HEAD + text)["people"]}
    assert people == BOTH and _signed(text) == BOTH


def test_spelt_out_titles():
    text = ("Present were Associate Professor Doctor Anna Berg, Vice Rector of AU, and Master Karl Lund, Head of the "
            "Business Relations Department. Sister Ana Diaz, dean of BIT, also spoke.")
    assert {p["name"] for p in extract(HEAD + text)["people"]} == BOTH | {"Ana Diaz"}


def test_doctor_honoris_causa_is_no_person():
    assert not extract(HEAD + "AU awarded the title of Doctor Honoris Causa to the guest.")["people"]


def test_family_name_in_capitals_after_a_post_and_possessive_after_a_role_run():
    text = ("The ceremony was attended by President YOSHIDA Kazuhiro, Rector of AU. "
            "The MoU is part of the Union Minister for Water Resources Anna Berg’s efforts.")
    assert {p["name"] for p in extract(HEAD + text)["people"]} == {"YOSHIDA Kazuhiro", "Anna Berg"}
