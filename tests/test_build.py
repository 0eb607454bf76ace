"""The build flow through the library: add to a build, rebuild, and never lose a build."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import add, build
from kg.store import Store

PAPERS = [
    {"title": "FooServe: Fast LLM Serving", "abstract": "We present FooServe. FooServe achieves 2.5x higher throughput than vLLM on A100 GPUs."},
    {"title": "BarTrain: Cheap Training", "abstract": "We propose BarTrain, which reduces training time by 30% compared to Megatron-LM on H100 GPUs."},
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def triple_count(out: Path) -> int:
    with Store(out / "store", read_only=True) as store:
        return len(store)


def test_add_new_papers_then_the_same_again_changes_nothing(tmp_path):
    out = tmp_path / "out"
    first = build([str(write_jsonl(tmp_path / "a.jsonl", PAPERS[:1]))], out)
    assert first.papers == 1 and not first.violations
    before = triple_count(out)

    added = add([str(write_jsonl(tmp_path / "b.jsonl", PAPERS))], out)
    assert added.papers == 1  # only BarTrain is new
    assert triple_count(out) > before
    ids = [json.loads(line)["id"] for line in (out / "extractions.jsonl").open()]
    assert len(ids) == 2 == len(set(ids))
    ttl = (out / "kg.ttl").read_bytes()
    assert b"BarTrain" in ttl and b"FooServe" in ttl

    after = triple_count(out)
    again = add([str(tmp_path / "b.jsonl")], out)
    assert again.papers == 0
    assert triple_count(out) == after
    assert (out / "kg.ttl").read_bytes() == ttl


def test_add_gives_the_same_graph_as_building_everything_at_once(tmp_path):
    one = tmp_path / "one"
    build([str(write_jsonl(tmp_path / "a.jsonl", PAPERS[:1]))], one)
    add([str(write_jsonl(tmp_path / "b.jsonl", PAPERS[1:]))], one)
    both = tmp_path / "both"
    build([str(write_jsonl(tmp_path / "ab.jsonl", PAPERS))], both)
    def graph(out: Path) -> set:  # the source files differ by design; all else must agree
        from rdflib import DCTERMS, Graph

        return {t for t in Graph().parse(out / "kg.ttl", format="turtle") if t[1] != DCTERMS.source}
    assert graph(one) == graph(both) and len(graph(one)) > 20


def test_add_needs_an_existing_build(tmp_path):
    with pytest.raises(FileNotFoundError, match="no build here"):
        add([str(write_jsonl(tmp_path / "a.jsonl", PAPERS))], tmp_path / "empty")


def test_a_failed_build_keeps_the_previous_one(tmp_path):
    out = tmp_path / "out"
    build([str(write_jsonl(tmp_path / "a.jsonl", PAPERS))], out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    store_before = triple_count(out)
    from kg.sources import InputError

    with pytest.raises(InputError):
        build([str(tmp_path / "missing.jsonl")], out)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert triple_count(out) == store_before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_build_counts_match_the_outputs(tmp_path):
    out = tmp_path / "out"
    summary = build([str(write_jsonl(tmp_path / "a.jsonl", PAPERS))], out)
    records = [json.loads(line) for line in (out / "extractions.jsonl").open()]
    assert summary.papers == len(records) == 2
    assert summary.claims == sum(len(r["claims"]) for r in records) >= 2
    assert summary.triples == triple_count(out)
    assert {p.name for p in summary.outputs} >= {"kg.ttl", "extractions.jsonl", "graph.html", "comparisons.html"}


def test_a_build_without_mentions_keeps_every_other_triple(tmp_path, corpus_dir, corpus_build):
    """--no-mentions drops the Mention nodes and nothing else: the lean graph is the full
    graph minus the triples whose subject is a Mention."""
    import pyoxigraph as ox

    summary = build([str(corpus_dir)], tmp_path, mentions=False)
    assert summary.violations == [] and summary.papers == 96

    def triples(folder):
        store = ox.Store.read_only(str(folder / "store"))
        return {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}

    lean, full = triples(tmp_path), triples(corpus_build)
    mentions = {t for t in full if "/id/mention/" in str(t.subject)}
    assert mentions and lean == full - mentions


def test_kg_ttl_holds_each_triple_of_the_store_once(tmp_path):
    """kg.ttl is written from the build's spool, not dumped from the store: the same
    triples, none twice (two papers claiming FooServe beats vLLM each write that edge)."""
    import pyoxigraph as ox

    again = {"title": "FooServe Revisited", "abstract": "FooServe is 1.4x faster than vLLM on H100 GPUs."}
    build([str(write_jsonl(tmp_path / "in.jsonl", [*PAPERS, again]))], tmp_path)
    written = [q.triple for q in ox.parse(path=str(tmp_path / "kg.ttl"), format=ox.RdfFormat.TURTLE)]
    edges = [t for t in written if t.predicate.value.endswith("#outperforms")]
    assert len(edges) == len(set(edges)) == 2  # FooServe > vLLM once, BarTrain > Megatron-LM
    store = ox.Store.read_only(str(tmp_path / "store"))
    stored = {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert len(written) == len(set(written)) == len(stored) and set(written) == stored


def test_a_build_whose_bookkeeping_moves_to_disk_gives_the_same_graph(tmp_path, corpus_dir, corpus_build,
                                                                      monkeypatch):
    """With kg.spill's bound at 2 entries, the readers' dedup index, the one-label rule
    and kg.ttl's set of edges all live in SQLite from the start (as on a corpus of
    millions): the store and kg.ttl must hold the triples of the ordinary build."""
    import pyoxigraph as ox

    from kg import spill

    monkeypatch.setattr(spill, "LIMIT", 2)
    summary = build([str(corpus_dir)], tmp_path)
    assert summary.papers == 96 and summary.violations == []

    def stored(folder):
        store = ox.Store.read_only(str(folder / "store"))
        return {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}

    def turtle(folder):
        return [q.triple for q in ox.parse(path=str(folder / "kg.ttl"), format=ox.RdfFormat.TURTLE)]

    assert stored(tmp_path) == stored(corpus_build)
    written = turtle(tmp_path)
    assert len(written) == len(set(written)) and set(written) == set(turtle(corpus_build))


def test_add_keeps_a_lean_build_lean_and_runs_on_worker_processes(tmp_path):
    """A build made with mentions=False gets no Mention nodes from `add` either, and
    `add(jobs=2)` extracts on two processes into the same graph as one build of all."""
    import pyoxigraph as ox
    from rdflib import DCTERMS, Graph

    lean = tmp_path / "lean"
    build([str(write_jsonl(tmp_path / "a.jsonl", PAPERS[:1]))], lean, mentions=False)
    summary = add([str(write_jsonl(tmp_path / "b.jsonl", PAPERS[1:]))], lean, jobs=2)
    assert summary.papers == 1 and summary.violations == []
    store = ox.Store.read_only(str(lean / "store"))
    kgo = "https://w3id.org/mlsys-kg/ontology#"
    assert len(list(store.quads_for_pattern(None, None, ox.NamedNode(kgo + "Paper")))) == 2
    assert not list(store.quads_for_pattern(None, None, ox.NamedNode(kgo + "Mention")))
    both = tmp_path / "both"
    build([str(write_jsonl(tmp_path / "ab.jsonl", PAPERS))], both, mentions=False)

    def graph(out: Path) -> set:
        return {t for t in Graph().parse(out / "kg.ttl", format="turtle") if t[1] != DCTERMS.source}
    assert graph(lean) == graph(both)
