"""kg.extract.resolve_names: keys, acronyms, variants, and never merging different institutions."""

import pytest

from kg.extract.resolve_names import MERGE_THRESHOLD, decide, match
from kg.names import acronym_fit, name_key

KNOWN = [("haui", ["Hanoi University of Industry", "HaUI"]),
         ("vtui", ["Viet Tri University of Industry"]),
         ("bcit", ["College of Industrial Techniques", "BCIT"]),
         ("hust", ["Hanoi University of Science and Technology", "HUST"])]


def test_name_key_strips_case_diacritics_the_and_honorifics():
    assert name_key("The Hanoi University of Industry", drop_titles=True) == "hanoi university of industry"
    assert name_key("Assoc. Prof. Dr. Kiều Xuân Thực", drop_titles=True) == name_key("Kieu Xuan Thuc") == "kieu xuan thuc"
    assert name_key("H.E. Nguyen Van A", drop_titles=True) == "nguyen van a"


@pytest.mark.parametrize("acronym, name, skipped", [
    ("HaUI", "Hanoi University of Industry", 0),
    ("HUST", "Hanoi University of Science and Technology", 0),
    ("KGU", "Kanto Gakuin University", 0),
    ("HCMUT", "Ho Chi Minh City University of Technology", 1),   # 'City' not spelt
    ("BCIT", "College of Industrial Techniques", None),
    ("MSU", "Viet Tri University of Industry", None),
])
def test_acronym_fit(acronym, name, skipped):
    assert acronym_fit(acronym, name) == skipped


def test_word_order_and_word_form_variants_merge():
    assert decide("Industrial College of Technology", KNOWN) == ("merge", "bcit")
    assert decide("Industrial Technical College", KNOWN) == ("merge", "bcit")
    assert decide("hanoi university of industry", KNOWN) == ("merge", "haui")
    assert decide("HaUI", KNOWN) == ("merge", "haui")


def test_the_very_same_words_reordered_go_to_review_not_merge():
    """'Loremton University' (private) and 'University of Loremton' (public) can be two bodies; only a
    person can tell, while a translation that also changes a word's form still merges (above)."""
    known = [("lu", ["Loremton University"]), ("lct", ["Loremton College of Technology"])]
    assert decide("University of Loremton", known) == ("review", "lu")
    assert match("University of Loremton", known)[0][2] == "review: the same words with another first word"
    assert decide("Loremton College for Technology", known) == ("merge", "lct")      # only a stopword differs
    assert decide("Loremton Technology College", known) == ("merge", "lct")          # the same first word


def test_different_institutions_never_merge():
    assert all(key != "haui" for key, _, _ in match("Viet Tri University of Industry", KNOWN))
    assert decide("Ho Chi Minh City University of Industry", KNOWN) == ("new", None)
    assert decide("National University of Kaohsiung", KNOWN) == ("new", None)


def test_subset_names_go_to_review_not_merge():
    found = match("Hanoi University of Technology", KNOWN)
    assert found and found[0][0] == "hust" and found[0][1] < MERGE_THRESHOLD
    assert found[0][2].startswith("review:")
    assert decide("Hanoi University of Technology", KNOWN) == ("review", "hust")
