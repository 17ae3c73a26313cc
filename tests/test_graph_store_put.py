"""Graph Store PUT replaces a graph in one transaction: a concurrent reader never sees it empty or half
written (kg/serve/writes.py). Runs on an in-memory Oxigraph store, the engine `coopkg serve` uses."""

import threading

import pyoxigraph as ox

from kg.serve.writes import graph_store_write

GRAPH = "http://example.org/graph/g"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/graph/g> { ?s ?p ?o } }"


def _turtle(size: int, tag: str) -> bytes:
    return "".join(f'<http://example.org/s{i}> <http://example.org/p> "{tag}{i}" .\n' for i in range(size)).encode()


def test_put_replaces_named_and_default_graphs():
    store = ox.Store()
    assert graph_store_write(store, "PUT", GRAPH, b'<http://a.org/x> <http://a.org/p> "old"@en .', "text/turtle") == 201
    assert graph_store_write(store, "PUT", GRAPH, b'_:b <http://a.org/p> "new" .', "text/turtle") == 204
    objects = [q.object.value for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH))]
    assert objects == ["new"]
    assert graph_store_write(store, "PUT", GRAPH, b"", "text/turtle") == 204       # empty: the graph stays, empty
    assert store.contains_named_graph(ox.NamedNode(GRAPH)) and not list(store)
    graph_store_write(store, "PUT", None, b'<http://a.org/x> <http://a.org/p> "one" .', "application/n-triples")
    graph_store_write(store, "PUT", None, b'<http://a.org/x> <http://a.org/p> "two" .', "application/n-triples")
    assert [q.object.value for q in store] == ["two"]


def test_reader_never_sees_a_half_replaced_graph():
    size = 20_000
    store = ox.Store()
    graph_store_write(store, "PUT", GRAPH, _turtle(size, "a"), "text/turtle")
    seen, done = set(), threading.Event()

    def read():
        while not done.is_set():
            seen.add(int(next(iter(store.query(COUNT)))[0].value))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for round_ in range(4):
            graph_store_write(store, "PUT", GRAPH, _turtle(size, f"b{round_}"), "text/turtle")
    finally:
        done.set()
        reader.join()
    assert seen == {size}
    assert {q.object.value for q in store.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH))} \
        == {f"b3{i}" for i in range(size)}
