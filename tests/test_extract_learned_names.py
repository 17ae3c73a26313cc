"""The learned name finder (session 21): tokens, features, the gold projected onto the text, training,
and the people reader's recall pass that adds the names it is sure of (invented text)."""

import hashlib

import pytest

from kg.extract import draft, learned_bodies, learned_names, name_tagger
from kg.extract.name_features import sequence_features, shape
from kg.extract.name_tokens import sequences, tokens
from kg.learn import names

TEXT = ("Loremton University and Ipsum Institute signed an MoU on 2 May 2024.\n"
        "Zorvak Telimu and Dr. Amara Quellin attended the meeting at Loremton University.")
GOLD = {"institutions": [{"name": "Loremton University", "aliases": ["LU"], "party": True},
                         {"name": "Ipsum Institute", "aliases": [], "party": True},
                         {"name": "Dolor Agency", "aliases": [], "party": False}],
        "people": [{"name": "Zorvak Telimu"}, {"name": "Dr. Amara Quellin"}]}


def test_tokens_split_full_stops_and_keep_joined_words():
    assert [t.word for t in tokens("Dr. B. O'Neil-Smith, LU")] == ["Dr", ".", "B", ".", "O'Neil-Smith", ",", "LU"]


def test_sequences_are_lines_with_offsets_in_the_text():
    seqs = sequences(TEXT)
    assert len(seqs) == 2
    first = seqs[1][0]
    assert TEXT[first.start:first.end] == "Zorvak"


def test_shape_and_vocabulary_features():
    assert (shape("Telimu"), shape("MoU"), shape("HUST"), shape("2024"), shape("B")) == ("Xx", "XxX", "X", "d", "X1")
    feats = sequence_features(["Rector", "Zorvak", "Telimu", "of", "Vietnam"])
    assert "role" in feats[0] and "-1:role" in feats[1] and "country" in feats[4]
    assert "-2:edge" in feats[0] and "2:edge" in feats[4]


def test_gold_projection_strips_titles_and_skips_names_not_written():
    spans = {(TEXT[s:e], label) for s, e, label in names.gold_spans(TEXT, GOLD)}
    assert ("Amara Quellin", "PER") in spans and ("Zorvak Telimu", "PER") in spans
    assert ("Loremton University", "ORG") in spans
    assert not any(name == "Dolor Agency" for name, _ in spans)


def test_gold_projection_keeps_the_longer_of_overlapping_names():
    text = "Amara Quellin University signed with Amara Quellin."
    gold = {"institutions": [{"name": "Amara Quellin University"}], "people": [{"name": "Amara Quellin"}]}
    assert [(text[s:e], label) for s, e, label in names.gold_spans(text, gold)] == \
        [("Amara Quellin University", "ORG"), ("Amara Quellin", "PER")]


def test_bio_tags_of_a_line():
    words, tags = names.labelled_sequences(TEXT, GOLD)[1]
    assert list(zip(words, tags))[:3] == [("Zorvak", "B-PER"), ("Telimu", "I-PER"), ("and", "O")]
    assert name_tagger.bio_spans(["O", "B-PER", "I-PER", "B-ORG", "I-PER", "O"]) == \
        [(1, 2, "PER"), (3, 3, "ORG"), (4, 4, "PER")]


def test_training_twice_gives_the_same_bytes(tmp_path):
    pages = [(TEXT, GOLD)] * 3
    digests = []
    for k in range(2):
        names.train(pages, tmp_path / f"m{k}")
        digests.append(hashlib.sha256((tmp_path / f"m{k}").read_bytes()).hexdigest())
    assert digests[0] == digests[1]


@pytest.fixture
def sure_of(monkeypatch):
    """The tagger replaced by fixed person probabilities for the words given."""
    def setup(probabilities):
        def person_probabilities(text):
            return [(t.start, t.end, probabilities.get(t.word, 0.0)) for t in tokens(text)]
        monkeypatch.setattr(name_tagger, "person_probabilities", person_probabilities)
        monkeypatch.setattr(name_tagger, "available", lambda: True)
        monkeypatch.setattr(learned_names, "ENABLED", True)
    return setup


def _names(text):
    return [p["name"] for p in draft.extract(text, gazetteer=None)["people"]]


def test_recall_pass_adds_a_name_the_tagger_is_sure_of(sure_of):
    assert "Zorvak Telimu" not in _names(TEXT)            # no rule reads a bare name before 'and Dr.'
    sure_of({"Zorvak": 0.97, "Telimu": 0.95})
    assert "Zorvak Telimu" in _names(TEXT)


def test_recall_pass_needs_every_word_sure(sure_of):
    sure_of({"Zorvak": 0.97, "Telimu": 0.4})
    assert "Zorvak Telimu" not in _names(TEXT)


def test_recall_pass_never_takes_an_institution(sure_of):
    sure_of({"Loremton": 0.99, "University": 0.99, "Zorvak": 0.1})
    assert not any("Loremton" in name for name in _names(TEXT))


def test_recall_pass_ships_on_with_its_model():
    assert learned_names.ENABLED is True
    assert name_tagger.MODEL.is_file()


def test_recall_pass_switched_off_adds_nothing(sure_of, monkeypatch):
    sure_of({"Zorvak": 0.97, "Telimu": 0.95})
    monkeypatch.setattr(learned_names, "ENABLED", False)
    assert "Zorvak Telimu" not in _names(TEXT)


BODY_TEXT = "Loremton University and the Quarvex Dynamics group signed an MoU in Nairobi on 2 May 2024 (QVX)."


@pytest.fixture
def tagged(monkeypatch):
    """The tagger replaced by fixed ORG spans (written, probability)."""
    def setup(found):
        def spans(text):
            return [name_tagger.Span(text.index(w), text.index(w) + len(w), "ORG", p) for w, p in found]
        monkeypatch.setattr(name_tagger, "spans", spans)
        monkeypatch.setattr(name_tagger, "available", lambda: True)
        monkeypatch.setattr(learned_bodies, "ENABLED", True)
    return setup


def _bodies(text):
    return {i["name"]: i["party"] for i in draft.extract(text, gazetteer=None)["institutions"]}


def test_institution_source_adds_a_sure_name_and_the_rules_make_it_a_party(tagged):
    assert "Quarvex Dynamics" not in _bodies(BODY_TEXT)      # no head noun, not in a side's slot: no rule reads it
    tagged([("Quarvex Dynamics", 0.97)])
    assert _bodies(BODY_TEXT).get("Quarvex Dynamics") is True


def test_institution_source_needs_the_threshold(tagged):
    tagged([("Quarvex Dynamics", 0.6)])
    assert "Quarvex Dynamics" not in _bodies(BODY_TEXT)


def test_institution_source_never_takes_a_place_or_a_lone_acronym(tagged):
    tagged([("Nairobi", 0.99), ("QVX", 0.99)])
    assert not {"Nairobi", "QVX"} & set(_bodies(BODY_TEXT))


@pytest.mark.parametrize("text, name", [
    ("The U.S. Army and the Lorem Fund joined the programme.", "S. Army"),
    ("Lorem University and Ipsum College signed an MoU.\nZorvak Telimu, her sister's manager, came too.",
     "Zorvak Telimu"),
    ("Lorem University and Ipsum College signed an MoU.\nAmong the guests was Zorvak Telimu from the town.",
     "Zorvak Telimu"),
])
def test_recall_pass_needs_a_participant_context(sure_of, text, name):
    sure_of({w: 0.97 for w in name.replace(".", "").split()})
    assert name not in _names(text)


@pytest.mark.parametrize("text", [
    "Lorem University and Ipsum College signed an MoU.\nZorvak Telimu, Registrar of Lorem University, spoke.",
    "Lorem University and Ipsum College signed an MoU.\nThe MoU was signed by Zorvak Telimu and the dean.",
    "Lorem University and Ipsum College signed an MoU.\nZorvak Telimu and Dr. Amara Quellin attended.",
])
def test_recall_pass_takes_a_name_with_a_post_a_signature_or_a_titled_partner(sure_of, text):
    sure_of({"Zorvak": 0.97, "Telimu": 0.95})
    assert "Zorvak Telimu" in _names(text)


def test_institution_source_ships_on_at_its_measured_threshold():
    assert learned_bodies.ENABLED is True and learned_bodies.THRESHOLD == 0.95
