"""The learned roles step: a post for people the role rules leave without one.

kg.extract.role_candidates pairs each such person with the posts written near their name and the
draft's institutions; a logistic model (kg.learn.logistic, trained by benchmarks/learn_roles.py on the
reading pages' gold) scores each pair, and the person gets the best one when its probability reaches
THRESHOLD. One post per person: the rules already read the people who hold two. Without the model file,
or while ENABLED is False, the draft is left as the rules made it.
"""

from functools import lru_cache
from pathlib import Path

from kg.extract import fact_confidence
from kg.extract.role_candidates import candidates
from kg.learn.logistic import Model

MODEL_PATH = Path(__file__).parent / "models" / "roles.json"
THRESHOLD = 0.4
ENABLED = True


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    return Model.load(MODEL_PATH) if ENABLED and MODEL_PATH.is_file() else None


def add_roles(draft: dict, text: str, sents, model: Model | None, threshold: float = THRESHOLD) -> dict:
    """The draft with the chosen posts added (in place; returned for convenience)."""
    if model is None:
        return draft
    best = {}
    for cand in candidates(draft, text, sents):
        p = model.probability(cand.features)
        if p >= threshold and (cand.person not in best or p > best[cand.person][0]):
            best[cand.person] = (p, cand)
    for k in sorted(best):
        p, cand = best[k]
        person = draft["people"][k]
        person["roles"].append({"role": cand.role, "institution": draft["institutions"][cand.institution]["name"]})
        # (a fixed value, below the draft record's review threshold: every learned post is flagged for review)
        person.setdefault("role_confidence", []).append(fact_confidence.confidence("role", "learned"))
    return draft
