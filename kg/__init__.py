"""mlsys-kg: a knowledge graph of ML-systems papers and their quantified comparison claims.

The public surface is what `__all__` names; the CLI uses nothing else. Names load
lazily so `import kg` (and `kg --help`) stays fast: spaCy and rdflib are imported
only by the stages that need them.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "Paper": "kg.records", "Source": "kg.records", "Mention": "kg.records",
    "Claim": "kg.records", "Extraction": "kg.records",
    "read_papers": "kg.sources", "InputError": "kg.sources",
    "Extractor": "kg.extract",
    "resolve": "kg.resolve",
    "triples": "kg.rdf", "to_graph": "kg.rdf",
    "Store": "kg.store",
    "validate": "kg.validate",
    "list_queries": "kg.queries", "run_query": ("kg.queries", "run"),
    "build_graph": ("kg.build", "build"), "add_papers": ("kg.build", "add"), "Summary": "kg.build",
    "write_views": "kg.views", "write_system_view": "kg.views",
    "export": "kg.export",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    module, attr = target if isinstance(target, tuple) else (target, name)
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
