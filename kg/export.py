"""Export the knowledge graph: RDF (turtle, nt, jsonld) or a property graph (graphml, gexf).

RDF formats serialise the triples as they are (through the store's own atomic
`dump` when it has one, else pyoxigraph or rdflib). GraphML and GEXF carry the
same networkx graph as graph.html (papers, entities, links, comparisons), with
attributes flattened to the strings, numbers and booleans those formats allow,
so Gephi, Cytoscape or networkx read it back.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.views.files import atomic_path, atomic_write
from kg.views.model import ClaimRow, Facts, entity_graph, load

RDF_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
               "jsonld": "json-ld", "json-ld": "json-ld"}
GRAPH_FORMATS = ("graphml", "gexf")


def export(store_or_graph: Any, path: str | Path, fmt: str) -> Path:
    """Write the graph to `path` in `fmt` atomically and return the path; ValueError for an unknown format."""
    fmt = fmt.lower()
    path = Path(path)
    if fmt in GRAPH_FORMATS:
        g = property_graph(store_or_graph)
        with atomic_path(path) as tmp:
            (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(g, tmp)
        return path
    if fmt not in RDF_FORMATS:
        known = ", ".join(sorted(set(RDF_FORMATS) | set(GRAPH_FORMATS)))
        raise ValueError(f"unknown export format {fmt!r} (known: {known})")
    return _export_rdf(store_or_graph, path, RDF_FORMATS[fmt])


def _export_rdf(source: Any, path: Path, fmt: str) -> Path:
    from rdflib import Graph
    if isinstance(source, Graph):
        return atomic_write(path, source.serialize(format=fmt, encoding="utf-8"))
    if hasattr(source, "dump") and hasattr(source, "add") and not _is_oxigraph(source):
        source.dump(path, format={"json-ld": "jsonld"}.get(fmt, fmt))  # kg.store.Store: atomic itself
        return path
    if _is_oxigraph(source):
        import pyoxigraph as ox
        oxfmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
        return atomic_write(path, source.dump(format=oxfmt, from_graph=ox.DefaultGraph()))
    raise TypeError(f"cannot export {type(source).__name__}: need an rdflib Graph or a store")


def _is_oxigraph(source: Any) -> bool:
    return type(source).__module__.startswith("pyoxigraph")


def _flat(value: Any) -> Any:
    """A GraphML/GEXF-safe value: str, int, float or bool (None is dropped by the caller)."""
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return str(value)


def property_graph(store_or_graph: Any) -> nx.DiGraph:
    """The whole graph with flat attributes; comparison edges get `claims` (count) and `claim_text`."""
    facts = store_or_graph if isinstance(store_or_graph, Facts) else load(store_or_graph)
    g = entity_graph(facts)
    out = nx.DiGraph()
    for n, d in g.nodes(data=True):
        out.add_node(n, **{k: _flat(v) for k, v in d.items() if v is not None})
    for a, b, d in g.edges(data=True):
        attrs = {}
        for k, v in d.items():
            if v is None:
                continue
            if k == "type":
                k = "edge_type"  # GEXF reserves an edge's "type" for directed/undirected
            if k == "claims":
                claims: list[ClaimRow] = v
                attrs["claims"] = len(claims)
                attrs["claim_text"] = "\n".join(
                    f"{facts.describe(c)} [{facts.paper_title(c.paper)}]" for c in claims)
                continue
            attrs[k] = _flat(v)
        out.add_edge(a, b, **attrs)
    return out
