"""Drafted institutions the extractor is unsure of are flagged for review in the record, not accepted silently."""

from kg.curation.draft_record import REVIEW_INSTITUTIONS_BELOW, to_record
from kg.curation.known_entities import KnownGraph

TEXT = ("Alpha Polytechnic and Beta Institute of Mining signed a memorandum of understanding on 3 March 2025. "
        "The ceremony was attended by staff of Gamma Foundation.")


def _draft(foundation_confidence):
    return {"institutions": [
                {"name": "Alpha Polytechnic", "aliases": [], "party": True, "quote": TEXT[:60], "confidence": 0.9},
                {"name": "Beta Institute of Mining", "aliases": [], "party": True, "quote": TEXT[:60], "confidence": 0.9},
                {"name": "Gamma Foundation", "aliases": [], "party": False,
                 "quote": "The ceremony was attended by staff of Gamma Foundation.", "confidence": foundation_confidence}],
            "people": [],
            "agreement": {"type": "MoU", "date": "2025-03-03", "date_text": "3 March 2025", "place": None, "areas": [],
                          "quote": TEXT[:60], "confidence": 0.97}}


def test_low_confidence_institution_is_flagged_once():
    record = to_record(_draft(0.7), TEXT, "test", KnownGraph())
    flagged = [m for m in record.review if "low confidence" in m]
    assert len(flagged) == 1 and "gamma" in flagged[0]
    assert "# review: drafted with low confidence" in record.text


def test_confident_institutions_are_not_flagged():
    record = to_record(_draft(REVIEW_INSTITUTIONS_BELOW), TEXT, "test", KnownGraph())
    assert not [m for m in record.review if "low confidence" in m]
