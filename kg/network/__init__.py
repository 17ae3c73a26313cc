"""Network analysis of the partnership graph.

The graph is read BY SPARQL (`sparql.as_select`), so the same code runs on the local Oxigraph
store or, later, on a remote endpoint; everything after that is plain networkx.

    from kg.network import projections, metrics
    graph = projections.partnership_network(store)
    table = metrics.institution_table(graph)
"""

PROJECTIONS = ("partners", "areas", "people", "relations", "full")
