"""Bounded views of a big graph: choose a few thousand nodes in SPARQL, load only those.

`model.load` reads every entity, link and claim into Python, which is fine for
a few thousand papers and hopeless for a million. Here the choice is made by
aggregate queries that Oxigraph answers itself (GROUP BY / COUNT / ORDER BY /
LIMIT: only the winners come back to Python), and then only the rows that
touch the chosen nodes are fetched, in VALUES blocks of a few hundred IRIs.
The result is an ordinary `Facts`, restricted, so every page is drawn by the
same builders as for a small graph; `Facts.keep` stops comparison edges from
pulling in systems that were not chosen.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from .model import (Facts, add_aliases, add_claims, add_entities, add_links, add_papers, finish, fold,
                    leaderboard, local_name, query)
from .sparql import chunks, iri_list, select

USED = ("Technique", "Hardware", "Model", "Dataset")  # what a system view shows of its papers
# how claims_in.rq picks its claims: by paper, by either side of the comparison, or by IRI (a
# variable predicate makes Oxigraph look up each anchor rather than join with every such triple)
ANCHORS = {
    "paper": "VALUES ?anchor { %s } ?claim ?inPaper ?anchor . FILTER(?inPaper = kgo:inPaper)",
    "subject": "VALUES ?anchor { %s } ?claim kgo:subject ?anchor .",
    "baseline": "VALUES ?anchor { %s } ?claim kgo:baseline ?anchor .",
    "claim": "VALUES ?claim { %s }",
}


def fill(query_name: str, **values: Any) -> str:
    """`queries/<name>.rq` with each `{{KEY}}` replaced by `values[key]`."""
    text = query(query_name)
    for key, value in values.items():
        text = text.replace("{{%s}}" % key.upper(), str(value))
    return text


def rows_in(source: Any, name: str, nodes: Iterable[str], **values: Any) -> Iterable[dict]:
    """Rows of `name` run once per chunk of `nodes` (its `{{NODES}}` placeholder)."""
    for chunk in chunks(sorted(set(nodes))):
        yield from select(source, fill(name, nodes=iri_list(chunk), **values))


def claims_by(source: Any, anchor: str, nodes: Iterable[str]) -> Iterable[dict]:
    for chunk in chunks(sorted(set(nodes))):
        yield from select(source, fill("claims_in", anchor=ANCHORS[anchor] % iri_list(chunk)))


def ranked(source: Any, name: str, limit: int, **values: Any) -> list[tuple[str, int]]:
    """(node, degree) rows of an aggregate query with `?node ?degree`, best first."""
    return [(r["node"], int(r["degree"] or 0)) for r in select(source, fill(name, limit=int(limit), **values))]


def count(source: Any, name: str, **values: Any) -> int:
    return next((int(r["n"]) for r in select(source, fill(name, **values))), 0)


def node_counts(source: Any) -> dict[str, int]:
    """Nodes of the whole graph per type ("Paper", "System", ...)."""
    return {local_name(r["type"]): int(r["n"]) for r in select(source, query("count_nodes"))}


# ------------------------------------------------------------------ loading


def load_among(source: Any, nodes: Iterable[str]) -> Facts:
    """Facts restricted to `nodes` (papers and entities): labels, titles, links among them, aliases.

    No claims yet: callers add those they need with `add_claims(facts, claims_by(...))`.
    """
    nodes = set(nodes)
    facts = Facts(keep=nodes)
    add_entities(facts, rows_in(source, "entities_in", nodes))
    add_papers(facts, rows_in(source, "papers_in", nodes - set(facts.entities)))
    evidence = {(r["paper"], r["entity"]): r["evidence"] for r in rows_in(source, "evidence_in", facts.papers)
                if r["entity"] in nodes}
    add_links(facts, (dict(r, evidence=evidence.get((r["paper"], r["entity"])))
                      for r in rows_in(source, "links_in", facts.papers) if r["entity"] in nodes))
    systems = [e for e, (t, _) in facts.entities.items() if t == "System"]
    add_aliases(facts, rows_in(source, "aliases_in", systems))
    return facts


def add_names(source: Any, facts: Facts) -> None:
    """Labels of the systems and hardware `facts.claims` name outside the drawn nodes (tooltips)."""
    named = {x for c in facts.claims for x in (c.subject, c.baseline, *c.hardware) if x} - set(facts.entities)
    for r in rows_in(source, "entities_in", named):
        facts.names.setdefault(r["entity"], str(r["label"] or local_name(r["entity"])))


def add_labels(source: Any, facts: Facts) -> None:
    """Labels and titles for what `facts.claims` name but `facts` does not hold yet."""
    named = {x for c in facts.claims for x in (c.subject, c.baseline, *c.hardware) if x}
    add_entities(facts, rows_in(source, "entities_in", named - set(facts.entities)))
    papers = {c.paper for c in facts.claims if c.paper} - set(facts.papers)
    add_papers(facts, rows_in(source, "papers_in", papers))


# ------------------------------------------------------------------ the pages


@dataclass
class Selection:
    """What a capped page shows: a restricted Facts, how many nodes it shows and of how many."""
    facts: Facts
    shown: int
    total: int


@dataclass
class Sample:
    """The papers a capped view ranks over, and how many papers the graph has.

    Ranking every node of a million-paper graph costs a scan of every link; ranking over a
    fixed number of papers (all of them in a graph that small) keeps each page's cost flat.
    """
    papers: list[str]
    total: int
    cache: dict = field(default_factory=dict, repr=False)  # degrees per query, computed once

    @property
    def partial(self) -> bool:
        return len(self.papers) < self.total

    def note(self) -> str:
        return f" (counted over {len(self.papers):,} of the {self.total:,} papers)" if self.partial else ""


def sample(source: Any, size: int) -> Sample:
    papers = [r["paper"] for r in select(source, fill("sample_papers", limit=int(size)))]
    total = node_counts(source).get("Paper", 0) if len(papers) >= size else len(papers)
    return Sample(papers, max(total, len(papers)))


def degrees(source: Any, name: str, papers: Sample) -> dict[str, int]:
    """Sum of a per-chunk `?node ?degree` aggregate (degree_in or compared_in) over the sample."""
    if name not in papers.cache:
        out: dict[str, int] = defaultdict(int)
        for r in rows_in(source, name, papers.papers):
            out[r["node"]] += int(r["degree"] or 0)
        papers.cache[name] = out
    return papers.cache[name]


def most_connected(source: Any, papers: Sample, max_nodes: int, max_edges: int) -> list[str]:
    """The most connected nodes, at most `max_nodes` and about `max_edges` edges among them.

    A node's degree is its links from `papers` (counted at both ends) plus, for a system, the
    claims of `papers` comparing it with another system. Nodes are taken best first while the
    edges they can bring (a paper's links, a system's comparisons) fit the budget.
    """
    links = degrees(source, "degree_in", papers)
    compared = degrees(source, "compared_in", papers)
    degree = defaultdict(int, links)
    for node, n in compared.items():
        degree[node] += n
    paper_set = set(papers.papers)
    chosen, edges, systems = [], 0, 0
    for node, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])):
        # a paper brings its links; a system at most one comparison edge per chosen system
        cost = (links[node] if node in paper_set else 0) + min(compared.get(node, 0), systems)
        if len(chosen) >= max_nodes or edges + cost > max_edges:
            break
        chosen.append(node)
        edges += cost
        systems += node in compared
    return chosen


def graph_selection(source: Any, papers: Sample, max_nodes: int, max_edges: int, total: int) -> Selection:
    """graph.html's facts: the most connected nodes, the links and comparisons among them, and
    the claims of the chosen papers (for their hardware and metric-kind filters)."""
    facts = load_among(source, most_connected(source, papers, max_nodes, max_edges))
    add_claims(facts, claims_by(source, "paper", facts.papers))
    systems = [e for e, (t, _) in facts.entities.items() if t == "System"]
    add_claims(facts, claims_by(source, "subject", systems))
    keep = facts.keep
    facts.claims = [c for c in facts.claims if c.paper in facts.papers or (c.subject in keep and c.baseline in keep)]
    add_names(source, facts)
    return Selection(finish(facts), len(facts.papers) + len(facts.entities), total)


def comparison_selection(source: Any, papers: Sample, max_nodes: int) -> Selection:
    """comparisons.html's facts: the `max_nodes` systems in most comparisons and the claims among them."""
    compared = degrees(source, "compared_in", papers)
    systems = [n for n, _ in sorted(compared.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]]
    facts = Facts(keep=set(systems))
    add_claims(facts, claims_by(source, "subject", systems))
    facts.claims = [c for c in facts.claims if c.baseline in facts.keep]
    add_labels(source, facts)
    return Selection(finish(facts), len(systems), len(compared))


def leaderboard_selection(source: Any, papers: Sample, max_rows: int) -> tuple[Facts, dict, dict, int]:
    """The best `max_rows` claims of every (metric kind, hardware) table among the claims of `papers`.

    Returns (facts, board, totals, claims): `board` keyed and ordered as `model.leaderboard`
    gives it, `totals` each table's row count, `claims` how many claims the graph holds. Each
    table keeps a heap of its best rows while the claims stream by.
    """
    import heapq
    heaps: dict[tuple, list] = defaultdict(list)
    counts: dict[tuple, int] = defaultdict(int)
    for r in rows_in(source, "quantified_in", papers.papers):
        kind = str(r["kindLabel"] or (local_name(r["kind"]) if r["kind"] else "other"))
        key = (kind, r["hardware"])
        counts[key] += 1
        # heapq keeps the smallest on top: store the negated rank, pop the worst when full
        rank = (str(r["unit"] or "") != "x", -float(r["value"]), r["claim"])
        item = (tuple(-x if isinstance(x, (bool, float)) else _Desc(x) for x in rank), r["claim"])
        heap = heaps[key]
        if any(c == r["claim"] for _, c in heap):
            continue
        if len(heap) < max_rows:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)
    facts = Facts()
    add_claims(facts, claims_by(source, "claim", {c for heap in heaps.values() for _, c in heap}))
    add_labels(source, facts)
    finish(facts)
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for (kind, hw), n in counts.items():
        totals[(kind, facts.label(hw) if hw else "")] += n
    board = {key: rows[:max_rows] for key, rows in leaderboard(facts).items()}
    return facts, board, dict(totals), count(source, "count_claims")


class _Desc(str):
    """A string that sorts backwards, so a min-heap of negated ranks breaks ties by IRI ascending."""
    def __lt__(self, other: str) -> bool:
        return str.__gt__(self, other)

    def __gt__(self, other: str) -> bool:
        return str.__lt__(self, other)


# ------------------------------------------------------------------ one system


def find_system(source: Any, name: str) -> str:
    """`model.find_system` over a store, streaming the systems instead of loading the graph."""
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+$", name) and any(
            local_name(r["type"]) == "System" for r in rows_in(source, "entities_in", [name])):
        return name
    exact = sorted(r["entity"] for r in select(source, fill("system_named", name=_literal(name))))
    if exact:  # an exact label: one index lookup, no scan
        return exact[0]
    wanted = fold(name)
    best: list[str | None] = [None] * 4

    def better(level: int, iri: str) -> None:
        if best[level] is None or iri < best[level]:
            best[level] = iri
    for r in select(source, query("systems")):
        iri = r["entity"]
        label = str(r["label"] or local_name(iri))
        if iri == name:
            return iri
        if label == name:
            better(0, iri)
        if label.casefold() == name.casefold():
            better(1, iri)
        if fold(local_name(iri)) == wanted or fold(label) == wanted:
            better(2, iri)
    if not any(best):
        for r in select(source, query("aliases")):
            if fold(str(r["alias"])) == wanted:
                better(3, r["entity"])
    found = next((iri for iri in best if iri), None)
    if found:
        return found
    close = _close_matches(name, (str(r["label"] or local_name(r["entity"])) for r in select(source, query("systems"))))
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise LookupError(f"no system named {name!r} in the graph{hint}")


def _literal(text: str) -> str:
    """`text` as a SPARQL string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _close_matches(word: str, labels: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """difflib.get_close_matches over a stream, holding only the best `n`."""
    import difflib
    import heapq
    s = difflib.SequenceMatcher()
    s.set_seq2(word)
    scored = []
    for x in labels:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
            if len(scored) > 4 * n:
                scored = heapq.nlargest(n, scored)
    return [x for _, x in heapq.nlargest(n, scored)]


def system_selection(source: Any, system: str, max_nodes: int) -> Selection:
    """One system's neighbourhood, as `model.system_graph` draws it, found by queries anchored on it:
    its papers (proposing ones first), what those papers use, the systems compared with it.
    Beyond `max_nodes`: at most half are papers (proposing ones first), then what those papers
    use, then the systems compared with it most."""
    anchor = iri_list([system])
    papers = [(r["paper"], int(r["proposes"] or 0))
              for r in select(source, fill("system_papers", system=anchor, limit=int(max_nodes)))]
    proposing = [p for p, pr in papers if pr]
    partners = [n for n, _ in ranked(source, "system_partners", max_nodes, system=anchor)]
    counts = next(iter(select(source, fill("system_counts", system=anchor))), {"papers": 0, "partners": 0})
    n_papers, n_partners = int(counts["papers"] or 0), int(counts["partners"] or 0)
    kept_papers = [p for p, _ in papers]  # proposing ones come first
    if 1 + n_papers + n_partners > max_nodes:
        kept_papers = kept_papers[:max(1, max_nodes // 2)]
    sources = [p for p in proposing if p in kept_papers] or kept_papers
    linked = {r["entity"] for name in ("paper_entities", "paper_hardware") for r in rows_in(source, name, sources)}
    used = {r["entity"] for r in rows_in(source, "entities_in", linked) if local_name(r["type"]) in USED}
    keep: list[str] = []
    for node in [system] + kept_papers + sorted(used) + partners:
        if node not in keep:
            keep.append(node)
    total = 1 + n_papers + n_partners + len(used)
    facts = load_among(source, keep[:max_nodes])
    add_claims(facts, claims_by(source, "paper", facts.papers))
    add_claims(facts, claims_by(source, "subject", [system]))
    add_claims(facts, claims_by(source, "baseline", [system]))
    add_names(source, facts)
    return Selection(finish(facts), len(facts.papers) + len(facts.entities), total)
