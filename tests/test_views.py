"""The views' networkx models, the generated HTML and the exports, on small RDF graphs.

Graphs are built directly with rdflib in the vocabulary of ontology/VOCABULARY.md
(`rdf_graph`), from records shaped like the gold file; one test goes through
kg.rdf.to_graph and kg.store.Store when those exist.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.views import (comparison_graph, entity_graph, find_system, leaderboard, load, system_graph,
                      write_system_view, write_views)
from kg.views.html import script_json

KGO = Namespace("https://w3id.org/mlsys-kg/ontology#")
KGI = "https://w3id.org/mlsys-kg/id/"
XSS = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"


def key(name: str) -> str:
    return quote(re.sub(r"\s+", "-", name.strip().lower()), safe="-")


def rdf_graph(records: list[dict]) -> Graph:
    """An RDF graph in the project vocabulary from gold-shaped records (id, title, entities, claims)."""
    g = Graph()
    g.bind("kgo", KGO)

    def entity(name: str, etype: str) -> URIRef:
        node = URIRef(f"{KGI}{etype.lower()}/{key(name)}")
        g.add((node, RDF.type, KGO[etype]))
        if (node, RDFS.label, None) not in g:
            g.add((node, RDFS.label, Literal(name)))
        return node

    links = {"System": KGO.mentionsSystem, "Hardware": KGO.evaluatedOn, "Technique": KGO.usesTechnique,
             "Model": KGO.usesModel, "Dataset": KGO.usesDataset, "Metric": KGO.reportsMetric}
    for r in records:
        paper = URIRef(f"{KGI}paper/{r['id']}")
        g.add((paper, RDF.type, KGO.Paper))
        g.add((paper, DCTERMS.identifier, Literal(r["id"])))
        if r.get("title"):
            g.add((paper, DCTERMS.title, Literal(r["title"])))
        if r.get("url"):
            g.add((paper, RDFS.seeAlso, URIRef(r["url"])))
        sentences = re.split(r"(?<=[.!?])\s+", r.get("abstract") or "")
        n = 0
        for etype, names in r.get("entities", {}).items():
            for name in names:
                name = name.split("|")[0]
                node = entity(name, etype)
                g.add((paper, links[etype], node))
                n += 1
                m = URIRef(f"{KGI}mention/{r['id']}-{n}")
                g.add((m, RDF.type, KGO.Mention))
                g.add((m, KGO.mentionOf, node))
                g.add((m, KGO.inPaper, paper))
                g.add((m, PROV.wasDerivedFrom, paper))
                sentence = next((s for s in sentences if name in s), "")
                if sentence:
                    g.add((m, KGO.evidence, Literal(sentence)))
        for name in r.get("proposed", []):
            g.add((paper, KGO.proposes, entity(name, "System")))
        for i, c in enumerate(r.get("claims", []), 1):
            claim = URIRef(f"{KGI}claim/{r['id']}-{i}")
            g.add((claim, RDF.type, KGO.Claim))
            g.add((claim, KGO.inPaper, paper))
            subject = entity(c["subject"], "System") if c.get("subject") else None
            baseline = entity(c["baseline"], "System") if c.get("baseline") else None
            if subject is not None:
                g.add((claim, KGO.subject, subject))
            if baseline is not None:
                g.add((claim, KGO.baseline, baseline))
                g.add((paper, KGO.comparesAgainst, baseline))
            if c.get("metric"):
                g.add((claim, KGO.metric, entity(c["metric"], "Metric")))
            g.add((claim, KGO.metricKind, URIRef(f"{KGI}kind/{c['metric_kind']}")))
            g.add((claim, KGO.value, Literal(repr(float(c["value"])), datatype=XSD.double)))
            if c.get("value_min") is not None:
                g.add((claim, KGO.valueMin, Literal(repr(float(c["value_min"])), datatype=XSD.double)))
            g.add((claim, KGO.unit, Literal(c["unit"])))
            if c.get("qualifier"):
                g.add((claim, KGO.qualifier, Literal(c["qualifier"])))
            g.add((claim, KGO.better, Literal(bool(c.get("better", True)))))
            for hw in c.get("hardware", []):
                g.add((claim, KGO.onHardware, entity(hw, "Hardware")))
            if c.get("evidence"):
                g.add((claim, KGO.evidence, Literal(c["evidence"])))
    for kind in ("speedup", "time", "throughput", "memory", "accuracy"):
        g.add((URIRef(f"{KGI}kind/{kind}"), SKOS.prefLabel, Literal(kind)))
    return g


def claim(subject, baseline, value, kind="throughput", unit="x", hardware=(), better=True, evidence=None, **kw):
    return {"subject": subject, "baseline": baseline, "metric": kw.get("metric", kind), "metric_kind": kind,
            "value": value, "unit": unit, "better": better, "hardware": list(hardware),
            "qualifier": kw.get("qualifier"), "value_min": kw.get("value_min"),
            "evidence": evidence or f"{subject} is {value}{unit} better than {baseline} in {kind}."}


def small_records() -> list[dict]:
    """Three papers, four systems: FastServe beats vLLM twice on one paper, vLLM beats FastServe in
    another (a throughput contradiction), and one title carries an injection attempt."""
    return [
        {"id": "p1", "title": "FastServe: fast LLM serving", "url": "https://example.org/p1",
         "abstract": "FastServe uses paged attention on A100. FastServe beats vLLM.",
         "proposed": ["FastServe"],
         "entities": {"System": ["FastServe", "vLLM"], "Hardware": ["A100"], "Technique": ["paged attention"],
                      "Model": ["LLaMA-7B"], "Dataset": ["ShareGPT"]},
         "claims": [claim("FastServe", "vLLM", 2.5, "throughput", hardware=["A100"], qualifier="up to"),
                    claim("FastServe", "vLLM", 30, "time", unit="%"),
                    claim("FastServe", None, 1.7, "speedup")]},
        {"id": "p2", "title": XSS, "abstract": "vLLM is the best. vLLM runs on H100.",
         "proposed": ["vLLM"],
         "entities": {"System": ["vLLM", "FastServe", "Orca"], "Hardware": ["H100"], "Technique": ["batching"]},
         "claims": [claim("vLLM", "FastServe", 1.3, "throughput", hardware=["H100"]),
                    claim("vLLM", "Orca", 4.0, "throughput", hardware=["H100"], value_min=2.0),
                    claim("SlowSys", "vLLM", 3.0, "time", better=False, evidence=XSS)]},
        {"id": "p3", "title": "Orca revisited", "abstract": "Orca with batching.",
         "entities": {"System": ["Orca"], "Technique": ["batching"]}, "claims": []},
    ]


@pytest.fixture
def small():
    return rdf_graph(small_records())


def iri(etype, name):
    return f"{KGI}{etype}/{key(name)}"


def test_load_reads_entities_papers_and_claims(small):
    facts = load(small)
    assert len(facts.papers) == 3
    assert facts.papers[f"{KGI}paper/p2"]["title"] == XSS
    systems = {label for t, label in facts.entities.values() if t == "System"}
    assert systems == {"FastServe", "vLLM", "Orca", "SlowSys"}
    assert len(facts.claims) == 6
    c = next(c for c in facts.claims if c.value == 4.0)
    assert (c.value_min, c.unit, c.kind, c.better) == (2.0, "x", "throughput", True)
    assert [facts.label(h) for h in c.hardware] == ["H100"]
    assert c.factor() == "2-4x"
    assert next(c for c in facts.claims if c.value == 2.5).factor() == "up to 2.5x"


def test_entity_graph_counts_and_tooltip_evidence(small):
    g = entity_graph(load(small))
    types = {}
    for _, d in g.nodes(data=True):
        types[d["type"]] = types.get(d["type"], 0) + 1
    assert types == {"Paper": 3, "System": 4, "Hardware": 2, "Technique": 2, "Model": 1, "Dataset": 1}
    links = [(a, b) for a, b, d in g.edges(data=True) if d["type"] == "link"]
    comps = [(a, b) for a, b, d in g.edges(data=True) if d["type"] == "comparison"]
    # p1: 6 entities; p2: vLLM FastServe Orca H100 batching + comparesAgainst Orca (merged); p3: 2
    assert len(links) == 6 + 5 + 2
    assert len(comps) == 4
    edge = g.edges[f"{KGI}paper/p1", iri("technique", "paged attention")]
    assert edge["evidence"] == "FastServe uses paged attention on A100."
    proposes = g.edges[f"{KGI}paper/p1", iri("system", "FastServe")]["relations"]
    assert "proposes" in proposes and "mentions" in proposes
    p1 = g.nodes[f"{KGI}paper/p1"]
    assert p1["hardware"] == [iri("hardware", "A100")] and p1["kinds"] == ["speedup", "throughput", "time"]


def test_comparisons_merge_claims_and_flag_contradictions(small):
    g = comparison_graph(load(small))
    fast, vllm, orca, slow = (iri("system", n) for n in ("FastServe", "vLLM", "Orca", "SlowSys"))
    assert set(g.nodes) == {fast, vllm, orca, slow}
    # two claims FastServe > vLLM become one edge listing both
    merged = g.edges[fast, vllm]
    assert len(merged["claims"]) == 2
    assert sorted(c.kind for c in merged["claims"]) == ["throughput", "time"]
    # better=False: SlowSys is worse, so vLLM wins
    assert g.has_edge(vllm, slow) and not g.has_edge(slow, vllm)
    # FastServe > vLLM and vLLM > FastServe on throughput
    assert merged["contradiction"] and merged["contradiction_kinds"] == ["throughput"]
    assert g.edges[vllm, fast]["contradiction"]
    assert not g.edges[vllm, orca]["contradiction"]
    assert g.nodes[vllm]["wins"] == 3 and g.nodes[fast]["wins"] == 2 and g.nodes[orca]["wins"] == 0
    # claims without a named baseline are no edge
    assert g.number_of_edges() == 4


def test_contradiction_needs_same_metric_kind():
    records = [{"id": "a", "title": "A", "claims": [claim("X", "Y", 2, "throughput")]},
               {"id": "b", "title": "B", "claims": [claim("Y", "X", 2, "memory")]}]
    g = comparison_graph(load(rdf_graph(records)))
    assert g.number_of_edges() == 2
    assert not any(d["contradiction"] for _, _, d in g.edges(data=True))


def test_leaderboard_groups_by_kind_and_hardware_and_ranks(small):
    facts = load(small)
    board = leaderboard(facts)
    assert [c.value for c in board[("throughput", "H100")]] == [4.0, 1.3]
    assert [c.value for c in board[("throughput", "A100")]] == [2.5]
    # factors before percentages, each largest first
    assert [(c.value, c.unit) for c in board[("time", "")]] == [(3.0, "x"), (30.0, "%")]
    assert sum(len(v) for v in board.values()) == 6


def test_system_neighbourhood(small):
    facts = load(small)
    vllm = find_system(facts, "VLLM")
    assert vllm == iri("system", "vLLM")
    assert find_system(facts, iri("system", "Orca")) == iri("system", "Orca")
    g = system_graph(facts, vllm)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {"FastServe", "Orca", "SlowSys", "H100", "batching"} <= labels
    assert "paged attention" not in labels  # used by a paper that does not propose vLLM
    assert g.has_edge(vllm, iri("system", "Orca")) and g.has_edge(iri("system", "FastServe"), vllm)
    with pytest.raises(LookupError, match="no system named 'vLM'.*vLLM"):
        find_system(facts, "vLM")


def test_script_json_cannot_close_the_script():
    text = script_json({"t": "</script><!-- \u2028 & <b>"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text and "<" not in text
    assert json.loads(text) == {"t": "</script><!-- \u2028 & <b>"}


def external_refs(html: str) -> list[str]:
    """src/href attributes and CSS url()s that would reach the network."""
    refs = re.findall(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"' >]+)""", html, re.I)
    refs += re.findall(r"url\(\s*['\"]?(?!data:)([^'\")]+)", html)
    return [r for r in refs if not r.startswith("data:")]


def test_written_pages_are_offline_and_escaped(small, tmp_path, monkeypatch):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    out = tmp_path / "out"
    paths = write_views(small, out)
    assert [p.name for p in paths] == ["graph.html", "comparisons.html", "leaderboard.html"]
    assert list(cwd.iterdir()) == []                      # nothing dropped in the working directory
    assert sorted(p.name for p in out.iterdir()) == ["comparisons.html", "graph.html", "leaderboard.html"]
    for p in paths:
        html = p.read_text(encoding="utf-8")
        assert external_refs(html) == [], p.name
        assert not re.search(r"//(cdn|unpkg|cdnjs|code\.jquery|fonts\.googleapis)", html, re.I), p.name
        assert "<script>window.pwned" not in html and "<img src=x" not in html, p.name
        assert "default-src 'none'" in html and "unsafe-inline'; style" not in html.split("style-src")[0]
    graph = (out / "graph.html").read_text(encoding="utf-8")
    assert "vis.Network" in graph and "kg-data" in graph
    board = (out / "leaderboard.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in board
    assert 'href="https://example.org/p1"' in board


def test_pyvis_write_html_is_not_used(small, tmp_path, monkeypatch):
    """pyvis's writer drops lib/ into the cwd and loads CDNs; ours must not call it."""
    import pyvis.network

    def boom(*a, **k):
        raise AssertionError("pyvis write_html/show called")
    monkeypatch.setattr(pyvis.network.Network, "write_html", boom)
    monkeypatch.setattr(pyvis.network.Network, "show", boom)
    monkeypatch.setattr(pyvis.network.Network, "generate_html", boom)
    write_views(small, tmp_path)
    write_system_view(small, "vllm", tmp_path)


def test_system_view_file(small, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_system_view(small, "FastServe", tmp_path / "views")
    assert path == tmp_path / "views" / "view-fastserve.html"
    data = page_data(path)
    labels = {n["label"] for n in data["nodes"]}
    assert {"FastServe", "vLLM", "paged attention", "A100", "LLaMA-7B", "ShareGPT"} <= labels
    assert os.listdir(tmp_path) == ["views"]
    with pytest.raises(LookupError):
        write_system_view(small, "NoSuchThing", tmp_path)


def page_data(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    raw = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(raw)


def test_page_data_matches_the_model(small, tmp_path):
    write_views(small, tmp_path)
    facts = load(small)
    data = page_data(tmp_path / "comparisons.html")
    g = comparison_graph(facts)
    assert len(data["nodes"]) == g.number_of_nodes() and len(data["edges"]) == g.number_of_edges()
    red = [e for e in data["edges"] if e["contradiction"]]
    assert len(red) == 2
    merged = next(e for e in data["edges"] if e["claims"] == 2)
    assert "2.5x throughput on A100" in merged["label"] and "30% time" in merged["label"]
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["vLLM"] > sizes["FastServe"] > sizes["Orca"]
    whole = page_data(tmp_path / "graph.html")
    assert len(whole["nodes"]) == 13 and len(whole["edges"]) == 17
    assert all(isinstance(n["x"], float) for n in whole["nodes"])
    assert whole["options"]["physics"]["enabled"] is False
    assert {"Paper", "System", "Hardware", "Technique", "Model", "Dataset"} == {i["type"] for i in whole["legend"] if "type" in i}
    assert [h[1] for h in whole["hardware"]] == ["A100", "H100"]


def test_empty_graph_still_renders(tmp_path):
    paths = write_views(Graph(), tmp_path)
    assert all(p.stat().st_size > 1000 for p in paths)
    assert page_data(tmp_path / "graph.html")["nodes"] == []


def test_reads_a_pyoxigraph_store(small):
    import pyoxigraph as ox
    store = ox.Store()
    store.load(small.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES)
    a, b = load(store), load(small)
    assert a.entities == b.entities and a.papers == b.papers and a.links == b.links
    assert [(c.iri, c.value, c.better, c.hardware, c.kind) for c in a.claims] == \
        [(c.iri, c.value, c.better, c.hardware, c.kind) for c in b.claims]


def test_through_kg_rdf_and_store(tmp_path):
    rdf = pytest.importorskip("kg.rdf")
    store_mod = pytest.importorskip("kg.store")
    from kg.records import Claim, Extraction, Mention, Paper, Source
    text_title = "ZipServe: <b>bold</b> serving"
    p = Paper(title=text_title, abstract="ZipServe is 3x faster than vLLM on H100.", sources=[Source("x.txt", 1)])
    ex = Extraction(paper=p, proposed=["ZipServe"],
                    mentions=[Mention("ZipServe", "System", 0, 8, "ZipServe is 3x faster than vLLM on H100.", "ZipServe"),
                              Mention("vLLM", "System", 0, 4, "ZipServe is 3x faster than vLLM on H100.", "vLLM"),
                              Mention("H100", "Hardware", 0, 4, "ZipServe is 3x faster than vLLM on H100.", "H100")],
                    claims=[Claim("ZipServe", "vLLM", "speed", "speedup", 3.0, "x", hardware=["H100"],
                                  evidence="ZipServe is 3x faster than vLLM on H100.")])
    with store_mod.Store(None) as store:
        store.add(rdf.triples(ex))
        facts = load(store)
        g = comparison_graph(facts)
        assert g.number_of_edges() == 1
        (a, b, d), = g.edges(data=True)
        assert (facts.label(a), facts.label(b)) == ("ZipServe", "vLLM")
        assert [facts.label(h) for h in d["hardware"]] == ["H100"]
        paths = write_views(store, tmp_path)
        assert "&lt;b&gt;bold&lt;/b&gt;" in paths[2].read_text(encoding="utf-8")
        assert write_system_view(store, "zipserve", tmp_path).exists()


# ------------------------------------------------------------------ export

def test_export_graphml_and_gexf_parse_back(small, tmp_path, monkeypatch):
    from kg.export import export
    monkeypatch.chdir(tmp_path)
    for fmt in ("graphml", "gexf"):
        path = tmp_path / "out" / f"kg.{fmt}"
        export(small, path, fmt)
        back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
        assert back.number_of_nodes() == 13 and back.number_of_edges() == 17
        node = back.nodes[iri("system", "vLLM")]
        assert node["type"] == "System"
        edge = back.edges[iri("system", "FastServe"), iri("system", "vLLM")]
        assert edge["claims"] == 2 and edge["contradiction"] in (True, "true")
        assert "2.5x" in edge["claim_text"]
    assert sorted(os.listdir(tmp_path)) == ["out"]
    assert sorted(os.listdir(tmp_path / "out")) == ["kg.gexf", "kg.graphml"]  # no temporary files left


@pytest.mark.parametrize("fmt,parse", [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_rdf_formats_round_trip(small, tmp_path, fmt, parse):
    from kg.export import export
    path = export(small, tmp_path / f"kg.{fmt}", fmt)
    back = Graph().parse(path, format=parse)
    assert len(back) == len(small)


def test_export_from_pyoxigraph_store(small, tmp_path):
    import pyoxigraph as ox
    from kg.export import export
    store = ox.Store()
    store.load(small.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES)
    for fmt, parse in (("nt", "nt"), ("turtle", "turtle"), ("jsonld", "json-ld")):
        back = Graph().parse(export(store, tmp_path / f"x.{fmt}", fmt), format=parse)
        assert len(back) == len(small)
    back = nx.read_graphml(export(store, tmp_path / "x.graphml", "graphml"))
    assert back.number_of_edges() == 17


def test_export_rejects_unknown_format(small, tmp_path):
    from kg.export import export
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        export(small, tmp_path / "x.pdf", "pdf")
    assert list(tmp_path.iterdir()) == []


def test_views_module_does_not_import_spacy():
    code = "import sys, kg.views, kg.export; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------ bounded views of big graphs

def big_records(n_papers: int = 60) -> list[dict]:
    """Papers each proposing a new system that beats two of a few shared baselines on some hardware."""
    baselines = ["vLLM", "Orca", "TGI", "FlexGen", "SGLang"]
    hardware = ["A100", "H100", "V100"]
    kinds = ["throughput", "time", "memory"]
    records = []
    for i in range(n_papers):
        name = f"Sys{i}"
        a, b = baselines[i % 5], baselines[(i + 2) % 5]
        hw = hardware[i % 3]
        records.append({
            "id": f"b{i}", "title": f"{name}: paper {i}", "abstract": f"{name} beats {a} and {b} on {hw}.",
            "proposed": [name],
            "entities": {"System": [name, a, b], "Hardware": [hw], "Technique": [f"trick {i % 7}"]},
            "claims": [claim(name, a, 1 + i / 10, kinds[i % 3], hardware=[hw]),
                       claim(name, b, 2 + i / 10, kinds[(i + 1) % 3])]})
    return records


@pytest.fixture
def big_store():
    import pyoxigraph as ox
    store = ox.Store()
    store.load(rdf_graph(big_records()).serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES)
    return store


def summary_of(path: Path) -> str:
    return re.search(r'<p class="summary"[^>]*>(.*?)</p>', path.read_text(encoding="utf-8"), re.S).group(1)


def test_caps_hold_on_a_graph_bigger_than_them(big_store, tmp_path):
    whole = entity_graph(load(big_store))
    assert len(whole) == 60 + 65 + 3 + 7  # papers, systems, hardware, techniques
    paths = write_views(big_store, tmp_path, max_nodes=40, max_rows=4, sample_papers=30)
    graph = page_data(tmp_path / "graph.html")
    assert 0 < len(graph["nodes"]) <= 40
    assert f"most connected of {len(whole)} nodes (counted over 30 of the 60 papers)" in summary_of(paths[0])
    assert "kg view SYSTEM" in summary_of(paths[0])
    shown = {n["id"] for n in graph["nodes"]}
    assert {iri("system", b) for b in ("vLLM", "Orca", "TGI")} <= shown  # the hubs are kept
    assert all(e["from"] in shown and e["to"] in shown for e in graph["edges"])
    comp = page_data(tmp_path / "comparisons.html")
    assert 0 < len(comp["nodes"]) <= 40 and "systems in most comparisons of" in summary_of(paths[1])
    ids = {n["id"] for n in comp["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in comp["edges"])
    board = paths[2].read_text(encoding="utf-8")
    tables = re.findall(r"<section .*?</section>", board, re.S)
    assert tables and all(t.count("<tr>") - 1 <= 4 for t in tables)  # header row + at most 4
    assert "(top 4 of " in board and "120 claims in" in summary_of(paths[2])


def test_capped_leaderboard_keeps_the_largest_factors(big_store, tmp_path):
    from kg.views import bounded
    papers = bounded.sample(big_store, 1000)
    assert not papers.partial and len(papers.papers) == 60
    _, board, totals, n = bounded.leaderboard_selection(big_store, papers, 3)
    full = leaderboard(load(big_store))
    assert n == 120 and set(board) == set(full)
    for key, rows in full.items():
        assert [c.iri for c in board[key]] == [c.iri for c in rows[:3]], key
        assert totals[key] == len(rows)


def test_selection_edge_budget(big_store):
    from kg.views import bounded
    papers = bounded.sample(big_store, 1000)
    few = bounded.most_connected(big_store, papers, 200, max_edges=30)
    many = bounded.most_connected(big_store, papers, 200, max_edges=10_000)
    assert len(few) < len(many) <= 200
    g = entity_graph(bounded.graph_selection(big_store, papers, 200, 30, 0).facts)
    assert g.number_of_edges() <= 30


@pytest.mark.parametrize("name", ["vLLM", "Sys7", "sys 7", "FastServe"])
def test_system_view_from_the_store_matches_the_whole_graph(small, big_store, tmp_path, name):
    """Anchored queries draw exactly what the neighbourhood of the fully loaded graph holds."""
    source = small if name == "FastServe" else big_store
    a = write_system_view(source, name, tmp_path / "anchored")
    b = write_system_view(load(source), name, tmp_path / "whole")  # Facts: the old full path
    da, db = page_data(a), page_data(b)
    assert da["nodes"] == db["nodes"] and da["edges"] == db["edges"]
    assert summary_of(a) == summary_of(b) and "showing" not in summary_of(a)


def test_system_view_is_capped_too(big_store, tmp_path):
    path = write_system_view(big_store, "vLLM", tmp_path, max_nodes=10)
    assert len(page_data(path)["nodes"]) == 10
    assert re.search(r"showing 10 of its \d+ neighbourhood nodes", summary_of(path))


def test_values_blocks_reject_what_is_not_an_iri():
    from kg.views.sparql import iri_list
    assert iri_list(["https://x.org/a", "urn:b"]) == "<https://x.org/a> <urn:b>"
    for bad in ("https://x.org/a> } DROP ALL {", "a b", 'x"y'):
        with pytest.raises(ValueError):
            iri_list([bad])
