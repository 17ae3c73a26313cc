"""The logistic regression behind the extractor's learned steps."""

import pytest

from kg.learn.logistic import Model, fit, out_of_fold_probabilities


def _examples():
    # "named_in_headline" mostly means a party, "in_relative_clause" mostly means not; noise keeps it finite.
    rows = []
    for i in range(40):
        rows.append(({"named_in_headline": 1.0}, i % 10 != 0))
        rows.append(({"in_relative_clause": 1.0}, i % 10 == 0))
        rows.append(({"named_in_headline": 1.0, "in_relative_clause": 1.0}, i % 2 == 0))
    return rows


def test_fit_learns_the_sign_of_each_feature():
    model = fit(_examples())
    assert model.weights["named_in_headline"] > 1.0
    assert model.weights["in_relative_clause"] < -1.0
    assert model.probability({"named_in_headline": 1.0}) > 0.8
    assert model.probability({"in_relative_clause": 1.0}) < 0.2


def test_stronger_penalty_gives_smaller_weights():
    loose, tight = fit(_examples(), l2=0.01), fit(_examples(), l2=50.0)
    assert abs(tight.weights["named_in_headline"]) < abs(loose.weights["named_in_headline"])


def test_same_examples_give_the_same_json(tmp_path):
    first, second = fit(_examples(), about="test"), fit(_examples(), about="test")
    assert first.to_json() == second.to_json()
    first.save(tmp_path / "model.json")
    loaded = Model.load(tmp_path / "model.json")
    assert loaded.to_json() == first.to_json()
    assert loaded.about == "test"
    assert abs(loaded.probability({"named_in_headline": 1.0}) - first.probability({"named_in_headline": 1.0})) < 1e-5


def test_unknown_features_are_ignored_at_prediction():
    model = fit(_examples())
    assert model.probability({"never_seen": 1.0}) == pytest.approx(model.probability({}))


def test_out_of_fold_probabilities_never_see_their_own_group():
    # Each group's label is the opposite of what every other group teaches for the same feature,
    # so a model that saw the group would predict it right and one that did not predicts it wrong.
    examples, groups = [], []
    for g in range(5):
        for _ in range(10):
            examples.append(({"x": 1.0}, g == 0))
            groups.append(f"article-{g}")
    probabilities = out_of_fold_probabilities(examples, groups, folds=5)
    assert len(probabilities) == len(examples)
    assert all(p < 0.5 for p, group in zip(probabilities, groups) if group == "article-0")


def test_no_examples_is_an_error():
    with pytest.raises(ValueError):
        fit([])
