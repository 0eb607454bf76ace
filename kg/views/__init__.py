"""Interactive, offline HTML views of the knowledge graph.

    from kg.views import write_views, write_system_view
    write_views(store_or_graph, Path("out"))          # graph, comparisons, leaderboard
    write_system_view(store_or_graph, "vLLM", "out")  # out/view-vllm.html

Input is an rdflib Graph, a pyoxigraph Store or a `kg.store.Store` in the
vocabulary of ontology/VOCABULARY.md. Pages inline vis-network and load nothing
from the network; every text from the input is escaped.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import bounded, html, model
from .files import atomic_write
from .model import Facts, comparison_graph, entity_graph, find_system, leaderboard, load, system_graph

__all__ = ["write_views", "write_system_view", "load", "entity_graph", "comparison_graph",
           "system_graph", "leaderboard", "find_system", "Facts"]


MAX_NODES = 3000  # nodes a network page draws (and a browser lays out) at most
MAX_EDGES = 15_000  # about how many edges a capped graph.html draws (a browser stays quick)
MAX_ROWS = 100    # rows a leaderboard table lists at most
SAMPLE_PAPERS = 5_000  # a capped view ranks nodes and claims over this many papers
HINT = "use `kg view SYSTEM` for any one system's neighbourhood"


def _facts(source: Any) -> Facts:
    return source if isinstance(source, Facts) else load(source)


def _summary(g: Any) -> str:
    n_types = {t: sum(1 for _, d in g.nodes(data=True) if d["type"] == t) for t in model.TYPES}
    plural = {"Hardware": "hardware"}
    return ", ".join(f"{n} {plural.get(t, t.lower() + 's')}" for t, n in n_types.items() if n) + \
        f"; {g.number_of_edges()} edges"


def _comparisons_summary(comp: Any) -> str:
    clashes = sum(1 for _, _, d in comp.edges(data=True) if d["contradiction"]) // 2
    return (f"{comp.number_of_nodes()} systems, {comp.number_of_edges()} winner\u2192loser edges from "
            f"{sum(len(d['claims']) for _, _, d in comp.edges(data=True))} claims, "
            f"{clashes} contradicted pair(s); node size = comparisons won")


def write_views(store_or_graph: Any, out_dir: str | Path, max_nodes: int = MAX_NODES,
                max_rows: int = MAX_ROWS, max_edges: int = MAX_EDGES,
                sample_papers: int = SAMPLE_PAPERS) -> list[Path]:
    """Write graph.html, comparisons.html and leaderboard.html into `out_dir`; return their paths.

    A graph of at most `max_nodes` papers and entities is drawn whole. A bigger one is never
    loaded: graph.html shows the most connected nodes (at most `max_nodes`, and no more than
    bring about `max_edges` edges), comparisons.html the
    `max_nodes` systems in most comparisons, each leaderboard table its `max_rows` best rows,
    all chosen by aggregate SPARQL, and each page says how much of the graph it shows. Degrees
    and rankings are counted over the links and claims of `sample_papers` papers (all papers
    when there are no more), so the cost does not grow with the graph.
    """
    out = Path(out_dir)
    total = None if isinstance(store_or_graph, Facts) else sum(bounded.node_counts(store_or_graph).values())
    if total is None or total <= max_nodes:
        pages = _whole_pages(_facts(store_or_graph), max_rows)
    else:
        papers = bounded.sample(store_or_graph, sample_papers)
        pages = _capped_pages(store_or_graph, papers, max_nodes, max_edges, max_rows, total)
    return [atomic_write(out / name, text) for name, text in pages.items()]


def _whole_pages(facts: Facts, max_rows: int) -> dict[str, str]:
    whole = entity_graph(facts)
    comp = comparison_graph(facts)
    full = leaderboard(facts)
    board = {key: rows[:max_rows] for key, rows in full.items()}
    totals = {key: len(rows) for key, rows in full.items()}
    return {
        "graph.html": html.network_page("Knowledge graph", _summary(whole), whole, facts, "graph.html"),
        "comparisons.html": html.network_page("Comparisons: who beats whom", _comparisons_summary(comp),
                                              comp, facts, "comparisons.html", comparisons=True),
        "leaderboard.html": html.leaderboard_page(facts, board, totals),
    }


def _capped_pages(source: Any, papers: bounded.Sample, max_nodes: int, max_edges: int, max_rows: int,
                  total: int) -> dict[str, str]:
    """The three pages from bounded selections; each model is dropped once its page is text."""
    sel = bounded.graph_selection(source, papers, max_nodes, max_edges, total)
    g = entity_graph(sel.facts)
    note = f"; showing the {len(g):,} most connected of {sel.total:,} nodes{papers.note()}; {HINT}"
    graph = html.network_page("Knowledge graph", _summary(g) + note, g, sel.facts, "graph.html")
    del sel, g
    sel = bounded.comparison_selection(source, papers, max_nodes)
    comp = comparison_graph(sel.facts)
    note = (f"; showing the {len(comp):,} systems in most comparisons of {sel.total:,}{papers.note()}; {HINT}"
            if sel.total > len(comp) or papers.partial else "")
    comparisons = html.network_page("Comparisons: who beats whom", _comparisons_summary(comp) + note,
                                    comp, sel.facts, "comparisons.html", comparisons=True)
    del sel, comp
    facts, board, totals, claims = bounded.leaderboard_selection(source, papers, max_rows)
    board_page = html.leaderboard_page(facts, board, totals, claims, papers.note().strip(" ()"))
    return {"graph.html": graph, "comparisons.html": comparisons, "leaderboard.html": board_page}


def view_filename(iri: str) -> str:
    """`view-<key>.html` where key is the IRI's last segment reduced to safe characters."""
    key = re.sub(r"[^a-z0-9-]+", "-", model.local_name(iri).lower()).strip("-") or "system"
    return f"view-{key}.html"


def write_system_view(store_or_graph: Any, system: str, out_dir: str | Path, max_nodes: int = MAX_NODES) -> Path:
    """Write the neighbourhood of one system (name, alias, key or IRI); LookupError if unknown.

    On a store or graph only the system's neighbourhood is queried (anchored on it), so this
    costs the same on a million papers as on a hundred; beyond `max_nodes` nodes it is cut
    (papers not proposing it first) and the page says so.
    """
    if isinstance(store_or_graph, Facts):
        facts = store_or_graph
        iri = find_system(facts, system)
        note = ""
    else:
        iri = bounded.find_system(store_or_graph, system)
        sel = bounded.system_selection(store_or_graph, iri, max_nodes)
        facts = sel.facts
        note = f"; showing {sel.shown:,} of its {sel.total:,} neighbourhood nodes" if sel.shown < sel.total else ""
    g = system_graph(facts, iri)
    label = facts.label(iri)
    d = g.nodes[iri]
    wins = sum(len(e["claims"]) for _, _, e in g.out_edges(iri, data=True) if e["type"] == "comparison")
    losses = sum(len(e["claims"]) for _, _, e in g.in_edges(iri, data=True) if e["type"] == "comparison")
    papers = sum(1 for _, x in g.nodes(data=True) if x["type"] == "Paper")
    summary = f"{d['type']} {label}: {papers} paper(s), wins {wins} comparison(s), loses {losses}" + note
    text = html.network_page(f"System: {label}", summary, g, facts, "", labels=True)
    return atomic_write(Path(out_dir) / view_filename(iri), text)
