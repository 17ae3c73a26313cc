"""Place, date and area shapes of English cooperation announcements written from knowledge of how
such press releases are phrased world-wide (issue 12, round 3), not from any page. Every sentence
here is invented."""

import pytest

from kg.extract import extract


def _agreement(text):
    return extract(text, gazetteer=None)["agreement"]


@pytest.mark.parametrize("text, place", [
    # the city named after its description
    ("Alpha University and Beta University signed an MoU in the capital, Riverton, on 5 March 2024.",
     "Riverton"),
    ("Alpha University and Beta University signed an MoU in the capital city, Hanoi, on 5 March 2024.",
     "Hanoi"),
    ("Alpha University and Beta University signed an MoU in Vietnam's capital Hanoi on 5 March 2024.",
     "Hanoi"),
    # a venue after the signers of a passive sentence (not where the last signer is based)
    ("The MoU was signed by Alpha University and Beta University at the Sheraton Hotel, Hanoi.",
     "Sheraton Hotel, Hanoi"),
    # a sentence opening with the place
    ("In Riverton, Alpha University and Beta University signed an MoU on 5 March 2024.", "Riverton"),
    ("At the Grand Hotel in Riverton, Alpha University and Beta University signed an MoU.",
     "Grand Hotel in Riverton"),
])
def test_place_shapes(text, place):
    assert _agreement(text)["place"] == place


@pytest.mark.parametrize("text", [
    # countries the cooperation is about, not where it was signed
    "Alpha University and Beta University signed an MoU on 5 March 2024 for cooperation in Japan and Vietnam.",
    # a sentence that only mentions the agreement: where its beneficiaries are
    "Alpha University and Beta University signed an MoU on 5 March 2024. Students in Hanoi will benefit "
    "from the agreement.",
    # a caption naming the occasion
    "Alpha University and Beta University signed an MoU on 5 March 2024.\nAt Signing Ceremony Parties "
    "from both universities pose for a photo.",
])
def test_no_place(text):
    assert _agreement(text)["place"] is None


def _area_keys(text):
    return {a["iri"].rsplit("/", 1)[-1] for a in _agreement(text)["areas"]}


@pytest.mark.parametrize("text, keys", [
    # subject fields and sectors the cooperation is in
    ("Alpha University and Beta University signed an MoU on 5 March 2024 to collaborate in the fields of "
     "agriculture, public health and tourism.", {"agriculture", "health", "economics"}),
    ("Under the MoU, signed on 5 March 2024, the two sides will cooperate on climate change and renewable "
     "energy.", {"environment"}),
    # new technologies are innovation
    ("Alpha University and Beta Corp signed an MoU on 5 March 2024 covering data science, robotics and the "
     "Internet of Things.", {"innovation"}),
])
def test_area_fields_and_sectors(text, keys):
    assert _area_keys(text) == keys


@pytest.mark.parametrize("text", [
    # a minister's portfolio list and plural faculties name posts and units, not what the MoU covers
    "On 5 March 2024, the Minister of Economy, Trade and Agriculture signed an MoU with Alpha University.",
    "Alpha University and Beta University signed an MoU on 5 March 2024. The Faculties of Engineering, "
    "Nursing and Tourism will carry out the agreement.",
])
def test_no_area_from_post_or_unit_lists(text):
    assert not _area_keys(text) & {"agriculture", "health", "economics"}
