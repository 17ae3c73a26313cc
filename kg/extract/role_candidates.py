"""Candidate posts for the people a draft leaves without one, for the learned roles step
(kg.extract.learned_roles).

The role rules read a post in the shapes they know and leave a person without one when the shape is
new ('GM-HR MD Dwivedi of ITI Ltd', 'the University of X (President: A B)'). Every such person here
gets candidates: each roles.ttl wording written in a sentence that names the person, within
WINDOW characters, paired with each institution of the draft. Each candidate carries named features of
how the three are written (order, distance, what lies between, whether the institution is named next
to the post or is a party), and a logistic model trained on gold (kg.learn.roles) scores them.

The candidates work on the draft as the extractor returns it (names, aliases, parties) and the text,
so training and extraction see the same input.
"""

import re
from collections import defaultdict
from dataclasses import dataclass

from kg.extract.roles import role_key, wording_pattern
from kg.extract.text import folded_with_map, sentence_at
from kg.textnorm import fold

# Institution features that mean something else when the post is written before the person than after.
CROSSED = {"post_of_inst", "inst_then_post", "inst_not_in_sentence", "party", "inst_nearest_post", "inst_between"}
WINDOW = 120          # characters between a post's wording and the person's name, either way
TAKEN_WITHIN = 40     # characters between a post and a person the rules gave it to
MAX_MENTIONS = 3      # the person's first mentions looked at


@dataclass(frozen=True)
class Candidate:
    person: int            # index in the draft's people
    role: str              # the post as written ('Vice-Chancellor')
    institution: int       # index in the draft's institutions
    features: dict


def _spans(folded: str, phrase: str) -> list[tuple[int, int]]:
    key = fold(phrase)
    if len(key) < 2:
        return []
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", folded)]


def _bucket(n: int, edges=(3, 15, 40, 80)) -> str:
    return next((f"le{e}" for e in edges if n <= e), "far")


def candidates(draft: dict, text: str, sents) -> list[Candidate]:
    """Candidates for every person of the draft with no role, in a fixed order."""
    folded, index = folded_with_map(text)
    people, institutions = draft.get("people") or [], draft.get("institutions") or []
    if not institutions or all(p.get("roles") for p in people):
        return []          # (the common case: nothing to search for)
    person_spans = [_spans(folded, p["name"]) for p in people]
    inst_spans = [sorted({s for name in [i["name"], *(i.get("aliases") or [])] for s in _spans(folded, name)})
                  for i in institutions]
    roles = [(m.start(), m.end()) for m in wording_pattern().finditer(folded)]
    parties = sum(1 for i in institutions if i.get("party"))
    held = defaultdict(list)          # role key -> mentions of the people the rules gave that post
    for person, spans in zip(people, person_spans):
        for r in person.get("roles") or []:
            held[role_key(r.get("role") or "")] += spans
    result = []
    for k, person in enumerate(people):
        if person.get("roles"):
            continue
        seen = set()
        for ps, pe in person_spans[k][:MAX_MENTIONS]:
            sent = sentence_at(sents, index[ps])
            if sent is None:
                continue
            for rs, re_ in roles:
                if not (sent.start <= index[rs] < sent.end) or _overlaps((rs, re_), [(ps, pe)]):
                    continue
                gap = (rs, ps) if re_ <= ps else (pe, rs)
                if gap[1] - gap[0] > WINDOW:
                    continue
                written = text[index[rs]:index[re_ - 1] + 1]
                order = "post_before" if re_ <= ps else "post_after"
                base = _post_features(folded, (ps, pe), (rs, re_), k, person_spans, roles, inst_spans, held)
                base["parties_" + str(min(parties, 3))] = 1.0
                for j, inst in enumerate(institutions):
                    key = (fold(written), j)
                    if key in seen:
                        continue
                    seen.add(key)
                    features = dict(base)
                    features.update(_institution_features(folded, index, sent, (ps, pe), (rs, re_), j, inst,
                                                          inst_spans))
                    for name in CROSSED & features.keys():      # (a linear model needs the pairs spelled out)
                        features[f"{order}&{name}"] = 1.0
                    result.append(Candidate(k, written, j, features))
    return result


def _overlaps(span, spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _post_features(folded, person, role, k, person_spans, roles, inst_spans, held) -> dict:
    """How the post is written beside the person: order, distance, what lies between."""
    (ps, pe), (rs, re_) = person, role
    before = re_ <= ps
    between = folded[re_:ps] if before else folded[pe:rs]
    order = "post_before" if before else "post_after"
    f = {order: 1.0, f"{order}_gap_{_bucket(len(between.strip()))}": 1.0}
    for mark, name in ((",", "comma"), ("(", "paren"), (")", "paren"), (":", "colon"), (";", "semicolon"),
                       (" and ", "and"), ("-", "dash"), ("–", "dash")):
        if mark in between:
            f[f"{order}_{name}_between"] = 1.0
    others = [s for j, spans in enumerate(person_spans) if j != k for s in spans]
    lo, hi = (re_, ps) if before else (pe, rs)
    if any(lo <= s < hi for s, _ in others):
        f["other_person_between"] = 1.0
    if any(abs(s - rs) < abs(ps - rs) and (s, e) != person for s, e in others):
        f["other_person_nearer_post"] = 1.0
    if any(lo <= s < hi for s, _ in roles if s != rs):
        f["other_post_between"] = 1.0
    if any(lo <= s < hi for spans in inst_spans for s, _ in spans):
        f["institution_between_post_and_person"] = 1.0
    if any(abs(s - rs) <= TAKEN_WITHIN or abs(rs - e) <= TAKEN_WITHIN for s, e in held[role_key(folded[rs:re_])]):
        f["post_held_by_someone_near"] = 1.0      # the rules gave this post to a person written next to it
    word = folded[rs:re_].replace("-", " ")
    f["post=" + word] = 1.0
    return f


_OF = re.compile(r"^\s*(?:,\s*)?(?:of|at|for|in)\s+(?:the\s+)?$")


def _institution_features(folded, index, sent, person, role, j, inst, inst_spans) -> dict:
    """Where the institution is named: beside the post ('Rector of X', 'X's Rector', 'X President'),
    in the sentence, or not at all; and whether it is a party."""
    (ps, pe), (rs, re_) = person, role
    f = {"party": 1.0} if inst.get("party") else {"not_party": 1.0}
    in_sentence = [(s, e) for s, e in inst_spans[j] if sent.start <= index[s] < sent.end]
    if not in_sentence:
        f["inst_not_in_sentence"] = 1.0
        if inst.get("party"):
            f["party_not_in_sentence"] = 1.0
        return f
    f["inst_in_sentence"] = 1.0
    after = [s for s, _ in in_sentence if s >= re_]
    before = [e for _, e in in_sentence if e <= rs]
    if after and _OF.match(folded[re_:min(after)]):
        f["post_of_inst"] = 1.0
    if before and re.fullmatch(r"\s*(?:['’]s)?\s*", folded[max(before):rs]):
        f["inst_then_post"] = 1.0
    nearest = min(abs(s - rs) if s >= re_ else abs(rs - e) for s, e in in_sentence)
    others = [min(abs(s - rs) for s, _ in spans) for i, spans in enumerate(inst_spans)
              if i != j and any(sent.start <= index[s] < sent.end for s, _ in spans)]
    f["inst_dist_" + _bucket(nearest)] = 1.0
    if not others or nearest < min(others):
        f["inst_nearest_post"] = 1.0
    if any(min(ps, rs) <= s < max(pe, re_) for s, _ in in_sentence):
        f["inst_between"] = 1.0
    if any(abs(s - ps) <= 3 or abs(pe - s) <= 6 for s, _ in in_sentence):
        f["inst_beside_person"] = 1.0
    return f
