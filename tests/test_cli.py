"""The `kg` command end to end, run as a user runs it: a subprocess on real files."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

COMMANDS = ["build", "add", "extract", "query", "serve", "view", "export"]


def kg(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=cwd, input=stdin, timeout=600)


@pytest.fixture(scope="module")
def cli_build(tmp_path_factory, corpus_dir) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("cli") / "out"
    return out, kg("build", str(corpus_dir), "--out", str(out))


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_command_has_help(command):
    result = kg(*([command] if command else []), "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout


def test_build_writes_every_output_with_96_papers_and_no_violation(cli_build):
    out, result = cli_build
    assert result.returncode == 0, result.stderr
    for name in ("kg.ttl", "extractions.jsonl", "graph.html", "store"):
        assert (out / name).exists(), name
    records = [json.loads(line) for line in (out / "extractions.jsonl").open()]
    assert len(records) == 96
    assert len({r["id"] for r in records}) == 96
    assert "papers" in result.stdout and " 96 " in result.stdout
    violations = next(line for line in result.stdout.splitlines() if "violations" in line)
    assert violations.split()[-2] == "0", violations
    graph = rdflib.Graph().parse(out / "kg.ttl", format="turtle")
    papers = set(graph.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/mlsys-kg/ontology#Paper")))
    assert len(papers) == 96


def test_repeated_papers_keep_all_their_sources(cli_build):
    out, _ = cli_build
    records = [json.loads(line) for line in (out / "extractions.jsonl").open()]
    multi = [r for r in records if len({s.rsplit(":", 1)[0] for s in r["sources"]}) > 1]
    assert len(multi) == 7


def test_turtle_is_accepted_by_an_independent_parser(cli_build):
    out, _ = cli_build
    if not shutil.which("rapper"):
        pytest.fail("rapper (raptor2-utils) is not installed: run install.sh")
    result = subprocess.run(["rapper", "-i", "turtle", "-c", str(out / "kg.ttl")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "returned" in result.stderr and "triples" in result.stderr


def test_build_again_replaces_and_never_duplicates(cli_build, tmp_path, corpus_dir):
    out, _ = cli_build
    first = (out / "kg.ttl").read_bytes()
    again = kg("build", str(corpus_dir), "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert (out / "kg.ttl").read_bytes() == first


def test_query_inline_sparql_over_turtle(cli_build):
    out, _ = cli_build
    result = kg("query", "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/mlsys-kg/ontology#Paper> }",
                "--data", str(out / "kg.ttl"))
    assert result.returncode == 0, result.stderr
    assert "96" in result.stdout


def test_named_query_over_an_exported_turtle_file_gives_the_store_rows(cli_build):
    """kg.ttl holds the default graph only; the summary graph some named queries read is
    derived again when a file is loaded, so the rows equal those from the build's store."""
    out, _ = cli_build
    from_file = kg("query", "leaderboard", "--data", str(out / "kg.ttl"), "--format", "csv")
    from_store = kg("query", "leaderboard", "--out", str(out), "--format", "csv")
    assert from_file.returncode == 0 and from_store.returncode == 0, from_file.stderr + from_store.stderr
    assert len(from_file.stdout.splitlines()) > 1 and from_file.stdout == from_store.stdout


def test_build_without_a_terminal_prints_its_phases_as_lines(cli_build):
    _, result = cli_build  # stderr is a pipe here, as in CI logs
    phases = [line for line in result.stderr.splitlines() if line.startswith("kg: ")]
    assert phases[0].startswith("kg: extracting") and any("kg.ttl" in line for line in phases)


def test_extract_to_stdout_and_file(tmp_path, corpus_dir):
    listing = corpus_dir / sorted(p.name for p in corpus_dir.iterdir())[0]
    result = kg("extract", str(listing))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all({"id", "proposed", "entities", "claims"} <= r.keys() for r in rows)
    target = tmp_path / "x.jsonl"
    result = kg("extract", str(listing), "-o", str(target))
    assert result.returncode == 0
    assert len(target.read_text().splitlines()) == len(rows)
    result = kg("extract", str(listing), "-o", "-", cwd=tmp_path)  # "-" is stdout, not a file named "-"
    assert result.returncode == 0 and result.stdout.splitlines() == [json.dumps(r, ensure_ascii=False) for r in rows]
    assert not (tmp_path / "-").exists()


def test_extract_reads_stdin():
    record = {"title": "FooServe: fast serving", "abstract": "We present FooServe, which is 2.5x faster than vLLM."}
    result = kg("extract", "-", "--format", "jsonl", stdin=json.dumps(record) + "\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "FooServe: fast serving"


def test_missing_input_is_one_line_error_and_keeps_the_previous_build(cli_build, tmp_path):
    out, _ = cli_build
    before = (out / "kg.ttl").read_bytes()
    result = kg("build", str(tmp_path / "nope.txt"), "--out", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "nope.txt" in lines[0]
    assert (out / "kg.ttl").read_bytes() == before


def test_malformed_record_is_reported_with_file_and_line_and_skipped(tmp_path):
    data = tmp_path / "papers.jsonl"
    data.write_text(json.dumps({"title": "A: one", "abstract": "A is 2x faster than B."}) + "\n"
                    + "{not json\n"
                    + json.dumps({"title": "C: three", "abstract": "C is fast."}) + "\n")
    result = kg("extract", str(data))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
    assert "papers.jsonl:2" in result.stderr


def test_unknown_format_is_a_user_error(tmp_path):
    data = tmp_path / "x.txt"
    data.write_text("hello")
    result = kg("extract", str(data), "--format", "pdf")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1


def test_nothing_is_written_to_the_working_directory(tmp_path, corpus_dir):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    out = tmp_path / "out"
    result = kg("build", str(corpus_dir), "--out", str(out), cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert list(cwd.iterdir()) == []


def test_parallel_and_dask_builds_give_the_same_graph(cli_build, tmp_path, corpus_dir):
    out, _ = cli_build
    serial = (out / "kg.ttl").read_bytes()
    for flags in (["--jobs", "2"], ["--dask", "local"]):
        target = tmp_path / flags[0].strip("-")
        result = kg("build", str(corpus_dir), "--out", str(target), *flags)
        assert result.returncode == 0, result.stderr
        assert (target / "kg.ttl").read_bytes() == serial, flags
    assert sorted(p.name for p in (tmp_path / "dask" / "nt").iterdir())[0] == "part-00000.entities.nt"


def test_view_and_export_on_a_build(cli_build, tmp_path):
    out, _ = cli_build
    result = kg("view", "vLLM", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / "view-vllm.html").is_file()
    unknown = kg("view", "NoSuchSystem", "--out", str(out))
    assert unknown.returncode == 1
    assert unknown.stderr.strip().splitlines() == [unknown.stderr.strip()] and "NoSuchSystem" in unknown.stderr
    import networkx as nx

    target = tmp_path / "g.graphml"
    assert kg("export", str(target), "--format", "graphml", "--out", str(out)).returncode == 0
    assert nx.read_graphml(target).number_of_nodes() > 96
    bad = kg("export", str(tmp_path / "g.pdf"), "--format", "pdf", "--out", str(out))
    assert bad.returncode == 1 and "pdf" in bad.stderr
