"""Place shapes of real news pages met in round 2 (issue 12): a place read where the page states
none, or a span cut short. Every sentence here is invented."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text)["agreement"]["place"]


@pytest.mark.parametrize("text", [
    # a weekday after 'in', not a place
    "Alpha University and Beta College agreed to collaborate in Monday (07/02). The MoU was signed by "
    "both rectors.",
    # the agreement itself after 'in'
    "Alpha University and Beta College signed an MoU. Income will be shared as agreed upon in the MoU.",
    # what the delegation did before the ceremony, elsewhere
    "Alpha University and Beta College signed an MoU on May 3, 2024.\n\nPrior to the signing ceremony, "
    "the Alpha delegation visited the Beta urban campus.",
    # 'at' inside a unit's name: where the faculty is
    "Alpha Corp and the Faculty of Law and Economics at Beta University signed an MoU on May 3, 2024.",
    # 'in' inside an office's name: where the consulate is
    "On May 3, 2024, Alpha University met the delegation of the Consulate General of Freedonia in "
    "Riverton and signed an MoU with Beta College.",
    # what the agreement is for, not where it was signed
    "Alpha University and Beta Clinics signed an agreement so that medical students complete their "
    "training at Beta Clinics in Riverton.",
    # where a speaker works
    "Alpha University (AU) and Beta College signed an MoU.\n\nDr John Smith, head of research at AU, said "
    "the MoU will help students.",
    # a field in a title-case headline
    "Alpha University Signs Agreement with Beta Corp on Human Resource Development in Semiconductors and "
    "Artificial Intelligence\n\nAlpha University and Beta Corp signed an agreement on May 3, 2024.",
    # where the other bodies are
    "Alpha University and Beta University signed an MoU. It is the fifth MoU signed between Alpha "
    "University and universities in Japan.",
])
def test_no_place_where_the_page_states_none(text):
    assert _place(text) is None


@pytest.mark.parametrize("text, place", [
    # the city named after its description, before a country named for the jobs
    ("Under a cooperation agreement signed in the central city of Riverton on May 3, 2024, Alpha "
     "University and Beta College will seek jobs for graduates in Japan.", "Riverton"),
    # a building, its campus and its town, before a weekday
    ("Alpha University and Beta College signed an MoU at the Postgraduate Building, Riverside Campus, "
     "Southtown, Thursday (5/12/2024).", "Postgraduate Building, Riverside Campus, Southtown"),
    # 'signed ... here' under a dateline: the dateline's town
    ("RIVERTON (Feb 25): Alpha University and Beta Corp signed a Memorandum of Understanding (MoU) here "
     "yesterday to renew their partnership.", "RIVERTON"),
])
def test_place_of_the_signing_in_real_shapes(text, place):
    assert _place(text) == place


def test_here_after_a_party_is_where_the_party_is():
    # 'Alpha University here' says where the party is, not the signing
    assert _place("RIVERTON, 28 Jul: An MoU has been signed between Alpha University (AU) here and Beta "
                  "Institute for joint research.") is None
