"""ROR registry index: import, lookup, enrichment and RDF, on a slice of the real ROR dump.

The slice is cut from ../shared/realdata/ror at test time so the tests see real (noisy) records:
HaUI with its wrong alias 'Hanoi Chamber of Commerce', the Ministry of Industry and Trade and its
child Viet-Hung Industrial University, the four organisations called 'MIT', plus the first few
hundred lines of the file.
"""

import json
import lzma
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SKOS

from kg.namespaces import COOP, DCTERMS, INST, ROR, SOURCE, WIKIDATA

SHARED = Path(__file__).resolve().parents[2] / "shared"
ROR_DUMP = SHARED / "realdata" / "ror" / "ror-organizations.jsonl.xz"

HAUI = "https://ror.org/05hhz4s12"
MOIT = "https://ror.org/01bvv5f54"
VIET_HUNG = "https://ror.org/02sndnx77"  # child of MOIT
MIT_US = "https://ror.org/042nb2s44"
MIT_OTHERS = {"https://ror.org/002r67t24", "https://ror.org/0132xxe06"}  # NZ, AU
WANTED = {HAUI, MOIT, VIET_HUNG, MIT_US, *MIT_OTHERS}
HEAD_LINES = 300
XSD_GYEAR = "http://www.w3.org/2001/XMLSchema#gYear"  # not rdflib's XSD: pytest's collection trips over it


def _slice_lines() -> list[str]:
    if not ROR_DUMP.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{ROR_DUMP} is missing in CI")
        pytest.skip(f"{ROR_DUMP} not present")
    lines, found = [], set()
    with lzma.open(ROR_DUMP, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            ror_id = json.loads(line)["id"]
            if n < HEAD_LINES or ror_id in WANTED:
                lines.append(line)
                found.add(ror_id)
            if n >= HEAD_LINES and WANTED <= found:
                break
    assert WANTED <= found, f"records missing from the dump: {WANTED - found}"
    return lines


def _write_xz(path: Path, lines: list[str]) -> Path:
    with lzma.open(path, "wt", encoding="utf-8") as f:
        f.writelines(lines)
    return path


@pytest.fixture(scope="module")
def slice_lines():
    return _slice_lines()


@pytest.fixture(scope="module")
def ror_slice(slice_lines, tmp_path_factory):
    return _write_xz(tmp_path_factory.mktemp("ror") / "ror-slice.jsonl.xz", slice_lines)


@pytest.fixture(scope="module")
def index_path(ror_slice):
    from kg.registry.ror_import import import_ror
    db = ror_slice.parent / "index" / "ror.sqlite"
    result = import_ror(ror_slice, db, quiet=True)
    assert not result.reused
    return db


@pytest.fixture(scope="module")
def index(index_path):
    from kg.registry.store import RegistryIndex
    with RegistryIndex(index_path) as idx:
        yield idx


# --- import


def test_import_counts_and_tables(index, slice_lines):
    n_orgs = index.conn.execute("SELECT count(*) FROM orgs").fetchone()[0]
    assert n_orgs == len(slice_lines)
    haui_names = {(r["value"], r["kind"], r["lang"]) for r in index.names_of(HAUI)}
    assert ("HaUI", "acronym", None) in haui_names
    assert ("Đại học Công nghiệp Hà Nội", "label", "vi") in haui_names
    folded = index.conn.execute("SELECT folded FROM names WHERE org_id = ? AND lang = 'vi'", (HAUI,)).fetchone()[0]
    assert folded == "dai hoc cong nghiep ha noi"
    assert index.relationships_of(VIET_HUNG) == [("parent", MOIT)]
    assert index.org(HAUI)["wikidata"] == "Q16892082"
    assert index.meta()["orgs"] == str(len(slice_lines))


def test_import_is_reused_then_forced(ror_slice, index_path):
    from kg.registry.ror_import import import_ror
    assert import_ror(ror_slice, index_path, quiet=True).reused
    forced = import_ror(ror_slice, index_path, quiet=True, force=True)
    assert not forced.reused and forced.orgs > 0
    assert not [p for p in index_path.parent.iterdir() if p.name.endswith(".tmp")]


def test_default_db_path_follows_env(monkeypatch, tmp_path):
    from kg.registry.store import default_db_path
    monkeypatch.setenv("COOPKG_REGISTRY", str(tmp_path / "x.sqlite"))
    assert default_db_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("COOPKG_REGISTRY")
    assert default_db_path() == Path.home() / ".cache" / "coopkg" / "ror.sqlite"


def test_malformed_line_names_file_and_line(slice_lines, tmp_path):
    from kg.registry.records import RegistryError
    from kg.registry.ror_import import import_ror
    bad = _write_xz(tmp_path / "bad.jsonl.xz", slice_lines[:4] + ['{"id": "https://ror.org/0x", "name": \n'])
    db = tmp_path / "bad.sqlite"
    with pytest.raises(RegistryError) as err:
        import_ror(bad, db, quiet=True)
    assert f"{bad}:5" in str(err.value)
    assert not db.exists(), "a failed import must not leave an index behind"
    assert not list(tmp_path.glob(".*.tmp"))


def test_record_without_id_is_refused_with_line(slice_lines, tmp_path):
    from kg.registry.records import RegistryError, iter_records
    broken = json.loads(slice_lines[2])
    del broken["id"]
    path = tmp_path / "noid.jsonl"
    path.write_text("".join(slice_lines[:2]) + json.dumps(broken) + "\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"noid\.jsonl:3: .*field 'id'"):
        list(iter_records(path))


def test_cli_import_error_names_file_and_line(slice_lines, tmp_path):
    from kg.cli import main
    bad = tmp_path / "bad.jsonl"
    bad.write_text(slice_lines[0] + "not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["registry", "import", "ror", str(bad), "--db", str(tmp_path / "i.sqlite"), "-q"])
    assert result.exit_code == 2
    assert f"{bad}:2" in result.output


# --- lookup


def _top(name, country=None, index=None):
    from kg.registry.lookup import candidates
    found = candidates(name, country, index=index)
    assert found, f"no candidates for {name!r}"
    return found[0]


def test_acronym_with_country_is_accepted(index):
    top = _top("HaUI", "VN", index)
    assert (top.ror_id, top.verdict, top.reason) == (HAUI, "accept", "acronym + country")


def test_shared_acronym_needs_country(index):
    from kg.registry.lookup import candidates
    found = candidates("MIT", index=index)
    assert not any(c.accepted for c in found)
    assert {MIT_US, *MIT_OTHERS} <= {c.ror_id for c in found}
    top = _top("MIT", "US", index)
    assert (top.ror_id, top.verdict) == (MIT_US, "accept")


def test_vietnamese_label_without_diacritics(index):
    top = _top("Dai hoc Cong nghiep Ha Noi", index=index)
    assert (top.ror_id, top.verdict) == (HAUI, "accept")
    assert top.reason == "Vietnamese label (no diacritics)"
    assert _top("Bo Cong Thuong", "VN", index).ror_id == MOIT


def test_leading_truong_is_optional(index):
    # Vietnamese news writes 'Trường Đại học ...' (school), ROR's label is 'Đại học ...'.
    top = _top("Truong Dai hoc Cong nghiep Ha Noi", "VN", index)
    assert (top.ror_id, top.verdict) == (HAUI, "accept")
    assert "leading" in top.reason


def test_exact_alias_is_accepted(index):
    top = _top("Vietnam – Hungary Industrial University", index=index)
    assert (top.ror_id, top.verdict, top.reason) == (VIET_HUNG, "accept", "exact alias")


def test_exact_name(index):
    top = _top("ministry of industry and trade", "VN", index)
    assert (top.ror_id, top.verdict, top.score) == (MOIT, "accept", 1.0)


def test_noisy_alias_does_not_resolve_to_haui(index):
    from kg.registry.lookup import REVIEW_THRESHOLD, candidates
    for country in (None, "VN"):
        found = candidates("Hanoi Chamber of Commerce", country, index=index)
        assert not any(c.accepted for c in found), found
        haui = next(c for c in found if c.ror_id == HAUI)
        assert haui.verdict == "review" and haui.score >= REVIEW_THRESHOLD
        assert any("reads as association" in f for f in haui.flags)
        assert "review" in haui.reason


def test_alias_noise_rules():
    from kg.registry.names import alias_noise
    haui = dict(types=["education"], official_names=["Hanoi University of Industry", "Đại học Công nghiệp Hà Nội"],
                acronym_keys={"haui"}, city="Hanoi", unrelated_sharers=0)
    noise = alias_noise("Hanoi Chamber of Commerce", **haui)
    assert noise.kind_conflict and noise.no_content_overlap and noise.doubtful
    assert not alias_noise("Hanoi University of Industry (HaUI)", **haui).flags
    # A university legitimately called after a chamber of commerce is not a kind conflict.
    istanbul = dict(haui, official_names=["Istanbul Commerce University"], acronym_keys=set(), city="Istanbul")
    assert not alias_noise("Istanbul Chamber of Commerce University", **istanbul).flags
    assert alias_noise("Some Name", **dict(haui, unrelated_sharers=2)).doubtful


def test_token_overlap_reason_and_scores_in_range(index):
    from kg.registry.lookup import candidates
    found = candidates("University of Industry Hanoi", index=index)
    assert found[0].ror_id == HAUI and found[0].reason.startswith("token overlap 1.00")
    assert all(0.0 <= c.score <= 1.0 for c in found)
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_cli_lookup_prints_score_and_reason(index_path):
    from kg.commands.registry_cmds import registry_group
    result = CliRunner().invoke(registry_group, ["lookup", "HaUI", "--country", "VN", "--db", str(index_path)])
    assert result.exit_code == 0, result.output
    assert "0.90  accept" in result.output and HAUI in result.output and "acronym + country" in result.output


# --- enrichment


def test_enrichment_facts_for_haui(index):
    from kg.registry.enrich import enrich
    result = enrich(["Hanoi University of Industry", "HaUI", "Đại học Công nghiệp Hà Nội"], "VN", index=index)
    assert result.accepted and result.match.ror_id == HAUI
    facts = result.facts
    assert facts.ror_iri == str(ROR["05hhz4s12"])
    assert facts.wikidata_iri == str(WIKIDATA["Q16892082"])
    assert (facts.country, facts.city, facts.founding_year) == ("VN", "Hanoi", 1898)
    assert facts.parent_ror_iris == ()


def test_enrichment_parents_and_noise(index):
    from kg.registry.enrich import enrich
    child = enrich(["Viet-Hung Industrial University"], "VN", index=index)
    assert child.facts.parent_ror_iris == (MOIT,)
    noisy = enrich(["Hanoi Chamber of Commerce"], "VN", index=index)
    assert not noisy.accepted and noisy.facts is None
    assert HAUI in {c.ror_id for c in noisy.review}


# --- RDF


@pytest.fixture(scope="module")
def ror_graph(index_path, tmp_path_factory):
    from kg.registry.ror_graph import ror_to_rdf
    out = tmp_path_factory.mktemp("graph")
    result = ror_to_rdf(index_path, out)
    g = Graph()
    g.parse(result.path, format="turtle")
    return result, g


def test_graph_institution_triples(ror_graph):
    result, g = ror_graph
    haui, moit, viet_hung = INST["ror-05hhz4s12"], INST["ror-01bvv5f54"], INST["ror-02sndnx77"]
    for cls in (COOP.HigherEducationInstitution, COOP.Institution, ORG.Organization, ORG.FormalOrganization):
        assert (haui, RDF.type, cls) in g
    assert (moit, RDF.type, COOP.GovernmentBody) in g
    assert (haui, SKOS.prefLabel, Literal("Hanoi University of Industry", lang="en")) in g
    assert (haui, SKOS.altLabel, Literal("Đại học Công nghiệp Hà Nội", lang="vi")) in g
    assert (haui, COOP.acronym, Literal("HaUI")) in g
    assert (haui, COOP.searchKey, Literal("dai hoc cong nghiep ha noi")) in g
    assert (haui, COOP.searchKey, Literal("hanoi chamber of commerce")) not in g, "doubtful alias must not be a key"
    assert (haui, COOP.country, Literal("VN")) in g
    assert (haui, COOP.foundingYear, Literal("1898", datatype=URIRef(XSD_GYEAR))) in g
    assert (haui, SKOS.exactMatch, URIRef(HAUI)) in g
    assert (haui, SKOS.exactMatch, WIKIDATA["Q16892082"]) in g
    assert (viet_hung, ORG.subOrganizationOf, moit) in g
    assert (haui, PROV.wasDerivedFrom, SOURCE["ror"]) in g
    assert result.orgs == len(set(g.subjects(PROV.wasDerivedFrom, SOURCE["ror"])))


def test_graph_source_node_and_dropped_links(ror_graph):
    result, g = ror_graph
    src = SOURCE["ror"]
    assert (src, RDF.type, COOP.SourceDocument) in g
    assert (src, DCTERMS.title, Literal("Research Organization Registry", lang="en")) in g
    assert (src, DCTERMS.license, URIRef("https://creativecommons.org/publicdomain/zero/1.0/")) in g
    assert (src, DCTERMS.publisher, None) in g
    # The slice holds few related organisations: most links point outside and must be dropped, not dangle.
    assert sum(result.dropped_links.values()) > 0
    inst_objects = {o for p in (ORG.subOrganizationOf, COOP.relatedTo, COOP.successor, COOP.predecessor)
                    for o in g.objects(None, p)}
    assert all((o, RDF.type, COOP.Institution) in g for o in inst_objects)


def test_graph_is_deterministic_and_same_from_dump(ror_graph, ror_slice, tmp_path):
    from kg.registry.ror_graph import ror_to_rdf
    result, _ = ror_graph
    again = ror_to_rdf(ror_slice, tmp_path)
    assert again.path.read_bytes() == result.path.read_bytes()


def test_cli_graph(index_path, tmp_path):
    from kg.commands.registry_cmds import registry_group
    result = CliRunner().invoke(registry_group, ["graph", "ror", "-o", str(tmp_path), "--db", str(index_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ror.ttl").stat().st_size > 0 and "organisations" in result.output
