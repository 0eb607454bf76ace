"""Loading of the gazetteer data files in kg/patterns/ (cached: they are read once per process).

Rows are spaCy SpanRuler-style `{"label", "pattern", "id"}`: a string pattern is a
phrase matched case-insensitively unless the row says `"case": true`; a list pattern
is a Matcher token pattern. `lexicon.jsonl` holds the word lists the heuristics use.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PATTERN_DIR = Path(__file__).resolve().parent.parent / "patterns"
ENTITY_FILES = ("hardware.jsonl", "systems.jsonl", "models.jsonl", "datasets.jsonl",
                "techniques.jsonl", "metrics.jsonl")


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from None
    return rows


@lru_cache(maxsize=4)
def entity_rows(directory: str = str(PATTERN_DIR)) -> tuple[dict, ...]:
    """All gazetteer rows of the entity files, in file order."""
    rows: list[dict] = []
    for name in ENTITY_FILES:
        path = Path(directory) / name
        if path.exists():
            rows.extend(_read_jsonl(path))
    return tuple(rows)


@lru_cache(maxsize=4)
def lexicon(directory: str = str(PATTERN_DIR)) -> dict[str, frozenset[str]]:
    """Named word (or phrase) lists, lower case, from lexicon.jsonl."""
    out: dict[str, frozenset[str]] = {}
    path = Path(directory) / "lexicon.jsonl"
    for row in _read_jsonl(path):
        out[row["list"]] = frozenset(w.lower() for w in row.get("words", row.get("phrases", [])))
    return out
