"""Institution names real pages write that were cut short (issue 12, round 2). Every sentence here
is invented; the expectation is the name a reader would annotate."""

import pytest

from kg.extract import extract


def _names(text):
    return [i["name"] for i in extract(text, gazetteer=None)["institutions"]]


@pytest.mark.parametrize("text, name", [
    # a consulate keeps its country and the city it stands in
    ("On May 3, 2024, Alpha University signed an MoU with the Consulate General of Japan in Ho Chi Minh City.",
     "Consulate General of Japan in Ho Chi Minh City"),
    # a university's subjects listed with commas
    ("An MoU between Alpha University and Federal Beta University for Arts, Science and Technology was "
     "signed on May 3, 2024.", "Federal Beta University for Arts, Science and Technology"),
    # a state university's campus named by its town
    ("Officials with the University of Freedonia at Riverton and Gamma University signed an MoU on May 3, 2024.",
     "University of Freedonia at Riverton"),
    # two school levels sharing one head
    ("Alpha University signed an MoU with Kameo Gakuen Junior & Senior High School on May 3, 2024.",
     "Kameo Gakuen Junior & Senior High School"),
])
def test_whole_name_of_a_party(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, names", [
    # commas between other names, not subjects
    ("The University of Economics, Riverton and Alpha College signed an MoU on May 3, 2024.",
     ["University of Economics"]),
    # 'at' a venue, not a campus
    ("The MoU was signed by Alpha College and the University of Freedonia at Beta Hall on May 3, 2024.",
     ["University of Freedonia"]),
])
def test_name_does_not_run_on(text, names):
    found = _names(text)
    assert all(n in found for n in names)
