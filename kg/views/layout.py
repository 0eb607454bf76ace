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


def positions(g: nx.Graph, seed: int = 1) -> dict:
    """Pixel positions for vis-network: spread grows with the square root of the node count."""
    if len(g) == 0:
        return {}
    if len(g) <= SMALL:
        raw = nx.spring_layout(g.to_undirected(as_view=True), seed=seed, iterations=100)
    else:
        raw = sampled_layout(g, seed=seed)
    scale = 120.0 * max(len(g), 4) ** 0.5
    return {v: (round(x * scale, 1), round(y * scale, 1)) for v, (x, y) in raw.items()}
