"""Rule-based extraction of cooperation agreements from news articles (see draft.py for the
shape of the result)."""

from kg.extract.draft import extract

__all__ = ["extract"]
