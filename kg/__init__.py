"""CoopKG: a knowledge graph of institutional cooperation agreements."""

__version__ = "0.1.0"
