"""The graph's vocabulary as Python names, so a misspelled term fails at import time.

`ontology/kg.ttl` is the source of truth; tests/test_rdf.py checks that the
terms declared here and there are the same.
"""
from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

KGI = Namespace("https://w3id.org/mlsys-kg/id/")
"""Things: papers, entities, claims, mentions and metric kinds."""


class KGO(DefinedNamespace):
    """ML-systems knowledge graph ontology: classes and properties."""

    _fail = True

    # classes
    Paper: URIRef  # A research paper.
    Entity: URIRef  # Something a paper names.
    System: URIRef  # A named software artifact.
    Hardware: URIRef  # A named processor, accelerator, interconnect or machine.
    Technique: URIRef  # A technique or method family.
    Model: URIRef  # A named ML model or model family.
    Dataset: URIRef  # A named dataset or benchmark suite.
    Metric: URIRef  # A performance or quality measure.
    Claim: URIRef  # One quantified comparison (an n-ary relation).
    Mention: URIRef  # Where a paper first names an entity.
    MetricKind: URIRef  # A coarse kind of metric (a skos:Concept).
    MetricKinds: URIRef  # The skos:ConceptScheme of the eleven metric kinds.
    Summary: URIRef  # A derived aggregate, in the named graph kgi:graph/summaries.

    # paper to entity
    proposes: URIRef
    mentionsSystem: URIRef
    usesTechnique: URIRef
    evaluatedOn: URIRef
    usesModel: URIRef
    usesDataset: URIRef
    reportsMetric: URIRef
    comparesAgainst: URIRef

    # system to system
    outperforms: URIRef

    # provenance
    inPaper: URIRef
    evidence: URIRef
    start: URIRef
    end: URIRef

    # mentions
    mentionOf: URIRef
    surface: URIRef

    # claims
    subject: URIRef
    baseline: URIRef
    metric: URIRef
    metricKind: URIRef
    value: URIRef
    valueMin: URIRef
    unit: URIRef
    qualifier: URIRef
    better: URIRef
    onHardware: URIRef

    # papers
    authorCount: URIRef
    upvotes: URIRef

    # derived summaries (named graph kgi:graph/summaries, see kg.summaries)
    forHardware: URIRef
    forTechnique: URIRef
    forKind: URIRef
    forBaseline: URIRef
    paperCount: URIRef
    claimCount: URIRef
    bestValue: URIRef
    bestClaim: URIRef

    _NS = Namespace("https://w3id.org/mlsys-kg/ontology#")


PREFIXES = {
    "kgo": str(KGO),
    "kgi": str(KGI),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
}
"""Prefixes for Turtle output and SPARQL queries."""
