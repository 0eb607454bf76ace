"""Run the whole flow, sources -> extract -> resolve -> rdf -> store -> outputs.

A build writes into a fresh temporary store and swaps it in at the end, so
building again into the same folder replaces the graph and an interrupted
build leaves the previous one intact.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.atomic import atomic_write
from kg.records import ENTITY_TYPES, Extraction, Paper

Report = Callable[[str], None]


def _ignore(_: str) -> None:
    pass


@dataclass
class Summary:
    """What a build produced: the figures `kg build` prints."""
    papers: int = 0
    entities: Counter = field(default_factory=Counter)
    claims: int = 0
    triples: int = 0
    violations: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def count(self, ex: Extraction) -> None:
        self.papers += 1
        for label, names in ex.entities().items():
            self.entities[label] += len(names)
        self.claims += len(ex.claims)

    def count_chunk(self, part: dict) -> None:
        """Add the counts and violations of a chunk from kg.distributed.extract_chunk."""
        self.papers += part["papers"]
        self.entities.update(Counter(part["entities_count"]))
        self.claims += part["claims"]
        self.violations.extend(part["violations"])

    def as_dict(self) -> dict:
        return {"papers": self.papers,
                "entities": {t: self.entities.get(t, 0) for t in ENTITY_TYPES},
                "claims": self.claims, "triples": self.triples,
                "violations": len(self.violations), "skipped": len(self.skipped)}


def extract_papers(papers: Iterable[Paper], jobs: int = 1, batch_size: int = 64) -> Iterator[Extraction]:
    """Extracted and resolved records, streamed in input order."""
    from kg.extract import Extractor
    from kg.resolve import resolve

    for ex in Extractor().pipe(papers, batch_size=batch_size, n_process=jobs):
        yield resolve(ex)


def write_jsonl(records: Iterable[Extraction], path: Path | str | None, out=None) -> int:
    """Write extractions as JSON Lines to `path` atomically, or to the stream `out`."""
    if path is None:
        return _write_records(records, out)
    with atomic_write(path) as fh:
        return _write_records(records, fh)


def _write_records(records: Iterable[Extraction], fh) -> int:
    n = 0
    for ex in records:
        fh.write(ex.to_jsonl())
        n += 1
    return n


def finish_outputs(store, out: Path, summary: Summary, progress: Report = _ignore,
                   turtle: bool = True, figures=None) -> None:
    """Count, write the summary graph, then kg.ttl (unless `turtle` is False: the caller
    wrote it) and the HTML views. The chunks have been validated already.

    A fresh build passes the summaries' `figures` it merged from its chunks
    (a kg.tally.Tally); otherwise they are derived from the store in SPARQL.

    The Turtle dump runs in Oxigraph's native code without the GIL, so it is
    written in a thread while the views are drawn.
    """
    from kg import summaries
    from kg.views import write_views

    summary.violations = sorted(set(summary.violations))
    summary.triples = len(store)
    # the aggregates the named queries look up, in their own named graph
    if figures is not None:
        figures.write(store)
    else:
        summaries.refresh(store)
    if turtle:
        progress("writing kg.ttl and the HTML views")
        with alongside(lambda: store.dump(out / "kg.ttl", format="turtle")):
            views = write_views(store, out)
    else:
        progress("writing the HTML views")
        views = write_views(store, out)
    summary.outputs = [out / "kg.ttl", out / "extractions.jsonl", *views]


@contextmanager
def alongside(task: Callable[[], object]) -> Iterator[None]:
    """Run `task` in a thread while the block runs (worth it when one of the two is native
    code that lets go of the GIL); the task's error, if any, is raised after the block."""
    import threading

    failed: list[BaseException] = []

    def run() -> None:
        try:
            task()
        except BaseException as exc:  # re-raised in the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        yield
    finally:
        thread.join()
    if failed:
        raise failed[0]


def build(inputs: list[str], out: Path | str = "outputs", fmt: str | None = None, jobs: int = 1,
          progress: Report = _ignore, on_error: Report = _ignore,
          tick: Callable[[int], None] = lambda n: None, mentions: bool = True) -> Summary:
    """Build the graph and every output from `inputs` into the folder `out`.

    Every build is the chunked build of kg.distributed: with jobs > 1 worker
    processes extract, serialise and validate whole chunks; with one job the
    same happens in this process. The graph is the same either way.
    `mentions=False` leaves out the kgo:Mention nodes, about 2/3 of a graph.
    """
    from kg.distributed import build_in_process, build_with_processes

    if jobs > 1:
        return build_with_processes(inputs, out, jobs=jobs, fmt=fmt, progress=progress,
                                    on_error=on_error, tick=tick, mentions=mentions)
    return build_in_process(inputs, out, fmt=fmt, progress=progress, on_error=on_error, tick=tick,
                            mentions=mentions)


@contextmanager
def fresh_store(out: Path) -> Iterator:
    """A new store in a temporary folder inside `out`, swapped in as `out/store` only when
    the block succeeds: a failed build leaves the previous store as it was."""
    from kg.store import Store

    tmp = Path(tempfile.mkdtemp(prefix=".store-", dir=out))
    tmp.chmod(0o755)
    try:
        with Store(tmp) as store:
            yield store
        _swap_in(tmp, out / "store")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _swap_in(new: Path, target: Path) -> None:
    """Replace `target` by `new` with the old one removed only after the rename."""
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def add(inputs: list[str], out: Path | str, fmt: str | None = None, jobs: int = 1,
        progress: Report = _ignore, on_error: Report = _ignore,
        tick: Callable[[int], None] = lambda n: None) -> Summary:
    """Add the papers of `inputs` that the build in `out` does not hold yet, and refresh its outputs.

    New papers go through the chunks of a build (extracted, serialised and
    validated there), so only they are checked, not the whole store again; the
    store's labels decide the label of an entity it already holds. A build made
    without Mention nodes gets none for its new papers either.
    """
    from kg.distributed import CHUNK, executor, run_chunks
    from kg.rdf import entity_ntriples
    from kg.sources import read_papers
    from kg.store import Store

    out = Path(out)
    jsonl = out / "extractions.jsonl"
    if not (out / "store").is_dir() or not jsonl.is_file():
        raise FileNotFoundError(f"{out}: no build here (run `kg build` first)")
    known = {json.loads(line)["id"] for line in jsonl.open(encoding="utf-8") if line.strip()}
    summary = Summary()

    def skipped(msg: str) -> None:
        summary.skipped.append(msg)
        on_error(msg)

    fresh = (p for p in read_papers(inputs, fmt=fmt, on_error=skipped) if p.id not in known)
    with Store(out / "store") as store, executor(jobs) as submit:
        mentions = bool(store.query("ASK { ?m a kgo:Mention }")) or not store.query("ASK { ?p a kgo:Paper }")
        progress("adding papers")
        with atomic_write(jsonl) as fh:
            with jsonl.open(encoding="utf-8") as old:
                shutil.copyfileobj(old, fh)
            for part in run_chunks(submit, fresh, CHUNK, 2 * jobs + 1, mentions=mentions):
                store.load(part["nt"] + entity_ntriples(part["entities"], store.labels), format="nt")
                fh.write(part["jsonl"])
                summary.count_chunk(part)
                tick(summary.papers)
        finish_outputs(store, out, summary, progress)
    return summary
