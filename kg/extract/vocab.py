"""The extractor's vocabulary, read once from the SKOS files: area concepts with their labels
(ontology/areas.ttl) and role and title wordings (ontology/roles.ttl)."""

from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph
from rdflib.namespace import SKOS

from kg.namespaces import AREA, ROLE, TITLE
from kg.paths import ONTOLOGY_DIR


# Area labels too general to name an area on their own: they count only as an item of a list of fields
# ('cooperation in economy, culture, science and education'), never in running prose ('the economy of the
# province', 'the role of international cooperation', 'with our international partners': the
# cooperation itself is the agreement's purpose, not an area it covers).
LIST_ONLY_LABELS = frozenset({
    "economy", "investment", "commerce", "culture", "science", "technology", "labour", "labor", "learning",
    "international cooperation", "international partners", "global partnerships", "international relations",
    "international networks", "external collaboration", "engineering", "planning",
})

@dataclass
class Concept:
    iri: str
    key: str
    label: str                       # English prefLabel
    labels: list = field(default_factory=list)   # every pref/alt label, all languages
    broader: list = field(default_factory=list)  # keys
    narrower: list = field(default_factory=list)  # keys


@lru_cache(maxsize=4)
def _graph(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


def _concepts(graph: Graph, namespace) -> dict[str, Concept]:
    base = str(namespace)
    found = {}
    for subject in set(graph.subjects(SKOS.prefLabel, None)):
        iri = str(subject)
        if not iri.startswith(base):
            continue
        pref = [str(l) for l in graph.objects(subject, SKOS.prefLabel) if l.language == "en"]
        labels = [str(l) for p in (SKOS.prefLabel, SKOS.altLabel) for l in graph.objects(subject, p)]
        found[iri[len(base):]] = Concept(iri=iri, key=iri[len(base):], label=pref[0] if pref else "",
                                         labels=sorted(set(labels)))
    for concept in found.values():
        subject = namespace[concept.key]
        concept.broader = sorted(str(o)[len(base):] for o in graph.objects(subject, SKOS.broader))
        concept.narrower = sorted(str(o)[len(base):] for o in graph.objects(subject, SKOS.narrower))
    for concept in found.values():     # make narrower the inverse of broader even if one side is missing
        for b in concept.broader:
            if b in found and concept.key not in found[b].narrower:
                found[b].narrower.append(concept.key)
    return dict(sorted(found.items()))


@lru_cache(maxsize=1)
def areas() -> dict[str, Concept]:
    return _concepts(_graph("areas.ttl"), AREA)


@lru_cache(maxsize=1)
def roles() -> dict[str, Concept]:
    return _concepts(_graph("roles.ttl"), ROLE)


@lru_cache(maxsize=1)
def titles() -> dict[str, Concept]:
    return _concepts(_graph("roles.ttl"), TITLE)


def descendants(key: str) -> set[str]:
    """The area key and every concept below it."""
    scheme, result, todo = areas(), set(), [key]
    while todo:
        k = todo.pop()
        if k in scheme and k not in result:
            result.add(k)
            todo.extend(scheme[k].narrower)
    return result
