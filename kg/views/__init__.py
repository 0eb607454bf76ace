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

from . import html, model
from .files import atomic_write
from .model import Facts, comparison_graph, entity_graph, find_system, leaderboard, load, system_graph

__all__ = ["write_views", "write_system_view", "load", "entity_graph", "comparison_graph",
           "system_graph", "leaderboard", "find_system", "Facts"]


def _facts(source: Any) -> Facts:
    return source if isinstance(source, Facts) else load(source)


def write_views(store_or_graph: Any, out_dir: str | Path) -> list[Path]:
    """Write graph.html, comparisons.html and leaderboard.html into `out_dir`; return their paths."""
    out = Path(out_dir)
    facts = _facts(store_or_graph)
    whole = entity_graph(facts)
    comp = comparison_graph(facts)
    board = leaderboard(facts)
    n_types = {t: sum(1 for _, d in whole.nodes(data=True) if d["type"] == t) for t in model.TYPES}
    plural = {"Hardware": "hardware"}
    summary = ", ".join(f"{n} {plural.get(t, t.lower() + 's')}" for t, n in n_types.items() if n) + \
        f"; {whole.number_of_edges()} edges"
    clashes = sum(1 for _, _, d in comp.edges(data=True) if d["contradiction"]) // 2
    pages = {
        "graph.html": html.network_page("Knowledge graph", summary, whole, facts, "graph.html"),
        "comparisons.html": html.network_page(
            "Comparisons: who beats whom", f"{comp.number_of_nodes()} systems, {comp.number_of_edges()} "
            f"winner\u2192loser edges from {sum(len(d['claims']) for _, _, d in comp.edges(data=True))} claims, "
            f"{clashes} contradicted pair(s); node size = comparisons won",
            comp, facts, "comparisons.html", comparisons=True),
        "leaderboard.html": html.leaderboard_page(facts, board),
    }
    return [atomic_write(out / name, text) for name, text in pages.items()]


def view_filename(iri: str) -> str:
    """`view-<key>.html` where key is the IRI's last segment reduced to safe characters."""
    key = re.sub(r"[^a-z0-9-]+", "-", model.local_name(iri).lower()).strip("-") or "system"
    return f"view-{key}.html"


def write_system_view(store_or_graph: Any, system: str, out_dir: str | Path) -> Path:
    """Write the neighbourhood of one system (name, alias, key or IRI); LookupError if unknown."""
    facts = _facts(store_or_graph)
    iri = find_system(facts, system)
    g = system_graph(facts, iri)
    label = facts.label(iri)
    d = g.nodes[iri]
    wins = sum(len(e["claims"]) for _, _, e in g.out_edges(iri, data=True) if e["type"] == "comparison")
    losses = sum(len(e["claims"]) for _, _, e in g.in_edges(iri, data=True) if e["type"] == "comparison")
    papers = sum(1 for _, x in g.nodes(data=True) if x["type"] == "Paper")
    summary = f"{d['type']} {label}: {papers} paper(s), wins {wins} comparison(s), loses {losses}"
    text = html.network_page(f"System: {label}", summary, g, facts, "", labels=True)
    return atomic_write(Path(out_dir) / view_filename(iri), text)
