"""Roles on real pages, session 17: people drafted with no role, or with another body's, although the text
ties their post to an institution by the shape of a list or of the page. Invented sentences only."""

from kg.extract import extract


def _roles(text):
    """{person: {(role, institution)}} of the draft."""
    return {p["name"]: {(r["role"], r["institution"]) for r in p.get("roles") or []} for p in extract(text)["people"]}


# --- a list of people closed or opened by the one institution they came from -----------------------------
def test_list_closed_by_participated_from():
    text = ("Lorem University and Ipsum Bank signed a memorandum of understanding on Monday. Mr. Tarik Boma, CEO, "
            "Prof. Alan Vesper, Vice-Chancellor, and Dr. Ruth Calder participated from Lorem University, while "
            "Mr. Oren Pask, Chairman of Ipsum Bank, attended.")
    roles = _roles(text)
    assert roles["Tarik Boma"] == {("CEO", "Lorem University")}
    assert roles["Oren Pask"] == {("Chairman", "Ipsum Bank")}


def test_list_closed_by_all_of():
    text = ("Lorem University and Ipsum Bank signed a memorandum of understanding on Monday. Mr Tarik Boma, "
            "Registrar; Mr Alan Vesper, Bursar; and Mrs Ruth Calder, Acting Finance Manager, all of Lorem "
            "University, were also present.")
    assert _roles(text)["Ruth Calder"] == {("Acting Finance Manager", "Lorem University")}


def test_list_opened_by_a_delegation():
    text = ("Lorem University and Ipsum Bank signed an agreement. The Lorem University delegation included Professor "
            "Tarik Boma, Deputy Vice-Chancellor for Research, and Chair of the Ethics Committee of Dolor Trust, "
            "Alan Vesper, Director of Admissions.")
    assert ("Director of Admissions", "Lorem University") in _roles(text)["Alan Vesper"]


def test_tail_after_another_clause_is_not_the_persons():
    # ('while' opens another clause: the tail names where its own people came from)
    text = ("Lorem University and Ipsum Bank signed an agreement. Mr. Tarik Boma, Chief Executive Officer, spoke "
            "first, while Dr. Ruth Calder and others participated from Lorem University.")
    assert ("Chief Executive Officer", "Lorem University") not in _roles(text).get("Tarik Boma", set())


# --- a lowercase post ends at the speech verb after it ------------------------------------------------------
def test_lowercase_post_ends_at_said():
    text = ("Lorem University and Ipsum Bank signed an agreement. “We are proud,” Dana Oyelaran, vice-chancellor "
            "of Lorem University said.")
    assert _roles(text)["Dana Oyelaran"] == {("vice-chancellor", "Lorem University")}


# --- the publisher's own academic site names the body by its acronym --------------------------------------
def test_publisher_site_names_the_acronym():
    page = ("url: https://news.mmu.edu.xx/mou\ntitle: unknown\npublisher: Multimedia University (news.mmu.edu.xx)\n"
            "published: unknown\n---\n"
            "MMU and Ipsum College signed a memorandum of understanding on joint research.\n\n"
            "The agreement runs for five years and may be renewed.\n\n"
            "The ceremony was graced by Dr. Tarik Boma, Director of International Relations, and Ms. Ruth Calder, "
            "Dean of the Faculty of Law.")
    roles = _roles(page)
    assert roles["Ruth Calder"] == {("Dean of the Faculty of Law", "MMU")}


def test_publisher_on_a_commercial_site_is_no_body():
    # ('.com' is a newspaper's site: its letters are no party's acronym)
    page = ("url: https://mmu.com/mou\ntitle: unknown\npublisher: Riverton Daily Courier (mmu.com)\npublished: unknown\n---\n"
            "MMU and Ipsum College signed a memorandum of understanding on joint research.\n\n"
            "The agreement runs for five years and may be renewed.\n\n"
            "The ceremony was graced by Dr. Tarik Boma, Director of International Relations, and Ms. Ruth Calder, "
            "Dean of the Faculty of Law.")
    assert _roles(page).get("Ruth Calder", set()) == set()


# --- the delegation a person leads names the side of a post written without one ------------------------------
def test_the_delegation_of_the_sentence_before():
    text = ("On May 2 a delegation of the Lorem Association of Colleges visited Ipsum University. The delegation was "
            "led by Secretary Alan Vesper and Deputy Head Ruth Calder. The two sides signed an agreement.")
    roles = _roles(text)
    assert roles["Alan Vesper"] == {("Secretary", "Lorem Association of Colleges")}


def test_a_delegation_led_by_in_one_sentence():
    # (Ipsum University is named last before the person: the delegation's side wins)
    text = ("Ipsum University and Lorem Bank signed a memorandum. A delegation from Lorem Bank to Ipsum University, "
            "led by Director Alan Vesper, toured the campus.")
    assert _roles(text)["Alan Vesper"] == {("Director", "Lorem Bank")}


# --- an opening phrase of several lowercase words before 'X Post, Name' ----------------------------------------
def test_post_after_a_long_opening_phrase():
    text = ("Lorem University (LU) signed an agreement with Ipsum Bank. Speaking during the signing ceremony, LU "
            "Vice Chancellor, Prof. Tarik Boma, said the partnership matters.")
    assert _roles(text)["Tarik Boma"] == {("Vice Chancellor", "Lorem University")}


# --- a lowercase post before a titled name after ', and' (no 'the' before it) ---------------------------------
def test_lowercase_post_first_after_and():
    text = ("Rector of Lorem University of Technology, Prof. Alan Vesper, and rector of the Ipsum University, "
            "Prof. Ruth Calder, have signed a cooperation agreement.")
    roles = _roles(text)
    assert roles["Ruth Calder"] == {("rector", "Ipsum University")}
    assert roles["Alan Vesper"] == {("Rector", "Lorem University of Technology")}
