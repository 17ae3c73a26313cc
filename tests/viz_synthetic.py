"""A large partnership graph for the view tests, straight from the generator's world (kg.generate).

`coopkg generate` + `coopkg build` of 300 institutions takes minutes (a hundred thousand quote
annotations); the views only need institutions, their names and agreements, so this writes those
triples into an in-memory Oxigraph store in well under a second, shaped as the build shapes them:
skos:prefLabel in English and Vietnamese, the articles' diacritic-free wording as rdfs:label,
acronyms, agreements with parties, signing dates and areas.
"""

import random

import pyoxigraph as ox

from kg.generate.network import draw_agreements
from kg.generate.world import build_world
from kg.namespaces import AGREEMENT, AREA, COOP, INST, SIGNING
from kg.textnorm import strip_diacritics

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
START_DATE = ox.NamedNode("https://schema.org/startDate")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def synthetic_partners_store(institutions: int = 300, seed: int = 3) -> tuple[ox.Store, int]:
    """(store, number of institutions party to an agreement). Agreements are drawn until exactly
    `institutions` institutions have signed one (the generator adds newcomers as it goes)."""
    rng = random.Random(seed)
    world = build_world(rng, institutions + institutions // 2)
    areas = ["academic-information", "accreditation", "capacity-building", "community-service", "research"]
    drawn = draw_agreements(rng, world, institutions * 3, areas)
    store, signed = ox.Store(), set()
    quads = []

    def add(s, p, o):
        quads.append(ox.Quad(s, p, o))

    for area in areas:
        add(_n(AREA[area]), RDF_TYPE, _n(COOP.CooperationArea))
        add(_n(AREA[area]), ox.NamedNode(SKOS + "prefLabel"), ox.Literal(area.replace("-", " ").capitalize(), language="en"))
    for agreement in drawn:
        parties = [p for p in agreement.parties if p.key in signed or len(signed) < institutions]
        if len(parties) < 2:
            continue
        signed.update(p.key for p in parties)
        iri, signing = _n(AGREEMENT[agreement.key]), _n(SIGNING[agreement.key])
        add(iri, RDF_TYPE, _n(COOP.Agreement))
        for party in parties:
            add(iri, _n(COOP.party), _n(INST[party.key]))
        add(iri, _n(COOP.signedIn), signing)
        add(signing, START_DATE, ox.Literal(agreement.date.isoformat(), datatype=XSD_DATE))
        for area in agreement.areas:
            add(iri, _n(COOP.coversArea), _n(AREA[area]))
    for inst in world.institutions:
        if inst.key not in signed:
            continue
        iri = _n(INST[inst.key])
        add(iri, RDF_TYPE, _n(COOP.Institution))
        add(iri, ox.NamedNode(SKOS + "prefLabel"), ox.Literal(inst.name_en, language="en"))
        add(iri, _n(COOP.acronym), ox.Literal(inst.acronym))
        if inst.name_vi:
            add(iri, ox.NamedNode(SKOS + "prefLabel"), ox.Literal(inst.name_vi, language="vi"))
            # How an article without diacritics wrote it: a search alias, never the label.
            add(iri, RDFS_LABEL, ox.Literal(strip_diacritics(inst.name_vi), language="vi"))
    store.extend(quads)
    return store, len(signed)
