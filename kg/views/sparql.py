"""Run a SPARQL SELECT on an rdflib Graph, a pyoxigraph Store or a kg Store alike.

The views and the exporter only need rows of plain Python values, so this one
adapter hides which engine answers: IRIs and strings come back as `str`,
typed literals as `float`/`int`/`bool`, unbound variables as `None`.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from kg.batching import batched
from kg.queries import value as _oxi_value  # one mapping of pyoxigraph terms to Python values


def _rdflib_value(term: Any) -> Any:
    """An rdflib term as a Python value (literals through rdflib's own mapping)."""
    from rdflib import Literal
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (str, int, float, bool)):
            return value
        return str(term)
    return str(term)


def select(source: Any, sparql: str) -> Iterator[dict[str, Any]]:
    """Yield one dict per solution of `sparql` (a SELECT) over `source`."""
    try:
        from rdflib import Graph
    except ImportError:  # pragma: no cover - rdflib is a dependency
        Graph = ()
    if isinstance(source, Graph):
        result = source.query(sparql)
        names = [str(v) for v in result.vars]
        for row in result:
            yield {n: _rdflib_value(row[i]) for i, n in enumerate(names)}
        return
    result = source.query(sparql)
    variables = getattr(result, "variables", None)
    if variables is None and hasattr(result, "vars"):  # an rdflib Result from a wrapper
        names = [str(v) for v in result.vars]
        for row in result:
            yield {n: _rdflib_value(row[i]) for i, n in enumerate(names)}
        return
    if variables is None:
        raise TypeError(f"not a SELECT result: {type(result).__name__}")
    names = [v.value for v in variables]
    value = _oxi_value
    for solution in result:  # a solution iterates its values in `variables` order
        yield {n: value(t) for n, t in zip(names, solution)}


_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri_list(iris: Iterable[str]) -> str:
    """IRIs as a SPARQL VALUES body; an IRI that could break out of `<...>` is a ValueError."""
    out = []
    for iri in iris:
        if _BAD_IRI.search(iri):
            raise ValueError(f"not an IRI: {iri!r}")
        out.append(f"<{iri}>")
    return " ".join(out)


def chunks(items: Iterable[str], size: int = 400) -> Iterator[list[str]]:
    """`items` in lists of at most `size`, so a VALUES block stays small."""
    return batched(items, size)
