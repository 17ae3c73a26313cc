"""Why institutions are scored wrong: counts per cause, never page text.

    python -m benchmarks.institution_errors NAME=ARTICLES_DIR:GOLD_DIR [...]

Institutions are paired exactly as `coopkg eval` pairs them (kg.evaluate). Each gold institution
left unpaired (a miss) falls in the first cause that fits:
- merged: a drafted institution carries its name beside another gold institution's (one entry for two);
- country/territory: the gold lists a country or a province/city written as the party;
- unit/parent: a drafted name holds it with a unit's words around it, or is a unit of it;
- cut short / cut long: a drafted name is a run of its words, or holds it with more words;
- not in text: neither its name nor an alias is written in the text as it stands (composed by the reader);
- no head noun: no name or alias has a head the extractor knows (an agency known by its acronym);
- other.
Each drafted institution left unpaired (a wrong fact) falls in the first cause that fits:
- unit: a faculty, department, office ... (of a listed institution or not);
- place/country: a country or a province/city with no institution head;
- event/programme: a forum, conference, programme or project name;
- cut (its gold missed): a run of an unpaired gold name's words, or that name with more words;
- duplicate: another form of a gold institution already paired (alias, acronym, shorter or longer cut);
- not a party in the draft: drafted as a host, attendee or a role's institution the gold does not list;
- other: drafted as a party the gold does not list.
Only counts are printed, so held-out sets can be diagnosed without reading their pages. Results go to
benchmarks/results/institution-errors.md as well as the screen.
"""

import sys
from collections import Counter

from benchmarks.error_counts import cause_rows, run
from kg import evaluate as ev
from kg.extract.countries import country_names
from kg.extract.institutions import COMPANY_SUFFIXES, INSTITUTION_HEADS, LOCALITY_WORDS, UNIT_HEADS
from kg.names import acronym_fit, is_acronym, name_key

MISSED = ("merged", "country/territory", "unit/parent", "cut short", "cut long", "not in text", "no head noun",
          "other")
SPURIOUS = ("unit", "place/country", "event/programme", "cut (its gold missed)", "duplicate",
            "not a party in the draft", "other")

# Words that make a name a unit inside a body (guide D4), beyond the extractor's unit heads.
UNIT_WORDS = (UNIT_HEADS - {"council", "board", "programme", "program"}) | {"campus", "branch", "school", "college",
                                                                          "institute"}
# Unit words that are never an institution's own head ('Faculty of Law' is always inside something).
ALWAYS_UNIT = {"faculty", "department", "office", "division", "laboratory", "lab", "section", "campus"}
EVENT_WORDS = {"forum", "conference", "summit", "festival", "exhibition", "expo", "fair", "congress", "symposium",
               "workshop", "seminar", "webinar", "programme", "program", "project", "initiative", "scheme",
               "competition", "award", "awards", "week", "olympiad", "contest", "hackathon", "challenge"}
TERRITORY_WORDS = LOCALITY_WORDS | {"state", "district", "county", "region", "town", "village", "commune", "ward"}
# Heads that make a name a body, not a territory ('Bac Ninh Provincial People's Committee').
BODY_WORDS = INSTITUTION_HEADS | UNIT_HEADS | {"committee", "police", "court", "council", "office", "administration"}
HEADS = INSTITUTION_HEADS | UNIT_HEADS | {h for h in COMPANY_SUFFIXES if " " not in h} | {"committee", "court"}


def _words(name: str) -> list[str]:
    return name_key(name or "", drop_titles=True).split()


def _forms(entry: dict) -> list[list[str]]:
    """The word lists of an entry's name and aliases."""
    return [w for w in (_words(x) for x in [entry.get("name") or ""] + list(entry.get("aliases") or [])) if w]


def _run_at(short: list[str], long: list[str]) -> int | None:
    """Where short is a contiguous run of long's words, else None."""
    for i in range(len(long) - len(short) + 1):
        if long[i:i + len(short)] == short:
            return i
    return None


def _nests(a: list[str], b: list[str]) -> bool:
    """One name is a run of the other's words; one word inside a name with a head it lacks is not ('VNU' in
    'VNU's University of Languages' names a parent, not the same body cut short)."""
    short, long = sorted((a, b), key=len)
    if len(short) == 1 < len(long) and set(long) & HEADS and not set(short) & HEADS:
        return False
    return bool(short) and _run_at(short, long) is not None


def _is_country(words: list[str]) -> bool:
    return " ".join(words) in country_names()


def _is_territory(words: list[str]) -> bool:
    """A country, or a place named with its kind ('Lorem province') and no body's head."""
    return _is_country(words) or bool(set(words) & TERRITORY_WORDS) and not set(words) & BODY_WORDS


def _has_head(entry: dict) -> bool:
    return any(set(w) & HEADS for w in _forms(entry))


def _spells(entry_a: dict, entry_b: dict) -> bool:
    """An acronym of one entry spells a name of the other."""
    names = lambda e: [e.get("name") or ""] + list(e.get("aliases") or [])
    return any(is_acronym(a) and acronym_fit(a, n) == 0 for a in names(entry_a) for n in names(entry_b)) \
        or any(is_acronym(a) and acronym_fit(a, n) == 0 for a in names(entry_b) for n in names(entry_a))


def _unit_around(drafted: list[str], gold: list[str]) -> bool:
    """The longer name holds the shorter one and its other words name a unit, while the shorter has a head
    of its own: the unit's head word next to it ('Faculty of Law, Lorem University', 'Lorem University School
    of Law'), never a second name joined by 'and'."""
    short, long = sorted((drafted, gold), key=len)
    at = _run_at(short, long)
    if at is None or len(short) == len(long):
        return False
    before, after = long[:at], long[at + len(short):]
    unit_words = (before[:1] + after[:1]) if "and" not in before + after else []
    return bool(set(unit_words) & UNIT_WORDS) and bool(set(short) & HEADS)


def _in_text(entry: dict, text_words: list[str]) -> bool:
    return any(_run_at(form, text_words) is not None for form in _forms(entry))


def _miss_cause(g: dict, others_gold: list[dict], pred: list[dict], unpaired_pred: list[dict],
                text_words: list[str]) -> str:
    forms = _forms(g)
    for p in pred:
        p_forms = _forms(p)
        shares_g = any(f in p_forms for f in forms) or any(_run_at(f, pf) is not None for f in forms for pf in p_forms
                                                            if len(pf) > len(f))
        if shares_g and any(_run_at(of, pf) is not None for o in others_gold for of in _forms(o) for pf in p_forms):
            return "merged"
    if any(_is_territory(f) for f in forms):
        return "country/territory"
    for p in unpaired_pred:
        if any(_unit_around(pf, f) for pf in _forms(p) for f in forms):
            return "unit/parent"
    for p in unpaired_pred:
        for pf in _forms(p):
            for f in forms:
                if _nests(pf, f):
                    return "cut short" if len(pf) < len(f) else "cut long"
    if not _in_text(g, text_words):
        return "not in text"
    if not _has_head(g) or is_acronym(g.get("name") or ""):
        return "no head noun"
    return "other"


def _spurious_cause(p: dict, paired_gold: list[dict], unpaired_gold: list[dict]) -> str:
    forms = _forms(p)
    all_gold = paired_gold + unpaired_gold
    for f in forms:
        if f[0] in ALWAYS_UNIT or set(f) & UNIT_WORDS and any(_unit_around(f, gf) for g in all_gold
                                                                for gf in _forms(g)):
            return "unit"
    if any(_is_territory(f) for f in forms):
        return "place/country"
    if any(set(f) & EVENT_WORDS and not set(f) & (INSTITUTION_HEADS - {"school"}) for f in forms):
        return "event/programme"
    if any(_nests(f, gf) for g in unpaired_gold for gf in _forms(g) for f in forms):
        return "cut (its gold missed)"
    if any(_nests(f, gf) for g in paired_gold for gf in _forms(g) for f in forms) \
            or any(_spells(p, g) for g in paired_gold):
        return "duplicate"
    return "other" if p.get("party") else "not a party in the draft"


def institution_causes(pred: dict, gold: dict, text: str) -> Counter:
    """{'missed: cause' / 'spurious: cause': count} for one article."""
    p_inst, g_inst = pred.get("institutions") or [], gold.get("institutions") or []
    pairs = ev._match_institutions(p_inst, g_inst)
    paired_gold = set(pairs.values())
    unpaired_pred = [p for i, p in enumerate(p_inst) if i not in pairs]
    text_words = _words(text)
    causes = Counter()
    for j, g in enumerate(g_inst):
        if j not in paired_gold:
            others = [o for k, o in enumerate(g_inst) if k != j]
            causes["missed: " + _miss_cause(g, others, p_inst, unpaired_pred, text_words)] += 1
    for p in unpaired_pred:
        causes["spurious: " + _spurious_cause(p, [g for j, g in enumerate(g_inst) if j in paired_gold],
                                              [g for j, g in enumerate(g_inst) if j not in paired_gold])] += 1
    return causes


def to_markdown(counts: dict[str, Counter]) -> str:
    cmd = "`python -m benchmarks.institution_errors " + " ".join(f"{n}=…" for n in counts) + "`"
    lines = ["# Institutions by cause", "", cmd, "", "## Missed gold institutions", ""]
    lines += cause_rows(MISSED, counts, prefix="missed: ", total="missed")
    lines += ["", "## Spurious drafted institutions", ""]
    lines += cause_rows(SPURIOUS, counts, prefix="spurious: ", total="spurious")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    run(argv, __doc__, institution_causes, to_markdown, "institution-errors.md", with_text=True)


if __name__ == "__main__":
    main(sys.argv[1:])
