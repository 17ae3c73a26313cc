"""Roles on real pages, session 19: posts the draft found no role for. Invented sentences only."""

from kg.extract import extract


def _roles(text):
    """{person: {(role, institution)}} of the draft."""
    return {p["name"]: {(r["role"], r["institution"]) for r in p.get("roles") or []} for p in extract(text)["people"]}


_OPENING = ("Lorem State College of Forestry (LSCF) has signed a memorandum of understanding with Ipsum "
            "Valley University (IVU) on research and staff exchange.\n\n")


# --- 'Post, Institution, Dr A B': a post and its institution set off by commas before the titled name ---------
def test_post_comma_acronym_before_a_titled_name():
    roles = _roles(_OPENING + "At the signing,Vice-Chancellor, IVU Prof Marta Lia Conte, said the pact was timely.")
    assert roles["Marta Lia Conte"] == {("Vice-Chancellor", "Ipsum Valley University")}


def test_post_comma_full_name_comma_before_a_titled_name():
    roles = _roles(_OPENING + "The talks took place in the office of the Executive Secretary, Lorem State College "
                              "of Forestry, Professor Karl Ahmed Lund, on Monday.")
    assert roles["Karl Ahmed Lund"] == {("Executive Secretary", "Lorem State College of Forestry")}


def test_post_after_another_persons_name_is_not_read_forward():
    # 'Dr A B, Director, IVU, Dr C D': the post is A B's, set after his name; C D gets nothing from it
    roles = _roles(_OPENING + "Present were Dr Anna Berg Foen, Director, IVU, Dr Karl Lund and others.")
    assert ("Director", "Ipsum Valley University") not in roles.get("Karl Lund", set())


def test_post_comma_owner_needs_a_drafted_institution():
    roles = _roles(_OPENING + "At the signing, Registrar, Dolor Board Prof Marta Conte spoke.")
    assert roles.get("Marta Conte", set()) == set()
