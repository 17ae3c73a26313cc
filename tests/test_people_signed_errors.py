"""benchmarks/people_errors.py and benchmarks/signed_errors.py sort misses into causes (people
compared as kg.evaluate compares them)."""

from collections import Counter

from benchmarks.people_errors import people_causes, to_markdown as people_table
from benchmarks.signed_errors import signer_causes, to_markdown as signed_table


def person(name, signed=False):
    return {"name": name, "titles": [], "roles": [], "signed": signed}


def test_a_name_kept_with_a_role_word_is_one_error_of_form():
    pred = {"people": [person("Rector Anna Berg"), person("Ole Lund")]}
    gold = {"people": [person("Anna Berg"), person("Ole Lund"), person("Mia Holm")]}
    assert people_causes(pred, gold) == Counter({"longer at start": 1, "adds Capitalised": 1, "missed": 1})


def test_names_cut_short_and_strangers_are_told_apart():
    pred = {"people": [person("Anna Maria"), person("Karl Ek")]}
    gold = {"people": [person("Anna Maria Berg")]}
    assert people_causes(pred, gold) == Counter({"shorter at end": 1, "spurious": 1})


def test_signers_missed_and_spurious_by_cause():
    pred = {"people": [person("Anna Berg"), person("Ole Lund", signed=True), person("Dr Mia Holm", signed=True)]}
    gold = {"people": [person("Anna Berg", signed=True), person("Ole Lund"), person("Mia Holm Sand", signed=True),
                       person("Per Dahl", signed=True)]}
    assert signer_causes(pred, gold) == Counter({"missed: drafted, not signed": 1, "missed: person not drafted": 1,
                                                 "spurious: gold lists, not signed": 1, "name form differs": 1})


def test_a_page_whose_gold_names_no_signer_is_counted():
    pred = {"people": [person("Anna Berg", signed=True)]}
    gold = {"people": [person("Anna Berg")]}
    assert signer_causes(pred, gold)["pages: gold no signer, drafted some"] == 1


def test_tables_have_a_row_per_set():
    assert "| demo | 0 | 0 | 1 |" in people_table({"demo": Counter({"longer at start": 1})})
    assert "| demo | 2 |" in signed_table({"demo": Counter({"name form differs": 2})})
