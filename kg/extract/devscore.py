"""Dev helper: extract every gold record's title+abstract and write prediction JSONL.

usage: python -m kg.extract.devscore GOLD.jsonl OUT.jsonl
Then score with shared/tools/score.py. Uses the gold text so it needs no reader.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.extract import Extractor
from kg.records import Paper


def gold_papers(gold: str | Path) -> list[Paper]:
    """The gold records' own text as Papers, keeping the gold ids so the scorer matches by id."""
    with open(gold, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return [Paper(title=r.get("title"), abstract=r.get("abstract"), sources=[], id=r["id"]) for r in records]


def write_predictions(gold: str | Path, out: str | Path) -> None:
    """Extract and resolve the gold papers; one prediction record per line in `out`."""
    from kg.resolve import resolve

    with open(out, "w", encoding="utf-8") as fh:
        for ex in Extractor().pipe(gold_papers(gold)):
            fh.write(resolve(ex).to_jsonl())


def main(argv: list[str] | None = None) -> int:
    gold, out = (argv or sys.argv[1:])[:2]
    write_predictions(gold, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
