"""Names -> canonical names and IRI-safe keys (A100 = NVIDIA A100 GPU = A100-40G = 8xA100).

Runs after extraction, so it uses only the standard library and the alias table in
kg/patterns/*.jsonl (rows whose `id` names the canonical form). `canonical` is a pure
function of (name, label): the same input gives the same name in every paper, which is
what lets the graph join mentions across papers.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kg.memo import LIMIT as _MEMO
from kg.records import Extraction, Mention

_PATTERN_DIR = Path(__file__).resolve().parent / "patterns"
_FILES = ("hardware.jsonl", "systems.jsonl", "models.jsonl", "datasets.jsonl", "techniques.jsonl", "metrics.jsonl")
# Vendor and brand words written before a chip's name ("NVIDIA A100", "AWS Trainium"); the
# extraction pipeline strips the same words when it narrows a hardware mention.
_VENDOR_WORDS = ("geforce", "tesla", "instinct", "nvidia", "intel", "amd", "google", "huawei", "apple", "arm", "habana",
                 "xilinx", "amd/xilinx", "aws", "amazon", "qualcomm", "cerebras", "sambanova", "graphcore", "ibm",
                 "fujitsu", "mellanox", "samsung", "mediatek", "altera", "marvell", "broadcom")
VENDORS = f"(?:{'|'.join(_VENDOR_WORDS)})"
_HW_TAIL = r"(?:gpus?|cpus?|hpus?|npus?|tpus?|processors?|accelerators?|chips?|cards?|devices?|nodes?|superchips?|ssds?)"
# Model families whose display spelling differs from a plain capitalisation.
_MODEL_SPELLING = {
    "llama": "Llama", "gpt": "GPT", "opt": "OPT", "bert": "BERT", "roberta": "RoBERTa", "t5": "T5", "vit": "ViT",
    "deit": "DeiT", "qwen": "Qwen", "mixtral": "Mixtral", "mistral": "Mistral", "falcon": "Falcon", "phi": "Phi",
    "gemma": "Gemma", "deepseek": "DeepSeek", "bloom": "BLOOM", "palm": "PaLM", "resnet": "ResNet", "vicuna": "Vicuna",
    "codellama": "CodeLlama", "starcoder": "StarCoder", "clip": "CLIP", "swin": "Swin", "gpt-oss": "gpt-oss",
}
_MODEL_VARIANT_TAIL = re.compile(r"[-\s](?:instruct|chat-hf|hf|base|it)$", re.I)


@lru_cache(maxsize=1)
def _aliases() -> dict[tuple[str, str], str]:
    """(label, folded alias) -> canonical name, from the gazetteer rows that carry an id."""
    table: dict[tuple[str, str], str] = {}
    for name in _FILES:
        path = _PATTERN_DIR / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                row = json.loads(line)
                if isinstance(row.get("pattern"), str) and row.get("id"):
                    folds = (_fold_case, _fold) if row.get("case") else (_fold,)  # "FLOPs" is not "FLOPS"
                    for fold in folds:
                        table.setdefault((row["label"], fold(row["pattern"])), row["id"])
                        table.setdefault((row["label"], fold(row["id"])), row["id"])
    return table


def _alias(text: str, label: str) -> str | None:
    """The id of a listed name: a case-sensitive row's exact spelling, else the first row's that folds alike
    ("MARLIN" is Marlin: a name already found needs no guard against the common word)."""
    table = _aliases()
    return table.get((label, _fold_case(text))) or table.get((label, _fold(text)))


_NOT_NAME_CHAR = re.compile(r"[^0-9A-Za-z\u0391-\u03a9\u03b1-\u03c9]+")


def _squash(name: str) -> str:
    """Spaces and punctuation aside, "++" read as "pp" and "#" as "sharp"; Greek letters kept
    ("PixArt-α" is not "PixArt-Σ")."""
    return _NOT_NAME_CHAR.sub("", name.replace("++", "pp").replace("#", "sharp"))


def _fold(name: str) -> str:
    """A name's case-blind key."""
    return _squash(name.lower())


def _fold_case(name: str) -> str:
    """A name's case-keeping key, marked so that it never meets a case-blind one."""
    return "=" + _squash(name)


def key(name: str) -> str:
    """IRI-safe, deterministic slug: lower-case letters, digits and single hyphens.

    "C++" -> "cpp", "C#" -> "csharp", "LLaMA-2 7B" -> "llama-2-7b". Names of only symbols
    fall back to a hex code so that the key is never empty.
    """
    s = name.strip().lower().replace("++", "pp").replace("#", "sharp").replace("+", "plus")
    s = re.sub(r"[^0-9a-z]+", "-", s).strip("-")
    if not s:
        s = "x" + "".join(f"{ord(c):x}" for c in name)[:40]
    return s


@lru_cache(maxsize=_MEMO)
def canonical(name: str, label: str) -> str:
    """The canonical name of an entity mention of the given type (cached: names repeat across papers).

    A fixed point: a listed alias gives what its id gives, and a canonical name is its own
    canonical name, so a claim's raw "Habana" and a mention's id "Habana Gaudi" meet at one node."""
    text = re.sub(r"\s+", " ", name).strip()
    for _ in range(3):
        nxt = _canonical_once(text, label)
        if nxt == text:
            break
        text = nxt
    return text


def _canonical_once(text: str, label: str) -> str:
    if not text:
        return text
    hit = _alias(text, label)
    if label in ("Technique", "Metric"):
        return _phrase(hit or text)
    if hit:  # a listed name ("Edge TPU") before the chip rules strip a tail from it
        return hit
    if label == "Hardware":
        bare = _hardware_bare(text)
        hit = _alias(bare, label)  # "Google Edge TPU" is the Edge TPU, not an "Edge" chip
        if hit:
            return hit
        text = _hardware_core(bare)
        hit = _alias(text, label)
        if hit:
            return hit
    if label == "Model":
        return _model(text)
    return text


def _hardware_bare(text: str) -> str:
    """"8x NVIDIA A100-40GB GPUs" -> "A100-40GB GPUs": no count, no vendor."""
    t = re.sub(r"^\d+\s*[x×]\s*", "", text)
    return re.sub(rf"^{VENDORS}\s+", "", t, flags=re.I)


def _hardware_core(t: str) -> str:
    """"A100-40GB GPUs" (a bare name) -> "A100"."""
    t = re.sub(rf"\s+{_HW_TAIL}$", "", t, flags=re.I)
    t = re.sub(r"(?<=\d)s$", "", t)  # "A100s"
    m = re.match(r"^([A-Z]+\d+[A-Z]?)[-\s](?:\d+\s*G[B]?|SXM\d?|PCIe|NVL)\b.*$", t)
    if m:
        t = m.group(1)
    m = re.match(r"^(RTX|GTX)\s*-?\s*(A?\d{3,4})(\s*Ti)?$", t, re.I)
    if m:
        t = f"{m.group(1).upper()} {m.group(2).upper()}" + (" Ti" if m.group(3) else "")
    if re.fullmatch(r"\d{4}(\s*Ti)?", t):
        t = "RTX " + t
    m = re.match(r"^TPU\s*-?\s*(v\d[a-z]?)$", t, re.I)
    if m:
        t = "TPU " + m.group(1).lower()
    return t


def _model(text: str) -> str:
    """"LLaMA-2 7B", "Llama2-7B" and "llama 2 7b" -> "Llama-2-7B"."""
    t = _MODEL_VARIANT_TAIL.sub("", text) if re.search(r"\d+(\.\d+)?[BbMm]\b", text) else text
    parts = [p for p in re.split(r"[\s\-_]+|(?<=[A-Za-z])(?=\d)(?<!v)(?<!\dx)", t) if p]
    if not parts:
        return text
    fam = parts[0].lower()
    if fam in _MODEL_SPELLING:
        parts[0] = _MODEL_SPELLING[fam]
    out = []
    for p in parts:
        if re.fullmatch(r"\d+(\.\d+)?[bmkt]", p, re.I):
            p = p[:-1] + p[-1].upper()
        out.append(p)
    return "-".join(out)


def _phrase(text: str) -> str:
    """Technique/metric: lower case, hyphens tight, last word singular."""
    t = re.sub(r"\s*-\s*", "-", text.strip())
    if not t.isupper() and not re.search(r"[a-z][A-Z]", t):
        t = t.lower()
    words = t.split(" ")
    last = words[-1]
    if len(last) > 4 and last.endswith("ies"):
        last = last[:-3] + "y"
    elif len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "ics")) and last.islower():
        last = last[:-1]
    words[-1] = last
    return " ".join(words)


def resolve(extraction: Extraction) -> Extraction:
    """Fill Mention.canonical (a new Extraction; the input is not changed).

    A name already set by extraction (a paper-local acronym, a gazetteer id) is kept and
    normalised. Claim subject/baseline/hardware keep the raw text for output; consumers
    map them with `canonical(name, label)`, which gives the same name as here.
    """
    mentions = [Mention(m.text, m.label, m.start, m.end, m.sentence, canonical(m.canonical or m.text, m.label))
                for m in extraction.mentions]
    # Claims keep their raw names for output; consumers map them with `canonical`.
    return replace(extraction, mentions=mentions, claims=list(extraction.claims))
