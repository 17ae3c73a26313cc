"""Reconcile the records of all sources: one entity per key, references checked,
possible duplicates and disagreements between sources found.

Records name entities by key; the same key in two files is the same entity seen by two
sources. This module does not merge anything by name: it only warns when two different
keys carry the same folded name, so a curator can decide.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from kg.curation.records import RecordFile
from kg.textnorm import fold
from kg.vocab import Vocabulary


@dataclass
class Mention:
    """One entry of one record file: what one source says about one entity."""
    record: RecordFile
    entry: dict   # the checked dict (with '_line'), for messages that name the line
    item: object  # the same entry typed (kg.curation.model), which the checks and emit read

    @property
    def source(self) -> str:
        return self.record.source.key

    @property
    def where(self) -> str:
        return self.record.where(self.entry)


@dataclass
class Claim:
    """A value of a single-valued field as one source states it."""
    value: object
    source: str
    quote: str
    where: str
    lang: str | None = None  # for names: the language tag of the label


@dataclass
class Disagreement:
    kind: str          # 'institution', 'person', 'membership', 'agreement'
    key: str           # entity key (for memberships person/institution/role)
    field: str         # record field: type, founded, parent, names, role wording, date, place
    claims: list       # [Claim], at least two, from different sources
    partial: bool = False  # True when one source only leaves out a detail (e.g. the year)

    def describe(self) -> str:
        by_source: dict = {}
        for c in self.claims:
            by_source.setdefault(c.source, []).append(_show(c.value))
        values = "; ".join(f"{', '.join(shown)} [{source}]" for source, shown in by_source.items())
        prefix = "one source leaves out a detail" if self.partial else "sources differ"
        return f"{self.kind} {self.key}, {self.field}: {prefix}: {values}"


@dataclass
class Resolved:
    records: list
    mentions: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))  # section -> key -> [Mention]
    problems: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    disagreements: list = field(default_factory=list)

    def keys(self, section: str) -> list:
        return sorted(self.mentions[section])

    def of(self, section: str, key: str) -> list:
        return self.mentions[section].get(key, [])


def resolve(records: list[RecordFile], vocab: Vocabulary, sources: dict) -> Resolved:
    resolved = Resolved(records)
    for record in records:
        for section, entries in record.sections.items():
            for entry, item in zip(entries, record.items[section]):
                resolved.mentions[section][entry["key"]].append(Mention(record, entry, item))
    _check_references(resolved, sources)
    _check_required_somewhere(resolved)
    if not resolved.problems:  # disagreements only make sense between well-formed records
        _warn_shared_names(resolved)
        _find_disagreements(resolved, vocab)
    return resolved


def _check_references(resolved: Resolved, sources: dict):
    known = {section: set(resolved.mentions[section]) for section in
             ("institutions", "people", "places", "agreements", "events")}

    def need(section, key, mention, path):
        if key not in known[section]:
            from kg.curation.schema import did_you_mean
            hint = did_you_mean(key, known[section]) or f"define it under '{section}:' in a record"
            resolved.problems.append(f"{mention.record.path}:{mention.entry['_line']}: field '{path}': "
                                     f"unknown {section[:-1] if section != 'people' else 'person'} key '{key}' ({hint})")

    for key, mentions in resolved.mentions["institutions"].items():
        for m in mentions:
            e = m.item
            if e.parent:
                need("institutions", e.parent.institution, m, f"institutions.{key}.parent")
            for p in e.predecessors:
                need("institutions", p.institution, m, f"institutions.{key}.predecessors")
            if e.located_in:
                need("places", e.located_in.place, m, f"institutions.{key}.located_in")
    for key, mentions in resolved.mentions["places"].items():
        for m in mentions:
            if m.item.within:
                need("places", m.item.within.place, m, f"places.{key}.within")
    for key, mentions in resolved.mentions["people"].items():
        for m in mentions:
            for r in m.item.roles:
                need("institutions", r.institution, m, f"people.{key}.roles.institution")
    for key, mentions in resolved.mentions["agreements"].items():
        for m in mentions:
            e = m.item
            for p in e.parties:
                need("institutions", p.institution, m, f"agreements.{key}.parties")
            for r in e.representatives:
                need("people", r.person, m, f"agreements.{key}.representatives.person")
                need("institutions", r.institution, m, f"agreements.{key}.representatives.institution")
            if e.place:
                need("places", e.place.place, m, f"agreements.{key}.place")
    for key, mentions in resolved.mentions["events"].items():
        for m in mentions:
            for i in m.item.involves:
                need("institutions", i.institution, m, f"events.{key}.involves")
            if m.item.funder:
                need("institutions", m.item.funder.institution, m, f"events.{key}.funder")
    for key, source in sources.items():
        publisher = source.meta["publisher"].get("institution")
        if publisher and publisher not in known["institutions"]:
            resolved.problems.append(f"{source.meta_path}: field 'publisher.institution': unknown institution "
                                     f"key '{publisher}' (define it in a record, or remove the field)")
    # A place or institution that contains itself, directly or through others, is a mistake.
    _check_cycles(resolved, "institutions", lambda e: [p.institution for p in e.predecessors], "predecessors")
    _check_cycles(resolved, "institutions", lambda e: [e.parent.institution] if e.parent else [], "parent")
    _check_cycles(resolved, "places", lambda e: [e.within.place] if e.within else [], "within")


def _check_cycles(resolved: Resolved, section: str, links, field_name: str):
    """Report the record entry whose link starts a path that leads back to the same entity."""
    graph = defaultdict(set)
    for key, mentions in resolved.mentions[section].items():
        for m in mentions:
            graph[key].update(links(m.item))

    def reaches(node, goal):
        stack, seen = [node], set()
        while stack:
            current = stack.pop()
            if current == goal:
                return True
            if current not in seen:
                seen.add(current)
                stack.extend(graph.get(current, ()))
        return False

    for key in sorted(graph):
        for m in resolved.mentions[section][key]:
            if any(reaches(target, key) for target in links(m.item)):
                resolved.problems.append(f"{m.where}: field '{section}.{key}.{field_name}': '{key}' "
                                         f"leads back to itself (remove the cycle)")
                break


def _check_required_somewhere(resolved: Resolved):
    """Fields that may be left out of one source's record but must be given by some source."""
    for key, mentions in resolved.mentions["institutions"].items():
        if not any(m.item.type for m in mentions):
            resolved.problems.append(f"{mentions[0].where}: field 'institutions.{key}.type': no record gives a "
                                     f"type for '{key}' (add e.g. type: University)")
        if not any(m.item.names for m in mentions):
            resolved.problems.append(f"{mentions[0].where}: field 'institutions.{key}.names': no record gives a "
                                     f"name for '{key}'")
    for key, mentions in resolved.mentions["agreements"].items():
        if not any(m.item.type for m in mentions):
            resolved.problems.append(f"{mentions[0].where}: field 'agreements.{key}.type': no record gives a "
                                     f"type for '{key}' (e.g. MemorandumOfUnderstanding)")
        for m in mentions:
            date = m.item.date
            if date and not date.value and not date.as_written:
                resolved.problems.append(f"{m.where}: field 'agreements.{key}.date': give 'value' (YYYY-MM-DD) "
                                         f"or 'as_written' (the partial date as the article writes it)")


def _warn_shared_names(resolved: Resolved):
    for section in ("institutions", "people"):
        owners = defaultdict(set)
        for key, mentions in resolved.mentions[section].items():
            for m in mentions:
                for name in m.item.names:
                    if not name.acronym:
                        owners[fold(name.label)].add(key)
        for name, keys in sorted(owners.items()):
            if len(keys) > 1:
                resolved.warnings.append(f"{section}: keys {', '.join(sorted(keys))} share the name '{name}': "
                                         f"the same entity under two keys? (merge them by using one key)")


def _single(mentions, get) -> list:
    claims = []
    for m in mentions:
        got = get(m.item)
        if got is not None:
            value, quote = got
            claims.append(Claim(value, m.source, quote, m.where))
    return claims


def _differ(claims, same=lambda a, b: a == b) -> bool:
    return any(not same(a.value, b.value) for a in claims for b in claims if a.source != b.source)


def _find_disagreements(resolved: Resolved, vocab: Vocabulary):
    found = resolved.disagreements
    ancestors = _type_ancestors(vocab)

    def compatible_types(a, b):
        return a == b or a in ancestors.get(b, ()) or b in ancestors.get(a, ())

    for key, mentions in sorted(resolved.mentions["institutions"].items()):
        checks = [
            ("type", lambda e: (e.type, e.quote) if e.type else None, compatible_types),
            ("founded", lambda e: (e.founded.year, e.founded.quote) if e.founded else None, None),
            ("parent", lambda e: (e.parent.institution, e.parent.quote) if e.parent else None, None),
        ]
        for field_name, get, same in checks:
            claims = _single(mentions, get)
            if _differ(claims, same or (lambda a, b: a == b)):
                found.append(Disagreement("institution", key, field_name, claims))

    for section, kind in (("institutions", "institution"), ("people", "person")):
        for key, mentions in sorted(resolved.mentions[section].items()):
            claims = _name_claims(mentions)
            if _sources_name_differently(claims):
                found.append(Disagreement(kind, key, "names", claims))

    by_membership = defaultdict(list)
    for key, mentions in resolved.mentions["people"].items():
        for m in mentions:
            for r in m.item.roles:
                by_membership[(key, r.institution, r.role)].append(Claim(r.as_written, m.source, r.quote, m.where))
    for (person, inst, role), claims in sorted(by_membership.items()):
        if _differ(claims):
            found.append(Disagreement("membership", f"{person}/{inst}/{role}", "role wording", claims))

    for key, mentions in sorted(resolved.mentions["agreements"].items()):
        types = _single(mentions, lambda e: (e.type, e.quote) if e.type else None)
        if _kinds_conflict(mentions, compatible_types):
            found.append(Disagreement("agreement", key, "type", types))
        places = _single(mentions, lambda e: (e.place.place, e.place.quote) if e.place else None)
        if _differ(places):
            found.append(Disagreement("agreement", key, "place", places))
        full = _single(mentions, lambda e: (e.date.value, e.date.quote) if e.date and e.date.value else None)
        partial = _single(mentions, lambda e: (e.date.as_written, e.date.quote)
                          if e.date and not e.date.value else None)
        if _differ(full):
            found.append(Disagreement("agreement", key, "date", full))
        elif full and partial:
            found.append(Disagreement("agreement", key, "date", full + partial, partial=True))
        elif _differ(partial, lambda a, b: fold(a) == fold(b)):  # no source gives the full date, and they word it differently
            found.append(Disagreement("agreement", key, "date", partial))


def _name_claims(mentions) -> list:
    return [Claim(n.label, m.source, n.evidence, m.where, n.lang) for m in mentions for n in m.item.names]


def _sources_name_differently(claims) -> bool:
    """Two sources that use different sets of names for one entity ('BCIT' and 'College of Industrial
    Technology' against 'College of Industrial Techniques'; 'Kieu Xuan Thuc' against 'Kiều Xuân Thực')."""
    names = defaultdict(set)
    for c in claims:
        names[c.source].add(c.value)
    return len(names) > 1 and len({frozenset(v) for v in names.values()}) > 1


def _kinds_conflict(mentions, compatible) -> bool:
    """Whether two sources call an agreement kinds that cannot both be right. A source may call it
    several kinds (type plus also_called); two sources agree when some kind of one is compatible
    with some kind of the other, so a page's own alternative wording is not a disagreement."""
    kinds = defaultdict(set)
    for m in mentions:
        kinds[m.source].update([m.item.type] if m.item.type else [])
        kinds[m.source].update(other.type for other in m.item.also_called)
    sources = sorted(s for s in kinds if kinds[s])
    return any(not any(compatible(a, b) for a in kinds[first] for b in kinds[second])
               for i, first in enumerate(sources) for second in sources[i + 1:])


def _type_ancestors(vocab: Vocabulary) -> dict:
    from kg.vocab import ontology_graph
    from rdflib.namespace import RDFS
    from kg.namespaces import COOP
    graph, result = ontology_graph(), {}
    for name in vocab.institution_types + vocab.agreement_types + vocab.event_types:
        seen, todo = set(), [COOP[name]]
        while todo:
            for parent in graph.objects(todo.pop(), RDFS.subClassOf):
                if str(parent).startswith(str(COOP._NS)) and parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        result[name] = {str(p).split("#")[1] for p in seen}
    return result


def _show(value) -> str:
    return f"'{value}'" if isinstance(value, str) else str(value)
