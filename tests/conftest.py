"""Shared fixtures: the sample corpus and one session-wide build of it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold" / "dev.jsonl"
SCORER = SHARED / "tools" / "score.py"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"sample corpus not found at {CORPUS} (set KG_SHARED)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory, corpus_dir) -> Path:
    """The corpus built once per test session: the output folder of `kg build`."""
    from kg.build import build

    out = tmp_path_factory.mktemp("corpus-build")
    build([str(corpus_dir)], out)
    return out
