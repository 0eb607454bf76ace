"""networkx graphs for the views, built from SPARQL SELECTs over the vocabulary.

`load` reads the four queries in `queries/` once into `Facts`; the graph
builders below only rearrange those rows, so every view (and the GraphML/GEXF
export) agrees on what a node, an edge and a contradiction are.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import unquote

import networkx as nx

from .sparql import select

KGO = "https://w3id.org/mlsys-kg/ontology#"
TYPES = ("Paper", "System", "Hardware", "Technique", "Model", "Dataset")
RELATIONS = {  # predicate local name -> how a tooltip says it
    "proposes": "proposes", "mentionsSystem": "mentions", "comparesAgainst": "compares against",
    "usesTechnique": "uses technique", "evaluatedOn": "evaluated on",
    "usesModel": "uses model", "usesDataset": "uses dataset",
}
QUERIES = Path(__file__).with_name("queries")


@lru_cache(maxsize=None)
def query(name: str) -> str:
    """The text of `queries/<name>.rq`."""
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def local_name(iri: str) -> str:
    """Last segment of an IRI, percent-decoded: the fallback label."""
    return unquote(re.split(r"[/#]", iri.rstrip("/"))[-1])


@dataclass
class ClaimRow:
    """One kgo:Claim with its hardware folded into a list."""
    iri: str
    subject: str | None
    baseline: str | None
    value: float | None
    unit: str
    better: bool
    metric: str
    kind: str
    paper: str | None
    evidence: str = ""
    qualifier: str | None = None
    value_min: float | None = None
    hardware: list[str] = field(default_factory=list)

    @property
    def winner(self) -> str | None:
        return self.subject if self.better else self.baseline

    @property
    def loser(self) -> str | None:
        return self.baseline if self.better else self.subject

    def factor(self) -> str:
        """The number as the paper states it: 'up to 1.7-2.9x', '22%'."""
        def num(v: float) -> str:
            return f"{v:g}"
        if self.value is None:
            return "?"
        text = num(self.value) if self.value_min is None else f"{num(self.value_min)}-{num(self.value)}"
        text += "x" if self.unit == "x" else (self.unit or "")
        return f"{self.qualifier} {text}" if self.qualifier else text


@dataclass
class Facts:
    """Everything the views read, as plain Python values keyed by IRI."""
    entities: dict[str, tuple[str, str]] = field(default_factory=dict)  # iri -> (type, label)
    papers: dict[str, dict[str, Any]] = field(default_factory=dict)     # iri -> title/id/url
    links: list[tuple[str, str, str, str]] = field(default_factory=list)  # paper, relation, entity, evidence
    claims: list[ClaimRow] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)       # system iri -> altLabels
    keep: set[str] | None = None  # when set: the only nodes a comparison edge may join (a capped view)
    names: dict[str, str] = field(default_factory=dict)  # labels of IRIs named but not drawn (capped views)

    def label(self, iri: str | None) -> str:
        if iri is None:
            return ""
        if iri in self.entities:
            return self.entities[iri][1]
        if iri in self.papers:
            return self.papers[iri]["title"] or self.papers[iri]["id"]
        return self.names.get(iri) or local_name(iri)

    def paper_title(self, iri: str | None) -> str:
        if not iri:
            return "(unknown paper)"
        p = self.papers.get(iri)
        return (p["title"] or f"(untitled paper {p['id']})") if p else local_name(iri)

    def describe(self, c: ClaimRow) -> str:
        """One line: 'A beats B: up to 2x throughput (throughput) on A100'."""
        win = self.label(c.winner) or "(unnamed system)"
        lose = self.label(c.loser) or "(generic baseline)"
        hw = ", ".join(self.label(h) for h in c.hardware)
        return f"{win} beats {lose}: {c.factor()} {c.metric} ({c.kind})" + (f" on {hw}" if hw else "")


def load(source: Any) -> Facts:
    """Read entities, papers, paper links and claims from an RDF graph or store."""
    facts = Facts()
    add_entities(facts, select(source, query("entities")))
    add_papers(facts, select(source, query("papers")))
    add_links(facts, select(source, query("links")))
    add_claims(facts, select(source, query("claims")))
    add_aliases(facts, select(source, query("aliases")))
    return finish(facts)


def add_entities(facts: Facts, rows: Iterable[dict]) -> None:
    """Entity rows (entity, type, label): the first type in IRI order wins, as in `load`."""
    for row in sorted(rows, key=lambda r: (r["entity"], r["type"])):
        if row["entity"] not in facts.entities:
            label = row["label"] or local_name(row["entity"])
            facts.entities[row["entity"]] = (local_name(row["type"]), str(label))


def add_papers(facts: Facts, rows: Iterable[dict]) -> None:
    for row in rows:
        p = facts.papers.setdefault(row["paper"], {"title": None, "id": local_name(row["paper"]), "url": None})
        p["title"] = p["title"] or (str(row["title"]) if row["title"] is not None else None)
        p["id"] = str(row["id"]) if row["id"] is not None else p["id"]
        p["url"] = p["url"] or row["url"]


def add_links(facts: Facts, rows: Iterable[dict]) -> None:
    """Paper links to entities already in `facts` (call after `add_entities`)."""
    for row in rows:
        if row["entity"] in facts.entities:
            facts.links.append((row["paper"], local_name(row["relation"]), row["entity"], row["evidence"] or ""))


def add_claims(facts: Facts, rows: Iterable[dict]) -> None:
    """Claim rows (one per claim and hardware), merged by claim IRI into `facts.claims`."""
    claims: dict[str, ClaimRow] = {c.iri: c for c in facts.claims}
    for row in rows:
        c = claims.get(row["claim"])
        if c is None:
            kind = row["kindLabel"] or (local_name(row["kind"]) if row["kind"] else "other")
            metric = row["metricLabel"] or (local_name(row["metric"]) if row["metric"] else kind)
            value = row["value"]
            c = claims[row["claim"]] = ClaimRow(
                iri=row["claim"], subject=row["subject"], baseline=row["baseline"],
                value=float(value) if isinstance(value, (int, float)) else None,
                unit=str(row["unit"] or ""), better=row["better"] is not False,
                metric=str(metric), kind=str(kind), paper=row["paper"],
                evidence=str(row["evidence"] or ""), qualifier=row["qualifier"],
                value_min=float(row["valueMin"]) if isinstance(row["valueMin"], (int, float)) else None)
        if row["hardware"] and row["hardware"] not in c.hardware:
            c.hardware.append(row["hardware"])
    facts.claims = list(claims.values())


def add_aliases(facts: Facts, rows: Iterable[dict]) -> None:
    for row in rows:
        aliases = facts.aliases.setdefault(row["entity"], [])
        if str(row["alias"]) not in aliases:
            aliases.append(str(row["alias"]))


def finish(facts: Facts) -> Facts:
    """Sort what the rows left in engine order, so every source gives the same Facts."""
    facts.links = sorted(set(facts.links))
    facts.claims.sort(key=lambda c: c.iri)
    for c in facts.claims:
        c.hardware.sort()
    for aliases in facts.aliases.values():
        aliases.sort()
    return facts


def _claim_facets(claims: list[ClaimRow]) -> tuple[list[str], list[str]]:
    hardware = sorted({h for c in claims for h in c.hardware})
    kinds = sorted({c.kind for c in claims})
    return hardware, kinds


def entity_graph(facts: Facts) -> nx.DiGraph:
    """The whole graph: papers and entities, paper->entity links, winner->loser comparisons.

    Paper nodes carry the hardware and metric kinds of their claims (`hardware`,
    `kinds`) so the page can filter by them; comparison edges carry their own.
    """
    g = nx.DiGraph()
    paper_claims: dict[str, list[ClaimRow]] = defaultdict(list)
    for c in facts.claims:
        if c.paper:
            paper_claims[c.paper].append(c)
    evaluated: dict[str, set[str]] = defaultdict(set)
    for paper, rel, entity, _ in facts.links:
        if rel == "evaluatedOn":
            evaluated[paper].add(entity)
    for iri, p in sorted(facts.papers.items()):
        hardware, kinds = _claim_facets(paper_claims.get(iri, []))
        hardware = sorted(set(hardware) | evaluated[iri])
        g.add_node(iri, type="Paper", label=facts.paper_title(iri), paper_id=p["id"],
                   url=p["url"] or "", hardware=hardware, kinds=kinds)
    for iri, (etype, label) in sorted(facts.entities.items()):
        g.add_node(iri, type=etype, label=label, hardware=[], kinds=[])
    for paper, rel, entity, evidence in facts.links:
        if paper not in g:
            continue
        if g.has_edge(paper, entity):
            data = g.edges[paper, entity]
            data["relations"].append(RELATIONS.get(rel, rel))
            data["evidence"] = data["evidence"] or evidence
        else:
            g.add_edge(paper, entity, type="link", relations=[RELATIONS.get(rel, rel)], evidence=evidence)
    for c in facts.claims:  # hardware named only in a claim still links to its paper
        for h in c.hardware:
            if c.paper in g and h in g and not g.has_edge(c.paper, h):
                g.add_edge(c.paper, h, type="link", relations=["evaluated on"], evidence=c.evidence)
    comparisons = comparison_graph(facts)
    for a, b, data in comparisons.edges(data=True):
        g.add_edge(a, b, **data)
    return g


def comparison_graph(facts: Facts) -> nx.DiGraph:
    """Systems as nodes, one winner->loser edge per ordered pair listing all its claims.

    An edge is a contradiction when the reverse edge has a claim of the same
    metric kind (A beats B and B beats A on, say, throughput).
    """
    g = nx.DiGraph()
    for c in facts.claims:
        win, lose = c.winner, c.loser
        if not win or not lose or win == lose:
            continue
        if facts.keep is not None and (win not in facts.keep or lose not in facts.keep):
            continue
        for s in (win, lose):
            if s not in g:
                g.add_node(s, type="System", label=facts.label(s), wins=0, losses=0, hardware=[], kinds=[])
        g.nodes[win]["wins"] += 1
        g.nodes[lose]["losses"] += 1
        if not g.has_edge(win, lose):
            g.add_edge(win, lose, type="comparison", claims=[])
        g.edges[win, lose]["claims"].append(c)
    for a, b, data in g.edges(data=True):
        data["hardware"], data["kinds"] = _claim_facets(data["claims"])
        back = g.edges[b, a]["claims"] if g.has_edge(b, a) else []
        clash = sorted({c.kind for c in data["claims"]} & {c.kind for c in back})
        data["contradiction"] = bool(clash)
        data["contradiction_kinds"] = clash
    return g


def system_graph(facts: Facts, system: str, whole: nx.DiGraph | None = None) -> nx.DiGraph:
    """The neighbourhood of one system: its papers, what those papers use, who it beats and who beats it."""
    g = whole if whole is not None else entity_graph(facts)
    keep = {system}
    papers = [p for p in g.predecessors(system) if g.nodes[p]["type"] == "Paper"]
    proposing = [p for p in papers if "proposes" in g.edges[p, system].get("relations", [])]
    keep.update(papers)
    for p in proposing or papers:
        keep.update(e for e in g.successors(p) if g.nodes[e]["type"] in ("Technique", "Hardware", "Model", "Dataset"))
    keep.update(n for n in g.successors(system) if g.edges[system, n]["type"] == "comparison")
    keep.update(n for n in g.predecessors(system) if g.edges[n, system]["type"] == "comparison")
    sub = nx.DiGraph()  # in `g`'s own node and edge order (a subgraph view follows set order: per run)
    sub.add_nodes_from((n, g.nodes[n]) for n in g if n in keep)
    sub.add_edges_from((a, b, d) for a in sub for b, d in g.adj[a].items() if b in keep)
    # keep only the links that explain the neighbourhood: system's papers and comparisons touching it
    for a, b, data in list(sub.edges(data=True)):
        if data["type"] == "comparison" and system not in (a, b):
            sub.remove_edge(a, b)
        elif data["type"] == "link" and a not in papers:
            sub.remove_edge(a, b)
    return sub


def fold(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())


def find_system(facts: Facts, name: str) -> str:
    """The IRI of the system called `name` (IRI, key, label or alias; case and punctuation ignored)."""
    systems = {iri: label for iri, (t, label) in facts.entities.items() if t == "System"}
    if name in systems:
        return name
    wanted = fold(name)
    for match in (lambda iri, lab: lab == name,
                  lambda iri, lab: lab.casefold() == name.casefold(),
                  lambda iri, lab: fold(local_name(iri)) == wanted or fold(lab) == wanted,
                  lambda iri, lab: any(fold(a) == wanted for a in facts.aliases.get(iri, []))):
        found = sorted(iri for iri, lab in systems.items() if match(iri, lab))
        if found:
            return found[0]
    import difflib
    close = difflib.get_close_matches(name, sorted(systems.values()), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise LookupError(f"no system named {name!r} in the graph{hint}")


def leaderboard(facts: Facts) -> dict[tuple[str, str], list[ClaimRow]]:
    """Claims grouped by (metric kind, hardware label), ranked: factors before percentages, largest first.

    A claim measured on several hardware appears under each; one with none under "".
    """
    groups: dict[tuple[str, str], list[ClaimRow]] = defaultdict(list)
    for c in facts.claims:
        if c.value is None:
            continue
        for hw in [facts.label(h) for h in c.hardware] or [""]:
            groups[(c.kind, hw)].append(c)
    return {key: sorted(rows, key=lambda c: (c.unit != "x", -(c.value or 0), c.iri))
            for key, rows in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] == "", kv[0][1].lower()))}
