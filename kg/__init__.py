"""CoopKG: a knowledge graph of institutional cooperation agreements.

The Python API (kg.api) is available from here: kg.open_build("build"), kg.load("graph.ttl"),
kg.connect("http://host/sparql"), kg.build(). It is imported on first use, so `import kg` (and
`coopkg --version`) stay fast and load neither rdflib nor networkx.
"""

__version__ = "0.1.0"

_API = ("KnowledgeGraph", "Rows", "build", "connect", "load", "open_build")
__all__ = ["__version__", *_API]


def __getattr__(name):
    # Module-level __getattr__ (PEP 562): called only for names not defined above.
    if name in _API:
        from kg import api
        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute '{name}'")
