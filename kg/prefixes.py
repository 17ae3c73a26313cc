"""Our IRI base and the SPARQL/Turtle prefixes, as plain strings.

Kept apart from kg.namespaces (rdflib Namespace objects) so that querying, which needs only these
strings, does not import rdflib: that import alone costs about a tenth of a second per command.
"""

BASE = "https://w3id.org/coopkg/"

# Prefixes written into every serialisation and pre-filled in queries.
PREFIXES = {
    "coop": BASE + "ontology#",
    "inst": BASE + "id/institution/",
    "person": BASE + "id/person/",
    "agreement": BASE + "id/agreement/",
    "area": BASE + "id/area/",
    "role": BASE + "id/role/",
    "title": BASE + "id/title/",
    "source": BASE + "id/source/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "oa": "http://www.w3.org/ns/oa#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "time": "http://www.w3.org/2006/time#",
}


def sparql_prefix_block() -> str:
    """PREFIX lines for every prefix above, for queries and the query page."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
