"""Place shapes added in session 9 (issue 12), read from new development pages: a place inside a
purpose phrase ('for setting up a college at X') is what the agreement will build, not the venue; a
place right before 'during the signing' is the venue even in a speech sentence; 'formalised at' is
signing; a venue goes on to 'in the new city of X'. Invented sentences; each positive case gave
another place (or none) before this change."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    # a purpose phrase with a verb in -ing names what will be built, not where the signing was
    ("The State government on Saturday signed a memorandum with Lorem Power for setting up a polytechnic college "
     "at Ipsumpali in Dolor district.\nThe MoU was signed between the Department of Skills and Lorem Power in the "
     "presence of the Chief Minister at the Secretariat here.", "Secretariat"),
    ("Alpha University signed an agreement with Beta Corp for establishing a research park at Riverton on Monday. "
     "The ceremony was held at the Grand Hall of Alpha University.", "Grand Hall of Alpha University"),
    # the place said right before 'during the signing', in a sentence that reports speech
    ("The chairman of the committee, Prof. A B, stated this in Riverton during the signing of the MoU with "
     "Alpha University.", "Riverton"),
    ("Dr C D said so at the Lotus Hotel during the signing ceremony on Tuesday.", "Lotus Hotel"),
    # 'formalised at' reports the signing
    ("The agreement, formalised at the Ministry of Health in Riverton, lets Alpha University use the hospital.",
     "Ministry of Health in Riverton"),
    ("The partnership was formalized at Beta Hall on 3 May 2024.", "Beta Hall"),
    # a venue and the city it is in, named after its description
    ("The Prime Minister witnessed the signing of the memorandum at the government headquarters in the new city "
     "of Riverton.", "the government headquarters in the new city of Riverton"),
])
def test_session9_place_shapes(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # a purpose phrase alone gives no place
    "Alpha University signed an MoU with Beta Corp for building a laboratory at Riverton.",
    "The two sides signed an agreement for developing tourism in Lorem Province.",
    # speech with no signing right after the place: where the speaker works, not the venue
    "Dr C D, who teaches at Alpha University, said the MoU signed last week will help students.",
])
def test_session9_no_place(text):
    assert _place(text) is None
