"""Canonical names, aliases and keys: pure functions of the name, stdlib only."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from kg.records import Claim, Extraction, Mention, Paper
from kg.resolve import canonical, key, resolve


@pytest.mark.parametrize("name", ["A100", "NVIDIA A100 GPU", "A100-40G", "8xA100", "8× A100", "A100s",
                                  "A100-SXM4-80GB", "nvidia a100 gpus"])
def test_a100_aliases(name):
    assert canonical(name, "Hardware") == "A100"


@pytest.mark.parametrize("name,expected", [("RTX4090", "RTX 4090"), ("GeForce RTX 4090", "RTX 4090"),
                                           ("4090", "RTX 4090"), ("Intel Gaudi2 HPU", "Gaudi2"),
                                           ("TPU v4", "TPUv4"), ("TPUv4", "TPUv4")])
def test_hardware_forms(name, expected):
    assert canonical(name, "Hardware") == expected


def test_system_aliases_from_gazetteer():
    assert canonical("Megatron", "System") == canonical("Megatron-LM", "System") == "Megatron-LM"
    assert canonical("TRT-LLM", "System") == "TensorRT-LLM"
    assert canonical("UnknownSys", "System") == "UnknownSys"


@pytest.mark.parametrize("a,b", [("LLaMA-2 7B", "Llama2-7B"), ("Llama-2-7B", "llama 2 7b"),
                                 ("Llama-3.1-8B-Instruct", "Llama-3.1-8B"), ("ResNet50", "ResNet-50")])
def test_model_spellings_meet(a, b):
    assert canonical(a, "Model") == canonical(b, "Model")


def test_model_sizes_stay_apart():
    assert canonical("Llama-2-7B", "Model") != canonical("Llama-2-70B", "Model")
    assert canonical("LLaMA3.1-70B", "Model") == "Llama-3.1-70B"


def _alias_rows():
    from kg.resolve import _FILES, _PATTERN_DIR
    for name in _FILES:
        for line in (_PATTERN_DIR / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("pattern"), str):
                yield row


def test_every_listed_alias_meets_its_id_and_canonical_names_are_fixed_points():
    """A claim names its hardware raw ("Habana") while a mention carries the gazetteer id
    ("Habana Gaudi"): both must land on one node, whichever path they take."""
    off, moving = [], []
    for row in _alias_rows():
        label, name = row["label"], canonical(row["pattern"], row["label"])
        if canonical(name, label) != name:
            moving.append((row["pattern"], name, canonical(name, label)))
        if row.get("id") and canonical(row["id"], label) != name:
            off.append((row["pattern"], row["id"], name, canonical(row["id"], label)))
    assert off == [] and moving == []


@pytest.mark.parametrize("label,names,expected", [
    ("Hardware", ["Edge TPU", "EdgeTPU", "Google Edge TPU"], "Edge TPU"),  # not "Edge": TPU is no tail here
    ("Hardware", ["Habana", "Habana Gaudi", "Intel Gaudi", "Gaudi"], "Gaudi"),
    ("Hardware", ["Hexagon NPU", "Hexagon DSP"], "Hexagon DSP"),
    ("Hardware", ["Cloud TPU", "Cloud TPUs"], "TPU"),
    ("Technique", ["PEFT", "parameter efficient fine-tuning", "Parameter-Efficient Finetuning"],
     "parameter-efficient fine-tuning"),
    ("Technique", ["MoE", "mixture-of-experts", "Mixture of Experts"], canonical("mixture of experts", "Technique")),
    ("System", ["MARLIN", "Marlin"], "Marlin"),  # a case-sensitive row guards matching, not identity
])
def test_listed_aliases_meet(label, names, expected):
    assert {canonical(n, label) for n in names} == {expected}


def test_listed_spellings_that_differ_stay_apart():
    assert canonical("PixArt-alpha", "Model") == "PixArt-α" != canonical("PixArt-Sigma", "Model") == "PixArt-Σ"
    assert canonical("FLOPs", "Metric") != canonical("FLOPS", "Metric")


def test_phrases_fold_case_and_plural():
    assert canonical("Speedups", "Metric") == canonical("speedup", "Metric") == "speedup"
    assert canonical("KV caches", "Technique") == "kv cache"
    assert canonical("MoE", "Technique") == canonical("mixture-of-experts", "Technique")  # a listed alias


@pytest.mark.parametrize("name,expected", [("C++", "cpp"), ("C#", "csharp"), ("ZeRO++", "zeropp"),
                                           ("LLaMA-2 7B", "llama-2-7b"), ("Hogwild! Inference", "hogwild-inference"),
                                           ("FlashAttention-2", "flashattention-2")])
def test_keys_are_iri_safe_and_deterministic(name, expected):
    assert key(name) == expected == key(name)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key(name))


def test_key_never_empty():
    assert key("+++") and key("!!") and re.fullmatch(r"[a-z0-9-]+", key("!!"))


def test_resolve_fills_canonical_and_keeps_raw_claims():
    p = Paper(title=None, abstract="x", sources=[])
    c = Claim(subject="FooServe", baseline="Megatron", metric="throughput", metric_kind="throughput",
              value=2.0, unit="x", hardware=["NVIDIA A100 GPU"])
    ex = Extraction(paper=p, mentions=[Mention("NVIDIA A100 GPU", "Hardware", 0, 15),
                                       Mention("Megatron", "System", 20, 28),
                                       Mention("PEFT", "Technique", 30, 34, canonical="parameter-efficient fine-tuning")],
                    claims=[c])
    out = resolve(ex)
    assert [m.canonical for m in out.mentions] == ["A100", "Megatron-LM", "parameter-efficient fine-tuning"]
    assert out.claims[0].baseline == "Megatron" and out.claims[0].hardware == ["NVIDIA A100 GPU"]
    assert ex.mentions[0].canonical is None  # input untouched


def test_resolve_is_stdlib_only():
    tree = ast.parse(Path(__file__).resolve().parents[1].joinpath("kg", "resolve.py").read_text())
    mods = {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    mods |= {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "spacy" not in mods and "rdflib" not in mods
