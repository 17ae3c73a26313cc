"""The synthetic generator: deterministic, valid for the real build, and shaped like real data."""

import statistics
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kg.generate import generate
from kg.textnorm import strip_diacritics


def files_of(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def records_of(folder: Path) -> list:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return [yaml.load(p.read_text(encoding="utf-8"), Loader=loader) for p in sorted((folder / "records").glob("*.yaml"))]


@pytest.fixture(scope="module")
def medium(tmp_path_factory):
    """Big enough for its statistics to mean something, small enough to generate in well under a second."""
    out = tmp_path_factory.mktemp("gen") / "medium"
    generate(out, 150, 250, seed=3)
    return records_of(out)


def test_same_seed_gives_byte_identical_files(tmp_path):
    generate(tmp_path / "a", 20, 15, seed=5)
    generate(tmp_path / "b", 20, 15, seed=5)
    first, second = files_of(tmp_path / "a"), files_of(tmp_path / "b")
    assert first and first == second


def test_different_seed_gives_different_data(tmp_path):
    generate(tmp_path / "a", 20, 15, seed=5)
    generate(tmp_path / "b", 20, 15, seed=6)
    assert files_of(tmp_path / "a") != files_of(tmp_path / "b")


def test_refuses_a_folder_with_old_files(tmp_path):
    from kg.errors import CoopKGError
    generate(tmp_path / "a", 5, 3, seed=1)
    with pytest.raises(CoopKGError, match="not empty"):
        generate(tmp_path / "a", 5, 3, seed=1)


@pytest.fixture(scope="module")
def small_built(tmp_path_factory):
    """A small dataset through check + reconcile + emit + SHACL (build_graph raises on any problem)."""
    from kg.graph.build import build_graph
    out = tmp_path_factory.mktemp("gen") / "small"
    generate(out, 12, 10, seed=4)
    return build_graph(out)


def test_generated_data_passes_the_real_checks_and_shapes(small_built):
    ox_quads, resolved, sources = small_built
    assert len(sources) >= 10 and len(resolved.keys("agreements")) == 10
    assert not resolved.warnings  # names are unique by construction: no 'same entity under two keys?'
    assert len(ox_quads) > 10_000


def test_parties_and_areas_per_agreement(medium):
    parties, areas = [], []
    for record in medium:
        for agreement in record["agreements"]:
            parties.append(len(agreement["parties"]))
            areas.append(len(agreement["areas"]))
    assert min(parties) >= 2 and max(parties) <= 8 and len(set(parties)) > 2
    assert Counter(parties).most_common(1)[0][0] == 2  # mostly bilateral, a tail of consortia
    assert min(areas) >= 3 and max(areas) <= 12 and len(set(areas)) > 3


def test_partner_counts_are_heavy_tailed(medium):
    partners = defaultdict(set)
    for record in medium:
        for agreement in record["agreements"]:
            keys = [p["institution"] for p in agreement["parties"]]
            for key in keys:
                partners[key].update(k for k in keys if k != key)
    degrees = sorted(len(p) for p in partners.values())
    assert max(degrees) >= 5 * statistics.median(degrees), degrees[-10:]


def test_regional_clusters(medium):
    """Co-parties share a country clearly more often than two institutions drawn at random."""
    country_of = {}
    for record in medium:
        for inst in record["institutions"]:
            if "located_in" in inst:
                country_of[inst["key"]] = inst["located_in"]["place"].rsplit("-", 1)[-1]
    same = total = 0
    for record in medium:
        for agreement in record["agreements"]:
            host, *others = [p["institution"] for p in agreement["parties"]]
            same += sum(country_of[o] == country_of[host] for o in others)
            total += len(others)
    shares = Counter(country_of.values())
    chance = sum((n / len(country_of)) ** 2 for n in shares.values())
    assert same / total > chance + 0.1, (same / total, chance)


def test_roles_change_over_the_years(medium):
    holders = defaultdict(set)
    with_until = 0
    for record in medium:
        for person in record["people"]:
            for role in person["roles"]:
                holders[(role["institution"], role["role"])].add(person["key"])
                with_until += "until" in role
                if "until" in role:
                    assert role["since"] < role["until"]
    assert with_until > 0
    assert any(len(people) > 1 for people in holders.values())


def test_ministries_are_parents(medium):
    ministries = {i["key"] for r in medium for i in r["institutions"] if i["type"] == "Ministry"}
    parents = {i["parent"]["institution"] for r in medium for i in r["institutions"] if "parent" in i}
    assert ministries and parents <= ministries


def test_name_variants_in_different_sources_resolve_to_one_key(small_built):
    """Some key is written with diacritics in one article and without (or as an acronym) in another;
    the build keeps one entity, and the saved `names` query finds it by the plain spelling."""
    import pyoxigraph as ox
    from kg.sparql.query import bindings_for, find_saved, run_local
    ox_quads, resolved, _ = small_built
    found = None
    for key in resolved.keys("institutions"):
        labels = {(m.source, n["label"]) for m in resolved.of("institutions", key) for n in m.entry.get("names") or []}
        plain = {label for _, label in labels if strip_diacritics(label) == label}
        accented = {label for _, label in labels if strip_diacritics(label) != label}
        for _, label in labels:
            if label in accented and strip_diacritics(label) in plain:
                found = (key, strip_diacritics(label))
    assert found, "no institution written both with and without diacritics"
    acronym_keys = {key for key in resolved.keys("institutions") if len({m.source for m in resolved.of("institutions", key)}) > 1
                    and any(n.get("acronym") for m in resolved.of("institutions", key) for n in m.entry.get("names") or [])}
    assert acronym_keys, "no institution named by its acronym in one of several sources"
    store = ox.Store()
    store.extend(ox_quads)
    store.extend([ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in ox_quads])
    saved = find_saved("names")
    rows = list(run_local(store, saved.text, bindings_for(saved, {"name": found[1]})))
    assert found[0] in {r[0].value.rsplit("/", 1)[-1] for r in rows}


def test_cli_command_writes_data(tmp_path):
    from kg.commands.generate_cmds import generate_command
    result = CliRunner().invoke(generate_command, ["--institutions", "6", "--agreements", "4", "--seed", "1",
                                                   "-o", str(tmp_path / "g")])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "g" / "records").glob("*.yaml"))) >= 4
    assert "Example:" in generate_command.help
