"""Dev helper: extract every gold record's title+abstract and write prediction JSONL.

usage: python -m kg.extract.devscore GOLD.jsonl OUT.jsonl
Then score with shared/tools/score.py. Uses the gold text so it needs no reader.
"""
from __future__ import annotations

import json
import sys

from kg.extract import Extractor
from kg.records import Paper


def main(argv: list[str] | None = None) -> int:
    gold, out = (argv or sys.argv[1:])[:2]
    papers = []
    with open(gold, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                papers.append(Paper(title=r.get("title"), abstract=r.get("abstract"), sources=[], id=r["id"]))
    try:
        from kg.resolve import resolve
    except ImportError:  # pragma: no cover
        def resolve(x):
            return x
    with open(out, "w", encoding="utf-8") as fh:
        for ex in Extractor().pipe(papers):
            fh.write(json.dumps(resolve(ex).to_json(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
