"""Typed, read-only views of checked curated records.

The schema checker (kg.curation.schema) walks the raw YAML and reports every problem with file and
line; only its output, plain dicts already known to be well formed, is turned into these objects.
Readers then use attributes (`agreement.date.value`) instead of deep dict indexing, and a misspelt
field name fails at once instead of quietly reading None. Field names are the YAML field names.
"""

import datetime as dt
import functools
from dataclasses import dataclass, fields
from typing import ClassVar


@functools.cache
def _field_names(cls) -> frozenset:
    return frozenset(f.name for f in fields(cls))


class _Part:
    """A record part built from its checked dict. `_parts` names the fields holding nested parts
    (a mapping becomes one part, a list a tuple of parts); other fields are taken as they are."""
    __slots__ = ()
    _parts: ClassVar[dict] = {}

    @classmethod
    def from_checked(cls, checked: dict):
        names = _field_names(cls)
        # A key the class does not know means the model lags behind the schema: fail loudly, lose nothing.
        unknown = checked.keys() - names - {"_line"}
        if unknown:
            raise ValueError(f"{cls.__name__} has no field for {sorted(unknown)}: update kg/curation/model.py")
        values = {"line": checked.get("_line", 1)} if "line" in names else {}
        for name in names - {"line"}:
            value, part = checked.get(name), cls._parts.get(name)
            if value is None:
                continue  # absent: the field's default (None, or () for lists)
            if part:
                value = tuple(map(part.from_checked, value)) if isinstance(value, list) else part.from_checked(value)
            values[name] = value
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Name(_Part):
    label: str
    lang: str | None = None
    quote: str | None = None
    acronym: bool | None = None
    preferred: bool | None = None

    @property
    def evidence(self) -> str:
        """The words of the source that state the name: its quote, else the label itself."""
        return self.quote or self.label


@dataclass(frozen=True, slots=True)
class InstitutionRef(_Part):
    """A quoted link to an institution: parent, predecessor, party, involved, funder."""
    institution: str
    quote: str


@dataclass(frozen=True, slots=True)
class PlaceRef(_Part):
    """A quoted link to a place: located_in, within, where an agreement was signed."""
    place: str
    quote: str


@dataclass(frozen=True, slots=True)
class Founded(_Part):
    year: int
    quote: str


@dataclass(frozen=True, slots=True)
class Identifiers(_Part):
    ror: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Institution(_Part):
    key: str
    quote: str
    type: str | None = None
    names: tuple = ()            # (Name, ...)
    parent: InstitutionRef | None = None
    predecessors: tuple = ()     # (InstitutionRef, ...)
    founded: Founded | None = None
    located_in: PlaceRef | None = None
    identifiers: Identifiers | None = None
    line: int = 1

    _parts = {"names": Name, "parent": InstitutionRef, "predecessors": InstitutionRef, "founded": Founded,
              "located_in": PlaceRef, "identifiers": Identifiers}


@dataclass(frozen=True, slots=True)
class Place(_Part):
    key: str
    names: tuple = ()            # (Name, ...)
    within: PlaceRef | None = None
    country: str | None = None
    line: int = 1

    _parts = {"names": Name, "within": PlaceRef}


@dataclass(frozen=True, slots=True)
class Title(_Part):
    title: str
    quote: str


@dataclass(frozen=True, slots=True)
class Membership(_Part):
    """A person's role at an institution (a person's `roles` entry)."""
    role: str
    institution: str
    as_written: str
    quote: str
    attested_on: dt.date | None = None
    since: int | None = None
    until: int | None = None


@dataclass(frozen=True, slots=True)
class Person(_Part):
    key: str
    names: tuple = ()            # (Name, ...)
    titles: tuple = ()           # (Title, ...)
    roles: tuple = ()            # (Membership, ...)
    line: int = 1

    _parts = {"names": Name, "titles": Title, "roles": Membership}


@dataclass(frozen=True, slots=True)
class AlsoCalled(_Part):
    type: str
    quote: str


@dataclass(frozen=True, slots=True)
class SigningDate(_Part):
    """When an agreement was signed: the full date, or the partial date as the source writes it."""
    quote: str
    value: dt.date | None = None
    as_written: str | None = None


@dataclass(frozen=True, slots=True)
class Representative(_Part):
    """A person at the signing on behalf of an institution; `signed` when they signed it."""
    person: str
    institution: str
    quote: str
    signed: bool | None = None


@dataclass(frozen=True, slots=True)
class Principle(_Part):
    text: str
    quote: str
    of: str | None = None        # 'signing' when the principle marked the signing meeting


@dataclass(frozen=True, slots=True)
class Area(_Part):
    area: str
    quote: str


@dataclass(frozen=True, slots=True)
class Status(_Part):
    quote: str
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Agreement(_Part):
    key: str
    quote: str
    type: str | None = None
    also_called: tuple = ()      # (AlsoCalled, ...)
    parties: tuple = ()          # (InstitutionRef, ...)
    date: SigningDate | None = None
    place: PlaceRef | None = None
    representatives: tuple = ()  # (Representative, ...)
    principles: tuple = ()       # (Principle, ...)
    areas: tuple = ()            # (Area, ...)
    status: Status | None = None
    line: int = 1

    _parts = {"also_called": AlsoCalled, "parties": InstitutionRef, "date": SigningDate, "place": PlaceRef,
              "representatives": Representative, "principles": Principle, "areas": Area, "status": Status}


@dataclass(frozen=True, slots=True)
class EventTitle(_Part):
    text: str
    quote: str
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class ReportedOn(_Part):
    date: dt.date
    quote: str


@dataclass(frozen=True, slots=True)
class Event(_Part):
    """Something a source reports happening (a visit, a ceremony), other than a signing."""
    key: str
    type: str
    title: EventTitle
    reported_on: ReportedOn | None = None
    involves: tuple = ()         # (InstitutionRef, ...)
    funder: InstitutionRef | None = None
    line: int = 1

    _parts = {"title": EventTitle, "reported_on": ReportedOn, "involves": InstitutionRef, "funder": InstitutionRef}


TYPES = {"institutions": Institution, "places": Place, "people": Person, "agreements": Agreement, "events": Event}


def typed_entry(section: str, checked: dict):
    """The typed view of one checked entry of a record section (institutions, places, ...)."""
    return TYPES[section].from_checked(checked)
