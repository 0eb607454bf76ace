"""RDF triples from hand-built extractions: shape conformance, stable bytes, valid IRIs, two parsers."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg import rdf
from kg.records import METRIC_KINDS, Claim, Extraction, Mention, Paper, Source
from kg.store import Store
from kg.validate import SH, compile_shapes, validate
from kg.vocab import KGI, KGO

ROOT = Path(__file__).resolve().parent.parent
NASTY = ['my sys', 'q"uote', "it's", '<angle>', 'naïve-Σ', 'a#b', '50%', 'new\nline', 'tab\tx',
         'back\\slash', '{}|^`', 'ÉCOLE', '🚀rocket', '%zz', 'a/b?c=d&e', 'x' * 300, '.', '-']


def paca(n: int = 0, title: str = "PaCA: Partial Connection Adaptation") -> Extraction:
    """A small paper with two systems, hardware, a metric and two claims (one where the subject loses)."""
    abstract = (f"Compared to LoRA, PaCA reduces training time by 22% on NVIDIA A100 GPUs. "
                f"PaCA is 1.5x slower than QLoRA. Run {n}.")
    p = Paper(title=title, abstract=abstract, sources=[Source("a.txt", 3 + n)], date="2025-01-02",
              authors=4, upvotes=7, url="https://arxiv.org/abs/2501.00001")
    t = p.text

    def m(s: str, label: str, canon: str | None = None) -> Mention:
        i = t.index(s)
        return Mention(s, label, i, i + len(s), sentence="Compared to LoRA, ...", canonical=canon)

    first = t.index("22%")
    return Extraction(p, proposed=["PaCA"], mentions=[
        m("PaCA", "System"), m("LoRA", "System"), m("QLoRA", "System"),
        m("NVIDIA A100 GPUs", "Hardware", "A100"), m("training time", "Metric")],
        claims=[Claim("PaCA", "LoRA", "training time", "time", 22.0, "%", None, True, ["A100"],
                      evidence="Compared to LoRA, PaCA reduces training time by 22% on NVIDIA A100 GPUs.",
                      start=first, end=first + 3),
                Claim("PaCA", "QLoRA", None, "speedup", 1.5, "x", "about", False, [],
                      evidence="PaCA is 1.5x slower than QLoRA.", value_min=1.2)])


def nasty() -> Extraction:
    p = Paper(title='T "q" <b> \x01 ctl', abstract="abs\ud800 lone surrogate\nsecond line",
              sources=[Source("we ird#.txt", 1)], url="http://ex.com/a b<c>%zz", id="weird id/#1?")
    mentions = [Mention(n, "System", i, i + 1, sentence="s") for i, n in enumerate(NASTY)]
    mentions.append(Mention("", "System", 0, 0))  # empty names are skipped, not turned into IRIs
    claims = [Claim(a, b, "m " + a, "speedup", 2.0, "x", hardware=[a], evidence="e")
              for a, b in zip(NASTY, NASTY[1:])]
    return Extraction(p, mentions=mentions, proposed=NASTY[:3], claims=claims)


def turtle(extractions) -> bytes:
    with Store() as store:
        for ex in extractions:
            store.add(rdf.triples(ex))
        return store.dump(format="turtle")


# ------------------------------------------------------------ vocabulary

def test_vocab_py_declares_exactly_the_ontology_terms():
    onto = rdf.ontology_graph()
    declared = {str(s)[len(str(KGO)):] for s in onto.subjects()
                if isinstance(s, URIRef) and str(s).startswith(str(KGO))}
    in_python = set(KGO.__annotations__)
    assert declared == in_python
    with pytest.raises(AttributeError):
        KGO.outperfroms  # noqa: B018 - a misspelled term fails


def test_every_term_is_typed_labelled_and_commented():
    onto = rdf.ontology_graph()
    for name in KGO.__annotations__:
        term = KGO[name]
        assert set(onto.objects(term, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                                                    SKOS.ConceptScheme}, name
        assert onto.value(term, RDFS.label) is not None and onto.value(term, RDFS.comment) is not None, name
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        assert onto.value(prop, RDFS.range) is not None, prop


def test_vocabulary_md_names_only_declared_terms():
    text = (ROOT / "ontology" / "VOCABULARY.md").read_text(encoding="utf-8")
    used = set(re.findall(r"kgo:([A-Za-z]+)", text))
    assert used and used <= set(KGO.__annotations__)


def test_metric_kind_scheme_matches_records_and_shapes():
    onto = rdf.ontology_graph()
    members = set(onto.subjects(SKOS.inScheme, KGO.MetricKinds))
    assert members == {KGI[f"kind/{k}"] for k in METRIC_KINDS}
    for m in members:
        assert (m, RDF.type, KGO.MetricKind) in onto and onto.value(m, SKOS.prefLabel) is not None
    shapes = rdf.shapes_graph()
    lists = [Collection(shapes, o) for _, o in shapes.subject_objects(SH["in"])]
    assert any(set(lst) == members for lst in lists)


# -------------------------------------------------------------- triples

def test_triples_cover_paper_entities_mentions_and_claims():
    g = rdf.to_graph([paca()])
    paper = KGI["paper/" + paca().paper.id]
    paca_, lora, qlora, a100 = (KGI["system/paca"], KGI["system/lora"], KGI["system/qlora"], KGI["hardware/a100"])
    assert (paper, RDF.type, KGO.Paper) in g
    assert g.value(paper, DCTERMS.identifier) == Literal(paca().paper.id)
    assert (paper, DCTERMS.source, Literal("a.txt:3")) in g
    assert g.value(paper, KGO.authorCount) == Literal(4)
    assert (paper, KGO.proposes, paca_) in g and (paper, KGO.evaluatedOn, a100) in g
    assert (paper, KGO.comparesAgainst, lora) in g and (paper, KGO.reportsMetric, KGI["metric/training-time"]) in g
    # labels: canonical as rdfs:label, surface forms as skos:altLabel
    assert g.value(a100, RDFS.label) == Literal("A100")
    assert (a100, SKOS.altLabel, Literal("NVIDIA A100 GPUs")) in g
    assert (a100, RDF.type, KGO.Hardware) in g
    # outperforms respects `better`: PaCA beats LoRA; QLoRA beats PaCA (PaCA is slower)
    assert (paca_, KGO.outperforms, lora) in g
    assert (qlora, KGO.outperforms, paca_) in g and (paca_, KGO.outperforms, qlora) not in g
    # claims: n-ary node with provenance
    c1, c2 = KGI[f"claim/{paca().paper.id}-1"], KGI[f"claim/{paca().paper.id}-2"]
    assert g.value(c1, KGO.value) == Literal("22.0", datatype=XSD.double)
    assert g.value(c1, KGO.unit) == Literal("%") and g.value(c1, KGO.better) == Literal(True)
    assert g.value(c1, KGO.metricKind) == KGI["kind/time"] and g.value(c1, KGO.onHardware) == a100
    assert g.value(c1, KGO.inPaper) == paper and g.value(c1, PROV.wasDerivedFrom) == paper
    assert "22%" in str(g.value(c1, KGO.evidence)) and g.value(c1, KGO.start) is not None
    assert g.value(c2, KGO.better) == Literal(False) and g.value(c2, KGO.valueMin) is not None
    assert g.value(c2, KGO.metric) is None and g.value(c2, KGO.qualifier) == Literal("about")
    # mentions: one per entity, at its first occurrence; offsets point at the surface form
    text, seen = paca().paper.text, {}
    for mention in g.subjects(RDF.type, KGO.Mention):
        start, end = int(g.value(mention, KGO.start)), int(g.value(mention, KGO.end))
        assert text[start:end] == str(g.value(mention, KGO.surface))
        assert g.value(mention, KGO.inPaper) == paper and g.value(mention, KGO.evidence) is not None
        seen[g.value(mention, KGO.mentionOf)] = start
    firsts = {}
    for m in paca().mentions:
        firsts.setdefault(KGI[f"{m.label.lower()}/{rdf.key(rdf.canonical(m.canonical or m.text, m.label))}"], m.start)
    assert seen == firsts


def test_every_route_into_a_store_gives_the_same_graph():
    """Fast N-Triples path, rdflib terms, pyoxigraph terms and to_graph agree triple for triple."""
    with Store() as fast, Store() as terms, Store() as oxi:
        for ex in (paca(), nasty()):
            fast.add(rdf.triples(ex))
            terms.add(list(rdf.triples(ex)))
            oxi.add(rdf.ox_triples(ex))
        assert len(fast) == len(terms) == len(oxi) > 100
        assert fast.dump(format="nt") == terms.dump(format="nt") == oxi.dump(format="nt")
        assert fast.graph().isomorphic(rdf.to_graph([paca(), nasty()]))


def test_claim_without_subject_or_baseline_has_no_outperforms_edge():
    ex = paca()
    ex.claims = [Claim(None, None, "throughput", "throughput", 3.0, "x", evidence="3x higher throughput.")]
    g = rdf.to_graph([ex])
    assert not list(g.triples((None, KGO.outperforms, None)))
    claim = KGI[f"claim/{ex.paper.id}-1"]
    assert g.value(claim, KGO.subject) is None and g.value(claim, KGO.baseline) is None
    assert validate(g) == []


def test_good_graph_conforms_with_both_engines():
    g = rdf.to_graph([paca(0), paca(1, title="Another paper"), nasty()])
    assert validate(g, engine="pyshacl") == []
    assert validate(g, engine="sparql") == []


def test_one_label_per_entity_across_papers():
    a, b = paca(0), paca(1, title="Other")
    b.mentions[0].canonical = "PACA"  # same key, different spelling
    g = rdf.to_graph([a, b])
    assert list(g.objects(KGI["system/paca"], RDFS.label)) == [Literal("PaCA")]
    assert (KGI["system/paca"], SKOS.altLabel, Literal("PACA")) in g
    assert validate(g) == []


def broken_graph() -> Graph:
    g = rdf.to_graph([paca()])
    pid = paca().paper.id
    paper, c1, c2 = KGI["paper/" + pid], KGI[f"claim/{pid}-1"], KGI[f"claim/{pid}-2"]
    g.remove((c1, KGO.value, None))                                   # minCount
    g.add((c2, KGO.value, Literal("2.5", datatype=XSD.double)))        # maxCount
    g.set((c2, KGO.unit, Literal("fold")))                             # sh:in (literal)
    g.set((c1, KGO.metricKind, KGI["kind/bogus"]))                     # sh:in (IRI)
    g.set((c2, KGO.better, Literal("yes")))                            # datatype
    g.set((c1, KGO.subject, KGI["hardware/a100"]))                     # sh:class
    g.remove((paper, DCTERMS.title, None))                             # sh:or ...
    g.remove((paper, DCTERMS.abstract, None))                          # ... title or abstract
    g.add((paper, RDFS.seeAlso, Literal("not an IRI")))                # nodeKind
    g.add((KGI["system/lora"], RDFS.label, Literal("Lora")))           # one label
    mention = next(g.subjects(RDF.type, KGO.Mention))
    g.remove((mention, KGO.mentionOf, None))
    return g


def test_broken_graph_yields_one_line_per_violation_same_with_both_engines():
    g = broken_graph()
    lines = validate(g, engine="pyshacl")
    assert validate(g, engine="sparql") == lines
    text = "\n".join(lines)
    for expected in ["kgo:value: a claim has exactly one xsd:double value",
                     "kgo:unit: a claim has exactly one unit",
                     "kgo:metricKind: a claim has exactly one metric kind",
                     "kgo:better: a claim has exactly one boolean",
                     "kgo:subject: a claim's subject is one System",
                     "a paper needs a title or an abstract",
                     "rdfs:seeAlso: a paper's URL is an IRI",
                     "rdfs:label: an entity has exactly one rdfs:label",
                     "kgo:mentionOf: a mention is of exactly one Entity"]:
        assert expected in text, expected
    assert all(line.startswith("<https://w3id.org/mlsys-kg/id/") for line in lines)
    assert len(lines) == 10  # the value check fires on both claims (one has none, one has two)


def test_shapes_compile_to_sparql():
    checks = compile_shapes()
    assert len(checks) > 50 and all(c.sparql.startswith("SELECT DISTINCT ?f") for c in checks)


# ------------------------------------------------------- serialization

def test_same_input_gives_byte_identical_turtle():
    first = turtle([paca(0), nasty(), paca(1, title="x")])
    assert first == turtle([paca(0), nasty(), paca(1, title="x")])
    # independent of the order papers were added in (labels aside, which are first-seen)
    assert first == turtle([paca(1, title="x"), nasty(), paca(0)])


def test_turtle_parses_back_with_rdflib_and_rapper(tmp_path):
    with Store() as store:
        store.add(rdf.triples(paca()))
        store.add(rdf.triples(nasty()))
        path = tmp_path / "kg.ttl"
        store.dump(path, format="turtle")
        n = len(store)
    back = Graph().parse(path, format="turtle")
    assert len(back) == n
    assert back.isomorphic(rdf.to_graph([paca(), nasty()]))
    if shutil.which("rapper") is None:
        pytest.skip("rapper (raptor2-utils) not installed")
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert f"returned {n} triples" in run.stderr


def test_nasty_names_give_valid_distinct_iris():
    import pyoxigraph as ox

    g = rdf.to_graph([nasty()])
    iris = {str(t) for triple in g for t in triple if isinstance(t, URIRef)}
    for iri in iris:
        ox.NamedNode(iri)  # Oxigraph validates IRIs strictly (RFC 3987)
        assert not re.search(r"[\s<>\"{}|\\^`]", iri), iri
    systems = set(g.subjects(RDF.type, KGO.System))
    expected = {rdf.entity_iri(rdf.canonical(n, "System"), "System") for n in NASTY}
    assert {str(s) for s in systems} == expected  # the empty name skipped, none lost
    for s in systems:  # each has one label, its canonical name
        assert len(list(g.objects(s, RDFS.label))) == 1
    assert (KGI["paper/weird%20id%2F%231%3F"], RDF.type, KGO.Paper) in g
    assert g.value(KGI["paper/weird%20id%2F%231%3F"], RDFS.seeAlso) == URIRef("http://ex.com/a%20b%3Cc%3E%25zz")


def test_entity_iris_are_deterministic():
    assert rdf.entity_iri("vLLM", "System") == rdf.entity_iri("vLLM", "System")
    assert rdf.entity_iri("A100", "Hardware").startswith(str(KGI) + "hardware/")
    assert rdf.kind_iri("time") == str(KGI["kind/time"])
    assert rdf.double_lexical(float("nan")) == "NaN" and rdf.double_lexical(float("-inf")) == "-INF"


@pytest.mark.parametrize("on_disk", [False, True])
def test_streaming_engine_matches_pyshacl_on_a_store(tmp_path, on_disk):
    broken = broken_graph()
    expected = validate(broken, engine="pyshacl")
    with Store(tmp_path / "s" if on_disk else None) as store:
        store.load(broken.serialize(format="nt", encoding="utf-8"), format="nt")  # load keeps both labels
        assert validate(store, engine="stream") == expected
        assert validate(store, engine="sparql") == expected
    with Store() as store:
        store.add(rdf.triples(paca()))
        store.add(rdf.triples(nasty()))
        assert validate(store) == []


def test_without_mentions_the_paper_edges_stay_and_the_graph_conforms():
    full, lean = rdf.to_graph([paca()]), rdf.to_graph([paca()], mentions=False)
    assert not list(lean.subjects(RDF.type, KGO.Mention))
    assert len(lean) < len(full) and set(lean) <= set(full)
    paper = KGI["paper/" + paca().paper.id]
    assert (paper, KGO.evaluatedOn, KGI["hardware/a100"]) in lean
    assert validate(lean) == []


def test_claim_hardware_and_mentions_of_one_chip_share_a_node():
    """Claims carry raw names ("Habana"), mentions the gazetteer's id ("Habana Gaudi" -> Gaudi):
    the graph must not grow a second node, nor an "Edge" chip out of "Edge TPU"."""
    from kg.extract.pipeline import Extractor
    from kg.resolve import resolve
    ex = Extractor()
    papers = [Paper(title="FooServe: fast serving", abstract="FooServe runs on Habana Gaudi accelerators and is "
                    "2x faster than vLLM on the Edge TPU.", sources=[]),
              Paper(title="BarServe: fast serving", abstract="BarServe is 3x faster than vLLM on Habana. "
                    "We also run it on a Google Edge TPU.", sources=[])]
    g = rdf.to_graph([resolve(ex.extract(p)) for p in papers])
    chips = {KGI["hardware/gaudi"], KGI["hardware/edge-tpu"]}
    assert set(g.objects(None, KGO.onHardware)) == chips == set(g.objects(None, KGO.evaluatedOn))
    assert set(g.subjects(RDF.type, KGO.Hardware)) == chips
