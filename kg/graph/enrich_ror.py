"""Build step: give institutions their ROR identifiers and the facts ROR knows that no article states.

Everything added here goes into its own named graph (graph/ror) and derives from the ROR source
node, never from an article: a researcher can always tell a registry fact from a reported one.
Only accepted matches are used (kg.registry's accept rule: high score, no close rival, no noisy
alias); doubtful ones are listed for review, never guessed.
"""

import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, SKOS, XSD

from kg.graph import iris
from kg.namespaces import COOP, GRAPH, PLACE, SCHEMA, SOURCE, STATEMENT
from kg.graph.resolve import Resolved
from kg.textnorm import fold

ROR_GRAPH = GRAPH["ror"]
ROR_SOURCE = SOURCE["ror"]
ROR_PUBLISHER = iris.agent("research-organization-registry")
CC0 = URIRef("https://creativecommons.org/publicdomain/zero/1.0/")


@dataclass
class EnrichmentReport:
    used_index: str | None = None
    matched: list = field(default_factory=list)   # "haui -> https://ror.org/05hhz4s12 (exact name)"
    review: list = field(default_factory=list)    # doubtful candidates for a person to look at
    skipped: str | None = None                    # why enrichment did not run

    def lines(self) -> list[str]:
        if self.skipped:
            return [f"ROR enrichment skipped: {self.skipped}"]
        out = [f"ROR enrichment ({self.used_index}): {len(self.matched)} institution(s) matched"]
        out += [f"  - {m}" for m in self.matched]
        out += [f"  ? review: {r}" for r in self.review]
        return out


def _names(resolved: Resolved, key: str) -> list[str]:
    return [n.label for m in resolved.of("institutions", key) for n in m.item.names]


def _country(resolved: Resolved, key: str) -> str | None:
    """The country of the place an institution is located in, following 'within' links."""
    place = next((m.item.located_in.place for m in resolved.of("institutions", key) if m.item.located_in), None)
    seen = set()
    while place and place not in seen:
        seen.add(place)
        mentions = resolved.of("places", place)
        country = next((m.item.country for m in mentions if m.item.country), None)
        if country:
            return country
        place = next((m.item.within.place for m in mentions if m.item.within), None)
    return None


def _related_country(resolved: Resolved, key: str, results: dict) -> str | None:
    """The one country of the accepted ROR matches of key's parent and of the institutions whose
    parent is key; None when there are none or they disagree."""
    def parent_of(k):
        return {m.item.parent.institution for m in resolved.of("institutions", k) if m.item.parent}
    related = parent_of(key) | {k for k in results if key in parent_of(k)}
    countries = {results[k].facts.country for k in related if k in results and results[k].accepted}
    return countries.pop() if len(countries) == 1 else None


def _stated(resolved: Resolved, key: str, field_name: str) -> bool:
    return any(getattr(m.item, field_name) for m in resolved.of("institutions", key))


def add_ror_enrichment(sink, resolved: Resolved, index=None) -> EnrichmentReport:
    """Add ROR facts for every institution with an accepted match. Without an index: skip, say so."""
    report = EnrichmentReport()
    try:
        from kg.registry.enrich import enrich
        from kg.registry.lookup import get_index
        from kg.registry.store import resolve_db_path
        path = resolve_db_path(index)
        if not path.exists():
            report.skipped = f"no ROR index at {path} (create it with 'coopkg registry import ror FILE')"
            return report
        idx = get_index(index)
    except Exception as exc:  # an unreadable index must not break the build of the articles' graph
        report.skipped = f"the ROR index could not be opened ({exc})"
        return report
    report.used_index = str(path)
    keys = list(resolved.keys("institutions"))
    results = {key: enrich(_names(resolved, key), _country(resolved, key), index=idx) for key in keys}
    for key in keys:
        # a generic name ('Ministry of Industry and Trade') is only settled by a country: the one of
        # the institutions it is parent of (or part of), when those matched and agree on one
        country = None if results[key].accepted or _country(resolved, key) else _related_country(resolved, key, results)
        if country:
            results[key] = enrich(_names(resolved, key), country, index=idx)
    matched = {}
    for key in keys:
        result = results[key]
        if result.accepted:
            matched[key] = result
            report.matched.append(f"{key} -> {result.facts.ror_iri} ({result.match.reason})")
        elif result.review:
            best = result.review[0]
            flags = f"; {'; '.join(best.flags)}" if best.flags else ""
            report.review.append(f"{key}: {best.ror_id} {best.name} ({best.score:.2f}, {best.reason}{flags})")
    if matched:
        _add_source(sink)
    by_ror = {result.facts.ror_iri: key for key, result in matched.items()}
    for key, result in sorted(matched.items()):
        _add_facts(sink, resolved, key, result, by_ror)
    return report


def _add_source(sink):
    add, g = sink.add, ROR_GRAPH
    add(ROR_SOURCE, RDF.type, COOP.SourceDocument, g)
    add(ROR_SOURCE, RDF.type, PROV.Entity, g)
    add(ROR_SOURCE, RDF.type, FOAF.Document, g)
    add(ROR_SOURCE, DCTERMS.title, Literal("Research Organization Registry", lang="en"), g)
    add(ROR_SOURCE, DCTERMS.publisher, ROR_PUBLISHER, g)
    add(ROR_SOURCE, DCTERMS.license, CC0, g)
    add(ROR_SOURCE, SCHEMA.url, URIRef("https://ror.org/"), g)
    add(ROR_PUBLISHER, RDF.type, FOAF.Agent, g)
    add(ROR_PUBLISHER, FOAF.name, Literal("Research Organization Registry"), g)


def _state(sink, s, p, o, confidence: float):
    """One ROR fact, with a reified statement that derives from ROR (there is no quote to cite)."""
    g = ROR_GRAPH
    sink.add(s, p, o, g)
    statement = iris.statement(s, p, o)
    sink.add(statement, RDF.type, RDF.Statement, g)
    sink.add(statement, RDF.subject, s, g)
    sink.add(statement, RDF.predicate, p, g)
    sink.add(statement, RDF.object, o, g)
    sink.add(statement, PROV.wasDerivedFrom, ROR_SOURCE, g)
    sink.add(statement, COOP.confidence, Literal(f"{confidence:.2f}", datatype=XSD.decimal), g)


def _add_facts(sink, resolved, key, result, by_ror):
    inst, facts, confidence = iris.institution(key), result.facts, result.match.score
    sink.add(inst, PROV.wasDerivedFrom, ROR_SOURCE, ROR_GRAPH)
    _state(sink, inst, SKOS.exactMatch, URIRef(facts.ror_iri), confidence)
    if facts.wikidata_iri:
        _state(sink, inst, SKOS.exactMatch, URIRef(facts.wikidata_iri), confidence)
    if facts.country:
        _state(sink, inst, COOP.country, Literal(facts.country), confidence)
    if facts.founding_year and not _stated(resolved, key, "founded"):
        _state(sink, inst, COOP.foundingYear, Literal(str(facts.founding_year), datatype=XSD.gYear), confidence)
    if facts.city and not _stated(resolved, key, "located_in"):
        city = PLACE[f"ror-city-{re.sub(r'[^a-z0-9]+', '-', fold(facts.city)).strip('-')}-{(facts.country or 'xx').lower()}"]
        sink.add(city, RDF.type, COOP.Place, ROR_GRAPH)
        sink.add(city, RDF.type, SCHEMA.Place, ROR_GRAPH)
        sink.add(city, SKOS.prefLabel, Literal(facts.city), ROR_GRAPH)
        if facts.country:
            sink.add(city, COOP.country, Literal(facts.country), ROR_GRAPH)
        _state(sink, inst, COOP.locatedIn, city, confidence)
        sink.add(inst, SCHEMA.location, city, ROR_GRAPH)  # the superproperty, as the build materialises
    for parent in facts.parent_ror_iris:
        if parent in by_ror and not _stated(resolved, key, "parent"):
            _state(sink, inst, ORG.subOrganizationOf, iris.institution(by_ror[parent]), confidence)


__all__ = ["add_ror_enrichment", "EnrichmentReport", "ROR_GRAPH", "ROR_SOURCE", "STATEMENT"]
