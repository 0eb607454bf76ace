"""The chunked build every `kg build` runs: in this process, on local worker
processes (`--jobs N`), or on a Dask cluster (`--dask ADDRESS`).

The driver streams the deduplicated papers (kg.sources.read_papers), cuts them
into chunks and submits each chunk as a task. A task extracts, resolves,
serialises and validates its chunk and sends back N-Triples bytes, its
extraction records, its entities and its shape violations; the driver
spools the N-Triples to disk in input order (with Dask also writing
`out/nt/part-00000.nt`, ...) while the workers go on with later chunks, and
bulk-loads them into the store at the end (pyoxigraph's bulk loader, no
per-triple Python). At most a few chunks are in
flight, so memory stays bounded whatever the corpus size, and nothing reads
the whole store back to validate it.

One rdfs:label per entity is the one rule that needs the whole stream: the
first label seen wins and later different ones become skos:altLabel. Tasks
therefore hand back each paper's entities (node, class, canonical name,
surface forms), and the driver turns them into lines, in input order, with
one kg.rdf.LabelKeeper, into `part-00000.entities.nt`. So the graph is the
same however the chunks ran (the IRIs are deterministic and there are no
blank nodes), and the `nt/` files, loaded together into any SPARQL store
(Oxigraph server, Jena Fuseki, QLever), give that same graph.

Results travel through Dask rather than a shared folder, so a remote cluster
needs only `kg` installed on its workers, not the driver's disk. Local workers
return bytes and strings too, which cross process boundaries cheaply, where
spaCy's own `nlp.pipe(n_process=N)` ships whole Docs.
"""
from __future__ import annotations

import gc
import shutil
import tempfile
import threading
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.atomic import atomic_write
from kg.batching import batched
from kg.records import Paper

Report = Callable[[str], None]


def _ignore(_: str) -> None:
    pass


# --------------------------------------------------------------- worker side

_local = threading.local()
RENEW_AFTER = 20_000  # papers; spaCy's string store only grows (~1.5 MB per 1,000 new abstracts)
CHUNK = 500  # papers per task: big enough to amortise a task, small enough to keep memory flat
LOAD_PIECE = 32 << 20  # bytes of N-Triples per bulk load (about 200k triples)


def _extractor(papers: int = 0):
    """One Extractor per worker thread (spaCy pipelines are not shared across threads),
    built afresh after RENEW_AFTER papers so a worker's memory stays bounded on any corpus."""
    ex = getattr(_local, "extractor", None)
    if ex is None or _local.done + papers > RENEW_AFTER:
        from kg.extract import Extractor, build_nlp

        ex = _local.extractor = Extractor(build_nlp())
        _local.done = 0
    _local.done += papers
    return ex


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one chunk.

    A chunk makes a few hundred thousand small containers (records, N-Triples
    grouped by subject), and each time enough of them survive the collector
    walks every live object again: that cost about as much as grouping and
    validating a chunk itself. Those containers hold no reference cycles, so
    reference counting frees them; whatever cycles a chunk does leave (spaCy's
    own) wait for the collector's first pass after the chunk.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def extract_chunk(papers: list[Paper], batch_size: int = 64, validate: bool = True,
                  mentions: bool = True) -> dict:
    """Extract, resolve and serialise one chunk (runs on a worker).

    Returns the chunk's N-Triples without the entity lines (`nt`, bytes), per
    paper in order the entities whose lines depend on the labels seen before
    (`entities`), its extraction records as JSON Lines (`jsonl`), its counts,
    the summary graph's partial figures (`tally`, see kg.tally), and its shape
    violations (`violations`) when `validate` is set.

    The chunk is validated here, with its entities' type and label lines as
    if it were a graph of its own: every paper, claim and mention lies in one
    chunk, and sh:class checks need only the types of entities the chunk
    names, so the chunks' violations are the whole graph's. The one rule
    across chunks, one rdfs:label per entity, holds by construction
    (kg.rdf.LabelKeeper in the driver).
    """
    with _collector_paused():
        return _extract_chunk(papers, batch_size, validate, mentions)


def _extract_chunk(papers: list[Paper], batch_size: int, validate: bool, mentions: bool) -> dict:
    from kg import rdf, tally
    from kg.build import Summary
    from kg.resolve import resolve
    from kg.validate import validate_groups

    body: list[str] = []
    entities, lines = [], []
    summary = Summary()
    for ex in _extractor(len(papers)).pipe(papers, batch_size=batch_size):
        ex = resolve(ex)
        summary.count(ex)
        lines.append(ex.to_jsonl())
        ents: dict = {}
        rdf._emit(ex, body, ents, mentions)
        entities.append(ents)
    nt = "".join(body).encode("utf-8")
    groups = chunk_groups(nt, entities)
    return {"nt": nt, "entities": entities, "jsonl": "".join(lines),
            "violations": validate_groups(groups) if validate else [], "tally": tally.count(groups),
            "papers": summary.papers, "entities_count": dict(summary.entities), "claims": summary.claims}


def chunk_groups(nt: bytes, entities: list[dict]) -> dict:
    """One chunk as a graph of its own, grouped by subject: its N-Triples plus its entities'
    type and label lines (see `extract_chunk` for why that suffices to validate it)."""
    from kg.rdf import LabelKeeper, entity_ntriples
    from kg.validate import group_ntriples

    return group_ntriples(nt + entity_ntriples(entities, LabelKeeper()))


def connect(address: str = "local", n_workers: int = 2, processes: bool = True):
    """A dask.distributed Client: "local" starts a LocalCluster of `n_workers` single-thread workers."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ValueError("Dask is not installed: pip install 'mlsys-kg[dask]'") from exc
    if address == "local":
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        return Client(cluster)
    return Client(address)


def run_chunks(submit: Callable, papers: Iterable[Paper], chunk_size: int, in_flight: int,
               batch_size: int = 64, mentions: bool = True) -> Iterator:
    """Results of `extract_chunk(chunk)` over the stream, in input order, with at most `in_flight` pending."""
    pending: deque = deque()
    for chunk in batched(papers, chunk_size):
        if len(pending) >= in_flight:
            yield pending.popleft().result()
        pending.append(submit(extract_chunk, chunk, batch_size, True, mentions))
    while pending:
        yield pending.popleft().result()


def build_chunked(inputs: list[str], out: Path | str, submit: Callable, workers: int,
                  fmt: str | None = None, chunk_size: int = CHUNK, batch_size: int = 64,
                  nt_dir: Path | str | None = None, progress: Report = _ignore,
                  on_error: Report = _ignore, tick: Callable[[int], None] = lambda n: None,
                  extracted: Callable[[], None] = lambda: None, mentions: bool = True):
    """The build with extraction farmed out through `submit(fn, *args) -> future`.

    Any executor fits: a Dask client, a concurrent.futures pool. The driver
    reads, deduplicates, and bulk-loads each chunk's N-Triples in input order
    (also writing them to `nt_dir` when given), gathering the violations each
    chunk found; then kg.build.finish_outputs writes the views. `extracted()`
    is called once every chunk is in, e.g. to let the workers go.
    """
    from kg.build import Summary, finish_outputs, fresh_store
    from kg.rdf import LabelKeeper, entity_ntriples
    from kg.sources import read_papers
    from kg.tally import Tally

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if nt_dir is not None:
        nt_dir = Path(nt_dir)
        shutil.rmtree(nt_dir, ignore_errors=True)
        nt_dir.mkdir(parents=True)
    summary, figures = Summary(), Tally()

    def skipped(msg: str) -> None:
        summary.skipped.append(msg)
        on_error(msg)

    keeper = LabelKeeper()  # a fresh store holds no labels yet
    with fresh_store(out) as store, tempfile.TemporaryDirectory(prefix=".spool-", dir=out) as spool_dir:
        # The chunks' triples are spooled to a file and bulk-loaded once extraction is over:
        # loading as they arrive made the store's indexing compete with the workers for the
        # cores, at several times the per-triple cost of one load once they are done.
        spool = Path(spool_dir) / "graph.nt"
        with atomic_write(out / "extractions.jsonl") as jsonl, spool.open("wb") as graph:
            progress("extracting" if workers == 1 else f"extracting on {workers} workers")
            papers = read_papers(inputs, fmt=fmt, on_error=skipped)
            parts = run_chunks(submit, papers, chunk_size, 2 * workers + 1, batch_size, mentions)
            for i, part in enumerate(parts):
                labels = entity_ntriples(part["entities"], keeper)
                if nt_dir is not None:
                    with atomic_write(nt_dir / f"part-{i:05d}.nt", "wb") as fh:
                        fh.write(part["nt"])
                    with atomic_write(nt_dir / f"part-{i:05d}.entities.nt", "wb") as fh:
                        fh.write(labels)
                graph.write(part["nt"])
                graph.write(labels)
                jsonl.write(part["jsonl"])
                summary.count_chunk(part)
                figures.merge(part["tally"])
                tick(summary.papers)
        extracted()
        progress("loading the store and writing kg.ttl")
        _load_while_writing_turtle(store, spool, out / "kg.ttl")
        finish_outputs(store, out, summary, progress, turtle=False, figures=figures)
    return summary


def _load_while_writing_turtle(store, spool: Path, turtle: Path) -> None:
    """Bulk-load the spool into the store in a thread (Oxigraph's loader runs without the
    GIL) while this thread writes the same triples as Turtle."""
    from kg.build import alongside
    from kg.rdf import spool_to_turtle

    def load() -> None:
        for piece in _pieces(spool):
            store.load(piece, format="nt")

    with alongside(load):
        spool_to_turtle(spool, turtle)


def _pieces(path: Path, size: int = LOAD_PIECE) -> Iterator[bytes]:
    """The file in blocks of about `size` bytes cut at line ends: Oxigraph's bulk loader
    holds about four times what it is given in memory, so a whole spool would not do."""
    with path.open("rb") as fh:
        rest = b""
        while block := fh.read(size):
            block = rest + block
            cut = block.rfind(b"\n") + 1
            rest = block[cut:]
            if cut:
                yield block[:cut]
        if rest:
            yield rest


class _Done:
    """A finished future: what `submit` gives when a chunk runs in this very process."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def in_process(fn: Callable, *args) -> _Done:
    """A `submit` that runs the task here and now: the executor of one job."""
    return _Done(fn(*args))


@contextmanager
def executor(jobs: int = 1) -> Iterator[Callable]:
    """A `submit(fn, *args) -> future` for `jobs` local processes, or this process for one job."""
    if jobs <= 1:
        yield in_process
        return
    with _process_pool(jobs) as pool:
        yield pool.submit


def _process_pool(jobs: int):
    """A pool of `jobs` spawned processes (no fork of a threaded parent: progress bars)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))


def build_in_process(inputs: list[str], out: Path | str = "outputs", fmt: str | None = None,
                     chunk_size: int = CHUNK, batch_size: int = 64, progress: Report = _ignore,
                     on_error: Report = _ignore, tick: Callable[[int], None] = lambda n: None,
                     mentions: bool = True):
    """`kg build` with one job: the chunked build, each chunk extracted here when its turn comes."""
    return build_chunked(inputs, out, in_process, 1, fmt=fmt,
                         chunk_size=chunk_size, batch_size=batch_size, progress=progress,
                         on_error=on_error, tick=tick, mentions=mentions)


def build_with_processes(inputs: list[str], out: Path | str = "outputs", jobs: int = 2,
                         fmt: str | None = None, chunk_size: int = CHUNK, batch_size: int = 64,
                         progress: Report = _ignore, on_error: Report = _ignore,
                         tick: Callable[[int], None] = lambda n: None, mentions: bool = True):
    """`kg build --jobs N` on one machine: the same chunked build over N local processes.

    Workers return plain bytes and strings (N-Triples, JSON Lines), which
    cross process boundaries cheaply, unlike spaCy Docs.
    """
    with _process_pool(jobs) as pool:
        return build_chunked(inputs, out, pool.submit, jobs, fmt=fmt, chunk_size=chunk_size,
                             batch_size=batch_size, progress=progress, on_error=on_error, tick=tick,
                             extracted=pool.shutdown, mentions=mentions)  # workers' memory is not needed for the outputs


def build_with_dask(inputs: list[str], out: Path | str = "outputs", address: str = "local",
                    fmt: str | None = None, chunk_size: int = CHUNK, n_workers: int = 2,
                    processes: bool = True, batch_size: int = 64, client=None,
                    progress: Report = _ignore, on_error: Report = _ignore,
                    tick: Callable[[int], None] = lambda n: None, mentions: bool = True):
    """`kg build` with extraction on Dask; writes `out/nt/part-*.nt` besides the usual outputs.

    `address` is a scheduler address ("tcp://host:8786") or "local" for a
    LocalCluster of `n_workers` workers (`processes=False`: threads, for tests).
    Returns the same kg.build.Summary as kg.build.build.
    """
    own = client is None
    progress(f"starting Dask ({address})")
    client = client or connect(address, n_workers, processes)

    def release() -> None:  # a cluster we started is not needed for the outputs
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()

    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(fn, *args):
            return client.submit(fn, *args, pure=False)

        return build_chunked(inputs, out, submit, workers, fmt=fmt, chunk_size=chunk_size,
                             batch_size=batch_size, nt_dir=Path(out) / "nt", progress=progress,
                             on_error=on_error, tick=tick, extracted=release, mentions=mentions)
    finally:
        release()
