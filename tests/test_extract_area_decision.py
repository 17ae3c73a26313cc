"""The learned areas step (session 13): every area mention with the rule that drops it, the named
features of a concept named in the text, and the step that decides with a model (invented text)."""

from kg.extract import area_decision, extract
from kg.extract.area_features import Context, candidates, cooperate_in_sentence, in_headline, in_name, \
    list_item, past_sentence, person_before, word_before
from kg.extract.areas import area_mentions, find_areas
from kg.extract.text import sentences
from kg.learn.logistic import Model, fit

TEXT = ("Loremton University and Ipsum Institute sign MoU on student exchange\n"
        "Loremton University and Ipsum Institute signed an MoU on 2 May 2024. "
        "The two sides will cooperate in joint research, staff exchange and curriculum development. "
        "Founded in 1950, Loremton University has a long history of agriculture.")


def _context(text=TEXT, names=()):
    return Context.of(text, sentences(text), names=names)


def _mention(ctx, key):
    return next(m for m in area_mentions(ctx.text, ctx.sents) if m.key == key)


def test_every_mention_carries_the_rule_that_drops_it():
    ctx = _context()
    dropped = {m.key: m.dropped for m in area_mentions(ctx.text, ctx.sents)}
    assert dropped["joint-research"] is None
    assert dropped["agriculture"] == "scope"          # a sentence about the university's past


def test_find_areas_keeps_the_mentions_no_rule_drops():
    ctx = _context()
    kept = [m.key for m in area_mentions(ctx.text, ctx.sents) if m.dropped is None]
    assert [a.key for a in find_areas(ctx.text, ctx.sents)] == kept


def test_a_second_mention_of_a_kept_concept_is_a_repeat():
    text = "The MoU covers student exchange. Both will fund student exchange."
    mentions = area_mentions(text, sentences(text))
    assert [m.dropped for m in mentions if m.key == "student-exchange"] == [None, "repeat"]


def test_mention_features_on_a_small_text():
    ctx = _context()
    headline = area_mentions(ctx.text, ctx.sents)[0]
    assert headline.key == "student-exchange" and in_headline(ctx, headline)
    research = _mention(ctx, "joint-research")
    assert not in_headline(ctx, research)
    assert cooperate_in_sentence(ctx, research)
    assert not past_sentence(ctx, research)
    assert past_sentence(ctx, _mention(ctx, "agriculture"))
    assert list_item(ctx, _mention(ctx, "staff-exchange"))
    assert word_before(ctx, research) == "in"


def test_a_mention_inside_a_name_and_after_a_post():
    text = "Prof. Jane Roe, head of agriculture at Loremton Institute of Science and Technology, signed the MoU."
    start = text.index("Loremton")
    ctx = _context(text, names=[(start, start + len("Loremton Institute of Science and Technology"))])
    assert person_before(ctx, _mention(ctx, "agriculture"))
    assert in_name(ctx, _mention(ctx, "research"))        # 'Science and Technology'


def test_candidate_features_hold_the_rules_decision_and_where_the_concept_stands():
    ctx = _context()
    found = {key: features for key, main, features in candidates(ctx, area_mentions(ctx.text, ctx.sents))}
    assert found["joint-research"]["rule_kept"] == 1.0
    assert found["agriculture"]["rule_dropped"] == 1.0 and found["agriculture"]["any_dropped_scope"] == 1.0
    assert found["joint-research"].get("main_in_densest_sentence") == 1.0    # three concepts in one sentence
    assert "main_in_densest_sentence" not in found["agriculture"]


def _keys(result):
    return {a["iri"].rsplit("/", 1)[-1] for a in result["agreement"]["areas"]}


def test_the_step_decides_with_a_model_where_the_rules_would_not():
    rules = _keys(extract(TEXT, gazetteer=None, area_model=None))
    assert "agriculture" not in rules and "joint-research" in rules
    # a model that keeps what is named in a past sentence and drops the rest reverses the rules
    model = Model(weights={"any_past_sentence": 10.0}, bias=-5.0)
    learned = _keys(extract(TEXT, gazetteer=None, area_model=model))
    assert learned == {"agriculture"}


# Invented pages where the shipped model (trained by `benchmarks/learn_areas.py --holdout`) and the rules differ.
TRUSTED_LESS = ("Loremton University and Ipsum Institute signed an MoU on 2 May 2024 to cooperate in research. "
                "Dr. Ann Lee, a lecturer in quality assurance, said the health sector would benefit.")
TITLE_CASE = ("Loremton University and Ipsum Institute signed an MoU on 2 May 2024. "
              "The sides will provide Student Exchange and Joint Research for staff.")


def test_the_extractor_uses_the_shipped_model_by_default():
    assert area_decision.ENABLED is True and area_decision.shipped_model() is not None
    rules = _keys(extract(TRUSTED_LESS, gazetteer=None, area_model=None))
    assert {"research", "quality-assurance", "health"} <= rules
    assert _keys(extract(TRUSTED_LESS, gazetteer=None)) == {"research"}
    # what the rules drop as a title-case run, the model keeps after 'provide'
    assert not _keys(extract(TITLE_CASE, gazetteer=None, area_model=None)) & {"student-exchange", "joint-research"}
    assert {"student-exchange", "joint-research"} <= _keys(extract(TITLE_CASE, gazetteer=None))


def test_the_shipped_step_is_deterministic():
    assert extract(TRUSTED_LESS, gazetteer=None) == extract(TRUSTED_LESS, gazetteer=None)


def test_training_on_the_same_candidates_gives_the_same_json():
    ctx = _context()
    examples = [(features, key != "agriculture")
                for key, main, features in candidates(ctx, area_mentions(ctx.text, ctx.sents))]
    assert fit(examples).to_json() == fit(list(examples)).to_json()
