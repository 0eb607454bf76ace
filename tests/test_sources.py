"""Readers: every format, the listing's odd spots, dedup across inputs, errors, and the gold corpus."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from kg.records import Paper, Source, fold
from kg.sources import (InputError, detect_format, is_abstract, iter_records, parse_date,
                        parse_meta, read_papers)

DATA = Path(__file__).parent / "data"
LISTING, ARXIV, JSONL = (str(DATA / n) for n in ("listing_odd.txt", "arxiv_blocks.txt", "papers.jsonl"))

ABSTRACT = ("Schedulers for GPU clusters ignore the network topology. We place jobs so that "
            "their collective operations stay inside one switch, which cuts the time of "
            "all-reduce by 40% and raises cluster utilisation by 12% on 512 GPUs.")


def read(paths, **kw) -> tuple[list[Paper], list[str]]:
    errors: list[str] = []
    return list(read_papers([str(p) for p in paths], on_error=errors.append, **kw)), errors


# ---------------------------------------------------------------- the sample corpus

def test_corpus_matches_gold(corpus_dir):
    """96 distinct papers from 103 abstracts; each gold paper found with its exact title and abstract."""
    papers, errors = read([corpus_dir])
    assert errors == []
    assert len(papers) == 96
    assert sum(len(p.sources) for p in papers) == 103
    assert len({p.id for p in papers}) == 96
    by_key = {}
    for p in papers:
        if p.title:
            by_key["t:" + fold(p.title)] = p
        by_key["a:" + fold(p.abstract)[:80]] = p
    gold = [json.loads(line) for line in (corpus_dir.parent / "gold" / "dev.jsonl").open()]
    assert len(gold) == 96
    for g in gold:
        p = by_key.get("t:" + fold(g["title"] or "")) or by_key.get("a:" + fold(g["abstract"])[:80])
        assert p is not None, g["id"]
        assert (p.title, p.abstract) == (g["title"], g["abstract"]), g["id"]
        assert Path(p.sources[0].file).name == g["source"], g["id"]


def test_corpus_metadata_and_repeats(corpus_dir):
    papers, _ = read([corpus_dir])
    by_title = {p.title: p for p in papers if p.title}
    paca = by_title["PaCA: Partial Connection Adaptation for Efficient Fine-Tuning"]
    assert (paca.date, paca.authors, paca.upvotes) == ("Feb 28", 6, None)
    assert paca.sources == [Source(str(corpus_dir / "000_84037230e4a15c5a.txt"), 13)]
    qwen = next(p for t, p in by_title.items() if t.startswith("Open-Qwen2VL"))
    assert (qwen.date, qwen.authors, qwen.upvotes) == ("Apr 1", 5, 7)
    mirror = next(p for t, p in by_title.items() if t.startswith("Mirror Speculative"))
    assert (mirror.date, mirror.authors, mirror.upvotes) == ("Oct 15", None, 2)  # "apple Apple" skipped
    # Tilus is titled in the listing and untitled in the arXiv dump: one paper, both sources.
    tilus = next(p for t, p in by_title.items() if t.startswith("Tilus"))
    assert [Path(s.file).name for s in tilus.sources] == ["000_84037230e4a15c5a.txt",
                                                          "001_7b903840775064f1.txt"]
    assert tilus.sources[1].line == 2
    assert sum(1 for p in papers if len(p.sources) > 1) == 7
    assert sum(1 for p in papers if p.title is None) == 9


# ---------------------------------------------------------------- line shapes

@pytest.mark.parametrize("text, expected", [
    ("Feb 28", ("Feb 28", None)),          # day 28, not 28 upvotes
    ("Apr 1 7", ("Apr 1", 7)),
    ("Apr 17", ("Apr 17", None)),
    ("Nov 25, 2024", ("Nov 25, 2024", None)),
    ("Nov 7, 2024 2", ("Nov 7, 2024", 2)),
    ("Sep 13, 2023 12", ("Sep 13, 2023", 12)),
    ("2024-05-01", ("2024-05-01", None)),
    ("Feb 32", None),
    ("May 2024", None),
    ("Subscribe", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_parse_meta():
    assert parse_meta("  • 6 authors".strip()) == {"authors": 6}
    assert parse_meta("• 1 author") == {"authors": 1}
    assert parse_meta("·") == {}
    assert parse_meta("Apr 8 6") == {"date": "Apr 8", "upvotes": 6}
    assert parse_meta("• 3 authors · Mar 1, 2024") == {"authors": 3, "date": "Mar 1, 2024"}
    assert parse_meta("apple Apple · Oct 15 2") == {"date": "Oct 15", "upvotes": 2}
    assert parse_meta("apple Apple") is None
    assert parse_meta("Tutel: Adaptive Mixture-of-Experts at Scale") is None


def test_titles_and_abstracts_told_apart_by_shape():
    assert not is_abstract("Hogwild! Inference: Parallel LLM Generation via Concurrent Attention")
    assert not is_abstract("DNN is not all you need: Parallelizing Non-Neural ML Algorithms on "
                           "Ultra-Low-Power IoT Processors")
    assert not is_abstract("Is Attention All You Need for Serving?")
    assert is_abstract(ABSTRACT)
    assert is_abstract("Short abstracts exist too. This one has two sentences and quite a few "
                       "words in it, more than twenty-five of them, spread out over the line.")


# ---------------------------------------------------------------- listings

def test_listing_fixture():
    papers, errors = read([LISTING])
    assert errors == []
    got = [(p.title, (p.abstract or "")[:20], p.date, p.authors, p.upvotes, p.sources[0].line)
           for p in papers]
    assert got == [
        ("QuickServe: Fast Batched Inference for Small Language Models", "Serving small langua",
         "Apr 1", 4, 7, 13),
        ("A Title Whose Abstract Was Not Copied", "", "Feb 28", 3, None, 21),  # title only
        (None, "Large clusters waste", None, None, None, 27),                   # abstract only
        ("Another Lonely Title: Listed Without Any Text", "", None, None, None, 29),
        ("KernelFuse: Compiling Chains of GPU Operators into One Kernel", "Chaining many small ",
         "Nov 25, 2024", None, None, 30),
        ("Sparse Attention Revisited for Long Contexts", "Long-context inferen",
         "Nov 7, 2024", 6, 12, 38),
    ]
    assert papers[1].abstract is None and papers[2].title is None
    # the hard-wrapped abstract is joined into one paragraph
    assert papers[5].abstract.startswith("Long-context inference spends most of its time in "
                                         "attention over tokens that barely matter.")
    assert papers[5].abstract.endswith("on sequences of 128K tokens.")
    # no chrome line became a paper
    assert not any(p.title and "Subscribe" in p.title for p in papers)


def test_listing_without_chrome_or_metadata(tmp_path):
    f = tmp_path / "bare.txt"
    f.write_text(f"Topology-Aware Job Placement\n\n{ABSTRACT}\n\nA Second Title Alone\n")
    papers, _ = read([f])
    assert [(p.title, p.abstract) for p in papers] == [
        ("Topology-Aware Job Placement", ABSTRACT), ("A Second Title Alone", None)]


def test_chrome_in_the_middle_does_not_give_its_date_to_a_paper(tmp_path):
    f = tmp_path / "two_pages.txt"
    f.write_text(f"Topology-Aware Job Placement\n\n{ABSTRACT}\n\nDaily Papers\n\n"
                 "byAK and the research community\n\nMar 12\n")
    (paper,), _ = read([f])
    assert paper.date is None


# ---------------------------------------------------------------- arXiv and JSON Lines

def test_arxiv_one_abstract_per_line(corpus_dir):
    records = list(iter_records([str(corpus_dir / "001_7b903840775064f1.txt")]))
    assert len(records) == 10
    assert all(r.title is None and r.abstract and not r.abstract.startswith("Abstract")
               for r in records)
    assert [r.sources[0].line for r in records] == list(range(1, 11))


def test_arxiv_title_blocks():
    papers, errors = read([ARXIV])
    assert errors == []
    assert [(p.title, (p.abstract or "")[:16], p.authors, p.sources[0].line) for p in papers] == [
        ("PipeShard: Pipeline and Shard Parallelism for Training Giant Models",
         "Training models ", 3, 1),
        ("A Paper Whose Abstract Is Missing", "", None, 7),
        (None, "Quantized infere", None, 9),
        (None, "Graph neural net", None, 10),
    ]
    assert "sharded data parallelism. PipeShard plans" in papers[0].abstract  # continuation lines


def test_jsonl_records_and_malformed_lines_reported():
    papers, errors = read([JSONL])
    assert errors == [f"{JSONL}:3: not JSON: Expecting value (column 1)",
                      f"{JSONL}:4: record has neither title nor abstract",
                      f"{JSONL}:7: not a JSON object"]
    first, title_only, abstract_only = papers
    assert (first.id, first.url, first.date, first.authors) == (
        "x-1", "https://example.org/ringcache", "2024-05-01", 3)
    assert (title_only.title, title_only.abstract, title_only.authors) == ("Only a Title Here", None, 2)
    assert (abstract_only.title, abstract_only.upvotes) == (None, 4)
    assert abstract_only.sources == [Source(JSONL, 6)]


def test_fmt_overrides_detection(tmp_path):
    f = tmp_path / "odd.txt"
    f.write_text('not json at first\n{"title": "Forced JSON Lines Title"}\n')
    papers, errors = read([f], fmt="jsonl")
    assert [p.title for p in papers] == ["Forced JSON Lines Title"]
    assert errors == [f"{f}:1: not JSON: Expecting value (column 1)"]
    with pytest.raises(InputError, match="unknown format 'csv'"):
        read([f], fmt="csv")


def test_detect_format(corpus_dir):
    assert detect_format(str(corpus_dir / "000_84037230e4a15c5a.txt")) == "listing"
    assert detect_format(str(corpus_dir / "003_93308203e75138fa.txt")) == "listing"
    assert detect_format(str(corpus_dir / "001_7b903840775064f1.txt")) == "arxiv"
    assert detect_format(ARXIV) == "arxiv"
    assert detect_format(JSONL) == "jsonl"
    assert detect_format('\n{"title": "x"}\n') == "jsonl"
    assert detect_format(f"Some Title\n\n{ABSTRACT}\n") == "listing"
    with pytest.raises(InputError, match=r"^<text>:2: cannot tell the format"):
        detect_format("\nid,title,abstract\n1,a,b\n")


# ---------------------------------------------------------------- dedup

def test_dedup_fills_title_and_metadata_from_a_later_copy(tmp_path):
    (tmp_path / "a.txt").write_text(f"Abstract:{ABSTRACT}\n")
    (tmp_path / "b.txt").write_text(f"Topology-Aware Job Placement\n\n{ABSTRACT}\n\n"
                                    "  • 5 authors\n·\nMar 3, 2024 9\n")
    (paper,), _ = read([tmp_path])
    assert paper.title == "Topology-Aware Job Placement" and paper.abstract == ABSTRACT
    assert (paper.date, paper.authors, paper.upvotes) == ("Mar 3, 2024", 5, 9)
    assert paper.sources == [Source(str(tmp_path / "a.txt"), 1), Source(str(tmp_path / "b.txt"), 1)]
    assert paper.id == Paper("Topology-Aware Job Placement", ABSTRACT, []).id


def test_dedup_fills_abstract_of_a_title_only_copy(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"title": "Topology-Aware Job Placement"}\n')
    (tmp_path / "b.jsonl").write_text(json.dumps({"title": "Topology-aware job placement",
                                                  "abstract": ABSTRACT}) + "\n")
    (paper,), _ = read([tmp_path])
    assert (paper.title, paper.abstract) == ("Topology-Aware Job Placement", ABSTRACT)
    assert paper.id == Paper(None, ABSTRACT, []).id  # same id whichever copy came first
    assert len(paper.sources) == 2


def test_same_file_twice_is_one_paper_per_record(tmp_path):
    papers, _ = read([LISTING, LISTING])
    assert len(papers) == 6
    assert all(len(p.sources) == 2 for p in papers)


# ---------------------------------------------------------------- inputs

def test_folder_sorted_recursive_skipping_hidden(tmp_path):
    (tmp_path / "b.txt").write_text(f"Abstract:{ABSTRACT}\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_text('{"title": "Nested Title Only"}\n')
    (tmp_path / "a.txt").write_text("Abstract:" + ABSTRACT.replace("40%", "41%").replace(
        "Schedulers", "Placers") + "\n")
    (tmp_path / ".hidden.txt").write_text("{broken\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("{broken\n")
    (tmp_path / "notes.md").write_text("not a paper file\n")
    papers, errors = read([tmp_path])
    assert errors == []
    assert [Path(p.sources[0].file).relative_to(tmp_path).as_posix() for p in papers] == [
        "a.txt", "b.txt", "sub/a.jsonl"]


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(Path(LISTING).read_text(encoding="utf-8")))
    papers, _ = read(["-", LISTING])
    assert len(papers) == 6
    assert papers[0].sources == [Source("-", 13), Source(LISTING, 13)]


def test_stdin_records_stream(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"Abstract:{ABSTRACT}\n"))
    (record,) = iter_records(["-"])
    assert record.sources == [Source("-", 1)] and record.abstract == ABSTRACT


def test_empty_inputs_give_no_papers(tmp_path, monkeypatch):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.jsonl").write_text("\n  \n\n")
    assert read([tmp_path]) == ([], [])
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert read(["-"]) == ([], [])


def test_missing_path_is_an_input_error(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as exc:
        read([LISTING, missing])
    assert str(exc.value) == f"{missing}: no such file or folder"


def test_unknown_format_names_file_and_line(tmp_path):
    f = tmp_path / "table.csv"
    f.write_text("\n\nid,title,abstract\n1,x,y\n")
    with pytest.raises(InputError) as exc:
        read([f])
    msg = str(exc.value)
    assert msg.startswith(f"{f}:3: cannot tell the format") and "\n" not in msg


def test_not_utf8_names_file_and_line(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes(b"Abstract:fine line\nAbstract:caf\xe9 au lait\n")
    with pytest.raises(InputError, match=rf"^{f}:2: not UTF-8 text"):
        read([f])


def test_folder_without_supported_files(tmp_path):
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(InputError, match="folder holds no"):
        read([tmp_path])


def test_real_stdin_in_a_subprocess(tmp_path):
    """The byte-level stdin path (sys.stdin.buffer) as the CLI meets it."""
    import subprocess
    code = ("import sys; from kg.sources import read_papers, InputError\n"
            "try:\n"
            "    for p in read_papers(['-']): print(p.sources[0], p.title, p.upvotes)\n"
            "except InputError as e: print('error:', e)\n")
    out = subprocess.run([sys.executable, "-c", code], input=Path(LISTING).read_bytes(),
                         capture_output=True, check=True).stdout.decode()
    assert out.splitlines()[0] == "-:13 QuickServe: Fast Batched Inference for Small Language Models 7"
    assert len(out.splitlines()) == 6
    out = subprocess.run([sys.executable, "-c", code], input=b"Abstract:ok\r\nAbstract:\xff\n",
                         capture_output=True, check=True).stdout.decode()
    assert out.startswith("error: -:2: not UTF-8 text")


def test_detect_format_on_a_missing_path():
    with pytest.raises(InputError, match="^nowhere/x.txt: no such file$"):
        detect_format("nowhere/x.txt")


def test_dedup_is_the_same_when_its_index_moves_to_disk(tmp_path, monkeypatch):
    """Past kg.spill.LIMIT entries the dedup index lives in SQLite; the papers must not change."""
    from kg import spill

    (tmp_path / "a.jsonl").write_text("".join(
        json.dumps({"title": f"Paper number {i}", "abstract": ABSTRACT.replace("40%", f"{i}%")}) + "\n"
        for i in range(30)))
    (tmp_path / "b.jsonl").write_text("".join(  # every third paper again, title only, with a date
        json.dumps({"title": f"Paper number {i}", "date": "2024-01-02"}) + "\n" for i in range(0, 30, 3)))
    in_memory, _ = read([tmp_path])
    monkeypatch.setattr(spill, "LIMIT", 4)
    on_disk, _ = read([tmp_path])
    assert on_disk == in_memory
    assert len(in_memory) == 30
    assert [len(p.sources) for p in in_memory[:4]] == [2, 1, 1, 2]
    assert in_memory[3].date == "2024-01-02" and in_memory[1].date is None
