"""Named-query latency, old texts against new, and a cheap 10x store for the 100k target.

    python benchmarks/queries.py time STORE [--before tests/data/queries-before]
    python benchmarks/queries.py replicate STORE OUT --copies 10
    python benchmarks/queries.py refresh STORE

`time` runs every named query (one warm-up, then the median of --repeats runs)
from ontology/queries and, with --before, the same-named file from that folder
back to back, so both see the same machine load; it also says whether the two
return the same rows. `replicate` stands in for a 100k build without running
one: it dumps STORE to N-Triples, drops per-mention provenance nodes (the
queries must not need them), and bulk-loads N copies in which paper and claim
IRIs, paper identifiers and the systems papers propose (IRI and names) get a
copy suffix while other entities stay shared: the synthetic generator gives
each paper a system of its own and draws the rest from fixed name lists; it
then derives the summary graph, as a build does. `refresh` times
kg.summaries.refresh (median of --repeats runs, and per derive file).
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import queries, summaries  # noqa: E402

PARAMS = {"system": "vLLM"}
_ID = "https://w3id.org/mlsys-kg/id/"
_COPY = re.compile(r"<" + re.escape(_ID) + r"(paper|claim|system)/([^>]*)>")
_LITERAL = re.compile(r'^(\S+ \S+ "(?:[^"\\]|\\.)*)"')
_PROPOSES = "<https://w3id.org/mlsys-kg/ontology#proposes>"
_IDENTIFIER = "<http://purl.org/dc/terms/identifier>"
_LABELS = ("<http://www.w3.org/2000/01/rdf-schema#label>", "<http://www.w3.org/2004/02/skos/core#altLabel>")


def timed(store, query: str, params: tuple, repeats: int) -> tuple[float, list]:
    """Median ms of `repeats` runs after one warm-up, and the rows."""
    times, rows = [], []
    for i in range(repeats + 1):
        t = time.perf_counter()
        _, rows = queries.run(store, query, {p: PARAMS[p] for p in params})
        if i:
            times.append((time.perf_counter() - t) * 1000)
        if times and times[-1] > 20_000:
            break
    return statistics.median(times), rows


def time_all(store_dir: Path, before: Path | None, repeats: int, only: list[str]) -> None:
    """Print one line per query: rows, ms before, ms after, same rows or not."""
    from kg.store import Store

    store = Store(store_dir, read_only=True)
    if not store.query(f"ASK {{ GRAPH <{summaries.GRAPH}> {{ ?s ?p ?o }} }}"):
        print(f"warning: {store_dir} has no summary graph: run `refresh` on it first", file=sys.stderr)
    print(f"{'query':26} {'rows':>6} {'before ms':>10} {'after ms':>9}  same")
    for q in queries.list_queries():
        if only and q.name not in only:
            continue
        new_ms, new_rows = timed(store, q.name, q.params, repeats)
        old_ms, same = float("nan"), ""
        old_file = before / f"{q.name}.rq" if before else None
        if old_file and old_file.is_file():
            old_ms, old_rows = timed(store, str(old_file), q.params, repeats)
            same = ("yes" if old_rows == new_rows else "yes, ties in another order"
                    if sorted(map(repr, old_rows)) == sorted(map(repr, new_rows)) else f"NO ({len(old_rows)} rows before)")
        print(f"{q.name:26} {len(new_rows):6} {old_ms:10.0f} {new_ms:9.0f}  {same}", flush=True)


def replicate(store_dir: Path, out: Path, copies: int) -> None:
    """Bulk-load `copies` renamed copies of the store, without mention nodes, into `out`."""
    src = ox.Store.read_only(str(store_dir))
    mention = "<" + _ID + "mention/"
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "base.nt"
        src.dump(str(nt), ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        base = [line for line in nt.read_text(encoding="utf-8").splitlines()
                if line and mention not in line]
        # each paper proposes its own system (as the generator does): copies get their own too
        proposed = {line.split()[2][len(_ID) + 1:-1] for line in base if line.split()[1] == _PROPOSES}
        print(f"{len(base)} triples without mentions, {len(proposed)} proposed systems", file=sys.stderr)
        big = Path(tmp) / "all.nt"
        with big.open("w", encoding="utf-8") as f:
            for k in range(copies):
                sfx = f"-c{k}" if k else ""
                for line in base:
                    if sfx:
                        line = copy_line(line, sfx, proposed)
                    f.write(line + "\n")
        store = ox.Store(str(out))
        t = time.perf_counter()
        store.bulk_load(path=str(big), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        store.optimize()
        print(f"{len(store)} triples loaded in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        del store  # closes the database, so kg.store can open it
    refresh(out, 1)


def refresh(store_dir: Path, repeats: int) -> None:
    """Time kg.summaries.refresh on the store at `store_dir`: median seconds, and per derive file."""
    from kg.store import Store

    with Store(store_dir) as store:
        runs = []
        for _ in range(repeats):
            t = time.perf_counter()
            took = summaries.refresh(store)
            runs.append((time.perf_counter() - t, took))
        total, took = sorted(runs, key=lambda r: r[0])[len(runs) // 2]
        parts = ", ".join(f"{name} {s:.2f}" for name, s in took.items())
        print(f"summaries refreshed in {total:.2f} s (median of {repeats}; {parts})", file=sys.stderr)


def copy_line(line: str, sfx: str, proposed: set[str]) -> str:
    """One N-Triples line of copy `sfx`: papers, claims and proposed systems renamed."""
    s, p, _ = line.split(" ", 2)
    renamed_subject = s[len(_ID) + 1:-1] in proposed
    line = _COPY.sub(lambda m: f"<{_ID}{m.group(1)}/{m.group(2)}{sfx}>"
                     if m.group(1) != "system" or m.group(0)[len(_ID) + 1:-1] in proposed else m.group(0), line)
    if p == _IDENTIFIER or (renamed_subject and p in _LABELS):
        line = _LITERAL.sub(lambda m: m.group(1) + sfx + '"', line)
    return line


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("time", help="median latency of every named query")
    t.add_argument("store", type=Path)
    t.add_argument("--before", type=Path, help="folder of older .rq texts to time alongside")
    t.add_argument("--repeats", type=int, default=5)
    t.add_argument("--only", nargs="*", default=[])
    r = sub.add_parser("replicate", help="a store of N renamed copies, without mention nodes")
    r.add_argument("store", type=Path)
    r.add_argument("out", type=Path)
    r.add_argument("--copies", type=int, default=10)
    f = sub.add_parser("refresh", help="(re)derive the summary graph and time it")
    f.add_argument("store", type=Path)
    f.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    if a.cmd == "time":
        time_all(a.store, a.before, a.repeats, a.only)
    elif a.cmd == "refresh":
        refresh(a.store, a.repeats)
    else:
        replicate(a.store, a.out, a.copies)


if __name__ == "__main__":
    main()
