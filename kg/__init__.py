"""mlsys-kg: a knowledge graph of ML-systems papers and their quantified comparison claims."""
__version__ = "0.1.0"
