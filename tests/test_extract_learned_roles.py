"""The learned roles step (kg.extract.learned_roles, role_candidates): a post for people the role rules
leave without one. Invented text only."""

import copy

from kg.extract import draft, fact_confidence, learned_roles
from kg.extract.role_candidates import candidates
from kg.extract.text import sentences
from kg.learn.logistic import Model

TEXT = ("Lorem University and Ipsum Institute signed an MoU on 2 May 2024.\n"
        "Zorvak Telimu, Rector of Lorem University, and Amara Quellin spoke at Ipsum Institute.")
DRAFT = {"institutions": [{"name": "Lorem University", "aliases": ["LU"], "party": True},
                          {"name": "Ipsum Institute", "aliases": [], "party": True}],
         "people": [{"name": "Zorvak Telimu", "roles": []},
                    {"name": "Amara Quellin", "roles": [{"role": "Director", "institution": "Ipsum Institute"}]}]}


def _candidates(draft_dict=DRAFT, text=TEXT):
    return candidates(draft_dict, text, sentences(text))


def test_candidates_only_for_people_without_a_post():
    found = _candidates()
    assert found and {c.person for c in found} == {0}


def test_a_post_followed_by_of_and_the_institution_is_marked():
    by_inst = {(c.role, c.institution): c.features for c in _candidates()}
    assert by_inst[("Rector", 0)].get("post_of_inst") == 1.0
    assert "post_of_inst" not in by_inst[("Rector", 1)]
    assert by_inst[("Rector", 0)].get("post_after") == 1.0


def test_a_post_the_rules_gave_to_a_person_beside_it_is_marked():
    text = "Lorem University and Ipsum Institute signed an MoU.\nDirector Amara Quellin and Zorvak Telimu attended."
    found = [c for c in _candidates(text=text) if c.role == "Director"]
    assert found and all(c.features.get("post_held_by_someone_near") == 1.0 for c in found)


def test_add_roles_gives_the_best_pair_above_the_threshold_once():
    model = Model(weights={"post_of_inst": 6.0}, bias=-3.0)
    chosen = learned_roles.add_roles(copy.deepcopy(DRAFT), TEXT, sentences(TEXT), model, 0.5)
    assert chosen["people"][0]["roles"] == [{"role": "Rector", "institution": "Lorem University"}]
    assert chosen["people"][1]["roles"] == DRAFT["people"][1]["roles"]        # a person with a post is left alone
    sure = chosen["people"][0]["role_confidence"]
    assert sure == [0.5] and "learned roles step" in fact_confidence.why("role", sure[0])
    none = learned_roles.add_roles(copy.deepcopy(DRAFT), TEXT, sentences(TEXT), model, 0.99)
    assert none["people"][0]["roles"] == []


def test_without_a_model_the_draft_is_the_rules():
    assert learned_roles.add_roles(copy.deepcopy(DRAFT), TEXT, sentences(TEXT), None) == DRAFT


def test_the_shipped_step_reads_a_post_in_brackets_after_the_body():
    text = ("Today, the University of Lorem (President: Zorvak Telimu) and Ipsum Glass Co., Ltd. held a signing "
            "ceremony for an agreement on joint research.")
    rules = {p["name"]: p["roles"] for p in draft.extract(text, gazetteer=None, role_model=None)["people"]}
    learned = {p["name"]: p["roles"] for p in draft.extract(text, gazetteer=None)["people"]}
    assert rules["Zorvak Telimu"] == []
    assert learned["Zorvak Telimu"] == [{"role": "President", "institution": "University of Lorem"}]
    assert learned_roles.MODEL_PATH.is_file() and learned_roles.ENABLED


def test_a_learned_post_is_flagged_for_review_in_the_record(monkeypatch, tmp_path):
    from kg.curation.draft_record import to_record
    from kg.curation.known_entities import KnownGraph
    monkeypatch.setenv("COOPKG_REGISTRY", str(tmp_path / "no-ror-index.sqlite"))
    text = ("Lorem and Ipsum sign an agreement\n\nToday, the University of Lorem (President: Zorvak Telimu) and "
            "Ipsum Glass Co., Ltd. held a signing ceremony for an agreement on joint research.\n")
    record = to_record(draft.extract(text, gazetteer=None), text, "test", KnownGraph())
    flags = [m for m in record.review if "Zorvak" in m or "zorvak" in m]
    assert any("role 'President'" in m and fact_confidence.BASES["role"]["learned"][1] in m for m in flags), flags
