"""The graph build: reconcile records, emit RDF, validate with SHACL, export files, load the Oxigraph store."""
