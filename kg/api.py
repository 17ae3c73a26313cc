"""The Python API: one object for the graph, wherever it lives.

Open a graph, ask it saved or ad-hoc SPARQL questions, get plain Python rows back, and hand its
networks to networkx or its views to a browser. `import kg` gives these names without loading
rdflib, networkx or pyvis; each is loaded the first time it is needed.

>>> import kg
>>> graph = kg.open_build(BUILD)                   # a folder `coopkg build` wrote
>>> rows = graph.query("parties")                  # a saved query, by name
>>> rows.columns
['agreement', 'agreementLabel', 'party', 'partyLabel', 'date', 'dateAsWritten', 'placeLabel']
>>> [(row["partyLabel"], row["date"]) for row in rows]
[('College of Industrial Techniques', datetime.date(2025, 11, 26)), ('Hanoi University of Industry', datetime.date(2025, 11, 26))]
>>> graph.query("names", name="kieu xuan thuc")[0]["preferred"]   # parameters as keywords
'Kiều Xuân Thực'
>>> graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?p a foaf:Person }")[0]["n"]   # any SPARQL; our prefixes are declared
2
>>> graph.query("ASK { inst:haui a schema:Organization }")
True

Networks are networkx graphs whose nodes are IRIs with a label, type and aliases:

>>> partners = graph.network("partners", since=2025)
>>> sorted(partners.nodes[n]["label"] for n in partners)
['College of Industrial Techniques', 'Hanoi University of Industry']
>>> graph.network("partners", since=2026).number_of_edges()
0

What the graph says about one entity, both its own statements and the links into it:

>>> facts = graph.describe("inst:bcit")
>>> ("in", "coop:party", "Agreement between College of Industrial Techniques and Hanoi University of Industry (2025-11-26)") in {
...     (f["direction"], f["property"], f["label"]) for f in facts}
True

The same calls work on an RDF file (`kg.load("graph.ttl")`) and on a SPARQL endpoint
(`kg.connect("http://127.0.0.1:7878/sparql")`): all three share one query path (kg.sparql.query for the
stores, kg.sparql.remote for endpoints), and their answers are read into rows the same way.
"""

import datetime as dt
from pathlib import Path

from kg.errors import CoopKGError
from kg.paths import DEFAULT_BUILD_DIR, DEFAULT_DATA_DIR

__all__ = ["KnowledgeGraph", "Rows", "build", "connect", "load", "open_build"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong")}
_NUMBERS = {_XSD + t for t in ("decimal", "double", "float")}


class Rows(list):
    """The answer of a SELECT (or CONSTRUCT/DESCRIBE) query: a list of dicts, one per row, with a
    key for every column (None where unbound). IRIs are full IRI strings, numbers int or float,
    xsd:date a datetime.date, true/false a bool, every other literal its text.

    >>> rows = Rows(["name", "n"], [{"name": "a", "n": 1}, {"name": "b", "n": None}])
    >>> rows.columns, rows[1]
    (['name', 'n'], {'name': 'b', 'n': None})
    """

    def __init__(self, columns, rows=()):
        super().__init__(rows)
        self.columns = list(columns)

    def to_pandas(self):
        """The rows as a pandas DataFrame (needs pandas, which CoopKG itself does not depend on)."""
        try:
            import pandas
        except ImportError:
            raise CoopKGError("Rows.to_pandas() needs pandas, which is not installed",
                              fix="pip install pandas, or use the rows as a list of dicts") from None
        return pandas.DataFrame(list(self), columns=self.columns)

    def table(self, max_width: int = 60) -> str:
        """The rows as the aligned text table `coopkg query` prints.

        >>> print(Rows(["name", "n"], [{"name": "a", "n": 1}, {"name": "b", "n": None}]).table())
        name  n
        ----  -
        a     1
        b
        (2 rows)
        """
        from kg.sparql.results import table
        shown = [["" if row.get(c) is None else str(row[c]) for c in self.columns] for row in self]
        return table(self.columns, shown, max_width)

    def __repr__(self):
        return f"Rows(columns={self.columns!r}, {len(self)} row{'s' if len(self) != 1 else ''})"


def python_value(term):
    """A pyoxigraph term as a plain Python value (see Rows)."""
    import pyoxigraph as ox
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if not isinstance(term, ox.Literal):
        return str(term)
    datatype = term.datatype.value if term.datatype else ""
    try:
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype in _NUMBERS:
            return float(term.value)
        if datatype == _XSD + "boolean":
            return term.value in ("true", "1")
        if datatype == _XSD + "date":
            return dt.date.fromisoformat(term.value)
    except ValueError:  # an ill-typed literal stays text
        pass
    return term.value


def _term(value):
    """A parameter of an ad-hoc query as an RDF term: pyoxigraph terms as given, anything else as text."""
    import pyoxigraph as ox
    return value if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)) else ox.Literal(str(value))


def _as_rows(result):
    """Rows for a SELECT result or a list of triples; a bool for ASK."""
    import pyoxigraph as ox
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, (ox.QueryTriples, list)):
        columns = ["subject", "predicate", "object"]
        return Rows(columns, [dict(zip(columns, map(python_value, (t.subject, t.predicate, t.object))))
                              for t in result])
    columns = [v.value for v in result.variables]
    return Rows(columns, [{c: python_value(solution[c]) for c in columns} for solution in result])


class KnowledgeGraph:
    """A CoopKG graph: a build folder, RDF files loaded in memory, or a remote SPARQL endpoint.

    Make one with open_build(), load(), connect() or build(); `store` is the pyoxigraph Store of a
    local graph (None for an endpoint), for anything the API does not cover.
    """

    def __init__(self, *, store=None, endpoint: str | None = None, auth=None, origin: str = "",
                 server: str = "oxigraph"):
        self.store, self.endpoint, self._auth, self.origin = store, endpoint, auth, origin
        self._server = server  # which SPARQL server the endpoint is (kg.sparql.server_profiles)

    def __repr__(self):
        return f"<KnowledgeGraph {self.origin}>"

    # --- SPARQL --------------------------------------------------------------------------------

    def _run(self, text: str, bindings: dict | None = None):
        """The one query path: a pyoxigraph result object, whatever answers it."""
        if self.store is not None:
            from kg.sparql.query import run_local
            return run_local(self.store, text, bindings)
        from kg.sparql.remote import remote_results
        return remote_results(self.endpoint, text, bindings, self._auth, server=self._server)

    def query(self, name_or_sparql: str, **params):
        """Run a saved query by name (see saved_queries()) or any SPARQL text; keyword arguments
        bind the query's parameters. Returns Rows (SELECT, CONSTRUCT, DESCRIBE) or a bool (ASK)."""
        from kg.sparql import query as q
        if name_or_sparql.replace("-", "").isalnum():
            saved = q.find_saved(name_or_sparql)
            unknown = sorted(set(params) - {p.name for p in saved.params})
            if unknown:
                declared = ", ".join(p.name for p in saved.params) or "none"
                raise CoopKGError(f"unknown parameter(s) {', '.join(unknown)} for query '{saved.name}'",
                                  fix=f"its parameters: {declared}")
            bindings = q.bindings_for(saved, {name: str(value) for name, value in params.items()})
            return _as_rows(self._run(saved.text, bindings))
        return _as_rows(self._run(name_or_sparql, {name: _term(value) for name, value in params.items()}))

    @staticmethod
    def saved_queries() -> dict:
        """Saved query name -> its question (ontology/queries/*.rq).

        >>> KnowledgeGraph.saved_queries()["parties"]
        'Which institutions are parties to each agreement, with signing date and place?'
        """
        from kg.sparql.query import saved_queries
        return {name: saved.question for name, saved in saved_queries().items()}

    def describe(self, entity: str, provenance: bool = False) -> Rows:
        """Every statement about entity (a CURIE such as inst:haui, an IRI, or any name or acronym of
        an institution) and every link into it.
        Columns: direction ("out" or "in"), property (a CURIE), value (IRI or text), label (the other
        end's English label, if any). Links from the provenance records (statements, quotes) are left
        out unless provenance=True; the saved query sources-of-fact traces them properly."""
        import pyoxigraph as ox
        from kg.sparql.describe import PROVENANCE_LINKS
        from kg.sparql.results import compact
        links = self.query(LINKS_QUERY, entity=ox.NamedNode(self._entity_iri(entity)))
        if not links:
            raise CoopKGError(f"nothing is known about {entity}", fix="check the IRI, CURIE or name")
        kept = [r for r in links if provenance or r["direction"] == "out" or r["property"] not in PROVENANCE_LINKS]
        labels = self._labels(sorted({r["value"] for r in kept if r["isIri"]}))
        columns = ["direction", "property", "value", "label"]
        rows = [{"direction": r["direction"], "property": compact(r["property"]), "value": r["value"],
                 "label": labels.get(r["value"]) if r["isIri"] else None} for r in kept]
        return Rows(columns, sorted(rows, key=lambda r: (r["direction"] != "out", r["property"], r["value"])))

    def _labels(self, iris: list) -> dict:
        """IRI -> its English preferred label, else another English or untagged name. One query for
        all of them: asking for the labels inside the links query made it ten times slower."""
        import pyoxigraph as ox
        if not iris:
            return {}
        values = " ".join(str(ox.NamedNode(iri)) for iri in iris)  # N-Triples form: cannot break out
        rows = self.query(LABELS_QUERY.replace("VALUES ?value { }", f"VALUES ?value {{ {values} }}"))
        return {r["value"]: r["preferred"] or r["name"] for r in rows if r["preferred"] or r["name"]}

    def _entity_iri(self, entity: str) -> str:
        """A CURIE or IRI as it is; anything else is looked up as an institution's name."""
        from kg.sparql.query import expand_iri
        try:
            return expand_iri(entity)
        except CoopKGError:
            from kg.network.resolve import find_institution
            return find_institution(self._source(), entity)

    # --- networks and views --------------------------------------------------------------------

    def _source(self):
        """What kg.network reads: the local store, or a select function on the endpoint."""
        if self.store is not None:
            return self.store

        from kg.sparql.query import solution_rows

        def select(text):  # rows of plain strings, as kg.network.sparql expects
            return solution_rows(self._run(text))
        return select

    def network(self, projection: str = "partners", since: int | None = None, until: int | None = None,
                area: str | None = None):
        """A networkx graph of one projection: partners, areas, people, relations or full (see kg.network).
        since/until (years) and area (key, CURIE or English label) filter the agreements of
        partners and areas."""
        from kg.network import PROJECTIONS, projections
        if projection not in PROJECTIONS:
            raise CoopKGError(f"unknown projection '{projection}'", fix=f"use one of {', '.join(PROJECTIONS)}")
        filters = projections.Filters(since, until, area)
        if filters.describe() and projection not in ("partners", "areas"):
            raise CoopKGError(f"since/until/area filter agreements; the {projection} projection has none",
                              fix="drop them, or use projection='partners' or 'areas'")
        return projections.build(self._source(), projection, filters)

    def analyze(self, since: int | None = None, until: int | None = None, area: str | None = None,
                ego: str | None = None, radius: int = 1) -> dict:
        """The report `coopkg analyze` prints, as a dict (kg.network.report); str() it with report_text()."""
        from kg.network.projections import Filters
        from kg.network.report import analysis_report
        return analysis_report(self._source(), Filters(since, until, area), ego, radius)

    @staticmethod
    def report_text(report: dict, top: int = 10) -> str:
        from kg.network.report import render_text
        return render_text(report, top)

    def view(self, kind: str = "full", path=None, **options) -> Path:
        """Write an offline interactive HTML view (full, partners, ego, areas, relations) to path
        (default build/<kind>.html beside a build, else ./<kind>.html) and return the path.
        options: institution= (for ego), lang=, radius=, max_nodes= (see kg.viz.write_view)."""
        from kg.viz import VIEWS, write_view
        if kind not in VIEWS:
            raise CoopKGError(f"unknown view '{kind}'", fix=f"use one of {', '.join(VIEWS)}")
        if kind == "ego" and not options.get("institution"):
            raise CoopKGError("the ego view needs institution= (any name, alias or acronym)")
        target = Path(path) if path else self._default_dir() / f"{kind}.html"
        return write_view(self._local_store(), kind, target, **options)

    def _default_dir(self) -> Path:
        return Path(self.origin) if self.origin and Path(self.origin).is_dir() else Path(".")

    def _local_store(self):
        """Views read the graph directly: for an endpoint, its triples are fetched into memory first."""
        if self.store is not None:
            return self.store
        import pyoxigraph as ox
        from kg.sparql.remote import remote_results
        store = ox.Store()
        triples = remote_results(self.endpoint, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", None, self._auth,
                                 server=self._server)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
        return store


# describe(): the entity's links both ways, then the labels of what is on the other end.
LINKS_QUERY = """
SELECT ?direction ?property ?value (isIRI(?value) AS ?isIri) WHERE {
  { ?entity ?property ?value . BIND("out" AS ?direction) } UNION { ?value ?property ?entity . BIND("in" AS ?direction) }
}"""
LABELS_QUERY = """
SELECT ?value (MIN(?en) AS ?preferred) (MIN(?other) AS ?name) WHERE {
  VALUES ?value { }
  OPTIONAL { ?value skos:prefLabel ?en . FILTER(LANGMATCHES(LANG(?en), "en")) }
  OPTIONAL { VALUES ?property { rdfs:label foaf:name schema:name dcterms:title } ?value ?property ?other .
             FILTER(LANGMATCHES(LANG(?other), "en") || LANG(?other) = "") }
}
GROUP BY ?value"""


def open_build(path=DEFAULT_BUILD_DIR) -> KnowledgeGraph:
    """The graph `coopkg build` wrote into path (its store, opened read-only)."""
    from kg.graph.store import open_store
    return KnowledgeGraph(store=open_store(Path(path)), origin=str(path))


def load(file_or_files) -> KnowledgeGraph:
    """The graph in one or more RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML), in memory.
    Queries see the union of everything loaded as the default graph."""
    from kg.graph.store import memory_store_from_file
    paths = [Path(file_or_files)] if isinstance(file_or_files, (str, Path)) else [Path(p) for p in file_or_files]
    if not paths:
        raise CoopKGError("load() needs at least one RDF file")
    store = memory_store_from_file(paths[0])
    for path in paths[1:]:  # the default graph of each is a set, so repeated triples count once
        store.bulk_extend(list(memory_store_from_file(path)))
    return KnowledgeGraph(store=store, origin=", ".join(map(str, paths)))


def connect(endpoint_url: str, user: str | None = None, password: str | None = None,
            token: str | None = None, server: str = "oxigraph") -> KnowledgeGraph:
    """A remote SPARQL 1.1 endpoint (e.g. `coopkg serve`'s /sparql, Oxigraph's /query, Virtuoso's
    /sparql with server="virtuoso"), with optional Basic or Digest (user/password) or bearer (token)
    authentication. Nothing is sent until the first query."""
    from kg.sparql.remote import auth_from
    return KnowledgeGraph(endpoint=endpoint_url, auth=auth_from(user, password, token), origin=endpoint_url,
                          server=server)


def build(data=DEFAULT_DATA_DIR, out=DEFAULT_BUILD_DIR, progress=None) -> KnowledgeGraph:
    """Run `coopkg build` on the curated data (without the HTML view; see KnowledgeGraph.view) and
    open the result. The build report is kept as `.build_report`."""
    from kg.graph.build import build as run_build
    report = run_build(Path(data), Path(out), progress=progress)
    graph = open_build(out)
    graph.build_report = report
    return graph
