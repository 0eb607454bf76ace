"""A read-only SPARQL 1.1 Protocol endpoint over a build's store, plus its HTML views.

Queries run in a small pool of worker processes that hold the store open
read-only: Oxigraph cannot cancel a running query, so a query over the time
limit is stopped by killing its worker (then replaced), and the server stays
responsive.
Updates, LOAD and SERVICE are refused before anything runs. Binds 127.0.0.1
unless told otherwise.
"""
from __future__ import annotations

import atexit
import contextlib
import html
import json
import os
import queue
import re
import select
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs
from xml.sax.saxutils import escape as xml_escape

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "nt",
    "text/plain": "nt", "application/ld+json": "jsonld", "application/json": "jsonld",
}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
         "turtle": "text/turtle; charset=utf-8", "nt": "application/n-triples", "jsonld": "application/ld+json"}
FORMAT_NAMES = {  # short names in a `format`/`output` parameter, as SPARQLWrapper and browsers send them
    "json": "application/json", "xml": "application/sparql-results+xml", "csv": "text/csv",
    "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle", "n3": "text/turtle",
    "nt": "application/n-triples", "ntriples": "application/n-triples", "json-ld": "application/ld+json",
    "jsonld": "application/ld+json",
}
STATIC = {".html", ".css", ".js", ".svg", ".png", ".woff2", ".ttl"}


class Refused(Exception):
    """A request the endpoint will not run: (HTTP status, one-line reason)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


def _code_only(sparql: str) -> str:
    """The query without comments, literals, IRIs, variables and prefixed names: keywords only."""
    pattern = (r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
               r'|<[^<>"{}|^`\\\s]*>|#[^\n]*|[?$]\w+|[A-Za-z_][\w.-]*:[\w.%-]*|:[\w.%-]+')
    return re.sub(pattern, " ", sparql)


_FORMS = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                    re.I)


def check_query(sparql: str) -> None:
    """Refuse updates, LOAD and federated SERVICE calls with a 4xx and a clear reason."""
    code = _code_only(sparql)
    first = _FORMS.search(code)
    if first and first.group(1).upper() not in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        raise Refused(403, f"this endpoint is read-only: {first.group(1).upper()} (a SPARQL update) is refused")
    if re.search(r"\bSERVICE\b", code, re.I):
        raise Refused(400, "SERVICE (federated query) is not allowed on this endpoint")


# ------------------------------------------------------------ worker side

def _term_json(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    return {"type": "triple", "value": str(t)}


def _term_xml(t) -> str:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if t.language:
        return f'<literal xml:lang="{xml_escape(t.language)}">{xml_escape(t.value)}</literal>'
    if t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f'<literal datatype="{xml_escape(t.datatype.value)}">{xml_escape(t.value)}</literal>'
    return f"<literal>{xml_escape(t.value)}</literal>"


def _csv_cell(t) -> str:
    if t is None:
        return ""
    v = t.value
    return '"' + v.replace('"', '""') + '"' if re.search(r'[",\r\n]', v) else v


def _select(result, fmt: str, max_rows: int) -> tuple[bytes, bool]:
    names = [v.value for v in result.variables]
    rows, truncated = [], False
    for sol in result:
        if len(rows) >= max_rows:
            truncated = True
            break
        rows.append([sol[n] for n in names])
    if fmt == "json":
        bindings = [{n: _term_json(t) for n, t in zip(names, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8"), truncated
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        out += [f'<variable name="{xml_escape(n)}"/>' for n in names]
        out.append("</head>\n<results>")
        for row in rows:
            out.append("<result>" + "".join(f'<binding name="{xml_escape(n)}">{_term_xml(t)}</binding>'
                                            for n, t in zip(names, row) if t is not None) + "</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8"), truncated
    if fmt == "csv":
        lines = [",".join(names)] + [",".join(_csv_cell(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode("utf-8"), truncated
    lines = ["\t".join("?" + n for n in names)] + ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8"), truncated


def _ask(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f'<head/><boolean>{"true" if value else "false"}</boolean></sparql>\n').encode()
    if fmt in ("csv", "tsv"):
        return (b"true\n" if value else b"false\n")
    return json.dumps({"head": {}, "boolean": value}).encode()


def execute(store, sparql: str, accept: str, max_rows: int) -> tuple[int, str, bytes, bool]:
    """Run one query on a (read-only) pyoxigraph store; (status, media type, body, truncated)."""
    import pyoxigraph as ox

    from kg.vocab import PREFIXES

    try:
        result = store.query(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        return 400, "text/plain; charset=utf-8", f"query syntax error: {exc}".encode(), False
    if isinstance(result, ox.QuerySolutions):
        fmt = negotiate(accept, SELECT_TYPES, "json")
        body, truncated = _select(result, fmt, max_rows)
        return 200, MEDIA[fmt], body, truncated
    if isinstance(result, (bool, ox.QueryBoolean)):
        fmt = negotiate(accept, SELECT_TYPES, "json")
        return 200, MEDIA[fmt], _ask(bool(result), fmt), False
    fmt = negotiate(accept, GRAPH_TYPES, "turtle")
    triples, truncated = [], False
    for t in result:
        if len(triples) >= max_rows:
            truncated = True
            break
        triples.append(t)
    rdf_fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    prefixes = {k: v for k, v in PREFIXES.items() if k != "kgi"} if fmt == "turtle" else None
    return 200, MEDIA[fmt], ox.serialize(triples, format=rdf_fmt, prefixes=prefixes) or b"", truncated


def worker_main(store_path: str, max_rows: int) -> None:
    """A query worker: opens the store read-only once, then answers one JSON line at a time.

    Reply: a JSON header line {status, media, truncated, length}, then `length` bytes.
    """
    import pyoxigraph as ox

    store = ox.Store.read_only(store_path)
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        req = json.loads(line)
        try:
            status, media, body, truncated = execute(store, req["q"], req["a"], max_rows)
        except Exception as exc:  # noqa: BLE001 - reported to the client as a 500 with its message
            status, media, body, truncated = 500, "text/plain; charset=utf-8", f"query failed: {exc}".encode(), False
        head = {"status": status, "media": media, "truncated": truncated, "length": len(body)}
        out.write(json.dumps(head).encode() + b"\n" + body)
        out.flush()


def negotiate(accept: str, table: dict, default: str) -> str:
    """The first media type of `accept` (by q value, then order) that `table` knows."""
    best, best_q = default, -1.0
    for i, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if media in table and q > best_q:
            best, best_q = table[media], q
    return best


# ------------------------------------------------------------ server side

class Worker:
    """One worker process (`python -m kg.serve --worker STORE MAX_ROWS`), talked to over pipes."""

    def __init__(self, store_path: str, max_rows: int):
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.serve", "--worker", store_path, str(max_rows)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.buf = b""

    def ask(self, sparql: str, accept: str, timeout_s: float) -> tuple[int, str, bytes, bool]:
        """The worker's answer; TimeoutError past `timeout_s`, EOFError if the worker died."""
        self.proc.stdin.write(json.dumps({"q": sparql, "a": accept}).encode() + b"\n")
        self.proc.stdin.flush()
        deadline, fd = time.monotonic() + timeout_s, self.proc.stdout.fileno()

        def fill(done) -> None:
            while not done():
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([fd], [], [], left)[0]:
                    raise TimeoutError
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise EOFError
                self.buf += chunk

        fill(lambda: b"\n" in self.buf)
        head, self.buf = self.buf.split(b"\n", 1)
        h = json.loads(head)
        fill(lambda: len(self.buf) >= h["length"])
        body, self.buf = self.buf[:h["length"]], self.buf[h["length"]:]
        return h["status"], h["media"], body, h["truncated"]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


class Runner:
    """A small pool of query workers. Oxigraph cannot cancel a query, so one over the time
    limit is stopped by killing its worker, which is then replaced."""

    def __init__(self, store_path: Path, timeout_s: float, max_rows: int, workers: int = 2):
        self.store_path, self.timeout_s, self.max_rows = str(store_path), timeout_s, max_rows
        self.size = workers
        self.pool: queue.Queue = queue.Queue()
        self.all: list[Worker] = []
        self.lock = threading.Lock()

    def _worker(self) -> Worker:
        with self.lock:
            if len(self.all) < self.size and self.pool.empty():
                w = Worker(self.store_path, self.max_rows)
                self.all.append(w)
                return w
        return self.pool.get()

    def run(self, sparql: str, accept: str) -> tuple[int, str, bytes, bool]:
        w = self._worker()
        try:
            return w.ask(sparql, accept, self.timeout_s)
        except (TimeoutError, EOFError, OSError) as exc:
            w.stop()
            with self.lock:
                self.all.remove(w)
                w = Worker(self.store_path, self.max_rows)
                self.all.append(w)
            if isinstance(exc, TimeoutError):
                return (503, "text/plain; charset=utf-8",
                        f"query exceeded the time limit of {self.timeout_s:g} s and was stopped\n".encode(), False)
            return 500, "text/plain; charset=utf-8", b"query worker failed\n", False
        finally:
            self.pool.put(w)

    def close(self) -> None:
        with self.lock:
            for w in self.all:
                w.stop()
            self.all.clear()


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ML-systems KG · SPARQL</title>
<style>body{{font:15px system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}}
textarea{{width:100%;height:14rem;font:13px ui-monospace,monospace}}</style></head><body>
<h1>ML-systems knowledge graph: SPARQL</h1>
<p>Read-only SPARQL 1.1 endpoint at <code>/sparql</code>. Prefixes kgo:, kgi:, rdfs:, skos:, dcterms:,
prov:, xsd: are predeclared. Time limit {timeout} s, at most {rows} rows.</p>
<form action="/sparql" method="get">
<textarea name="query" spellcheck="false">{query}</textarea>
<p><label>Results as <select name="format">
<option value="application/sparql-results+json">JSON</option>
<option value="application/sparql-results+xml">XML</option>
<option value="text/csv">CSV</option><option value="text/tab-separated-values">TSV</option>
<option value="text/turtle">Turtle (CONSTRUCT)</option></select></label>
<button type="submit">Run</button></p></form>
<h2>Named questions</h2><ul>{named}</ul>
<h2>Views</h2><ul>{views}</ul>
</body></html>
"""
DEFAULT_QUERY = """SELECT ?winner ?loser WHERE {
  ?w kgo:outperforms ?l . ?w rdfs:label ?winner . ?l rdfs:label ?loser .
} LIMIT 20"""


def create_app(out_dir: Path | str, timeout_s: float = 10.0, max_rows: int = 10_000) -> Starlette:
    """The ASGI app serving `/sparql` over `out_dir/store` and the HTML views in `out_dir`."""
    out_dir = Path(out_dir).resolve()
    store_path = out_dir / "store"
    if not store_path.is_dir():
        raise FileNotFoundError(f"{out_dir}: no store here (run `kg build --out {out_dir}` first)")
    runner = Runner(store_path, timeout_s, max_rows)
    atexit.register(runner.close)

    async def page(request: Request, query: str = DEFAULT_QUERY) -> HTMLResponse:
        from kg.queries import list_queries

        named = "".join(f"<li><b>{html.escape(q.name)}</b>: {html.escape(q.question)}</li>" for q in list_queries())
        views = "".join(f'<li><a href="/{html.escape(p.name, quote=True)}">{html.escape(p.name)}</a></li>'
                        for p in sorted(out_dir.glob("*.html")))
        return HTMLResponse(PAGE.format(query=html.escape(query), named=named, views=views or "<li>none</li>",
                                        timeout=f"{timeout_s:g}", rows=max_rows))

    async def sparql(request: Request) -> Response:
        try:
            query = await _query_of(request)
            if query is None:
                return await page(request)
            check_query(query)
        except Refused as r:
            return PlainTextResponse(r.reason + "\n", status_code=r.status)
        fmt = request.query_params.get("format") or request.query_params.get("output") or ""
        accept = fmt if "/" in fmt else FORMAT_NAMES.get(fmt.lower(), "")
        accept = ", ".join(a for a in (accept, request.headers.get("accept", "")) if a)
        status, media, body, truncated = await run_in_threadpool(runner.run, query, accept)
        headers = {"X-Content-Type-Options": "nosniff"}
        if truncated:
            headers["X-Result-Truncated"] = f"more than {max_rows} results; the first {max_rows} are shown"
        return Response(body, status_code=status, media_type=media, headers=headers)

    async def static(request: Request) -> Response:
        name = request.path_params["path"]
        target = (out_dir / name).resolve()
        if (out_dir not in target.parents or target.suffix not in STATIC or not target.is_file()
                or store_path in target.parents):
            return PlainTextResponse("not found\n", status_code=404)
        return FileResponse(target, headers={"X-Content-Type-Options": "nosniff"})

    async def home(request: Request) -> Response:
        """The query form, prefilled with `?query=` when given (escaped, never run here)."""
        return await page(request, request.query_params.get("query") or DEFAULT_QUERY)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        runner.close()

    app = Starlette(routes=[Route("/", home), Route("/sparql", sparql, methods=["GET", "POST"]),
                            Route("/{path:path}", static)], lifespan=lifespan)
    app.state.runner = runner
    return app


async def _query_of(request: Request) -> str | None:
    """The query of a SPARQL Protocol request (GET ?query=, POST form or sparql-query body)."""
    if "update" in request.query_params:
        raise Refused(403, "this endpoint is read-only: SPARQL updates (and LOAD) are refused")
    if request.method == "GET":
        return request.query_params.get("query")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/sparql-update":
        raise Refused(403, "this endpoint is read-only: SPARQL updates (and LOAD) are refused")
    if ctype == "application/sparql-query":
        return (await request.body()).decode("utf-8", errors="replace")
    if ctype == "application/x-www-form-urlencoded":  # parsed here: no python-multipart needed
        form = parse_qs((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True)
        if "update" in form:
            raise Refused(403, "this endpoint is read-only: SPARQL updates (and LOAD) are refused")
        q = form.get("query")
        return q[0] if q else request.query_params.get("query")
    raise Refused(415, f"unsupported content type {ctype or '(none)'}: use a query parameter, "
                       "a form or application/sparql-query")


def serve(out_dir: Path | str, host: str = "127.0.0.1", port: int = 8000, timeout_s: float = 10.0,
          max_rows: int = 10_000) -> None:
    """Serve the build in `out_dir` until interrupted (127.0.0.1 by default: local only)."""
    import uvicorn

    uvicorn.run(create_app(out_dir, timeout_s, max_rows), host=host, port=port, log_level="info")


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--worker":
    worker_main(sys.argv[2], int(sys.argv[3]))
