"""Roles on real pages, session 20: posts given to the wrong body or to none. Invented sentences only."""

from kg.extract import extract


def _draft(text):
    draft = extract(text, gazetteer=None)
    roles = {p["name"]: {(r["role"], r["institution"]) for r in p.get("roles") or []} for p in draft["people"]}
    return roles, {i["name"] for i in draft["institutions"]}


_OPENING = ("Lorem State University (LSU) has signed a memorandum of understanding with Ipsum Valley University "
            "on research and staff exchange.\n\n")


# --- a post at a unit the draft read as a body of its own goes to the parent (guide D4, D6) ---------------------
def test_post_at_a_unit_after_the_parents_acronym_goes_to_the_parent():
    roles, institutions = _draft(_OPENING + "The ceremony was attended by Prof. Dr. Anna Berg Foen (LSU Vice-Chancellor) "
                                            "and Prof. Dr. Karl Ahmed Lund (LSU Director of Tamsin Institute for Polar "
                                            "and Marine Research).")
    assert {r[1] for r in roles["Karl Ahmed Lund"]} == {"Lorem State University"}
    assert "Tamsin Institute for Polar and Marine Research" not in institutions


def test_post_at_a_unit_shaped_body_goes_to_the_context():
    roles, institutions = _draft(_OPENING + "The Lorem State University delegation comprised its President, Prof. "
                                            "Dr. Anna Berg Foen, and the Dean of the Graduate School, Prof. Dr. Karl "
                                            "Ahmed Lund.")
    assert {r[1] for r in roles["Karl Ahmed Lund"]} == {"Lorem State University"}
    assert "Graduate School" not in institutions


def test_a_unit_shaped_party_keeps_its_posts():
    text = ("The Institute of Polar Studies has signed a memorandum of understanding with Ipsum Valley University.\n\n"
            "Dr. Karl Ahmed Lund, Director of the Institute of Polar Studies, signed for the institute.")
    roles, institutions = _draft(text)
    assert roles["Karl Ahmed Lund"] == {("Director", "Institute of Polar Studies")}


# --- a minister whose title spells a ministry the text names: that ministry (guide D3) -------------------------
def test_national_minister_with_a_comma_portfolio_goes_to_the_named_ministry():
    text = ("The Ministry of Fisheries, Forests and Rural Affairs has signed a memorandum of understanding with "
            "Loremia on forest research.\n\nThe document was signed by Kenyan Minister of Fisheries, Forests and "
            "Rural Affairs Karl Ahmed Lund and his Loremian counterpart.")
    roles, _ = _draft(text)
    assert {r[1] for r in roles["Karl Ahmed Lund"]} == {"Ministry of Fisheries, Forests and Rural Affairs"}

