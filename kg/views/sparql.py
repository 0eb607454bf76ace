"""Run a SPARQL SELECT on an rdflib Graph, a pyoxigraph Store or a kg Store alike.

The views and the exporter only need rows of plain Python values, so this one
adapter hides which engine answers: IRIs and strings come back as `str`,
typed literals as `float`/`int`/`bool`, unbound variables as `None`.
"""
from __future__ import annotations

from typing import Any, Iterator

XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {XSD + t: float for t in ("double", "float", "decimal")}
_NUMBERS.update({XSD + t: int for t in (
    "integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong")})


def _oxi_value(term: Any) -> Any:
    """A pyoxigraph term as a Python value."""
    if term is None:
        return None
    datatype = getattr(term, "datatype", None)
    value = term.value
    if datatype is None:
        return value
    dt = datatype.value
    if dt == XSD + "boolean":
        return value.strip() in ("true", "1")
    cast = _NUMBERS.get(dt)
    if cast:
        try:
            return cast(value)
        except ValueError:
            return value
    return value


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
    for solution in result:
        yield {n: _oxi_value(solution[n]) for n in names}
