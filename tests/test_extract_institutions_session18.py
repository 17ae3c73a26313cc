"""Institutions on real pages, session 18: a governing body followed by where its territory lies ("People's
Committee of the central province of Lorem"), a one-word name that opens a signing sentence ('Zentrova signs
agreement with Alder University'). Invented sentences only."""

from kg.extract import extract


def _parties(text):
    return {i["name"] for i in extract(text)["institutions"] if i["party"]}


# --- "People's Committee of the central province of Lorem": where the territory lies, its kind, its name ---
def test_committee_of_a_placed_province():
    text = ("The People’s Committee of the northern province of Lorem Dolor signed a memorandum of understanding "
            "with Alder University on Monday.")
    assert _parties(text) == {"People’s Committee of the northern province of Lorem Dolor", "Alder University"}


# --- 'Zentrova signs agreement with Alder University': a one-word name opening the signing sentence -------
def test_one_word_subject_of_a_signing():
    text = ("Zentrova signs agreement with Alder University\n\n"
            "Zentrova signed a research agreement with Alder University on Monday to develop new crop varieties.")
    assert _parties(text) == {"Zentrova", "Alder University"}


def test_one_word_subject_that_is_a_word_or_a_surname():
    # (a plural common noun written in lower case elsewhere, a surname after a first name: no body)
    text = ("Alder University and Birch College signed an agreement on Monday. Volunteers signed up with Alder "
            "University; the volunteers will teach. Professor Anna Quellmark spoke. Quellmark signed the "
            "agreement with Birch College.")
    assert _parties(text) == {"Alder University", "Birch College"}
