"""Node positions computed ahead, so pages open with physics off and stay responsive.

Small graphs use networkx's spring layout. For big ones that is too slow
(seconds per iteration at 5,000 nodes), so `sampled_layout` runs the same
Fruchterman-Reingold forces with repulsion estimated against a random sample
of nodes each step: O(n * sample) instead of O(n^2), vectorised with numpy.
"""
from __future__ import annotations

import networkx as nx
import numpy as np

SMALL = 400


def sampled_layout(g: nx.Graph, iterations: int = 50, sample: int = 100, seed: int = 1) -> dict:
    """Positions in about [-1, 1]^2; deterministic for a given graph and seed."""
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    rng = np.random.default_rng(seed)
    index = {v: i for i, v in enumerate(nodes)}
    pos = rng.uniform(-1.0, 1.0, (n, 2))
    edges = np.array([(index[a], index[b]) for a, b in g.edges() if a != b], dtype=np.int64).reshape(-1, 2)
    k = 2.0 / np.sqrt(n)               # ideal edge length for a 2x2 square
    step = 0.2
    m = min(sample, n)
    for _ in range(iterations):
        others = rng.choice(n, size=m, replace=False)
        delta = pos[:, None, :] - pos[None, others, :]
        dist2 = np.maximum((delta ** 2).sum(-1), 1e-6)
        disp = (delta * (k * k / dist2)[..., None]).sum(1) * (n / m)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            pull = d * (np.linalg.norm(d, axis=1) / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        disp -= pos * (n * k * 0.05)   # gravity keeps components and isolates on screen
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, step)[:, None]
        step *= 0.95
    pos -= pos.mean(0)
    pos /= max(np.abs(pos).max(), 1e-9)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def _component_layout(g: nx.Graph, seed: int) -> dict:
    """One connected component in about [-1, 1]^2."""
    n = len(g)
    if n == 1:
        return {v: (0.0, 0.0) for v in g}
    if n == 2:
        a, b = list(g)
        return {a: (-1.0, 0.0), b: (1.0, 0.0)}
    if n <= SMALL:
        return nx.spring_layout(g, seed=seed, iterations=100)
    return sampled_layout(g, seed=seed)


def positions(g: nx.Graph, seed: int = 1, edge: float = 110.0) -> dict:
    """Pixel positions for vis-network.

    Each connected component is laid out on its own, sized by the square root
    of its node count, and the components are packed in rows, largest first:
    many small comparison clusters stay readable instead of being pushed apart
    and shrunk by one global spring layout.
    """
    if len(g) == 0:
        return {}
    undirected = g.to_undirected(as_view=True)
    comps = sorted(nx.connected_components(undirected), key=lambda c: (-len(c), min(map(str, c))))
    boxes = []
    for comp in comps:
        side = edge * (1.2 * len(comp) ** 0.5 if len(comp) > 2 else 1.0)
        boxes.append((side, _component_layout(undirected.subgraph(comp), seed)))
    width = max(boxes[0][0], 1.3 * sum(s * s for s, _ in boxes) ** 0.5)
    out, x, y, row = {}, 0.0, 0.0, 0.0
    gap = edge * 0.8
    for side, raw in boxes:
        if x > 0 and x + side > width:
            x, y, row = 0.0, y + row + gap, 0.0
        for v, (px, py) in raw.items():
            out[v] = (round(x + side / 2 + px * side / 2, 1), round(y + side / 2 + py * side / 2, 1))
        x += side + gap
        row = max(row, side)
    return out
