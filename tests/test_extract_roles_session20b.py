"""Roles on real pages, session 20 second round: posts read but cut or dropped. Invented sentences only."""

from kg.extract import extract


def _roles(text):
    draft = extract(text, gazetteer=None)
    return {p["name"]: {(r["role"], r["institution"]) for r in p.get("roles") or []} for p in draft["people"]}


# --- a post between a body's name and a titled name is that person's post (guide D6) ---------------------------
def test_post_after_a_body_name_and_a_comma_belongs_to_the_titled_name_after_it():
    roles = _roles("Lorem Open University and Ipsum Valley University signed a memorandum of understanding.\n\n"
                   "On behalf of Lorem Open University, President of the University, Prof. Dara Quon Vell, and "
                   "Ipsum Valley University, President of the University, Dr. Tam Rilo Sende, signed the MOU.")
    assert roles["Dara Quon Vell"] == {("President", "Lorem Open University")}
    assert roles["Tam Rilo Sende"] == {("President", "Ipsum Valley University")}


def test_post_after_a_persons_post_series_still_ends_that_persons_role():
    roles = _roles("Lorem Open University signed a memorandum of understanding with Ipsum Valley University.\n\n"
                   "Present were Prof. Dara Quon Vell, Rector of Lorem Open University, Dean of Law, Dr. Tam Rilo "
                   "Sende and others.")
    assert ("Dean of Law", "Lorem Open University") not in roles.get("Tam Rilo Sende", set())


# --- a post in a Party committee that names no territory is a post at the university (guide D3, D4) ------------
def test_bare_party_committee_post_goes_to_the_university():
    roles = _roles("Lorem University of Foreign Studies signed a memorandum of understanding with Ipsum Valley "
                   "University.\n\nAttending from Lorem University of Foreign Studies were Prof. Dara Quon Vell, "
                   "Secretary of the Party Committee of the School of Asian Studies, and Prof. Tam Rilo Sende, Head "
                   "of the International Office.")
    assert {inst for _role, inst in roles["Dara Quon Vell"]} == {"Lorem University of Foreign Studies"}


def test_a_provincial_party_committee_stays_the_posts_body():
    roles = _roles("Lorem Province and Ipsum Valley University signed a cooperation agreement.\n\n"
                   "Mr. Dara Quon Vell, Secretary of the provincial Party Committee, attended the ceremony.")
    assert roles["Dara Quon Vell"] == {("Secretary of the provincial Party Committee", "provincial Party Committee")}
