"""Signer shapes of session 20, written against invented sentences. Each positive case gave a wrong
signer (or missed one) before its change."""

from kg.extract import extract
from tests.draft_facts import signer_names


def test_body_short_name_after_post_is_no_person():
    # 'Director MIET Dolor' reads like a post before its holder: the acronym is the body's, so no person
    text = ("Lorem Polytechnic signed an MoU with the Model Institute of Ipsum (MIET). The MoU was signed "
            "between Dr Anna Berg, Principal, Lorem Polytechnic and Prof Karl Lund, Director MIET Dolor.")
    assert signer_names(text) == {"Anna Berg", "Karl Lund"}
    assert "MIET Dolor" not in {p["name"] for p in extract(text)["people"]}


def test_name_in_capitals_without_a_body_stays_a_person():
    text = ("KIM Min-jun, President of Lorem University, signed the MoU with Dr Karl Lund, Director of Ipsum "
            "Institute (III).")
    assert signer_names(text) == {"KIM Min-jun", "Karl Lund"}


def test_guest_of_a_visit_to_a_country_is_no_signer():
    # 'within the framework of an official visit to Lorem of President C': C is the guest, not a hand
    text = ("Lorem Group and the Republic of Ipsum signed an MoU on March 16. The MoU was inked by Anna Berg, "
            "Chief Minister of the Republic of Ipsum, and Dr. Karl Lund, Lorem chairman, within the framework of "
            "an official visit to Vietnam of Ipsumian President Maria Holm.")
    assert "Maria Holm" not in signer_names(text)
    assert "Anna Berg" in signer_names(text)


def test_generational_suffix_after_a_comma_is_part_of_the_name():
    # the name readers stop at the comma before 'Jr.'; the gold writes the name with it
    text = ("The new agreement, signed by Lorem President Anna Berg and Ipsum President C. D. Karlsen, Jr., and "
            "Dolor President Karl Lund, covers energy research.")
    assert signer_names(text) == {"Anna Berg", "C. D. Karlsen, Jr.", "Karl Lund"}
