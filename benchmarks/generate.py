"""Write N synthetic ML-systems abstracts, seeded and streamed, for scale benchmarks.

The real sample corpus has ~100 papers; measuring throughput and memory needs
1k to 1M. Each paper is made from its own RNG seeded by (seed, index), so the
corpus of N papers is a prefix of the corpus of any larger N, the same seed
always gives the same bytes, and nothing but one paper is ever in memory.

Every paper proposes a uniquely named system (a bijection from its index onto
a name space of ~1.8M names) named in its title and in the first 200
characters of its abstract, so the readers' deduplication keys never merge two
different papers; `--dup-rate` adds exact repeats on purpose.

    python benchmarks/generate.py 10000 --format listing -o /tmp/c10k.txt
    python benchmarks/generate.py 1000 --format jsonl --seed 7 -o /tmp/c1k.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

# --- name lists (pure data) -------------------------------------------------

BASELINES = {
    "serving": ["vLLM", "TensorRT-LLM", "SGLang", "Orca", "FasterTransformer", "TGI", "DeepSpeed-Inference",
                "llama.cpp", "DistServe", "Sarathi-Serve", "Splitwise", "S-LoRA", "Punica", "LightLLM",
                "FlexGen", "SpecInfer", "Medusa", "EAGLE", "Mooncake", "LMDeploy"],
    "training": ["Megatron-LM", "DeepSpeed", "ZeRO-3", "PyTorch FSDP", "GPipe", "PipeDream", "Alpa",
                 "Horovod", "ZeRO-Offload", "ColossalAI", "Varuna", "Oobleck", "Bamboo", "Tutel",
                 "FasterMoE", "MegaBlocks", "LoRA", "QLoRA", "Unsloth", "PEFT"],
    "compiler": ["TVM", "Ansor", "Triton", "XLA", "TensorRT", "cuBLAS", "CUTLASS", "cuDNN", "Halide",
                 "MLIR", "Hidet", "Ladder", "Roller", "TorchInductor", "FlashAttention", "FlashAttention-2",
                 "Marlin", "BitBLAS", "oneDNN", "ROCm"],
    "quantization": ["GPTQ", "AWQ", "SmoothQuant", "LLM.int8()", "QuIP", "OmniQuant", "SpQR", "QuaRot",
                     "bitsandbytes", "ZeroQuant", "Atom", "QServe", "Marlin", "FP8-LM", "SqueezeLLM"],
    "hpc": ["MPI", "OpenMP", "Kokkos", "RAJA", "SYCL", "HIP", "CUDA", "NCCL", "MVAPICH2", "Open MPI",
            "PETSc", "Trilinos", "cuSPARSE", "MKL", "ScaLAPACK", "Legion", "Charm++", "HPX"],
}

HARDWARE = ["A100", "H100", "V100", "A10G", "L4", "L40S", "RTX 4090", "RTX 3090", "RTX A6000", "MI250X",
            "MI300X", "TPU v4", "TPU v5e", "Gaudi2", "Jetson Orin", "Ascend 910B", "T4", "GH200",
            "Xeon Platinum 8380", "EPYC 7763", "Apple M2 Ultra", "Grace Hopper"]
HW_FULL = {"A100": "NVIDIA A100", "H100": "NVIDIA H100", "V100": "NVIDIA V100", "MI250X": "AMD MI250X",
           "MI300X": "AMD MI300X", "Gaudi2": "Intel Gaudi2", "T4": "NVIDIA T4", "L4": "NVIDIA L4"}
ACCEL_NOUN = {"TPU v4": "chips", "TPU v5e": "chips", "Gaudi2": "HPUs", "Ascend 910B": "NPUs",
              "Xeon Platinum 8380": "CPUs", "EPYC 7763": "CPUs", "Apple M2 Ultra": "machines",
              "Jetson Orin": "boards", "Grace Hopper": "superchips", "GH200": "superchips"}
CLUSTERS = ["Frontier", "Summit", "Perlmutter", "Fugaku", "Aurora", "LUMI", "Polaris", "Selene"]
INTERCONNECTS = ["NVLink", "InfiniBand", "PCIe 4.0", "RoCE", "Slingshot", "NVSwitch"]

MODELS = ["Llama-2-7B", "Llama-2-13B", "Llama-2-70B", "LLaMA-3-8B", "Llama-3.1-70B", "Mistral-7B",
          "Mixtral-8x7B", "OPT-13B", "OPT-30B", "OPT-66B", "GPT-3", "GPT-2", "BERT-Large", "T5-11B",
          "Qwen2-7B", "Qwen2.5-72B", "Falcon-40B", "BLOOM-176B", "Vicuna-13B", "CodeLlama-34B",
          "DeepSeek-V2", "Phi-3-mini", "Gemma-7B", "ResNet-50", "ViT-B/16", "Stable Diffusion XL"]
DATASETS = ["ShareGPT", "Alpaca", "MMLU", "GSM8K", "HumanEval", "LongBench", "WikiText-2", "C4",
            "ImageNet", "CIFAR-10", "SQuAD", "MT-Bench", "LMSYS-Chat-1M", "Azure LLM inference traces",
            "SpecBench", "PolyBench", "SPEC CPU2017", "HPCG", "STREAM", "MLPerf Inference", "The Pile",
            "Arxiv-Summarization", "BurstGPT", "SuiteSparse"]

TECHNIQUES = {
    "serving": ["continuous batching", "paged attention", "speculative decoding", "prefix caching",
                "KV cache compression", "prefill-decode disaggregation", "request scheduling",
                "chunked prefill", "KV cache offloading", "tensor parallelism", "early exiting"],
    "training": ["pipeline parallelism", "tensor parallelism", "data parallelism", "activation checkpointing",
                 "gradient accumulation", "mixed-precision training", "expert parallelism", "ZeRO sharding",
                 "low-rank adaptation", "parameter-efficient fine-tuning", "optimizer state offloading"],
    "compiler": ["kernel fusion", "operator fusion", "auto-tuning", "loop tiling", "layout transformation",
                 "software pipelining", "tensor core programming", "graph rewriting", "cost modeling",
                 "vectorization", "warp specialization"],
    "quantization": ["weight-only quantization", "post-training quantization", "4-bit quantization",
                     "mixed-precision quantization", "outlier smoothing", "activation quantization",
                     "quantization-aware training", "low-bit GEMM", "sparsity", "pruning"],
    "hpc": ["domain decomposition", "load balancing", "communication overlap", "asynchronous tasking",
            "sparse matrix-vector multiplication", "checkpoint/restart", "auto-tuning", "vectorization",
            "collective communication", "task-based parallelism", "mixed-precision arithmetic"],
}

PROBLEMS = {
    "serving": ["Serving large language models (LLMs) such as {model} at low latency is expensive",
                "LLM inference is increasingly bottlenecked by the memory footprint of the KV cache",
                "Online LLM services must meet strict latency SLOs under bursty request arrivals",
                "Autoregressive decoding underutilizes {hw} GPUs because each step is memory-bound"],
    "training": ["Training foundation models like {model} requires thousands of accelerators for weeks",
                 "Fine-tuning large models remains costly in both memory and training time",
                 "Distributed training of large transformers suffers from communication overheads",
                 "Mixture-of-experts models are hard to train efficiently due to load imbalance"],
    "compiler": ["Deep learning compilers struggle to generate efficient kernels for emerging operators",
                 "Hand-written GPU kernels achieve high performance but take months of expert effort",
                 "Dynamic shapes in modern models defeat the static optimizations of tensor compilers",
                 "Attention kernels dominate the runtime of long-context transformer workloads"],
    "quantization": ["Quantization reduces the memory footprint of LLMs such as {model}, but low-bit kernels are slow",
                     "Low-bit weight quantization often degrades accuracy on reasoning benchmarks",
                     "Activation outliers make 4-bit quantization of LLMs challenging",
                     "Mixed-precision matrix multiplication lacks efficient support on {hw} GPUs"],
    "hpc": ["Exascale systems such as {cluster} combine GPUs from several vendors in one machine",
            "Scientific codes must run efficiently across heterogeneous CPU-GPU architectures",
            "Sparse linear algebra kernels remain memory-bound on modern accelerators",
            "Scaling stencil applications to thousands of nodes is limited by halo exchanges"],
}

KINDS = {"serving": ["an LLM serving system", "an inference engine", "a scheduling framework", "a serving runtime"],
         "training": ["a distributed training system", "a fine-tuning framework", "a training runtime", "a parallelization planner"],
         "compiler": ["a tile-based compiler", "a kernel library", "a tensor compiler", "a code generator"],
         "quantization": ["a quantization framework", "a low-bit inference system", "a quantization algorithm", "a mixed-precision kernel library"],
         "hpc": ["a performance-portable runtime", "a communication library", "a task-based runtime", "a sparse solver library"]}

TITLE_TAILS = {"serving": ["Efficient LLM Serving with {tech}", "Fast and Memory-Efficient LLM Inference via {tech}",
                           "Serving Large Language Models at Scale with {tech}"],
               "training": ["Scalable Training of Large Models with {tech}", "Efficient Fine-Tuning via {tech}",
                            "Accelerating Distributed Training through {tech}"],
               "compiler": ["Generating Fast GPU Kernels with {tech}", "A Compiler for Efficient {tech}",
                            "Portable High-Performance Kernels via {tech}"],
               "quantization": ["Accurate and Efficient LLM Quantization with {tech}", "Fast Low-Bit Inference via {tech}",
                                "Towards Lossless {tech} for Large Language Models"],
               "hpc": ["Performance Portability through {tech}", "Scalable Scientific Computing with {tech}",
                       "Efficient Exascale Applications via {tech}"]}

METRICS_UP = ["throughput", "goodput", "energy efficiency", "TFLOPS", "tokens per second", "hardware utilization",
              "memory bandwidth utilization", "scaling efficiency"]
METRICS_DOWN = ["latency", "time-to-first-token", "tail latency", "memory usage", "training time",
                "end-to-end latency", "inference cost", "energy consumption", "communication time", "peak memory"]

# Name space: compound names (A x B x C) then syllable words (S x S x S); see `system_name`.
NAME_A = ["Flash", "Spec", "Turbo", "Hexa", "Quant", "Tile", "Pipe", "Mega", "Hydra", "Nimbus", "Swift", "Deep",
          "Fast", "Hyper", "Sparse", "Fluid", "Elastic", "Lumen", "Vortex", "Zephyr", "Aero", "Quasar", "Nova",
          "Tensor", "Kernel", "Shard", "Orion", "Atlas", "Titan", "Helix", "Prism", "Echo"]
NAME_B = ["Serve", "Infer", "Attn", "Train", "Kern", "Shard", "Cache", "Sched", "Comm", "Fuse", "Graph",
          "Flow", "Mesh", "Stream", "Tune", "Pack", "Mix", "Scale", "Spec", "Gen", "Opt", "Blas"]
NAME_C = ["", "-LM", "X", "2", "Lite", "Pro", "-MoE", "Go"]
SYLL = [c + v for c in "bcdfghklmnprstvwz" for v in "aeiou"] + [
    "qua", "tri", "pro", "fle", "gra", "clo", "sky", "jin", "yan", "wyn", "xen", "ael", "ion",
    "eon", "ori", "tsu", "chi"]  # prefix-free, so a syllable word decodes one way only
N_COMPOUND = len(NAME_A) * len(NAME_B) * len(NAME_C)
N_NAMES = N_COMPOUND + len(SYLL) ** 3
_STRIDE = 1_000_003  # prime, larger than N_NAMES, so i -> i*_STRIDE mod N_NAMES is a permutation

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHROME = ("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
          "byAK and the research community\n\n{date}\n\n")


def system_name(i: int, seed: int = 0) -> str:
    """The i-th name of a seeded permutation of the name space: distinct for distinct i."""
    j = (i * _STRIDE + seed * 7919) % N_NAMES
    lap = (i // N_NAMES) + 1  # past the name space, a version number keeps names distinct
    if j < N_COMPOUND:
        a, rest = divmod(j, len(NAME_B) * len(NAME_C))
        b, c = divmod(rest, len(NAME_C))
        name = NAME_A[a] + NAME_B[b] + NAME_C[c]
    else:
        j -= N_COMPOUND
        s1, rest = divmod(j, len(SYLL) ** 2)
        s2, s3 = divmod(rest, len(SYLL))
        word = SYLL[s1] + SYLL[s2] + SYLL[s3]
        # Mixed-case styles seen in real names: PaCA, TEMPI, Hexcute.
        style = (s1 + s2 + s3) % 3
        name = word.upper() if style == 0 else (word.capitalize() if style == 1 else
                                                 SYLL[s1].capitalize() + (SYLL[s2] + SYLL[s3]).upper())
    return name if lap == 1 else f"{name}-v{lap}"


# --- one paper ----------------------------------------------------------------

@dataclass
class SynthPaper:
    title: str
    abstract: str
    date: str
    authors: int
    upvotes: int | None
    url: str

    def to_json(self) -> dict:
        return {"title": self.title, "abstract": self.abstract, "date": self.date,
                "authors": self.authors, "upvotes": self.upvotes, "url": self.url}

    def to_listing(self) -> str:
        date = self.date if self.upvotes is None else f"{self.date} {self.upvotes}"
        return f"{self.title}\n\n{self.abstract}\n\n  \u2022 {self.authors} authors\n\u00b7\n{date}\n\n"


def _factor(r: random.Random, lo: float = 1.1, hi: float = 6.0) -> str:
    v = r.uniform(lo, hi) if r.random() < 0.85 else r.uniform(hi, 25.0)
    return f"{v:.1f}" if r.random() < 0.5 else f"{v:.2f}"


def _pct(r: random.Random) -> str:
    return str(r.randint(5, 85)) if r.random() < 0.7 else f"{r.uniform(3, 90):.1f}"


def _hw_phrase(r: random.Random, hw: str) -> str:
    full = HW_FULL.get(hw, hw) if r.random() < 0.4 else hw
    return f"{full} {ACCEL_NOUN.get(hw, 'GPUs')}"


def _date(r: random.Random) -> str:
    m, d = r.choice(MONTHS), r.randint(1, 28)
    return f"{m} {d}" if r.random() < 0.35 else f"{m} {d}, {r.randint(2019, 2025)}"


def _claims(r: random.Random, s: str, dom: str, hw: str, model: str) -> list[str]:
    """Quantified comparison sentences in the shapes real abstracts use."""
    bl = r.sample(BASELINES[dom], 3)
    up, up2 = r.sample(METRICS_UP, 2)
    down, down2 = r.sample(METRICS_DOWN, 2)
    hwp = _hw_phrase(r, hw)
    options = [
        f"{s} achieves {_factor(r)}x higher {up} than {bl[0]} on {hwp}.",
        f"Compared to {bl[0]}, {s} reduces {down} by {_pct(r)}% and {down2} by {_pct(r)}%, "
        f"while maintaining comparable accuracy on {model}.",
        f"On {hwp}, {s} outperforms {bl[0]} by up to {_factor(r)}x in {up} and {bl[1]} by {_factor(r)}x on average.",
        "Our evaluation shows that {} improves {} by {}x on average (up to {}x) over {}.".format(
            s, up, *sorted((_factor(r), _factor(r)), key=float), bl[0]),
        f"{s} delivers {_factor(r)}x, {_factor(r)}x and {_factor(r)}x speedups over {bl[0]}, {bl[1]} and {bl[2]}, respectively.",
        f"Experiments on {r.choice([8, 16, 32, 64, 128, 256, 512])} {hwp} show that {s} speeds up "
        f"training of {model} by {_factor(r)}x over {bl[0]} while using {_pct(r)}% less memory.",
        f"{s} is {_factor(r)}x faster than {bl[0]} and {_factor(r)}x faster than {bl[1]} for {model}.",
        f"Relative to {bl[1]}, our approach cuts {down} by up to {_pct(r)}% without any loss in accuracy.",
        f"Moreover, {s} lowers {down} by {_factor(r, 1.2, 4.0)}x compared to {bl[0]} on {hwp}.",
        f"At the same {down}, {s} sustains {_pct(r)}% higher {up} than the state-of-the-art baseline.",
    ]
    k = r.choices([1, 2, 3], weights=[3, 4, 2])[0]
    return r.sample(options, k)


def make_paper(i: int, seed: int = 0) -> SynthPaper:
    """Paper number i of the corpus with this seed (independent of N)."""
    r = random.Random(seed * 1_000_003 + i)
    dom = r.choice(list(BASELINES))
    name = system_name(i, seed)
    techs = r.sample(TECHNIQUES[dom], 3)
    hw, hw2 = r.sample(HARDWARE[:12], 2)
    model, model2 = r.sample(MODELS, 2)
    data, data2 = r.sample(DATASETS, 2)
    base = r.choice(BASELINES[dom])
    title = f"{name}: {r.choice(TITLE_TAILS[dom]).format(tech=techs[0].title())}"

    problem = r.choice(PROBLEMS[dom]).format(model=model, hw=hw, cluster=r.choice(CLUSTERS))
    intro = r.choice([
        f"{problem}. To address this, we propose {name}, {r.choice(KINDS[dom])} built around {techs[0]}.",
        f"{problem}. We present {name}, {r.choice(KINDS[dom])} that combines {techs[0]} with {techs[1]}.",
        f"We introduce {name}, {r.choice(KINDS[dom])} for {r.choice(MODELS)} and similar models. {problem}.",
    ])
    body = [
        f"Existing systems such as {base} rely on {techs[1]}, which leaves {r.choice(METRICS_UP)} on the table "
        f"when workloads are skewed.",
        f"{name} introduces a {r.choice(['cost model', 'two-level scheduler', 'planner', 'runtime', 'memory manager'])} "
        f"that decides when to apply {techs[2]} based on {r.choice(['online profiling', 'a lightweight performance model', 'static analysis', 'request statistics'])}.",
        f"In addition, it overlaps {r.choice(['computation and communication', 'data movement with compute', 'prefill and decode phases', 'I/O with kernel execution'])} "
        f"across {r.choice(INTERCONNECTS)}-connected devices.",
        f"We implement {name} in {r.randint(3, 25)}K lines of {r.choice(['Python and CUDA', 'C++', 'Rust', 'Python', 'C++ and Triton'])} "
        f"on top of {r.choice(['PyTorch', 'JAX', 'vLLM', 'Megatron-LM', 'TVM', 'MLIR', 'Kokkos'])}.",
        f"We evaluate {name} with {model} and {model2} on {data} and {data2} using up to "
        f"{r.choice([4, 8, 16, 32, 64, 128, 1024])} {_hw_phrase(r, hw)} and {_hw_phrase(r, hw2)}.",
        f"Unlike prior work, {name} requires no changes to model code and supports {r.choice(TECHNIQUES[dom])} out of the box.",
        f"Our key insight is that {r.choice(['most of', 'a large fraction of', 'nearly half of'])} the time of "
        f"{r.choice(TECHNIQUES[dom])} is spent waiting on {r.choice(['memory transfers', 'synchronization', 'stragglers', 'small kernels'])}, "
        f"which can be hidden with careful scheduling.",
        f"We further show that {name} composes with {r.choice(TECHNIQUES[dom])} and {r.choice(BASELINES[dom])}, "
        f"and scales to {r.choice([64, 256, 1024, 4096])} {_hw_phrase(r, hw)} on {r.choice(CLUSTERS)}.",
        f"To make these decisions cheap, {name} {r.choice(['caches', 'precomputes', 'learns'])} a profile of each "
        f"{r.choice(['operator', 'layer', 'request class', 'kernel'])} and reuses it across {r.choice(['iterations', 'batches', 'jobs', 'tenants'])}.",
        f"A theoretical analysis shows that the {r.choice(['schedule', 'partitioning', 'placement'])} produced by "
        f"{name} is within a constant factor of the optimum.",
    ]
    r.shuffle(body)
    claims = _claims(r, name, dom, hw, model)
    closing = r.choice(["", f"The code is available at https://github.com/{name.lower().replace('+', 'p')}-project/{name.lower().replace('+', 'p')}.",
                        f"{name} is open source and has been deployed in production serving {r.randint(2, 90)} million requests per day.",
                        "These results show that careful co-design of systems and algorithms remains essential."])
    target = r.randint(950, 1400)
    parts = [intro]
    for sent in body:
        if len(" ".join(parts)) + len(" ".join(claims)) >= target:
            break
        parts.append(sent)
    parts.extend(claims)
    if closing and len(" ".join(parts)) + len(closing) < 1600:
        parts.append(closing)
    abstract = " ".join(parts)
    upvotes = r.randint(1, 40) if r.random() < 0.3 else None
    url = f"https://arxiv.org/abs/{r.randint(19, 25)}{r.randint(1, 12):02d}.{i % 100000:05d}"
    return SynthPaper(title, abstract, _date(r), r.randint(1, 14), upvotes, url)


def generate(n: int, seed: int = 0, dup_rate: float = 0.0) -> Iterator[SynthPaper]:
    """Stream n papers; with dup_rate > 0 some are exact repeats of a recent paper."""
    dup = random.Random(seed ^ 0x5EED)
    recent: list[SynthPaper] = []
    made = 0
    for k in range(n):
        if recent and dup.random() < dup_rate:
            yield dup.choice(recent)
            continue
        paper = make_paper(made, seed)
        made += 1
        recent.append(paper)
        if len(recent) > 64:
            recent.pop(0)
        yield paper


def write(n: int, fmt: str, fh: IO[str], seed: int = 0, dup_rate: float = 0.0, per_listing: int = 0) -> int:
    """Write n papers in `fmt` to an open text file; `per_listing` > 0 repeats the page chrome."""
    chrome_rng = random.Random(seed)
    for k, paper in enumerate(generate(n, seed, dup_rate)):
        if fmt == "jsonl":
            fh.write(json.dumps(paper.to_json(), ensure_ascii=False) + "\n")
        else:
            if k == 0 or (per_listing and k % per_listing == 0):
                fh.write(CHROME.format(date=_date(chrome_rng)))
            fh.write(paper.to_listing())
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of abstracts")
    ap.add_argument("--format", choices=["listing", "jsonl"], default="listing")
    ap.add_argument("-o", "--output", help="file to write (atomically); stdout when omitted")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dup-rate", type=float, default=0.0, help="fraction of exact repeats (default 0)")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("n must be >= 0")
    if args.output in (None, "-"):
        write(args.n, args.format, sys.stdout, args.seed, args.dup_rate)
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from kg.atomic import atomic_write

    with atomic_write(args.output) as fh:
        write(args.n, args.format, fh, args.seed, args.dup_rate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
