"""The summary graph's figures counted chunk by chunk, so a fresh build need not join every claim.

ontology/derive/*.ru compute the summaries (kg.summaries) with GROUP BYs over
the whole store, and Oxigraph's hash joins then hold every claim in memory:
about 1 GB more at a million papers. In a fresh build every paper, with its
claims, lies in exactly one chunk, so the same figures are sums and maxima of
per-chunk partials. A worker counts its chunk's N-Triples (`count`); the
driver merges the partials (`Tally.merge`) in memory bounded by the number of
groups (hardware, baselines, hardware-technique pairs), not of claims, and
writes the summary graph (`Tally.write`). tests/test_tally.py checks the
result equals the SPARQL derive's, quad for quad. `kg add` still refreshes
with SPARQL: there the old papers are in the store, not in the chunks.
"""
from __future__ import annotations

from collections import Counter, defaultdict

# the terms exactly as kg.rdf writes them, since a chunk's lines are what is counted
from kg.rdf import _A as _TYPE, _FALSE, _S, _TRUE, K, _int
from kg.summaries import GRAPH

_HARDWARE = K["Hardware"]
_ID = "/mlsys-kg/id/"
_SUMMARY = f"{_S}summary/"


def count(groups: dict) -> dict:
    """The partial figures of one chunk, as plain dicts that pickle cheaply.

    `groups` is the chunk as kg.validate.group_ntriples gives it,
    {subject: {predicate: [objects]}} in N-Triples terms, with its entities'
    type lines; it must hold every triple of its papers and claims.
    """
    tally = Tally()
    papers_on: dict[str, set] = defaultdict(set)  # hardware -> papers evaluated on it or measured on it
    for s, preds in groups.items():
        get = preds.get
        if (types := get(_TYPE)) and _HARDWARE in types:
            tally.typed_hardware.add(s)
        if against := get(K["comparesAgainst"]):
            tally.compared_papers.update(set(against))
        if baselines := get(K["baseline"]):
            tally.baseline_claims.update(set(baselines))
        if evaluated := get(K["evaluatedOn"]):
            hws = set(evaluated)
            for h in hws:
                papers_on[h].add(s)
            for t in set(get(K["usesTechnique"], ())):
                for h in hws:
                    tally.technique_papers[(h, t)] += 1
        on = set(measured) if (measured := get(K["onHardware"])) else ()
        if on and (papers := get(K["inPaper"])):  # the derive counts claims through their paper
            for h in on:
                tally.hardware_claims[h] += 1
                papers_on[h].update(papers)
        if not (units := get(K["unit"])) or '"x"' not in units or _FALSE in (better := get(K["better"], ())):
            continue  # the best factors are of claims in "x" that are not worse than their baseline
        for kind in set(get(K["metricKind"], ())):
            for value in set(get(K["value"], ())):
                tally.offer((kind,), value, s, _TRUE in better)
                for h in on:
                    tally.offer((kind, h), value, s, _TRUE in better)
    for h, papers in papers_on.items():
        tally.hardware_papers[h] += len(papers)
    return tally.partial()


def _number(term: str) -> tuple[bool, float]:
    """An N-Triples numeric literal ("2.5"^^<...double>) as a key that orders like Oxigraph's
    MAX, which ranks NaN above every number."""
    number = float(term[1:term.index('"', 1)])
    return (True, 0.0) if number != number else (False, number)


class Tally:
    """The summaries' figures, merged from chunk partials: counts per group, and per metric
    kind (and per kind and hardware) the largest factor with the claims that report it."""

    def __init__(self):
        self.baseline_claims: Counter = Counter()
        self.compared_papers: Counter = Counter()
        self.hardware_papers: Counter = Counter()
        self.hardware_claims: Counter = Counter()
        self.typed_hardware: set = set()
        self.technique_papers: Counter = Counter()
        # (kind,) or (kind, hardware) -> [value term, its _number, claims that are better with it]
        self.best: dict[tuple, list] = {}

    def offer(self, group: tuple, value: str, claim: str, better: bool) -> None:
        """One claim's factor for `group`; it enters the maximum even when its kgo:better is
        missing (as the derive's MINUS does) but is named as best claim only when true."""
        number = _number(value)
        held = self.best.get(group)
        if held is None or number > held[1]:
            self.best[group] = [value, number, [claim] if better else []]
        elif number == held[1] and better:
            held[2].append(claim)

    def partial(self) -> dict:
        return {"baseline_claims": dict(self.baseline_claims), "compared_papers": dict(self.compared_papers),
                "hardware_papers": dict(self.hardware_papers), "hardware_claims": dict(self.hardware_claims),
                "typed_hardware": sorted(self.typed_hardware),
                "technique_papers": dict(self.technique_papers), "best": self.best}

    def merge(self, part: dict) -> None:
        """Add one chunk's `count` to the figures."""
        self.baseline_claims.update(part["baseline_claims"])
        self.compared_papers.update(part["compared_papers"])
        self.hardware_papers.update(part["hardware_papers"])
        self.hardware_claims.update(part["hardware_claims"])
        self.typed_hardware.update(part["typed_hardware"])
        self.technique_papers.update(part["technique_papers"])
        for group, (value, number, claims) in part["best"].items():
            held = self.best.get(group)
            if held is None or number > held[1]:
                self.best[group] = [value, number, list(claims)]
            elif number == held[1]:
                held[2].extend(claims)

    def ntriples(self) -> str:
        """The summary graph's triples, those ontology/derive/*.ru would insert."""
        out: list[str] = []

        def summary(path: str, pairs: list[tuple[str, str]]) -> None:
            node = f"<{_SUMMARY}{path}>"
            out.append(f"{node} {_TYPE} {K['Summary']} .\n")
            out.extend(f"{node} {K[p]} {o} .\n" for p, o in pairs)

        for sys, claims in self.baseline_claims.items():
            if sys in self.compared_papers:
                summary(f"baseline/{_key(sys)}", [("forBaseline", sys), ("claimCount", _int(claims)),
                                                  ("paperCount", _int(self.compared_papers[sys]))])
        for h, papers in self.hardware_papers.items():
            if h in self.typed_hardware:
                summary(_key(h), [("forHardware", h), ("paperCount", _int(papers)),
                                  ("claimCount", _int(self.hardware_claims.get(h, 0)))])
        for (h, t), papers in self.technique_papers.items():
            summary(f"{_key(h)}/{_key(t)}", [("forHardware", h), ("forTechnique", t), ("paperCount", _int(papers))])
        for group, (value, _, claims) in self.best.items():
            if not claims:
                continue
            kind, *hardware = group
            path = f"best/{_key(kind)}" + "".join(f"/{_key(h)}" for h in hardware)
            summary(path, [("forKind", kind), *(("forHardware", h) for h in hardware), ("bestValue", value),
                           *(("bestClaim", c) for c in claims)])
        return "".join(out)

    def write(self, store) -> None:
        """Replace the summary graph of `store` (a kg.store.Store) with these figures."""
        store.replace_graph(GRAPH, self.ntriples().encode("utf-8"))


def _key(iri: str) -> str:
    """What the derive's STRAFTER(STR(?x), "/mlsys-kg/id/") gives for an N-Triples IRI."""
    inner = iri[1:-1]
    return inner.split(_ID, 1)[1] if _ID in inner else ""

