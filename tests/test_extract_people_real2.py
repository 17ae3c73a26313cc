"""People, role and signer shapes from the second batch of real pages (issue 12), on invented sentences.

Each case is a tiny article; the expectation is what a reader would annotate."""

from kg.extract import extract

HEAD = "Alpha University (AU) and Beta Institute of Technology (BIT) signed a memorandum of understanding.\n"


def _people(text):
    return {p["name"]: p for p in extract(HEAD + text)["people"]}


def _roles(text):
    return {name: [(r["role"], r["institution"]) for r in p["roles"]] for name, p in _people(text).items()}


def _signed(text):
    return {name for name, p in _people(text).items() if p["signed"]}


def test_an_untitled_name_with_a_lowercase_role_after_a_comma():
    roles = _roles("Karl Marsden, vice president for research at Alpha University, agrees.")
    assert roles == {"Karl Marsden": [("vice president for research", "Alpha University")]}


def test_a_lowercase_role_needs_a_named_owner_to_make_a_person():
    assert _people("Later, Hanoi Street, where the rector of the school lives, was closed.") == {}


def test_a_document_signed_with_someone_is_not_the_holders_signature():
    text = "Karl Marsden, director of Beta Institute of Technology, shows an agreement signed with Alpha University."
    assert "Karl Marsden" in _people(text) and _signed(text) == set()


def test_the_unaccented_vietnamese_middle_name_the_stays_in_the_name():
    roles = _roles("Attending were Dr. Le The Long – Vice Rector of Alpha University, and others.")
    assert roles == {"Le The Long": [("Vice Rector", "Alpha University")]}


def test_a_caption_signing_an_mou_without_article():
    text = "Prof. Dr. Karl Marsden (Rector of AU) and Prof. Dr. Le Van Anh (Rector of BIT) are signing MoU"
    assert _signed(text) == {"Karl Marsden", "Le Van Anh"}


def test_people_representing_their_sides_as_the_signatories_signed():
    text = ("Prof. Dr. Amir Hassan, President of AU and Prof. Dr. Lim Boon Kee, President of BIT represented "
            "their respective universities as the signatories of the MoU.")
    assert _signed(text) == {"Amir Hassan", "Lim Boon Kee"}
