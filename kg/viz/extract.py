"""Read what the views need out of the graph with a handful of SPARQL queries.

The result (Snapshot) is plain Python, so the views themselves are simple transforms that do
not care whether the graph came from pyoxigraph or rdflib.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib.namespace import SKOS

from kg.namespaces import COOP
from kg.viz.sparql import select

KIND_ORDER = ("institution", "person", "agreement", "area", "source")


@dataclass
class Snapshot:
    kinds: dict = field(default_factory=dict)                         # iri -> kind
    labels: dict = field(default_factory=lambda: defaultdict(dict))   # iri -> {lang: label}
    aliases: dict = field(default_factory=lambda: defaultdict(list))  # iri -> [alt names]
    search_keys: dict = field(default_factory=lambda: defaultdict(list))
    classes: dict = field(default_factory=lambda: defaultdict(set))   # iri -> {class iri}
    facts: dict = field(default_factory=lambda: defaultdict(list))    # iri -> [[key, value]]
    links: dict = field(default_factory=lambda: defaultdict(list))    # iri -> [url]
    parties: dict = field(default_factory=lambda: defaultdict(list))  # agreement -> [institution]
    areas: dict = field(default_factory=lambda: defaultdict(list))    # agreement -> [area]
    years: dict = field(default_factory=lambda: defaultdict(set))     # agreement/source -> {year}
    memberships: list = field(default_factory=list)  # (membership, person, institution, role labels)
    relations: list = field(default_factory=list)    # (institution, relation key, institution)
    parents: list = field(default_factory=list)      # (institution, its parent body): org:subOrganizationOf
    derived_from: dict = field(default_factory=lambda: defaultdict(list))  # iri -> [source]
    source_info: dict = field(default_factory=dict)  # source -> {title, publisher, date, url}
    quotes: dict = field(default_factory=lambda: defaultdict(list))  # iri -> [{text, source}]

    def of_kind(self, kind: str) -> list:
        return sorted(i for i, k in self.kinds.items() if k == kind)

    def agreements_of(self, institution: str) -> list:
        if not hasattr(self, "_by_party"):  # built once, on first use
            self._by_party = defaultdict(list)
            for agreement, parties in self.parties.items():
                for party in set(parties):
                    self._by_party[party].append(agreement)
        return self._by_party.get(institution, [])


def collect(graph) -> Snapshot:
    snap = Snapshot()
    _collect_kinds(graph, snap)
    _collect_names(graph, snap)
    _collect_agreements(graph, snap)
    _collect_memberships(graph, snap)
    _collect_institution_facts(graph, snap)
    _collect_provenance(graph, snap)
    return snap


def _collect_kinds(graph, snap: Snapshot) -> None:
    onto_classes = _ontology_classes()
    kind_values = {
        "institution": onto_classes["institution"] | {"http://www.w3.org/ns/org#Organization"},
        "person": {str(COOP.Person), "http://xmlns.com/foaf/0.1/Person"},
        "agreement": onto_classes["agreement"],
        "area": {str(COOP.CooperationArea)},
        "source": {str(COOP.SourceDocument)},
    }
    found = defaultdict(set)
    for row in select(graph, "SELECT ?s ?c WHERE { ?s a ?c . FILTER(isIRI(?s)) }"):
        for kind, classes in kind_values.items():
            if row["c"] in classes:
                found[row["s"]].add(kind)
                snap.classes[row["s"]].add(row["c"])
    # Areas are sometimes only typed skos:Concept; being covered by an agreement is enough.
    for row in select(graph, "SELECT DISTINCT ?s WHERE { ?a coop:coversArea ?s }"):
        found[row["s"]].add("area")
    for iri, kinds in found.items():
        snap.kinds[iri] = next(k for k in KIND_ORDER if k in kinds)


def _collect_names(graph, snap: Snapshot) -> None:
    rows = select(graph, """
        SELECT ?s ?p ?l (LANG(?l) AS ?lang) WHERE {
          VALUES ?p { skos:prefLabel foaf:name rdfs:label dcterms:title schema:name
                      skos:altLabel coop:acronym coop:searchKey }
          ?s ?p ?l . FILTER(isLiteral(?l)) }""")
    primary = ("prefLabel", "name", "label", "title")
    for row in sorted(rows, key=lambda r: (r["s"], r["p"], r["l"])):
        iri, prop, text, lang = row["s"], row["p"], row["l"], row.get("lang", "")
        local = prop.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if local == "searchKey":
            snap.search_keys[iri].append(text)
        elif local in primary and lang not in snap.labels[iri]:
            snap.labels[iri][lang] = text
        else:
            snap.aliases[iri].append(text)
    # Every name counts as a search alias, the primary ones included.
    for iri, labels in snap.labels.items():
        snap.aliases[iri].extend(labels.values())


def _collect_agreements(graph, snap: Snapshot) -> None:
    for row in select(graph, "SELECT ?a ?i WHERE { ?a coop:party ?i }"):
        snap.parties[row["a"]].append(row["i"])
    for row in select(graph, "SELECT ?a ?c WHERE { ?a coop:coversArea ?c }"):
        snap.areas[row["a"]].append(row["c"])
    for row in select(graph, """
        SELECT ?a ?date ?place ?status WHERE {
          ?a a coop:Agreement .
          OPTIONAL { ?a coop:signedIn ?ev . OPTIONAL { ?ev schema:startDate ?date }
                     OPTIONAL { ?ev schema:location ?place } }
          OPTIONAL { ?a coop:status ?status } }"""):
        agreement = row["a"]
        if "date" in row:
            snap.facts[agreement].append(["signed", row["date"]])
            if row["date"][:4].isdigit():
                snap.years[agreement].add(int(row["date"][:4]))
        if "place" in row:
            snap.facts[agreement].append(["place", _name_of(snap, row["place"])])
        if "status" in row:
            snap.facts[agreement].append(["status", row["status"].rsplit("#", 1)[-1]])
    # Agreements typed only by a subclass still count (the kinds query already knows them).
    for agreement in snap.of_kind("agreement"):
        snap.parties.setdefault(agreement, [])


def _collect_memberships(graph, snap: Snapshot) -> None:
    rows = select(graph, """
        SELECT ?m ?p ?o ?role ?written WHERE {
          ?m org:member ?p ; org:organization ?o .
          OPTIONAL { ?m org:role ?role } OPTIONAL { ?m coop:roleAsWritten ?written } }""")
    # One membership may have several wordings (one per source): one edge, all wordings listed.
    by_membership = {}
    for row in sorted(rows, key=lambda r: (r["m"], r.get("written", ""))):
        first = by_membership.setdefault(row["m"], (row, []))
        if row.get("written") and row["written"] not in first[1]:
            first[1].append(row["written"])
    for membership, (row, wordings) in by_membership.items():
        role = dict(snap.labels.get(row.get("role"), {})) if "role" in row else {}
        if not role and wordings:
            role = {"": wordings[0]}
        snap.memberships.append((membership, row["p"], row["o"], role, " / ".join(wordings)))


def _collect_institution_facts(graph, snap: Snapshot) -> None:
    for row in select(graph, """
        SELECT ?s ?p ?v WHERE {
          VALUES ?p { coop:foundingYear coop:country }
          ?s ?p ?v }"""):
        key = "founded" if row["p"].endswith("foundingYear") else "country"
        snap.facts[row["s"]].append([key, row["v"]])
    for row in select(graph, """
        SELECT ?s ?u WHERE { VALUES ?p { schema:url foaf:homepage foaf:page } ?s ?p ?u }"""):
        snap.links[row["s"]].append(row["u"])  # the page shows only http(s) ones
    # successor is the inverse of predecessor and relatedTo is symmetric: draw each link once.
    relations = set()
    for row in select(graph, """
        SELECT ?a ?p ?b WHERE {
          VALUES ?p { coop:relatedTo coop:predecessor coop:successor } ?a ?p ?b }"""):
        a, p, b = row["a"], row["p"], row["b"]
        if p == str(COOP.successor):
            relations.add((b, "predecessor", a))
        elif p == str(COOP.relatedTo):
            relations.add((min(a, b), "relatedTo", max(a, b)))
        else:
            relations.add((a, "predecessor", b))
    snap.relations.extend(sorted(relations))
    # Kept apart from relations: only the relations view draws them (the full view shows what articles state).
    parents = select(graph, "SELECT ?a ?b WHERE { ?a org:subOrganizationOf ?b FILTER(?a != ?b) }")
    snap.parents.extend(sorted({(row["a"], row["b"]) for row in parents}))
    onto_labels = _ontology_class_labels()
    generic = {str(COOP.Institution), str(COOP.Agreement), "http://www.w3.org/ns/org#Organization"}
    for iri, classes in snap.classes.items():
        # Show the specific class (University, MoU...) rather than the generic one.
        specific = [onto_labels[c] for c in sorted(classes - generic) if c in onto_labels]
        if specific and snap.kinds.get(iri) in ("institution", "agreement"):
            snap.facts[iri].insert(0, ["type", specific[0]])


def _collect_provenance(graph, snap: Snapshot) -> None:
    for row in select(graph, """
        SELECT ?s ?title ?pub ?issued ?url WHERE {
          ?s a coop:SourceDocument .
          OPTIONAL { ?s dcterms:title ?title } OPTIONAL { ?s dcterms:issued ?issued }
          OPTIONAL { ?s dcterms:publisher ?pub }
          OPTIONAL { VALUES ?up { schema:url foaf:page } ?s ?up ?url } }"""):
        info = snap.source_info.setdefault(row["s"], {"title": "", "publisher": "", "date": "", "url": ""})
        info["title"] = info["title"] or row.get("title", "")
        if "pub" in row and not info["publisher"]:
            info["publisher"] = _name_of(snap, row["pub"])
        info["date"] = info["date"] or row.get("issued", "")
        info["url"] = info["url"] or row.get("url", "")
        if info["date"][:4].isdigit():
            snap.years[row["s"]].add(int(info["date"][:4]))
    for row in select(graph, "SELECT ?s ?src WHERE { ?s prov:wasDerivedFrom ?src }"):
        snap.derived_from[row["s"]].append(row["src"])
    # A quote supporting a membership or signing event is shown on the person or agreement.
    owners = defaultdict(set)
    for membership, person, _org, _role, _written in snap.memberships:
        owners[membership].add(person)
    for row in select(graph, "SELECT ?a ?ev WHERE { ?a coop:signedIn ?ev }"):
        owners[row["ev"]].add(row["a"])
    rows = select(graph, """
        SELECT ?x ?exact ?src WHERE {
          ?ann a oa:Annotation ; coop:supports ?x ; oa:hasTarget ?t .
          ?t oa:hasSelector ?sel . ?sel oa:exact ?exact .
          OPTIONAL { ?t oa:hasSource ?src } }""")
    for row in sorted(rows, key=lambda r: (r["x"], r["exact"])):
        title = snap.source_info.get(row.get("src"), {}).get("title", "")
        quote = {"text": row["exact"], "source": title}
        for target in {row["x"], *owners.get(row["x"], ())}:
            if quote not in snap.quotes[target]:
                snap.quotes[target].append(quote)


def _name_of(snap: Snapshot, iri: str) -> str:
    labels = snap.labels.get(iri, {})
    return labels.get("en") or labels.get("") or next(iter(labels.values()), iri.rsplit("/", 1)[-1])


def _ontology_classes() -> dict:
    """Class IRIs (as strings) below coop:Institution and coop:Agreement, from the ontology."""
    from kg.vocab import subclass_iris

    return {"institution": {str(c) for c in subclass_iris(COOP.Institution)},
            "agreement": {str(c) for c in subclass_iris(COOP.Agreement)}}


def _ontology_class_labels() -> dict:
    from kg.vocab import ontology_graph

    labels = defaultdict(dict)
    for cls, label in ontology_graph().subject_objects(SKOS.prefLabel):
        labels[str(cls)][label.language or ""] = str(label)
    return labels
