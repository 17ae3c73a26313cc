"""Place shapes of session 18, read on pages of publishers no rule writer had read (read2), written against
invented sentences (not page text): a name with a possessive before a common noun says whose something is, not
where the signing was ("a milestone in Riverton's economic growth")."""

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
])
def test_place_session18(text, place):
    assert _place(HEAD + text) == place
