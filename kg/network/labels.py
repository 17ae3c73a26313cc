"""Which name an entity is shown by: one rule for the views (kg.viz) and the networks (kg.network).

The build writes the curated choice as skos:prefLabel (one per language). Articles' wordings
(rdfs:label, often without diacritics) and aliases (skos:altLabel, coop:acronym) are names to
search by, never the label, unless an entity has no better name of that kind at all.
"""

from kg.namespaces import COOP
from kg.textnorm import strip_diacritics

SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
# Names that may label an entity, best first (a source document only has dcterms:title).
PRIMARY = (SKOS_PREF, "http://xmlns.com/foaf/0.1/name", "https://schema.org/name",
           "http://www.w3.org/2000/01/rdf-schema#label", "http://purl.org/dc/terms/title")
ALIASES = ("http://www.w3.org/2004/02/skos/core#altLabel", str(COOP.acronym))

# Every name of every subject, with its property and language tag ("" when untagged).
NAMES_QUERY = """
SELECT ?s ?p ?l (LANG(?l) AS ?lang) WHERE {
  VALUES ?p { skos:prefLabel foaf:name schema:name rdfs:label dcterms:title skos:altLabel coop:acronym }
  ?s ?p ?l . FILTER(isLiteral(?l)) }"""


def preferred_labels(rows) -> dict:
    """{subject: {lang: label}} from NAMES_QUERY rows (dicts with s, p, l and maybe lang).

    Only the best-ranked PRIMARY property a subject has counts, in every language: with a
    skos:prefLabel in English only, a Vietnamese page shows the English prefLabel rather than an
    article's Vietnamese wording. Several values in one language are ordered with diacritics first
    (the curated Vietnamese spelling), then alphabetically, so the choice never depends on the
    order the store returns rows in.
    """
    rows = [row for row in rows if row["p"] in PRIMARY]
    best_property: dict = {}
    for row in rows:
        rank = PRIMARY.index(row["p"])
        best_property[row["s"]] = min(best_property.get(row["s"], rank), rank)
    best: dict = {}
    for row in rows:
        prop = row["p"]
        if PRIMARY.index(prop) != best_property[row["s"]]:
            continue
        rank = (PRIMARY.index(prop), strip_diacritics(row["l"]) == row["l"], row["l"])
        key = (row["s"], row.get("lang") or "")
        if key not in best or rank < best[key]:
            best[key] = rank
    labels: dict = {}
    for (subject, lang), rank in sorted(best.items()):
        labels.setdefault(subject, {})[lang] = rank[2]
    return labels


def pick_label(labels: dict, lang: str = "en", fallback: str = "") -> str:
    """The label in lang, else English, else untagged, else the first language alphabetically."""
    for key in (lang, "en", ""):
        if labels.get(key):
            return labels[key]
    return labels[min(labels)] if labels else fallback
