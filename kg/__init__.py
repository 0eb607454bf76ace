"""mlsys-kg: a knowledge graph of ML-systems papers and their quantified comparison claims.

The public surface is what `__all__` names. Functions whose module has the same name
are exported under a verb (`build_graph`, `validate_graph`, ...) so that `kg.build`
and friends always stay the submodules. Names load
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
    "resolve_names": ("kg.resolve", "resolve"),
    "triples": "kg.rdf", "to_graph": "kg.rdf",
    "Store": "kg.store",
    "validate_graph": ("kg.validate", "validate"),
    "list_queries": "kg.queries", "run_query": ("kg.queries", "run"),
    "build_graph": ("kg.build", "build"), "add_papers": ("kg.build", "add"), "Summary": "kg.build",
    "write_views": "kg.views", "write_system_view": "kg.views",
    "export_graph": ("kg.export", "export"),
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
