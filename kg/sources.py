"""Readers: turn listing dumps, arXiv-style abstract files and JSON Lines into `Paper`s.

Three input shapes, detected from content per file (`fmt` overrides):

* ``listing``: a web page of papers copied as text -- page chrome, then per paper a
  title line, an abstract paragraph and optional metadata (``• 6 authors``, ``·``,
  ``Apr 1 7`` = date + upvotes, an organisation line). Titles and abstracts are told
  apart by shape, not position, so a title without abstract (or the reverse) stays
  what it is instead of being glued to a neighbour.
* ``arxiv``: ``Abstract:...`` lines, optionally preceded by ``Title: ...`` lines.
* ``jsonl``: one JSON object per line with at least a title or an abstract.

`iter_records` streams one `Paper` per record as read. `read_papers` merges the same
paper found in several places into one `Paper` listing every source. It makes two
passes: the first keeps only the dedup index (digests of folded keys -> the paper's
first record, on disk past a bound) and, for papers read more than once, what the
later copies add (sources, fields the first record lacks); the second re-reads and
yields each paper at its first record, complete.
Stdin is spooled to a temporary file so it can be read twice.

Stdlib only (see DESIGN.md: readers never import rdflib or spaCy).
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from kg.records import Paper, Source

__all__ = ["FORMATS", "InputError", "detect_format", "expand_paths", "iter_records",
           "read_papers"]

FORMATS = ("listing", "arxiv", "jsonl")
SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson")  # picked up when reading a folder
_HEAD_LINES = 200  # lines looked at to detect a format

ErrorHandler = Callable[[str], None]


class InputError(Exception):
    """A problem with the user's input (missing file, unknown format): one line, names the file."""


def _warn(msg: str) -> None:
    print(f"warning: {msg}", file=sys.stderr)


# ---------------------------------------------------------------------------
# shapes of lines

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "Feb 28" (day 28), "Apr 1 7" (Apr 1, 7 upvotes), "Nov 25, 2024", "Nov 7, 2024 2".
_DATE = re.compile(rf"^(?P<date>{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?)"
                   r"(?:\s+(?P<up>\d+))?$")
_ISO_DATE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})(?:\s+(?P<up>\d+))?$")
_AUTHORS = re.compile(r"^[•*\-]?\s*(?P<n>\d+)\s+authors?$", re.I)
_SUBMITTED = re.compile(r"^submitted by\s+\S+", re.I)
_ORG = re.compile(r"^[a-z0-9][a-z0-9._-]*(?:\s+\S+){0,3}$")  # "apple Apple", "furiosa-ai FuriosaAI"
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?(?=\s+[\"'(\[]?[A-Z0-9]|\s*$)")
CHROME = frozenset(s.casefold() for s in (
    "new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers",
    "byAK and the research community", "Trending Papers", "Submit paper", "Search",
    "Load more", "Show more", "View all", "Previous", "Next", "Sign Up", "Log In",
))


def _sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text))


def is_abstract(text: str) -> bool:
    """An abstract is long or made of sentences; a title is a short unpunctuated phrase."""
    words = len(text.split())
    if len(text) >= 300:
        return True
    if words >= 25 and _sentences(text) >= 2:
        return True
    return words >= 20 and text.rstrip().endswith(".")


def parse_date(text: str) -> tuple[str, int | None] | None:
    """("Apr 1", 7) for "Apr 1 7"; ("Nov 25, 2024", None) for "Nov 25, 2024"; None if no date."""
    m = _DATE.match(text) or _ISO_DATE.match(text)
    if not m:
        return None
    if "day" in m.groupdict() and not 1 <= int(m["day"]) <= 31:
        return None
    return m["date"], int(m["up"]) if m["up"] else None


def parse_meta(text: str) -> dict | None:
    """Metadata of a listing line ("• 6 authors", "·", a date, "Apr 1 7"), or None."""
    parts = [p.strip() for p in text.split("·")]
    meta: dict = {}
    others = []
    for part in parts:
        if not part:
            continue
        if m := _AUTHORS.match(part):
            meta["authors"] = int(m["n"])
        elif d := parse_date(part):
            meta["date"] = d[0]
            if d[1] is not None:
                meta["upvotes"] = d[1]
        elif part.isdigit():
            meta["upvotes"] = int(part)
        elif _SUBMITTED.match(part):
            meta["submitted"] = True
        else:
            others.append(part)
    if "·" in text and all(_ORG.match(o) for o in others):
        return meta  # separator line, possibly with an inline organisation
    return None if others or not parts or parts == [""] else meta


# ---------------------------------------------------------------------------
# reading lines

@dataclass
class _Input:
    """One input: `name` is what Sources show (the path as given, or "-")."""
    name: str
    path: str | None  # None = the live sys.stdin


def _lines(inp: _Input) -> Iterator[str]:
    """Lines without newline; bytes are decoded per line so an error names its line."""
    if inp.path is None:
        fh = getattr(sys.stdin, "buffer", sys.stdin)  # a text stream when tests swap stdin
    else:
        fh = open(inp.path, "rb")
    try:
        for n, raw in enumerate(fh, 1):
            if isinstance(raw, bytes):
                try:
                    raw = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError(f"{inp.name}:{n}: not UTF-8 text ({exc.reason})") from None
            if n == 1:
                raw = raw.lstrip("\ufeff")
            yield raw.rstrip("\r\n")
    finally:
        if inp.path is not None:
            fh.close()


def detect_format(path_or_text: str | Iterable[str], name: str = "<text>") -> str:
    """"listing", "arxiv" or "jsonl" from content: a path to read, a text, or lines.

    Raises InputError (naming `name` and the first line) if it is none of those.
    """
    if isinstance(path_or_text, str):
        if "\n" not in path_or_text and os.path.isfile(path_or_text):
            inp = _Input(path_or_text, path_or_text)
            return detect_format(itertools.islice(_lines(inp), _HEAD_LINES), path_or_text)
        if "\n" not in path_or_text and (os.sep in path_or_text
                                         or path_or_text.lower().endswith(SUFFIXES)):
            raise InputError(f"{path_or_text}: no such file")
        lines: Iterable[str] = path_or_text.splitlines()
    else:
        lines = path_or_text
    numbered = [(n, l.strip()) for n, l in enumerate(lines, 1) if l.strip()][:_HEAD_LINES]
    if not numbered:
        raise InputError(f"{name}: empty input, no format to detect")
    first_n, first = numbered[0]
    if first.startswith("{"):
        return "jsonl"
    if re.match(r"^(title|abstract|arxiv)\s*:", first, re.I):
        return "arxiv"
    texts = [l for _, l in numbered]
    if first[0] not in "[<" and "\x00" not in first and (
            any(t.casefold() in CHROME for t in texts) or any(is_abstract(t) for t in texts)):
        return "listing"
    raise InputError(f"{name}:{first_n}: cannot tell the format (expected a paper listing, "
                     f"'Abstract:' lines or JSON Lines); pass a format explicitly")


def expand_paths(paths: Iterable[str]) -> list[_Input]:
    """Inputs in order: a folder gives its supported files sorted (hidden ones skipped)."""
    out: list[_Input] = []
    for path in paths:
        if path == "-":
            out.append(_Input("-", None))
        elif os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.join(root, f) for f in files
                          if not f.startswith(".") and f.lower().endswith(SUFFIXES)]
            if not found:
                raise InputError(f"{path}: folder holds no {', '.join(SUFFIXES)} files")
            out += [_Input(f, f) for f in sorted(found)]
        elif os.path.isfile(path):
            out.append(_Input(path, path))
        else:
            raise InputError(f"{path}: no such file or folder")
    return out


# ---------------------------------------------------------------------------
# the three formats

def _clean(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _read_jsonl(name: str, lines: Iterable[str], on_error: ErrorHandler) -> Iterator[Paper]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(f"{name}:{n}: not JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            on_error(f"{name}:{n}: not a JSON object")
            continue
        title, abstract = _clean(rec.get("title")), _clean(rec.get("abstract"))
        if not (title or abstract):
            on_error(f"{name}:{n}: record has neither title nor abstract")
            continue
        authors = rec.get("authors")
        if isinstance(authors, list):
            authors = len(authors)
        elif isinstance(authors, str) and authors.strip():
            authors = len(re.split(r"\s*,\s*|\s+and\s+", authors.strip()))
        date, rid = rec.get("date"), rec.get("id")
        yield Paper(title=title, abstract=abstract, sources=[Source(name, n)],
                    date=str(date) if _int(date) is not None else _clean(date),
                    authors=_int(authors), upvotes=_int(rec.get("upvotes")),
                    url=_clean(rec.get("url")),
                    id=str(rid).strip() if isinstance(rid, (str, int)) else "")


def _int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


_FIELD = re.compile(r"^(?P<key>title|abstract|authors?|date|submitted|published|url|link|"
                    r"comments|subjects|categories|journal-ref|doi|arxiv|id)\s*:\s*(?P<val>.*)$", re.I)


def _read_arxiv(name: str, lines: Iterable[str], on_error: ErrorHandler) -> Iterator[Paper]:
    """Blocks of `Title:`/`Abstract:` (and Authors/Date/URL) fields separated by blank lines.

    Unprefixed lines continue the last title or abstract; a new `Title:` or a second
    `Abstract:` starts a new record, so one `Abstract:` line per paper also works.
    """
    rec: dict = {}
    last: str | None = None

    def flush() -> Iterator[Paper]:
        if not rec:
            return
        title, abstract = (" ".join(rec.get(k, [])).strip() or None for k in ("title", "abstract"))
        if title or abstract:
            yield Paper(title=title, abstract=abstract, sources=[Source(name, rec["line"])],
                        date=rec.get("date"), authors=rec.get("authors"), url=rec.get("url"))
        else:
            on_error(f"{name}:{rec['line']}: record has neither title nor abstract")

    for n, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            yield from flush()  # a blank line ends the block: never glue two blocks
            rec, last = {}, None
            continue
        m = _FIELD.match(text)
        if not m:
            if last in ("title", "abstract"):
                rec[last].append(text)
            elif not rec:
                on_error(f"{name}:{n}: line outside any Title:/Abstract: record skipped")
            continue
        key, val = m["key"].lower(), m["val"].strip()
        if not rec or (key in ("title", "abstract") and key in rec) \
                or (key == "title" and "abstract" in rec):
            yield from flush()
            rec = {"line": n}
        if key in ("title", "abstract"):
            rec.setdefault(key, []).append(val)
            last = key
            continue
        last = None
        if key.startswith("author") and val:
            rec["authors"] = len(re.split(r"\s*,\s*|\s+and\s+", val))
        elif key in ("date", "submitted", "published") and val:
            rec["date"] = val
        elif key in ("url", "link") and val:
            rec["url"] = val
        elif key in ("arxiv", "id") and val and "url" not in rec:
            rec["url"] = "https://arxiv.org/abs/" + val.removeprefix("arXiv:")
    yield from flush()


def _wrapped(lines: list[str]) -> bool:
    """Hard-wrapped paragraph: every line but the last about as long as the longest."""
    if len(lines) < 2:
        return False
    widths = [len(l) for l in lines[:-1]]
    return max(widths) <= 200 and min(widths) >= 0.75 * max(widths) and len(lines[-1]) <= max(widths) * 1.1


def _join(lines: list[str]) -> str:
    out = lines[0]
    for l in lines[1:]:
        out = out + l if re.search(r"[A-Za-z]-$", out) else out + " " + l
    return out


def _listing_events(lines: Iterable[str]) -> Iterator[tuple]:
    """("chrome"|"title"|"abstract"|"meta", line, value) per listing line or paragraph."""
    para: list[tuple[int, str]] = []
    for n, line in enumerate(itertools.chain(lines, [""]), 1):
        text = line.strip()
        if text:
            para.append((n, text))
            continue
        metas = [parse_meta(t) for _, t in para]
        run: list[tuple[int, str]] = []
        for i, (ln, t) in enumerate(para):
            next_meta = i + 1 < len(para) and metas[i + 1] is not None
            if metas[i] is not None:
                yield from _text_run(run)
                run = []
                yield ("meta", ln, metas[i])
            elif t.casefold() in CHROME:
                yield from _text_run(run)
                run = []
                yield ("chrome", ln, t)
            elif next_meta and _ORG.match(t) and not is_abstract(t):
                yield from _text_run(run)  # organisation line ("apple Apple") before "·"
                run = []
            else:
                run.append((ln, t))
        yield from _text_run(run)
        para = []


def _text_run(run: list[tuple[int, str]]) -> Iterator[tuple]:
    """Consecutive text lines: a wrapped paragraph, a title + wrapped abstract, or one per line."""
    texts = [t for _, t in run]
    if _wrapped(texts) and is_abstract(_join(texts)):
        yield ("abstract", run[0][0], _join(texts))
    elif len(run) >= 3 and not is_abstract(texts[0]) and _wrapped(texts[1:]) \
            and is_abstract(_join(texts[1:])):
        yield ("title", run[0][0], texts[0])
        yield ("abstract", run[1][0], _join(texts[1:]))
    else:
        for ln, t in run:
            yield ("abstract" if is_abstract(t) else "title", ln, t)


def _read_listing(name: str, lines: Iterable[str], on_error: ErrorHandler) -> Iterator[Paper]:
    """A paper opens at a title or abstract; metadata closes it; chrome ends it."""
    cur: dict | None = None

    def flush() -> Iterator[Paper]:
        if cur:
            yield Paper(title=cur.get("title"), abstract=cur.get("abstract"),
                        sources=[Source(name, cur["line"])], date=cur.get("date"),
                        authors=cur.get("authors"), upvotes=cur.get("upvotes"))

    for kind, n, value in _listing_events(lines):
        if kind == "chrome":
            yield from flush()
            cur = None
        elif kind == "title":
            yield from flush()
            cur = {"title": value, "line": n}
        elif kind == "abstract":
            if cur and not cur.get("closed") and "abstract" not in cur:
                cur["abstract"] = value
            else:
                yield from flush()
                cur = {"abstract": value, "line": n}
        elif cur:  # metadata of the paper just read; before any paper it is page chrome
            for k in ("date", "authors", "upvotes"):
                if k in value and k not in cur:
                    cur[k] = value[k]
            cur["closed"] = True
    yield from flush()


_READERS = {"listing": _read_listing, "arxiv": _read_arxiv, "jsonl": _read_jsonl}


# ---------------------------------------------------------------------------
# public entry points

def iter_records(paths: Iterable[str], fmt: str | None = None,
                 on_error: ErrorHandler | None = None) -> Iterator[Paper]:
    """Every record of every input as read, one source each, not deduplicated."""
    yield from _iter_inputs(expand_paths(paths), fmt, on_error or _warn)


def _iter_inputs(inputs: list[_Input], fmt: str | None, on_error: ErrorHandler) -> Iterator[Paper]:
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    for inp in inputs:
        lines = _lines(inp)
        head = list(itertools.islice(lines, _HEAD_LINES))
        while head and not any(l.strip() for l in head[-_HEAD_LINES:]):
            more = list(itertools.islice(lines, _HEAD_LINES))
            if not more:
                break
            head += more
        if not any(l.strip() for l in head):
            continue  # an empty input holds no papers
        kind = fmt or detect_format(head, inp.name)
        yield from _READERS[kind](inp.name, itertools.chain(head, lines), on_error)


@dataclass(slots=True)
class _Later:
    """What the later copies of a paper add to its first record: their sources, and
    each field's first value among them, for the fields the first record lacks."""
    sources: list[Source] = field(default_factory=list)
    title: str | None = None
    abstract: str | None = None
    id: str = ""
    date: str | None = None
    authors: int | None = None
    upvotes: int | None = None
    url: str | None = None

    def add(self, rec: Paper) -> None:
        self.sources += rec.sources
        self.title = self.title or rec.title
        self.abstract = self.abstract or rec.abstract
        if not self.id and _explicit_id(rec):
            self.id = rec.id
        for k in ("date", "authors", "upvotes", "url"):
            if getattr(self, k) is None:
                setattr(self, k, getattr(rec, k))

    def merged(self, first: Paper) -> Paper:
        """The paper: the first record, completed by the later copies."""
        return Paper(title=first.title or self.title, abstract=first.abstract or self.abstract,
                     sources=first.sources + self.sources,
                     date=_first(first.date, self.date), authors=_first(first.authors, self.authors),
                     upvotes=_first(first.upvotes, self.upvotes), url=_first(first.url, self.url),
                     id=first.id if _explicit_id(first) else self.id)


def _first(a, b):
    return a if a is not None else b


def read_papers(paths: list[str], fmt: str | None = None,
                on_error: ErrorHandler | None = None) -> Iterator[Paper]:
    """Deduplicated papers: the same paper in several inputs is one Paper with all sources.

    Two passes (see module doc); input errors are raised before the first paper.
    Memory: the dedup index moves to disk past a bound (kg.spill), and only papers
    read more than once keep anything else, so a corpus of any size fits.
    """
    from kg.spill import SpillDict

    on_error = on_error or _warn
    inputs = expand_paths(paths)
    spool = None
    if any(i.path is None for i in inputs):
        spool = tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".stdin", delete=False)
        with spool:
            for line in _lines(_Input("-", None)):
                spool.write(line + "\n")
        inputs = [_Input("-", spool.name) if i.path is None else i for i in inputs]
    index = SpillDict()  # digest of a dedup key -> number of the paper's first record
    try:
        later: dict[int, _Later] = {}  # by first record: what its later copies add
        repeats: set[int] = set()  # numbers of the records that are later copies
        for seq, rec in enumerate(_iter_inputs(inputs, fmt, on_error)):
            keys = [_digest(k) for k in rec.keys()]
            first = next((g for k in keys if (g := index.get(k)) is not None), None)
            if first is None:
                first = seq
            else:
                later.setdefault(first, _Later()).add(rec)
                repeats.add(seq)
            for k in keys:
                index.setdefault(k, first)
        index.clear()
        for seq, rec in enumerate(_iter_inputs(inputs, fmt, lambda msg: None)):
            if seq in repeats:
                continue
            copies = later.pop(seq, None)
            yield rec if copies is None else copies.merged(rec)
    finally:
        index.close()
        if spool is not None:
            os.unlink(spool.name)


def _digest(key: str) -> bytes:
    """16 bytes standing for a dedup key (a folded abstract prefix or title: ~250 bytes as text)."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()


def _explicit_id(rec: Paper) -> bool:
    """True when the record carried its own id (JSON Lines) rather than the computed hash."""
    return rec.id != Paper(rec.title, rec.abstract, []).id
