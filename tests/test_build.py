"""The build of the seed data: outputs, determinism, round trips, provenance."""

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.graph.build import build
from kg.namespaces import COOP, GRAPH
from tests.conftest import DATA


def test_build_writes_every_output(seed_build):
    out, report = seed_build
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "report.json", "store"):
        assert (out / name).exists(), name
    assert report.sources == ["bcit-news-signing-haui", "haui-news-signing-bcit"]


def test_counts_match_what_the_articles_state(seed_build):
    counts = seed_build[1].counts
    # HaUI, BCIT, the ministry, two predecessor schools, the Hessen ministry
    assert counts["institutions"] == 6
    assert counts["people"] == 2
    # Thuc: rector + deputy party secretary; Quang: rector + party secretary
    assert counts["roles held"] == 4
    assert counts["agreements"] == 1
    assert counts["reported events"] == 5
    assert counts["sources"] == 2


def test_two_builds_are_byte_identical(seed_build, tmp_path):
    again = tmp_path / "again"
    build(DATA, again)
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        assert (again / name).read_bytes() == (seed_build[0] / name).read_bytes(), name


def test_turtle_and_trig_round_trip(seed_build):
    out = seed_build[0]
    turtle = Graph().parse(out / "graph.ttl", format="turtle")
    rewritten = Graph().parse(data=turtle.serialize(format="turtle"), format="turtle")
    assert isomorphic(turtle, rewritten)
    trig = Dataset()
    trig.parse(out / "graph.trig", format="trig")
    union = Graph()
    for s, p, o, _ in trig.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, turtle)
    jsonld = Graph().parse(out / "graph.jsonld", format="json-ld")
    assert isomorphic(jsonld, turtle)


def test_one_named_graph_per_source(seed_build):
    trig = Dataset()
    trig.parse(seed_build[0] / "graph.trig", format="trig")
    names = {str(g.identifier) for g in trig.graphs()}
    assert str(GRAPH["source/haui-news-signing-bcit"]) in names
    assert str(GRAPH["source/bcit-news-signing-haui"]) in names


def _ask(store, text):
    from kg.sparql.query import run_local
    return bool(run_local(store, text))


def test_one_agreement_with_both_sources(seed_store):
    rows = list(ox_select(seed_store, """SELECT ?a (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?a a coop:Agreement ; prov:wasDerivedFrom ?s } GROUP BY ?a"""))
    assert len(rows) == 1
    assert int(rows[0]["n"].value) == 2


def test_fact_from_one_source_is_traceable_to_it(seed_store):
    # Only the BCIT page names the parent ministry.
    assert _ask(seed_store, """ASK { GRAPH <https://w3id.org/coopkg/graph/source/bcit-news-signing-haui> {
        inst:haui org:subOrganizationOf inst:moit } }""")
    assert not _ask(seed_store, """ASK { GRAPH <https://w3id.org/coopkg/graph/source/haui-news-signing-bcit> {
        inst:haui org:subOrganizationOf inst:moit } }""")


def test_standard_vocabularies_are_materialised(seed_store):
    for text in ("ASK { inst:haui a org:Organization ; skos:prefLabel ?l }",
                 "ASK { person:kieu-xuan-thuc a foaf:Person ; foaf:name 'Kiều Xuân Thực'@en }",
                 "ASK { inst:haui a schema:Organization , prov:Agent . person:kieu-xuan-thuc a schema:Person , prov:Agent }",
                 "ASK { ?m a org:Membership ; org:member person:kieu-xuan-thuc ; org:role ?r . ?r a org:Role }",
                 "ASK { agreement:haui-bcit-2025 a prov:Entity ; dcterms:subject area:joint-research }",
                 "ASK { ?e a prov:Activity , schema:Event ; schema:startDate '2025-11-26'^^xsd:date ; schema:location ?p }",
                 "ASK { source:haui-news-signing-bcit a prov:Entity , foaf:Document , schema:NewsArticle ; dcterms:language ?l }",
                 "ASK { ?a a oa:Annotation ; oa:hasTarget/oa:hasSelector/oa:exact ?q ; oa:hasTarget/oa:hasSource ?s }",
                 "ASK { ?signing prov:qualifiedAssociation [ prov:agent person:dao-duc-quang ; prov:actedOnBehalfOf inst:bcit ] }"):
        assert _ask(seed_store, text), text


def test_every_name_has_a_language_tag(seed_store):
    """People's names and acronyms carry their source's language, so an English filter keeps them."""
    untagged = ox_select(seed_store, """SELECT ?s ?l WHERE {
        VALUES ?p { foaf:name rdfs:label skos:prefLabel skos:altLabel coop:acronym } ?s ?p ?l .
        FILTER(isLiteral(?l) && LANG(?l) = "" && STRSTARTS(STR(?s), "https://w3id.org/coopkg/id/")) }""")
    assert untagged == []
    english_people = ox_select(seed_store, """SELECT DISTINCT ?p WHERE {
        ?p a foaf:Person ; skos:prefLabel ?l . FILTER(LANG(?l) = "en") }""")
    assert len(english_people) == 2
    acronym = ox_select(seed_store, "SELECT ?a WHERE { inst:bcit coop:acronym ?a }")
    assert [row["a"].language for row in acronym] == ["en"]


def test_every_quote_annotation_occurs_in_its_source(seed_store):
    from kg.curation.sources import load_sources
    sources = load_sources(DATA, [])
    rows = ox_select(seed_store, """SELECT ?src ?q WHERE { ?a oa:hasTarget ?t . ?t oa:hasSource ?src ;
        oa:hasSelector/oa:exact ?q }""")
    checked = 0
    for row in rows:
        key = row["src"].value.rsplit("/", 1)[1]
        assert sources[key].contains_quote(row["q"].value), row["q"].value
        checked += 1
    assert checked > 100


def test_iris_do_not_change_when_a_label_changes(data_copy, tmp_path):
    record = data_copy / "records" / "haui-news-signing-bcit.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("{label: Hanoi University of Industry, lang: en, preferred: true}",
                                   "{label: Hanoi University of Industry, lang: en}"), encoding="utf-8")
    build(data_copy, tmp_path / "b")
    turtle = (tmp_path / "b" / "graph.ttl").read_text(encoding="utf-8")
    assert "inst:haui a " in turtle


def ox_select(store, text):
    from kg.sparql.query import run_local
    return list(run_local(store, text))


def test_report_lists_disagreements(seed_build):
    disagreements = "\n".join(seed_build[1].disagreements)
    assert "'Principal' [bcit-news-signing-haui]; 'Rector' [haui-news-signing-bcit]" in disagreements
    assert "date: one source leaves out a detail" in disagreements
    assert COOP.Disagreement  # the class exists in the ontology namespace
