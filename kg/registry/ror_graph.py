"""ROR organisations as CoopKG RDF (Turtle), deterministic and written atomically.

Each organisation becomes inst:ror-<suffix>, typed with our classes (superclasses materialised so
SPARQL needs no reasoner), with its names, country, founding year, links to ROR and Wikidata, its
registry relations, and prov:wasDerivedFrom the ROR source node. pyoxigraph serialises: about 20x
faster than rdflib for ~1M triples (see benchmarks/registry_bench.py).
"""

import contextlib
import os
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, serialize

from kg.names import cached_fold, name_key
from kg.namespaces import COOP, DCTERMS, INST, ORG, PREFIXES, PROV, RDF, ROR, SKOS, SOURCE, WIKIDATA, XSD
from kg.registry.names import alias_noise
from kg.registry.records import RegistryError, RorName, RorRecord, iter_records, ror_suffix
from kg.vocab import ROR_TYPE_CLASSES

OUTPUT_NAME = "ror.ttl"
SOURCE_NODE = SOURCE["ror"]
# CC0 has no constant in kg.namespaces yet; kept here, once. (Lead: move to namespaces.py if wanted.)
CC0_LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/"
ROR_RECORDS_REPOSITORY = "https://github.com/ror-community/ror-records"

# Every class of kg.vocab.ROR_TYPE_CLASSES is a coop:Institution, which is an org:FormalOrganization, an org:Organization.
SUPERCLASSES = (COOP.Institution, ORG.FormalOrganization, ORG.Organization)
LINK_PROPERTIES = {"parent": ORG.subOrganizationOf, "predecessor": COOP.predecessor,
                   "successor": COOP.successor, "related": COOP.relatedTo}
_LANG_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$")


@dataclass
class GraphResult:
    path: Path
    orgs: int = 0
    triples: int = 0
    withdrawn_skipped: int = 0
    dropped_links: Counter = field(default_factory=Counter)  # relationship type -> links to IDs not in the graph
    noisy_aliases: int = 0  # doubtful aliases: kept as skos:altLabel, given no coop:searchKey (names.AliasNoise)
    seconds: float = 0.0


def _n(iri) -> NamedNode:
    return NamedNode(str(iri))


# pyoxigraph nodes for the terms used per organisation, built once (~700k triples are made).
TYPE, EXACT_MATCH = _n(RDF.type), _n(SKOS.exactMatch)
PREF_LABEL, ALT_LABEL, ACRONYM, SEARCH_KEY = _n(SKOS.prefLabel), _n(SKOS.altLabel), _n(COOP.acronym), _n(COOP.searchKey)
COUNTRY, FOUNDING_YEAR = _n(COOP.country), _n(COOP.foundingYear)
DERIVED_FROM, SOURCE_NN, GYEAR = _n(PROV.wasDerivedFrom), _n(SOURCE_NODE), _n(XSD.gYear)
LINK_NODES = {rel_type: _n(prop) for rel_type, prop in LINK_PROPERTIES.items()}


_INST_ROR = str(INST["ror-"])


def inst_iri(ror_id: str) -> str:
    """inst:ror-05hhz4s12 for https://ror.org/05hhz4s12."""
    return _INST_ROR + ror_suffix(ror_id)


def ror_to_rdf(db_or_jsonl: str | os.PathLike, out_dir: str | os.PathLike, *,
               include_withdrawn: bool = False) -> GraphResult:
    """Write `out_dir`/ror.ttl from a ROR index (.sqlite) or dump (.jsonl[.xz|.gz]).

    Withdrawn records (ROR's deleted duplicates) are left out unless `include_withdrawn`; links to
    organisations not in the graph are dropped and counted in the result.
    """
    started = time.perf_counter()
    source = Path(db_or_jsonl)
    out_path = Path(out_dir) / OUTPUT_NAME
    result = GraphResult(out_path)
    records = sorted(_read(source), key=lambda r: r.id)
    kept = [r for r in records if include_withdrawn or r.status != "withdrawn"]
    result.withdrawn_skipped = len(records) - len(kept)
    result.orgs = len(kept)

    triples = list(_source_triples()) + list(_org_triples(kept, result))
    result.triples = len(triples)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(_turtle(triples))
        os.replace(tmp, out_path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    result.seconds = time.perf_counter() - started
    return result


def _prefixes() -> dict[str, str]:
    return {**PREFIXES, "ror": str(ROR), "wd": str(WIKIDATA)}


def _turtle(triples: list[Triple]) -> bytes:
    """Turtle with the @prefix lines sorted: pyoxigraph writes them in hash order, which may differ
    between runs; the body follows the (sorted) triple order and is stable."""
    data = serialize(triples, format=RdfFormat.TURTLE, prefixes=_prefixes())
    lines = data.split(b"\n")
    n_prefix = next(i for i, line in enumerate(lines) if not line.startswith(b"@prefix "))
    return b"\n".join(sorted(lines[:n_prefix]) + lines[n_prefix:])


def _read(source: Path) -> Iterable[RorRecord]:
    if not source.is_file():
        raise RegistryError("no such file", where=str(source))
    with open(source, "rb") as f:
        is_sqlite = f.read(16) == b"SQLite format 3\x00"
    return list(_records_from_db(source)) if is_sqlite else iter_records(source)


def _records_from_db(db: Path) -> Iterator[RorRecord]:
    with contextlib.closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        names: dict[str, list[RorName]] = defaultdict(list)
        for org_id, value, lang, kind in conn.execute(
                "SELECT org_id, value, lang, kind FROM names ORDER BY org_id, rowid"):
            names[org_id].append(RorName(value, lang, kind))
        links: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for org_id, rel_type, target in conn.execute(
                "SELECT org_id, type, related_id FROM relationships ORDER BY org_id, type, related_id"):
            links[org_id].append((rel_type, target))
        for row in conn.execute("SELECT id, name, types, country, city, established, status, wikidata "
                                "FROM orgs ORDER BY id"):
            org_id, name, types, country, city, established, status, wikidata = row
            yield RorRecord(org_id, name, tuple(names[org_id]), tuple(types.split()), country, city,
                            established, status, tuple(links[org_id]), wikidata)


def _source_triples() -> Iterator[Triple]:
    node = _n(SOURCE_NODE)
    yield Triple(node, _n(RDF.type), _n(COOP.SourceDocument))
    yield Triple(node, _n(DCTERMS.title), Literal("Research Organization Registry", language="en"))
    yield Triple(node, _n(DCTERMS.publisher), _n(ROR[""]))
    yield Triple(node, _n(DCTERMS.license), NamedNode(CC0_LICENSE))
    yield Triple(node, _n(DCTERMS.source), NamedNode(ROR_RECORDS_REPOSITORY))


def _label(name: RorName, default_lang: str | None = None) -> Literal:
    lang = name.lang or default_lang
    if lang and _LANG_TAG.match(lang):
        return Literal(name.value, language=lang.lower())
    return Literal(name.value)


def _links(records: list[RorRecord], known: set[str], dropped: Counter) -> dict[str, dict[str, set[str]]]:
    """subject id -> relationship type -> target ids, with child links turned into the child's
    parent link (the same fact, stated from the other side) and links to unknown IDs dropped."""
    links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for rec in records:
        for rel_type, target in rec.relationships:
            if target not in known:
                dropped[rel_type] += 1
            elif rel_type == "child":
                links[target]["parent"].add(rec.id)
            else:
                links[rec.id][rel_type].add(target)
    return links


class _NoiseCheck:
    """Which aliases are doubtful (names.AliasNoise.doubtful), computed from the records themselves."""

    def __init__(self, records: list[RorRecord]):
        self.sharers: dict[str, set[str]] = defaultdict(set)  # name key -> org ids with that label/alias
        self.related: dict[str, set[str]] = defaultdict(set)
        for rec in records:
            for n in rec.names:
                if n.kind != "acronym":
                    self.sharers[name_key(n.value)].add(rec.id)
            for _, target in rec.relationships:
                self.related[rec.id].add(target)
                self.related[target].add(rec.id)

    def noisy_aliases(self, rec: RorRecord) -> set[str]:
        official = [n.value for n in rec.names if n.kind == "label"]
        acronyms = {name_key(n.value) for n in rec.names if n.kind == "acronym"}
        noisy = set()
        for n in rec.names:
            if n.kind != "alias":
                continue
            unrelated = self.sharers[name_key(n.value)] - {rec.id} - self.related[rec.id]
            if alias_noise(n.value, types=rec.types, official_names=official, acronym_keys=acronyms,
                           city=rec.city, unrelated_sharers=len(unrelated)).doubtful:
                noisy.add(n.value)
        return noisy


def _org_triples(records: list[RorRecord], result: GraphResult) -> Iterator[Triple]:
    links = _links(records, {r.id for r in records}, result.dropped_links)
    noise = _NoiseCheck(records)
    for rec in records:
        noisy = noise.noisy_aliases(rec)
        result.noisy_aliases += len(noisy)
        # ROR repeats some names (same value as label and alias): drop repeated triples, keep order.
        yield from dict.fromkeys(_one_org(rec, links[rec.id], noisy))


def _one_org(rec: RorRecord, links: dict[str, set[str]], noisy_aliases: set[str]) -> Iterator[Triple]:
    s = NamedNode(inst_iri(rec.id))
    classes = {str(ROR_TYPE_CLASSES.get(t, COOP.OtherOrganization)) for t in rec.types} or {str(COOP.OtherOrganization)}
    classes |= {str(c) for c in SUPERCLASSES}
    for cls in sorted(classes):
        yield Triple(s, TYPE, NamedNode(cls))

    primary = next((n for n in rec.names if n.value == rec.name and n.kind == "label"),
                   RorName(rec.name, None, "label"))
    yield Triple(s, PREF_LABEL, _label(primary, default_lang="en"))
    for n in rec.names:
        if n.value != rec.name and n.kind in ("label", "alias"):  # prefLabel and altLabel stay disjoint
            yield Triple(s, ALT_LABEL, _label(n))
    for n in rec.names:
        if n.kind == "acronym":
            yield Triple(s, ACRONYM, Literal(n.value))
    # A noisy alias stays an altLabel (ROR says it) but gets no search key, so key lookups skip it.
    for key in sorted({cached_fold(n.value) for n in rec.names if n.kind != "alias" or n.value not in noisy_aliases}):
        yield Triple(s, SEARCH_KEY, Literal(key))

    if rec.country:
        yield Triple(s, COUNTRY, Literal(rec.country))
    if rec.established is not None:
        yield Triple(s, FOUNDING_YEAR, Literal(f"{rec.established:04d}", datatype=GYEAR))
    yield Triple(s, EXACT_MATCH, NamedNode(str(ROR) + rec.suffix))
    if rec.wikidata:
        yield Triple(s, EXACT_MATCH, NamedNode(str(WIKIDATA) + rec.wikidata))

    for rel_type, prop in LINK_NODES.items():
        for target in sorted(links.get(rel_type, ())):
            yield Triple(s, prop, NamedNode(inst_iri(target)))
    yield Triple(s, DERIVED_FROM, SOURCE_NN)
