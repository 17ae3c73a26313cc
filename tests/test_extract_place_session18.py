"""Place shapes of session 18, read on pages of publishers no rule writer had read (read2), written against
invented sentences (not page text): a name with a possessive before a common noun says whose something is, not
where the signing was ("a milestone in Riverton's economic growth"); the floor a room is on and the building it is
in belong to the venue ("Room 9, 2nd Floor, the Lorem Building", "Room 1 on the 5th floor of Alpha's main building"),
and so does a ', Y' part before a new clause opened by a titled person ("at the Office of the Registrar, Alpha
Commission, Prof. A B ..."), without the title ("..., Lorem Republic, Mr. A B"); a named day right after the place ties it to the
signing, past a purpose or a topic ("signed an agreement to set up ties in Riverton city on October 21")."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


HEAD = "Alpha and Beta sign MoU\n\n"


@pytest.mark.parametrize("text, place", [
    # a possessive before a common noun: whose, not where
    ("Alpha Bank and the Beta Association signed an MoU, a milestone in Riverton's economic growth.", None),
    ("Alpha Bank signed an agreement with the Beta Association on May 4. The signing is a step forward in "
     "Freedonia's integration with the Lorem Union.", None),
    # (a venue noun after the possessive is the venue)
    ("The MoU was signed at Alpha's headquarters in Riverton.", "Alpha's headquarters in Riverton"),
    # the floor a room is on, then the building it is in
    ("The MoU was signed in Meeting Room 9, 2nd Floor, the Lorem Ipsum Administration and Dolor Building, Alpha "
     "University, on Monday.",
     "Meeting Room 9, 2nd Floor, the Lorem Ipsum Administration and Dolor Building, Alpha University"),
    ("The ceremony was held in Conference Room 1 on the 5th floor of Alpha University's main building, where the two "
     "rectors signed the MoU.", "Conference Room 1 on the 5th floor of Alpha University's main building"),
    ("Prof A met Dr B at the Lorem Room, 5th floor, Office Of the University Building 2 on 26 April 2024 and signed "
     "an MoU.", "Lorem Room, 5th floor, Office Of the University Building 2"),
    ("The MoU was signed at the Lorem Hall on the second floor on Monday.", "Lorem Hall on the second floor"),
    # a bare ', Y' part before a new clause opened by a titled person
    ("The signing was held at the Office of the Registrar, Alpha Commission, Prof. A B, the registrar, welcoming the "
     "guests.", "Office of the Registrar, Alpha Commission"),
    ("The MoU was signed at the Lorem Hall, Alpha University, Dr. C D and Prof. E F signing for the two sides.",
     "Lorem Hall, Alpha University"),
    # (a title's full stop does not end the place: the place stops before ', Mr.')
    ("The agreement was signed at the headquarters of Alpha Group in Riverton, Lorem Republic, Mr. A B and Ms. C D "
     "signing for the two sides.", "the headquarters of Alpha Group in Riverton, Lorem Republic"),
    # a named day right after the place: the place of the dated signing, though a purpose or topic comes before it
    ("Delegates of Alpha province and Beta city signed an agreement to set up friendly ties in Riverton city on "
     "October 21.", "Riverton city"),
    ("Alpha Agency and the People's Committee of Beta province signed an agreement on media cooperation for the "
     "2022-25 period in Lorem city on March 31.", "Lorem city"),
    # (without the day, the purpose's place is no signing place)
    ("Alpha Agency and Beta College signed an agreement to set up training centres in Riverton city.", None),
])
def test_place_session18(text, place):
    assert _place(HEAD + text) == place
