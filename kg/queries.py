"""Named competency questions (ontology/queries/*.rq) and the helpers that run and print them.

The queries are data files: the first comment line states the question,
`# param: NAME  help` lines declare parameters, and `$NAME` in the text is
replaced by the value as an escaped SPARQL string literal, never pasted raw.

The texts are written for Oxigraph's planner, which looks rows up one at a
time unless told otherwise: whole-predicate scans sit in sub-SELECTs (joined
by hash), and LATERAL (an Oxigraph extension) fixes the order of per-row
lookups. tests/data/queries-before keeps plainer texts they must agree with;
`python benchmarks/queries.py time STORE --before tests/data/queries-before`
times both.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

QUERY_DIR = Path(__file__).resolve().parent.parent / "ontology" / "queries"
FORMATS = ("table", "csv", "tsv", "json")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + t for t in ("double", "float", "decimal")}


@dataclass(frozen=True)
class NamedQuery:
    """One .rq file: `name` (file stem), the question it answers, its SPARQL text and parameters."""
    name: str
    question: str
    text: str
    params: tuple[str, ...] = ()
    help: dict = field(default_factory=dict, compare=False, hash=False)

    def sparql(self, params: dict | None = None) -> str:
        """The query text with every `$param` replaced by an escaped string literal."""
        return substitute(self, params or {})


class QueryError(ValueError):
    """A named query that does not exist, or parameters that do not fit it."""


def list_queries(folder: Path | str = QUERY_DIR) -> list[NamedQuery]:
    """Every named query, sorted by name."""
    return [parse(path) for path in sorted(Path(folder).glob("*.rq"))]


def get(name: str, folder: Path | str = QUERY_DIR) -> NamedQuery:
    """The named query `name` (QueryError naming the known ones if there is none)."""
    path = Path(folder) / f"{name}.rq"
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name) or not path.is_file():
        known = ", ".join(q.name for q in list_queries(folder))
        raise QueryError(f"no query named {name!r} (known: {known})")
    return parse(path)


def parse(path: Path) -> NamedQuery:
    """Read a .rq file: question from the first comment line, `# param:` lines, the text."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    question = lines[0].lstrip("#").strip() if lines and lines[0].startswith("#") else path.stem
    params, helps = [], {}
    for line in lines:
        m = re.match(r"#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(.*)", line)
        if m:
            params.append(m.group(1))
            helps[m.group(1)] = m.group(2).strip()
    return NamedQuery(path.stem, question, text, tuple(params), helps)


def literal(value) -> str:
    """`value` as a SPARQL string literal, escaped so it can never end the string early."""
    text = str(value)
    for a, b in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"),
                 ("\b", "\\b"), ("\f", "\\f")):
        text = text.replace(a, b)
    return f'"{text}"'


def substitute(query: NamedQuery, params: dict) -> str:
    """`query.text` with its parameters filled in; unknown or missing parameters are an error."""
    unknown = set(params) - set(query.params)
    if unknown:
        raise QueryError(f"query {query.name!r} takes no parameter {', '.join(sorted(unknown))}"
                         f" (it takes: {', '.join(query.params) or 'none'})")
    missing = [p for p in query.params if params.get(p) in (None, "")]
    if missing:
        raise QueryError(f"query {query.name!r} needs {', '.join('--param ' + p + '=...' for p in missing)}")
    body = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("#"))
    return re.sub(r"\$([A-Za-z_][A-Za-z0-9_]*)",
                  lambda m: literal(params[m.group(1)]) if m.group(1) in params else m.group(0), body)


def run(store, name_or_sparql: str, params: dict | None = None) -> tuple[list[str], list[list]]:
    """Run a named query, a .rq file or SPARQL text on a kg.store.Store; returns (columns, rows).

    Cells are Python values: str for IRIs and strings, int/float/bool for typed
    literals, None when unbound. ASK gives one column "answer"; CONSTRUCT and
    DESCRIBE give subject/predicate/object rows. A syntax error is a QueryError.
    """
    params = params or {}
    text = name_or_sparql.strip()
    if re.fullmatch(r"[A-Za-z0-9_-]+", text):
        query = get(text)
    elif text.endswith(".rq") and "\n" not in text and "{" not in text:
        path = Path(text)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        query = parse(path)
    else:  # inline SPARQL: $name placeholders are filled from whatever parameters were given
        query = NamedQuery("inline", "", name_or_sparql, tuple(params))
    sparql = query.sparql(params)
    try:
        result = store.query(sparql)
    except SyntaxError as exc:
        raise QueryError(f"{query.name}: SPARQL syntax error: {exc}") from None
    if isinstance(result, bool) or type(result).__name__ == "QueryBoolean":
        return ["answer"], [[bool(result)]]
    if hasattr(result, "variables"):
        columns = [v.value for v in result.variables]
        return columns, [[value(sol[c]) for c in columns] for sol in result]
    return ["subject", "predicate", "object"], [[value(t.subject), value(t.predicate), value(t.object)]
                                                for t in result]


def open_source(data: Path | str | None = None, out_dir: Path | str = "outputs"):
    """What `kg query` runs on: an RDF file loaded in memory, or a build's store opened read-only."""
    from kg.store import Store

    if data is not None:
        data = Path(data)
        if not data.is_file():
            raise FileNotFoundError(f"{data}: no such file")
        store = Store()
        fmt = {".nt": "nt", ".jsonld": "jsonld", ".rdf": "xml", ".xml": "xml", ".nq": "nquads"}.get(
            data.suffix.lower(), "turtle")
        try:
            store.load(data, format=fmt)
        except SyntaxError as exc:
            raise QueryError(f"{data}: not valid RDF ({fmt}): {exc}") from None
        from kg import summaries

        summaries.refresh(store)  # an exported file holds the default graph only; named queries need both
        return store
    path = Path(out_dir) / "store"
    if not path.is_dir():
        raise FileNotFoundError(f"{out_dir}: no build here (run `kg build` first, or give --data FILE)")
    return Store(path, read_only=True)


def value(term):
    """A pyoxigraph term as a plain Python value."""
    if term is None:
        return None
    dt = getattr(term, "datatype", None)
    if dt is None:
        return term.value
    dt = dt.value
    try:
        if dt in _NUMERIC:
            return int(term.value)
        if dt in _FLOATS:
            return float(term.value)
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
    except ValueError:
        pass
    return term.value


# ------------------------------------------------------------------ output

def cell(v) -> str:
    """A value as table/CSV text: floats without a needless `.0`, booleans in lower case."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v) if not math.isfinite(v) else f"{v:g}" if abs(v) < 1e15 and v == round(v, 6) else repr(v)
    return str(v)


def to_table(columns: list[str], rows: list[list], width: int = 60) -> str:
    """Plain-text table, cells cut at `width` characters, line breaks shown as spaces."""
    cells = [[cell(v).replace("\n", " ").replace("\r", " ") for v in row] for row in rows]
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in cells]
    widths = [max([len(col)] + [len(r[i]) for r in cells]) for i, col in enumerate(columns)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    return "\n".join(out) + "\n"


def to_csv(columns: list[str], rows: list[list], delimiter: str = ",") -> str:
    """CSV (or TSV with delimiter="\\t"), quoted where needed."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(columns)
    for row in rows:
        w.writerow([cell(v) for v in row])
    return buf.getvalue()


def to_json(columns: list[str], rows: list[list]) -> str:
    """A JSON list of objects, one per row (unbound cells as null)."""
    safe = [[v if not (isinstance(v, float) and not math.isfinite(v)) else repr(v) for v in row] for row in rows]
    return json.dumps([dict(zip(columns, row)) for row in safe], ensure_ascii=False, indent=1) + "\n"


def format_rows(columns: list[str], rows: list[list], fmt: str = "table") -> str:
    """Rows in one of FORMATS (what `kg query --format` prints)."""
    return render(columns, rows, fmt)


def render(columns: list[str], rows: list[list], fmt: str = "table") -> str:
    """Rows in one of FORMATS: table, csv, tsv, json."""
    if fmt == "table":
        return to_table(columns, rows)
    if fmt == "csv":
        return to_csv(columns, rows)
    if fmt == "tsv":
        return to_csv(columns, rows, "\t")
    if fmt == "json":
        return to_json(columns, rows)
    raise QueryError(f"unknown output format {fmt!r} (known: {', '.join(FORMATS)})")
