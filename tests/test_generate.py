"""The synthetic corpus generator: reproducible, streamed, realistic enough to benchmark on."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402


def gen(tmp_path: Path, n: int, fmt: str, seed: int = 0, name: str | None = None) -> Path:
    out = tmp_path / (name or f"c{n}-{seed}.{fmt}")
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(n),
                             "--format", fmt, "--seed", str(seed), "-o", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("fmt", ["listing", "jsonl"])
def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path, fmt):
    a = gen(tmp_path, 200, fmt, seed=3, name="a")
    b = gen(tmp_path, 200, fmt, seed=3, name="b")
    c = gen(tmp_path, 200, fmt, seed=4, name="c")
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path):
    small = gen(tmp_path, 50, "jsonl").read_text(encoding="utf-8")
    large = gen(tmp_path, 300, "jsonl").read_text(encoding="utf-8")
    assert large.startswith(small)


def test_jsonl_records_are_realistic_abstracts(tmp_path):
    lines = gen(tmp_path, 500, "jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 500
    records = [json.loads(line) for line in lines]
    lengths = [len(r["abstract"]) for r in records]
    assert 900 <= min(lengths) and max(lengths) <= 1700
    assert 1100 <= sum(lengths) / len(lengths) <= 1500
    # Every paper proposes its own system, names it in the title and compares it with a number.
    for r in records:
        name = r["title"].split(":")[0]
        assert name in r["abstract"][:200]
        assert re.search(r"\d(\.\d+)?(x|%)", r["abstract"]), r["abstract"]
    assert len({r["title"] for r in records}) == 500
    assert {"title", "abstract", "date", "authors", "url"} <= set(records[0])


def test_listing_has_the_page_chrome_then_one_block_per_paper(tmp_path):
    text = gen(tmp_path, 40, "listing").read_text(encoding="utf-8")
    assert text.startswith("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\n")
    assert len(re.findall(r"^  \u2022 \d+ authors\n\u00b7\n\w{3} \d{1,2}(, \d{4})?( \d+)?$", text, re.M)) == 40
    records = [json.loads(x) for x in gen(tmp_path, 40, "jsonl").read_text(encoding="utf-8").splitlines()]
    for r in records:
        assert f"\n{r['title']}\n\n{r['abstract']}\n\n" in text


def test_system_names_stay_distinct_after_folding_over_the_whole_name_space():
    fold = lambda s: re.sub(r"[^0-9a-z]", "", s.lower())  # noqa: E731 - the readers' dedup folding
    n = generate.N_NAMES + 2000  # past the end the names get a version suffix
    names = {fold(generate.system_name(i, seed=5)) for i in range(n)}
    assert len(names) == n


def test_writing_is_streamed_memory_does_not_grow_with_n():
    def peak(n: int) -> int:
        sink = io.StringIO()
        sink.write = lambda s: len(s)  # discard output: only the generator's own memory counts
        tracemalloc.start()
        generate.write(n, "listing", sink, dup_rate=0.05)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(200), peak(4000)
    assert large < small * 1.5 + 50_000, (small, large)


def test_duplicates_are_exact_repeats_and_read_back_as_one_paper(tmp_path):
    sources = pytest.importorskip("kg.sources")
    out = tmp_path / "dups.txt"
    with out.open("w", encoding="utf-8") as fh:
        generate.write(300, "listing", fh, seed=1, dup_rate=0.1)
    papers = list(sources.read_papers([str(out)], fmt="listing"))
    distinct = {(p.title, p.abstract) for p in generate.generate(300, seed=1, dup_rate=0.1)}
    assert len(papers) == len(distinct) < 300


@pytest.mark.parametrize("fmt", ["listing", "jsonl"])
def test_the_readers_read_back_every_paper(tmp_path, fmt):
    sources = pytest.importorskip("kg.sources")
    path = gen(tmp_path, 300, fmt)
    errors: list[str] = []
    papers = list(sources.read_papers([str(path)], fmt=fmt, on_error=errors.append))
    assert errors == []
    expected = list(generate.generate(300))
    assert [(p.title, p.abstract) for p in papers] == [(e.title, e.abstract) for e in expected]
    assert len({p.id for p in papers}) == 300
    assert [p.authors for p in papers] == [e.authors for e in expected]
