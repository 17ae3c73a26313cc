"""Read what the views need out of the graph with a handful of SPARQL queries.

The result (Snapshot) is plain Python, so the views themselves are simple transforms that do
not care whether the graph came from pyoxigraph or rdflib.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib.namespace import SKOS

from kg.namespaces import COOP
from kg.network import projections
from kg.network.labels import NAMES_QUERY, PRIMARY, pick_label, preferred_labels
from kg.network.sparql import as_select

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
    dated: set = field(default_factory=set)          # agreements and sources (judged by their own year)
    memberships: list = field(default_factory=list)  # (membership, person, institution, role labels)
    relations: list = field(default_factory=list)    # (a, kind, b): kg.network.projections.relation_links
    derived_from: dict = field(default_factory=lambda: defaultdict(list))  # iri -> [source]
    source_info: dict = field(default_factory=dict)  # source -> {title, publisher, date, url}
    quotes: dict = field(default_factory=lambda: defaultdict(list))  # iri -> [{text, source}]
    disagreements: dict = field(default_factory=lambda: defaultdict(list))  # iri -> [sentence]
    same_as: dict = field(default_factory=lambda: defaultdict(list))  # iri -> [ROR / Wikidata IRI]
    select: object = None  # the kg.network select function the snapshot was read with

    def of_kind(self, kind: str) -> list:
        return sorted(i for i, k in self.kinds.items() if k == kind)

    def agreements_of(self, institution: str) -> list:
        if not hasattr(self, "_by_party"):  # built once, on first use
            self._by_party = defaultdict(list)
            for agreement, parties in self.parties.items():
                for party in set(parties):
                    self._by_party[party].append(agreement)
        return self._by_party.get(institution, [])

    def areas_of_source(self, source: str) -> set:
        """The areas of the agreements a source reports."""
        if not hasattr(self, "_source_areas"):  # built once, on first use
            self._source_areas = defaultdict(set)
            for agreement in self.parties:
                for src in self.derived_from.get(agreement, []):
                    self._source_areas[src].update(self.areas.get(agreement, []))
        return self._source_areas.get(source, set())


def collect(graph) -> Snapshot:
    select = as_select(graph)  # one select function, the one kg.network's projections use too
    snap = Snapshot(select=select)
    _collect_kinds(select, snap)
    _collect_names(select, snap)
    _collect_agreements(select, snap)
    _collect_memberships(select, snap)
    _collect_institution_facts(select, snap)
    _collect_provenance(select, snap)
    return snap


def _collect_kinds(select, snap: Snapshot) -> None:
    onto_classes = _ontology_classes()
    kind_values = {
        "institution": onto_classes["institution"] | {"http://www.w3.org/ns/org#Organization"},
        "person": {str(COOP.Person), "http://xmlns.com/foaf/0.1/Person"},
        "agreement": onto_classes["agreement"],
        "area": {str(COOP.CooperationArea)},
        "source": {str(COOP.SourceDocument)},
    }
    found = defaultdict(set)
    # Only the classes that make a node: the store also types ~100 quote annotations per source.
    wanted = " ".join(f"<{c}>" for classes in kind_values.values() for c in sorted(classes))
    for row in select(f"SELECT ?s ?c WHERE {{ VALUES ?c {{ {wanted} }} ?s a ?c . FILTER(isIRI(?s)) }}"):
        for kind, classes in kind_values.items():
            if row["c"] in classes:
                found[row["s"]].add(kind)
                snap.classes[row["s"]].add(row["c"])
    # Areas are sometimes only typed skos:Concept; being covered by an agreement is enough.
    for row in select("SELECT DISTINCT ?s WHERE { ?a coop:coversArea ?s }"):
        found[row["s"]].add("area")
    for iri, kinds in found.items():
        snap.kinds[iri] = next(k for k in KIND_ORDER if k in kinds)


def _collect_names(select, snap: Snapshot) -> None:
    rows = select(NAMES_QUERY)
    snap.labels.update(preferred_labels(rows))  # the rule kg.network uses: prefLabel first, never an alias
    for row in sorted(rows, key=lambda r: (r["s"], PRIMARY.index(r["p"]) if r["p"] in PRIMARY else 9, r["l"])):
        snap.aliases[row["s"]].append(row["l"])  # every name is a search alias, the label included
    for row in select("SELECT ?s ?k WHERE { ?s coop:searchKey ?k }"):
        snap.search_keys[row["s"]].append(row["k"])
    for keys in snap.search_keys.values():
        keys.sort()


def _collect_agreements(select, snap: Snapshot) -> None:
    # Parties, year and areas as the network analysis reads them (the year also from a date as written).
    for agreement in projections.agreements(select):
        snap.parties[agreement.iri] = sorted(agreement.parties)
        snap.areas[agreement.iri] = sorted(agreement.areas)
        if agreement.year is not None:
            snap.years[agreement.iri] = {agreement.year}
    for row in select("""
        SELECT ?a ?date ?place ?status WHERE {
          ?a a coop:Agreement .
          OPTIONAL { ?a coop:signedIn ?ev . OPTIONAL { ?ev schema:startDate ?date }
                     OPTIONAL { ?ev schema:location ?place } }
          OPTIONAL { ?a coop:status ?status } }"""):
        agreement = row["a"]
        if "date" in row:
            snap.facts[agreement].append(["signed", row["date"]])
        if "place" in row:
            snap.facts[agreement].append(["place", _name_of(snap, row["place"])])
        if "status" in row:
            snap.facts[agreement].append(["status", row["status"].rsplit("#", 1)[-1]])
    # Agreements typed only by a subclass still count (the kinds query already knows them).
    for agreement in snap.of_kind("agreement"):
        snap.parties.setdefault(agreement, [])
        snap.dated.add(agreement)


def _collect_memberships(select, snap: Snapshot) -> None:
    rows = select("""
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


def _collect_institution_facts(select, snap: Snapshot) -> None:
    for row in select("""
        SELECT ?s ?p ?v WHERE {
          VALUES ?p { coop:foundingYear coop:country }
          ?s ?p ?v }"""):
        key = "founded" if row["p"].endswith("foundingYear") else "country"
        snap.facts[row["s"]].append([key, row["v"]])
    for row in select("""
        SELECT ?s ?u WHERE { VALUES ?p { schema:url foaf:homepage foaf:page } ?s ?p ?u }"""):
        snap.links[row["s"]].append(row["u"])  # the page shows only http(s) ones
    # Parent body, predecessor and related links: the relations projection's own reading of them.
    snap.relations.extend(projections.relation_links(select))
    for row in sorted(select("SELECT ?s ?o WHERE { ?s skos:exactMatch ?o FILTER(isIRI(?o)) }"),
                      key=lambda r: (r["s"], r["o"])):
        snap.same_as[row["s"]].append(row["o"])  # ROR and Wikidata; shown as links
    onto_labels = _ontology_class_labels()
    generic = {str(COOP.Institution), str(COOP.Agreement), "http://www.w3.org/ns/org#Organization"}
    for iri, classes in snap.classes.items():
        # Show the specific class (University, MoU...) rather than the generic one.
        specific = [onto_labels[c] for c in sorted(classes - generic) if c in onto_labels]
        if specific and snap.kinds.get(iri) in ("institution", "agreement"):
            snap.facts[iri].insert(0, ["type", specific[0]])


def _collect_provenance(select, snap: Snapshot) -> None:
    for row in select("""
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
        snap.dated.add(row["s"])
    for row in select("SELECT ?s ?src WHERE { ?s prov:wasDerivedFrom ?src }"):
        snap.derived_from[row["s"]].append(row["src"])
    # A quote supporting a membership or signing event is shown on the person or agreement.
    owners = defaultdict(set)
    for membership, person, _org, _role, _written in snap.memberships:
        owners[membership].add(person)
    for row in select("SELECT ?a ?ev WHERE { ?a coop:signedIn ?ev }"):
        owners[row["ev"]].add(row["a"])
    _collect_disagreements(select, snap, owners)
    rows = select("""
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


def _collect_disagreements(select, snap: Snapshot, owners: dict) -> None:
    """The build's coop:Disagreement sentences, shown on the entity they are about (a membership's
    on its person, a signing's on its agreement)."""
    rows = select("""
        SELECT ?about ?text WHERE { ?d a coop:Disagreement ; coop:aboutResource ?about ; rdfs:comment ?text }""")
    for row in sorted(rows, key=lambda r: (r["about"], r["text"])):
        for target in sorted({row["about"], *owners.get(row["about"], ())}):
            if row["text"] not in snap.disagreements[target]:
                snap.disagreements[target].append(row["text"])


def _name_of(snap: Snapshot, iri: str) -> str:
    return pick_label(snap.labels.get(iri, {}), "en", iri.rsplit("/", 1)[-1])


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
