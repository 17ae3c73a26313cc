"""One synthetic news article per (agreement, source): its text, its metadata and its curated record.

Every quote in the record is cut from the generated text, so the build's quote check applies
for real. Articles differ in how they write names: with or without diacritics, the English or
the Vietnamese name, with or without the acronym — the same key, named differently by each source.
"""

import datetime as dt
import random

from kg.generate import pools
from kg.generate.network import Agreement
from kg.generate.world import Institution, World
from kg.textnorm import strip_diacritics

PLAIN_SOURCE = 0.35   # share of articles that drop all diacritics, as some news sites do
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FILLER = [
    "The ceremony was attended by representatives of faculties, departments and students of both sides.",
    "Speakers stressed that cooperation between training institutions and enterprises is an inevitable trend.",
    "The parties will set up a joint working group to draw up an annual plan of activities.",
    "After the signing, the delegations visited laboratories, workshops and the library.",
    "Both sides expressed their hope that the agreement would bring practical benefits to learners.",
]


class Article:
    """Builds text and record together, so a quote can only be recorded if it was written."""

    def __init__(self, rng: random.Random, world: World, key: str, plain: bool, vocab):
        self.rng, self.world, self.key, self.plain, self.vocab = rng, world, key, plain, vocab
        self.lines: list[str] = []
        self.institutions, self.people, self.places = {}, {}, {}

    def w(self, text: str) -> str:
        """A name as this article writes it."""
        return strip_diacritics(text) if self.plain else text

    def place(self, key: str) -> str:
        place = self.world.places[key]
        written = self.w(place.name)
        country = self.world.places[place.within] if place.within else None
        if key not in self.places:
            entry = {"key": key, "names": [{"label": written, "lang": "en"}]}
            if country:
                entry["within"] = {"place": country.key, "quote": f"{written}, {country.name}"}
            else:
                entry["country"] = place.country
            self.places[key] = entry
        if country and country.key not in self.places:
            self.places[country.key] = {"key": country.key, "names": [{"label": country.name, "lang": "en"}],
                                        "country": country.country}
        return f"{written}, {country.name}" if country else written

    def institution(self, inst: Institution) -> tuple[str, str, bool]:
        """Adds the institution's entry; returns (name as written, short name used later, acronym shown)."""
        rng = self.rng
        use_vi = inst.name_vi is not None and not self.plain and rng.random() < 0.3
        written = inst.name_vi if use_vi else self.w(inst.name_en)
        names = [{"label": written, "lang": "vi" if use_vi else "en"}]
        with_acronym = rng.random() < 0.5
        if with_acronym:
            names.append({"label": inst.acronym, "acronym": True})
        self.institutions[inst.key] = {"key": inst.key, "type": inst.kind, "quote": written, "names": names}
        return written, (inst.acronym if with_acronym else written), with_acronym

    def ministry(self, key: str) -> str:
        ministry = self.world.ministries[key]
        if key not in self.institutions:
            self.institutions[key] = {"key": key, "type": "Ministry", "quote": f"under the {ministry.name_en}",
                                      "names": [{"label": ministry.name_en, "lang": "en"}]}
        return ministry.name_en

    def person(self, term, inst: Institution, quote: str, date: dt.date | None, with_dates: bool,
               title_quote: str | None = None):
        written = self.w(term.person.name)
        entry = self.people.setdefault(term.person.key, {"key": term.person.key, "names": [written], "roles": []})
        role = {"role": term.role, "institution": inst.key, "as_written": term.wording, "quote": quote}
        if date:
            role["attested_on"] = date
        if with_dates:
            role["since"] = term.since
            if term.until and (date is None or term.until <= date.year):  # an article cannot know a later end
                role["until"] = term.until
        entry["roles"].append(role)
        if title_quote:
            entry["titles"] = [{"title": term.person.title, "quote": title_quote}]


def write_article(rng: random.Random, world: World, agreement: Agreement, index: int, vocab) -> tuple:
    """Returns (source key, source metadata, text, record) for the index-th article on the agreement."""
    key = f"src-{agreement.key[4:]}-{index + 1}"
    art = Article(rng, world, key, rng.random() < PLAIN_SOURCE, vocab)
    date = agreement.date
    date_written = f"{MONTHS[date.month - 1]} {date.day}, {date.year}"
    type_phrase = pools.AGREEMENT_TYPES[agreement.kind]

    party_names = [art.institution(inst) for inst in agreement.parties]
    shown = [f"{name} ({inst.acronym})" if acr else name
             for (name, _, acr), inst in zip(party_names, agreement.parties)]
    listed = ", ".join(shown[:-1]) + " and " + shown[-1]
    where = art.place(agreement.place)
    headline = f"{party_names[0][0]} and {party_names[1][0]}{' with partners' if len(shown) > 2 else ''} sign {type_phrase}"
    art.lines += [headline, "", f"On {date_written}, in {where}, {listed} signed a {type_phrase}."]

    representatives = []
    for inst, (name, short, _) in zip(agreement.parties, party_names):
        entry = art.institutions[inst.key]
        based = art.place(inst.province)
        sentence = f"{name} is based in {based}"
        entry["located_in"] = {"place": inst.province, "quote": f"{name} is based in {art.w(world.places[inst.province].name)}"}
        if inst.ministry:
            ministry = art.ministry(inst.ministry)
            sentence += f" and operates under the {ministry}"
            entry["parent"] = {"institution": inst.ministry, "quote": f"operates under the {ministry}"}
        sentence += "."
        if inst.founded and rng.random() < 0.5:
            sentence += f" It was founded in {inst.founded}."
            entry["founded"] = {"year": inst.founded, "quote": f"It was founded in {inst.founded}"}
        head = inst.term_at(inst.head_terms, date.year)
        person = art.w(head.person.name)
        title = vocab.titles[head.person.title]
        role_quote = f"{person}, {head.wording} of {short} since {head.since}"
        sentence += f" {name} was represented by {title} {person}, {head.wording} of {short} since {head.since}."
        art.person(head, inst, role_quote, date, True, title_quote=f"{title} {person}")
        representatives.append({"person": head.person.key, "institution": inst.key, "signed": True,
                                "quote": f"represented by {title} {person}"})
        position = inst.head_terms.index(head)
        if position > 0 and rng.random() < 0.6:
            before = inst.head_terms[position - 1]
            previous = art.w(before.person.name)
            sentence += f" {person} succeeded {previous}, who was {before.wording} from {before.since} to {before.until}."
            art.person(before, inst, f"{previous}, who was {before.wording} from {before.since} to {before.until}",
                       None, True)
        if rng.random() < 0.3:
            deputy = inst.term_at(inst.deputy_terms, date.year)
            deputy_name = art.w(deputy.person.name)
            sentence += f" Also present was {deputy_name}, {deputy.wording} of {short}."
            art.person(deputy, inst, f"{deputy_name}, {deputy.wording} of {short}", date, False)
        art.lines.append(sentence)

    labels = [vocab.areas[a] for a in agreement.areas]
    art.lines.append("The parties agreed to cooperate in the following areas: " + "; ".join(labels) + ".")
    art.lines.append("The cooperation follows the principles of equality and mutual benefit.")
    art.lines.append(rng.choice(FILLER))

    record_agreement = {
        "key": agreement.key, "type": agreement.kind, "quote": f"signed a {type_phrase}",
        "parties": [{"institution": inst.key, "quote": name} for inst, (name, _, _) in zip(agreement.parties, party_names)],
        "date": {"value": date, "as_written": date_written, "quote": f"On {date_written}"},
        "place": {"place": agreement.place, "quote": f"in {where}"},
        "representatives": representatives,
        "principles": [{"text": "equality", "quote": "principles of equality and mutual benefit"},
                       {"text": "mutual benefit", "quote": "principles of equality and mutual benefit"}],
        "areas": [{"area": a, "quote": label} for a, label in zip(agreement.areas, labels)],
        "status": {"value": "signed", "quote": f"signed a {type_phrase}"},
    }
    publisher = agreement.parties[index % len(agreement.parties)]
    meta = {"key": key, "file": f"{key}.txt", "title": headline,
            "publisher": {"name": publisher.name_en, "institution": publisher.key},
            "issued": date + dt.timedelta(days=index), "language": "en",
            "note": "Synthetic article written by coopkg generate (benchmarks and tests only)."}
    record = {"source": key,
              "institutions": [art.institutions[k] for k in sorted(art.institutions)],
              "places": [art.places[k] for k in sorted(art.places)],
              "people": [art.people[k] for k in sorted(art.people)],
              "agreements": [record_agreement]}
    return key, meta, "\n".join(art.lines) + "\n", record
