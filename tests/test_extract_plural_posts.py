"""A post written once in the plural before a list of names (kg.extract.plural_posts). Fictional text."""

import pytest

from kg.extract import extract


def _roles(text):
    return {p["name"]: [(r["role"].lower(), r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}


@pytest.mark.parametrize("text, names, post, owner", [
    # the owner's acronym before a lowercase plural post and titled names
    ("Lorem University (LU) and Ipsum University signed an MoU on 3 May 2024. In the signing ceremony, LU vice "
     "rectors Prof. Dr. Ahmet Kaya, Prof. Dr. Recep Tunc and Prof. Dr. Selim Arda were also present.",
     ["Ahmet Kaya", "Recep Tunc", "Selim Arda"], "vice rector", "Lorem University"),
    # the owner after the post, the names after a comma
    ("Lorem University and Ipsum University signed an MoU on 3 May 2024. The deans of Ipsum University, "
     "Dr. Maria Santos and Dr. Shirley Reyes, attended.", ["Maria Santos", "Shirley Reyes"], "dean",
     "Ipsum University"),
])
def test_each_listed_person_gets_the_plural_post(text, names, post, owner):
    roles = _roles(text)
    for name in names:
        assert roles[name] == [(post, owner)]


def _given_posts(text):
    """The posts plural_posts alone gives Maria Santos and Shirley Reyes in text."""
    from kg.extract.institutions import Institution, find_mentions
    from kg.extract.people import Person
    from kg.extract.plural_posts import give_listed_posts
    institutions = [Institution(forms=[n], mentions=find_mentions(text, [n]))
                    for n in ("Lorem University", "Ipsum University")]
    people = [Person(name=n, mentions=[(text.index("Dr. " + n), text.index(n) + len(n))])
              for n in ("Maria Santos", "Shirley Reyes")]
    give_listed_posts(people, institutions, text)
    return [[(r.role, r.institution.name) for r in p.roles] for p in people]


def test_a_plural_post_without_a_written_owner_gives_nothing():
    text = "Lorem University and Ipsum University signed an MoU. {} Dr. Maria Santos and Dr. Shirley Reyes attended."
    assert _given_posts(text.format("Deans")) == [[], []]
    assert _given_posts(text.format("Ipsum University deans")) == [[("dean", "Ipsum University")]] * 2


def test_a_listed_person_keeps_the_post_written_with_the_name():
    roles = _roles("Lorem University (LU) and Ipsum University signed an MoU on 3 May 2024. LU deans Dr. Maria "
                   "Santos and Dr. Shirley Reyes, Director of Ipsum University, attended.")
    assert roles["Maria Santos"] == [("dean", "Lorem University")]
    assert roles["Shirley Reyes"] == [("director", "Ipsum University")]
