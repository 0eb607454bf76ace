"""The Oxigraph store: round trip, persistence, read-only opening, atomic dumps, validation."""
from __future__ import annotations

import os

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg import rdf
from kg.store import ReadOnlyError, Store
from kg.validate import validate
from tests.test_rdf import nasty, paca

COUNT_CLAIMS = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a kgo:Claim }"


def claims(store: Store) -> int:
    return int(next(iter(store.query(COUNT_CLAIMS)))["n"].value)


def test_round_trip_in_memory():
    with Store() as store:
        given = store.add(rdf.triples(paca()))
        assert len(store) == given == len(rdf.to_graph([paca()]))
        assert claims(store) == 2
        winners = {(r["w"].value, r["l"].value) for r in store.query(
            "SELECT ?w ?l WHERE { ?w kgo:outperforms ?l }")}
        assert (str(rdf.entity_iri("PaCA", "System")), str(rdf.entity_iri("LoRA", "System"))) in winners
        assert store.query("ASK { ?s rdfs:label 'A100' }")
        g = store.graph()
        assert g.isomorphic(rdf.to_graph([paca()]))
        assert validate(store) == []


def test_persists_across_reopen_and_opens_read_only(tmp_path):
    path = tmp_path / "store"
    with Store(path) as store:
        store.add(rdf.ox_triples(paca()))
        n = len(store)
    with Store(path) as store:
        assert len(store) == n
        store.add(rdf.triples(nasty()))
        m = len(store)
        assert m > n
    with Store(path, read_only=True) as store:
        assert len(store) == m and claims(store) == 2 + len(nasty().claims)
        with pytest.raises(ReadOnlyError):
            store.add(rdf.triples(paca(2)))
        with pytest.raises(ReadOnlyError):
            store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        with pytest.raises(ReadOnlyError):
            store.clear()
        assert len(store) == m


def test_read_only_of_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no store"):
        Store(tmp_path / "nothing", read_only=True)


def test_label_stays_unique_across_sessions(tmp_path):
    """A second spelling of an entity from a later `kg add` becomes an altLabel."""
    path = tmp_path / "store"
    with Store(path) as store:
        store.add(rdf.triples(paca(0)))
    later = paca(1, title="Later")
    later.mentions[0].canonical = "PACA"
    with Store(path) as store:
        store.add(rdf.triples(later))
        labels = [r["l"].value for r in store.query(
            "SELECT ?l WHERE { <%s> rdfs:label ?l }" % rdf.entity_iri("PaCA", "System"))]
        assert labels == ["PaCA"]
        assert store.query("ASK { ?s skos:altLabel 'PACA' }")
        assert validate(store) == []


def test_dump_is_atomic_and_deterministic(tmp_path, monkeypatch):
    out = tmp_path / "kg.ttl"
    with Store() as store:
        store.add(rdf.triples(paca()))
        store.dump(out)
        first = out.read_bytes()
        store.dump(out)
        assert out.read_bytes() == first
        assert Graph().parse(out, format="turtle").isomorphic(rdf.to_graph([paca()]))
        # a failing write leaves the previous file whole and no temporary behind
        store.add(rdf.triples(nasty()))

        def boom(*a, **k):
            raise OSError("disk full")
        monkeypatch.setattr(os, "fsync", boom)
        with pytest.raises(OSError, match="disk full"):
            store.dump(out)
        assert out.read_bytes() == first
        assert [p.name for p in tmp_path.iterdir()] == ["kg.ttl"]


@pytest.mark.parametrize("fmt,parse_as", [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"),
                                          ("xml", "xml"), ("nquads", "nquads")])
def test_dump_formats_parse_back(tmp_path, fmt, parse_as):
    with Store() as store:
        store.add(rdf.triples(paca()))
        path = tmp_path / f"kg.{fmt}"
        store.dump(path, format=fmt)
        from rdflib import Dataset

        g = Dataset() if fmt == "nquads" else Graph()
        g.parse(path, format=parse_as)
        assert len(g) == len(store)


def test_unknown_format_is_a_clear_error():
    with Store() as store, pytest.raises(ValueError, match="unknown RDF format"):
        store.dump(format="docx")


def test_load_bulk_file_and_clear(tmp_path):
    nt = tmp_path / "kg.nt"
    with Store() as store:
        store.add(rdf.triples(paca()))
        store.dump(nt, format="nt")
    with Store(tmp_path / "s") as store:
        store.load(nt)
        assert claims(store) == 2
        store.clear()
        assert len(store) == 0


def test_add_accepts_pyoxigraph_quads_and_rdflib_literals():
    with Store() as store:
        store.add([(URIRef("urn:x"), RDFS.label, Literal("x", lang="en")),
                   (URIRef("urn:x"), RDFS.comment, Literal(3)),
                   ox.Quad(ox.NamedNode("urn:y"), ox.NamedNode("urn:p"), ox.Literal("z"))])
        assert len(store) == 3
        assert store.query("ASK { <urn:x> rdfs:label 'x'@en . <urn:x> rdfs:comment 3 }")


def test_closed_store_refuses_writes():
    store = Store()
    store.close()
    with pytest.raises(ValueError, match="closed"):
        store.add([])
