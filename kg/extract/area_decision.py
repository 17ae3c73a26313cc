"""The learned areas step: which concepts named in the text the agreement covers.

The rules (kg.extract.areas) keep a concept at its first mention in scope text that no filter drops.
This step scores every concept named anywhere in the text, those the rules keep and those they drop,
with a logistic model on named features (kg.extract.area_features) trained on the real dev pages by
benchmarks/learn_areas.py, and keeps those whose probability reaches THRESHOLD. Without the model file,
or while ENABLED is False, the rules' decision stands.

Session 13, round 1: cross-validated on the 359 real dev pages (the rules were written on them) the step
gained +0.008 areas F1, under the +0.01 bar. Round 2: cross-validated on the 314 held-out pages the rules were
never tuned on (ho-all7), with weights fit on dev-all plus the other held-out folds and the rules'-decision
features crossed with 'tuned' (set only on dev-all pages, never at run time), areas F1 0.774 -> 0.793 with no
drop in person-role-institution or micro (benchmarks/results/learn-areas.md), so the step is enabled with
that variant trained on all 673 pages (python -m benchmarks.learn_areas --holdout).
"""

from functools import lru_cache
from pathlib import Path

from kg.extract.area_features import Context, candidates
from kg.extract.areas import Mention, area_mentions
from kg.learn.logistic import Model

MODEL_PATH = Path(__file__).parent / "models" / "areas.json"
# Fixed before measuring (benchmarks/learn_areas.py reports the others beside it).
THRESHOLD = 0.5
ENABLED = True        # the extractor uses the model by default (see the module docstring)


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model the extractor uses by default: None (the rules alone) unless ENABLED."""
    return Model.load(MODEL_PATH) if ENABLED and MODEL_PATH.is_file() else None


def chosen_areas(ctx: Context, model: Model | None, threshold: float = THRESHOLD) -> list[Mention]:
    """One mention per concept the agreement covers, in text order."""
    mentions = area_mentions(ctx.text, ctx.sents, ctx.names + ctx.place + ctx.not_scope)
    if model is None:
        return [m for m in mentions if m.dropped is None]
    return [main for key, main, features in candidates(ctx, mentions) if model.probability(features) >= threshold]
