"""Check a gold annotation against the gold format (dev-articles README, docs/annotation-guide.md).

`coopkg eval` scores the extractor against gold files, so a gold file with a misspelt key or a role
pointing at an institution that is not listed silently changes the figures. check_gold() lists every
such problem with its field path. not_in_text() lists the strings the guide asks to copy verbatim that
the article lacks: usually a typo or a paraphrase, sometimes a parent institution the annotator
implied from a role ("Vice Minister of Education and Training"), so those are notes, not errors.

    >>> check_gold({"institutions": [], "people": [], "agreement": {"type": "MoU", "date": "2024-13-01",
    ...             "place": None, "areas": []}})
    ['institutions: no institution has party: true', "agreement.date: '2024-13-01' is not a YYYY-MM-DD day"]
"""

import datetime as dt
import re
from pathlib import Path

import yaml

from kg.article import read_article

INSTITUTION_KEYS = {"name", "aliases", "party"}
PERSON_KEYS = {"name", "titles", "roles", "signed"}
ROLE_KEYS = {"role", "institution"}
AGREEMENT_KEYS = {"type", "date", "date_text", "place", "areas"}
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def check_gold(gold) -> list[str]:
    """Problems of one gold annotation, each 'field.path: what is wrong'; [] when it is well formed."""
    return _check(gold, None)


def not_in_text(gold, text: str) -> list[str]:
    """Gold strings (names, aliases, date_text, place) that do not occur in the article's text."""
    return _problems_and_notes(gold, text)[1]


VERBATIM_NOTE = "does not occur in the article text"


def _problems_and_notes(gold, text: str | None) -> tuple[list[str], list[str]]:
    found = _check(gold, text)
    notes = [n for n in found if n.endswith(VERBATIM_NOTE)]
    return [p for p in found if not p.endswith(VERBATIM_NOTE)], notes


def _check(gold, text) -> list[str]:
    if not isinstance(gold, dict):
        return ["a gold file must be a mapping with institutions, people and agreement"]
    problems = [f"{key}: unknown key" for key in sorted(set(gold) - {"institutions", "people", "agreement"})]
    names = _check_institutions(gold.get("institutions"), problems, text)
    _check_people(gold.get("people"), names, problems, text)
    _check_agreement(gold.get("agreement"), problems, text)
    return problems


def _is_list_of_str(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _verbatim(path: str, value, text, problems):
    # Gold strings are copied from the text, so a string the text lacks is a typo or a paraphrase.
    if text is not None and isinstance(value, str) and value and value not in text:
        problems.append(f"{path}: {value!r} {VERBATIM_NOTE}")


def _is_entry(entry, where: str, keys: set[str], problems: list[str]) -> bool:
    """A mapping with exactly `keys`; unknown and missing keys are reported, and False for a non-mapping."""
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a mapping ({', '.join(sorted(keys))})")
        return False
    problems += [f"{where}.{k}: unknown key" for k in sorted(set(entry) - keys)]
    problems += [f"{where}.{k}: missing" for k in sorted(keys - set(entry))]
    return True


def _check_institutions(institutions, problems, text) -> set[str]:
    if not isinstance(institutions, list):
        problems.append("institutions: must be a list")
        return set()
    names = set()
    for i, inst in enumerate(institutions):
        where = f"institutions[{i}]"
        if not _is_entry(inst, where, INSTITUTION_KEYS, problems):
            continue
        name = inst.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}.name: must be a non-empty string")
        elif name in names:
            problems.append(f"{where}.name: {name!r} is listed twice")
        else:
            names.add(name)
            _verbatim(f"{where}.name", name, text, problems)
        if "aliases" in inst and not _is_list_of_str(inst["aliases"]):
            problems.append(f"{where}.aliases: must be a list of strings")
        for j, alias in enumerate(inst.get("aliases") or []):
            _verbatim(f"{where}.aliases[{j}]", alias, text, problems)
        if "party" in inst and not isinstance(inst["party"], bool):
            problems.append(f"{where}.party: must be true or false")
    if not any(isinstance(x, dict) and x.get("party") is True for x in institutions):
        problems.append("institutions: no institution has party: true")
    return names


def _check_people(people, names, problems, text):
    if not isinstance(people, list):
        problems.append("people: must be a list")
        return
    for i, person in enumerate(people):
        where = f"people[{i}]"
        if not _is_entry(person, where, PERSON_KEYS, problems):
            continue
        if not isinstance(person.get("name"), str) or not person.get("name", "").strip():
            problems.append(f"{where}.name: must be a non-empty string")
        _verbatim(f"{where}.name", person.get("name"), text, problems)
        if "titles" in person and not _is_list_of_str(person["titles"]):
            problems.append(f"{where}.titles: must be a list of strings")
        if "signed" in person and not isinstance(person["signed"], bool):
            problems.append(f"{where}.signed: must be true or false")
        roles = person.get("roles")
        if "roles" in person and not isinstance(roles, list):
            problems.append(f"{where}.roles: must be a list")
            continue
        for j, role in enumerate(roles or []):
            rwhere = f"{where}.roles[{j}]"
            if not isinstance(role, dict) or set(role) != ROLE_KEYS:
                problems.append(f"{rwhere}: must be a mapping with exactly role and institution")
            elif role["institution"] is not None and role["institution"] not in names:
                # null: the text names the office but no body ("the Foreign Secretary")
                problems.append(f"{rwhere}.institution: {role['institution']!r} is not a listed institution's name")


def _check_agreement(agreement, problems, text):
    if not isinstance(agreement, dict):
        problems.append("agreement: must be a mapping (type, date, date_text, place, areas)")
        return
    problems += [f"agreement.{k}: unknown key" for k in sorted(set(agreement) - AGREEMENT_KEYS)]
    problems += [f"agreement.{k}: missing" for k in sorted({"type", "date", "place", "areas"} - set(agreement))]
    date = agreement.get("date")
    if date is not None:
        date = str(date)          # YAML reads an unquoted 2024-03-05 as a date
        if not ISO_DAY.fullmatch(date) or not _real_day(date):
            problems.append(f"agreement.date: {date!r} is not a YYYY-MM-DD day")
        if agreement.get("date_text"):
            problems.append("agreement.date_text: only for a date whose year the text does not give (date: null)")
    _verbatim("agreement.date_text", agreement.get("date_text"), text, problems)
    place = agreement.get("place")
    if place is not None and not isinstance(place, str):
        problems.append("agreement.place: must be a string or null")
    _verbatim("agreement.place", place, text, problems)
    if agreement.get("areas") is not None and not _is_list_of_str(agreement.get("areas")):
        problems.append("agreement.areas: must be a list of strings")


def _real_day(iso: str) -> bool:
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def check_gold_dir(articles_dir, gold_dir) -> tuple[list[str], list[str]]:
    """(problems, notes) of every gold file in gold_dir, each prefixed with the file's path; notes are
    the strings not in the text of the matching article in articles_dir (when it is there), and the
    gold files whose article is missing from an existing articles_dir (`coopkg eval` refuses those)."""
    problems, notes = [], []
    for gold_file in sorted(Path(gold_dir).glob("*.yaml")):
        try:
            gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        except yaml.YAMLError as err:
            problems.append(f"{gold_file}: not valid YAML ({err})")
            continue
        article_file = Path(articles_dir) / (gold_file.stem + ".txt")
        text = None
        if article_file.is_file():
            article = read_article(article_file)
            # the headline counts as text: annotators copy names from it
            text = f"{article.title or ''}\n{article.text}"
        elif Path(articles_dir).is_dir():
            notes.append(f"{gold_file}: no article {article_file.name} in {articles_dir}: its strings are not "
                         "checked, and `coopkg eval` cannot score this set until it is there")
        found, missing = _problems_and_notes(gold, text)
        problems += [f"{gold_file}: {p}" for p in found]
        notes += [f"{gold_file}: {n}" for n in missing]
    return problems, notes
