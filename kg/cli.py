"""The `kg` command: parses arguments, calls the library, prints. Nothing else lives here."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build and query a knowledge graph of ML-systems papers and their comparison claims.")
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

INPUTS = typer.Argument(..., help="Files or folders of abstracts (listing text, arXiv text, JSON Lines), or - for stdin.")
OUT_DIR = typer.Option(Path("outputs"), "--out", "-o", help="Build folder.")
FORMAT = typer.Option(None, "--format", help="Input format: listing, arxiv or jsonl (detected when omitted).")
JOBS = typer.Option(1, "--jobs", "-j", min=1, help="Extraction processes.")


class UserError(Exception):
    """A problem with what the user gave us: reported in one line, exit status 1."""


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the library's input errors into one line on stderr and exit status 1."""
    from kg.sources import InputError

    try:
        yield
    except (InputError, UserError, FileNotFoundError, LookupError, ValueError) as exc:
        err.print(f"kg: error: {exc}", markup=False)
        raise typer.Exit(1)


@contextmanager
def progress_bar(what: str) -> Iterator[tuple]:
    """A live counter on stderr; returns (phase, tick) callbacks for the library.

    Without a terminal (a pipe, a CI log) it prints a line per phase and a
    paper count at most every 10 seconds instead.
    """
    if not err.is_terminal:
        yield _progress_lines(what)
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} papers"),
                  TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task(what, total=None)
        yield (lambda phase: bar.update(task, description=phase),
               lambda n: bar.update(task, completed=n))


def _progress_lines(what: str, every: float = 10.0) -> tuple:
    """Plain progress lines; none until the first papers are read, so an input error stays one line."""
    import time

    start = time.monotonic()
    state = {"phase": what, "said": False, "last": start, "ticked": False}

    def say(text: str) -> None:
        err.print(f"kg: {text} ({time.monotonic() - start:.0f}s)", markup=False)

    def phase(text: str) -> None:
        state.update(phase=text, said=state["ticked"])
        if state["ticked"]:
            say(text)

    def tick(n: int) -> None:
        now = time.monotonic()
        state["ticked"] = True
        if not state["said"]:
            state["said"] = True
            say(state["phase"])
        if now - state["last"] >= every:
            state["last"] = now
            say(f"{state['phase']}: {n} papers")

    return phase, tick


def warn(msg: str) -> None:
    err.print(f"kg: skipped {msg}", markup=False)


def print_summary(summary, out_dir: Path) -> None:
    table = Table(title=f"build in {out_dir}", show_header=False)
    d = summary.as_dict()
    table.add_row("papers", str(d["papers"]))
    for label, n in d["entities"].items():
        table.add_row(f"  {label}", str(n))
    for key in ("claims", "triples", "violations", "skipped"):
        table.add_row(key, str(d[key]))
    out.print(table)
    for v in summary.violations[:20]:
        out.print(f"violation: {v}", markup=False)
    for path in summary.outputs:
        out.print(f"wrote {path}", markup=False)


@app.command()
def build(inputs: List[str] = INPUTS, out_dir: Path = OUT_DIR, fmt: Optional[str] = FORMAT, jobs: int = JOBS,
          dask: Optional[str] = typer.Option(None, "--dask", metavar="ADDRESS",
                                             help="Extract on a Dask cluster (scheduler address, or 'local'); "
                                                  "also writes DIR/nt/part-*.nt for any SPARQL store."),
          mentions: bool = typer.Option(True, "--mentions/--no-mentions",
                                        help="Keep a Mention node (offsets, sentence) where each paper first names "
                                             "each entity; --no-mentions makes a graph about 2.5x smaller.")) -> None:
    """Extract, build the graph and write kg.ttl, extractions.jsonl, the store and the HTML views."""
    import kg.build as builder

    with user_errors(), progress_bar("reading") as (phase, tick):
        if dask:
            from kg.distributed import build_with_dask

            summary = build_with_dask(inputs, out_dir, address=dask, fmt=fmt, n_workers=max(jobs, 2),
                                      progress=phase, on_error=warn, tick=tick, mentions=mentions)
        else:
            summary = builder.build(inputs, out_dir, fmt=fmt, jobs=jobs, progress=phase, on_error=warn,
                                    tick=tick, mentions=mentions)
    print_summary(summary, out_dir)


@app.command()
def add(inputs: List[str] = INPUTS, out_dir: Path = OUT_DIR, fmt: Optional[str] = FORMAT, jobs: int = JOBS) -> None:
    """Add new papers to an existing build and refresh its outputs (known papers are left as they are)."""
    import kg.build as builder

    with user_errors(), progress_bar("reading") as (phase, tick):
        summary = builder.add(inputs, out_dir, fmt=fmt, jobs=jobs, progress=phase, on_error=warn, tick=tick)
    print_summary(summary, out_dir)


@app.command()
def extract(inputs: List[str] = INPUTS,
            output: Optional[Path] = typer.Option(None, "-o", "--output", help="JSON Lines file (stdout when omitted or -)."),
            fmt: Optional[str] = FORMAT, jobs: int = JOBS) -> None:
    """Only extract: one JSON record per paper, in the shape of the gold guideline."""
    from kg.build import extract_papers, write_jsonl
    from kg.sources import read_papers

    if output is not None and str(output) == "-":
        output = None
    with user_errors():
        records = extract_papers(read_papers(inputs, fmt=fmt, on_error=warn), jobs=jobs)
        n = write_jsonl(records, output, out=sys.stdout)
    if output is not None:
        err.print(f"wrote {n} records to {output}", markup=False)


@app.command()
def query(query: Optional[str] = typer.Argument(None, help="A named query, a .rq file or SPARQL text."),
          data: Optional[Path] = typer.Option(None, "--data", help="A Turtle file to query instead of a build's store."),
          out_dir: Path = OUT_DIR,
          param: List[str] = typer.Option([], "--param", "-p", help="Query parameter NAME=VALUE (repeatable)."),
          list_: bool = typer.Option(False, "--list", help="List the named queries and their questions."),
          fmt: str = typer.Option("table", "--format", help="table, csv, tsv or json.")) -> None:
    """Run a SPARQL query (named, from a file, or inline) and print the result."""
    from kg import queries

    if list_:
        for q in queries.list_queries():
            params = f"  (params: {', '.join(q.params)})" if q.params else ""
            out.print(f"[bold]{q.name}[/bold]: {q.question}{params}")
        return
    with user_errors():
        if not query:
            raise UserError("no query given (name one from `kg query --list`, a .rq file or SPARQL text)")
        params = dict(_split_param(p) for p in param)
        store = queries.open_source(data=data, out_dir=out_dir)
        columns, rows = queries.run(store, query, params)
        sys.stdout.write(queries.render(columns, rows, fmt))
        if fmt == "table":
            err.print(f"{len(rows)} rows", markup=False)


def _split_param(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise UserError(f"--param {text!r}: expected NAME=VALUE")
    name, value = text.split("=", 1)
    return name.strip(), value


@app.command()
def serve(out_dir: Path = OUT_DIR, host: str = typer.Option("127.0.0.1", help="Address to bind (loopback by default)."),
          port: int = typer.Option(8000, help="Port."),
          timeout: float = typer.Option(10.0, help="Per-query time limit in seconds."),
          max_rows: int = typer.Option(10000, help="Row cap per SELECT result.")) -> None:
    """Serve the build read-only: a SPARQL 1.1 Protocol endpoint, a query form and the HTML views."""
    from kg.serve import serve as run_server

    with user_errors():
        if not (out_dir / "store").is_dir():
            raise UserError(f"{out_dir}: no build here (run `kg build` first)")
        err.print(f"SPARQL endpoint on http://{host}:{port}/sparql (Ctrl-C stops)", markup=False)
        run_server(out_dir, host=host, port=port, timeout_s=timeout, max_rows=max_rows)


@app.command()
def view(system: str = typer.Argument(..., help="A system's name, e.g. vLLM."), out_dir: Path = OUT_DIR) -> None:
    """Write the neighbourhood of one system (papers, techniques, hardware, wins and losses) as HTML."""
    from kg.store import Store
    from kg.views import write_system_view

    with user_errors():
        if not (out_dir / "store").is_dir():
            raise UserError(f"{out_dir}: no build here (run `kg build` first)")
        with Store(out_dir / "store", read_only=True) as store:
            path = write_system_view(store, system, out_dir)
    out.print(f"wrote {path}", markup=False)


@app.command("export")
def export_(path: Path = typer.Argument(..., help="File to write."), out_dir: Path = OUT_DIR,
            fmt: str = typer.Option(..., "--format", help="turtle, nt, jsonld, graphml or gexf.")) -> None:
    """Export the build's graph for other tools (Gephi, other SPARQL stores)."""
    from kg.export import export
    from kg.store import Store

    with user_errors():
        if not (out_dir / "store").is_dir():
            raise UserError(f"{out_dir}: no build here (run `kg build` first)")
        with Store(out_dir / "store", read_only=True) as store:
            export(store, path, fmt)
    out.print(f"wrote {path}", markup=False)


def main() -> None:
    app(prog_name="kg")
