"""A dict that moves to disk when it grows: the build's per-paper and per-entity
bookkeeping (the readers' dedup index, the one-label-per-entity rule, the
`outperforms` edges written once) would otherwise grow with the corpus.

Up to `limit` entries live in an ordinary dict; past that they are written to
a private temporary SQLite database (`sqlite3.connect("")`: on disk, deleted
when closed, its page cache bounded) and the dict starts again. Entries read
back from disk are cached in a second dict of the same bound, so the names a
corpus repeats (vLLM, A100) are looked up in memory.

Stdlib only: the readers use it.
"""
from __future__ import annotations

import sqlite3
from typing import Hashable

from kg.memo import Memo

LIMIT = 1 << 18  # entries held in memory: ~30 MB of digests or IRIs


class SpillDict:
    """`get`, `setdefault`, `[]=`, `in` and `len` over str, bytes or int keys and
    str, bytes, int or float values, in bounded memory."""

    def __init__(self, limit: int | None = None):
        self.limit = max(1, limit or LIMIT)
        self._new: dict = {}  # written since the last spill
        self._hot = Memo(self.limit)  # read back from disk
        self._db: sqlite3.Connection | None = None
        self._spilled = 0

    def get(self, key: Hashable, default=None):
        value = self._new.get(key, _MISSING)
        if value is _MISSING:
            value = self._hot.get(key, _MISSING)
        if value is _MISSING and self._db is not None:
            row = self._db.execute("SELECT v FROM kv WHERE k = ?", (key,)).fetchone()
            if row is not None:
                value = self._hot.put(key, row[0])
        return default if value is _MISSING else value

    def __contains__(self, key: Hashable) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __getitem__(self, key: Hashable):
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __setitem__(self, key: Hashable, value) -> None:
        self._new[key] = value
        if key in self._hot:
            self._hot[key] = value
        if len(self._new) >= self.limit:
            self._spill()

    def setdefault(self, key: Hashable, value):
        have = self.get(key, _MISSING)
        if have is _MISSING:
            self[key] = value
            return value
        return have

    def __len__(self) -> int:
        if self._db is None:
            return len(self._new)
        self._spill()
        return self._spilled

    @property
    def on_disk(self) -> bool:
        """Whether some entries were moved to disk."""
        return self._db is not None

    def clear(self) -> None:
        self._new.clear()
        self._hot.clear()
        self.close()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
            self._spilled = 0

    def _spill(self) -> None:
        if self._db is None:
            self._db = sqlite3.connect("", check_same_thread=False)  # one user at a time, any thread
            self._db.execute("PRAGMA journal_mode = OFF")
            self._db.execute("PRAGMA synchronous = OFF")
            self._db.execute("CREATE TABLE kv (k PRIMARY KEY, v) WITHOUT ROWID")
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO kv VALUES (?, ?)", self._new.items())
        self._spilled = self._db.execute("SELECT count(*) FROM kv").fetchone()[0]
        self._new.clear()

    def __del__(self) -> None:
        self.close()


class SpillSet:
    """A set over SpillDict: `add` and `in`."""

    def __init__(self, limit: int | None = None):
        self._d = SpillDict(limit)

    def add(self, key: Hashable) -> None:
        self._d[key] = 1

    def __contains__(self, key: Hashable) -> bool:
        return key in self._d

    def __len__(self) -> int:
        return len(self._d)


_MISSING = object()
