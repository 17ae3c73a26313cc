"""Curation: read and check data/ (sources, records, schema), and turn a new article into a curated record (ingest)."""
