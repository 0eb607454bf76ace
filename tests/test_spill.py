"""kg.spill: a dict that moves to disk behaves as a dict, before and after it spills."""
from __future__ import annotations

import random

import pytest

from kg import spill
from kg.spill import SpillDict, SpillSet


def test_agrees_with_a_dict_across_many_spills():
    rng = random.Random(3)
    d, ref = SpillDict(limit=7), {}
    for i in range(2_000):
        key = rng.choice([rng.randrange(300), f"iri/{rng.randrange(300)}", bytes([rng.randrange(40)])])
        op = rng.random()
        if op < 0.4:
            d[key] = ref[key] = i
        elif op < 0.7:
            assert d.setdefault(key, -i) == ref.setdefault(key, -i)
        else:
            assert d.get(key) == ref.get(key)
            assert (key in d) == (key in ref)
    assert d.on_disk
    assert len(d) == len(ref)
    assert all(d[k] == v for k, v in ref.items())


def test_keys_of_different_types_stay_apart():
    d = SpillDict(limit=1)
    d["1"], d[1], d[b"1"] = "text", "int", "bytes"
    assert (d["1"], d[1], d[b"1"]) == ("text", "int", "bytes")
    with pytest.raises(KeyError):
        d["2"]


def test_a_value_rewritten_after_it_spilled_reads_back_new():
    d = SpillDict(limit=2)
    d["a"] = "old"
    d["b"] = "x"  # spills both
    assert d.get("a") == "old"  # now cached in memory
    d["a"] = "new"
    assert d["a"] == "new"
    d["c"], d["e"] = 1, 2  # spills again
    d.clear()
    assert d.get("a") is None and not d.on_disk


def test_set_and_the_module_wide_bound(monkeypatch):
    monkeypatch.setattr(spill, "LIMIT", 3)
    s = SpillSet()
    for k in range(10):
        s.add(k)
    assert all(k in s for k in range(10)) and 10 not in s and len(s) == 10
    assert s._d.on_disk
