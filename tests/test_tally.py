"""kg.tally: the summary graph a fresh build merges from its chunks is the one
ontology/derive/*.ru give on the whole store, quad for quad."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from kg import summaries, tally
from kg.distributed import build_in_process
from kg.store import Store
from kg.validate import group_ntriples

ROOT = Path(__file__).resolve().parent.parent
GRAPH = ox.NamedNode(summaries.GRAPH)
K = "https://w3id.org/mlsys-kg/ontology#"
ID = "https://w3id.org/mlsys-kg/id/"


def summary_quads(store: Store) -> set[str]:
    return {str(q.triple) for q in store._store.quads_for_pattern(None, None, None, GRAPH)}


def derived_in_sparql(store_dir: Path, tmp_path: Path) -> set[str]:
    """The summary graph ontology/derive gives, on a copy of the store."""
    copy = tmp_path / "sparql-store"
    shutil.copytree(store_dir, copy)
    with Store(copy) as store:
        summaries.refresh(store)
        return summary_quads(store)


def test_corpus_build_summaries_equal_the_sparql_derive(corpus_build, tmp_path):
    with Store(corpus_build / "store", read_only=True) as store:
        built = summary_quads(store)
    assert len(built) > 500  # every kind of summary is there
    assert built == derived_in_sparql(corpus_build / "store", tmp_path)


def test_many_small_chunks_merge_to_the_sparql_derive(tmp_path):
    """300 generated papers in chunks of 7: counts add up and maxima carry across chunk boundaries."""
    corpus = tmp_path / "c.txt"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "300", "-o", str(corpus)],
                   check=True, capture_output=True)
    build_in_process([str(corpus)], tmp_path / "out", chunk_size=7, mentions=False)
    with Store(tmp_path / "out" / "store", read_only=True) as store:
        built = summary_quads(store)
    papers = [int(q.split('"')[1]) for q in built if "summary/hardware/" in q and "paperCount" in q]
    assert max(papers) > 7  # summed over chunks
    assert built == derived_in_sparql(tmp_path / "out" / "store", tmp_path)


def iri(path: str) -> str:
    return f"<{ID}{path}>"


def p(name: str) -> str:
    return f"<{K}{name}>"


def claim(n: int, paper: str, kind: str, value: str, better: str | None = "true", unit: str = "x",
          hardware: tuple = (), baseline: str | None = None) -> str:
    c = iri(f"claim/{n}")
    lines = [f"{c} {p('inPaper')} {iri(paper)} .", f"{c} {p('metricKind')} {iri('kind/' + kind)} .",
             f'{c} {p("value")} "{value}"^^<http://www.w3.org/2001/XMLSchema#double> .',
             f'{c} {p("unit")} "{unit}" .']
    if better is not None:
        lines.append(f'{c} {p("better")} "{better}"^^<http://www.w3.org/2001/XMLSchema#boolean> .')
    lines += [f"{c} {p('onHardware')} {iri('hardware/' + h)} ." for h in hardware]
    if baseline:
        lines.append(f"{c} {p('baseline')} {iri('system/' + baseline)} .")
    return "\n".join(lines) + "\n"


TYPES = "".join(f"{iri('hardware/' + h)} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {p('Hardware')} .\n"
                for h in ("a100", "h100", "tpu"))

# two chunks with the cases the derive's joins decide: a tie across chunks, a larger factor whose
# claim lacks kgo:better (it takes the maximum but is no best claim, so its group has no row),
# claims worse than their baseline or in another unit (ignored), a claim on two GPUs and the same
# GPU twice, hardware with papers but no claims or with no kgo:Hardware type, a baseline no paper
# compares against, a line written twice, NaN and INF (Oxigraph's MAX ranks NaN above all)
CHUNKS = [
    TYPES + claim(1, "p1", "speedup", "3.5", hardware=("a100", "h100", "a100"), baseline="vllm")
    + claim(2, "p1", "speedup", "9", better="false") + claim(3, "p1", "throughput", "2", unit="%")
    + f"{iri('paper/p1')} {p('evaluatedOn')} {iri('hardware/a100')} .\n"
    + f"{iri('paper/p1')} {p('evaluatedOn')} {iri('hardware/tpu')} .\n"
    + f"{iri('paper/p1')} {p('usesTechnique')} {iri('technique/paging')} .\n"
    + f"{iri('paper/p1')} {p('comparesAgainst')} {iri('system/vllm')} .\n" * 2,
    TYPES + claim(4, "p2", "speedup", "3.5", hardware=("a100",), baseline="orca")
    + claim(5, "p2", "latency", "7", better=None, hardware=("h100",))
    + claim(6, "p2", "latency", "4", hardware=("h100",))
    + claim(7, "p2", "memory", "INF") + claim(8, "p2", "memory", "NaN")
    + f"{iri('paper/p2')} {p('evaluatedOn')} {iri('hardware/a100')} .\n"
    + f"{iri('paper/p2')} {p('evaluatedOn')} {iri('hardware/fpga')} .\n"
    + f"{iri('paper/p2')} {p('usesTechnique')} {iri('technique/paging')} .\n",
]


def test_edge_cases_merge_to_the_sparql_derive(tmp_path):
    figures = tally.Tally()
    for chunk in CHUNKS:
        figures.merge(tally.count(group_ntriples(chunk)))
    with Store(tmp_path / "store") as store:
        store.load("".join(CHUNKS).encode(), format="nt")
        summaries.refresh(store)
        derived = summary_quads(store)
        figures.write(store)
        merged = summary_quads(store)
    assert merged == derived
    best = {q for q in merged if "bestClaim" in q}
    assert f"{iri('summary/best/kind/speedup')} {p('bestClaim')} {iri('claim/1')}" in best
    assert f"{iri('summary/best/kind/speedup')} {p('bestClaim')} {iri('claim/4')}" in best
    assert not any("kind/latency" in q for q in best)  # claim 5 holds the maximum without kgo:better
    assert f"{iri('summary/best/kind/memory')} {p('bestClaim')} {iri('claim/8')}" in best  # NaN ranks first
    counts = {q for q in merged if "claimCount" in q or "paperCount" in q}
    assert f'{iri("summary/hardware/tpu")} {p("claimCount")} "0"^^<http://www.w3.org/2001/XMLSchema#integer>' \
        in counts
    assert not any(q.startswith(iri("summary/hardware/fpga")) for q in merged)  # untyped
    assert any(q.startswith(iri("summary/hardware/fpga/technique/paging")) for q in merged)  # pairs need no type
    assert not any("baseline/system/orca" in q for q in merged)  # no paper compares against it
