"""The entities CoopKG already knows, with every name they go by, and the matching of a new
name against them.

Known entities come from the curated records (data/records/*.yaml) or from a built store
(build/store: skos labels, coop:acronym, memberships). A new name is scored against every known
name with kg.extract.resolve_names; the verdict is

  accept  one known entity clears resolve_names.MERGE_THRESHOLD and none ties with it;
  review  the best candidate is doubtful (below the threshold, a tie, a short acronym, or a
          person with the same name but no shared institution): a new key is minted and the
          record says which existing key it might be;
  new     nothing comes close.

Acronyms: an acronym alone never decides. 'HaUI' is accepted when it is known for that entity (one
of its names) or when the article defines it with a name that it spells ('Hanoi University of
Industry (HaUI)', so both forms are given); a known acronym is never matched by a full name it
happens to spell ('Vietnam National University' is not 'VinUni'). Otherwise an acronym that spells
a known name only asks for review, as does a two-letter one.
Spelling variants of a known name (spaces, hyphens, diacritics: 'Thuy Loi' = 'Thuyloi') resolve.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import CoopKGError
from kg.extract import resolve_names
from kg.extract.dates import parse_date_text
from kg.names import acronym_fit, compact_key, is_acronym, name_key, slug
from kg.curation.name_variants import acronym_and_rest, trimmed, without_bracketed_acronym
from kg.curation.schema import KEY_PATTERN
from kg.textnorm import fold
from kg.vocab import INSTITUTION_TYPE_PREFERENCE
from kg.curation.yamlload import load_yaml

MIN_ACRONYM_LETTERS = 3


@dataclass
class KnownEntity:
    key: str
    names: list = field(default_factory=list)          # every label, acronyms included
    acronyms: list = field(default_factory=list)
    type: str | None = None                            # institutions
    institutions: set = field(default_factory=set)     # people: where they hold roles


@dataclass
class KnownAgreement:
    key: str
    parties: frozenset
    dates: set = field(default_factory=set)            # YYYY-MM-DD values
    days_without_year: set = field(default_factory=set)  # '--MM-DD' of a date written with no year
    reports: list = field(default_factory=list)       # Report: the pages (sources) that told of it
    bodies: frozenset = frozenset()                    # every institution its record names, parties or not


@dataclass
class Report:
    """A page that told of a known agreement, as the duplicate check compares it (kg.curation.duplicates)."""
    source: str                                        # the source key
    issued: str | None = None                          # its publication date, YYYY-MM-DD
    text_path: Path | None = None                      # its stored text
    publisher: str = ""


@dataclass
class KnownGraph:
    institutions: dict = field(default_factory=dict)   # key -> KnownEntity
    people: dict = field(default_factory=dict)
    places: dict = field(default_factory=dict)
    agreements: dict = field(default_factory=dict)     # key -> KnownAgreement
    origin: str = ""

    def section(self, kind: str) -> dict:
        return {"institution": self.institutions, "person": self.people, "place": self.places}[kind]


@dataclass
class Candidate:
    key: str
    score: float
    reason: str
    verdict: str            # accept | review

    def describe(self) -> str:
        return f"{self.key} ({self.score:.2f}, {self.reason})"


@dataclass
class Resolution:
    verdict: str            # accept | review | new
    key: str | None         # the existing key when accepted
    candidates: list        # Candidate, best first

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


# ---------------------------------------------------------------- loading

def _add_name(entity: KnownEntity, label: str, acronym: bool):
    if label and label not in entity.names:
        entity.names.append(label)
    if acronym and label not in entity.acronyms:
        entity.acronyms.append(label)


def _report(data_dir: Path, source: str) -> Report:
    """The page a record was drafted from (data/sources/<source>.yaml): its text file, publication
    date and publisher."""
    path = Path(data_dir) / "sources" / f"{source}.yaml"
    if not path.is_file():
        return Report(source)
    meta = load_yaml(path) or {}
    meta = meta if isinstance(meta, dict) else {}
    publisher = meta.get("publisher") if isinstance(meta.get("publisher"), dict) else {}
    return Report(source, str(meta["issued"])[:10] if meta.get("issued") else None,
                  path.with_name(str(meta.get("file") or f"{source}.txt")), str(publisher.get("name") or ""))


def _keys(entries) -> frozenset:
    return frozenset(e["key"] for e in entries or [] if isinstance(e, dict) and isinstance(e.get("key"), str))


def from_records(data_dir: Path) -> KnownGraph:
    """Every institution, person, place and agreement the curated records define."""
    known = KnownGraph(origin=str(Path(data_dir) / "records"))
    for path in sorted((Path(data_dir) / "records").glob("*.yaml")):
        record = load_yaml(path) or {}
        if not isinstance(record, dict):
            raise CoopKGError("a record must be a mapping", where=str(path))
        for kind, section in (("institution", "institutions"), ("person", "people"), ("place", "places")):
            for entry in record.get(section) or []:
                if not isinstance(entry, dict) or not entry.get("key"):
                    continue
                entity = known.section(kind).setdefault(entry["key"], KnownEntity(entry["key"]))
                for name in entry.get("names") or []:
                    label = name.get("label") if isinstance(name, dict) else name
                    _add_name(entity, str(label or ""), isinstance(name, dict) and bool(name.get("acronym")))
                if kind == "institution" and entry.get("type") and not entity.type:
                    entity.type = entry["type"]
                roles = (entry.get("roles") or []) if kind == "person" else []
                for role in roles:
                    if isinstance(role, dict) and role.get("institution"):
                        entity.institutions.add(role["institution"])
        for entry in record.get("agreements") or []:
            if not isinstance(entry, dict) or not entry.get("key"):
                continue
            parties = frozenset(p.get("institution") for p in entry.get("parties") or [] if isinstance(p, dict))
            agreement = known.agreements.setdefault(entry["key"], KnownAgreement(entry["key"], parties))
            agreement.parties = agreement.parties | parties
            if isinstance(record.get("source"), str):
                agreement.reports.append(_report(data_dir, record["source"]))
            agreement.bodies = agreement.bodies | _keys(record.get("institutions"))
            date = entry.get("date") or {}
            if isinstance(date, dict) and date.get("value"):
                agreement.dates.add(str(date["value"]))
            elif isinstance(date, dict) and (written := parse_date_text(str(date.get("as_written") or ""))):
                agreement.days_without_year.add(written.month_day())     # 'November 24', no year given
    return known


def from_store(build_dir: Path, data_dir: Path | None = None) -> KnownGraph:
    """The same from a built store (build/store): labels, acronyms, memberships, parties, and the
    pages that told of each agreement (their texts are looked for in data_dir, when given)."""
    from kg.namespaces import AGREEMENT, COOP, INST, PERSON, PLACE, sparql_prefix_block
    from kg.graph.store import open_store
    store = open_store(Path(build_dir))
    known = KnownGraph(origin=str(Path(build_dir) / "store"))

    def rows(query):
        return store.query(sparql_prefix_block() + query)

    local = _local_name
    for kind, cls, namespace in (("institution", "coop:Institution", INST), ("person", "coop:Person", PERSON),
                                 ("place", "coop:Place", PLACE)):
        for row in rows(f"SELECT ?e ?label ?acr WHERE {{ ?e a {cls} . "
                        "{ ?e skos:prefLabel|skos:altLabel ?label } "
                        "UNION { ?e coop:acronym ?label BIND(true AS ?acr) } }"):
            key = local(row["e"], namespace)
            if key:
                entity = known.section(kind).setdefault(key, KnownEntity(key))
                _add_name(entity, row["label"].value, row["acr"] is not None)
    for row in rows("SELECT ?e ?t WHERE { ?e a coop:Institution ; a ?t }"):
        key, type_name = local(row["e"], INST), local(row["t"], COOP)
        entity = known.institutions.get(key)
        if entity and type_name in INSTITUTION_TYPE_PREFERENCE and (
                entity.type is None or INSTITUTION_TYPE_PREFERENCE.index(type_name) < INSTITUTION_TYPE_PREFERENCE.index(entity.type)):
            entity.type = type_name
    for row in rows("SELECT ?p ?i WHERE { ?m org:member ?p ; org:organization ?i }"):
        person, inst = local(row["p"], PERSON), local(row["i"], INST)
        if person in known.people and inst:
            known.people[person].institutions.add(inst)
    parties, dates = defaultdict(set), defaultdict(set)
    for row in rows("SELECT ?a ?i ?d WHERE { ?a coop:party ?i . "
                    "OPTIONAL { ?a coop:signedIn/schema:startDate ?d } }"):
        key = local(row["a"], AGREEMENT)
        parties[key].add(local(row["i"], INST))
        if row["d"] is not None:
            dates[key].add(row["d"].value)
    for key in parties:
        known.agreements[key] = KnownAgreement(key, frozenset(parties[key]), dates[key])
    _reports_from_store(known, rows, data_dir)
    return known


def _local_name(term, namespace) -> str | None:
    iri = term.value
    return iri[len(str(namespace)):] if iri.startswith(str(namespace)) else None


def _reports_from_store(known: KnownGraph, rows, data_dir):
    """Each agreement's reports and bodies, as from_records finds them: a source's statements are in
    its own named graph (graph/source/<key>), its metadata in the sources graph."""
    from kg.namespaces import AGREEMENT, GRAPH, INST, SOURCE
    reports, bodies = {}, defaultdict(set)
    for row in rows("SELECT ?s ?path ?issued ?pub ?name WHERE { ?s a coop:SourceDocument ; coop:localPath ?path . "
                    "OPTIONAL { ?s dcterms:issued ?issued } "
                    "OPTIONAL { ?s dcterms:publisher ?pub OPTIONAL { ?pub foaf:name ?name } } }"):
        source, name = _local_name(row["s"], SOURCE), row["name"].value if row["name"] else ""
        publisher = known.institutions.get(_local_name(row["pub"], INST)) if row["pub"] else None
        reports[source] = Report(source, row["issued"].value[:10] if row["issued"] else None,
                                 Path(data_dir) / row["path"].value if data_dir else None,
                                 name or (publisher.names[0] if publisher and publisher.names else ""))
    for row in rows(f"SELECT DISTINCT ?g ?i WHERE {{ GRAPH ?g {{ ?i a ?t }} FILTER(STRSTARTS(STR(?i), '{INST}')) }}"):
        bodies[_local_name(row["g"], GRAPH)].add(_local_name(row["i"], INST))
    for row in rows("SELECT DISTINCT ?g ?a WHERE { GRAPH ?g { ?a coop:party ?i } }"):
        agreement, graph = known.agreements.get(_local_name(row["a"], AGREEMENT)), _local_name(row["g"], GRAPH) or ""
        source = graph.removeprefix("source/")
        if agreement and graph.startswith("source/") and source in reports:
            agreement.reports.append(reports[source])
            agreement.bodies = agreement.bodies | bodies[graph]
    for agreement in known.agreements.values():
        agreement.reports.sort(key=lambda r: r.source)


def load_known(data_dir: Path, build_dir: Path | None = None) -> KnownGraph:
    """From the store when build_dir is given, else from data_dir's records."""
    return from_store(build_dir, data_dir) if build_dir else from_records(data_dir)


# ---------------------------------------------------------------- matching

def _verdicts(scored: dict) -> list[Candidate]:
    """scored: key -> (score, reason, forced_review). Accept at most the single clear best."""
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[0]))
    out = []
    for i, (key, (score, reason, forced_review)) in enumerate(ranked):
        rival = ranked[1][1][0] if i == 0 and len(ranked) > 1 else None
        clear = score >= resolve_names.MERGE_THRESHOLD and (rival is None or rival < score)
        verdict = "accept" if i == 0 and clear and not forced_review else "review"
        out.append(Candidate(key, score, reason, verdict))
    return out


def _resolution(candidates: list[Candidate]) -> Resolution:
    if not candidates:
        return Resolution("new", None, [])
    if candidates[0].verdict == "accept":
        return Resolution("accept", candidates[0].key, candidates)
    return Resolution("review", None, candidates)


def _acronym_doubt(form: str, label: str, reason: str, forms: list[str]) -> str | None:
    """Why an acronym match must not be accepted, or None (see the module's rule)."""
    if reason != "acronym":
        return None
    acronym = form if is_acronym(form.strip()) else label
    letters = re.sub(r"[^A-Za-z]", "", acronym)
    if len(letters) < MIN_ACRONYM_LETTERS:
        return f"a {len(letters)}-letter acronym is too short to decide"
    written = any(fold(f) == fold(acronym) for f in forms)
    defined = written and any(not is_acronym(f.strip()) and acronym_fit(acronym, f) == 0
                              for f in forms)
    if not written:
        return f"the article does not write '{acronym}': a name that spells a known acronym is not enough"
    if not defined:
        return f"'{acronym}' is neither defined with this name in the article nor known for this entity"
    return None


def _institution_score(form: str, label: str) -> tuple[float, str]:
    """resolve_names.score, and the forms one page writes for another's full name
    (kg.curation.name_variants): the name without its bracketed acronym, and the acronym followed
    by the rest of the name ('LIT Ipsum' ~ 'Lorem Institute of Technology Ipsum')."""
    best = resolve_names.score(form, label)
    if (trimmed(form), trimmed(label)) != (form, label):     # a cut name: '… of Lorem and the'
        form, label = trimmed(form), trimmed(label)
        best = max(best, resolve_names.score(form, label))
    bare_form, bare_label = without_bracketed_acronym(form) or form, without_bracketed_acronym(label) or label
    if (bare_form, bare_label) != (form, label):
        if name_key(bare_form, drop_titles=True) == name_key(bare_label, drop_titles=True):
            return max(best, (0.95, "same name but for the acronym in brackets"))
        best = max(best, resolve_names.score(bare_form, bare_label))
    for short, full in ((bare_form, bare_label), (bare_label, bare_form)):
        fit = acronym_and_rest(short, full)
        if fit is not None and fit <= 1:
            best = max(best, (0.9, "acronym of the leading words, the rest as written") if fit == 0
                       else (0.7, "acronym of the leading words with a skipped word, the rest as written"))
    return best


def _strength(score: float, doubt) -> tuple:
    return (not doubt and score >= resolve_names.MERGE_THRESHOLD, score, not doubt)


def _family_acronym(form: str, label: str, entity: KnownEntity) -> str | None:
    """Why a known acronym written alone does not decide: the entity's own full name writes it in
    brackets before more words ('Lorem Institute of Technology (LIT) Ipsum'), so it names the family
    of bodies ('LIT Ipsum', 'LIT Dolor'), not this one."""
    if not (is_acronym(form.strip()) and compact_key(form) == compact_key(label)):
        return None
    family = re.compile(r"\(\s*" + re.escape(label.strip()) + r"\s*\)\s*,?\s*\w", re.I)
    named = next((n for n in entity.names if family.search(n)), None)
    return f"'{form}' names a family of bodies in '{named}': which one?" if named else None


def _full_names_differ(forms: list[str], entity: KnownEntity) -> bool:
    """An acronym match with `entity` is contradicted when the article also writes the full name and
    it is unlike every full name the entity is known by ('LIT' of 'Lorem Institute of Technology
    (LIT) Dolor' is not the 'LIT' of '... Ipsum')."""
    written = [f for f in forms if not is_acronym(f.strip())]
    names = [n for n in entity.names if not is_acronym(n.strip())]
    return bool(written and names) and not any(
        _institution_score(f, n)[0] >= resolve_names.REVIEW_FLOOR for f in written for n in names)


def match_institution(forms: list[str], known: KnownGraph) -> Resolution:
    """Resolve an institution written in one or more forms (name, acronym, spellings). A match made
    only by an acronym is dropped when the article's full name is unlike the entity's."""
    scored = {}
    for entity in known.institutions.values():
        best_form = None
        for form in forms:
            for label in entity.names:
                score, reason = _institution_score(form, label)
                if score < resolve_names.REVIEW_FLOOR:
                    continue
                doubt = _acronym_doubt(form, label, reason, forms) or _family_acronym(form, label, entity)
                previous = scored.get(entity.key)
                # keep the best evidence: undoubted evidence that can decide first, then the higher
                # score; at equal score an undoubted one beats a doubted one
                if previous and _strength(score, doubt) <= _strength(previous[0], previous[2]):
                    continue
                said = f"'{form}'" if form == label else f"'{form}' ~ '{label}'"
                scored[entity.key] = (score, f"{said}: {reason}" + (f"; {doubt}" if doubt else ""), bool(doubt))
                best_form = form
        if best_form and is_acronym(best_form.strip()) and _full_names_differ(forms, entity):
            del scored[entity.key]
    return _resolution(_verdicts(scored))


def _person_score(name: str, label: str) -> tuple[float, str]:
    a, b = name_key(name, drop_titles=True), name_key(label, drop_titles=True)
    if not a or not b:
        return 0.0, ""
    if a == b:
        if name == label:
            return 1.0, "same name"
        return 1.0, "same name without diacritics" if fold(name) == fold(label) else "same name without titles"
    wa, wb = a.split(), b.split()
    if sorted(wa) == sorted(wb):
        return 0.8, "same names in another order"
    if min(len(wa), len(wb)) >= 2 and (set(wa) < set(wb) or set(wb) < set(wa)):
        return 0.7, "one name is part of the other"
    return 0.0, ""


def match_person(name: str, known: KnownGraph, institutions: set | None = None) -> Resolution:
    """Resolve a person's name; honorifics and diacritics do not count. Two people with the same
    name at different institutions are not merged silently (common Vietnamese names recur)."""
    scored = {}
    for entity in known.people.values():
        # the exact spelling explains a match best: prefer it among equal scores
        best = max((_person_score(name, label) for label in entity.names),
                   key=lambda sr: (sr[0], sr[1] == "same name"), default=(0.0, ""))
        if best[0] < resolve_names.REVIEW_FLOOR:
            continue
        score, reason = best
        doubt = False
        if institutions and entity.institutions and not (institutions & entity.institutions):
            doubt = True
            reason += (f", but the known person holds roles at {', '.join(sorted(entity.institutions))}, "
                       f"not at {', '.join(sorted(institutions))}")
        scored[entity.key] = (score, reason, doubt)
    return _resolution(_verdicts(scored))


GENERIC_PLACE = re.compile(r"^(campus|building|hall|room|block|floor|headquarters)\b", re.I)


def match_place(name: str, known: KnownGraph) -> Resolution:
    """Places resolve only by the same name; a generic name ('Campus 1') only asks for review."""
    scored = {}
    for entity in known.places.values():
        if any(name_key(name, drop_titles=True) == name_key(label, drop_titles=True) for label in entity.names):
            generic = bool(GENERIC_PLACE.match(name.strip()))
            scored[entity.key] = (1.0, "same name" + (" (a generic name: whose campus?)" if generic else ""),
                                  generic)
    return _resolution(_verdicts(scored))


def match_name(name: str, kind: str, known: KnownGraph) -> Resolution:
    if kind == "person":
        return match_person(name, known)
    if kind == "place":
        return match_place(name, known)
    return match_institution([name], known)


# ---------------------------------------------------------------- keys

def mint_key(name: str, taken) -> str:
    """A new key from the folded name, unique among `taken` (a set, updated)."""
    base = slug(name)
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    assert KEY_PATTERN.match(key), key
    taken.add(key)
    return key


# ---------------------------------------------------------------- the ROR registry (optional)

def registry_candidates(name: str, country: str | None = None, db=None, limit: int = 5):
    """(ROR candidates, None) when the registry index exists, else ([], why not). The registry
    module is another engineer's and may be missing; its absence is never an error here."""
    try:
        from kg.registry.lookup import candidates
        from kg.registry.store import resolve_db_path
    except ImportError as exc:
        return [], f"the ROR registry module is not available ({exc})"
    path = resolve_db_path(db)
    if not path.is_file():
        return [], f"no ROR index at {path} (build it with: coopkg registry import ror FILE)"
    try:
        return candidates(name, country, limit=limit, index=str(path)), None
    except CoopKGError as exc:
        return [], f"the ROR index cannot be used: {exc}"
