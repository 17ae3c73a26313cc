"""Typed, read-only views of checked curated records.

The schema checker (kg.curation.schema) walks the raw YAML and reports every problem with file and
line; only its output, plain dicts already known to be well formed, is turned into these objects.
Readers then use attributes (`agreement.date.value`) instead of deep dict indexing, and a misspelt
field name fails at once instead of quietly reading None. Field names are the YAML field names.
"""

import datetime as dt
from dataclasses import dataclass, fields


def _build(cls, checked: dict, **converted):
    """An instance of cls from a checked dict: nested values come converted, the rest as they are.
    A key the class does not know means the model lags behind the schema: fail loudly, lose nothing."""
    names = {f.name for f in fields(cls)}
    unknown = checked.keys() - names - {"_line"}
    if unknown:
        raise ValueError(f"{cls.__name__} has no field for {sorted(unknown)}: update kg/curation/model.py")
    values = {name: converted[name] if name in converted else checked.get(name) for name in names if name != "line"}
    if "line" in names:
        values["line"] = checked.get("_line", 1)
    return cls(**values)


def _one(cls, checked: dict | None):
    return None if checked is None else cls.from_checked(checked)


def _many(cls, items: list | None) -> tuple:
    return tuple(cls.from_checked(item) for item in items or ())


class _Plain:
    """A record part of scalar fields only."""
    __slots__ = ()

    @classmethod
    def from_checked(cls, checked: dict):
        return _build(cls, checked)


@dataclass(frozen=True, slots=True)
class Name(_Plain):
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
class InstitutionRef(_Plain):
    """A quoted link to an institution: parent, predecessor, party, involved, funder."""
    institution: str
    quote: str


@dataclass(frozen=True, slots=True)
class PlaceRef(_Plain):
    """A quoted link to a place: located_in, within, where an agreement was signed."""
    place: str
    quote: str


@dataclass(frozen=True, slots=True)
class Founded(_Plain):
    year: int
    quote: str


@dataclass(frozen=True, slots=True)
class Identifiers(_Plain):
    ror: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Institution:
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

    @classmethod
    def from_checked(cls, checked: dict) -> "Institution":
        return _build(cls, checked, names=_many(Name, checked.get("names")),
                      parent=_one(InstitutionRef, checked.get("parent")),
                      predecessors=_many(InstitutionRef, checked.get("predecessors")),
                      founded=_one(Founded, checked.get("founded")),
                      located_in=_one(PlaceRef, checked.get("located_in")),
                      identifiers=_one(Identifiers, checked.get("identifiers")))


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    names: tuple = ()            # (Name, ...)
    within: PlaceRef | None = None
    country: str | None = None
    line: int = 1

    @classmethod
    def from_checked(cls, checked: dict) -> "Place":
        return _build(cls, checked, names=_many(Name, checked.get("names")), within=_one(PlaceRef, checked.get("within")))


@dataclass(frozen=True, slots=True)
class Title(_Plain):
    title: str
    quote: str


@dataclass(frozen=True, slots=True)
class Membership(_Plain):
    """A person's role at an institution (a person's `roles` entry)."""
    role: str
    institution: str
    as_written: str
    quote: str
    attested_on: dt.date | None = None
    since: int | None = None
    until: int | None = None


@dataclass(frozen=True, slots=True)
class Person:
    key: str
    names: tuple = ()            # (Name, ...)
    titles: tuple = ()           # (Title, ...)
    roles: tuple = ()            # (Membership, ...)
    line: int = 1

    @classmethod
    def from_checked(cls, checked: dict) -> "Person":
        return _build(cls, checked, names=_many(Name, checked.get("names")), titles=_many(Title, checked.get("titles")),
                      roles=_many(Membership, checked.get("roles")))


@dataclass(frozen=True, slots=True)
class AlsoCalled(_Plain):
    type: str
    quote: str


@dataclass(frozen=True, slots=True)
class SigningDate(_Plain):
    """When an agreement was signed: the full date, or the partial date as the source writes it."""
    quote: str
    value: dt.date | None = None
    as_written: str | None = None


@dataclass(frozen=True, slots=True)
class Representative(_Plain):
    """A person at the signing on behalf of an institution; `signed` when they signed it."""
    person: str
    institution: str
    quote: str
    signed: bool | None = None


@dataclass(frozen=True, slots=True)
class Principle(_Plain):
    text: str
    quote: str
    of: str | None = None        # 'signing' when the principle marked the signing meeting


@dataclass(frozen=True, slots=True)
class Area(_Plain):
    area: str
    quote: str


@dataclass(frozen=True, slots=True)
class Status(_Plain):
    quote: str
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Agreement:
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

    @classmethod
    def from_checked(cls, checked: dict) -> "Agreement":
        return _build(cls, checked, also_called=_many(AlsoCalled, checked.get("also_called")),
                      parties=_many(InstitutionRef, checked.get("parties")),
                      date=_one(SigningDate, checked.get("date")), place=_one(PlaceRef, checked.get("place")),
                      representatives=_many(Representative, checked.get("representatives")),
                      principles=_many(Principle, checked.get("principles")), areas=_many(Area, checked.get("areas")),
                      status=_one(Status, checked.get("status")))


@dataclass(frozen=True, slots=True)
class EventTitle(_Plain):
    text: str
    quote: str
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class ReportedOn(_Plain):
    date: dt.date
    quote: str


@dataclass(frozen=True, slots=True)
class Event:
    """Something a source reports happening (a visit, a ceremony), other than a signing."""
    key: str
    type: str
    title: EventTitle
    reported_on: ReportedOn | None = None
    involves: tuple = ()         # (InstitutionRef, ...)
    funder: InstitutionRef | None = None
    line: int = 1

    @classmethod
    def from_checked(cls, checked: dict) -> "Event":
        return _build(cls, checked, title=_one(EventTitle, checked.get("title")),
                      reported_on=_one(ReportedOn, checked.get("reported_on")),
                      involves=_many(InstitutionRef, checked.get("involves")),
                      funder=_one(InstitutionRef, checked.get("funder")))


TYPES = {"institutions": Institution, "places": Place, "people": Person, "agreements": Agreement, "events": Event}


def typed_entry(section: str, checked: dict):
    """The typed view of one checked entry of a record section (institutions, places, ...)."""
    return TYPES[section].from_checked(checked)
