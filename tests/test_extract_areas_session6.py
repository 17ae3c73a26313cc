"""Topics of hospital, province, NGO and ministry agreements that the area scheme lacked before session 6
(ontology/areas.ttl, last block), each read from invented sentences, and a party's description that must
not become an area."""

import pytest

from kg.extract import extract


def _areas(text):
    return {a["iri"].rsplit("/", 1)[-1] for a in extract(text, gazetteer=None)["agreement"]["areas"]}


@pytest.mark.parametrize("text, area", [
    ("Alpha Province and Beta Foundation signed an agreement on 2 May 2024 to cooperate on clean water and "
     "sanitation in rural schools.", "environment"),
    ("Under the memorandum signed on 2 May 2024, Alpha District Hospital and Beta Medical University will "
     "provide medical services and telemedicine to remote communes.", "health"),
    ("Alpha City and Beta Institute signed an MoU on 2 May 2024 covering cultural heritage and the "
     "preservation of traditional crafts.", "community-service"),
    ("The agreement signed on 2 May 2024 by the Ministry of Lorem and Beta University focuses on digital "
     "government and e-government services for citizens.", "governance"),
    ("Alpha University and Beta College signed an MoU on 2 May 2024; the two sides will organise webinars "
     "for their lecturers.", "conferences"),
    ("Under the MoU signed on 2 May 2024, Alpha University and Beta University will offer dual-degree "
     "programs in engineering.", "joint-degree"),
    ("Alpha Agency and Beta University signed a memorandum on 2 May 2024 on building capacity of local "
     "officials and on poverty reduction.", "capacity-building"),
])
def test_new_topics_are_read(text, area):
    assert area in _areas(text)


def test_a_party_described_as_humanitarian_gives_no_area():
    text = ("Alpha University signed an MoU on 2 May 2024 with Beta Relief, a humanitarian organisation "
            "founded in 1990, on student internships.")
    assert "community-service" not in _areas(text)
