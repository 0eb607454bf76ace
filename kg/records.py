"""Plain records passed between the stages (sources -> extract -> resolve -> rdf).

Only the standard library here: every stage may import this module.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

ENTITY_TYPES = ("System", "Hardware", "Technique", "Model", "Dataset", "Metric")
METRIC_KINDS = ("speedup", "time", "throughput", "memory", "energy", "power",
                "cost", "accuracy", "error", "scale", "other")
TITLE_SEPARATOR = "\n\n"


def fold(text: str, limit: int | None = None) -> str:
    """Comparison key for titles and abstracts: lower case letters and digits only.

    With `limit`, only the first `limit` key characters are made, from a prefix of the text
    (cheap on long abstracts: keys need only their start)."""
    if limit is None:
        return _NON_KEY.sub("", text.lower())
    key = _NON_KEY.sub("", text[: 4 * limit].lower())
    return key[:limit] if len(key) >= limit else _NON_KEY.sub("", text.lower())[:limit]


_NON_KEY = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Source:
    """Where a paper was read: file name (or "-" for stdin) and 1-based line."""
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass
class Paper:
    """One paper as read from a listing, an arXiv dump or a JSON Lines record."""
    title: str | None
    abstract: str | None
    sources: list[Source]
    date: str | None = None
    authors: int | None = None
    upvotes: int | None = None
    url: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = paper_id(self.title, self.abstract)

    @property
    def text(self) -> str:
        """The text extraction reads; every char offset in an Extraction points into it."""
        return TITLE_SEPARATOR.join(p for p in (self.title, self.abstract) if p)

    @property
    def abstract_offset(self) -> int:
        """Where the abstract starts inside `text`."""
        return len(self.title) + len(TITLE_SEPARATOR) if self.title and self.abstract else 0

    def keys(self) -> list[str]:
        """Keys under which two records count as the same paper."""
        keys = []
        if self.abstract:
            keys.append("a:" + fold(self.abstract, 200))
        if self.title:
            keys.append("t:" + fold(self.title))
        return keys


def paper_id(title: str | None, abstract: str | None) -> str:
    """Stable id: a hash of the folded abstract (or title), so reordering input keeps ids."""
    basis = fold(abstract, 200) if abstract else fold(title or "")
    return "p" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


@dataclass
class Mention:
    """An entity mention: `start`/`end` are char offsets into `Paper.text`.

    `canonical` is the resolved name (filled by kg.resolve); `sentence` is the evidence.
    """
    text: str
    label: str
    start: int
    end: int
    sentence: str = ""
    canonical: str | None = None


@dataclass
class Claim:
    """One quantified comparison, in the fields of shared/gold/GUIDELINE.md.

    `start`/`end` locate the number in `Paper.text`; `evidence` is its sentence.
    """
    subject: str | None
    baseline: str | None
    metric: str | None
    metric_kind: str
    value: float
    unit: str
    qualifier: str | None = None
    better: bool = True
    hardware: list[str] = field(default_factory=list)
    evidence: str = ""
    value_min: float | None = None
    start: int = -1
    end: int = -1


@dataclass
class Extraction:
    """What extraction found in one paper."""
    paper: Paper
    mentions: list[Mention] = field(default_factory=list)
    proposed: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def entities(self) -> dict[str, list[str]]:
        """Per type, each entity once (the gold shape): the surface form that spells its
        canonical name when the paper writes it so ("speedup" over "speedups", "DeepSpeed Ulysses"
        for DeepSpeed-Ulysses over "Ulysses"), else the first."""
        chosen: dict[tuple[str, str], tuple[int, str]] = {}
        for m in self.mentions:
            group = (m.label, (m.canonical or m.text).lower())
            low = m.text.lower()
            rank = 2 if low == group[1] else 1 if fold(low) == fold(group[1]) else 0
            if group not in chosen or rank > chosen[group][0]:
                chosen[group] = (rank, m.text)
        out: dict[str, list[str]] = {t: [] for t in ENTITY_TYPES}
        for (label, _), (_, text) in chosen.items():
            if label in out:
                out[label].append(text)
        return out

    def to_jsonl(self) -> str:
        """One line of extractions.jsonl (`kg extract`, `kg build` and the dev scorer's input alike)."""
        return json.dumps(self.to_json(), ensure_ascii=False) + "\n"

    def to_json(self) -> dict:
        """The record `kg extract` prints: gold shape plus offsets and sources."""
        p = self.paper
        return {
            "id": p.id,
            "source": p.sources[0].file if p.sources else None,
            "sources": [str(s) for s in p.sources],
            "title": p.title,
            "abstract": p.abstract,
            "date": p.date,
            "authors": p.authors,
            "url": p.url,
            "proposed": list(self.proposed),
            "entities": self.entities(),
            # the fields of each record in order, as dataclasses.asdict gives them, at a tenth of its cost
            "claims": [{**c.__dict__, "hardware": list(c.hardware)} for c in self.claims],
            "mentions": [dict(m.__dict__) for m in self.mentions],
        }
