"""Memo tables for the per-word and per-name hot paths of extraction and serialisation.

A corpus keeps naming new systems, so a memo that only grows would grow with
the corpus, and one that stops taking entries when full would keep the names
of papers long gone. A `Memo` is a dict that empties itself when it reaches
its bound: the names a corpus repeats (vLLM, A100, throughput) are back after
a few papers, and a worker's memory stays flat however many it extracts.

Stdlib only.
"""
from __future__ import annotations

LIMIT = 20_000  # entries per memo; also the maxsize of the lru_caches on the same paths


class Memo(dict):
    """`get` as a dict; `put(key, value)` stores and returns value, emptying the memo first when full."""

    __slots__ = ("limit",)

    def __init__(self, limit: int | None = None):
        super().__init__()
        self.limit = limit or LIMIT

    def put(self, key, value):
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value
