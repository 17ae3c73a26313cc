"""The controlled vocabularies records refer to by key: areas, roles, titles, and our classes.

Institution kinds are the ontology's subclasses of coop:Institution (load_vocabulary().institution_types);
what the code needs to know about them beyond the ontology is kept below, keyed by those classes,
and tests/test_institution_kinds.py checks that it names exactly the ontology's classes.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespaces import AREA, COOP, ROLE, TITLE
from kg.paths import ONTOLOGY_DIR
from kg.textnorm import fold

VOCAB_FILES = ("areas.ttl", "roles.ttl")
ONTOLOGY_FILE = "coop.ttl"


@dataclass
class Vocabulary:
    areas: dict = field(default_factory=dict)      # key -> English prefLabel
    roles: dict = field(default_factory=dict)
    titles: dict = field(default_factory=dict)
    area_broader: dict = field(default_factory=dict)  # key -> broader key
    institution_types: list = field(default_factory=list)
    event_types: list = field(default_factory=list)
    agreement_types: list = field(default_factory=list)


@lru_cache(maxsize=1)
def vocabulary_graph() -> Graph:
    graph = Graph()
    for name in VOCAB_FILES:
        graph.parse(ONTOLOGY_DIR / name, format="turtle")
    return graph


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / ONTOLOGY_FILE, format="turtle")


def _keys(graph: Graph, namespace) -> dict:
    found = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        if str(concept).startswith(str(namespace)):
            labels = [l for l in graph.objects(concept, SKOS.prefLabel) if l.language == "en"]
            found[str(concept)[len(str(namespace)):]] = str(labels[0]) if labels else ""
    return dict(sorted(found.items()))


def subclass_iris(root, graph: Graph | None = None) -> set:
    """Every class below root in the ontology (transitively), root included."""
    graph = graph if graph is not None else ontology_graph()
    result, todo = set(), [root]
    while todo:
        cls = todo.pop()
        if cls not in result:
            result.add(cls)
            todo.extend(graph.subjects(RDFS.subClassOf, cls))
    return result


def _subclasses(graph: Graph, root) -> list:
    """Local names of every class below root, root included."""
    return sorted(str(c).split("#")[1] for c in subclass_iris(root, graph))


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    graph, onto = vocabulary_graph(), ontology_graph()
    broader = {str(s)[len(str(AREA)):]: str(o)[len(str(AREA)):]
               for s, o in graph.subject_objects(SKOS.broader) if str(s).startswith(str(AREA))}
    return Vocabulary(
        areas=_keys(graph, AREA), roles=_keys(graph, ROLE), titles=_keys(graph, TITLE),
        area_broader=dict(sorted(broader.items())),
        institution_types=_subclasses(onto, COOP.Institution),
        event_types=_subclasses(onto, COOP.Event),
        agreement_types=_subclasses(onto, COOP.Agreement),
    )


# ---------------------------------------------------------------- institution kinds

# Which class to report when a store gives an institution several (it materialises every
# superclass): a class before its superclasses, then the commoner kinds first, OtherOrganization last.
INSTITUTION_TYPE_PREFERENCE = ["University", "College", "VocationalSchool", "Ministry", "GovernmentBody", "Company",
                               "ResearchInstitute", "HealthcareOrganization", "NonProfitOrganization",
                               "HigherEducationInstitution", "OtherOrganization"]

# The class a name announces, for a draft record (pattern over the folded name, class): the first
# that matches wins, so the order matters ('Vocational College' is a vocational school,
# 'Ministry of Education' a ministry).
INSTITUTION_TYPE_RULES = [
    (r"\bministry\b|\bministere\b|\bbo\b", "Ministry"),
    (r"\b(people'?s committee|government|embassy|consulate|department of|agency|authority|council of)\b",
     "GovernmentBody"),
    (r"\b(company|corporation|corp|co\.?,? ltd|ltd|jsc|inc|gmbh|group|plc|llc|enterprise|bank)\b", "Company"),
    (r"\b(vocational|technical workers school|trade school|cao dang nghe)\b", "VocationalSchool"),
    (r"\b(university|universiti|universite|universitat|dai hoc|polytechnic|academy)\b", "University"),
    (r"\b(college|cao dang)\b", "College"),
    (r"\b(institute|research|laboratory|centre|center|vien)\b", "ResearchInstitute"),
]

# The class each ROR organisation type maps to (kg.registry.ror_graph).
ROR_TYPE_CLASSES = {
    "education": COOP.HigherEducationInstitution,
    "government": COOP.GovernmentBody,
    "company": COOP.Company,
    "facility": COOP.ResearchInstitute,
    "nonprofit": COOP.NonProfitOrganization,
    "funder": COOP.NonProfitOrganization,
    "healthcare": COOP.HealthcareOrganization,
    "archive": COOP.OtherOrganization,
    "other": COOP.OtherOrganization,
}


def guess_institution_type(name: str) -> str:
    """The class a name announces ('Hanoi Vocational College' -> 'VocationalSchool'), else OtherOrganization."""
    folded = fold(name)
    for pattern, kind in INSTITUTION_TYPE_RULES:
        if re.search(pattern, folded):
            return kind
    return "OtherOrganization"
