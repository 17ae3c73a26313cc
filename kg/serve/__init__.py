"""`coopkg serve`: a SPARQL 1.1 Protocol endpoint, a query page and linked-data pages over build/store.

server.py routes requests; hosts.py refuses foreign Host headers; protocol.py reads SPARQL requests;
guard.py refuses what is unsafe (SERVICE, LOAD, queries too deep for the engine); execute.py runs
queries under a deadline and a size limit; workers.py runs them (and writes) in worker processes it
kills when they overrun, crash or run out of memory, and switches to a new build at once (jobs.py is
what a worker is asked); admission.py shares the workers fairly between client addresses;
writes.py checks tokens and applies writes; negotiate.py picks the response format; pages.py serves
the query page and the views; linked_data.py describes the entities we mint.
"""
