"""Each competency query on the seed graph, compared with what a careful reader of the two
articles answers."""

import json

import pytest
from click.testing import CliRunner

from kg.sparql import query as q
from kg.cli import main
from kg.sparql.results import cell


def rows(store, query_name, **params):
    saved = q.find_saved(query_name)
    result = q.run_local(store, saved.text, q.bindings_for(saved, params))
    variables = [v.value for v in result.variables]
    return [{v: cell(s[v]) for v in variables} for s in result]


def test_every_saved_query_has_a_question_and_runs(seed_store):
    saved = q.saved_queries()
    assert len(saved) >= 8
    for name, query in saved.items():
        assert query.question.endswith("?"), name
        rows(seed_store, name)  # parses and runs with default parameters


def test_q1_parties_with_date_and_place(seed_store):
    result = rows(seed_store, "parties")
    assert {r["partyLabel"] for r in result} == {"Hanoi University of Industry", "College of Industrial Techniques"}
    assert {r["date"] for r in result} == {"2025-11-26"}
    assert {r["placeLabel"] for r in result} == {"Campus 1"}
    assert len(result) == 2  # one row per party, no duplicates from the two sources


def test_q2_representatives_with_roles_and_titles(seed_store):
    result = {r["personLabel"]: r for r in rows(seed_store, "representatives")}
    assert set(result) == {"Kiều Xuân Thực", "Đào Đức Quảng"}
    thuc, quang = result["Kiều Xuân Thực"], result["Đào Đức Quảng"]
    assert thuc["institutionLabel"] == "Hanoi University of Industry"
    assert set(thuc["roles"].split("; ")) == {"Rector", "Deputy Party Committee Secretary"}
    assert set(thuc["titles"].split(" ")) >= {"Assoc.", "Prof.", "Dr."}
    assert quang["institutionLabel"] == "College of Industrial Techniques"
    assert set(quang["roles"].split("; ")) == {"Rector", "Party Committee Secretary"}


# The areas a careful reader finds in the two articles (union of both).
EXPECTED_AREAS = {
    "education", "research", "expert-sharing", "curriculum-development", "undergraduate-training",
    "postgraduate-training", "capacity-building", "staff-exchange", "student-exchange", "teaching-materials",
    "scientific-publications", "e-learning", "learning-resources", "joint-research", "academic-information",
    "conferences", "international-cooperation", "facilities", "resources", "quality-assurance", "benchmarking",
    "governance",
}


def test_q3_areas_of_the_agreement(seed_store):
    result = rows(seed_store, "areas")
    assert {r["area"].split(":")[1] for r in result} == EXPECTED_AREAS
    by_area = {r["area"]: int(r["sources"]) for r in result}
    assert by_area["area:e-learning"] == 1  # only the HaUI page mentions e-learning
    assert by_area["area:facilities"] == 2  # both pages mention shared facilities


def test_q4_agreements_by_area_include_narrower_areas(seed_store):
    research = rows(seed_store, "agreements-by-area", area="research")
    assert {r["coveredArea"] for r in research} == {
        "area:research", "area:joint-research", "area:scientific-publications", "area:conferences",
        "area:academic-information"}
    by_label = rows(seed_store, "agreements-by-area", area="Shared resources")
    assert {r["coveredArea"] for r in by_label} == {"area:resources", "area:facilities", "area:learning-resources"}
    assert rows(seed_store, "agreements-by-area", area="recruitment") == []


def test_q4_parameter_cannot_inject_sparql(seed_store):
    from kg.errors import CoopKGError
    with pytest.raises(CoopKGError):
        rows(seed_store, "agreements-by-area", area="research> } UNION { ?s ?p ?o")


def test_q5_sources_of_a_fact(seed_store):
    result = rows(seed_store, "sources-of-fact", entity="agreement:haui-bcit-2025")
    dates = [r for r in result if r["property"] == "schema:startDate"]
    assert [(r["source"], r["quote"]) for r in dates] == [
        ("source:bcit-news-signing-haui", "On the afternoon of November 26, 2025")]
    haui = [r for r in result if r["source"] == "source:haui-news-signing-bcit"]
    assert {r["publisherLabel"] for r in haui} == {"Hanoi University of Industry"}
    assert {r["issued"] for r in haui} == {"2025-11-27T16:13:00+07:00"}


@pytest.mark.parametrize("alias,entity", [
    ("Kieu Xuan Thuc", "person:kieu-xuan-thuc"), ("kiều xuân thực", "person:kieu-xuan-thuc"),
    ("DAO DUC QUANG", "person:dao-duc-quang"), ("BCIT", "inst:bcit"),
    ("Industrial College of Technology", "inst:bcit"), ("industrial technical college", "inst:bcit"),
    ("Hanoi University of Industry", "inst:haui"),
])
def test_q6_names_found_by_any_alias(seed_store, alias, entity):
    result = rows(seed_store, "names", name=alias)
    assert [r["entity"] for r in result] == [entity]


def test_q6_all_names_of_bcit(seed_store):
    (row,) = rows(seed_store, "names", name="bcit")
    assert set(row["allNames"].split(" | ")) == {
        "College of Industrial Techniques", "College of Industrial Technology", "Industrial College of Technology",
        "Industrial Technical College", "BCIT"}


def test_q7_parent_and_predecessors(seed_store):
    result = {(r["institutionLabel"], r["predecessorLabel"], r["founded"]) for r in rows(seed_store, "parents-predecessors")}
    assert result == {("Hanoi University of Industry", "Technical Workers School I", "1898"),
                      ("College of Industrial Techniques", "Technical Workers School II", "1966")}
    assert {r["parentLabel"] for r in rows(seed_store, "parents-predecessors")} == {"Ministry of Industry and Trade"}


def test_q8_single_source_facts(seed_store):
    result = rows(seed_store, "single-source-facts")
    facts = {(r["subjectLabel"], r["property"], r["value"], r["source"]) for r in result}
    assert ("Hanoi University of Industry", "org:subOrganizationOf", "Ministry of Industry and Trade",
            "source:bcit-news-signing-haui") in facts
    assert any(f[1] == "coop:coversArea" and f[2] == "E-learning and digital education" for f in facts)
    # facts both pages state are not listed
    assert not any(f[1] == "coop:coversArea" and f[2] == "Shared facilities and equipment" for f in facts)


def test_q8_disagreements(seed_store):
    result = rows(seed_store, "disagreements")
    wording = {(r["value"], r["source"]) for r in result if r["property"] == "coop:roleAsWritten"}
    assert ("Rector", "source:haui-news-signing-bcit") in wording
    assert ("Principal", "source:bcit-news-signing-haui") in wording
    dates = {r["value"] for r in result if r["property"] == "schema:startDate"}
    assert dates == {"2025-11-26", "November 26"}


def test_cli_list_and_formats(seed_build):
    runner = CliRunner()
    build_dir = str(seed_build[0])
    listed = runner.invoke(main, ["query", "--list"])
    assert listed.exit_code == 0 and "agreements-by-area" in listed.output
    as_json = runner.invoke(main, ["query", "parties", "--build", build_dir, "--format", "json"])
    assert as_json.exit_code == 0
    assert len(json.loads(as_json.output)["results"]["bindings"]) == 2
    as_csv = runner.invoke(main, ["query", "parties", "--build", build_dir, "--format", "csv"])
    assert as_csv.output.splitlines()[0].startswith("agreement,agreementLabel,party")
    as_table = runner.invoke(main, ["query", "names", "--param", "name=Kieu Xuan Thuc", "--build", build_dir])
    assert "Kiều Xuân Thực" in as_table.output and "(1 row)" in as_table.output


def test_cli_query_text_file_and_data(seed_build, tmp_path):
    runner = CliRunner()
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a coop:Person }", encoding="utf-8")
    result = runner.invoke(main, ["query", "--file", str(rq), "--data", str(seed_build[0] / "graph.ttl"),
                                  "--format", "tsv"])
    assert result.exit_code == 0 and result.output.splitlines()[1].startswith("2")
    bad = runner.invoke(main, ["query", "-q", "SELECT WHERE {", "--build", str(seed_build[0])])
    assert bad.exit_code == 2 and "SPARQL syntax error" in bad.output


def test_single_source_facts_include_reported_events(seed_store):
    """Events have a schema:name, not a skos:prefLabel; their facts must still be listed."""
    result = rows(seed_store, "single-source-facts")
    events = [r for r in result if r["property"] in ("coop:reportedOn", "coop:funder", "coop:involves")]
    assert {r["property"] for r in events} == {"coop:reportedOn", "coop:funder", "coop:involves"}
    assert any(r["subjectLabel"].startswith("Three students from the College of Industrial Techniques")
               and r["value"] == "Ministry of Science and Arts of the State of Hessen" for r in events)


def test_children_of_default_parent_exists_in_the_seed_graph(seed_store):
    result = rows(seed_store, "children-of")
    assert {(r["organisationLabel"], r["directParentLabel"]) for r in result} == {
        ("Hanoi University of Industry", "Ministry of Industry and Trade"),
        ("College of Industrial Techniques", "Ministry of Industry and Trade")}


def test_cli_lists_prefixes_and_names_an_unknown_one(seed_build):
    from kg.namespaces import PREFIXES
    runner = CliRunner()
    listed = runner.invoke(main, ["query", "--prefixes"])
    assert listed.exit_code == 0
    assert [line.split(":")[0] for line in listed.output.splitlines()] == list(PREFIXES)
    assert "foaf:" in listed.output and "<http://xmlns.com/foaf/0.1/>" in listed.output
    bad = runner.invoke(main, ["query", "-q", "SELECT * WHERE { ?s xyz:name ?o . ?s foaf:name 'a:b' }",
                               "--build", str(seed_build[0])])
    assert bad.exit_code == 2
    assert "unknown prefix 'xyz:'" in bad.output and "declared prefixes are: coop, inst" in bad.output
    assert "expected one of" not in bad.output
    # A prefix the query declares itself is not unknown.
    declared = runner.invoke(main, ["query", "-q", "PREFIX xyz: <http://example.org/> "
                                    "SELECT * WHERE { ?s xyz:name ?o }", "--build", str(seed_build[0])])
    assert declared.exit_code == 0, declared.output


def test_one_query_layer_gives_the_same_rows_from_a_store_rdflib_and_a_callable():
    """kg.sparql.query.select_rows answers for Oxigraph, rdflib and a remote-style callable alike."""
    import pyoxigraph as ox
    import rdflib

    from kg.sparql.query import select_rows, solution_rows
    turtle = ('@prefix inst: <https://w3id.org/coopkg/institution/> . '
              '@prefix skos: <http://www.w3.org/2004/02/skos/core#> . '
              'inst:a skos:prefLabel "A"@en . inst:b skos:prefLabel "B" . inst:c skos:altLabel "C" .')
    store = ox.Store()
    store.load(turtle.encode(), ox.RdfFormat.TURTLE)
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    seen = []

    def remote(text):           # what a remote endpoint's select function receives and returns
        seen.append(text)
        return solution_rows(store.query(text))
    query = "SELECT ?s ?l WHERE { ?s skos:prefLabel ?l } ORDER BY ?s"
    expected = [{"s": "https://w3id.org/coopkg/institution/a", "l": "A"},
                {"s": "https://w3id.org/coopkg/institution/b", "l": "B"}]
    assert select_rows(store, query) == select_rows(graph, query) == select_rows(remote, query) == expected
    assert seen[0].lstrip().upper().startswith("PREFIX")     # the callable gets our PREFIX lines
    with pytest.raises(TypeError):
        select_rows(42, query)


@pytest.mark.parametrize("name", sorted(q.saved_queries()))
def test_saved_query_gives_the_same_csv_from_the_store_and_from_graph_ttl(seed_build, name):
    """Oxigraph (build/store) and rdflib (--data graph.ttl) give byte-identical answers, joined values
    (GROUP_CONCAT) included: the saved queries feed them from ordered subqueries."""
    runner = CliRunner()
    build_dir = seed_build[0]
    from_store = runner.invoke(main, ["query", name, "--build", str(build_dir), "--format", "csv"])
    from_file = runner.invoke(main, ["query", name, "--data", str(build_dir / "graph.ttl"), "--format", "csv"])
    assert from_store.exit_code == 0 and from_file.exit_code == 0
    assert len(from_store.output.splitlines()) > 1, f"{name} answers nothing on the seed graph"
    assert from_store.output == from_file.output
