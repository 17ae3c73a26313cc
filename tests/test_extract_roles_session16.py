"""Roles on real pages, session 16: people found with no role because the body their post names was written in a
way not linked to the drafted body. Invented sentences only."""

from kg.extract import extract


def _roles(text):
    """{person: {(role, institution)}} of the draft."""
    return {p["name"]: {(r["role"], r["institution"]) for r in p.get("roles") or []} for p in extract(text)["people"]}


# --- an acronym written as a capitalised word in brackets after the name ---------------------------------
def test_word_acronym_in_brackets_names_the_body():
    # ('Lorunis' spells Lorem University of Ipsum Sarawak; 'Ipdoris' Ipsum Dolor Research Institute of Science,
    # its last word left out)
    text = ("RIVERTON: Lorem University of Ipsum Sarawak (Lorunis) and the Ipsum Dolor Research Institute of Safety "
            "Science (Ipdoris) have signed a memorandum of understanding on joint research.\n\n"
            "The ceremony was hosted by Ipdoris director-general Dr Amat Bakar Salleh. He signed the MoU along with "
            "Lorunis vice-chancellor Prof Dr Rina Tan Mei.")
    roles = _roles(text)
    assert roles["Rina Tan Mei"] == {("vice-chancellor", "Lorem University of Ipsum Sarawak")}
    assert roles["Amat Bakar Salleh"] == {("director-general", "Ipsum Dolor Research Institute of Safety Science")}


def test_bracketed_word_that_spells_nothing_is_no_acronym():
    # ('(Riverton)' is where the body is, not its acronym: no alias)
    draft = extract("Lorem University of Ipsum (Riverton) signed an agreement with Dolor College on student exchange.")
    lorem = next(i for i in draft["institutions"] if i["name"].startswith("Lorem University"))
    assert "Riverton" not in lorem.get("aliases", [])


# --- '(Post, ACRONYM)' after a name: the acronym the body's name spells owns the post ----------------------
def test_post_and_acronym_in_brackets():
    # ('LSHEC' spells the Lorem State Higher Education Council, never bracketed after its name)
    text = ("Riverton: Ipsum University and the Lorem State Higher Education Council signed a memorandum of "
            "understanding on joint research on Monday.\n\n"
            "Also present were Dr Ana Reyes (Registrar, Ipsum University), Prof Amal Varma (Vice Chairman, LSHEC) "
            "and Dr Tomas Quill (Research Officer, LSHEC).")
    roles = _roles(text)
    assert roles["Amal Varma"] == {("Vice Chairman", "Lorem State Higher Education Council")}
    assert roles["Tomas Quill"] == {("Research Officer", "Lorem State Higher Education Council")}


# --- 'A B, vice chancellor LU signed': a lowercase post, then the employer's acronym with no comma ----------
def test_lowercase_post_then_acronym():
    text = ("Riverton: Lorem Agriculture University (LAU) and the University of Ipsum (UoI) signed a memorandum of "
            "understanding.\n\nProf. Dr. Amir Sadiq, vice chancellor LAU and Prof. Dr. Omar Tariq, vice chancellor UoI "
            "signed the MoU on behalf of their universities.")
    roles = _roles(text)
    assert roles["Omar Tariq"] == {("vice chancellor", "University of Ipsum")}
    assert roles["Amir Sadiq"] == {("vice chancellor", "Lorem Agriculture University")}


# --- a hyphenated word inside a lowercase post before its 'of' ---------------------------------------------
def test_lowercase_post_with_a_hyphenated_word():
    text = ("Lorem University has signed a memorandum of understanding with Ipsum Medical Centre.\n\n"
            "Prof. Amos Okafor, founder and co-chair of Lorem University, hailed the agreement.")
    roles = _roles(text)
    assert {inst for _role, inst in roles["Amos Okafor"]} == {"Lorem University"}
