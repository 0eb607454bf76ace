"""Check a graph against ontology/shapes.ttl: one line per violation, empty when it conforms.

Three engines read the same shapes file and report the same lines (checked
by tests/test_rdf.py):
- "pyshacl", the reference, for small rdflib graphs; it takes minutes on a
  million triples.
- "stream" (the default for stores): the shapes compiled to per-class checks
  on N-Triples text, applied in one pass over the store's dump, which comes
  grouped by subject from the on-disk index. `validate_ntriples` applies the
  same checks to a build chunk, so builds validate each chunk where it is
  made instead of reading the whole store back (kg.distributed).
- "sparql": the shapes compiled to SPARQL SELECTs (see `compile_shapes`),
  usable on any SPARQL store; each check scans its property once.
Both compiled engines handle the SHACL Core subset shapes.ttl uses and raise
UnsupportedShape for anything else.
"""
from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.vocab import PREFIXES

SH = Namespace("http://www.w3.org/ns/shacl#")
XSD_STRING = XSD.string
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
    Store. `engine` is "pyshacl", "stream", "sparql" or "auto" (pyshacl for
    small rdflib graphs, stream otherwise).
    """
    if engine not in ("auto", "pyshacl", "stream", "sparql"):
        raise ValueError(f"unknown validation engine {engine!r}")
    if isinstance(graph_or_store, Graph):
        if engine == "pyshacl" or (engine == "auto" and len(graph_or_store) <= PYSHACL_LIMIT):
            return _pyshacl(graph_or_store)
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(graph_or_store.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
        return _sparql(store) if engine == "sparql" else _stream(store)
    if engine == "pyshacl":
        return _pyshacl(graph_or_store.graph())
    if engine == "sparql":
        return _sparql(graph_or_store)
    return _stream(graph_or_store)


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


# ------------------------------------------------------------------- stream
# The shapes compiled to checks on N-Triples terms as text ("<iri>", "\"v\"^^<dt>"):
# reading terms as strings costs a fraction of building pyoxigraph objects, and
# the same checks then serve a store (dumped as N-Triples) and a build chunk.

@dataclass
class _Prop:
    path: str
    message: str
    lo: int = 0
    hi: int | None = None
    datatype: str | None = None
    classes: frozenset | None = None
    members: frozenset = frozenset()
    kind: str | None = None  # the first characters the value may start with (sh:nodeKind)
    allowed: frozenset | None = None


@dataclass
class _Shape:
    classes: frozenset
    message: str
    kind: str | None = None
    any_of: tuple = ()
    props: list = None


def _nt(t) -> str:
    """An rdflib term in N-Triples text, as Oxigraph writes it (plain strings without ^^xsd:string)."""
    if isinstance(t, Literal) and t.language is None and t.datatype in (None, XSD_STRING):
        return Literal(str(t)).n3()
    return t.n3()


@lru_cache(maxsize=1)
def _stream_shapes() -> tuple:
    """The shapes as plain Python checks on N-Triples terms."""
    from kg.rdf import ontology_graph, shapes_graph

    shapes, onto = shapes_graph(), ontology_graph()
    iri = lambda t: f"<{t}>"  # noqa: E731
    out = []
    for shape in sorted(shapes.subjects(SH.targetClass, None), key=str):
        extra = set(shapes.predicates(shape, None)) - _NODE_KEYS
        if extra:
            raise UnsupportedShape(f"{shape}: {sorted(map(str, extra))}")
        for cls in shapes.objects(shape, SH.targetClass):
            ors = shapes.value(shape, SH["or"])
            sh = _Shape(frozenset(iri(c) for c in _subclasses(onto, cls)),
                        str(shapes.value(shape, SH.message) or ""), _first(shapes.value(shape, SH.nodeKind)),
                        tuple(iri(_min_one(shapes, a)) for a in Collection(shapes, ors)) if ors is not None else (),
                        [])
            for prop in sorted(shapes.objects(shape, SH.property), key=lambda p: str(shapes.value(p, SH.path))):
                extra = set(shapes.predicates(prop, None)) - _PROPERTY_KEYS
                path = shapes.value(prop, SH.path)
                if extra or not isinstance(path, URIRef):
                    raise UnsupportedShape(f"property shape on {path}: {sorted(map(str, extra))}")
                v = lambda k: shapes.value(prop, k)  # noqa: E731
                c, allowed = v(SH["class"]), v(SH["in"])
                sh.props.append(_Prop(
                    iri(path), str(v(SH.message) or ""), int(v(SH.minCount) or 0),
                    int(v(SH.maxCount)) if v(SH.maxCount) is not None else None,
                    iri(v(SH.datatype)) if v(SH.datatype) is not None else None,
                    frozenset(iri(x) for x in _subclasses(onto, c)) if c is not None else None,
                    frozenset(iri(m) for m in onto.subjects(RDF.type, c)) if c is not None else frozenset(),
                    _first(v(SH.nodeKind)),
                    frozenset(_nt(t) for t in Collection(shapes, allowed)) if allowed is not None else None))
            out.append(sh)
    return tuple(out)


_STRING = f"<{XSD_STRING}>"


def _datatype(term: str) -> str | None:
    """The datatype IRI ("<...>") of an N-Triples literal; None for IRIs and blank nodes."""
    if term[0] != '"':
        return None
    if term[-1] == '"':
        return _STRING
    if term[-1] == ">":
        return term[term.rindex('"^^<') + 3:]
    return "<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>"


_KIND_FIRST = {  # the first characters an N-Triples term of each sh:nodeKind may start with
    SH.IRI: "<", SH.Literal: '"', SH.BlankNode: "_", SH.BlankNodeOrIRI: "_<",
    SH.IRIOrLiteral: '<"', SH.BlankNodeOrLiteral: '_"',
}


def _first(kind) -> str | None:
    return _KIND_FIRST[kind] if kind is not None else None


_TYPE = f"<{RDF.type}>"


class _Checker:
    """The compiled shapes applied subject by subject to N-Triples lines; `types` gives
    the classes of the nodes that sh:class constraints ask about."""

    def __init__(self, types: dict | None = None):
        self.shapes = _stream_shapes()
        self.types: dict = types if types is not None else {}
        self.by_types: dict = {}
        self.lines: set[str] = set()

    def check(self, s: str, preds: dict) -> None:
        """Check one subject given all its triples as {predicate: [objects]}."""
        ts = preds.get(_TYPE)
        if not ts:
            return
        key = frozenset(ts)
        active = self.by_types.get(key)
        if active is None:
            active = self.by_types[key] = [sh for sh in self.shapes if sh.classes & key]
        lines, types, focus = self.lines, self.types, _focus(s)
        for sh in active:
            if sh.kind is not None and s[0] not in sh.kind:
                lines.add(_line(focus, None, sh.message))
            if sh.any_of and not any(p in preds for p in sh.any_of):
                lines.add(_line(focus, None, sh.message))
            for c in sh.props:
                vals = preds.get(c.path, ())
                n = len(vals)
                bad = n < c.lo or (c.hi is not None and n > c.hi)
                if not bad and n:
                    for v in vals:
                        if ((c.datatype is not None and _datatype(v) != c.datatype)
                                or (c.classes is not None and not (types.get(v, set()) & c.classes)
                                    and v not in c.members)
                                or (c.kind is not None and v[0] not in c.kind)
                                or (c.allowed is not None and v not in c.allowed)):
                            bad = True
                            break
                if bad:
                    lines.add(_line(focus, c.path[1:-1], c.message))

    def check_groups(self, groups: dict) -> list[str]:
        """Check subjects given as {subject: {predicate: [objects]}}; sorted violations."""
        for s, preds in groups.items():
            self.check(s, preds)
        return sorted(self.lines)

    def check_grouped_lines(self, lines: Iterable[str]) -> list[str]:
        """Check N-Triples lines in which each subject's lines come together (a store's
        subject-first order), one subject in memory at a time; sorted violations."""
        current, preds = None, {}
        for s, p, o in _split(lines):
            if s != current:
                if current is not None:
                    self.check(current, preds)
                current, preds = s, {}
            preds.setdefault(p, []).append(o)
        if current is not None:
            self.check(current, preds)
        return sorted(self.lines)


def _split(lines: Iterable[str]) -> Iterator[list[str]]:
    """[subject, predicate, object] of N-Triples lines as written by Oxigraph and kg.rdf
    (single spaces, " ." at the end)."""
    return (line.rstrip()[:-2].split(" ", 2) for line in lines if line.strip())


def _focus(s: str) -> str:
    """The focus node as the reports name it: an IRI without brackets, a blank node as _:x."""
    return s[1:-1] if s[0] == "<" else s[2:]


def _stream(store) -> list[str]:
    """One pass over the store's N-Triples dump, which comes grouped by subject on disk."""
    import pyoxigraph as ox

    if hasattr(store, "flush"):
        store.flush()
    raw = getattr(store, "_store", store)
    dg = ox.DefaultGraph()
    checker = _Checker()
    a = ox.NamedNode(str(RDF.type))
    for cls in {c for sh in checker.shapes for p in sh.props if p.classes for c in p.classes}:
        for q in raw.quads_for_pattern(None, a, ox.NamedNode(cls[1:-1]), dg):
            checker.types.setdefault(str(q.subject), set()).add(cls)
    if getattr(store, "path", None) is None:  # in memory (small): quads come in insertion order
        return checker.check_groups(group_ntriples(raw.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=dg)))
    with tempfile.TemporaryFile() as fh:  # the dump streams to disk, not into memory
        raw.dump(fh, format=ox.RdfFormat.N_TRIPLES, from_graph=dg)
        fh.seek(0)
        return checker.check_grouped_lines(io.TextIOWrapper(fh, encoding="utf-8"))


def validate_ntriples(data: bytes | str) -> list[str]:
    """Violations of the shapes in a self-contained N-Triples document (a build chunk:
    its papers, claims and mentions with the type and label lines of their entities).

    A build validates each chunk where it is made instead of re-reading the whole
    store; the union of the chunks' lines is the whole graph's, as no shape
    constraint spans two chunks (see kg.distributed.extract_chunk). The text must
    be N-Triples as kg.rdf writes it: one triple per line, single spaces.
    """
    return validate_groups(group_ntriples(data))


def validate_groups(groups: dict) -> list[str]:
    """`validate_ntriples` on text already grouped by `group_ntriples`."""
    checker = _Checker({s: set(preds[_TYPE]) for s, preds in groups.items() if _TYPE in preds})
    return checker.check_groups(groups)


def group_ntriples(data: bytes | str) -> dict:
    """{subject: {predicate: [objects]}} of N-Triples text (single spaces, " ." at each end)."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    groups: dict = {}
    group = groups.get
    for line in text.splitlines():  # the hot loop of a build's validation: kept flat
        line = line.rstrip()
        if not line:
            continue
        s, p, o = line[:-2].split(" ", 2)
        preds = group(s)
        if preds is None:
            groups[s] = {p: [o]}
        elif (vals := preds.get(p)) is None:
            preds[p] = [o]
        else:
            vals.append(o)
    return groups


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
            classes = _subclasses(onto, cls)
            target = f"?f a <{cls}> ." if len(classes) == 1 else f"?f a ?t . VALUES ?t {{ {_iris(classes)} }}"
            kind = shapes.value(shape, SH.nodeKind)
            if kind is not None:
                checks.append(Check(None, message or f"focus node is not a {_short(str(kind))}",
                                    _select(f"{target} BIND(?f AS ?v) FILTER(!{_NODE_KINDS[kind]})")))
            ors = shapes.value(shape, SH["or"])
            if ors is not None:
                alts = [_min_one(shapes, alt) for alt in Collection(shapes, ors)]
                cond = " ".join(f"MINUS {{ ?f <{p}> ?any{i} }}" for i, p in enumerate(alts))
                checks.append(Check(None, message, _select(f"{target} {cond}")))
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
        out.append(Check(str(path), msg or default, _select(body)))

    # Forms chosen for Oxigraph's evaluator: MINUS and GROUP BY run as hash joins over one
    # scan, where FILTER NOT EXISTS and self-joins probe the index once per focus node.
    lo, hi = shapes.value(prop, SH.minCount), shapes.value(prop, SH.maxCount)
    if lo is not None and int(lo) == 1:
        add(f"{target} MINUS {{ ?f {p} ?v }}", "too few values")
    elif lo is not None and int(lo) > 1:
        add(f"{target} OPTIONAL {{ SELECT ?f (COUNT(DISTINCT ?v) AS ?n0) WHERE {{ ?f {p} ?v }} GROUP BY ?f }} "
            f"FILTER(COALESCE(?n0, 0) < {int(lo)})", "too few values")
    if hi is not None:
        add(f"{{ SELECT ?f WHERE {{ ?f {p} ?v }} GROUP BY ?f HAVING(COUNT(DISTINCT ?v) > {int(hi)}) }} {target}",
            "too many values")
    dt = shapes.value(prop, SH.datatype)
    if dt is not None:
        add(f"?f {p} ?v . FILTER(!isLiteral(?v) || datatype(?v) != <{dt}>) {target}", f"value is not a {dt}")
    cls = shapes.value(prop, SH["class"])
    if cls is not None:
        members = set(onto.subjects(RDF.type, cls))
        known = f" FILTER(?v NOT IN ({', '.join(f'<{m}>' for m in sorted(members))}))" if members else ""
        add(f"?f {p} ?v . {target} MINUS {{ ?v a ?c . VALUES ?c {{ {_iris(_subclasses(onto, cls))} }} }}{known}",
            f"value is not a {cls}")
    kind = shapes.value(prop, SH.nodeKind)
    if kind is not None:
        add(f"?f {p} ?v . FILTER(!{_NODE_KINDS[kind]}) {target}", f"value is not a {kind}")
    allowed = shapes.value(prop, SH["in"])
    if allowed is not None:
        terms = ", ".join(_term(t) for t in Collection(shapes, allowed))
        add(f"?f {p} ?v . FILTER(?v NOT IN ({terms})) {target}", "value is not one of the allowed values")
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


def _select(body: str) -> str:
    return f"SELECT DISTINCT ?f WHERE {{ {body} }}"
