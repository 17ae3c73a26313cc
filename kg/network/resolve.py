"""Find an institution by any of its names: acronym, alias or label, in any case, with or without
diacritics (matched against coop:searchKey, which the build fills with kg.textnorm.fold of every name)."""

from kg.errors import CoopKGError
from kg.namespaces import INST
from kg.network.sparql import as_select, run
from kg.sparql.query import expand_iri
from kg.textnorm import fold

SEARCH_QUERY = """
SELECT DISTINCT ?institution ?key ?label WHERE {
  ?institution a coop:Institution ; coop:searchKey ?key .
  FILTER(CONTAINS(?key, ?name))
  OPTIONAL { ?institution skos:prefLabel ?label . FILTER(LANGMATCHES(LANG(?label), "en")) }
}"""


KEY_QUERY = """SELECT ?institution WHERE { ?institution a coop:Institution }"""


def _by_key(source, name: str) -> set:
    """The record key (haui for inst:haui) as a last resort."""
    import pyoxigraph as ox
    if not name.replace("-", "").isalnum():
        return set()
    rows = run(as_select(source), KEY_QUERY, {"institution": ox.NamedNode(str(INST[name.lower()]))})
    return {row["institution"] for row in rows}


def find_institution(source, name: str) -> str:
    """The IRI of the one institution called `name` (exact name first, then a unique partial match)."""
    import pyoxigraph as ox
    if name.startswith(("http://", "https://", "inst:", "<")):
        return expand_iri(name)
    wanted = fold(name)
    rows = run(as_select(source), SEARCH_QUERY, {"name": ox.Literal(wanted)})
    exact = {r["institution"] for r in rows if r["key"] == wanted}
    partial = {r["institution"] for r in rows}
    chosen = exact or partial or _by_key(source, name)
    if len(chosen) == 1:
        return chosen.pop()
    if not chosen:
        raise CoopKGError(f"no institution is called '{name}'",
                          fix="try another name or acronym; 'coopkg query names --param name=…' lists names")
    labels = sorted({r.get("label") or r["institution"] for r in rows if r["institution"] in chosen})
    raise CoopKGError(f"'{name}' matches {len(chosen)} institutions: {'; '.join(labels)}",
                      fix="give a longer name")
