"""The extractor's draft (kg.extract.draft) -> a curated record (data/README.md), as YAML text.

Every fact keeps a verbatim quote from the article; a fact whose quote cannot be found is left
out and named in a `# review:` comment. Names are resolved against the known entities
(kg.curation.known_entities): an accepted match reuses the existing key (the reason is written as a
comment), anything else gets a new key minted from the folded name; a doubtful match is never
merged but flagged `# review: possibly the same as <key> (score, reason)`.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from kg.extract import fact_confidence
from kg.extract.dates import parse_date_text
from kg.extract.roles import normalise_role
from kg.extract.vocab import titles as title_concepts
from kg.curation import duplicates
from kg.curation.duplicates import day_label as _day_label, within_a_day as _within_a_day  # noqa: F401 (tests)
from kg.curation.known_entities import KnownGraph, match_institution, match_person, match_place, mint_key
from kg.names import is_acronym, slug
from kg.namespaces import AREA
from kg.textnorm import fold, normalise_for_quote
from kg.vocab import guess_institution_type, load_vocabulary

AGREEMENT_TYPES = {"mou": "MemorandumOfUnderstanding", "memorandum of cooperation": "MemorandumOfUnderstanding",
                   "memorandum of agreement": "MemorandumOfUnderstanding",
                   "framework agreement": "FrameworkAgreement", "cooperation agreement": "CooperationAgreement"}
DATE_LEAD_IN = re.compile(r"^(?:on\s+)?(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?", re.I)
VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0323]")
SPAN_GAP = 80          # characters allowed between a name and its title or role in one quote


def agreement_type(draft_type: str | None) -> str:
    return AGREEMENT_TYPES.get(fold(draft_type or ""), "Agreement")


# ---------------------------------------------------------------- quotes

def _pattern(needle: str) -> re.Pattern:
    """The needle with any run of whitespace allowed between its words."""
    return re.compile(r"\s+".join(re.escape(w) for w in needle.split()))


def _occurs(text: str, quote: str) -> bool:
    return bool(quote) and normalise_for_quote(quote) in normalise_for_quote(text)


def _span(text: str, first: str, second: str) -> str | None:
    """The shortest verbatim span starting at `first` and ending with `second` (at most SPAN_GAP
    characters apart, either order), e.g. 'Kiều Xuân Thực, Rector'."""
    best = None
    a_hits = list(_pattern(first).finditer(text))
    for b in _pattern(second).finditer(text):
        for a in a_hits:
            lo, hi = min(a.start(), b.start()), max(a.end(), b.end())
            gap = max(a.start(), b.start()) - min(a.end(), b.end())
            if -1 < gap <= SPAN_GAP and "\n" not in text[lo:hi] and (best is None or hi - lo < len(best)):
                best = text[lo:hi]
    return best


def _verbatim_label(text: str, label: str) -> tuple[bool, str | None]:
    """(found, quote): a label found as written needs no quote; one found only in other case
    ('INDUSTRIAL COLLEGE OF TECHNOLOGY') gets the text as its quote."""
    if _occurs(text, label):
        return True, None
    m = re.compile(_pattern(label).pattern, re.I).search(text)
    return (True, m.group()) if m else (False, None)


# ---------------------------------------------------------------- YAML with comments

def _flow(value) -> str:
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10 ** 9)
    return text.removesuffix("\n...\n").strip()


@dataclass
class Entry:
    """One list item of a record section, with the comments written above it."""
    fields: list = field(default_factory=list)      # (name, value); a list value is written one item per line
    comments: list = field(default_factory=list)

    def set(self, name, value):
        self.fields.append((name, value))

    def get(self, name):
        return next((v for n, v in self.fields if n == name), None)

    def lines(self) -> list[str]:
        out = [f"  # {c}" for c in self.comments]
        for i, (name, value) in enumerate(self.fields):
            lead = "  - " if i == 0 else "    "
            if isinstance(value, list):
                out.append(f"{lead}{name}:")
                out += [f"      - {_flow(item)}" for item in value]
            else:
                out.append(f"{lead}{name}: {_flow(value)}")
        return out


# ---------------------------------------------------------------- the conversion

# Drafted institutions below this confidence are right only about two times in three on the real
# development pages (python -m benchmarks.confidence_calibration; benchmarks/results/confidence.md),
# against nine in ten above it: they are flagged for review rather than accepted silently.
REVIEW_INSTITUTIONS_BELOW = 0.8
# The same for a role, a signer, the date and the place (their confidences and reasons:
# kg.extract.fact_confidence). On the real development pages roles whose institution no sentence naming
# the person gives were right 66% of the time against 83-100% for the others; places in a signing
# sentence but not governed by its verb 78% against 91%; signers with no role or side 87% against 97%
# (and no role means no representative: the signature would be lost). Every measured basis of dates
# was right at least 90% of the time: only a day counted from the dateline or a vague one is flagged.
# On held-out real pages the institution and role flags carry over (flagged right ~1/3 vs 0.7-0.8), the
# signer and place ones do not (benchmarks/results/confidence-held-out.md).
REVIEW_FACTS_BELOW = {"role": 0.7, "signed": 0.85, "date": 0.85, "place": 0.85}


@dataclass
class DraftRecord:
    source: str
    text: str = ""                                       # the YAML
    resolved: list = field(default_factory=list)         # (kind, name, key, reason)
    new: list = field(default_factory=list)              # (kind, name, key)
    review: list = field(default_factory=list)           # messages


class _Converter:
    def __init__(self, draft: dict, text: str, source: str, known: KnownGraph, registry=None,
                 published: str | None = None, publisher: str | None = None):
        self.draft, self.text, self.known, self.registry = draft, text, known, registry
        self.published, self.publisher = published, publisher or ""
        self.out = DraftRecord(source)
        self.taken = {kind: set(known.section(kind)) for kind in ("institution", "person", "place")}
        self.inst_keys: dict[str, str] = {}              # draft institution name -> key
        self.sections = {s: [] for s in ("institutions", "places", "people", "agreements")}
        agreement = draft.get("agreement") or {}
        self.date = agreement.get("date")

    # -- helpers
    def _note_review(self, entry: Entry, message: str, what: str):
        entry.comments.append(f"review: {message}")
        self.out.review.append(f"{what}: {message}")

    def _note_unsure(self, entry: Entry, kind: str, value, fact: str, what: str, advice: str = "check it"):
        """Flag a drafted fact whose confidence is below the review threshold of its kind (kept all the same)."""
        if value is None or value >= REVIEW_FACTS_BELOW[kind]:
            return
        self._note_review(entry, f"{fact} drafted with low confidence {value} "
                                 f"({fact_confidence.why(kind, value) or 'no reason recorded'}): {advice}", what)

    def _resolved_comment(self, entry, kind, name, res, key, what):
        if res.verdict == "accept":
            entry.comments.append(f"resolved to existing key '{key}': {res.best.reason} (score {res.best.score:.2f})")
            self.out.resolved.append((kind, name, key, res.best.reason))
            return
        self.out.new.append((kind, name, key))
        for cand in res.candidates[:3]:
            self._note_review(entry, f"possibly the same as {cand.key} ({cand.score:.2f}, {cand.reason}); "
                                     f"if so, replace '{key}' by '{cand.key}' everywhere in this file", what)

    def _quote(self, entry: Entry, quote: str | None, what: str) -> str | None:
        if _occurs(self.text, quote):
            return quote
        self._note_review(entry, f"{what} left out: its quote is not in the article ({(quote or '')[:60]!r})", what)
        return None

    # -- sections
    def institutions(self):
        for inst in self.draft.get("institutions") or []:
            name, aliases = inst["name"], [a for a in inst.get("aliases") or [] if a != inst["name"]]
            res = match_institution([name] + aliases, self.known)
            key = res.key if res.verdict == "accept" else mint_key(name, self.taken["institution"])
            existing = next((e for e in self.sections["institutions"] if e.get("key") == key), None)
            if existing:
                self._note_review(existing, f"the draft also names '{name}', resolved to the same key '{key}': "
                                            f"check that they are one institution", f"institution {key}")
                self.inst_keys[name] = key
                continue
            entry = Entry(comments=[f"confidence {inst.get('confidence')}"])
            if (inst.get("confidence") or 0) < REVIEW_INSTITUTIONS_BELOW:
                self._note_review(entry, "drafted with low confidence (not a party, or named only in the headline): "
                                         "check that the article names it as an institution", f"institution {key}")
            self._resolved_comment(entry, "institution", name, res, key, f"institution {key}")
            known_type = self.known.institutions[key].type if key in self.known.institutions else None
            entry.set("key", key)
            entry.set("type", known_type or guess_institution_type(name))
            if known_type:
                entry.comments.append("type as the existing records give it")
            quote = self._quote(entry, inst.get("quote"), f"institution {key}")
            entry.set("quote", quote or name)
            names = []
            for i, label in enumerate([name] + aliases):
                found, label_quote = _verbatim_label(self.text, label)
                if not found:
                    self._note_review(entry, f"name '{label}' left out: not in the article", f"institution {key}")
                    continue
                item = {"label": label}
                if is_acronym(label):
                    item["acronym"] = True
                else:
                    item["lang"] = "vi" if VIETNAMESE_LETTERS.search(label) else "en"
                if label_quote:
                    item["quote"] = label_quote
                names.append(item)
            entry.set("names", names)
            self._registry_hint(entry, name, res)
            self.inst_keys[name] = key
            self.sections["institutions"].append(entry)

    def _registry_hint(self, entry, name, res):
        if self.registry is None or res.verdict == "accept":
            return
        for cand in [c for c in self.registry(name) if c.verdict != "reject"][:2]:
            entry.comments.append(f"ROR candidate ({cand.verdict}): {cand.ror_id} {cand.name} "
                                  f"({cand.score:.2f}, {cand.reason}); "
                                  f"if right, add identifiers: {{ror: {cand.ror_id}}}")

    def places(self) -> str | None:
        """Place entries from the agreement's place text; returns the key of the innermost place."""
        place_text = (self.draft.get("agreement") or {}).get("place")
        if not place_text or not _occurs(self.text, place_text):
            return None
        m = re.match(r"^(.*?)\s*\((.*)\)\s*$", place_text)
        parts = [m.group(1)] + m.group(2).split(",") if m else place_text.split(",")
        parts = [p.strip() for p in parts if p.strip()]
        keys = []
        for label in parts:
            res = match_place(label, self.known)
            key = res.key if res.verdict == "accept" else mint_key(label, self.taken["place"])
            entry = Entry()
            self._resolved_comment(entry, "place", label, res, key, f"place {key}")
            entry.set("key", key)
            entry.set("names", [{"label": label, "lang": "en"}])
            keys.append((key, entry))
        for (key, entry), (outer, _) in zip(keys, keys[1:]):
            entry.set("within", {"place": outer, "quote": place_text})
        self.sections["places"] += [entry for _, entry in keys]
        return keys[0][0] if keys else None

    def people(self):
        for person in self.draft.get("people") or []:
            name = person["name"]
            if not _occurs(self.text, name):
                self.out.review.append(f"person '{name}' left out: the name is not in the article")
                continue
            inst_keys = {self.inst_keys.get(r.get("institution")) for r in person.get("roles") or []} - {None}
            res = match_person(name, self.known, inst_keys)
            key = res.key if res.verdict == "accept" else mint_key(name, self.taken["person"])
            entry = Entry(comments=[f"confidence {person.get('confidence')}"])
            self._resolved_comment(entry, "person", name, res, key, f"person {key}")
            entry.set("key", key)
            entry.set("names", [name])
            fallback = person.get("quote") if _occurs(self.text, person.get("quote")) else name
            titles = []
            for written in person.get("titles") or []:
                title = self._title_key(written)
                if title is None:
                    self._note_review(entry, f"title '{written}' has no key in ontology/roles.ttl", f"person {key}")
                    continue
                titles.append({"title": title, "quote": _span(self.text, written, name) or fallback})
            if titles:
                entry.set("titles", titles)
            roles = []
            role_confidence = person.get("role_confidence") or []
            for i, role in enumerate(person.get("roles") or []):
                role_key, inst_key = normalise_role(role["role"]), self.inst_keys.get(role.get("institution"))
                if role_key is None or inst_key is None:
                    why = (f"role '{role['role']}' has no key in ontology/roles.ttl" if role_key is None
                           else f"role '{role['role']}' names no institution of this record")
                    self._note_review(entry, f"{why}; left out", f"person {key}")
                    continue
                self._note_unsure(entry, "role", role_confidence[i] if i < len(role_confidence) else None,
                                  f"role '{role['role']}' at {inst_key}", f"person {key}")
                item = {"role": role_key, "institution": inst_key, "as_written": role["role"],
                        "quote": self._role_quote(name, role) or fallback}
                if self.date:
                    item["attested_on"] = dt.date.fromisoformat(self.date)
                roles.append(item)
            if roles:
                entry.set("roles", roles)
            if person.get("signed"):
                self._note_unsure(entry, "signed", person.get("signed_confidence"), "signing the agreement",
                                  f"person {key}", "check it" if roles else "check it, and add their role")
            self.sections["people"].append(entry)

    def _title_key(self, written: str) -> str | None:
        folded = fold(written).rstrip(".")
        for key, concept in title_concepts().items():
            if any(fold(label).rstrip(".") == folded for label in concept.labels) or key == folded:
                return key
        return None

    def _role_quote(self, name: str, role: dict) -> str | None:
        """'Kiều Xuân Thực, Rector of Hanoi University of Industry': the name, the role and, when
        it follows at once, the institution."""
        span = _span(self.text, name, role["role"])
        if span and role.get("institution"):
            longer = _span(self.text, span, role["institution"])
            span = longer if longer and len(longer) - len(span) <= len(role["institution"]) + 10 else span
        return span

    def agreement(self, place_key: str | None):
        agreement = self.draft.get("agreement") or {}
        parties = []
        for inst in self.draft.get("institutions") or []:
            key = self.inst_keys.get(inst["name"])
            if inst.get("party") and key and key not in [p for p, _ in parties]:
                parties.append((key, inst))
        entry = Entry(comments=[f"confidence {agreement.get('confidence')}"])
        key = self._agreement_key(entry, [p for p, _ in parties])
        entry.set("key", key)
        entry.set("type", agreement_type(agreement.get("type")))
        if not agreement.get("type"):
            self._note_review(entry, "the article names no kind of agreement: type is the generic Agreement",
                              f"agreement {key}")
        main_quote = self._quote(entry, agreement.get("quote"), f"agreement {key}")
        entry.set("quote", main_quote or (parties[0][1]["quote"] if parties else ""))
        if len(parties) < 2:
            self._note_review(entry, f"{len(parties)} party found; an agreement needs two (add the other)",
                              f"agreement {key}")
        entry.set("parties", [{"institution": k, "quote": inst["quote"]} for k, inst in parties])
        self._date(entry, agreement, key)
        if place_key:
            place_quote = next((s for s in [self._sentence_with(agreement["place"])] if s), agreement["place"])
            entry.set("place", {"place": place_key, "quote": place_quote})
            self._note_unsure(entry, "place", agreement.get("place_confidence"),
                              f"place '{agreement['place']}'", f"agreement {key}")
        reps = []
        for person in self.sections["people"]:
            for role in person.get("roles") or []:
                if role["institution"] in dict(parties) and person.get("key") not in [r["person"] for r in reps]:
                    draft_person = next(p for p in self.draft["people"] if p["name"] == person.get("names")[0])
                    rep = {"person": person.get("key"), "institution": role["institution"]}
                    if draft_person.get("signed"):
                        rep["signed"] = True
                    rep["quote"] = draft_person["quote"] if _occurs(self.text, draft_person["quote"]) else role["quote"]
                    reps.append(rep)
        if reps:
            entry.set("representatives", reps)
        areas, seen = [], set()
        for area in agreement.get("areas") or []:
            area_key = area["iri"][len(str(AREA)):] if area["iri"].startswith(str(AREA)) else None
            if area_key in load_vocabulary().areas and area_key not in seen and _occurs(self.text, area["quote"]):
                seen.add(area_key)
                areas.append({"area": area_key, "quote": area["quote"]})
        if areas:
            entry.set("areas", areas)
        if main_quote and re.search(r"\bsigned\b", main_quote, re.I):
            entry.set("status", {"value": "signed", "quote": main_quote})
        self.sections["agreements"].append(entry)

    def _sentence_with(self, needle: str) -> str | None:
        from kg.extract.text import quote, sentences
        m = _pattern(needle).search(self.text)
        return quote(self.text, m.start(), m.end(), sentences(self.text)) if m else None

    def _date(self, entry, agreement, key):
        written = agreement.get("date_text")
        if not (self.date or written):
            return
        date = {}
        if self.date:
            date["value"] = dt.date.fromisoformat(self.date)
        if written:
            date["as_written"] = DATE_LEAD_IN.sub("", written) or written
        date["quote"] = (self._sentence_with(written) if written else None) or agreement.get("quote")
        if not date.get("value"):
            self._note_review(entry, f"the article gives no year for '{written}': add value YYYY-MM-DD if "
                                     "another source or the page's date gives it", f"agreement {key}")
        self._note_unsure(entry, "date", agreement.get("date_confidence"), f"date '{written or self.date}'",
                          f"agreement {key}")
        entry.set("date", date)

    def _agreement_key(self, entry, party_keys) -> str:
        parties = frozenset(party_keys)
        same = [a for a in self.known.agreements.values() if a.parties == parties and len(parties) >= 2]
        # Only the same parties on the same day resolve: two bodies sign more than one agreement
        # (a renewal, a second memorandum a month later), so without both days it is a question.
        compatible = [a for a in same if self.date and self.date in a.dates]
        if len(compatible) == 1:
            entry.comments.append(f"resolved to existing agreement '{compatible[0].key}': same parties and date")
            self.out.resolved.append(("agreement", "agreement", compatible[0].key, "same parties and date"))
            return compatible[0].key
        taken = set(self.known.agreements)
        short = [self._short_name(k) for k in party_keys] or ["agreement"]
        key = mint_key("-".join(short + ([self.date[:4]] if self.date else [])), taken)
        self.out.new.append(("agreement", "agreement", key))
        for a in same:
            if self.date and a.dates:
                self._note_review(entry, f"the existing agreement '{a.key}' has the same parties but was signed on "
                                         f"{', '.join(sorted(a.dates))}: a renewal, or the same one?", f"agreement {key}")
        for dup in self._probable_duplicates(parties):
            a = dup.agreement
            when = f"signed {_day_label(dup.day)}" if dup.day else "no signing day on both to compare"
            named = (f"; named on both pages: {', '.join(sorted(dup.named))}" if dup.named else "")
            sources = ", ".join(f"'{r.source}'" for r in a.reports)
            told = f"; told by source {sources}" if sources else ""
            self._note_review(entry, f"probably the same agreement as {a.key} ({when}, shared "
                                     f"part{'y' if len(dup.shared) == 1 else 'ies'} {', '.join(sorted(dup.shared))}"
                                     f"{named}{told}): if so, use key '{a.key}' and merge", f"agreement {key}")
        return key

    def _probable_duplicates(self, parties: frozenset) -> list:
        """Known agreements that may be this one told by another publisher (kg.curation.duplicates)."""
        bodies = frozenset(self.inst_keys.values())
        names = {}
        for inst in self.draft.get("institutions") or []:
            key = self.inst_keys.get(inst["name"])
            known = self.known.institutions.get(key)
            names.setdefault(key, []).extend([inst["name"], *(inst.get("aliases") or []), *(known.names if known else [])])
        page = duplicates.Page(f"{self.text}\n{self.publisher}", parties, bodies,
                               self.date or self._day_without_year(), self.published, names)
        return duplicates.probable_duplicates(
            page, self.known.agreements.values(), self.known.institutions,
            lambda a: "\n".join(f"{duplicates.source_text(r.text_path)}\n{r.publisher}" for r in a.reports))

    def _day_without_year(self) -> str | None:
        """'--MM-DD' when the draft's date is written with a day and month but no year."""
        found = parse_date_text((self.draft.get("agreement") or {}).get("date_text") or "")
        return found.month_day() if found and found.year is None else None

    def _short_name(self, inst_key: str) -> str:
        entry = next((e for e in self.sections["institutions"] if e.get("key") == inst_key), None)
        acronyms = [n["label"] for n in (entry.get("names") if entry else []) or [] if n.get("acronym")]
        return slug(acronyms[0]) if acronyms and inst_key not in self.known.institutions else inst_key

    def render(self) -> str:
        lines = [f"# Draft record for source {self.out.source}, written by `coopkg ingest` from the extractor's draft.",
                 "# Check every entry against the article; '# review:' marks what the resolver was unsure of.",
                 f"source: {self.out.source}"]
        for section, entries in self.sections.items():
            if entries:
                lines += ["", f"{section}:"]
                for entry in entries:
                    lines += entry.lines()
        return "\n".join(lines) + "\n"


def to_record(draft: dict, text: str, source: str, known: KnownGraph, registry=None,
              published: str | None = None, publisher: str | None = None) -> DraftRecord:
    """The record YAML for one article's draft. `registry(name)` (optional) returns ROR candidates
    offered as comments for new institutions; the page's publication date (YYYY-MM-DD) and publisher
    help to tell whether its agreement is one already known (kg.curation.duplicates)."""
    conv = _Converter(draft, text, source, known, registry, published, publisher)
    conv.institutions()
    place_key = conv.places()
    conv.people()
    if conv.draft.get("institutions"):
        conv.agreement(place_key)
    conv.out.text = conv.render()
    yaml.safe_load(conv.out.text)     # a writer bug must fail here, not in the curator's editor
    return conv.out
