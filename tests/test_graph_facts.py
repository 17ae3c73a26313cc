"""What the seed graph says matches what the two articles say: where principles belong, when two
wordings are a disagreement between sources and when they are one source's alternatives, and that
different names and dates across sources are recorded as disagreements."""

from kg.graph.build import check_data
from kg.namespaces import PREFIXES


def select(store, text):
    result = store.query(text, prefixes=PREFIXES)
    return [{v.value: (s[v].value if s[v] is not None else None) for v in result.variables} for s in result]


def ask(store, text) -> bool:
    return bool(store.query(text, prefixes=PREFIXES))


def disagreements(data_dir):
    _, resolved = check_data(data_dir)
    return {(d.kind, d.key, d.field): d for d in resolved.disagreements}


def test_principles_of_the_meeting_belong_to_the_signing(seed_store):
    """BCIT: "At the meeting, in the spirit of openness, cooperation, and mutual understanding ..., the
    two sides agreed to sign"; HaUI: "The agreement ... adhering to the principles of voluntariness,
    equality, and mutual respect"."""
    rows = select(seed_store, "SELECT ?kind ?p WHERE { ?s coop:principle ?p ; a ?kind . "
                              "VALUES ?kind { coop:Agreement coop:SigningEvent } }")
    by_kind = {}
    for row in rows:
        by_kind.setdefault(row["kind"].rsplit("#", 1)[1], set()).add(row["p"])
    assert by_kind == {"Agreement": {"voluntariness", "equality", "mutual respect"},
                       "SigningEvent": {"openness", "mutual understanding"}}
    # The quote still supports the agreement, so sources-of-fact on the agreement finds it.
    assert ask(seed_store, """ASK { ?a coop:supports agreement:haui-bcit-2025 ; oa:hasBody ?st .
        ?st rdf:subject ?signing ; rdf:predicate coop:principle ; rdf:object "openness"@en .
        agreement:haui-bcit-2025 coop:signedIn ?signing }""")


def test_one_sources_two_wordings_are_an_alternative_not_a_disagreement(seed_store):
    assert ask(seed_store, "ASK { agreement:haui-bcit-2025 a coop:CooperationAgreement ; "
                           "coop:alternativeType coop:MemorandumOfUnderstanding }")
    assert not ask(seed_store, "ASK { agreement:haui-bcit-2025 a coop:MemorandumOfUnderstanding }")
    assert not ask(seed_store, "ASK { ?d coop:aboutResource agreement:haui-bcit-2025 ; coop:aboutProperty rdf:type }")


def test_a_kind_no_wording_of_the_other_source_allows_is_a_disagreement(data_copy):
    record = data_copy / "records" / "haui-news-signing-bcit.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("    type: CooperationAgreement\n", "    type: FrameworkAgreement\n", 1),
                      encoding="utf-8")
    found = disagreements(data_copy)
    claims = found[("agreement", "haui-bcit-2025", "type")].claims
    assert {(c.value, c.source) for c in claims} == {("CooperationAgreement", "bcit-news-signing-haui"),
                                                     ("FrameworkAgreement", "haui-news-signing-bcit")}


def test_different_names_across_sources_are_disagreements(seed_store):
    rows = select(seed_store, """SELECT ?subject ?property ?name ?source WHERE {
        ?d a coop:Disagreement ; coop:aboutResource ?subject ; coop:aboutProperty ?property ;
           coop:conflictingStatement ?st .
        ?st rdf:object ?name . ?an oa:hasBody ?st ; oa:hasTarget/oa:hasSource ?source .
        VALUES ?property { rdfs:label foaf:name } }""")
    names = {(r["subject"].rsplit("/", 1)[1], r["name"], r["source"].rsplit("/", 1)[1]) for r in rows}
    assert ("bcit", "BCIT", "bcit-news-signing-haui") in names
    assert ("bcit", "College of Industrial Techniques", "haui-news-signing-bcit") in names
    assert ("kieu-xuan-thuc", "Kieu Xuan Thuc", "bcit-news-signing-haui") in names
    assert ("kieu-xuan-thuc", "Kiều Xuân Thực", "haui-news-signing-bcit") in names
    assert not any(subject == "haui" for subject, _, _ in names)  # both pages call it the same


def test_dates_worded_differently_without_a_full_date_are_a_disagreement(data_copy):
    record = data_copy / "records" / "bcit-news-signing-haui.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace('date: {value: 2025-11-26, as_written: "November 26, 2025", ',
                                   'date: {as_written: "November 26, 2025", '), encoding="utf-8")
    date = disagreements(data_copy)[("agreement", "haui-bcit-2025", "date")]
    assert not date.partial
    assert {c.value for c in date.claims} == {"November 26, 2025", "November 26"}
    assert "sources differ" in date.describe()


def test_the_seed_date_is_a_detail_one_source_leaves_out(seed_build):
    listed = "\n".join(seed_build[1].disagreements)
    assert "agreement haui-bcit-2025, date: one source leaves out a detail" in listed
    assert "agreement haui-bcit-2025, type" not in listed
    assert "institution bcit, names: sources differ: 'College of Industrial Technology'" in listed


def test_place_hierarchy_is_queryable(seed_store):
    """The campus is in a ward, the ward in a province (schema:containedInPlace), as documented."""
    rows = select(seed_store, """SELECT ?label WHERE {
        agreement:haui-bcit-2025 coop:signedIn/schema:location ?campus . ?campus schema:containedInPlace+ ?place .
        ?place skos:prefLabel ?label }""")
    assert {r["label"] for r in rows} == {"Bac Giang Ward", "Bac Ninh Province"}
