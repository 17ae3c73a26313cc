"""ROR registry index: import the dump into SQLite, look names up, enrich institutions, emit RDF.

Modules: records (reading the dump), store (index location and schema), ror_import (building it),
names (how names are compared), lookup (candidates and the accept rule), enrich (facts for an
accepted match), ror_graph (ROR as CoopKG RDF).
"""
