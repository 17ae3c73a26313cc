"""Turn reconciled records into RDF quads.

Each source's statements go into that source's named graph, each with a Web Annotation
holding its verbatim quote. What the build itself infers (preferred labels, superclass
types, search keys, disagreements) goes into the 'derived' graph, so nothing we inferred
is mistaken for something an article said.
"""

import datetime as dt
from collections import Counter, defaultdict

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

from kg.curation.model import Agreement, Event, Institution, Membership, Name, Person, Place
from kg.graph import iris
from kg.names import slug
from kg.namespaces import COOP, LANG, OA, ROR, SCHEMA, WIKIDATA
from kg.graph.resolve import Resolved
from kg.textnorm import fold, strip_diacritics
from kg.vocab import ontology_graph, vocabulary_graph

# Terms used once per quote, looked up once here: rdflib's Namespace attribute access builds and
# checks a new URIRef on every use, which was ~20 % of emit time in the 1 M-triple profile.
_TYPE, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object
_ANNOTATION, _MOTIVATED_BY, _DESCRIBING, _HAS_BODY = OA.Annotation, OA.motivatedBy, OA.describing, OA.hasBody
_HAS_TARGET, _SPECIFIC_RESOURCE, _HAS_SOURCE, _HAS_SELECTOR = OA.hasTarget, OA.SpecificResource, OA.hasSource, OA.hasSelector
_QUOTE_SELECTOR, _EXACT, _PREFIX, _SUFFIX = OA.TextQuoteSelector, OA.exact, OA.prefix, OA.suffix
_SUPPORTS, _DERIVED_FROM = COOP.supports, PROV.wasDerivedFrom

STATUS = {"proposed": COOP.Proposed, "signed": COOP.Signed, "in-force": COOP.InForce, "expired": COOP.Expired}


class QuadSink:
    """Collects quads once each, in insertion order."""

    def __init__(self):
        self.quads: dict = {}

    def add(self, s, p, o, g):
        self.quads[(s, p, o, g)] = None

    def __len__(self):
        return len(self.quads)

    def __iter__(self):
        return iter(self.quads)


class SourceEmitter:
    """Writes one source's statements, each with its quote as an annotation."""

    def __init__(self, sink: QuadSink, source):
        self.sink, self.source = sink, source
        self.graph = iris.source_graph(source.key)
        self.source_iri = iris.source(source.key)

    def state(self, s, p, o, quote: str | None = None, supports=None):
        self.sink.add(s, p, o, self.graph)
        if quote:
            self.annotate(s, p, o, quote, supports or s)

    def annotate(self, s, p, o, quote: str, supports):
        g, add = self.graph, self.sink.add
        statement = iris.statement(s, p, o)
        add(statement, _TYPE, _STATEMENT, g)
        add(statement, _SUBJECT, s, g)
        add(statement, _PREDICATE, p, g)
        add(statement, _OBJECT, o, g)
        annotation = iris.annotation(self.source.key, statement, quote)
        target, selector = URIRef(f"{annotation}/target"), URIRef(f"{annotation}/selector")
        add(annotation, _TYPE, _ANNOTATION, g)
        add(annotation, _MOTIVATED_BY, _DESCRIBING, g)
        add(annotation, _HAS_BODY, statement, g)
        add(annotation, _SUPPORTS, supports, g)
        add(annotation, _HAS_TARGET, target, g)
        add(target, _TYPE, _SPECIFIC_RESOURCE, g)
        add(target, _HAS_SOURCE, self.source_iri, g)
        add(target, _HAS_SELECTOR, selector, g)
        add(selector, _TYPE, _QUOTE_SELECTOR, g)
        add(selector, _EXACT, Literal(quote), g)
        prefix, suffix = self.source.context_of(quote)
        if prefix:
            add(selector, _PREFIX, Literal(prefix), g)
        if suffix:
            add(selector, _SUFFIX, Literal(suffix), g)

    def derived_from(self, entity):
        self.sink.add(entity, _DERIVED_FROM, self.source_iri, self.graph)


def name_literal(name: Name) -> Literal:
    return Literal(name.label, lang=name.lang)


def emit(resolved: Resolved, sources: dict) -> QuadSink:
    sink = QuadSink()
    for record in resolved.records:
        _emit_record(sink, record)
    _emit_sources(sink, sources, resolved)
    _emit_vocabularies(sink)
    _emit_curation(sink, resolved)
    _emit_derived(sink, resolved)
    return sink


def _emit_record(sink: QuadSink, record):
    out = SourceEmitter(sink, record.source)
    items = record.items
    for e in items["institutions"]:
        _emit_institution(out, e)
    for e in items["places"]:
        _emit_place(out, e)
    for e in items["people"]:
        _emit_person(out, e)
    for e in items["agreements"]:
        _emit_agreement(out, e)
    for e in items["events"]:
        _emit_event(out, e)


def _emit_institution(out: SourceEmitter, e: Institution):
    inst = iris.institution(e.key)
    out.derived_from(inst)
    if e.type:
        out.state(inst, RDF.type, COOP[e.type], e.quote)
    for name in e.names:
        out.state(inst, RDFS.label, name_literal(name), name.evidence)
        if name.acronym:
            out.state(inst, COOP.acronym, name_literal(name), name.evidence)
    if e.parent:
        out.state(inst, ORG.subOrganizationOf, iris.institution(e.parent.institution), e.parent.quote)
    for p in e.predecessors:
        out.state(inst, COOP.predecessor, iris.institution(p.institution), p.quote)
    if e.founded:
        out.state(inst, COOP.foundingYear, Literal(str(e.founded.year), datatype=XSD.gYear), e.founded.quote)
    if e.located_in:
        out.state(inst, COOP.locatedIn, iris.place(e.located_in.place), e.located_in.quote)


def _emit_place(out: SourceEmitter, e: Place):
    place = iris.place(e.key)
    out.state(place, RDF.type, COOP.Place)
    out.derived_from(place)
    for name in e.names:
        out.state(place, RDFS.label, name_literal(name), name.evidence)
    if e.within:
        out.state(place, SCHEMA.containedInPlace, iris.place(e.within.place), e.within.quote)
    if e.country:
        out.state(place, COOP.country, Literal(e.country))


def _emit_person(out: SourceEmitter, e: Person):
    person = iris.person(e.key)
    out.derived_from(person)
    for name in e.names:
        out.state(person, FOAF.name, name_literal(name), name.evidence)
    out.state(person, RDF.type, COOP.Person, e.names[0].evidence if e.names else None)
    for t in e.titles:
        out.state(person, COOP.hasTitle, iris.title(t.title), t.quote)
    for r in e.roles:
        membership = iris.membership(e.key, r.institution, r.role)
        out.derived_from(membership)
        for p, o in ((RDF.type, COOP.Membership), (ORG.member, person),
                     (ORG.organization, iris.institution(r.institution)), (ORG.role, iris.role(r.role)),
                     (COOP.roleAsWritten, Literal(r.as_written))):
            out.state(membership, p, o, r.quote)
        if r.attested_on:
            out.state(membership, COOP.attestedOn, Literal(r.attested_on), r.quote)
        if r.since or r.until:
            _emit_interval(out, membership, r)


def _emit_event(out: SourceEmitter, e: Event):
    ev = iris.event(e.key)
    out.derived_from(ev)
    out.state(ev, RDF.type, COOP[e.type], e.title.quote)
    out.state(ev, SCHEMA.name, Literal(e.title.text, lang=e.title.lang), e.title.quote)
    if e.reported_on:
        out.state(ev, COOP.reportedOn, Literal(e.reported_on.date), e.reported_on.quote)
    for i in e.involves:
        out.state(ev, COOP.involves, iris.institution(i.institution), i.quote)
    if e.funder:
        out.state(ev, COOP.funder, iris.institution(e.funder.institution), e.funder.quote)


def _emit_interval(out: SourceEmitter, membership, role: Membership):
    interval = URIRef(f"{membership}/during")
    out.state(membership, ORG.memberDuring, interval, role.quote)
    out.state(interval, RDF.type, TIME.Interval)
    for field_name, prop, year in (("since", TIME.hasBeginning, role.since), ("until", TIME.hasEnd, role.until)):
        if year:
            instant = URIRef(f"{interval}/{field_name}")
            out.state(interval, prop, instant)
            out.state(instant, RDF.type, TIME.Instant)
            out.state(instant, TIME.inXSDgYear, Literal(str(year), datatype=XSD.gYear))


def _emit_agreement(out: SourceEmitter, e: Agreement):
    key = e.key
    agreement, signing = iris.agreement(key), iris.signing(key)
    out.derived_from(agreement)
    out.derived_from(signing)
    if e.type:
        out.state(agreement, RDF.type, COOP[e.type], e.quote)
    for other in e.also_called:
        out.state(agreement, COOP.alternativeType, COOP[other.type], other.quote)
    out.state(agreement, COOP.signedIn, signing, e.quote)
    out.state(signing, RDF.type, COOP.SigningEvent, e.quote, supports=agreement)
    for p in e.parties:
        out.state(agreement, COOP.party, iris.institution(p.institution), p.quote)
    date = e.date
    if date:
        if date.value:
            out.state(signing, SCHEMA.startDate, Literal(date.value), date.quote, supports=agreement)
        if date.as_written:
            out.state(signing, COOP.dateAsWritten, Literal(date.as_written), date.quote, supports=agreement)
    if e.place:
        out.state(signing, SCHEMA.location, iris.place(e.place.place), e.place.quote, supports=agreement)
    for r in e.representatives:
        person, inst = iris.person(r.person), iris.institution(r.institution)
        association = iris.association(key, r.person)
        part = COOP.Signatory if r.signed else COOP.Representative
        out.state(signing, PROV.wasAssociatedWith, person, r.quote, supports=agreement)
        out.state(signing, PROV.qualifiedAssociation, association, r.quote, supports=agreement)
        out.state(association, RDF.type, PROV.Association)
        out.state(association, PROV.agent, person, r.quote, supports=agreement)
        out.state(association, PROV.hadRole, part, r.quote, supports=agreement)
        out.state(association, PROV.actedOnBehalfOf, inst, r.quote, supports=agreement)
    for principle in e.principles:
        # "At the meeting, in the spirit of openness ..." describes the signing, not the agreement.
        subject = signing if principle.of == "signing" else agreement
        out.state(subject, COOP.principle, Literal(principle.text, lang="en"), principle.quote, supports=agreement)
    for a in e.areas:
        out.state(agreement, COOP.coversArea, iris.area(a.area), a.quote)
    if e.status:
        out.state(agreement, COOP.status, STATUS[e.status.value], e.status.quote)


def _emit_sources(sink: QuadSink, sources: dict, resolved: Resolved):
    g = iris.SOURCES_GRAPH
    for key, source in sorted(sources.items()):
        meta, s = source.meta, iris.source(key)
        sink.add(s, RDF.type, COOP.SourceDocument, g)
        sink.add(s, RDF.type, SCHEMA.NewsArticle, g)
        sink.add(s, DCTERMS.title, Literal(meta["title"]), g)
        publisher = meta["publisher"]
        if publisher.get("institution"):
            sink.add(s, DCTERMS.publisher, iris.institution(publisher["institution"]), g)
        else:
            # an IRI segment, not a record key: never cut, so publisher IRIs stay what they were
            agent = iris.agent(slug(publisher["name"], max_length=None, fallback="unknown"))
            sink.add(s, DCTERMS.publisher, agent, g)
            sink.add(agent, RDF.type, FOAF.Agent, g)
            sink.add(agent, FOAF.name, Literal(publisher["name"]), g)
        if publisher.get("site"):
            sink.add(s, SCHEMA.publisher, Literal(publisher["site"]), g)
        if meta.get("issued"):
            sink.add(s, DCTERMS.issued, Literal(meta["issued"]), g)
        sink.add(s, DCTERMS.language, LANG[meta["language"]], g)
        if meta.get("url"):
            sink.add(s, SCHEMA.url, URIRef(meta["url"]), g)
        if meta.get("note"):
            sink.add(s, RDFS.comment, Literal(meta["note"], lang="en"), g)
        sink.add(s, COOP.textSha256, Literal(source.sha256), g)
        sink.add(s, COOP.localPath, Literal(f"sources/{meta['file']}"), g)


def _emit_vocabularies(sink: QuadSink):
    for graph, name in ((vocabulary_graph(), iris.VOCABULARY_GRAPH), (ontology_graph(), iris.ONTOLOGY_GRAPH)):
        for s, p, o in graph:
            sink.add(s, p, o, name)


def _emit_curation(sink: QuadSink, resolved: Resolved):
    """Identifiers that curators wrote into records: not stated by any article."""
    g = iris.CURATION_GRAPH
    for key in resolved.keys("institutions"):
        for m in resolved.of("institutions", key):
            ids = m.item.identifiers
            if ids and ids.ror:
                sink.add(iris.institution(key), SKOS.exactMatch, ROR[ids.ror.rsplit("/", 1)[-1]], g)
            if ids and ids.wikidata:
                sink.add(iris.institution(key), SKOS.exactMatch, WIKIDATA[ids.wikidata.rsplit("/", 1)[-1]], g)


def _emit_derived(sink: QuadSink, resolved: Resolved):
    g = iris.DERIVED_GRAPH
    _derive_labels(sink, resolved, g)
    _derive_agreement_facts(sink, resolved, g)
    _derive_disagreements(sink, resolved, g)
    _materialise_superclasses(sink, g)


def _choose_preferred(names: list[Name]) -> dict:
    """Per language, the label a curator marked preferred, else the one most sources use,
    else (for people) the form with diacritics, else the alphabetically first."""
    counts = Counter((n.label, n.lang) for n in names)
    preferred = {(n.label, n.lang) for n in names if n.preferred}
    by_lang = defaultdict(set)
    for n in names:
        if not n.acronym:
            by_lang[n.lang].add((n.label, n.lang))
    chosen = {}
    for lang, options in by_lang.items():
        chosen[lang] = min(options, key=lambda o: (o not in preferred, -counts[o],
                                                   strip_diacritics(o[0]) == o[0], o[0]))
    return chosen


def _derive_labels(sink, resolved, g):
    for section, make in (("institutions", iris.institution), ("places", iris.place), ("people", iris.person)):
        for key in resolved.keys(section):
            names = _names_of(resolved, key, section)
            subject = make(key)
            chosen = _choose_preferred(names)
            for lang, (label, _) in chosen.items():
                sink.add(subject, SKOS.prefLabel, Literal(label, lang=lang), g)
            pref = {Literal(label, lang=lang) for lang, (label, _) in chosen.items()}
            for n in names:
                literal = name_literal(n)
                if literal not in pref:
                    sink.add(subject, SKOS.altLabel, literal, g)
                sink.add(subject, COOP.searchKey, Literal(fold(n.label)), g)
            if section == "places" and names:
                sink.add(subject, RDFS.label, name_literal(names[0]), g)


def _derive_agreement_facts(sink, resolved, g):
    for key in resolved.keys("agreements"):
        agreements = [m.item for m in resolved.of("agreements", key)]
        agreement, signing = iris.agreement(key), iris.signing(key)
        dates = sorted({str(a.date.value) for a in agreements if a.date and a.date.value})
        if not dates:
            sink.add(signing, COOP.dateUnknown, Literal(True), g)
        parties = sorted({p.institution for a in agreements for p in a.parties})
        names = [_english_label(resolved, p) for p in parties]
        label = "Agreement between " + " and ".join(names) + (f" ({dates[0]})" if dates else "")
        sink.add(agreement, SKOS.prefLabel, Literal(label, lang="en"), g)
        sink.add(signing, SKOS.prefLabel, Literal("Signing of the " + label[0].lower() + label[1:], lang="en"), g)
    for key in resolved.keys("people"):
        for m in resolved.of("people", key):
            for r in m.item.roles:
                membership = iris.membership(key, r.institution, r.role)
                label = f"{_english_label(resolved, key, 'people')}, {r.role} of {_english_label(resolved, r.institution)}"
                sink.add(membership, SKOS.prefLabel, Literal(label, lang="en"), g)


def _names_of(resolved, key, section) -> list[Name]:
    """Every name any source gives the entity, in record order."""
    return [n for m in resolved.of(section, key) for n in m.item.names]


def _english_label(resolved, key, section="institutions") -> str:
    chosen = _choose_preferred(_names_of(resolved, key, section))
    return (chosen.get("en") or chosen.get(None) or next(iter(chosen.values()), (key, None)))[0]


def _derive_disagreements(sink, resolved, g):
    for d in resolved.disagreements:
        subject, prop, statements = _disagreement_terms(d)
        node = iris.disagreement(subject, prop)
        sink.add(node, RDF.type, COOP.Disagreement, g)
        sink.add(node, COOP.aboutResource, subject, g)
        sink.add(node, COOP.aboutProperty, prop, g)
        sink.add(node, RDFS.comment, Literal(d.describe(), lang="en"), g)
        for statement in statements:
            sink.add(node, COOP.conflictingStatement, statement, g)


def _disagreement_terms(d):
    """The subject, property and statement IRIs a disagreement is about (as emitted above)."""
    if d.kind == "membership":
        person, inst, role = d.key.split("/")
        s = iris.membership(person, inst, role)
        return s, COOP.roleAsWritten, [iris.statement(s, COOP.roleAsWritten, Literal(c.value)) for c in d.claims]
    if d.field == "names":  # each name as its source states it: rdfs:label of an institution, foaf:name of a person
        s, prop = (iris.institution(d.key), RDFS.label) if d.kind == "institution" else (iris.person(d.key), FOAF.name)
        return s, prop, [iris.statement(s, prop, Literal(c.value, lang=c.lang)) for c in d.claims]
    if d.kind == "institution":
        s = iris.institution(d.key)
        if d.field == "type":
            return s, RDF.type, [iris.statement(s, RDF.type, COOP[c.value]) for c in d.claims]
        if d.field == "founded":
            return s, COOP.foundingYear, [iris.statement(s, COOP.foundingYear, Literal(str(c.value), datatype=XSD.gYear))
                                          for c in d.claims]
        return s, ORG.subOrganizationOf, [iris.statement(s, ORG.subOrganizationOf, iris.institution(c.value))
                                          for c in d.claims]
    a, signing = iris.agreement(d.key), iris.signing(d.key)
    if d.field == "type":
        return a, RDF.type, [iris.statement(a, RDF.type, COOP[c.value]) for c in d.claims]
    if d.field == "place":
        return signing, SCHEMA.location, [iris.statement(signing, SCHEMA.location, iris.place(c.value))
                                          for c in d.claims]
    statements = []
    for c in d.claims:
        if isinstance(c.value, dt.date):
            statements.append(iris.statement(signing, SCHEMA.startDate, Literal(c.value)))
        else:
            statements.append(iris.statement(signing, COOP.dateAsWritten, Literal(c.value)))
    return signing, SCHEMA.startDate, statements


def _superclass_closure():
    """For each class and property of the ontology, all its superclasses / superproperties."""
    onto = ontology_graph()

    def closure(relation):
        direct = defaultdict(set)
        for s, o in onto.subject_objects(relation):
            direct[s].add(o)
        result = {}
        for start in direct:
            seen, todo = set(), list(direct[start])
            while todo:
                node = todo.pop()
                if node not in seen:
                    seen.add(node)
                    todo.extend(direct.get(node, ()))
            result[start] = seen
        return result
    classes, props = closure(RDFS.subClassOf), closure(RDFS.subPropertyOf)
    inverses = {s: o for s, o in onto.subject_objects(OWL.inverseOf)}
    return classes, props, inverses


def _materialise_superclasses(sink: QuadSink, g):
    """Add the superclass types and superproperty links the ontology implies, so that users of
    ORG, FOAF, PROV, SKOS and schema.org find our data without reasoning."""
    classes, props, inverses = _superclass_closure()
    skip = {iris.ONTOLOGY_GRAPH, iris.VOCABULARY_GRAPH, g}
    add = sink.add
    for s, p, o, graph in list(sink):
        if graph in skip:
            continue
        if p == _TYPE:
            for parent in classes.get(o, ()):
                add(s, _TYPE, parent, g)
        else:
            for parent in props.get(p, ()):
                add(s, parent, o, g)
            if p in inverses:
                add(o, inverses[p], s, g)

