"""Render the networkx models as self-contained HTML pages.

pyvis assembles the vis-network node/edge records and options; the page
itself comes from our template (`kg/assets/page.html`) because pyvis's own
templates load vis-network, tom-select and bootstrap from a CDN and put
node titles into tooltips as HTML. Here every input text reaches the browser
only inside JSON (with `<`, `>` and `&` escaped) and is shown with
`textContent`; a Content-Security-Policy admits only the page's own scripts
(by hash) and no network at all.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network

from .layout import SMALL, positions
from .model import Facts

ASSETS = Path(__file__).resolve().parent.parent / "assets"
COLORS = {"Paper": "#9aa5b1", "System": "#2f6fb0", "Hardware": "#e8772e", "Technique": "#3f9c4a",
          "Model": "#9b5fb5", "Dataset": "#d9b526"}
SHAPES = {"Paper": "square"}
COMPARISON = "#52606d"
CONTRADICTION = "#d0312d"
QUOTED_NONE = "'none'"
PAGES = (("graph.html", "Whole graph"), ("comparisons.html", "Comparisons"), ("leaderboard.html", "Leaderboard"))


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A vendored or own asset; scripts and styles are checked so they cannot close the tag they go in."""
    text = (ASSETS / name).read_text(encoding="utf-8")
    if name.endswith((".js", ".css")) and re.search(r"</(script|style)|<!--", text, re.I):
        raise ValueError(f"{name}: cannot be inlined, it contains a closing tag")
    return text


def script_json(value: Any) -> str:
    """JSON safe inside <script>: no '</script', '<!--' or line separators survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                     ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def page(title: str, summary: str, body: str, data: Any, scripts: Iterable[str], nav: str = "") -> str:
    """The whole document; `title`/`summary` are escaped here, `body`/`nav` must be escaped HTML."""
    sources = [asset(s) for s in scripts]
    hashes = " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
                      for s in sources)
    values = {
        "TITLE": escape(title), "SUMMARY": escape(summary), "NAV": nav, "BODY": body,
        "VIS_CSS": asset("vis-network.css"), "VIEWS_CSS": asset("views.css"),
        "DATA": script_json(data),
        "SCRIPTS": "\n".join(f"<script>{s}</script>" for s in sources),
    }
    template = asset("page.html").replace("script-src 'unsafe-inline'", f"script-src {hashes or QUOTED_NONE}")
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)


def nav_links(current: str) -> str:
    return "".join(f'<a href="{escape(href)}">{escape(text)}</a>' for href, text in PAGES if href != current)


def controls(filters: bool = True) -> str:
    """Search box, hardware and metric-kind filters, legend (filled by views.js), status line."""
    parts = ['<div class="controls">',
             '<input type="search" id="kg-search" placeholder="Search names and titles\u2026" aria-label="Search">']
    if filters:
        parts += ['<label>Hardware <select id="kg-hardware"><option value="">all</option></select></label>',
                  '<label>Metric kind <select id="kg-kind"><option value="">all</option></select></label>']
    parts += ['<button type="button" id="kg-fit">Fit</button>',
              '<span class="legend" id="kg-legend"></span>',
              '<span class="status" id="kg-status"></span>', "</div>",
              '<div id="network"></div>']
    return "\n".join(parts)


def options(big: bool, comparisons: bool) -> dict:
    """vis-network options: positions come from networkx, so physics stays off."""
    net = Network(directed=True)
    net.toggle_physics(False)
    net.options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "multiselect": True},
        "nodes": {"borderWidth": 1, "font": {"size": 12, "face": "system-ui, sans-serif"}},
        "edges": {"smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.15} if comparisons
                  else {"enabled": False},
                  "color": {"inherit": False}, "font": {"size": 10, "align": "horizontal", "strokeWidth": 3},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
    }
    return json.loads(net.get_network_data()[5])


TOOLTIP_CLAIMS = 20  # an edge's tooltip lists this many claims, then says how many more


def claim_lines(facts: Facts, claims: list, limit: int | None = TOOLTIP_CLAIMS) -> list[str]:
    lines = []
    for c in claims[:limit] if limit else claims:
        lines.append(facts.describe(c) + f"\n  paper: {facts.paper_title(c.paper)}"
                     + (f"\n  evidence: {c.evidence}" if c.evidence else ""))
    if limit and len(claims) > limit:
        lines.append(f"\u2026 and {len(claims) - limit} more claim(s)")
    return lines


def edge_label(facts: Facts, claims: list) -> str:
    """'2x throughput on A100' per claim, at most three lines."""
    parts = []
    for c in claims[:3]:
        hw = ", ".join(facts.label(h) for h in c.hardware)
        parts.append(f"{c.factor()} {c.metric}" + (f" on {hw}" if hw else ""))
    if len(claims) > 3:
        parts.append(f"+{len(claims) - 3} more")
    return "\n".join(short(p, 48) for p in parts)


def network_payload(g: nx.DiGraph, facts: Facts, comparisons: bool = False, labels: bool = False) -> dict:
    """Nodes, edges, options, legend and filter values for views.js, built through pyvis."""
    big = len(g) > SMALL
    pos = positions(g)
    net = Network(directed=True)
    degree = dict(g.degree())
    for n, d in g.nodes(data=True):
        kind = d["type"]
        if comparisons:
            size = 12 + 6 * math.sqrt(d.get("wins", 0))
            tip = f"{d['label']}\nwins {d.get('wins', 0)} comparison(s), loses {d.get('losses', 0)}"
        else:
            size = 7 + 3 * math.log2(1 + degree.get(n, 0))
            tip = f"{kind}: {d['label']}"
            if kind == "Paper":
                tip += f"\nid: {d.get('paper_id', '')}" + (f"\n{d['url']}" if d.get("url") else "")
            else:
                tip += f"\n{degree.get(n, 0)} connection(s)"
        search = " ".join([d["label"], kind, d.get("paper_id", "")] + facts.aliases.get(n, [])).lower()
        net.add_node(n, label=short(d["label"]) or kind, shape=SHAPES.get(kind, "dot"), color=COLORS.get(kind, "#888"),
                     title=tip, size=round(size, 1), x=pos[n][0], y=pos[n][1], kgType=kind, search=search,
                     facet=bool(d.get("hardware") or d.get("kinds")) or kind == "Paper",
                     hardware=d.get("hardware", []), kinds=d.get("kinds", []))
    for i, (a, b, d) in enumerate(g.edges(data=True)):
        attrs: dict[str, Any] = {"id": f"e{i}"}
        if d["type"] == "comparison":
            clash = d.get("contradiction", False)
            tip = ("CONTRADICTED on " + ", ".join(d["contradiction_kinds"]) + "\n\n" if clash else "") + \
                "\n\n".join(claim_lines(facts, d["claims"]))
            attrs.update(title=tip, color=CONTRADICTION if clash else COMPARISON,
                         width=(3 if clash else 1) + min(len(d["claims"]), 6) * 0.5,
                         facet=True, hardware=d["hardware"], kinds=d["kinds"], contradiction=clash,
                         claims=len(d["claims"]), kgType="comparison")
            if comparisons or labels:
                attrs["label"] = edge_label(facts, d["claims"])
            if not comparisons:
                attrs["dashes"] = True
        else:
            rel = ", ".join(d["relations"])
            tip = f"{facts.paper_title(a)}\n{rel} {g.nodes[b]['label']}" + \
                (f"\nevidence: {d['evidence']}" if d["evidence"] else "")
            attrs.update(title=tip, color={"color": "#c7d0d9", "opacity": 0.8}, width=1, arrows="",
                         facet=False, kgType="link")
        net.edges.append(Edge(a, b, True, **attrs).options)  # add_edge rescans all nodes per call
    nodes, edges, _, _, _, opts = net.get_network_data()
    present = {d["type"] for _, d in g.nodes(data=True)}
    legend = [{"type": t, "label": t, "color": COLORS[t]} for t in COLORS if t in present]
    if any(d["type"] == "comparison" for _, _, d in g.edges(data=True)):
        legend.append({"line": True, "label": "beats (winner \u2192 loser)", "color": COMPARISON})
        if any(d.get("contradiction") for _, _, d in g.edges(data=True)):
            legend.append({"line": True, "label": "contradicted", "color": CONTRADICTION})
    hw = sorted({h for _, d in g.nodes(data=True) for h in d.get("hardware", [])} |
                {h for _, _, d in g.edges(data=True) for h in d.get("hardware", [])},
                key=lambda h: facts.label(h).lower())
    kinds = sorted({k for _, d in g.nodes(data=True) for k in d.get("kinds", [])} |
                   {k for _, _, d in g.edges(data=True) for k in d.get("kinds", [])})
    return {"nodes": nodes, "edges": edges, "options": options(big, comparisons or labels),
            "legend": legend, "hardware": [[h, facts.label(h)] for h in hw], "kinds": [[k, k] for k in kinds]}


def network_page(title: str, summary: str, g: nx.DiGraph, facts: Facts, current: str,
                 comparisons: bool = False, labels: bool = False) -> str:
    """A network view; `comparisons` draws the who-beats-whom style, `labels` labels comparison edges."""
    payload = network_payload(g, facts, comparisons, labels)
    return page(title, summary, controls(), payload, ["vis-network.min.js", "views.js"], nav_links(current))


def leaderboard_page(facts: Facts, board: dict, totals: dict | None = None, claims: int | None = None,
                     ranked_over: str = "") -> str:
    """Tables per (metric kind, hardware): ranked factors, each with its paper and evidence sentence.

    `totals` gives a table's full row count when only its best rows are in `board`; `claims`
    the graph's claim count when `facts` holds only those rows; `ranked_over` says which claims
    were ranked when not all were ("counted over 10,000 of the 1,000,000 papers").
    """
    totals = totals or {}
    sections = []
    kinds, hardware = set(), set()
    for (kind, hw), rows in board.items():
        kinds.add(kind)
        hardware.add(hw)
        head = f"{kind} \u00b7 {hw or 'hardware not stated'}"
        if totals.get((kind, hw), 0) > len(rows):
            head += f" (top {len(rows):,} of {totals[(kind, hw)]:,})"
        body = []
        for rank, c in enumerate(rows, 1):
            title = facts.paper_title(c.paper)
            url = (facts.papers.get(c.paper) or {}).get("url") or ""
            link = f' <a href="{escape(url)}" rel="noreferrer">link</a>' if re.match(r"https?://", url) else ""
            evidence = f"<blockquote>{escape(c.evidence)}</blockquote>" if c.evidence else ""
            body.append(
                "<tr>"
                f'<td class="num">{rank}</td><td class="num">{escape(c.factor())}</td>'
                f"<td>{escape(facts.label(c.winner) or '(unnamed system)')}</td>"
                f"<td>{escape(facts.label(c.loser) or '(generic baseline)')}</td>"
                f"<td>{escape(c.metric)}</td>"
                f"<td><details><summary>{escape(title)}</summary>{evidence}</details>{link}</td>"
                "</tr>")
        sections.append(
            f'<section data-kind="{escape(kind)}" data-hw="{escape(hw)}"><h2>{escape(head)}</h2>'
            "<table><thead><tr><th>#</th><th>factor</th><th>better</th><th>than</th><th>metric</th>"
            "<th>paper and evidence</th></tr></thead><tbody>" + "".join(body) + "</tbody></table></section>")
    options_html = lambda values, none: "".join(  # noqa: E731
        f'<option value="{escape(v)}">{escape(v or none)}</option>' for v in sorted(values))
    body = ('<div class="controls"><input type="search" id="lb-search" placeholder="Search systems, papers\u2026">'
            f'<label>Metric kind <select id="lb-kind"><option value="*">all</option>{options_html(kinds, "")}</select></label>'
            f'<label>Hardware <select id="lb-hw"><option value="*">all</option>'
            f'{options_html(hardware, "hardware not stated")}</select></label>'
            '<span class="status" id="lb-status"></span></div>'
            "<main>" + ("".join(sections) or "<p>No quantified claims in the graph.</p>") + "</main>")
    n = sum(len(r) for r in board.values())
    summary = f"{len(facts.claims) if claims is None else claims} claims in {len(board)} tables " \
        f"(metric kind \u00d7 hardware), {n} rows"
    capped = sum(1 for key, rows in board.items() if totals.get(key, 0) > len(rows))
    if capped:
        summary += f"; {capped} table(s) show only their {max(len(r) for r in board.values()):,} largest factors"
    if ranked_over:
        summary += f"; tables rank the claims of a fixed sample of papers ({ranked_over})"
    return page("Leaderboard: reported factors", summary, body, {"tables": len(board), "rows": n},
                ["leaderboard.js"], nav_links("leaderboard.html"))
