"""The summary named graph (kg.summaries): the aggregates a direct GROUP BY gives, refreshed by
`kg add`, and never part of the default graph that kg.ttl, len() and exports hold."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import queries, rdf, summaries
from kg.build import add
from kg.store import Store
from tests.test_queries import CORPUS

IN_SUMMARIES = f"GRAPH <{summaries.GRAPH}>"

# the summaries as rows, read from the named graph
SUMMARY_ROWS = {
    "hardware": f"""SELECT ?h ?papers ?claims WHERE {{ {IN_SUMMARIES} {{
        ?s a kgo:Summary ; kgo:forHardware ?h ; kgo:paperCount ?papers ; kgo:claimCount ?claims }} }}""",
    "pairs": f"""SELECT ?h ?t ?papers WHERE {{ {IN_SUMMARIES} {{
        ?s a kgo:Summary ; kgo:forHardware ?h ; kgo:forTechnique ?t ; kgo:paperCount ?papers }} }}""",
    "best": f"""SELECT ?k ?best ?claim WHERE {{ {IN_SUMMARIES} {{
        ?s a kgo:Summary ; kgo:forKind ?k ; kgo:bestValue ?best ; kgo:bestClaim ?claim
        FILTER NOT EXISTS {{ ?s kgo:forHardware ?h }} }} }}""",
    "best-by-hardware": f"""SELECT ?h ?k ?best ?claim WHERE {{ {IN_SUMMARIES} {{
        ?s a kgo:Summary ; kgo:forHardware ?h ; kgo:forKind ?k ; kgo:bestValue ?best ; kgo:bestClaim ?claim }} }}""",
    "baselines": f"""SELECT ?b ?papers ?claims WHERE {{ {IN_SUMMARIES} {{
        ?s a kgo:Summary ; kgo:forBaseline ?b ; kgo:paperCount ?papers ; kgo:claimCount ?claims }} }}""",
}

# the same figures as plain aggregates over the default graph, written independently of ontology/derive
DIRECT_ROWS = {
    "hardware": """SELECT ?h (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
        ?h a kgo:Hardware . { ?paper kgo:evaluatedOn ?h } UNION { ?claim kgo:onHardware ?h ; kgo:inPaper ?paper }
        } GROUP BY ?h""",
    "pairs": """SELECT ?h ?t (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
        ?paper kgo:evaluatedOn ?h ; kgo:usesTechnique ?t } GROUP BY ?h ?t""",
    "best": """SELECT ?k ?best ?claim WHERE {
        { SELECT ?k (MAX(?v) AS ?best) WHERE { ?c a kgo:Claim ; kgo:unit "x" ; kgo:better true ;
                                                  kgo:metricKind ?k ; kgo:value ?v } GROUP BY ?k }
        ?claim kgo:unit "x" ; kgo:better true ; kgo:metricKind ?k ; kgo:value ?v2 FILTER(?v2 = ?best) }""",
    "best-by-hardware": """SELECT ?h ?k ?best ?claim WHERE {
        { SELECT ?h ?k (MAX(?v) AS ?best) WHERE { ?c kgo:onHardware ?h ; kgo:unit "x" ; kgo:better true ;
                                                     kgo:metricKind ?k ; kgo:value ?v } GROUP BY ?h ?k }
        ?claim kgo:onHardware ?h ; kgo:unit "x" ; kgo:better true ; kgo:metricKind ?k ; kgo:value ?v2
        FILTER(?v2 = ?best) }""",
    "baselines": """SELECT ?b (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
        ?claim a kgo:Claim ; kgo:baseline ?b ; kgo:inPaper ?paper } GROUP BY ?b""",
}


def table(store, sparql: str) -> set[tuple]:
    return {tuple(row) for row in queries.run(store, sparql)[1]}


def assert_summaries_are_the_direct_aggregates(store) -> dict[str, set]:
    got = {}
    for name, sparql in SUMMARY_ROWS.items():
        got[name] = table(store, sparql)
        assert got[name] == table(store, DIRECT_ROWS[name]), name
    return got


def counts(store) -> dict[str, tuple[int, int]]:
    """Hardware label -> (papers, claims), from the named query."""
    return {r[0]: (r[1], r[2]) for r in queries.run(store, "hardware")[1]}


def test_summaries_of_the_corpus_build_are_the_direct_aggregates(corpus_build):
    with Store(corpus_build / "store", read_only=True) as store:
        got = assert_summaries_are_the_direct_aggregates(store)
        assert all(got.values()), {k: len(v) for k, v in got.items()}  # every kind of summary has rows
        hardware = {h: (p, c) for h, p, c in got["hardware"]}
        a100 = str(rdf.KGI["hardware/a100"])
        assert hardware[a100][0] >= 2 and hardware[a100][1] >= 1
        best = {k.rsplit("/", 1)[1]: v for k, v, _ in got["best"]}
        assert best["speedup"] == 242000.0  # TEMPI over MPI, see tests/test_corpus_queries.py


def test_default_graph_holds_no_summaries(corpus_build):
    with Store(corpus_build / "store", read_only=True) as store:
        in_graph = int(queries.run(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {IN_SUMMARIES} {{ ?s ?p ?o }} }}")[1][0][0])
        assert in_graph > 0
        assert not queries.run(store, "ASK { ?s a kgo:Summary }")[1][0][0]
        default = int(queries.run(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1][0][0])
        assert len(store) == default == sum(1 for _ in store)
    ttl = (corpus_build / "kg.ttl").read_bytes()
    assert b"Summary" not in ttl and b"/summary/" not in ttl and b"paperCount" not in ttl
    assert len(list(ox.parse(ttl, ox.RdfFormat.TURTLE))) == default


def test_refresh_replaces_rather_than_adds_and_counts_stay_default_graph_only():
    with Store() as store:
        for ex in CORPUS:
            store.add(rdf.triples(ex))
        n = len(store)
        summaries.refresh(store)
        first = assert_summaries_are_the_direct_aggregates(store)
        assert all(first.values()) and len(store) == n and store.dump(format="nt").count(b"\n") == n
        assert b"/graph/summaries>" in store.dump(format="nquads")  # a dataset format carries named graphs
        summaries.refresh(store)
        assert assert_summaries_are_the_direct_aggregates(store) == first
        store.update("DELETE WHERE { ?p kgo:evaluatedOn ?h }")
        summaries.refresh(store)
        now = assert_summaries_are_the_direct_aggregates(store)
        assert now["pairs"] == set() and now["best"] == first["best"] and now["hardware"] != first["hardware"]


def test_a_broken_derive_file_names_itself(tmp_path):
    (tmp_path / "bad.ru").write_text("INSERT { ?s ?p ?o WHERE {")
    with Store() as store, pytest.raises(ValueError, match=r"bad\.ru: SPARQL update syntax error"):
        summaries.refresh(store, tmp_path)


NEW_PAPERS = [
    {"title": "WarpPack: Datatype Packing at Scale",
     "abstract": "We present WarpPack. WarpPack achieves a 900000x speedup over MPI on A100 GPUs."},
    {"title": "QuickServe: Quantized Serving",
     "abstract": "We propose QuickServe, which uses quantization. QuickServe achieves 2.5x higher throughput "
                 "than vLLM on A100 GPUs."},
]


def test_kg_add_refreshes_the_summaries(corpus_build, tmp_path):
    out = tmp_path / "build"
    shutil.copytree(corpus_build, out)
    with Store(out / "store", read_only=True) as store:
        before = counts(store)
    new = tmp_path / "new.jsonl"
    new.write_text("".join(json.dumps(p) + "\n" for p in NEW_PAPERS))
    added = add([str(new)], out)
    assert added.papers == 2
    with Store(out / "store", read_only=True) as store:
        assert_summaries_are_the_direct_aggregates(store)
        after = counts(store)
        # both new papers are evaluated on A100, each with one claim measured on it
        assert after["A100"] == (before["A100"][0] + 2, before["A100"][1] + 2)
        assert {h: c for h, c in after.items() if h != "A100"} == {h: c for h, c in before.items() if h != "A100"}
        board = {r[0]: r for r in queries.run(store, "leaderboard")[1]}
        assert board["speedup"][1:3] == [900000.0, "WarpPack"]
        techniques = {(r[0], r[1]): r[2] for r in queries.run(store, "techniques-by-hardware")[1]}
        assert techniques[("A100", "quantization")] >= 1
