"""Check a graph against ontology/shapes.ttl: one line per violation, empty when it conforms.

Two engines read the same shapes file. pyshacl is the reference and runs on
small rdflib graphs; it takes minutes on a million triples, so stores and large
graphs are checked by SPARQL queries compiled from the shapes (the SHACL Core
subset shapes.ttl uses) and run inside Oxigraph. tests/test_rdf.py checks that
both engines report the same lines.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.vocab import PREFIXES

SH = Namespace("http://www.w3.org/ns/shacl#")
PYSHACL_LIMIT = 20_000  # triples; above this rdflib graphs go through the SPARQL engine

_NODE_KINDS = {
    SH.IRI: "isIRI(?v)", SH.Literal: "isLiteral(?v)", SH.BlankNode: "isBlank(?v)",
    SH.BlankNodeOrIRI: "(isBlank(?v) || isIRI(?v))", SH.IRIOrLiteral: "(isIRI(?v) || isLiteral(?v))",
    SH.BlankNodeOrLiteral: "(isBlank(?v) || isLiteral(?v))",
}
_PROPERTY_KEYS = {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.nodeKind, SH["in"],
                  SH.message, SH.name, SH.description, RDF.type}
_NODE_KEYS = {SH.targetClass, SH.property, SH["or"], SH.nodeKind, SH.message, RDF.type, RDFS.comment,
              RDFS.label}


class UnsupportedShape(ValueError):
    """The shapes use a construct the SPARQL compiler does not handle (pyshacl still does)."""


@dataclass(frozen=True)
class Check:
    """One compiled constraint: a SELECT of the focus nodes that violate it."""
    path: str | None
    message: str
    sparql: str


def validate(graph_or_store, engine: str = "auto") -> list[str]:
    """Violations of the shapes, one `focus path: message` line each, sorted; [] when it conforms.

    `graph_or_store` is an rdflib Graph, a kg.store.Store or a pyoxigraph
    Store. `engine` is "pyshacl", "sparql" or "auto" (pyshacl for small
    rdflib graphs, SPARQL otherwise).
    """
    if isinstance(graph_or_store, Graph):
        if engine == "pyshacl" or (engine == "auto" and len(graph_or_store) <= PYSHACL_LIMIT):
            return _pyshacl(graph_or_store)
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(graph_or_store.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
        return _sparql(store)
    if engine == "pyshacl":
        return _pyshacl(graph_or_store.graph())
    return _sparql(graph_or_store)


# ------------------------------------------------------------------ pyshacl

def _pyshacl(graph: Graph) -> list[str]:
    import pyshacl

    from kg.rdf import ontology_graph, shapes_graph

    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                           inference="none", advanced=False, allow_warnings=False)
    if conforms:
        return []
    lines = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        lines.add(_line(str(focus), str(path) if isinstance(path, URIRef) else None, str(message or "")))
    return sorted(lines)


# ------------------------------------------------------------------- SPARQL

def _sparql(store) -> list[str]:
    query = store.query if hasattr(store, "query") else None
    lines = set()
    for check in compile_shapes():
        for row in query(check.sparql):
            lines.add(_line(row["f"].value if hasattr(row["f"], "value") else str(row["f"]),
                            check.path, check.message))
    return sorted(lines)


def _line(focus: str, path: str | None, message: str) -> str:
    where = f" {_short(path)}" if path else ""
    return f"<{focus}>{where}: {message}"


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and "/" not in iri[len(ns):]:
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


@lru_cache(maxsize=1)
def compile_shapes() -> tuple[Check, ...]:
    """SPARQL checks equivalent to shapes.ttl (raises UnsupportedShape for constructs it lacks)."""
    from kg.rdf import ontology_graph, shapes_graph

    shapes, onto = shapes_graph(), ontology_graph()
    checks: list[Check] = []
    for shape in sorted(shapes.subjects(SH.targetClass, None), key=str):
        extra = set(shapes.predicates(shape, None)) - _NODE_KEYS
        if extra:
            raise UnsupportedShape(f"{shape}: {sorted(map(str, extra))}")
        message = str(shapes.value(shape, SH.message) or "")
        for cls in shapes.objects(shape, SH.targetClass):
            target = f"?f a ?t . VALUES ?t {{ {_iris(_subclasses(onto, cls))} }}"
            kind = shapes.value(shape, SH.nodeKind)
            if kind is not None:
                checks.append(Check(None, message or f"focus node is not a {_short(str(kind))}",
                                    _select(target, f"BIND(?f AS ?v) FILTER(!{_NODE_KINDS[kind]})")))
            ors = shapes.value(shape, SH["or"])
            if ors is not None:
                alts = [_min_one(shapes, alt) for alt in Collection(shapes, ors)]
                cond = " ".join(f"FILTER NOT EXISTS {{ ?f <{p}> ?any{i} }}" for i, p in enumerate(alts))
                checks.append(Check(None, message, _select(target, cond)))
            for prop in sorted(shapes.objects(shape, SH.property), key=lambda p: str(shapes.value(p, SH.path))):
                checks.extend(_property_checks(shapes, onto, prop, target))
    return tuple(checks)


def _property_checks(shapes: Graph, onto: Graph, prop, target: str) -> list[Check]:
    extra = set(shapes.predicates(prop, None)) - _PROPERTY_KEYS
    path = shapes.value(prop, SH.path)
    if extra or not isinstance(path, URIRef):
        raise UnsupportedShape(f"property shape on {path}: {sorted(map(str, extra)) or 'path is not an IRI'}")
    p, msg = f"<{path}>", str(shapes.value(prop, SH.message) or "")
    out = []

    def add(body: str, default: str) -> None:
        out.append(Check(str(path), msg or default, _select(target, body)))

    lo, hi = shapes.value(prop, SH.minCount), shapes.value(prop, SH.maxCount)
    if lo is not None and int(lo) > 0:
        if int(lo) == 1:
            add(f"FILTER NOT EXISTS {{ ?f {p} ?v }}", "too few values")
        else:
            add(f"OPTIONAL {{ SELECT ?f (COUNT(DISTINCT ?v) AS ?n0) WHERE {{ ?f {p} ?v }} GROUP BY ?f }} "
                f"FILTER(COALESCE(?n0, 0) < {int(lo)})",
                "too few values")
    if hi is not None:
        if int(hi) == 1:
            add(f"?f {p} ?v, ?w . FILTER(!sameTerm(?v, ?w))", "too many values")
        else:
            add(f"{{ SELECT ?f WHERE {{ ?f {p} ?v }} GROUP BY ?f HAVING(COUNT(DISTINCT ?v) > {int(hi)}) }}",
                "too many values")
    dt = shapes.value(prop, SH.datatype)
    if dt is not None:
        add(f"?f {p} ?v . FILTER(!isLiteral(?v) || datatype(?v) != <{dt}>)", f"value is not a {dt}")
    cls = shapes.value(prop, SH["class"])
    if cls is not None:
        members = set(onto.subjects(RDF.type, cls))
        known = f" FILTER(?v NOT IN ({', '.join(f'<{m}>' for m in sorted(members))}))" if members else ""
        add(f"?f {p} ?v . FILTER NOT EXISTS {{ ?v a ?c . VALUES ?c {{ {_iris(_subclasses(onto, cls))} }} }}{known}",
            f"value is not a {cls}")
    kind = shapes.value(prop, SH.nodeKind)
    if kind is not None:
        add(f"?f {p} ?v . FILTER(!{_NODE_KINDS[kind]})", f"value is not a {kind}")
    allowed = shapes.value(prop, SH["in"])
    if allowed is not None:
        terms = ", ".join(_term(t) for t in Collection(shapes, allowed))
        add(f"?f {p} ?v . FILTER(?v NOT IN ({terms}))", "value is not one of the allowed values")
    return out


def _min_one(shapes: Graph, alt) -> URIRef:
    """An sh:or alternative must be `[ sh:path P ; sh:minCount 1 ]`."""
    keys = set(shapes.predicates(alt, None))
    path = shapes.value(alt, SH.path)
    if keys - {SH.path, SH.minCount} or not isinstance(path, URIRef) or int(shapes.value(alt, SH.minCount) or 0) != 1:
        raise UnsupportedShape("sh:or alternatives must be [ sh:path P ; sh:minCount 1 ]")
    return path


def _subclasses(onto: Graph, cls) -> list[URIRef]:
    """`cls` and every class below it (rdfs:subClassOf*), as SHACL class targets and sh:class use."""
    found, todo = {cls}, [cls]
    while todo:
        for sub in onto.subjects(RDFS.subClassOf, todo.pop()):
            if sub not in found and not isinstance(sub, BNode):
                found.add(sub)
                todo.append(sub)
    return sorted(found)


def _iris(nodes) -> str:
    return " ".join(f"<{n}>" for n in nodes)


def _term(t) -> str:
    if isinstance(t, Literal):
        return t.n3().replace("\n", "\\n")
    return f"<{t}>"


def _select(target: str, body: str) -> str:
    return f"SELECT DISTINCT ?f WHERE {{ {target} {body} }}"
