"""Named competency questions on a small hand-built graph whose answers are known."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kg import queries as Q
from kg import rdf, summaries
from kg.records import Claim, Extraction, Mention, Paper, Source
from kg.store import Store


def paper(title: str, claims: list[Claim], techniques=(), hardware=()) -> Extraction:
    p = Paper(title=title, abstract=f"Abstract of {title}.", sources=[Source("t.txt", 1)])
    mentions = [Mention(t, "Technique", 0, 1) for t in techniques] + [Mention(h, "Hardware", 0, 1) for h in hardware]
    return Extraction(p, mentions=mentions, claims=claims)


def claim(s, b, kind="speedup", value=2.0, better=True, hw=(), unit="x") -> Claim:
    return Claim(s, b, kind, kind, value, unit, better=better, hardware=list(hw), evidence=f"{s} vs {b}: {value}{unit}.")


CORPUS = [
    paper("Alpha", [claim("Xsys", "Ysys", value=2.0, hw=["A100"]), claim("Ysys", "Zsys", value=3.0)],
          techniques=["quantization"], hardware=["A100"]),
    paper("Beta", [claim("Ysys", "Xsys", value=1.5)], techniques=["kernel fusion"], hardware=["A100", "H100"]),
    paper("Gamma", [claim("Xsys", "Wsys", "time", 40.0, better=False, unit="%"),
                    claim("Vsys", "Ysys", "memory", 9.0, hw=["H100"])], hardware=["H100"]),
    paper("Delta", [claim("Vsys", "Ysys", "speedup", 12.5, hw=["H100"])], techniques=["quantization"],
          hardware=["H100"]),
]


@pytest.fixture(scope="module")
def store():
    with Store() as s:
        for ex in CORPUS:
            s.add(rdf.triples(ex))
        summaries.refresh(s)  # what a build does: hardware and leaderboard questions read them
        yield s


def rows_as_dicts(columns, rows):
    return [dict(zip(columns, r)) for r in rows]


def test_every_query_file_states_its_question_and_runs(store):
    qs = Q.list_queries()
    names = {q.name for q in qs}
    assert {"outperformers", "baselines", "hardware", "techniques-by-hardware", "leaderboard",
            "leaderboard-by-hardware", "chains", "contradictions", "system"} <= names
    for q in qs:
        assert q.question.endswith("?"), q.name
        columns, rows = Q.run(store, q.name, {p: "Ysys" for p in q.params})
        assert columns, q.name


def test_outperformers_respects_better_and_ignores_case(store):
    cols, rows = Q.run(store, "outperformers", {"system": "xSYS"})
    got = {(r["winner"], r["value"], r["unit"]) for r in rows_as_dicts(cols, rows)}
    assert got == {("Ysys", 1.5, "x"), ("Wsys", 40.0, "%")}  # Wsys wins where Xsys is "worse"
    cols, rows = Q.run(store, "outperformers", {"system": "Ysys"})
    d = rows_as_dicts(cols, rows)
    assert {r["winner"] for r in d} == {"Xsys", "Vsys"}
    assert any(r["hardware"] == "A100" and r["paper"] for r in d)


def test_baselines_hardware_and_techniques(store):
    cols, rows = Q.run(store, "baselines", {})
    top = rows_as_dicts(cols, rows)[0]
    assert top["system"] == "Ysys" and top["papers"] == 3
    cols, rows = Q.run(store, "hardware", {})
    assert rows_as_dicts(cols, rows)[0]["hardware"] == "H100"
    cols, rows = Q.run(store, "techniques-by-hardware", {})
    assert {(r["hardware"], r["technique"], r["papers"]) for r in rows_as_dicts(cols, rows)} >= {
        ("H100", "quantization", 1), ("A100", "quantization", 1), ("A100", "kernel fusion", 1)}


def test_leaderboards(store):
    cols, rows = Q.run(store, "leaderboard", {})
    best = {r["kind"]: (r["best"], r["system"]) for r in rows_as_dicts(cols, rows)}
    assert best["speedup"] == (12.5, "Vsys") and best["memory"] == (9.0, "Vsys")
    assert "time" not in best  # only factors (unit x) where the subject is better
    cols, rows = Q.run(store, "leaderboard-by-hardware", {})
    d = {(r["hardware"], r["kind"]): r["best"] for r in rows_as_dicts(cols, rows)}
    assert d[("H100", "speedup")] == 12.5 and d[("A100", "speedup")] == 2.0


def test_chains_and_contradictions(store):
    cols, rows = Q.run(store, "chains", {})
    chains = {tuple(r) for r in rows}
    assert ("Xsys", "Ysys", "Zsys") in chains and ("Vsys", "Ysys", "Zsys") in chains
    assert all(r[0] != r[2] for r in rows)
    cols, rows = Q.run(store, "contradictions", {})
    d = rows_as_dicts(cols, rows)
    assert len(d) == 1 and {d[0]["x"], d[0]["y"]} == {"Xsys", "Ysys"} and d[0]["kind"] == "speedup"
    assert d[0]["paper1"] != d[0]["paper2"]


def test_system_profile(store):
    cols, rows = Q.run(store, "system", {"system": "ysys"})
    rel = {(r["relation"], r["other"]) for r in rows_as_dicts(cols, rows)}
    assert ("label", "Ysys") in rel and ("outperforms", "Zsys") in rel and ("outperformed by", "Vsys") in rel
    assert ("claim as baseline", "Xsys") in rel and ("claim as subject", "Zsys") in rel


@pytest.mark.parametrize("evil", ['") } SELECT * WHERE { ?s ?p ?o } #', 'a\\', 'x"y', "new\nline",
                                  "\\u0022) } #", "'; DROP", "$system"])
def test_parameters_are_escaped_literals(store, evil):
    cols, rows = Q.run(store, "outperformers", {"system": evil})
    assert rows == []  # no injection: the value is only ever compared as a string
    assert Q.literal(evil) in Q.get("outperformers").sparql({"system": evil})


def test_parameter_errors_name_the_problem(store):
    with pytest.raises(Q.QueryError, match="needs --param system"):
        Q.run(store, "outperformers", {})
    with pytest.raises(Q.QueryError, match="takes no parameter"):
        Q.run(store, "chains", {"system": "x"})
    with pytest.raises(Q.QueryError, match="no query named 'nope'.*known: baselines"):
        Q.run(store, "nope", {})


def test_raw_sparql_ask_and_construct(store):
    assert Q.run(store, "ASK { ?s kgo:outperforms ?o }", {}) == (["answer"], [[True]])
    cols, rows = Q.run(store, "CONSTRUCT { ?a kgo:outperforms ?b } WHERE { ?a kgo:outperforms ?b }", {})
    assert cols == ["subject", "predicate", "object"] and len(rows) >= 4


def test_output_formats_round_trip(store):
    cols, rows = Q.run(store, "outperformers", {"system": "Ysys"})
    table = Q.render(cols, rows, "table")
    assert table.splitlines()[0].split()[:2] == ["winner", "value"]
    back = list(csv.reader(io.StringIO(Q.render(cols, rows, "csv"))))
    assert back[0] == cols and len(back) == len(rows) + 1
    tsv = list(csv.reader(io.StringIO(Q.render(cols, rows, "tsv")), delimiter="\t"))
    assert tsv == back
    data = json.loads(Q.render(cols, rows, "json"))
    assert [d["winner"] for d in data] == [r[0] for r in rows]
    with pytest.raises(Q.QueryError, match="unknown output format"):
        Q.render(cols, rows, "xlsx")
    assert Q.cell(2.0) == "2" and Q.cell(1.78) == "1.78" and Q.cell(None) == "" and Q.cell(True) == "true"


def test_query_files_inline_params_and_syntax_errors(store, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("# Who beats a system?\n# param: who  a name\n"
                  "SELECT ?w WHERE { ?a kgo:outperforms ?b . ?b rdfs:label $who . ?a rdfs:label ?w }\n")
    assert Q.run(store, str(rq), {"who": "Zsys"}) == (["w"], [["Ysys"]])
    cols, rows = Q.run(store, "SELECT ?w WHERE { ?a kgo:outperforms ?b . ?b rdfs:label $who . ?a rdfs:label ?w }",
                       {"who": "Zsys"})
    assert rows == [["Ysys"]]
    with pytest.raises(Q.QueryError, match="no such query file"):
        Q.run(store, str(tmp_path / "missing.rq"), {})
    with pytest.raises(Q.QueryError, match="syntax error"):
        Q.run(store, "SELECT WHERE {", {})


def test_open_source_from_a_turtle_file_or_a_build(tmp_path, store):
    ttl = tmp_path / "kg.ttl"
    store.dump(ttl)
    with Q.open_source(data=ttl) as s:
        assert Q.run(s, "chains", {})[1]
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    with pytest.raises(Q.QueryError, match="not valid RDF"):
        Q.open_source(data=bad)
    with pytest.raises(FileNotFoundError, match="no build here"):
        Q.open_source(out_dir=tmp_path)
    assert Q.format_rows(["a"], [[1]], "csv") == "a\n1\n"


# ------------------------------------------------- rewrites keep their answers

BEFORE = Path(__file__).parent / "data" / "queries-before"
# GROUP_CONCAT joins its values in no set order: compare those cells as sets
CONCATENATED = {("outperformers", "hardware")}


def same_answers(store, name: str, params: dict) -> tuple[list, list]:
    """(rows of the named query, rows of its text before the speed rewrite), comparable."""
    def normal(columns, rows):
        out = []
        for row in rows:
            out.append(tuple(", ".join(sorted(v.split(", "))) if (name, c) in CONCATENATED and v else v
                             for c, v in zip(columns, row)))
        return sorted(out, key=repr)

    new_cols, new = Q.run(store, name, params)
    old_cols, old = Q.run(store, str(BEFORE / f"{name}.rq"), params)
    assert new_cols == old_cols, name
    return normal(new_cols, new), normal(old_cols, old)


def test_every_rewritten_query_has_its_older_text():
    assert {p.stem for p in BEFORE.glob("*.rq")} == {q.name for q in Q.list_queries()}


@pytest.mark.parametrize("name", sorted(p.stem for p in BEFORE.glob("*.rq")))
def test_rewritten_queries_answer_as_before(store, name):
    answered = 0
    for system in (["xSYS", "Ysys", "vsys", "Zsys", "nobody"] if Q.get(name).params else [None]):
        params = {"system": system} if system else {}
        new, old = same_answers(store, name, params)
        assert new == old, (name, params)
        answered += bool(new)
    assert answered, f"{name}: no rows on the test graph, so the comparison proves nothing"
