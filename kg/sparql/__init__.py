"""The query layer: SPARQL on the local store (limits, DESCRIBE, results) and on remote servers (push, profiles, auth)."""
