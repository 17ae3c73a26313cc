"""A small declarative checker for the curated-record YAML.

Each field is described once (type, required or not, allowed values); `check` walks the
parsed YAML and returns plain values, or lists every problem with file, line and field path,
with a 'did you mean' for misspelt keys and values.
"""

import datetime as dt
import difflib
import re
import unicodedata

import pyoxigraph

from kg.curation.yamlload import LineDict, LineList

# \Z, not $: '$' also matches before a final newline, so 'haui\n' would pass as a key.
KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:[-.][a-z0-9]+)*\Z")
LANG_PATTERN = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")
# An absolute http(s) IRI: no spaces, quotes, angle brackets or other characters RDF forbids in IRIs.
IRI_PATTERN = re.compile(r"^https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f]+\Z")
ROR_PATTERN = re.compile(r"^(?:https://ror\.org/)?0[a-z0-9]{6}[0-9]{2}\Z")
WIKIDATA_PATTERN = re.compile(r"^(?:https?://www\.wikidata\.org/(?:entity|wiki)/)?Q[1-9][0-9]*\Z")
# Scripts whose letters look alike: a word mixing them is a spoofing attempt or a copy-paste accident.
_CONFUSABLE_SCRIPTS = {"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE"}
# Their non-Latin blocks: text without any of these letters (nearly all) needs no closer look.
_NON_LATIN_LOOK_ALIKES = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff"
                                    "\ua640-\ua69f\u0530-\u058f\u13a0-\u13ff\uab70-\uabbf]")
_WORD = re.compile(r"[^\W\d_]+")


class Problems:
    """Collects problems so the user sees all of them in one run, not one per run."""

    def __init__(self, file: str):
        self.file, self.items = file, []

    def add(self, line: int, path: str, message: str, fix: str | None = None):
        text = f"{self.file}:{line}: field '{path}': {message}"
        self.items.append(text + (f" ({fix})" if fix else ""))


def did_you_mean(word, choices) -> str | None:
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


class Spec:
    required = False

    def req(self):
        self.required = True
        return self


class Str(Spec):
    def check(self, value, path, line, problems):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # YAML reads 2025 or 1.5 as numbers; as text they are fine
        if not isinstance(value, str) or not value.strip():
            problems.add(line, path, f"expected non-empty text, got {_kind(value)}")
            return None
        mixed = mixed_script_word(value)
        if mixed:
            problems.add(line, path, mixed, "retype the word in one script; look-alike letters hide a different name")
            return None
        return value.strip()


def _script(char: str) -> str:
    return unicodedata.name(char, "").split(" ", 1)[0]


def mixed_script_word(text: str) -> str | None:
    """Why text is suspicious when one of its words mixes look-alike scripts (a Cyrillic 'а' inside
    'Hanoi'), else None."""
    if not _NON_LATIN_LOOK_ALIKES.search(text):
        return None
    for word in _WORD.findall(text):
        scripts = {_script(ch) for ch in word} & _CONFUSABLE_SCRIPTS
        if len(scripts) > 1:
            odd = next(ch for ch in word if _script(ch) != _script(word[0]) and _script(ch) in scripts)
            return (f"the word '{word}' mixes {' and '.join(sorted(s.title() for s in scripts))} letters "
                    f"(U+{ord(odd):04X} {unicodedata.name(odd)})")
    return None


class Pattern(Str):
    """Text that must match a regular expression in full (identifiers, IRIs)."""

    def __init__(self, pattern: re.Pattern, what: str, example: str):
        self.pattern, self.what, self.example = pattern, what, example

    def check(self, value, path, line, problems):
        text = super().check(value, path, line, problems)
        if text is None:
            return None
        if not self.pattern.match(text):
            problems.add(line, path, f"{text!r} is not {self.what}", f"write e.g. {self.example}")
            return None
        return text


class Iri(Pattern):
    """An http(s) IRI that the RDF store accepts: the pattern names the usual mistakes (spaces,
    quotes), Oxigraph's own IRI parser has the last word (a bad '%zz' escape, a second '#')."""

    def __init__(self):
        super().__init__(IRI_PATTERN, "an http(s) IRI (no spaces or quotes)",
                         "https://example.org/news/1 (spaces as %20)")

    def check(self, value, path, line, problems):
        text = super().check(value, path, line, problems)
        if text is None:
            return None
        try:
            pyoxigraph.NamedNode(text)
        except ValueError as exc:
            problems.add(line, path, f"{text!r} is not a valid IRI: {exc}", f"write e.g. {self.example}")
            return None
        return text


class Key(Spec):
    """A stable key from which an IRI is minted: lower case, digits, '-' and '.'."""

    def check(self, value, path, line, problems):
        if not isinstance(value, str) or not KEY_PATTERN.match(value):
            problems.add(line, path, f"'{value}' is not a valid key",
                         "use lower-case letters, digits and '-', e.g. 'haui' or 'kieu-xuan-thuc'")
            return None
        return value


class Bool(Spec):
    def check(self, value, path, line, problems):
        if not isinstance(value, bool):
            problems.add(line, path, f"expected true or false, got {_kind(value)}")
            return None
        return value


class Int(Spec):
    def __init__(self, low: int, high: int):
        self.low, self.high = low, high

    def check(self, value, path, line, problems):
        if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
            problems.add(line, path, f"expected a whole number from {self.low} to {self.high}, got {value!r}")
            return None
        return value


class Date(Spec):
    """An ISO date (YYYY-MM-DD); YAML may already have turned it into a date."""

    def check(self, value, path, line, problems):
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        problems.add(line, path, f"'{value}' is not a valid date",
                     "write it as YYYY-MM-DD, e.g. 2025-11-26; keep partial dates in 'as_written'")
        return None


class DateTime(Spec):
    """An ISO date or date-time (source publication times)."""

    def check(self, value, path, line, problems):
        if isinstance(value, (dt.date, dt.datetime)):
            return value
        if isinstance(value, str):
            for parse in (dt.datetime.fromisoformat, dt.date.fromisoformat):
                try:
                    return parse(value.strip())
                except ValueError:
                    continue
        problems.add(line, path, f"'{value}' is not a valid date or date-time",
                     "write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+07:00")
        return None


class Lang(Spec):
    def check(self, value, path, line, problems):
        if not isinstance(value, str) or not LANG_PATTERN.match(value):
            problems.add(line, path, f"'{value}' is not a language tag", "use e.g. en or vi")
            return None
        return value


class Enum(Spec):
    def __init__(self, values):
        self.values = list(values)

    def check(self, value, path, line, problems):
        if value not in self.values:
            hint = did_you_mean(value, self.values) or "one of: " + ", ".join(map(str, self.values))
            problems.add(line, path, f"unknown value '{value}'", hint)
            return None
        return value


class Map(Spec):
    def __init__(self, fields: dict, shorthand: str | None = None):
        # shorthand: a bare scalar is accepted as {shorthand: scalar}
        self.fields, self.shorthand = fields, shorthand

    def check(self, value, path, line, problems):
        if self.shorthand and not isinstance(value, dict) and value is not None:
            value = LineDict({self.shorthand: value})
            value.line, value.key_lines = line, {}
        if not isinstance(value, dict):
            problems.add(line, path, f"expected a mapping of fields, got {_kind(value)}")
            return None
        own_line = getattr(value, "line", line)
        result = {"_line": own_line}
        for key in value:
            if key not in self.fields:
                hint = did_you_mean(key, self.fields) or "allowed: " + ", ".join(self.fields)
                problems.add(_line_of(value, key, own_line), f"{path}.{key}", "unknown field", hint)
        for name, spec in self.fields.items():
            if name not in value or value[name] is None:
                if spec.required:
                    problems.add(own_line, f"{path}.{name}", "missing required field")
                continue
            result[name] = spec.check(value[name], f"{path}.{name}", _line_of(value, name, own_line), problems)
        return result


class ListOf(Spec):
    def __init__(self, item: Spec, min_items: int = 0):
        self.item, self.min_items = item, min_items

    def check(self, value, path, line, problems):
        if not isinstance(value, list):
            value = [value]  # a single item where a list is expected is accepted
        if len(value) < self.min_items:
            problems.add(line, path, f"needs at least {self.min_items} item(s), got {len(value)}")
        lines = getattr(value, "item_lines", None) or [line] * len(value)
        return [self.item.check(v, f"{path}[{i}]", lines[i], problems) for i, v in enumerate(value)]


def _line_of(mapping, key, default):
    return mapping.line_of(key) if isinstance(mapping, LineDict) else default


def _kind(value) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", LineDict: "a mapping", list: "a list", LineList: "a list",
            str: "text", int: "a number", float: "a number", bool: "true/false"}.get(type(value), type(value).__name__)
