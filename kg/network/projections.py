"""The graph's networks, read by SPARQL into networkx graphs.

partners  institution -- institution, one edge per pair of parties to the same agreement
          (weight = number of shared agreements; agreements, years, areas listed on the edge)
areas     institution -- area (bipartite), weight = agreements of the institution covering the area
people    person -- institution, from org:Membership (roles on the edge)
relations institution -- institution from the registry-style links: org:subOrganizationOf (kind
          "parent"), coop:relatedTo ("related"), coop:predecessor / coop:successor ("predecessor");
          undirected, one edge per pair (kind = the strongest, kinds = all, parent/predecessor name
          the direction). Works on graphs without agreements, e.g. `coopkg registry graph ror`.
full      every entity under the id/ namespace and the links between them (typed, directed, multi)

Nodes carry label (English prefLabel), type (most specific class, as a CURIE) and aliases (list).
Node ids are full IRIs, so exports and RDF stay joinable.
"""

import re
from dataclasses import dataclass, field

import networkx as nx

from kg.namespaces import COOP, ID, ORG, PREFIXES
from kg.network.labels import ALIASES, NAMES_QUERY, SKOS_PREF, pick_label, preferred_labels
from kg.network.sparql import Select, as_select, run

# Names kept as search aliases of a node (article wordings under rdfs:label are left to the store).
NAME_PROPERTIES = (SKOS_PREF, "http://xmlns.com/foaf/0.1/name", *ALIASES)

AGREEMENTS_QUERY = """
SELECT ?agreement ?party ?date ?asWritten WHERE {
  ?agreement a coop:Agreement ; coop:party ?party .
  OPTIONAL { ?agreement coop:signedIn ?signing .
             OPTIONAL { ?signing schema:startDate ?date }
             OPTIONAL { ?signing coop:dateAsWritten ?asWritten } }
}"""

AGREEMENT_AREAS_QUERY = """
SELECT ?agreement ?area WHERE { ?agreement a coop:Agreement ; coop:coversArea ?area . }"""

# The agreements covering ?area or any narrower area (skos:broader is transitive here).
AGREEMENTS_IN_AREA_QUERY = """
SELECT DISTINCT ?agreement WHERE { ?covered skos:broader* ?area . ?agreement a coop:Agreement ; coop:coversArea ?covered . }"""

# Most specific class: no other class of the entity is a subclass of it (needs the ontology;
# without it every class is kept and the first in sorted order is reported).
TYPES_QUERY = """
SELECT ?entity ?type WHERE {
  ?entity a ?type . FILTER(STRSTARTS(STR(?entity), "%(id)s"))
  FILTER NOT EXISTS { ?entity a ?narrower . ?narrower rdfs:subClassOf+ ?type . FILTER(?narrower != ?type) }
}""" % {"id": ID}

MEMBERSHIPS_QUERY = """
SELECT ?person ?institution ?role ?roleLabel ?asWritten WHERE {
  ?membership a org:Membership ; org:member ?person ; org:organization ?institution .
  OPTIONAL { ?membership org:role ?role .
             OPTIONAL { ?role skos:prefLabel ?roleLabel . FILTER(LANGMATCHES(LANG(?roleLabel), "en")) } }
  OPTIONAL { ?membership coop:roleAsWritten ?asWritten }
}"""

INSTITUTIONS_QUERY = """SELECT ?institution WHERE { ?institution a coop:Institution }"""

PARENTS_QUERY = """SELECT ?institution ?parent WHERE { ?institution a coop:Institution ; org:subOrganizationOf ?parent }"""

# Links between institutions that registries such as ROR state; coop:successor is the inverse of
# coop:predecessor and is turned round in Python (a graph may state either side or both).
RELATIONS_QUERY = """
SELECT ?a ?p ?b WHERE {
  VALUES ?p { org:subOrganizationOf coop:relatedTo coop:predecessor coop:successor }
  ?a ?p ?b . ?a a coop:Institution . ?b a coop:Institution . FILTER(?a != ?b)
}"""

INSTITUTION_COUNT_QUERY = """SELECT (COUNT(DISTINCT ?institution) AS ?n) WHERE { ?institution a coop:Institution }"""

FULL_QUERY = """
SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o) && ?p != rdf:type
  && STRSTARTS(STR(?s), "%(id)s") && STRSTARTS(STR(?o), "%(id)s")) }""" % {"id": ID}

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


@dataclass
class Filters:
    """Which agreements count. Years are inclusive; an agreement without a known year is left
    out as soon as a year bound is given, unless include_undated (the report counts those left out)."""

    since: int | None = None
    until: int | None = None
    area: str | None = None  # anything kg.sparql.query accepts for an 'area' parameter
    include_undated: bool = False

    def describe(self) -> dict:
        described = {k: v for k, v in (("since", self.since), ("until", self.until), ("area", self.area)) if v is not None}
        if self.include_undated and self.has_year_bound():
            described["include_undated"] = True
        return described

    def has_year_bound(self) -> bool:
        return self.since is not None or self.until is not None


@dataclass
class Agreement:
    iri: str
    parties: set = field(default_factory=set)
    year: int | None = None
    areas: set = field(default_factory=set)


def curie(iri: str) -> str:
    """Shortest prefix:local for an IRI, or the IRI itself."""
    best = None
    for prefix, base in PREFIXES.items():
        if iri.startswith(base) and (best is None or len(base) > len(PREFIXES[best])):
            best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


def year_of(date: str | None, as_written: list[str]) -> int | None:
    """The year from schema:startDate, else from a coop:dateAsWritten that names one."""
    if date and re.match(r"^\d{4}", date):
        return int(date[:4])
    years = {int(m.group(1)) for text in as_written for m in [_YEAR.search(text)] if m}
    return years.pop() if len(years) == 1 else None


def agreements(source, filters: Filters | None = None, undated_left_out: list | None = None) -> list[Agreement]:
    """Every agreement with its parties, year and areas, after the filters. Agreements dropped by a
    year bound only for having no known year are appended to undated_left_out when given."""
    select = as_select(source)
    filters = filters or Filters()
    found: dict[str, Agreement] = {}
    written: dict[str, list] = {}
    dates: dict[str, str] = {}
    for row in run(select, AGREEMENTS_QUERY):
        agreement = found.setdefault(row["agreement"], Agreement(row["agreement"]))
        agreement.parties.add(row["party"])
        if row.get("date"):
            dates[agreement.iri] = min(dates.get(agreement.iri, row["date"]), row["date"])
        if row.get("asWritten"):
            written.setdefault(agreement.iri, []).append(row["asWritten"])
    for agreement in found.values():
        agreement.year = year_of(dates.get(agreement.iri), written.get(agreement.iri, []))
    for row in run(select, AGREEMENT_AREAS_QUERY):
        if row["agreement"] in found:
            found[row["agreement"]].areas.add(row["area"])
    chosen = sorted(found.values(), key=lambda a: a.iri)
    if filters.area:
        in_area = _agreements_in_area(select, filters.area)
        chosen = [a for a in chosen if a.iri in in_area]
    if filters.has_year_bound():
        undated = [a for a in chosen if a.year is None]
        if undated_left_out is not None and not filters.include_undated:
            undated_left_out.extend(undated)
        low = filters.since if filters.since is not None else -10**9
        high = filters.until if filters.until is not None else 10**9
        chosen = [a for a in chosen if (a.year is None and filters.include_undated)
                  or (a.year is not None and low <= a.year <= high)]
    return chosen


def _agreements_in_area(select: Select, area: str) -> set:
    from kg.sparql.query import Param, bind_value  # the saved queries' own area lookup: key, CURIE, IRI or label
    term = bind_value(Param("area", "area", None, ""), area)
    return {row["agreement"] for row in run(select, AGREEMENTS_IN_AREA_QUERY, {"area": term})}


def node_info(source) -> dict[str, dict]:
    """IRI -> {label, type, aliases} for every named or typed entity. The label is the one the
    views show too (kg.network.labels: English skos:prefLabel first, never an alias)."""
    select = as_select(source)
    rows = run(select, NAMES_QUERY)
    names: dict[str, set] = {}
    for row in rows:
        if row["p"] in NAME_PROPERTIES:
            names.setdefault(row["s"], set()).add(row["l"])
    labels = preferred_labels(rows)
    types: dict[str, list] = {}
    for row in run(select, TYPES_QUERY):
        types.setdefault(row["entity"], []).append(curie(row["type"]))
    info: dict[str, dict] = {}
    for iri in set(names) | set(types):
        label = pick_label(labels.get(iri, {}), "en", curie(iri))
        info[iri] = {"label": label, "type": _preferred_type(types.get(iri, [])),
                     "aliases": sorted(names.get(iri, set()) - {label})}
    return info


_GENERIC_TYPES = ("coop:Institution",)  # kept by TYPES_QUERY when the ontology is not in the graph


def _preferred_type(types: list[str]) -> str:
    """Our own classes before borrowed ones (coop:University over schema:Event), specific before
    generic (a graph without the ontology, such as ROR's, keeps every materialised superclass), then sorted."""
    return sorted(types, key=lambda t: (not t.startswith("coop:"), t in _GENERIC_TYPES, t))[0] if types else ""


def _add_node(graph: nx.Graph, iri: str, info: dict, **extra) -> None:
    entry = info.get(iri, {})
    graph.add_node(iri, label=entry.get("label", curie(iri)), type=entry.get("type", ""),
                   aliases=entry.get("aliases", []), **extra)


def partnership_network(source, filters: Filters | None = None, info: dict | None = None) -> nx.Graph:
    """Institutions that are parties to at least one (filtered) agreement; an edge per pair of
    parties to the same agreement. Edge: weight, agreements, years, areas (all sorted lists)."""
    select = as_select(source)
    chosen = agreements(select, filters)
    info = info if info is not None else node_info(select)
    graph = nx.Graph(projection="partners", filters=(filters or Filters()).describe())
    for agreement in chosen:
        parties = sorted(agreement.parties)
        for party in parties:
            if party not in graph:
                _add_node(graph, party, info)
        for i, first in enumerate(parties):
            for second in parties[i + 1:]:
                edge = graph.get_edge_data(first, second)
                if edge is None:
                    graph.add_edge(first, second, agreements=[], years=[], areas=[])
                    edge = graph[first][second]
                edge["agreements"] = sorted(set(edge["agreements"]) | {agreement.iri})
                edge["years"] = sorted(set(edge["years"]) | ({agreement.year} - {None}))
                edge["areas"] = sorted(set(edge["areas"]) | agreement.areas)
                edge["weight"] = len(edge["agreements"])
    graph.graph["agreements"] = len(chosen)
    return graph


def institution_area_network(source, filters: Filters | None = None, info: dict | None = None) -> nx.Graph:
    """Bipartite: institution (bipartite=0) -- area (bipartite=1); weight = agreements; agreements listed."""
    select = as_select(source)
    info = info if info is not None else node_info(select)
    graph = nx.Graph(projection="areas", filters=(filters or Filters()).describe())
    for agreement in agreements(select, filters):
        for party in sorted(agreement.parties):
            for area in sorted(agreement.areas):
                for node, side in ((party, 0), (area, 1)):
                    if node not in graph:
                        _add_node(graph, node, info, bipartite=side)
                if not graph.has_edge(party, area):
                    graph.add_edge(party, area, agreements=[])
                edge = graph[party][area]
                edge["agreements"] = sorted(set(edge["agreements"]) | {agreement.iri})
                edge["weight"] = len(edge["agreements"])
    return graph


def person_institution_network(source, info: dict | None = None) -> nx.Graph:
    """Bipartite: person (bipartite=0) -- institution (bipartite=1), roles and roles as written on the edge."""
    select = as_select(source)
    info = info if info is not None else node_info(select)
    graph = nx.Graph(projection="people")
    for row in sorted(run(select, MEMBERSHIPS_QUERY), key=lambda r: sorted(r.items())):
        for node, side in ((row["person"], 0), (row["institution"], 1)):
            if node not in graph:
                _add_node(graph, node, info, bipartite=side)
        if not graph.has_edge(row["person"], row["institution"]):
            graph.add_edge(row["person"], row["institution"], roles=[], roles_as_written=[])
        edge = graph[row["person"]][row["institution"]]
        role = row.get("roleLabel") or (curie(row["role"]) if row.get("role") else None)
        if role:
            edge["roles"] = sorted(set(edge["roles"]) | {role})
        if row.get("asWritten"):
            edge["roles_as_written"] = sorted(set(edge["roles_as_written"]) | {row["asWritten"]})
        edge["weight"] = max(1, len(edge["roles"]))
    return graph


# Strongest first: an edge whose pair is linked in several ways is reported by the first kind.
RELATION_KINDS = ("parent", "predecessor", "related")
_RELATION_OF = {str(ORG.subOrganizationOf): "parent", str(COOP.relatedTo): "related",
                str(COOP.predecessor): "predecessor", str(COOP.successor): "successor"}


def relation_links(source) -> list[tuple[str, str, str]]:
    """(a, kind, b) once per fact: a is part of b (parent), a's predecessor is b (predecessor, also
    from b coop:successor a), a and b are related (related; symmetric, so a < b). Sorted."""
    links = set()
    for row in run(as_select(source), RELATIONS_QUERY):
        a, kind, b = row["a"], _RELATION_OF[row["p"]], row["b"]
        if kind == "successor":
            a, kind, b = b, "predecessor", a
        elif kind == "related":
            a, b = min(a, b), max(a, b)
        links.add((a, kind, b))
    return sorted(links)


def relation_network(source, info: dict | None = None) -> nx.Graph:
    """Institutions with at least one registry link; one undirected edge per linked pair.
    Edge: kind (strongest of RELATION_KINDS), kinds (all), weight (= number of kinds), and the
    direction where it matters: parent (the IRI of the parent body), predecessor (the earlier one).
    Graph: links per kind, and how many institutions have no link (left out)."""
    select = as_select(source)
    info = info if info is not None else node_info(select)
    graph = nx.Graph(projection="relations")
    for a, kind, b in relation_links(select):
        for node in (a, b):
            if node not in graph:
                _add_node(graph, node, info)
        if not graph.has_edge(a, b):
            graph.add_edge(a, b, kinds=[])
        edge = graph[a][b]
        edge["kinds"] = sorted(set(edge["kinds"]) | {kind}, key=RELATION_KINDS.index)
        edge["kind"], edge["weight"] = edge["kinds"][0], len(edge["kinds"])
        if kind in ("parent", "predecessor"):
            edge[kind] = b
    graph.graph["links"] = {kind: sum(1 for *_, d in graph.edges(data=True) if kind in d["kinds"])
                            for kind in RELATION_KINDS}
    total = int(run(select, INSTITUTION_COUNT_QUERY)[0].get("n", 0))
    graph.graph["institutions_without_links"] = max(0, total - graph.number_of_nodes())
    return graph


def full_graph(source, info: dict | None = None) -> nx.MultiDiGraph:
    """Every IRI-to-IRI statement between our entities; the predicate (CURIE) is the edge key."""
    select = as_select(source)
    info = info if info is not None else node_info(select)
    graph = nx.MultiDiGraph(projection="full")
    for row in sorted(run(select, FULL_QUERY), key=lambda r: (r["s"], r["p"], r["o"])):
        for node in (row["s"], row["o"]):
            if node not in graph:
                _add_node(graph, node, info)
        predicate = curie(row["p"])
        graph.add_edge(row["s"], row["o"], key=predicate, predicate=predicate)
    return graph


def institution_parents(source) -> dict[str, set]:
    """Institution -> its direct parent bodies (org:subOrganizationOf)."""
    parents: dict[str, set] = {}
    for row in run(as_select(source), PARENTS_QUERY):
        parents.setdefault(row["institution"], set()).add(row["parent"])
    return parents


def all_institutions(source) -> list[str]:
    return sorted({row["institution"] for row in run(as_select(source), INSTITUTIONS_QUERY)})


def build(source, projection: str, filters: Filters | None = None):
    """The named projection (see kg.network.PROJECTIONS)."""
    builders = {"partners": lambda s: partnership_network(s, filters),
                "areas": lambda s: institution_area_network(s, filters),
                "people": person_institution_network, "relations": relation_network, "full": full_graph}
    return builders[projection](as_select(source))

