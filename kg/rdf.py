"""Resolved extractions as RDF triples in the project's ontology (ontology/kg.ttl).

One emitter (`_emit`) writes an extraction as N-Triples text, built from
string templates because a 100k-paper build makes ~20M triples and rdflib
term objects cost microseconds each. The store bulk-loads that text; the
rdflib views (`triples`, `to_graph`) parse the same text, so every route gives
the same triples. IRIs are deterministic (paper id, entity key, position) and
valid whatever characters the input holds.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg import resolve as _resolve
from kg.memo import LIMIT as _MEMO
from kg.records import ENTITY_TYPES, Extraction
from kg.vocab import KGI, KGO, PREFIXES

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"

_TYPE_PATH = {t: t.lower() for t in ENTITY_TYPES}
_PAPER_LINK = {
    "System": KGO.mentionsSystem, "Hardware": KGO.evaluatedOn, "Technique": KGO.usesTechnique,
    "Model": KGO.usesModel, "Dataset": KGO.usesDataset, "Metric": KGO.reportsMetric,
}
_SAFE_KEY = re.compile(r"(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+")
_BAD_CHARS = re.compile(r"[\ud800-\udfff]")  # lone surrogates cannot be encoded as UTF-8


def slug(name: str) -> str:
    """Key of last resort (when the resolver's key is empty): lower case, anything else percent-encoded."""
    return quote(re.sub(r"\s+", "-", name.strip().lower()), safe="-")


@lru_cache(maxsize=_MEMO)
def key(name: str) -> str:
    """IRI-safe key of a canonical name: `kg.resolve.key`, made safe whatever it returns."""
    k = _resolve.key(name)
    if not k or not _SAFE_KEY.fullmatch(k):
        k = quote(k or slug(name), safe="-._~") or "_"
    return k


@lru_cache(maxsize=_MEMO)
def canonical(name: str, label: str) -> str:
    """Canonical name of `name` as a `label` entity (cached kg.resolve.canonical)."""
    return _resolve.canonical(name, label).strip() or name.strip()


def entity_iri(name: str, label: str) -> str:
    """`kgi:{type}/{key}` of a canonical name, as a string."""
    return f"{KGI}{_TYPE_PATH[label]}/{key(name)}"


def paper_iri(paper_id: str) -> str:
    """`kgi:paper/{id}`; the id is percent-encoded when it holds unsafe characters."""
    return f"{KGI}paper/{_paper_key(paper_id)}"


@lru_cache(maxsize=4096)
def _paper_key(paper_id: str) -> str:
    return paper_id if _SAFE_KEY.fullmatch(paper_id) else (quote(paper_id, safe="-._~") or "_")


def kind_iri(kind: str) -> str:
    """`kgi:kind/{metric kind}`."""
    return f"{KGI}kind/{key(kind or 'other')}"


def clean(text: str) -> str:
    """Text safe to write as a literal: lone surrogates (undecodable input) become U+FFFD."""
    return _BAD_CHARS.sub("\ufffd", text) if not text.isascii() else text


def double_lexical(value: float) -> str:
    """xsd:double lexical form as Oxigraph writes it back (shortest digits, no exponent), so
    every route gives the same bytes; NaN and INF spelled as xsd:double wants them."""
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@lru_cache(maxsize=4096)
def _safe_url(url: str) -> str | None:
    """An absolute IRI for `url`, percent-encoding what IRIs forbid; None if it cannot be one."""
    url = clean(url.strip())
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", url):
        return None
    url = re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", url)
    url = re.sub(r"[\x00-\x20<>\"{}|\\^`\x7f]", lambda m: "%%%02X" % ord(m.group()), url)
    try:
        import pyoxigraph

        pyoxigraph.NamedNode(url)  # the strict RFC 3987 check the store applies
    except ValueError:
        return None
    return url


# ------------------------------------------------------------------ emitter
# One emitter writes N-Triples text: the store bulk-loads it as is (the fast
# route), and iterating `Triples` parses the same text into rdflib terms, so
# there is a single definition of what an extraction becomes.

_S, _P = str(KGI), str(KGO)
_A = f"<{RDF.type}>"
_LABEL, _ALT = f"<{RDFS.label}>", f"<{SKOS.altLabel}>"
_DERIVED = f"<{PROV.wasDerivedFrom}>"
_IDENT, _TITLE, _ABSTRACT = f"<{DCTERMS.identifier}>", f"<{DCTERMS.title}>", f"<{DCTERMS.abstract}>"
_DATE, _SOURCE, _SEE = f"<{DCTERMS.date}>", f"<{DCTERMS.source}>", f"<{RDFS.seeAlso}>"
_INT, _DOUBLE, _BOOL = f"^^<{XSD.integer}>", f"^^<{XSD.double}>", f"^^<{XSD.boolean}>"
_TRUE, _FALSE = f'"true"{_BOOL}', f'"false"{_BOOL}'
K = {name: f"<{_P}{name}>" for name in KGO.__annotations__}
_CLASS = {t: K[t] for t in ENTITY_TYPES}
_LINK = {t: f"<{iri}>" for t, iri in _PAPER_LINK.items()}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\ud800-\udfff]')
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
            **{c: f"\\u{c:04X}" for c in [*range(32), 127] if c not in (10, 13)}}


def _lit(text: str) -> str:
    """An N-Triples string literal."""
    if _NEEDS_ESCAPE.search(text):
        text = _BAD_CHARS.sub("\ufffd", text).translate(_ESCAPES)
    return f'"{text}"'


def _int(n) -> str:
    return f'"{int(n)}"{_INT}'


@lru_cache(maxsize=_MEMO)
def _entity_node(name: str, label: str) -> tuple[str, str]:
    """(`<entity IRI>`, canonical name) of a raw name; cached since names repeat across papers."""
    canon = clean(canonical(name, label))
    return f"<{entity_iri(canon, label)}>", canon


def _emit(ex: Extraction, out: list[str], ents: dict, mentions: bool = True) -> None:
    """Append the N-Triples lines of one extraction to `out`, entity labels aside.

    `ents` collects, per entity node, [class, canonical name, other surface
    forms] in first-seen order; `_entity_lines` turns them into lines once
    the label rule (one rdfs:label per entity) has been applied.

    A kgo:Mention node records where a paper first names an entity (offsets,
    surface form, sentence); later occurrences add nothing a reader of the
    graph needs, and extractions.jsonl keeps them all. Mentions state
    kgo:inPaper only, a subproperty of prov:wasDerivedFrom. With
    `mentions=False` no Mention nodes are written (the paper-to-entity edges
    stay).
    """
    p = ex.paper
    pk = _paper_key(p.id)
    paper = f"<{_S}paper/{pk}>"
    add = out.append
    add(f"{paper} {_A} {K['Paper']} .\n{paper} {_IDENT} {_lit(p.id)} .\n")
    if p.title:
        add(f"{paper} {_TITLE} {_lit(p.title)} .\n")
    if p.abstract:
        add(f"{paper} {_ABSTRACT} {_lit(p.abstract)} .\n")
    if p.date:
        add(f"{paper} {_DATE} {_lit(str(p.date))} .\n")
    for src in dict.fromkeys(str(s) for s in p.sources):
        add(f"{paper} {_SOURCE} {_lit(src)} .\n")
    if p.authors is not None:
        add(f"{paper} {K['authorCount']} {_int(p.authors)} .\n")
    if p.upvotes is not None:
        add(f"{paper} {K['upvotes']} {_int(p.upvotes)} .\n")
    if p.url and (url := _safe_url(p.url)):
        add(f"{paper} {_SEE} <{url}> .\n")

    links: dict[str, None] = {}  # paper-to-entity and system-to-system edges, each once

    def entity(name: str | None, label: str, surface: str = "") -> str | None:
        if not name or label not in _CLASS or not name.strip():
            return None
        node, canon = _entity_node(name, label)
        e = ents.get(node)
        if e is None:
            e = ents[node] = [label, canon, set()]
        elif canon != e[1]:
            e[2].add(canon)
        for form in (name.strip(), surface.strip()):
            if form and form != e[1]:
                e[2].add(clean(form))
        return node

    named: set[str] = set()  # entities whose first occurrence has its Mention node
    for m in ex.mentions:
        node = entity(m.canonical or m.text, m.label, m.text)
        if node is None:
            continue
        links[f"{paper} {_LINK[m.label]} {node} .\n"] = None
        if not mentions or node in named:
            continue
        named.add(node)
        mention = f"<{_S}mention/{pk}-{len(named)}>"
        add(f"{mention} {_A} {K['Mention']} .\n{mention} {K['mentionOf']} {node} .\n"
            f"{mention} {K['inPaper']} {paper} .\n"
            f"{mention} {K['surface']} {_lit(m.text)} .\n{mention} {K['start']} {_int(m.start)} .\n"
            f"{mention} {K['end']} {_int(m.end)} .\n")
        if m.sentence:
            add(f"{mention} {K['evidence']} {_lit(m.sentence)} .\n")

    for name in ex.proposed:
        node = entity(name, "System")
        if node is not None:
            links[f"{paper} {K['proposes']} {node} .\n"] = None

    for n, c in enumerate(ex.claims, 1):
        claim = f"<{_S}claim/{pk}-{n}>"
        subject, baseline = entity(c.subject, "System"), entity(c.baseline, "System")
        add(f"{claim} {_A} {K['Claim']} .\n{claim} {K['inPaper']} {paper} .\n{claim} {_DERIVED} {paper} .\n"
            f"{claim} {K['metricKind']} <{kind_iri(c.metric_kind)}> .\n"
            f'{claim} {K["value"]} "{double_lexical(c.value)}"{_DOUBLE} .\n'
            f"{claim} {K['unit']} {_lit(c.unit)} .\n{claim} {K['better']} {_TRUE if c.better else _FALSE} .\n")
        if subject is not None:
            add(f"{claim} {K['subject']} {subject} .\n")
        if baseline is not None:
            add(f"{claim} {K['baseline']} {baseline} .\n")
            links[f"{paper} {K['comparesAgainst']} {baseline} .\n"] = None
        if subject is not None and baseline is not None and subject != baseline:
            win, lose = (subject, baseline) if c.better else (baseline, subject)
            links[f"{win} {K['outperforms']} {lose} .\n"] = None
        metric = entity(c.metric, "Metric")
        if metric is not None:
            add(f"{claim} {K['metric']} {metric} .\n")
        if c.value_min is not None:
            add(f'{claim} {K["valueMin"]} "{double_lexical(c.value_min)}"{_DOUBLE} .\n')
        if c.qualifier:
            add(f"{claim} {K['qualifier']} {_lit(c.qualifier)} .\n")
        for hw in dict.fromkeys(c.hardware):
            node = entity(hw, "Hardware")
            if node is not None:
                add(f"{claim} {K['onHardware']} {node} .\n")
        if c.evidence:
            add(f"{claim} {K['evidence']} {_lit(c.evidence)} .\n")
        if c.start >= 0:
            add(f"{claim} {K['start']} {_int(c.start)} .\n")
        if c.end >= 0:
            add(f"{claim} {K['end']} {_int(c.end)} .\n")
    out.extend(links)


def _entity_lines(ents: dict, keeper: "LabelKeeper", out: list[str]) -> None:
    """Type and label lines of the entities of one extraction, skipping those `keeper` has
    already seen written (entities recur across papers; the store would drop the repeats)."""
    for node, (label, canon, forms) in ents.items():
        iri = node[1:-1]
        written = keeper.written(iri)
        first = keeper.label(iri, canon)
        names = (forms | {canon}) - {first}
        if not written:
            out.append(f"{node} {_A} {_CLASS[label]} .\n")
            if first == canon:
                out.append(f"{node} {_LABEL} {_lit(canon)} .\n")
        for form in sorted(keeper.new_aliases(iri, names)):
            out.append(f"{node} {_ALT} {_lit(form)} .\n")


def entity_ntriples(per_paper: list[dict], keeper: "LabelKeeper") -> bytes:
    """The entity lines (type, label or altLabel) of papers whose entities `_emit` gathered,
    in order, under the first-label-wins rule of `keeper`."""
    out: list[str] = []
    for ents in per_paper:
        _entity_lines(ents, keeper, out)
    return "".join(out).encode("utf-8")


def ntriples(extraction: Extraction, keeper: "LabelKeeper | None" = None, mentions: bool = True) -> str:
    """The triples of one resolved extraction as N-Triples text (the fast route into a store).

    `keeper` carries the one-label-per-entity rule across papers; a fresh one
    applies it within this extraction only.
    """
    out: list[str] = []
    ents: dict = {}
    _emit(extraction, out, ents, mentions)
    _entity_lines(ents, keeper if keeper is not None else LabelKeeper(), out)
    return "".join(out)


def spool_to_turtle(spool: Path | str, dest: Path | str) -> None:
    """Write a build's spooled N-Triples as Turtle at `dest` (atomically), in spool order.

    Three times faster than dumping the store, as nothing is read back from its
    indexes. The one kind of triple the spool repeats, the `outperforms` edge
    that every paper with such a claim writes, is written once (the edges seen
    move to disk past a bound, kg.spill).
    """
    import pyoxigraph as ox

    from kg.atomic import atomic_write
    from kg.spill import SpillSet
    from kg.store import DUMP_PREFIXES

    outperforms = ox.NamedNode(str(KGO.outperforms))
    edges = SpillSet()

    def once(quads):
        for q in quads:
            t = q.triple
            if t.predicate == outperforms:
                edge = f"{t.subject.value} {t.object.value}"  # IRIs hold no spaces
                if edge in edges:
                    continue
                edges.add(edge)
            yield t

    with atomic_write(dest, "wb") as fh:
        ox.serialize(once(ox.parse(path=str(spool), format=ox.RdfFormat.N_TRIPLES)), fh,
                     ox.RdfFormat.TURTLE, prefixes=DUMP_PREFIXES)


class Triples:
    """The triples of one extraction. Iterating gives rdflib 3-tuples; `kg.store.Store.add`
    recognises this type and bulk-loads `ntriples()` instead, which is many times faster."""

    __slots__ = ("extraction", "mentions")

    def __init__(self, extraction: Extraction, mentions: bool = True):
        self.extraction = extraction
        self.mentions = mentions

    def ntriples(self, keeper: "LabelKeeper | None" = None) -> str:
        return ntriples(self.extraction, keeper, self.mentions)

    def __iter__(self) -> Iterator[tuple]:
        import pyoxigraph as ox

        for q in ox.parse(self.ntriples().encode("utf-8"), ox.RdfFormat.N_TRIPLES):
            yield (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))


def triples(extraction: Extraction, mentions: bool = True) -> Triples:
    """The triples of one resolved extraction (iterate for rdflib terms); see `_emit` for `mentions`."""
    return Triples(extraction, mentions)


def ox_triples(extraction: Extraction, mentions: bool = True) -> Iterator:
    """The same triples as pyoxigraph Triples."""
    import pyoxigraph as ox

    data = ntriples(extraction, mentions=mentions).encode("utf-8")
    return (q.triple for q in ox.parse(data, ox.RdfFormat.N_TRIPLES))


def to_graph(extractions: Iterable[Extraction], mentions: bool = True) -> Graph:
    """An rdflib graph of many extractions, one rdfs:label per entity (the first seen)."""
    import pyoxigraph as ox

    g = bind_prefixes(Graph())
    keeper = LabelKeeper()
    for ex in extractions:
        for q in ox.parse(ntriples(ex, keeper, mentions).encode("utf-8"), ox.RdfFormat.N_TRIPLES):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return g


_XSD_STRING = str(XSD.string)


def to_rdflib(term):
    """A pyoxigraph term as an rdflib term."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        from rdflib import BNode

        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


class LabelKeeper:
    """Keeps one rdfs:label per entity: a later, different label becomes a skos:altLabel.

    Entities from different papers can share a key while their canonical names
    differ in case or spelling; the first label seen wins, so the same input
    order always gives the same graph. `lookup(iri)` returns a label already
    stored (e.g. in a store on disk) or None. The labels move to disk past a
    bound (kg.spill): a corpus names ever more entities.
    """

    def __init__(self, lookup: Callable[[str], str | None] | None = None):
        from kg.spill import SpillDict

        self.labels = SpillDict()  # subject IRI -> its label
        self.aliases: dict[str, set[str]] = {}  # altLabels written so far, per subject that has any
        self.lookup = lookup

    def clear(self) -> None:
        """Forget everything (the store changed under the keeper)."""
        self.labels.clear()
        self.aliases.clear()

    def written(self, subject: str) -> bool:
        """Whether this keeper has given `subject` its label (so its type and label lines exist)."""
        return subject in self.labels

    def new_aliases(self, subject: str, names: set[str]) -> set[str]:
        """Those of `names` not yet written as altLabels of `subject`, now counted as written."""
        if not names:
            return names
        have = self.aliases.setdefault(subject, set())
        new = names - have
        have |= new
        return new

    def label(self, subject: str, proposed: str) -> str:
        """The label `subject` keeps; `proposed` becomes it if the subject has none yet."""
        have = self.labels.get(subject)
        if have is None:
            have = (self.lookup(subject) if self.lookup is not None else None) or proposed
            self.labels[subject] = have
        return have


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def ontology_path(name: str = "kg.ttl") -> Path:
    """A file of the ontology folder (kg.ttl, shapes.ttl, queries/...)."""
    return ONTOLOGY_DIR / name


@lru_cache(maxsize=2)
def _parsed(name: str) -> Graph:
    return Graph().parse(ontology_path(name), format="turtle")


def ontology_graph() -> Graph:
    """A fresh copy of the OWL ontology (classes, properties and the metric-kind scheme)."""
    g = bind_prefixes(Graph())
    for t in _parsed("kg.ttl"):
        g.add(t)
    return g


def shapes_graph() -> Graph:
    """A fresh copy of the SHACL shapes every build validates against."""
    g = bind_prefixes(Graph())
    for t in _parsed("shapes.ttl"):
        g.add(t)
    return g
