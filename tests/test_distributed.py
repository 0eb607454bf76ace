"""Extraction on Dask gives the same graph as the single-process build, and files any store can load."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")
ox = pytest.importorskip("pyoxigraph")


def nt_lines(data: bytes) -> set[bytes]:
    return {line for line in data.splitlines() if line.strip()}


@pytest.fixture(scope="module")
def dask_build(tmp_path_factory, corpus_dir) -> tuple[Path, object]:
    from kg.distributed import build_with_dask

    out = tmp_path_factory.mktemp("dask") / "out"
    # Threads keep the test quick; chunks of 20 papers make five tasks, so labels cross chunk borders.
    summary = build_with_dask([str(corpus_dir)], out, address="local", processes=False, chunk_size=20)
    return out, summary


def test_dask_graph_equals_the_single_process_graph(dask_build, corpus_build):
    from kg.store import Store

    out, _ = dask_build
    with Store(corpus_build / "store", read_only=True) as single, Store(out / "store", read_only=True) as dist:
        want, got = nt_lines(single.dump(format="nt")), nt_lines(dist.dump(format="nt"))
    assert len(want) > 1000
    assert b"_:" not in b"".join(want), "blank nodes would make set comparison meaningless"
    assert got == want, (sorted(want - got)[:5], sorted(got - want)[:5])


def test_dask_build_writes_the_same_records_and_summary(dask_build, corpus_build):
    out, summary = dask_build
    single = [json.loads(line) for line in (corpus_build / "extractions.jsonl").open(encoding="utf-8")]
    dist = [json.loads(line) for line in (out / "extractions.jsonl").open(encoding="utf-8")]
    assert dist == single
    assert summary.papers == len(single) == 96
    assert summary.violations == []
    for name in ("kg.ttl", "graph.html", "store"):
        assert (out / name).exists(), name


def test_part_files_alone_load_into_a_plain_oxigraph_store_as_the_same_graph(dask_build):
    out, _ = dask_build
    parts = sorted((out / "nt").glob("part-*.nt"))
    assert len(parts) == 10  # five chunks: body and entity lines each
    plain = ox.Store()
    for part in parts:
        plain.bulk_load(path=str(part), format=ox.RdfFormat.N_TRIPLES)
    from kg.store import Store

    with Store(out / "store", read_only=True) as store:
        assert nt_lines(plain.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())) == \
            nt_lines(store.dump(format="nt"))


def test_one_label_per_entity_even_when_spellings_differ_across_chunks(dask_build):
    from kg.store import Store

    out, _ = dask_build
    with Store(out / "store", read_only=True) as store:
        rows = list(store.query("SELECT ?s (COUNT(?l) AS ?n) WHERE { ?s rdfs:label ?l } GROUP BY ?s HAVING (COUNT(?l) > 1)"))
    assert rows == []


def test_batches_are_consecutive_and_cover_the_stream():
    from kg.batching import batched

    got = list(batched(iter(range(45)), 20))
    assert [len(c) for c in got] == [20, 20, 5]
    assert [x for c in got for x in c] == list(range(45))


def test_local_process_build_equals_the_single_process_graph(tmp_path, corpus_dir, corpus_build):
    """`build_with_processes` (the candidate for `kg build --jobs N`): two spawned workers."""
    from kg.distributed import build_with_processes
    from kg.store import Store

    out = tmp_path / "procs"
    summary = build_with_processes([str(corpus_dir)], out, jobs=2, chunk_size=30)
    assert summary.papers == 96
    assert not (out / "nt").exists()  # parts go straight into the store
    with Store(corpus_build / "store", read_only=True) as single, Store(out / "store", read_only=True) as procs:
        assert nt_lines(procs.dump(format="nt")) == nt_lines(single.dump(format="nt"))
    assert (out / "extractions.jsonl").read_text(encoding="utf-8") == \
        (corpus_build / "extractions.jsonl").read_text(encoding="utf-8")


def test_a_renewed_pipeline_gives_the_same_output(monkeypatch, corpus_dir):
    """Workers rebuild their spaCy pipeline every RENEW_AFTER papers to bound memory; output must not change."""
    import kg.distributed as dist
    from kg.sources import read_papers

    papers = list(read_papers([str(corpus_dir)]))[:40]
    steady = [dist.extract_chunk(papers[i:i + 10]) for i in range(0, 40, 10)]
    monkeypatch.setattr(dist, "RENEW_AFTER", 15)
    first = dist._extractor()
    renewed = [dist.extract_chunk(papers[i:i + 10]) for i in range(0, 40, 10)]
    assert dist._extractor() is not first
    assert renewed == steady


def test_chunk_validation_finds_what_validating_the_whole_store_finds(corpus_dir):
    """Builds validate each chunk where it is made; on a graph broken in every chunk
    (bad units, technique entities used as models) the chunks' violations together
    are exactly those of the whole graph in a store."""
    from kg.batching import batched
    from kg.distributed import chunk_groups, extract_chunk
    from kg.rdf import LabelKeeper, entity_ntriples
    from kg.sources import read_papers
    from kg.store import Store
    from kg.validate import validate, validate_groups

    kgo = b"<https://w3id.org/mlsys-kg/ontology#"
    parts = [extract_chunk(chunk) for chunk in batched(read_papers([str(corpus_dir)]), 40)]
    assert len(parts) == 3 and all(part["violations"] == [] for part in parts)
    found, keeper = set(), LabelKeeper()
    with Store() as store:
        for part in parts:
            broken = (part["nt"].replace(b'"x"', b'"times"')
                      .replace(kgo + b"usesTechnique>", kgo + b"usesModel>"))
            found |= set(validate_groups(chunk_groups(broken, part["entities"])))
            store.load(broken + entity_ntriples(part["entities"], keeper), format="nt")
        whole = validate(store)
    assert whole and sorted(found) == whole
    assert any("kgo:unit" in line for line in whole) and any("kgo:usesModel" in line for line in whole)


@pytest.mark.parametrize("size", [1, 10, 1 << 20])
def test_the_spool_is_loaded_in_pieces_of_whole_lines(tmp_path, size):
    """The store bulk-loads the spool in bounded pieces; each piece ends at a line end and
    together they are the file, even when a line is longer than a piece."""
    from kg.distributed import _pieces

    spool = tmp_path / "graph.nt"
    lines = [f'<s{i}> <p> "{"x" * (i % 37)}" .\n'.encode() for i in range(500)]
    spool.write_bytes(b"".join(lines))
    pieces = list(_pieces(spool, size))
    assert b"".join(pieces) == spool.read_bytes()
    assert all(p.endswith(b"\n") for p in pieces) and len(pieces) <= len(lines)
