"""Binary logistic regression on sparse, named features.

The extractor's learned steps score candidates (an institution, a signer, a place) from a few dozen
named features, many of them the rules' own decisions. scipy (already a dependency, for networkx) fits
the weights with L-BFGS; prediction is a dot product over a dict, so a shipped model is a small JSON file
of named weights a reader can inspect. Training is deterministic: the same examples in the same order
give the same weights, and the JSON is written with sorted keys and rounded weights.
"""

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from kg.fsutil import atomic_write_text

Features = dict[str, float]


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    # What the model decides and how it was trained, kept in the JSON for the next reader.
    about: str = ""

    def score(self, features: Features) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def probability(self, features: Features) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.score(features)))))

    def to_json(self) -> str:
        body = {"about": self.about, "bias": round(self.bias, 6),
                "weights": {name: round(w, 6) for name, w in sorted(self.weights.items()) if round(w, 6) != 0.0}}
        return json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    def save(self, path: Path) -> None:
        atomic_write_text(Path(path), self.to_json())

    @classmethod
    def load(cls, path: Path) -> "Model":
        body = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(weights=dict(body["weights"]), bias=float(body["bias"]), about=body.get("about", ""))


def fit(examples: list[tuple[Features, bool]], l2: float = 1.0, about: str = "") -> Model:
    """Weights minimising the log loss plus l2/2 times the squared weights (the bias is not penalised)."""
    if not examples:
        raise ValueError("no training examples")
    names = sorted({name for features, _ in examples for name in features})
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(examples), len(names) + 1))
    x[:, -1] = 1.0  # the bias column
    for row, (features, _) in enumerate(examples):
        for name, value in features.items():
            x[row, column[name]] = value
    y = np.array([1.0 if label else 0.0 for _, label in examples])
    penalty = np.full(len(names) + 1, l2)
    penalty[-1] = 0.0

    def loss_and_gradient(w):
        z = x @ w
        # log(1 + e^z) - y z, written to stay finite for large |z|
        loss = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(penalty * w * w)
        p = 0.5 * (1.0 + np.tanh(0.5 * z))
        return loss, x.T @ (p - y) + penalty * w

    result = minimize(loss_and_gradient, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B",
                      options={"maxiter": 1000})
    w = result.x
    return Model(weights={name: float(w[i]) for name, i in column.items()}, bias=float(w[-1]), about=about)


def out_of_fold_probabilities(examples: list[tuple[Features, bool]], groups: list[str], folds: int = 5,
                              l2: float = 1.0) -> list[float]:
    """Each example's probability from a model trained without its group (e.g. its article).

    Groups go to folds by their sorted order, so the split is the same on every run."""
    if len(groups) != len(examples):
        raise ValueError("one group per example")
    fold_of = {group: i % folds for i, group in enumerate(sorted(set(groups)))}
    probabilities = [0.0] * len(examples)
    for fold in range(folds):
        train = [example for example, group in zip(examples, groups) if fold_of[group] != fold]
        test = [i for i, group in enumerate(groups) if fold_of[group] == fold]
        if not test:
            continue
        model = fit(train, l2=l2)
        for i in test:
            probabilities[i] = model.probability(examples[i][0])
    return probabilities
