"""Training examples for the learned roles step (kg.extract.learned_roles).

A candidate (person, post, institution) is a positive example when the gold of its page holds that
triple as kg.evaluate scores it: the same person key, the same role concept (or folded wording), the
institution the scorer matches to the same gold institution.
"""

from kg import evaluate
from kg.extract.role_candidates import candidates
from kg.extract.roles import role_key


def gold_triples(gold: dict) -> set:
    g_inst = gold.get("institutions") or []
    return evaluate._triples(gold.get("people") or [], g_inst, None, g_inst)


def labelled(draft: dict, text: str, sents, gold: dict) -> list[tuple[object, bool]]:
    """(candidate, is it a gold triple) for every candidate of the page."""
    truth = gold_triples(gold)
    p_inst, g_inst = draft.get("institutions") or [], gold.get("institutions") or []
    pairs = evaluate._match_institutions(p_inst, g_inst)
    out = []
    for cand in candidates(draft, text, sents):
        person = evaluate._person_key(draft["people"][cand.person]["name"])
        inst = evaluate._institution_id(p_inst[cand.institution]["name"], p_inst, pairs, g_inst)
        out.append((cand, (person, role_key(cand.role), inst) in truth))
    return out
