"""Extraction: Paper -> Extraction with entities, proposed systems and claims (spaCy)."""
from kg.extract.pipeline import Extractor, build_nlp, load_nlp

__all__ = ["Extractor", "build_nlp", "load_nlp"]
