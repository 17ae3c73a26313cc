"""`coopkg serve`: a SPARQL 1.1 Protocol endpoint, a query page and linked-data pages over build/store.

server.py routes requests; protocol.py reads SPARQL requests; guard.py refuses what is unsafe;
execute.py runs queries under a deadline and a size limit; workers.py runs them in worker processes
it kills when they overrun (jobs.py is what a worker is asked); negotiate.py picks the response format;
pages.py serves the query page and the views; linked_data.py describes the entities we mint.
"""
