"""Roles on real pages, session 18: posts the draft missed or cut on pages of publishers no rule writer had
read before. Invented sentences only."""

from kg.extract import extract


def _roles(text):
    """{person: {(role, institution)}} of the draft."""
    return {p["name"]: {(r["role"], r["institution"]) for r in p.get("roles") or []} for p in extract(text)["people"]}


# --- a lowercase post and the body's acronym glued to the name, with no comma -----------------------------
def test_lowercase_post_and_acronym_after_name():
    text = ("Lorem Medical College (LMC) signed a memorandum of understanding with Bayside Research Institute "
            "(BRI) for cooperation in research.\n\nProf Dr Amir Khan dean LMC and Dr Sara Noor director BRI signed "
            "the MoU on behalf of their institutions.")
    roles = _roles(text)
    assert roles["Amir Khan"] == {("dean", "Lorem Medical College")}
    assert roles["Sara Noor"] == {("director", "Bayside Research Institute")}


def test_glued_post_needs_an_acronym_of_the_article():
    # ('XYZ' names no institution of the text: no post is stated)
    text = ("Lorem Medical College (LMC) signed a memorandum of understanding with Bayside Research Institute "
            "(BRI).\n\nDr Sara Noor director XYZ spoke at the ceremony.")
    assert _roles(text).get("Sara Noor", set()) == set()


# --- 'Role Name of The University of X': the body after the name, a capital 'The', 'of' inside its name ---
def test_body_after_name_with_capital_the_and_of_inside():
    # (the other party is named just before in the sentence: only the name's own 'of' says whose post it is)
    text = ("Lorem University and The University of Ipsum sign MoU\n\n"
            "Lorem University signed a memorandum of understanding with The University of Ipsum on Monday.\n\n"
            "At Lorem University, Vice Chancellor Prof. Peter Njoro of The University of Ipsum spoke of research.")
    assert _roles(text)["Peter Njoro"] == {("Vice Chancellor", "University of Ipsum")}
