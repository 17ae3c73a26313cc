"""Curated records: what one source states, in human-editable YAML (data/records/*.yaml).

One file per source. Every fact carries a verbatim `quote` from that source (a name is
its own quote unless one is given). Entities are referred to by stable keys; the same key
in two files is the same entity, seen by two sources. See data/README.md for the format.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import CoopKGError
from kg.curation.model import typed_entry
from kg.curation.schema import (ROR_PATTERN, WIKIDATA_PATTERN, Bool, Date, Enum, Int, Key, Lang, ListOf, Map, Pattern,
                       Problems, Str)
from kg.curation.sources import Source
from kg.curation.textio import require_inside
from kg.vocab import Vocabulary
from kg.curation.yamlload import load_yaml

AGREEMENT_STATUSES = ["proposed", "signed", "in-force", "expired"]
PRINCIPLE_OF = ["agreement", "signing"]
SECTIONS = ("institutions", "places", "people", "agreements", "events")


def _quoted(**fields) -> Map:
    return Map({**fields, "quote": Str().req()})


def record_spec(vocab: Vocabulary) -> Map:
    name = Map({"label": Str().req(), "lang": Lang(), "quote": Str(), "acronym": Bool(),
                "preferred": Bool()}, shorthand="label")
    inst_ref = _quoted(institution=Key().req())
    institution = Map({
        "key": Key().req(),
        "type": Enum(vocab.institution_types),
        "quote": Str().req(),
        "names": ListOf(name, 1),
        "parent": inst_ref,
        "predecessors": ListOf(inst_ref),
        "founded": _quoted(year=Int(800, 2100).req()),
        "located_in": _quoted(place=Key().req()),
        "identifiers": Map({"ror": Pattern(ROR_PATTERN, "a ROR identifier", "05hhz4s12 or https://ror.org/05hhz4s12"),
                            "wikidata": Pattern(WIKIDATA_PATTERN, "a Wikidata item", "Q1234")}),
    })
    place = Map({
        "key": Key().req(),
        "names": ListOf(name, 1),
        "within": _quoted(place=Key().req()),
        "country": Str(),
    })
    person = Map({
        "key": Key().req(),
        "names": ListOf(name, 1),
        "titles": ListOf(_quoted(title=Enum(vocab.titles))),
        "roles": ListOf(_quoted(role=Enum(vocab.roles), institution=Key().req(), as_written=Str().req(),
                                attested_on=Date(), since=Int(1800, 2100), until=Int(1800, 2100))),
    })
    agreement = Map({
        "key": Key().req(),
        "type": Enum(vocab.agreement_types),
        "quote": Str().req(),
        # other kinds the same source also calls it ("cooperation agreement" and "memorandum")
        "also_called": ListOf(_quoted(type=Enum(vocab.agreement_types).req())),
        "parties": ListOf(inst_ref),
        "date": _quoted(value=Date(), as_written=Str()),
        "place": _quoted(place=Key().req()),
        "representatives": ListOf(_quoted(person=Key().req(), institution=Key().req(), signed=Bool())),
        # of: signing when the source says the principle marked the meeting where it was signed
        "principles": ListOf(_quoted(text=Str().req(), of=Enum(PRINCIPLE_OF))),
        "areas": ListOf(_quoted(area=Enum(vocab.areas))),
        "status": _quoted(value=Enum(AGREEMENT_STATUSES)),
    })
    event = Map({
        "key": Key().req(),
        "type": Enum(vocab.event_types).req(),
        "title": _quoted(text=Str().req(), lang=Lang()).req(),
        "reported_on": _quoted(date=Date().req()),
        "involves": ListOf(inst_ref),
        "funder": inst_ref,
    })
    return Map({
        "source": Key().req(),
        "institutions": ListOf(institution),
        "places": ListOf(place),
        "people": ListOf(person),
        "agreements": ListOf(agreement),
        "events": ListOf(event),
    })


@dataclass
class RecordFile:
    path: Path
    source: Source
    sections: dict  # section name -> list of checked entries (each a dict with '_line')
    # section name -> the same entries as typed objects (kg.curation.model), built once all checks ran
    items: dict = field(default_factory=dict)

    def where(self, item: dict) -> str:
        return f"{self.path}:{item.get('_line', 1)}"


def load_record_files(data_dir: Path, vocab: Vocabulary, sources: dict[str, Source],
                      problems_out: list) -> list[RecordFile]:
    spec = record_spec(vocab)
    files = []
    for path in sorted((data_dir / "records").glob("*.yaml")):
        problems = Problems(str(path))
        try:
            require_inside(path, data_dir / "records", str(path), "record file")
            raw = load_yaml(path)
        except CoopKGError as exc:
            problems_out.append(str(exc))
            continue
        if raw is None:
            problems_out.append(f"{path}: the file is empty (write at least 'source: <key>')")
            continue
        checked = spec.check(raw, "record", 1, problems)
        if checked and checked.get("source") and checked["source"] not in sources:
            hint = _hint(checked["source"], sources)
            problems.add(raw.line_of("source") if hasattr(raw, "line_of") else 1, "source",
                         f"unknown source '{checked['source']}'", hint or "add data/sources/<key>.yaml")
        if not problems.items and checked:
            record = RecordFile(path, sources[checked["source"]],
                                {s: [e for e in checked.get(s) or [] if e] for s in SECTIONS})
            _default_name_languages(record)
            _check_quotes(record, problems)
            _check_distinct_parties(record, problems)
            record.items = {s: [typed_entry(s, e) for e in entries] for s, entries in record.sections.items()}
            files.append(record)
        problems_out.extend(problems.items)
    return files


# At least two letters or digits: 'a' or '.' occurs in any article and proves nothing.
_TWO_LETTERS_OR_DIGITS = re.compile(r"[^\W_].*?[^\W_]", re.DOTALL)


def _default_name_languages(record: RecordFile):
    """A name without `lang` (a person's name, an acronym) gets the language of its source's text:
    written in an English article it is English text. So every name carries a language tag and
    `FILTER(LANG(?label) = "en")` finds people as well as institutions."""
    language = record.source.meta["language"]
    for section in ("institutions", "places", "people"):
        for entry in record.sections[section]:
            for name in entry.get("names") or []:
                if name and not name.get("lang"):
                    name["lang"] = language


def _check_quotes(record: RecordFile, problems: Problems):
    """Every quote (or, for names without one, the label) must occur in the source text."""
    def walk(value, path):
        if isinstance(value, dict):
            quote = value.get("quote")
            if quote is None and "label" in value:
                quote = value["label"]
            if quote is not None and not _TWO_LETTERS_OR_DIGITS.search(quote):
                problems.add(value.get("_line", 1), f"{path}.quote", f"the quote \"{quote}\" is too short to "
                             f"show where the fact is stated", "quote the words of the article that state it")
            elif quote is not None and not record.source.contains_quote(quote):
                problems.add(value.get("_line", 1), f"{path}.quote",
                             f"quote not found in source '{record.source.key}' ({record.source.text_path}): "
                             f"\"{quote[:80]}\"", "copy the words exactly as the article has them")
            for key, child in value.items():
                if key != "_line":
                    walk(child, f"{path}.{key}")
        elif isinstance(value, list):
            for i, child in enumerate(value):
                walk(child, f"{path}[{i}]")
    for section, items in record.sections.items():
        walk(items, section)


def _check_distinct_parties(record: RecordFile, problems: Problems):
    """An agreement needs two different parties; listing one institution twice would pass the
    SHACL count (it counts statements) while the agreement has a single party."""
    for i, agreement in enumerate(record.sections["agreements"]):
        seen = set()
        for j, party in enumerate(agreement.get("parties") or []):
            if party and party.get("institution") in seen:
                problems.add(party.get("_line", 1), f"agreements[{i}].parties[{j}].institution",
                             f"'{party['institution']}' is already a party of this agreement",
                             "list each party once; an agreement needs two different institutions")
            elif party:
                seen.add(party.get("institution"))


def _hint(word, choices) -> str | None:
    from kg.curation.schema import did_you_mean
    return did_you_mean(word, choices)
