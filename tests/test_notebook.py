"""notebooks/explore.ipynb runs top to bottom on a real build (executed with nbclient)."""
from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def test_notebook_runs_on_a_build(corpus_build, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    if not (Path(corpus_build) / "store").is_dir():
        pytest.skip("the corpus build has no store")
    monkeypatch.setenv("KG_BUILD", str(corpus_build))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "triples" in text and "most-used baseline:" in text
    html = "\n".join(o.get("data", {}).get("text/html", "") for o in outputs)
    for name in ("outperformers", "leaderboard", "contradictions", "techniques-by-hardware"):
        assert f"<h3>{name}</h3>" in html
    if (Path(corpus_build) / "comparisons.html").is_file():
        assert "<iframe srcdoc=" in html
