"""The persistent SPARQL store: Oxigraph (RocksDB on disk, or in memory), used directly.

pyoxigraph is used without the rdflib Store plugin because the plugin converts
every term through rdflib; here triples are buffered and bulk-loaded, and
queries run in Oxigraph's own engine. rdflib triples are accepted and
converted; `kg.rdf.ox_triples` gives pyoxigraph triples that skip that step.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg.atomic import atomic_write
from kg.memo import Memo
from kg.vocab import PREFIXES

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES, "ntriples": ox.RdfFormat.N_TRIPLES, "n-triples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML, "rdfxml": ox.RdfFormat.RDF_XML, "rdf/xml": ox.RdfFormat.RDF_XML,
}
_DATASET_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG}
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# kgi: local names hold "/" which Turtle must escape (kgi:system\/vllm): full IRIs read better
DUMP_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "kgi"}


class ReadOnlyError(PermissionError):
    """Raised when a read-only store is asked to change."""


def rdf_format(fmt: str) -> ox.RdfFormat:
    """The pyoxigraph format for a name such as "turtle", "nt" or "jsonld"."""
    try:
        return FORMATS[fmt.lower()]
    except KeyError:
        raise ValueError(f"unknown RDF format {fmt!r} (known: {', '.join(sorted(FORMATS))})") from None


class Store:
    """Oxigraph store at `path` (None = in memory); `read_only` opens an existing one for queries.

    Added triples are buffered and written in batches; every read flushes
    first, so reads always see everything added. One rdfs:label per subject
    is kept: a second, different label is stored as skos:altLabel (see
    kg.rdf.LabelKeeper), because entity keys fold case and two papers may
    spell the same system differently.
    """

    BATCH = 50_000  # quads
    TEXT_BATCH = 64 << 20  # characters of N-Triples

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        if read_only:
            if self.path is None or not self.path.is_dir():
                raise FileNotFoundError(f"{path}: no store here")
            self._store = ox.Store.read_only(str(self.path))
        else:
            if self.path is not None:
                self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path)) if self.path is not None else ox.Store()
        self._buffer: list = []
        self._text: list[str] = []
        self._text_size = 0
        self._nodes = Memo()  # rdflib IRI -> pyoxigraph NamedNode
        from kg.rdf import LabelKeeper

        self._labels = LabelKeeper(self._stored_label)

    @property
    def labels(self):
        """The kg.rdf.LabelKeeper of this store: one rdfs:label per entity, the stored one first."""
        return self._labels

    # ----------------------------------------------------------------- writes

    def add(self, triples: Iterable) -> int:
        """Add triples: a `kg.rdf.Triples` (fast path), rdflib 3-tuples, pyoxigraph Triples or Quads.

        Returns how many triples were given (for the fast path: N-Triples lines).
        """
        self._writable()
        from kg.rdf import Triples

        if isinstance(triples, Triples):
            text = triples.ntriples(self._labels)
            self._text.append(text)
            self._text_size += len(text)
            if self._text_size >= self.TEXT_BATCH:
                self.flush()
            return text.count("\n")
        n = 0
        buf, to_ox, label = self._buffer, self._to_ox, self._labels.label
        Triple, Quad, DG, Lit, NamedNode = ox.Triple, ox.Quad, ox.DefaultGraph(), ox.Literal, ox.NamedNode
        for t in triples:
            if isinstance(t, Triple):
                s, p, o = t.subject, t.predicate, t.object
            elif isinstance(t, Quad):
                if t.graph_name != DG:
                    buf.append(t)
                    n += 1
                    continue
                s, p, o = t.subject, t.predicate, t.object
            else:
                s, p, o = to_ox(t[0]), to_ox(t[1]), to_ox(t[2])
            if p == _LABEL and isinstance(o, Lit) and label(
                    s.value if isinstance(s, NamedNode) else f"_:{s.value}", o.value) != o.value:
                p = _ALT
            buf.append(Quad(s, p, o, DG))
            n += 1
        if len(buf) >= self.BATCH:
            self.flush()
        return n

    def load(self, source: str | Path | bytes, format: str | None = None) -> None:
        """Bulk-load an RDF file (or bytes) into the default graph, as fast as Oxigraph can."""
        self._writable()
        self.flush()
        fmt = rdf_format(format) if format else None
        if isinstance(source, (bytes, str)) and not isinstance(source, Path) and (
                isinstance(source, bytes) or "\n" in source):
            self._store.bulk_load(source, fmt or ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
        else:
            p = Path(source)
            self._store.bulk_load(path=str(p), format=fmt or ox.RdfFormat.from_extension(p.suffix.lstrip(".")),
                                  to_graph=ox.DefaultGraph())
        self._labels.clear()

    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        """Make the named graph `graph` (an IRI) hold exactly these N-Triples (derived data)."""
        self._writable()
        self.flush()
        target = ox.NamedNode(graph)
        if self._store.contains_named_graph(target):
            self._store.remove_graph(target)
        if self.path is None:
            self._store.load(ntriples, ox.RdfFormat.N_TRIPLES, to_graph=target)
        else:
            self._store.bulk_load(ntriples, ox.RdfFormat.N_TRIPLES, to_graph=target)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update."""
        self._writable()
        self.flush()
        self._store.update(sparql, prefixes=PREFIXES)
        self._labels.clear()

    def clear(self) -> None:
        """Remove every triple, named graphs included."""
        self._writable()
        self._buffer.clear()
        self._text.clear()
        self._text_size = 0
        self._labels.clear()
        self._store.clear()

    def flush(self) -> None:
        """Write buffered triples to the store."""
        if self._text:
            data, self._text, self._text_size = "".join(self._text).encode("utf-8"), [], 0
            if self.path is None:
                self._store.load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            else:
                self._store.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        if self._buffer:
            buf, self._buffer = self._buffer, []
            if self.path is None:
                self._store.extend(buf)
            else:
                self._store.bulk_extend(buf)

    # ------------------------------------------------------------------ reads

    def query(self, sparql: str, **kwargs):
        """Run a SPARQL 1.1 query; the project's prefixes (kgo:, kgi:, rdfs:, ...) are predeclared.

        Returns pyoxigraph's result: solutions for SELECT, a boolean for ASK,
        triples for CONSTRUCT/DESCRIBE.
        """
        self.flush()
        kwargs.setdefault("prefixes", PREFIXES)
        return self._store.query(sparql, **kwargs)

    def __len__(self) -> int:
        """Triples in the default graph: named graphs (kg.summaries) hold derived data, not counted."""
        self.flush()
        n = len(self._store)
        for g in self._store.named_graphs():  # few and small: cheaper than counting the default graph
            n -= sum(1 for _ in self._store.quads_for_pattern(None, None, None, g))
        return n

    def __iter__(self):
        """Every triple of the default graph, as pyoxigraph Triples."""
        self.flush()
        for q in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield q.triple

    def dump(self, path: str | Path | None = None, format: str = "turtle") -> bytes | None:
        """Write the graph to `path` atomically (temporary file, then rename); bytes if path is None.

        Graph formats (Turtle, N-Triples, JSON-LD, RDF/XML) hold the default
        graph only; dataset formats (N-Quads, TriG) also the named graphs
        such as kg.summaries' derived one.

        The same graph always gives the same Turtle/N-Triples bytes, whatever
        order it was added in.
        """
        fmt = rdf_format(format)
        if path is None:
            return self._serialize(fmt)
        with atomic_write(path, "wb") as fh:
            if self._streams(fmt):  # straight from the database to the file, not through memory
                self._store.dump(fh, format=fmt, from_graph=ox.DefaultGraph(), prefixes=DUMP_PREFIXES)
            else:
                fh.write(self._serialize(fmt))
        return None

    def _streams(self, fmt: ox.RdfFormat) -> bool:
        """On disk, RocksDB's key order makes Turtle and N-Triples dumps deterministic as they stream."""
        self.flush()
        return self.path is not None and fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)

    def graph(self):
        """The default graph as an rdflib Graph (for small stores: views, exports, pyshacl)."""
        from rdflib import Graph

        from kg.rdf import bind_prefixes

        g = bind_prefixes(Graph())
        g.parse(data=self._serialize(ox.RdfFormat.N_TRIPLES), format="nt")
        return g

    def _serialize(self, fmt: ox.RdfFormat) -> bytes:
        self.flush()
        if fmt in _DATASET_FORMATS:
            return self._store.dump(format=fmt)
        if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE) and self.path is None:
            # RocksDB keeps triples in key order, so on-disk dumps are already deterministic;
            # the in-memory store follows insertion order, so sort its lines first
            nt = b"".join(sorted(self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
                                 .splitlines(keepends=True)))
            if fmt == ox.RdfFormat.N_TRIPLES:
                return nt
            triples = (q.triple for q in ox.parse(nt, ox.RdfFormat.N_TRIPLES))
            return ox.serialize(triples, format=fmt, prefixes=DUMP_PREFIXES)
        return self._store.dump(format=fmt, from_graph=ox.DefaultGraph(),
                                prefixes=DUMP_PREFIXES if fmt is not ox.RdfFormat.JSON_LD else None)

    # -------------------------------------------------------------- lifecycle

    def close(self) -> None:
        """Flush and release the database (so it can be reopened, also read-only)."""
        if getattr(self, "_store", None) is None:
            return
        if not self.read_only:
            self.flush()
        self._store = None
        self._labels.clear()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        where = str(self.path) if self.path is not None else "memory"
        return f"Store({where!r}{', read_only=True' if self.read_only else ''})"

    # -------------------------------------------------------------- internals

    def _writable(self) -> None:
        if self._store is None:
            raise ValueError("store is closed")
        if self.read_only:
            raise ReadOnlyError(f"{self.path}: store is open read-only")

    def _stored_label(self, subject: str) -> str | None:
        node = ox.BlankNode(subject[2:]) if subject.startswith("_:") else ox.NamedNode(subject)
        for q in self._store.quads_for_pattern(node, _LABEL, None, ox.DefaultGraph()):
            return q.object.value
        return None

    def _to_ox(self, term):
        """An rdflib term as a pyoxigraph term (IRIs cached: vocabulary terms repeat)."""
        from rdflib import BNode, Literal, URIRef

        if type(term) is URIRef or isinstance(term, URIRef):
            node = self._nodes.get(term)
            if node is None:
                node = self._nodes.put(term, ox.NamedNode(str(term)))
            return node
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None and str(term.datatype) != _XSD_STRING:
                return ox.Literal(str(term), datatype=self._to_ox(term.datatype))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
            return term
        raise TypeError(f"not an RDF term: {term!r}")
