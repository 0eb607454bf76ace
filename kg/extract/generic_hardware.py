"""A generic chip as the baseline of a claim ("15x faster than its contemporary GPU or CPU") is
the named chip of that kind the abstract compared against before ("We compare the TPU to a
server-class Intel Haswell CPU and an Nvidia K80 GPU"), when there is exactly one.

Why a pass of its own: the sentence reader sees one sentence, and the chip is often named in
an earlier one. Without a named comparator earlier, the generic baseline stays null, as the
guideline asks ("over GPU and CPU baseline").
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.records import Claim

# "than its contemporary GPU or CPU", "compared to CPU": a bare kind of chip, nothing after it
# that makes it something else ("the CPU baseline", "GPU-only", "CPU servers")
_GENERIC = re.compile(
    r"(?:than|over|versus|vs\.?|against|(?:compared|relative)\s+(?:to|with))\s+"
    r"(?:(?:the|its|their|a|an)\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?"
    r"([gc]pu)s?(?:\s+(?:or|and)\s+(?:(?:the|a|an)\s+)?([gc]pu)s?)?"
    r"(?![\w-]|\s+(?:only|based|baselines?|implementations?|versions?|counterparts?|systems?|servers?|"
    r"solutions?|clusters?|platforms?|nodes?|kernels?|librar\w+|code|approach\w*|methods?|cores?)\b)")
# between the number and that phrase: a few words, no new clause or number
_GAP = re.compile(r"[^,;:.\d()]{0,48}")
# what makes a named chip a comparator: the comparison governs it
_COMPARATOR = re.compile(r"\b(?:than|versus|vs\.?|against|relative\s+to|compar\w+\b[^.;]{0,40}?\b(?:to|with))\s")
_RESPECTIVELY_NEXT = re.compile(r",?\s*respectively\b")
# from a number of a list to its generic chips: numbers may stand in it ("40x and 11.5x higher energy efficiency")
_LIST_GAP = re.compile(r"(?:[^,;:.()]|(?<=\d)\.(?=\d)){0,80}")
# a preposition between the comparison and the chip: the chip is where something ran
_NOT_GOVERNED = re.compile(r"\b(?:on|in|with|using|for|by|at|from|of)\s")
_KIND_AFTER = re.compile(r"\s*-?\s*(gpu|cpu|processor)s?\b")
_CPU_NAME = re.compile(r"xeon|epyc|haswell|broadwell|skylake|cascade lake|ice lake|sapphire rapids|ryzen|graviton"
                       r"|altra|cortex|\bcore\b|\bi[3579]-")
_GPU_NAME = re.compile(r"^(?:nvidia |amd )?(?:[ahvpktl]\d{1,3}\b|rtx|gtx|titan|quadro|mi\d|radeon|tesla|geforce"
                       r"|[bg]h?\d00)")


def resolve(claims: list[Claim], text: str, hardware: list[tuple[int, int, str]]) -> list[Claim]:
    """`claims` with generic-chip baselines named; `hardware` = (start, end, name) in `text`."""
    if not hardware or not any(c.baseline is None and c.end >= 0 and "pu" in c.evidence.lower() for c in claims):
        return claims
    low = text.lower()
    compared = _compared_chips(low, hardware)
    if not compared:
        return claims
    out: list[Claim] = []
    for c in claims:
        m = _generic_after(low, c) if c.baseline is None and c.end >= 0 else None
        kinds = list(filter(None, m.groups())) if m else []
        if c.baseline is None and c.end >= 0 and (m is None or len(kinds) > 1):
            m, kinds = _respectively(low, c, claims) or (m, kinds)
        if m is None:
            out.append(c)
            continue
        names = []
        for kind in kinds:
            chips = {name for start, kind2, name in compared if kind2 == kind and start < m.start()}
            if len(chips) != 1:
                names = []
                break
            names.append(chips.pop())
        if not names:
            out.append(c)
            continue
        for name in names:
            out.append(replace(c, baseline=name, hardware=[h for h in c.hardware if h != name]))
    return out


def _respectively(low: str, c: Claim, claims: list[Claim]) -> tuple[re.Match, list[str]] | None:
    """"40x and 11.5x higher energy efficiency compared with the CPU and GPU respectively": the
    claim's place among the list's numbers picks its kind of chip."""
    m = _GENERIC.search(low, c.end, c.end + 120)
    if m is None or not m.group(2) or not _RESPECTIVELY_NEXT.match(low, m.end()) \
            or not _LIST_GAP.fullmatch(low, c.end, m.start()):
        return None
    starts = sorted({o.start for o in claims if o.evidence == c.evidence and o.baseline is None
                     and o.start >= 0 and o.end <= m.start() and _LIST_GAP.fullmatch(low, o.end, m.start())})
    k = starts.index(c.start) if c.start in starts else -1
    return (m, [m.group(k + 1)]) if len(starts) == 2 and k >= 0 else None


def _generic_after(low: str, c: Claim) -> re.Match | None:
    """The generic-chip comparison right after the claim's number, if any."""
    m = _GENERIC.search(low, c.end, c.end + 80)
    return m if m is not None and _GAP.fullmatch(low, c.end, m.start()) else None


def _compared_chips(low: str, hardware: list[tuple[int, int, str]]) -> list[tuple[int, str, str]]:
    """(start, "gpu"/"cpu", name) of each named chip that a comparison governs (`low`: the text, lower-cased)."""
    out = []
    for start, end, name in hardware:
        window = low[max(0, start - 80):start]
        cut = max(window.rfind(". "), window.rfind("; "))
        found = list(_COMPARATOR.finditer(window, cut + 1))
        if not found or _NOT_GOVERNED.search(window, found[-1].end()):  # the nearest comparison
            continue
        kind = _kind(low, end, name.lower())
        if kind:
            out.append((start, kind, name))
    return out


def _kind(low: str, end: int, name: str) -> str | None:
    after = _KIND_AFTER.match(low, end)
    if after:
        return "gpu" if after.group(1) == "gpu" else "cpu"
    if name.endswith((" gpu", " gpus")):
        return "gpu"
    if name.endswith((" cpu", " cpus", " processor")):
        return "cpu"
    if _CPU_NAME.search(name):
        return "cpu"
    if _GPU_NAME.search(name):
        return "gpu"
    return None
