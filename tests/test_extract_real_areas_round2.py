"""Area words real pages write inside a post and its field, not the agreement's scope (issue 12,
round 2). Every sentence here is invented."""

import pytest

from kg.extract import extract


def _area_keys(text):
    return {a["iri"].rsplit("/", 1)[-1].rsplit("#", 1)[-1] for a in extract(text, gazetteer=None)["agreement"]["areas"]}


@pytest.mark.parametrize("text, not_an_area", [
    ("Alpha University and Beta College signed an MoU on student exchange on May 3, 2024. Dr. John Smith, "
     "assistant professor of curriculum, leadership and instruction at Alpha University, signed the MoU.",
     "curriculum-development"),
    ("Alpha University and Beta College signed an MoU on student exchange on May 3, 2024, in the presence of "
     "Director Office of the Research, Innovation and Commercialization Dr. John Smith.", "technology-transfer"),
])
def test_a_posts_field_is_not_an_area(text, not_an_area):
    keys = _area_keys(text)
    assert "student-exchange" in keys and not_an_area not in keys
