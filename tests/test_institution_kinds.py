"""Every list of institution kinds names the ontology's classes (coop:Institution and below)."""

import pytest
from rdflib import URIRef

from kg.generate.pools import INSTITUTION_KINDS
from kg.namespaces import COOP
from kg.registry.names import TYPE_KINDS
from kg.vocab import (INSTITUTION_TYPE_PREFERENCE, INSTITUTION_TYPE_RULES, ROR_TYPE_CLASSES, guess_institution_type,
                      load_vocabulary, subclass_iris)

ONTOLOGY_TYPES = set(load_vocabulary().institution_types)


def test_preference_ranks_every_concrete_class_and_puts_classes_before_their_superclasses():
    assert set(INSTITUTION_TYPE_PREFERENCE) == ONTOLOGY_TYPES - {"Institution"}
    assert len(INSTITUTION_TYPE_PREFERENCE) == len(set(INSTITUTION_TYPE_PREFERENCE))
    for rank, name in enumerate(INSTITUTION_TYPE_PREFERENCE):
        below = {str(c).split("#")[1] for c in subclass_iris(URIRef(COOP[name]))} - {name}
        assert all(INSTITUTION_TYPE_PREFERENCE.index(b) < rank for b in below), name
    assert INSTITUTION_TYPE_PREFERENCE[-1] == "OtherOrganization"


def test_rules_generator_and_ror_mapping_use_ontology_classes():
    assert {kind for _, kind in INSTITUTION_TYPE_RULES} <= ONTOLOGY_TYPES
    assert set(INSTITUTION_KINDS) <= ONTOLOGY_TYPES
    assert {str(c).split("#")[1] for c in ROR_TYPE_CLASSES.values()} <= ONTOLOGY_TYPES
    assert set(TYPE_KINDS) <= set(ROR_TYPE_CLASSES)   # the registry's kind checks cover ROR's types


@pytest.mark.parametrize("name, kind", [
    ("Hanoi Vocational College", "VocationalSchool"), ("Ministry of Education and Training", "Ministry"),
    ("Trường Đại học Công nghiệp Hà Nội", "University"), ("Luxshare-ICT Group", "Company"),
    ("Friends of the Earth", "OtherOrganization"),
])
def test_guess_institution_type(name, kind):
    assert guess_institution_type(name) == kind
