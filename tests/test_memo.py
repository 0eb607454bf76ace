"""kg.memo: memo tables that empty themselves when full, and extraction that does not care."""
from __future__ import annotations

import gc
import json

from kg import memo
from kg.memo import Memo


def test_a_full_memo_starts_again():
    m = Memo(limit=3)
    assert [m.put(k, k * 2) for k in range(3)] == [0, 2, 4] and len(m) == 3
    assert m.put(9, 18) == 18
    assert dict(m) == {9: 18}


def test_extraction_is_the_same_when_every_memo_keeps_three_entries(corpus_dir, monkeypatch):
    """The memos on the word and name paths only save work: emptied every third entry
    (as on a corpus of millions of new names), the extractions must not change."""
    from kg.extract import Extractor, build_nlp
    from kg.sources import read_papers

    papers = list(read_papers([str(corpus_dir)]))

    def extracted() -> list[str]:
        ex = Extractor(build_nlp())
        return [json.dumps(x.to_json(), sort_keys=True) for x in ex.pipe(papers)]

    before = extracted()
    memos = [o for o in gc.get_objects() if isinstance(o, Memo)]
    assert len(memos) >= 8  # the module tables, and those of the pipeline just built
    for m in memos:
        m.clear()
        monkeypatch.setattr(m, "limit", 3)
    monkeypatch.setattr(memo, "LIMIT", 3)  # and those the next pipeline builds
    assert extracted() == before
