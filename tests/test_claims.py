"""Claims component: each pattern family on sentences written for these tests.

The pipeline is real spaCy (blank English, sentencizer, span_ruler writing
doc.spans["entities"]) with our `kg_claims` component after it; only the
proposed-system list is set by hand, as the proposed component would.
"""
from __future__ import annotations


import pytest
import spacy

import kg.extract.claims as claims_mod
from kg.extract import Extractor
from kg.records import Claim, Extraction, Paper

ENTITIES = {
    "System": ["vLLM", "PyTorch", "DeepSpeed", "Megatron-LM", "Triton", "Ladder", "QuantLLM",
               "Marlin", "LoRA", "FlashInfer", "Orca", "TensorRT-LLM", "SGLang", "FooServe",
               "BarTrain", "PULP-OPEN", "ZeRO-3", "Aceso", "HeliosDB", "ONNX Runtime", "TVM", "AutoTVM",
               "Ansor", "Tutel", "SmoothQuant", "Hotline", "RCCL", "LMCache", "MPI", "cuSPARSE",
               "Hugging Face Accelerate", "FlexGen", "TorchDynamo", "TorchInductor", "DALI", "DGL", "PyG", "NCCL",
               "Nvidia Collective Communication Library", "ZeRO", "GShard", "NeuGraph", "Deep Graph Library"],
    "Hardware": ["A100", "H100", "NVIDIA A100 GPU", "INTEL Gaudi2 HPU", "Gaudi2", "RTX 4090", "L40S", "A6000",
                 "Cortex-M4", "TPU v4", "K80", "Haswell", "Xeon"],
    "Model": ["LLaMA-2-70B", "GPT-3"],
    "Technique": ["tensor parallelism", "quantization", "hyperparameter search", "single-server training"],
    "Dataset": ["MMLU"],
    "Metric": ["throughput", "latency"],
}


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "entities", "overwrite": True})
    ruler.add_patterns([{"label": label, "pattern": name}
                        for label, names in ENTITIES.items() for name in names])
    nlp.add_pipe("kg_claims")
    return nlp


def run(nlp, text: str, proposed: list[str] | None = None):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "kg_claims":
            doc._.proposed = list(proposed or [])
        doc = proc(doc)
    return doc


def claims(nlp, text: str, proposed: list[str] | None = None) -> list[Claim]:
    return run(nlp, text, proposed)._.claims


def one(nlp, text: str, proposed: list[str] | None = None) -> Claim:
    found = claims(nlp, text, proposed)
    assert len(found) == 1, found
    return found[0]


def extracted(abstract: str, title: str | None = None) -> Extraction:
    """The default pipeline's reading of one paper: for rules that need its own sentences,
    gazetteers or title (the test pipeline above has spaCy's sentencizer and a short list)."""
    return Extractor().extract(Paper(title=title, abstract=abstract, sources=[]))


# ------------------------------------------------------------------ component
def test_factory_writes_claim_records_with_offsets(nlp):
    text = "Fast serving.\n\nWe present FooServe. FooServe achieves a 2.5x speedup over vLLM."
    doc = run(nlp, text, ["FooServe"])
    assert isinstance(doc._.claims, list) and len(doc._.claims) == 1
    c = doc._.claims[0]
    assert isinstance(c, Claim)
    assert doc.text[c.start:c.end] == "2.5x"
    assert c.evidence == "FooServe achieves a 2.5x speedup over vLLM."
    assert "kg_claims" in nlp.pipe_names


def test_text_without_numbers_gives_empty_list(nlp):
    assert claims(nlp, "FooServe is a serving system. It is fast.", ["FooServe"]) == []


def test_bad_pattern_file_names_file_and_line(tmp_path):
    (tmp_path / "claim_metrics.jsonl").write_text('{"pattern": "x", "kind": "time"}\n{oops\n')
    (tmp_path / "claim_cues.jsonl").write_text("")
    with pytest.raises(ValueError, match=r"claim_metrics.jsonl:2"):
        claims_mod.load_tables(str(tmp_path))


# ------------------------------------------------------------------ families
def test_speedup_over_named_baseline_on_hardware(nlp):
    c = one(nlp, "FooServe achieves a 2.5× speedup over vLLM on A100 GPUs.", ["FooServe"])
    assert (c.subject, c.baseline, c.value, c.unit) == ("FooServe", "vLLM", 2.5, "x")
    assert c.metric_kind == "speedup" and c.better is True
    assert c.hardware == ["A100"]


def test_faster_than_with_pronoun_subject(nlp):
    c = one(nlp, "In our experiments, it runs 3.4x faster than PyTorch.", ["FooServe"])
    assert (c.subject, c.baseline, c.value, c.metric_kind) == ("FooServe", "PyTorch", 3.4, "speedup")


def test_outperforms_by(nlp):
    c = one(nlp, "BarTrain outperforms DeepSpeed by 1.8x on H100.", ["BarTrain"])
    assert (c.subject, c.baseline, c.value, c.hardware) == ("BarTrain", "DeepSpeed", 1.8, ["H100"])


def test_outperforms_a_named_appositive_by(nlp):
    c = one(nlp, "BarTrain outperforms the strongest baseline, DeepSpeed, by 1.8x.", ["BarTrain"])
    assert (c.subject, c.baseline, c.value) == ("BarTrain", "DeepSpeed", 1.8)
    c = one(nlp, "BarTrain outperforms existing frameworks, by 1.8x.", ["BarTrain"])
    assert (c.subject, c.baseline, c.value) == ("BarTrain", None, 1.8)


@pytest.mark.parametrize("text", [
    "FooServe improves over vLLM by 1.9x.",
    "FooServe improves upon vLLM by 1.9x.",
    "FooServe outperforms vLLM, achieving 1.9x higher throughput.",
    "FooServe reduces latency compared to vLLM by 1.9x.",
    "FooServe increases throughput relative to vLLM by up to 1.9x.",
])
def test_baseline_between_a_verb_and_by(text, nlp):
    c = one(nlp, text, ["FooServe"])
    assert (c.subject, c.baseline, c.value) == ("FooServe", "vLLM", 1.9)


def test_improved_over_is_no_baseline_phrase_without_its_number(nlp):
    c = one(nlp, "FooServe improved over time; on A100 it runs 1.9x faster.", ["FooServe"])
    assert c.baseline is None


def test_numbers_joined_by_and_share_the_baseline_of_the_first(nlp):
    found = claims(nlp, "FooServe outperforms vLLM by 2x in throughput, 3x in latency, and 40% in cost.",
                   ["FooServe"])
    assert [(c.baseline, c.value, c.metric_kind) for c in found] == [
        ("vLLM", 2.0, "throughput"), ("vLLM", 3.0, "time"), ("vLLM", 40.0, "cost")]
    found = claims(nlp, "FooServe reduces latency over vLLM by 30% and memory by 20%.", ["FooServe"])
    assert [(c.baseline, c.metric_kind) for c in found] == [("vLLM", "time"), ("vLLM", "memory")]
    found = claims(nlp, "FooServe outperforms vLLM by 2x on A100 and 3x on H100.", ["FooServe"])
    assert [c.baseline for c in found] == ["vLLM", "vLLM"]


def test_a_while_clause_goes_on_with_the_same_comparison(nlp):
    found = claims(nlp, "FooServe gives a 4.45x speedup in tuning time over AutoTVM, while also improving "
                        "inference time by 5.6%.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("AutoTVM", 4.45), ("AutoTVM", 5.6)]
    found = claims(nlp, "Compared to A100, FooServe delivers a 2.5x speedup while consuming 40% less energy.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("A100", 2.5), ("A100", 40.0)]
    # a new party in the while-clause brings its own comparison
    found = claims(nlp, "FooServe is 2x faster than vLLM, while Orca is 30% faster than DeepSpeed.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 2.0), ("DeepSpeed", 30.0)]


def test_examples_after_a_described_baseline_name_it(nlp):
    found = claims(nlp, "FooServe converges up to 3.8x faster than previous proposals for synchronous FL "
                        "(e.g., FedAvgM), and up to 2.5x faster than proposals for asynchronous FL (e.g., FedAsync).",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("FedAvgM", 3.8), ("FedAsync", 2.5)]
    found = claims(nlp, "FooServe is 3x faster than vLLM and other systems such as Orca.", ["FooServe"])
    assert [c.baseline for c in found] == ["vLLM", "Orca"]
    found = claims(nlp, "FooServe is 3x faster than prior systems on A100 GPUs (e.g., at batch size 8).", ["FooServe"])
    assert [(c.baseline, c.hardware) for c in found] == [(None, ["A100"])]


def test_a_long_form_and_its_short_form_are_one_baseline(nlp):
    found = claims(nlp, "FooServe trains 40x faster compared to a Bi-Directional Recurrent Neural Network (BIRNN).",
                   ["FooServe"])
    assert [c.baseline for c in found] == ["BIRNN"]


def test_what_a_nameless_baseline_worked_with_names_it(nlp):
    found = claims(nlp, "Compared to scaling workers with DeepSpeed, FooServe cuts training time by up to 4.1x.",
                   ["FooServe"])
    assert [c.baseline for c in found] == ["DeepSpeed"]
    assert [c.baseline for c in claims(nlp, "FooServe is 2x faster than vLLM with PyTorch.", ["FooServe"])] == ["vLLM"]
    assert [c.baseline for c in claims(nlp, "FooServe is 2x faster than training with 8 GPUs.", ["FooServe"])] == [None]


def test_a_name_before_by_is_the_next_numbers_own_baseline(nlp):
    found = claims(nlp, "FooServe beats vLLM by 2x and Orca by 3x.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 2.0), ("Orca", 3.0)]
    # a clause of its own with a name in it: nothing is carried over (its own baseline is the
    # system whose memory it cuts)
    found = claims(nlp, "FooServe beats vLLM by 2x and cuts PyTorch's memory by 30%.", ["FooServe"])
    assert [c.baseline for c in found] == ["vLLM", "PyTorch"]


def test_outperforms_then_a_colon_and_the_number(nlp):
    c = one(nlp, "FooServe can significantly outperform vLLM in terms of both latency and throughput: "
                 "36.9x throughput improvement at the same latency.", ["FooServe"])
    assert (c.baseline, c.value, c.metric_kind) == ("vLLM", 36.9, "throughput")


def test_a_comparison_ending_the_sentence_covers_all_of_it(nlp):
    found = claims(nlp, "FooServe delivers 4.96x and 5.75x speedup on 16 GPUs and 2,048 GPUs, respectively, "
                        "over DeepSpeed.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("DeepSpeed", 4.96), ("DeepSpeed", 5.75)]
    found = claims(nlp, "FooServe improves the throughput of LLaMA-2-70B by 1.2x on A100; and GPT-3 by 2.4x "
                        "on H100, compared to Orca.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("Orca", 1.2), ("Orca", 2.4)]
    # "over" without a name at the end does not take the numbers from a fronted comparison
    found = claims(nlp, "Compared to PyTorch, FooServe has median speedups of 77x and 300x for GPU, "
                        "respectively, over the tested inputs.", ["FooServe"])
    assert {c.baseline for c in found} == {"PyTorch"}


def test_a_comparison_ending_the_sentence_may_say_what_the_rival_ran_on(nlp):
    found = claims(nlp, "FooServe shows up to 3.7x speed-up using one socket and up to 97x speed-up using 128 "
                        "sockets, respectively, over baseline DeepSpeed implementations running on a single socket.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("DeepSpeed", 3.7), ("DeepSpeed", 97.0)]


def test_two_number_lists_share_one_respectively_list(nlp):
    found = claims(nlp, "FooServe achieves 1.6x, 3.0x, 162x speedup, and 1.4x, 3.2x, 1193x energy savings "
                        "over Orca accelerator, Aceso accelerator, RTX 4090 GPU, respectively.", ["FooServe"])
    assert [(c.baseline, c.value, c.metric_kind) for c in found] == [
        ("Orca", 1.6, "speedup"), ("Aceso", 3.0, "speedup"), ("RTX 4090", 162.0, "speedup"),
        ("Orca", 1.4, "energy"), ("Aceso", 3.2, "energy"), ("RTX 4090", 1193.0, "energy")]


def test_a_number_after_a_respectively_list_does_not_take_its_baselines(nlp):
    found = claims(nlp, "FooServe achieves up to 1.28x and 1.54x speedups over DeepSpeed and Orca, respectively, "
                        "and up to a 7.01x throughput increase with offloading.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("DeepSpeed", 1.28), ("Orca", 1.54), (None, 7.01)]


def test_a_list_comma_before_a_clause_ends_the_baseline_phrase(nlp):
    found = claims(nlp, "Compared with dataflow and sequential accelerators, FooServe exhibits 1.8x and 7.1x "
                        "speedups correspondingly.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [(None, 1.8), (None, 7.1)]


def test_passive_outperformed_by_swaps_subject_and_baseline(nlp):
    c = one(nlp, "On A100 GPUs, vLLM is consistently outperformed by FooServe by up to 2x.", ["FooServe"])
    assert (c.subject, c.baseline, c.value, c.qualifier, c.hardware) == ("FooServe", "vLLM", 2.0, "up to", ["A100"])
    found = claims(nlp, "Orca and vLLM are outperformed by FooServe by 1.5x and 2x, respectively.", ["FooServe"])
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooServe", "Orca", 1.5), ("FooServe", "vLLM", 2.0)]


def test_faster_than_with(nlp):
    c = one(nlp, "With BarTrain, training is 1.7x faster than with Megatron-LM on A100 GPUs.", ["BarTrain"])
    assert (c.subject, c.baseline, c.value, c.metric_kind) == ("BarTrain", "Megatron-LM", 1.7, "speedup")


def test_factor_of_a_baselines_metric(nlp):
    c = one(nlp, "BarTrain sustains 2.5x the training throughput of DeepSpeed.", ["BarTrain"])
    assert (c.subject, c.baseline, c.value, c.metric_kind) == ("BarTrain", "DeepSpeed", 2.5, "throughput")


def test_bare_comparative_takes_the_measure_before_its_comma(nlp):
    c = one(nlp, "BarTrain reaches 91.3% accuracy, 2.3% higher than GPTQ.", ["BarTrain"])
    assert (c.baseline, c.value, c.metric_kind) == ("GPTQ", 2.3, "accuracy")
    c = one(nlp, "BarTrain cuts latency to 20 ms, 35% lower than vLLM.", ["BarTrain"])
    assert (c.baseline, c.value, c.metric_kind, c.better) == ("vLLM", 35.0, "time", True)


def test_higher_throughput_than(nlp):
    c = one(nlp, "Our system achieves 4.2x higher throughput than Orca.", ["FooServe"])
    assert (c.baseline, c.metric_kind, c.better) == ("Orca", "throughput", True)


def test_fronted_comparison_two_reductions(nlp):
    found = claims(nlp, "Compared to LoRA, BarTrain reduces training time by 31% and peak memory "
                        "usage by 12%.", ["BarTrain"])
    assert [(c.subject, c.baseline, c.value, c.unit, c.metric_kind, c.better) for c in found] == [
        ("BarTrain", "LoRA", 31.0, "%", "time", True),
        ("BarTrain", "LoRA", 12.0, "%", "memory", True)]


def test_percent_lower_latency(nlp):
    c = one(nlp, "FooServe delivers 27% lower tail latency than SGLang.", ["FooServe"])
    assert (c.value, c.unit, c.metric_kind, c.better, c.baseline) == (27.0, "%", "time", True, "SGLang")


def test_reduces_latency_compared_with(nlp):
    c = one(nlp, "It reduces the end-to-end latency by 45% compared with TensorRT-LLM.", ["FooServe"])
    assert (c.baseline, c.value, c.metric_kind, c.better) == ("TensorRT-LLM", 45.0, "time", True)


def test_up_to_qualifier(nlp):
    c = one(nlp, "FooServe improves throughput by up to 2.2× over FlashInfer.", ["FooServe"])
    assert (c.qualifier, c.value, c.baseline, c.metric_kind) == ("up to", 2.2, "FlashInfer", "throughput")


def test_respectively_aligns_numbers_and_baselines(nlp):
    found = claims(nlp, "Compared with compilers such as Triton and Ladder, as well as libraries like "
                        "QuantLLM and Marlin, our kernels achieve speedups of 1.5x, 2.25x, 1.31x and "
                        "1.04x, respectively.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [
        ("Triton", 1.5), ("Ladder", 2.25), ("QuantLLM", 1.31), ("Marlin", 1.04)]
    assert all(c.subject == "FooServe" and c.metric_kind == "speedup" for c in found)


def test_respectively_with_parenthesised_maxima(nlp):
    found = claims(nlp, "BarTrain achieves an average of 1.4$\\times$ (up to 1.9$\\times$) and 1.2$\\times$ "
                        "(up to 2.1$\\times$) speedup compared to Megatron-LM and Aceso, respectively.",
                   ["BarTrain"])
    assert [(c.baseline, c.value, c.qualifier) for c in found] == [
        ("Megatron-LM", 1.4, "average"), ("Megatron-LM", 1.9, "up to"),
        ("Aceso", 1.2, "average"), ("Aceso", 2.1, "up to")]


def test_respectively_list_glossed_by_parenthesised_names(nlp):
    found = claims(nlp, "FooServe achieves speedups of 7.9x, 3x and 1.91x over the on-device systems that use "
                        "heterogeneous processors (MobiBar), CPU (SplitBaz) and NPU (QuxSR), respectively.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("MobiBar", 7.9), ("SplitBaz", 3.0), ("QuxSR", 1.91)]
    # a parenthesis that is a remark, not one name, leaves the list unread
    found = claims(nlp, "FooServe achieves 2x and 3x speedups over the systems that use GPUs (as in the "
                        "cloud) and CPUs (MobiBar), respectively.", ["FooServe"])
    assert [c.baseline for c in found] == [None, None]


def test_as_many_names_as_numbers_pair_up_without_respectively(nlp):
    found = claims(nlp, "FooServe is 43x and 3x faster than FlexGen and vLLM implementations.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("FlexGen", 43.0), ("vLLM", 3.0)]


def test_up_to_and_on_average_are_two_claims(nlp):
    found = claims(nlp, "FooServe raises throughput by up to 3.1x (1.7x on average) compared to vLLM.",
                   ["FooServe"])
    assert [(c.value, c.qualifier, c.baseline) for c in found] == [
        (3.1, "up to", "vLLM"), (1.7, "average", "vLLM")]


@pytest.mark.parametrize("text,value,value_min", [
    ("FooServe achieves 1.5-9.75$\\times$ speedup over existing serving engines.", 9.75, 1.5),
    ("FooServe is 3x to 500x faster than prior work.", 500.0, 3.0),
    ("FooServe brings 1.21sim 4.5times throughput on real workloads.", 4.5, 1.21),
    ("FooServe delivers 2.1x-3.3x lower latency.", 3.3, 2.1),
])
def test_ranges_keep_upper_value_and_lower_bound(nlp, text, value, value_min):
    c = one(nlp, text, ["FooServe"])
    assert (c.value, c.value_min, c.unit) == (value, value_min, "x")
    assert c.baseline is None


def test_slower_is_worse(nlp):
    found = claims(nlp, "The Cortex-M4 core is 9.5x slower and 90% less energy-efficient than PULP-OPEN.")
    assert [(c.value, c.better, c.baseline) for c in found] == [
        (9.5, False, "PULP-OPEN"), (90.0, False, "PULP-OPEN")]
    assert found[1].metric_kind == "energy"


def test_less_memory_is_better(nlp):
    c = one(nlp, "HeliosDB uses 3.2x less memory than the baseline.", ["HeliosDB"])
    assert (c.metric_kind, c.better, c.baseline) == ("memory", True, None)


def test_overhead_is_worse_and_reduced_overhead_is_better(nlp):
    c = one(nlp, "FooServe adds only a small latency overhead (4.5%).", ["FooServe"])
    assert c.better is False
    c = one(nlp, "FooServe reduces the scheduling overhead by 6x.", ["FooServe"])
    assert c.better is True


@pytest.mark.parametrize("text", [
    "Our approach is 2x faster than the state-of-the-art.",
    "This work improves throughput by 2x compared to existing systems.",
    "We reach a 2x speedup over the GPU-only baseline.",
    "Our system achieves 2x higher throughput over the baseline.",
])
def test_generic_baselines_are_null_and_pronouns_are_proposed(nlp, text):
    c = one(nlp, text, ["FooServe"])
    assert (c.subject, c.baseline, c.value) == ("FooServe", None, 2.0)


def test_no_proposed_system_gives_null_subject(nlp):
    c = one(nlp, "The tuned kernel runs 2.7x faster than the vendor library.")
    assert c.subject is None


def test_named_subject_wins_over_proposed(nlp):
    c = one(nlp, "In our study, SGLang achieves 1.3x higher throughput than vLLM.", ["FooServe"])
    assert (c.subject, c.baseline) == ("SGLang", "vLLM")


def test_unlisted_camelcase_baseline_is_accepted(nlp):
    c = one(nlp, "FooServe is 5.5x faster than KernelForge on the same inputs.", ["FooServe"])
    assert c.baseline == "KernelForge"


def test_technique_baseline_when_it_is_the_whole_phrase(nlp):
    c = one(nlp, "Compared with tensor parallelism, our method supports 8x longer sequences.", ["FooServe"])
    assert (c.baseline, c.metric_kind) == ("tensor parallelism", "scale")


def test_two_hardware_names_in_sentence(nlp):
    found = claims(nlp, "BarTrain improves throughput by 18% on both NVIDIA A100 GPU and INTEL Gaudi2 HPU "
                        "compared to LoRA.", ["BarTrain"])
    assert len(found) == 1 and found[0].baseline == "LoRA"
    assert found[0].hardware == ["NVIDIA A100 GPU", "INTEL Gaudi2 HPU"]


@pytest.mark.parametrize("text,value,unit", [
    ("FooServe is 2.5 times faster than vLLM.", 2.5, "x"),
    ("FooServe gives a 3-fold speedup over vLLM.", 3.0, "x"),
    ("FooServe gives a 7X speedup over vLLM.", 7.0, "x"),
    ("FooServe gives a 1.6$\\times$ speedup over vLLM.", 1.6, "x"),
    ("FooServe gives a 1.6\\times speedup over vLLM.", 1.6, "x"),
    ("FooServe cuts latency by 35\\% over vLLM.", 35.0, "%"),
    ("FooServe cuts latency by 35 percent over vLLM.", 35.0, "%"),
    ("FooServe is three times faster than vLLM.", 3.0, "x"),
    ("FooServe gives two orders of magnitude speedup over vLLM.", 100.0, "x"),
    ("FooServe is 1-2 orders of magnitude faster than vLLM.", 100.0, "x"),
    ("FooServe is twice as fast as vLLM.", 2.0, "x"),
    ("FooServe more than doubles the throughput over vLLM.", 2.0, "x"),
    ("FooServe gives a 2.5 speedup over vLLM.", 2.5, "x"),   # the sign lost in copying
    ("FooServe gives a 6% speedup over vLLM.", 6.0, "%"),
])
def test_unit_spellings(nlp, text, value, unit):
    c = one(nlp, text, ["FooServe"])
    assert (c.value, c.unit, c.baseline) == (value, unit, "vLLM")


@pytest.mark.parametrize("text", [
    "We fine-tune LLaMA-2-70B on 2,048 A100 GPUs for 3 days.",
    "The predictor reaches an R^2 of 0.98 and a mean error of 15.57%.",
    "The simulator shows an average of 13.98% MAPE with respect to real hardware.",
    "FooServe achieved 38.38% of peak throughput on H100.",
    "The system resolves 57.4% of issues from the benchmark.",
    "The model reaches 91.2% accuracy on MMLU.",
    "The training runs on 8x A100 GPUs with 40% weak scaling efficiency.",
    "Models have grown over 1000x in the last five years while memory has grown by 5x.",
    "Attention kernels consume 72%, 60% and 59% of the application time.",
    "The dataset was released in 2023 and holds 29M image-text pairs.",
    "It solves 30 x 30 maze tasks 97.6% of the time.",
    "It runs models up to twice the size of the DRAM; when the batch size is doubled, it uses double precision.",
])
def test_non_claims(nlp, text):
    assert claims(nlp, text, ["FooServe"]) == []


def test_percentile_latency_is_not_a_number_claim(nlp):
    c = one(nlp, "FooServe achieves 3.5x lower 99% latency compared to Orca.", ["FooServe"])
    assert (c.value, c.metric_kind, c.baseline) == (3.5, "time", "Orca")


def test_list_of_percentages_after_verb(nlp):
    found = claims(nlp, "FooServe improves the accuracy of the tuned models by up to 0.4%, 1.2%, and 2.0% "
                        "on three tasks.", ["FooServe"])
    assert [(c.value, c.metric_kind) for c in found] == [(0.4, "accuracy"), (1.2, "accuracy"),
                                                         (2.0, "accuracy")]


def test_metric_kinds_from_data_table(nlp):
    cases = {
        "FooServe cuts energy consumption by 40%.": "energy",
        "FooServe lowers the serving cost by 2.5x.": "cost",
        "FooServe reduces power consumption by 20%.": "power",
        "FooServe lowers the prediction error by 30%.": "error",
        "FooServe supports 4x larger batch sizes.": "scale",
        "FooServe improves accuracy by 3.1% over LoRA.": "accuracy",
        "FooServe shrinks the KV cache by 5x.": "memory",
        "FooServe improves inference speed by 2.5x.": "speedup",   # a speed is a speedup, not a rate
        "FooServe raises the training speed by 30% over Orca.": "speedup",
        "The operations per second (OPS) of FooServe surpass Orca by about 3x.": "throughput",
    }
    for text, kind in cases.items():
        assert one(nlp, text, ["FooServe"]).metric_kind == kind, text


def test_the_gate_passes_only_sentences_that_hold_a_factor_or_percentage(nlp):
    # the claim rules run only where the gate finds a quantity: a sentence with none costs a scan
    assert claims_mod._gate("FooServe is a new serving system built on PyTorch. It schedules requests.") == []
    text = "FooServe achieves 2.5x higher throughput, 30% lower latency and three times the batch size."
    assert [text[k:k + 2] for k in claims_mod._gate(text)] == ["5x", "0%", "ti"]
    found = claims(nlp, "FooServe is a new serving system built on PyTorch. It schedules requests in batches. "
                        "FooServe achieves 2.5x higher throughput than vLLM on A100 GPUs.", ["FooServe"])
    assert [(c.value, c.baseline) for c in found] == [(2.5, "vLLM")]


# ------------------------------------------------------------------ later rules
def test_factor_of_phrasing(nlp):
    c = one(nlp, "FooServe lowers energy consumption by a factor of 3 compared to vLLM.", ["FooServe"])
    assert (c.value, c.unit, c.metric_kind, c.baseline) == (3.0, "x", "energy", "vLLM")


@pytest.mark.parametrize("text", [
    "FooServe improves the MFU from 35% to 52%.",
    "It also increases average GPU utilization from 46.4\\% with PyTorch to 90.45\\%, while keeping accuracy.",
    "Our method reduces the error rate to 2.3% on the benchmark.",
    "Memory bandwidth has improved only 2x over the last decade.",
])
def test_values_reached_and_trends_are_not_claims(nlp, text):
    assert claims(nlp, text, ["FooServe"]) == []


def test_elliptic_second_number_shares_the_later_baseline(nlp):
    found = claims(nlp, "It achieves 1.25-1.6x speedup on A100 and 1.1-1.3x on H100 over TensorRT-LLM.",
                   ["FooServe"])
    assert [(c.value, c.value_min, c.baseline) for c in found] == [
        (1.6, 1.25, "TensorRT-LLM"), (1.3, 1.1, "TensorRT-LLM")]


def test_number_with_its_own_change_keeps_its_own_baseline(nlp):
    found = claims(nlp, "FooServe achieves 2.8x-5.8x speedups across tasks and a 30% relative improvement "
                        "over the strongest baseline, SGLang.", ["FooServe"])
    assert [(c.value, c.baseline) for c in found] == [(5.8, None), (30.0, "SGLang")]


def test_unlisted_name_before_a_verb_is_the_subject(nlp):
    c = one(nlp, "Our results show that, NGPX gives up to 58X end-to-end speedup.", ["FooServe"])
    assert (c.subject, c.qualifier) == ("NGPX", "up to")


def test_abbreviation_of_plain_words_is_no_baseline(nlp):
    text = ("Closely-coupled chips beat loosely-coupled (LC) systems. The GH200 remains CPU-bound up to "
            "4x larger batch sizes than LC systems.")
    found = claims(nlp, text)
    assert [(c.value, c.baseline) for c in found] == [(4.0, None)]


def test_adjacent_names_give_the_head(nlp):
    c = one(nlp, "FooServe reaches 2.2x higher throughput than PyTorch DeepSpeed.", ["FooServe"])
    assert c.baseline == "DeepSpeed"


def test_paper_without_proposed_system_reuses_its_named_subject(nlp):
    text = ("HeliosDB achieves 3x higher throughput than PyTorch. "
            "We also observe a 40% lower latency on H100.")
    found = claims(nlp, text)
    assert [(c.subject, c.value) for c in found] == [("HeliosDB", 3.0), ("HeliosDB", 40.0)]


def test_cross_product_without_respectively(nlp):
    found = claims(nlp, "FooServe is 3.6x faster than prior systems (Orca and SGLang).", ["FooServe"])
    assert sorted(c.baseline for c in found) == ["Orca", "SGLang"]


# ------------------------------------------------------------------ fast scans equal the plain regexes
@pytest.mark.parametrize("text", [
    "FooServe is 3 times faster, 2\\times smaller and 4-fold cheaper; sometimes a factor of 5 helps.",
    "ORDERS OF MAGNITUDE: 3 TIMES FASTER THAN vLLM, 40 Percent less memory, manifold runtimes.",
    "Dotless ı and long ſ: 3 timeſ faster, a factor of 2.",
    "İstanbul: 3x faster, 2 times less.",
    "No quantity here at all.",
    "It is twice as fast and doubles the throughput: a 3 speedup.",
])
def test_gate_finds_what_one_case_blind_regex_finds(text):
    low = text.lower()
    if any(w in low for w in claims_mod._GATE_TERMS):
        expected = [m.start() for m in claims_mod._GATE_WORDS.finditer(text)]
    else:
        expected = [m.start() for m in claims_mod._GATE.finditer(text)]
    assert claims_mod._gate(text) == expected


@pytest.mark.parametrize("text", [
    "Compared to vLLM, FooServe is 2x faster than Orca and outperforms SGLang versus the baseline.",
    "In comparison with prior work, it beats LoRA; over the course of training, ours is better vs. PyTorch.",
    "Thanks to overlap, the system sits within 3% (as compared with 10%) and is outperforming.",
])
def test_phrase_scans_match_the_plain_regexes(text):
    t = claims_mod.load_tables()
    for scan in (t.prep_scan, t.pronoun_scan):
        for end in (None, len(text) // 2):
            stop = len(text) if end is None else end
            expected = [(m.start(), m.end()) for m in scan.rx.finditer(text, 0, stop)]
            got = [(m.start(), m.end()) for m in scan.finditer(text, text.lower(), end)]
            assert got == expected, (text, end)


# ------------------------------------------------------------------ entities without Span objects
def test_claims_read_the_entity_tuples_when_no_span_group_is_written():
    """The shared pipeline keeps its entities as word-offset tuples (no doc.spans); the claim
    still gets its baseline and hardware from them."""
    from kg.extract import load_nlp
    doc = load_nlp()("GraphMux: Fast Serving\n\nWe present GraphMux, which is 2x faster than vLLM on H100 GPUs.")
    assert "entities" not in doc.spans
    (c,) = doc._.claims
    assert (c.subject, c.baseline, c.hardware, c.value) == ("GraphMux", "vLLM", ["H100"], 2.0)


def test_claims_of_a_list_share_one_metric_and_each_keep_its_value(nlp):
    found = claims(nlp, "FooServe improves throughput by 1.8x and 2.4x over vLLM and Orca, respectively.")
    assert [(c.value, c.metric, c.baseline) for c in found] == [(1.8, "throughput", "vLLM"), (2.4, "throughput", "Orca")]


def test_asides_between_the_verbs_object_and_by(nlp):
    c = one(nlp, "FooServe outperforms vLLM, the state-of-the-art LLM serving system, by up to 2.3x.", ["FooServe"])
    assert (c.subject, c.baseline, c.value) == ("FooServe", "vLLM", 2.3)
    found = claims(nlp, "FooServe outperforms vLLM and SGLang, two popular serving systems, by 1.5x and 2x, "
                        "respectively.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 1.5), ("SGLang", 2.0)]


def test_names_after_the_verb_are_its_object_not_the_subject(nlp):
    found = claims(nlp, "Experiments show that FooServe outperforms the state-of-the-art inference framework, "
                        "ONNX Runtime, and compiler, TVM equipped with schedulers AutoTVM and Ansor, by up to 1.48x.",
                   ["FooServe"])
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooServe", "ONNX Runtime", 1.48),
                                                                  ("FooServe", "TVM", 1.48)]


def test_a_remark_in_parentheses_names_no_baseline(nlp):
    found = claims(nlp, "Compared to libraries such as PyTorch and vLLM (with naive support of LoRA serving), "
                        "FooServe improves the throughput by up to 4 times.", ["FooServe"])
    assert [c.baseline for c in found] == ["PyTorch", "vLLM"]
    c = one(nlp, "FooServe is 2x faster than the baseline (with vLLM).", ["FooServe"])
    assert c.baseline == "vLLM"  # the remark is all there is: it names the baseline


def test_a_class_of_models_is_compared_through_the_software_that_trained_them(nlp):
    found = claims(nlp, "BarTrain enables training speedups of up to 40% over MoEs trained with the "
                        "state-of-the-art Tutel library and 2.4x over DNNs trained with the Megatron-LM "
                        "framework.", ["BarTrain"])
    assert [(c.subject, c.baseline, c.value) for c in found] == [("BarTrain", "Tutel", 40.0),
                                                                  ("BarTrain", "Megatron-LM", 2.4)]
    c = one(nlp, "BarTrain is 2x faster than models served on A100 GPUs.", ["BarTrain"])
    assert c.baseline is None  # hardware after "served on" is the setting, not a baseline


def test_each_number_takes_the_hardware_named_right_after_it(nlp):
    found = claims(nlp, "FooServe improves throughput by 1.2x on A100, 1.4x on L40S; and by 2.4x on A100, "
                        "3.5x on L40S, compared to vLLM.", ["FooServe"])
    assert [(c.value, c.hardware) for c in found] == [(1.2, ["A100"]), (1.4, ["L40S"]), (2.4, ["A100"]),
                                                      (3.5, ["L40S"])]
    found = claims(nlp, "FooServe gives speedups of 3.25x when using high-end GPUs (A100) and 4.5x when using "
                        "cheaper ones (A6000).", ["FooServe"])
    assert [(c.value, c.hardware) for c in found] == [(3.25, ["A100"]), (4.5, ["A6000"])]
    found = claims(nlp, "On H100 and A100 GPUs, FooServe is 2x and 3x faster than vLLM.", ["FooServe"])
    assert [c.hardware for c in found] == [["H100", "A100"], ["H100", "A100"]]  # named once for both


def test_only_the_usual_percentiles_name_a_latency(nlp):
    c = one(nlp, "FooServe offers up to 68.1% latency reduction compared with vLLM.", ["FooServe"])
    assert (c.value, c.unit, c.metric_kind) == (68.1, "%", "time")
    c = one(nlp, "FooServe lowers the 99% latency by 2x over vLLM.", ["FooServe"])
    assert (c.value, c.unit) == (2.0, "x")  # 99% names the percentile
    assert "99% latency" in c.evidence  # the evidence is the sentence as written


def test_a_number_set_as_math_and_a_misspelt_compare(nlp):
    c = one(nlp, "FooServe yields a speedup of up to $2.45$x over vLLM.", ["FooServe"])
    assert (c.value, c.unit, c.baseline, c.qualifier) == (2.45, "x", "vLLM", "up to")
    assert "$2.45$x" in c.evidence
    found = claims(nlp, "FooServe offers up to 68.1% TTFT reduction compare with a compute-only method and 94.6% "
                        "TTFT reduction compare with an I/O-only method.", ["FooServe"])
    assert [c.value for c in found] == [68.1, 94.6]


def test_compare_or_evaluate_against_frames_the_baseline(nlp):
    c = one(nlp, "We compare our kernel against the open-source Triton implementation, achieving 2.2x "
                 "kernel speedup.", ["FooServe"])
    assert (c.subject, c.baseline, c.value) == ("FooServe", "Triton", 2.2)
    c = one(nlp, "We evaluate FooServe against DeepSpeed on encoder models, demonstrating speedups of up to "
                 "6.4x in time to first token.", ["FooServe"])
    assert (c.baseline, c.value) == ("DeepSpeed", 6.4)


def test_a_final_respectively_list_of_baselines_after_an_aside(nlp):
    found = claims(nlp, "FooServe shows training time reductions of 2x, 2.4x, and 1.2x across datasets and "
                        "configurations, compared to DeepSpeed, Megatron-LM, and Hotline, respectively.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("DeepSpeed", 2.0), ("Megatron-LM", 2.4), ("Hotline", 1.2)]


def test_a_comparison_after_the_last_number_covers_the_numbers_before_it(nlp):
    found = claims(nlp, "End-to-end, FooServe delivers 1.33x inference acceleration and 1.21x memory savings "
                        "over SmoothQuant.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("SmoothQuant", 1.33), ("SmoothQuant", 1.21)]
    found = claims(nlp, "FooServe delivers 1.5x higher throughput on A100, and 2x lower latency than vLLM.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 1.5), ("vLLM", 2.0)]
    found = claims(nlp, "FooServe delivers a 1.5x speedup, and beats vLLM by 2x.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [(None, 1.5), ("vLLM", 2.0)]  # a verb of its own


def test_speedups_over_a_name_frame_the_numbers_that_follow(nlp):
    found = claims(nlp, "FooServe achieves substantial speedups over RCCL on 2048 GCDs of Frontier - up to 168x "
                        "for reduce-scatter and 33x for all-gather.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("RCCL", 168.0), ("RCCL", 33.0)]


def test_a_range_from_one_factor_up_to_another(nlp):
    c = one(nlp, "FooServe gives a speed-up varying from 1.5x up to 6.5x over vLLM.", ["FooServe"])
    assert (c.value, c.value_min, c.baseline) == (6.5, 1.5, "vLLM")


def test_a_system_plus_its_add_on_is_one_baseline(nlp):
    c = one(nlp, "FooServe achieves up to 5x lower TTFT compared to vLLM + LMCache.", ["FooServe"])
    assert (c.baseline, c.value) == ("vLLM", 5.0)


def test_a_system_is_never_its_own_baseline(nlp):
    c = one(nlp, "Persistent MPI communication gives a speedup of up to 37% over the baseline MPI "
                 "communication.", [])
    assert (c.baseline, c.value) == (None, 37.0)



def test_a_modal_verb_is_no_part_of_the_metric(nlp):
    c = one(nlp, "FooServe can speed up autoregressive decoding by up to 1.8x.", ["FooServe"])
    assert (c.value, c.qualifier) == (1.8, "up to") and not c.metric.startswith("can")


def test_a_plus_after_a_number_means_more_than_it(nlp):
    c = one(nlp, "FooServe improves throughput by 10+% with a memory footprint like vLLM's.", ["FooServe"])
    assert (c.value, c.unit, c.qualifier) == (10.0, "%", "over")


def test_a_change_between_two_percentages_is_one_range(nlp):
    c = one(nlp, "FooServe achieves speed-ups between 13% and 66% compared to vLLM.", ["FooServe"])
    assert (c.value, c.value_min, c.baseline) == (66.0, 13.0, "vLLM")


def test_a_lift_in_accuracy_is_a_change(nlp):
    c = one(nlp, "We evaluate FooServe on QA tasks, achieving up to a 24% lift in accuracy.", ["FooServe"])
    assert (c.value, c.metric_kind) == (24.0, "accuracy")


def test_performance_in_percent_is_accuracy_only_in_a_paper_about_quality_on_no_named_hardware(nlp):
    text = "We evaluate FooServe on reasoning tasks. FooServe outperforms Orca, improving performance by 12%."
    assert one(nlp, text, ["FooServe"]).metric_kind == "accuracy"
    # the same words in a paper that runs on an A100, or one that never speaks of quality, mean speed
    text = ("We evaluate FooServe on reasoning tasks on an A100. "
            "FooServe outperforms Orca, improving performance by 12%.")
    assert one(nlp, text, ["FooServe"]).metric_kind == "speedup"
    text = "FooServe tunes database knobs. FooServe outperforms Orca, improving performance by 45%."
    assert one(nlp, text, ["FooServe"]).metric_kind == "speedup"


def test_the_measure_a_sentence_opens_with_names_a_generic_faster(nlp):
    c = one(nlp, "In graph construction time, our method, FooServe, is 2.2~27x faster than HNSW.", ["FooServe"])
    assert (c.metric, c.metric_kind, c.baseline) == ("graph construction time", "time", "HNSW")
    found = claims(nlp, "For saving and loading times, FooServe achieves improvements of up to 9.96x and 8.80x, "
                        "respectively.", ["FooServe"])
    assert [c.metric_kind for c in found] == ["time", "time"]
    # an opening that is no measure leaves the kind to the words of the claim
    assert one(nlp, "In addition, FooServe is 3x faster than Orca.", ["FooServe"]).metric_kind == "speedup"


def test_a_factor_sign_written_before_its_number_is_a_factor(nlp):
    found = claims(nlp, "FooServe delivers an average speedup of ×3.12 with a median speedup of × 1.42. "
                        "It also demonstrates ×2.77 over Torch Compile.", ["FooServe"])
    assert [(c.value, c.unit, c.baseline) for c in found] == [(3.12, "x", None), (1.42, "x", None),
                                                              (2.77, "x", "Torch Compile")]
    assert found[0].evidence.startswith("FooServe delivers an average speedup of ×3.12")
    assert claims(nlp, "FooServe solves 30 × 30 maze tasks and 8×8 grids.", ["FooServe"]) == []


def test_names_in_a_counted_set_of_workloads_are_neither_baseline_nor_subject(nlp):
    found = claims(nlp, "FooServe is 2x faster than vLLM over 12 PyTorch models.", ["FooServe"])
    assert [(c.subject, c.baseline) for c in found] == [("FooServe", "vLLM")]
    found = claims(nlp, "It delivers an average speedup of 3.1x over across all 250 CUDA kernels of KernelBench, "
                        "with peak speedups reaching 120x.", ["FooServe"])
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooServe", None, 3.1), ("FooServe", None, 120.0)]


def test_bare_numbers_listed_before_a_unit_share_it(nlp):
    found = claims(nlp, "FooServe achieves up to 18 and 32 times reductions on the latency and energy of "
                        "querying DNNs, respectively.", ["FooServe"])
    assert [(c.value, c.unit, c.qualifier) for c in found] == [(18.0, "x", "up to"), (32.0, "x", "up to")]
    found = claims(nlp, "FooServe improves throughput by 1.5, 2.1 and 3.4x over vLLM, Orca and TGI, respectively.",
                   ["FooServe"])
    assert [(c.value, c.baseline) for c in found] == [(1.5, "vLLM"), (2.1, "Orca"), (3.4, "TGI")]
    # a range, a year and a count stay what they are
    assert [c.value for c in claims(nlp, "FooServe runs batches between 2 and 5 times larger.", ["FooServe"])] == [5.0]
    assert [c.value for c in claims(nlp, "In 2019 and 2020 FooServe got 2x faster.", ["FooServe"])] == [2.0]


def test_a_counted_list_of_baselines_takes_the_numbers_after_by_in_order(nlp):
    found = claims(nlp, "FooServe improves the throughput over three leading inference systems Hugging Face "
                        "Accelerate, FlexGen, and vLLM by up to $29\\times$, $29\\times$, and $3\\times$.",
                   ["FooServe"])
    assert [(c.baseline, c.value, c.qualifier) for c in found] == [
        ("Hugging Face Accelerate", 29.0, "up to"), ("FlexGen", 29.0, "up to"), ("vLLM", 3.0, "up to")]


def test_a_name_after_a_fronted_comparison_is_the_subject_not_a_list_item(nlp):
    found = claims(nlp, "Compared to LoRA, FooServe reduces training time by 22%.", ["FooServe"])
    assert [(c.subject, c.baseline) for c in found] == [("FooServe", "LoRA")]


def test_a_percentage_that_sets_the_system_up_is_no_claim(nlp):
    found = claims(nlp, "FooServe with 20% heavy hitters improves the throughput by 2x over vLLM.", ["FooServe"])
    assert [(c.value, c.baseline) for c in found] == [(2.0, "vLLM")]
    assert len(claims(nlp, "FooServe serves with 30% lower latency than vLLM.", ["FooServe"])) == 1


def test_a_name_with_its_verb_after_comma_and_starts_a_clause(nlp):
    c = one(nlp, "TorchDynamo captures graphs more robustly than prior approaches, and TorchInductor is "
                 "able to provide a 2.27x speedup on A100.")
    assert c.subject == "TorchInductor"


def test_respectively_gives_single_numbers_one_name_each(nlp):
    found = claims(nlp, "FooServe achieves up to a 12.75x reduction and 8.25x reduction in energy per token "
                        "compared to vLLM and SGLang respectively, while keeping accuracy.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 12.75), ("SGLang", 8.25)]


def test_the_software_a_model_was_tuned_with_is_the_baseline(nlp):
    c = one(nlp, "Compared to GPT-3 fine-tuned with Adam, FooServe reduces the GPU memory by 3 times.",
            ["FooServe"])
    assert c.baseline == "Adam"


def test_names_fold_plus_plus_as_the_scorer_does():
    assert claims_mod.name_key("ZeRO++") != claims_mod.name_key("ZeRO")
    assert claims_mod.name_key("TensorRT-LLM") == "tensorrtllm"


def test_n_times_the_throughput_of_a_model_names_no_baseline(nlp):
    c = one(nlp, "FooServe can 2x the throughput of LLaMA-2-70B on long prompts.", ["FooServe"])
    assert (c.value, c.baseline) == (2.0, None)
    c = one(nlp, "FooServe reaches 2x the throughput of vLLM on long prompts.", ["FooServe"])
    assert c.baseline == "vLLM"


def test_a_share_of_another_systems_figure_is_a_comparison(nlp):
    c = one(nlp, "FooServe reaches 99.3% of the throughput of vLLM on one GPU.", ["FooServe"])
    assert (c.baseline, c.value, c.better) == ("vLLM", 99.3, False)
    c = one(nlp, "FooServe uses 40% of the memory of vLLM.", ["FooServe"])
    assert (c.baseline, c.better) == ("vLLM", True)  # less memory is better
    assert claims(nlp, "FooServe trains at 502 petaFLOP/s, 52% of theoretical peak.", ["FooServe"]) == []


def test_spending_only_a_share_is_a_saving_against_the_sentences_comparison(nlp):
    found = claims(nlp, "Compared to the A100, FooServe is 2.5x faster while consuming only 48.1% of the energy.",
                   ["FooServe"])
    assert [(c.baseline, c.value, c.unit, c.metric_kind, c.better) for c in found] == [
        ("A100", 2.5, "x", "speedup", True), ("A100", 48.1, "%", "energy", True)]
    c = one(nlp, "FooServe matches or surpasses vLLM in accuracy while using as little as only 7.6% of the tokens.",
            ["FooServe"])
    assert (c.baseline, c.value, c.better) == ("vLLM", 7.6, True)
    c = one(nlp, "FooServe reaches in-memory accuracy using only 10% of their memory footprint.", ["FooServe"])
    assert (c.baseline, c.value, c.metric_kind, c.better) == (None, 10.0, "memory", True)
    # a share kept somewhere, or with no article to say whose, is a setting
    assert claims(nlp, "FooServe can keep only 1.5% of the embedding parameters in the GPU.", ["FooServe"]) == []
    assert claims(nlp, "FooServe's cores use only 5% of die area and power.", ["FooServe"]) == []


def test_upto_written_as_one_word_is_up_to(nlp):
    assert one(nlp, "FooServe cuts latency by upto 5.7x over vLLM.", ["FooServe"]).qualifier == "up to"


def test_the_work_a_system_accelerates_is_no_baseline_and_a_final_comparison_covers_the_list(nlp):
    found = claims(nlp, "FooServe accelerates hyperparameter search by upto 5.7x, single-server training by "
                        "upto 2x, and multi-server training by upto 15x compared to the library DALI on PyTorch.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("DALI", 5.7), ("DALI", 2.0), ("DALI", 15.0)]
    assert one(nlp, "FooServe accelerates vLLM by 2x.", ["FooServe"]).baseline == "vLLM"
    found = claims(nlp, "FooServe outperforms vLLM by 2x and Orca by 3x.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 2.0), ("Orca", 3.0)]


def test_a_percentile_written_as_percent_ile_is_no_claim(nlp):
    found = claims(nlp, "FooServe reduces the 95%ile latency by an average of 1.63x.", ["FooServe"])
    assert [(c.value, c.qualifier) for c in found] == [(1.63, "average")]


def test_a_long_name_and_its_abbreviation_are_one_baseline(nlp):
    c = one(nlp, "FooServe outperforms the Nvidia Collective Communication Library (NCCL) by up to 6.7x.",
            ["FooServe"])
    assert c.baseline == "NCCL"


def test_from_in_parentheses_starts_the_range(nlp):
    found = claims(nlp, "FooServe outperforms DGL and PyG by up to 9.1x (from 2.4x) and 74.3x (from 10.2x), "
                        "respectively.", ["FooServe"])
    assert [(c.baseline, c.value, c.value_min, c.qualifier) for c in found] == [
        ("DGL", 9.1, 2.4, "up to"), ("PyG", 74.3, 10.2, "up to")]


def test_the_system_whose_figure_is_improved_is_the_baseline(nlp):
    found = claims(nlp, "Our FooServe improves SZ's compression throughput by up to 370.1x and 13.1x, "
                        "respectively, over the production version on one and many CPU cores.", ["FooServe"])
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooServe", "SZ", 370.1), ("FooServe", "SZ", 13.1)]
    c = one(nlp, "It improves vLLM's throughput by 2x.", ["FooServe"])
    assert (c.subject, c.baseline) == ("FooServe", "vLLM")
    c = one(nlp, "FooServe reduces GPT-3's latency by 30%.", ["FooServe"])
    assert c.baseline is None  # the model is the workload


def test_examples_after_a_generic_baseline_name_the_baselines(nlp):
    found = claims(nlp, "FooServe achieves 17.87x speedup compared with state-of-the-art systems for large models, "
                        "including ZeRO, GShard, and DeepSpeed.", ["FooServe"])
    assert [c.baseline for c in found] == ["ZeRO", "GShard", "DeepSpeed"]
    c = one(nlp, "FooServe is 2x faster than vLLM on A100 GPUs, such as those in our cluster.", ["FooServe"])
    assert (c.baseline, c.hardware) == ("vLLM", ["A100"])


def test_a_number_in_parentheses_after_a_compared_name_is_that_names(nlp):
    found = claims(nlp, "FooServe outperforms the state-of-the-art GNN frameworks, such as Deep Graph Library "
                        "(3.02x faster on average) and NeuGraph (up to 4.10x faster), on common models.",
                   ["FooServe"])
    assert [(c.baseline, c.value, c.qualifier) for c in found] == [
        ("Deep Graph Library", 3.02, "average"), ("NeuGraph", 4.1, "up to")]
    found = claims(nlp, "FooServe is faster than vLLM (2.1x) and Orca (3.4x).", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 2.1), ("Orca", 3.4)]
    c = one(nlp, "FooServe runs on A100 (2.1x faster than vLLM).", ["FooServe"])
    assert c.baseline == "vLLM"  # a setting before the parentheses, not a compared name


def test_a_value_after_than_the_is_the_baselines_own_not_a_claim(nlp):
    found = claims(nlp, "We reach a utilization of 54.2%, which is 29% faster than the 42.1% we achieve "
                        "with recomputation.", ["FooServe"])
    assert [c.value for c in found] == [29.0]
    assert [c.value for c in claims(nlp, "FooServe is 2x faster than the 1.5x of vLLM.", ["FooServe"])] == [2.0]


def test_a_generic_chip_baseline_is_the_chip_of_that_kind_compared_before(nlp):
    found = claims(nlp, "We compare FooServe to a server-class Intel Haswell CPU and an Nvidia K80 GPU. "
                        "FooServe is 15x-30x faster than its contemporary GPU or CPU.", ["FooServe"])
    assert [(c.baseline, c.value, c.value_min) for c in found] == [("K80", 30.0, 15.0), ("Haswell", 30.0, 15.0)]


def test_generic_chips_listed_respectively_take_the_compared_chips_in_order(nlp):
    found = claims(nlp, "FooServe is 43x and 3x faster than Haswell CPU and K80 GPU implementations. It achieves "
                        "40x and 11.5x higher energy efficiency compared with the CPU and GPU respectively.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("Haswell", 43.0), ("K80", 3.0), ("Haswell", 40.0),
                                                       ("K80", 11.5)]


def test_a_generic_chip_stays_generic_without_a_compared_chip_of_its_kind(nlp):
    # the A100 is where FooServe ran, not what it was compared with
    found = claims(nlp, "FooServe is 3x faster than vLLM on the A100 GPU. It is 2x faster than the GPU.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 3.0), (None, 2.0)]
    # "the CPU baseline" is a configuration, and two compared GPUs leave "the GPU" open
    found = claims(nlp, "Compared with the Xeon CPU, the A100 GPU and the H100 GPU, FooServe wins. "
                        "It is 2x faster than the CPU baseline and 3x faster than the GPU.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [(None, 2.0), (None, 3.0)]



def test_a_fractional_factor_before_a_chip_word_is_no_count(nlp):
    found = claims(nlp, "FooServe provides 13.9x and 6.2x GPU latency reduction over vLLM and SGLang, respectively.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 13.9), ("SGLang", 6.2)]
    assert [(c.baseline, c.value) for c in claims(nlp, "FooServe needs 3x GPU memory less than vLLM.",
                                                    ["FooServe"])] == [("vLLM", 3.0)]
    assert claims(nlp, "The training runs on 8x A100 GPUs and on 4x GPU servers.", ["FooServe"]) == []


def test_a_count_of_devices_after_a_vendor_or_mathjax_is_no_factor():
    found = extracted("FooServe achieves 49.6% higher throughput than AdamW when training on \\(2\\times\\) A800-80GB "
                      "GPUs. FooServe trains a 30B model using 64X NVIDIA A100 GPUs.")
    assert [(c.baseline, c.value) for c in found.claims] == [("AdamW", 49.6)]


def test_arxivs_stand_in_for_a_dotted_name_is_the_papers_system():
    found = extracted("In experiments, this http URL achieves up to 6.25x speedup over llama.cpp.",
                      title="Bitnet.cpp: Efficient Edge Inference")
    assert [(c.subject, c.baseline) for c in found.claims] == [("Bitnet.cpp", "llama.cpp")]


def test_the_long_form_in_parentheses_after_a_name_names_no_subject():
    found = extracted("We present YaRN (Yet another RoPE extensioN method), a compute-efficient method that needs "
                      "10x less tokens than previous methods.", title="YaRN: Efficient Context Window Extension")
    assert [(c.subject, c.value) for c in found.claims] == [("YaRN", 10.0)]
    assert "extensioN" not in [m.text for m in found.mentions]


def test_what_the_work_matches_is_no_subject(nlp):
    found = claims(nlp, "We match vLLM and SGLang on short prompts and outperform the strongest baselines by "
                        "40% on long ones.", ["FooServe"])
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooServe", None, 40.0)]


def test_conserving_a_share_of_a_resource_is_a_saving(nlp):
    found = claims(nlp, "FooServe conserves 53% energy and 38% carbon emissions.", ["FooServe"])
    assert [(c.value, c.metric_kind, c.better) for c in found] == [(53.0, "energy", True), (38.0, "other", True)]


def test_a_saved_share_is_a_change_and_a_held_or_set_level_is_none(nlp):
    found = claims(nlp, "FooServe saves 53% of GPU memory and reduces up to 40% of the traffic.", ["FooServe"])
    assert [(c.value, c.metric_kind) for c in found] == [(53.0, "memory"), (40.0, "other")]
    assert claims(nlp, "FooServe reaches 53% of the peak throughput.", ["FooServe"]) == []
    found = claims(nlp, "FooServe improves throughput by up to 70.3%, and could maintain recall rates over 98.5% "
                        "at matched Recall@10=90%.", ["FooServe"])
    assert [c.value for c in found] == [70.3]
    found = claims(nlp, "FooServe maintains 19-70% lower latency violation rates than Orca.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("Orca", 70.0)]


def test_plain_and_past_forms_of_surpass_and_exceed_name_the_baseline(nlp):
    found = claims(nlp, "The kernels of FooServe surpass vLLM and SGLang by about 3x and 4.5x, respectively.",
                   ["FooServe"])
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooServe", "vLLM", 3.0), ("FooServe", "SGLang", 4.5)]
    assert [(c.baseline, c.value) for c in claims(nlp, "FooServe exceeded vLLM by 20% in throughput.",
                                                    ["FooServe"])] == [("vLLM", 20.0)]


def test_a_value_after_a_possessive_baseline_is_the_baselines_own(nlp):
    found = claims(nlp, "FooServe reaches an accuracy of 72.86%, surpassing LoRA's 67.7% by 5.16%.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("LoRA", 5.16)]


def test_a_number_joined_by_and_after_a_comparison_shares_its_baseline(nlp):
    found = claims(nlp, "FooServe is 2.8x faster than vLLM and saves 86.8% GPU memory.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 2.8), ("vLLM", 86.8)]


def test_a_than_that_another_clause_compares_is_not_the_numbers(nlp):
    found = claims(nlp, "FooServe cuts prefill time by 8x and enables the LLaMA-2-70B model to run faster than "
                        "vLLM does.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [(None, 8.0)]
    found = claims(nlp, "FooServe is 1.2x-1.7x faster and uses 1.3x-1.9x less power than the A100.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("A100", 1.7), ("A100", 1.9)]


def test_an_unknown_acronym_before_methods_is_a_kind_not_a_baseline(nlp):
    found = claims(nlp, "FooServe achieves up to 4.3x speedup compared to recent KD methods.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [(None, 4.3)]
    found = claims(nlp, "FooServe achieves up to 4.3x speedup compared to KDX.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("KDX", 4.3)]


def test_a_field_or_a_company_is_not_the_baseline(nlp):
    found = claims(nlp, "FooServe saves another 3x energy over TinyML and EdgeAI deployments.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [(None, 3.0)]
    found = claims(nlp, "FooServe is 2x faster than OpenAI's parallel function calling.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [(None, 2.0)]


def test_a_range_written_with_a_minus_sign_is_one_claim(nlp):
    found = claims(nlp, "FooServe achieves a 4×−5× performance increase over vLLM.", ["FooServe"])
    assert [(c.baseline, c.value, c.value_min) for c in found] == [("vLLM", 5.0, 4.0)]


def test_a_factor_of_a_decimal_is_read_once(nlp):
    found = claims(nlp, "FooServe improves performance and energy by a factor of 2.7x and 2.3x, respectively, "
                        "over vLLM.", ["FooServe"])
    assert [c.value for c in found] == [2.7, 2.3]
    assert [c.value for c in claims(nlp, "FooServe is faster than vLLM by a factor of 2.", ["FooServe"])] == [2.0]


def test_a_share_of_the_cases_is_no_change(nlp):
    found = claims(nlp, "We outperform all available solutions in 79% over all matrices, and FooServe is on "
                        "average 83% faster than vLLM.", ["FooServe"])
    assert [c.value for c in found] == [83.0]


def test_speedup_to_names_the_baseline(nlp):
    found = claims(nlp, "FooServe achieves 1.37x speedup to TVM on CPUs and up to 25.04x speedup to AutoTVM.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("TVM", 1.37), ("AutoTVM", 25.04)]


def test_hardware_in_parentheses_after_the_baseline_is_where_it_ran(nlp):
    found = claims(nlp, "FooServe achieves up to 15x speedup over PyTorch (A100).", ["FooServe"])
    assert [(c.baseline, c.value, c.hardware) for c in found] == [("PyTorch", 15.0, ["A100"])]


def test_a_system_on_par_with_a_baseline_at_a_lower_cost_names_it(nlp):
    found = claims(nlp, "FooServe achieves comparable accuracy to vLLM, with a 16.4x reduction in training time.",
                   ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 16.4)]
    found = claims(nlp, "FooServe matches the accuracy of GPT-3 with 5x fewer parameters.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("GPT-3", 5.0)]


def test_a_factor_glued_to_a_word_names_a_variant_not_a_gain(nlp):
    assert claims(nlp, "The 4x-coarsened learned solver reproduces most levels.", ["FooServe"]) == []
    assert [c.value for c in claims(nlp, "FooServe is 4x faster than vLLM.", ["FooServe"])] == [4.0]


def test_hardware_against_hardware_without_a_system_has_the_hardware_as_subject(nlp):
    found = claims(nlp, "On the A6000, the latency is 3x better compared to K80.")
    assert [(c.subject, c.baseline, c.value) for c in found] == [("A6000", "K80", 3.0)]
    found = claims(nlp, "On the A6000, FooServe is 3x faster than vLLM.", ["FooServe"])
    assert [(c.subject, c.baseline) for c in found] == [("FooServe", "vLLM")]


def test_outperforms_a_baseline_on_a_setting_before_the_number_names_it(nlp):
    for text in ("FooServe outperforms vLLM on the A100 GPU by 1.5x.",
                 "FooServe outperforms vLLM in terms of latency (1.5x speedup on average).",
                 "FooServe outperforms vLLM in terms of latency, achieving 1.5x speedup on average.",
                 "FooServe outperforms state-of-the-art systems (e.g., vLLM) in terms of latency (e.g., 1.5x "
                 "speedup on average)."):
        assert [(c.baseline, c.value) for c in claims(nlp, text, ["FooServe"])] == [("vLLM", 1.5)], text
    # a clause that "and" adds to a comparison with no number of its own is measured against its object
    found = claims(nlp, "FooServe outperforms vLLM and Orca in speed and scalability, and improves model FLOPs "
                        "utilization (MFU) by up to 2.88x.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 2.88), ("Orca", 2.88)]
    # but not across a sentence break, and "$29.6x$" set as math is a factor like "29.6x"
    found = claims(nlp, "FooServe outperforms vLLM in all cases. It reduces memory by 30%.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [(None, 30.0)]
    found = claims(nlp, "FooServe outperforms systems like vLLM and Orca by up to $29.6x$.", ["FooServe"])
    assert [(c.baseline, c.value, c.qualifier) for c in found] == [("vLLM", 29.6, "up to"), ("Orca", 29.6, "up to")]


def test_a_range_written_with_a_double_hyphen_is_one_claim(nlp):
    found = claims(nlp, "FooServe delivers on average 1.36X--1.56X faster code than vLLM.", ["FooServe"])
    assert [(c.value, c.value_min) for c in found] == [(1.56, 1.36)]


def test_the_system_a_paper_speeds_up_is_not_the_subject(nlp):
    found = claims(nlp, "We use FooServe to accelerate PyTorch, speeding up the local alignment by 20x.", ["FooServe"])
    assert [(c.subject, c.value) for c in found] == [("FooServe", 20.0)]


def test_models_listed_with_their_own_numbers_are_what_the_system_runs(nlp):
    found = claims(nlp, "FooServe reduces the memory usage of LLaMA-2-70B by up to 89%, GPT-3 by 91%.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [(None, 89.0), (None, 91.0)]
    found = claims(nlp, "FooServe beats vLLM by 2x and Orca by 3x.", ["FooServe"])
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 2.0), ("Orca", 3.0)]


def test_a_number_in_the_title_is_not_a_claim():
    title = "Over 100x Faster Serving with FooServe"
    found = extracted("FooServe serves models. It is up to 120x faster than vLLM on A100 GPUs.", title).claims
    assert [(c.value, c.baseline) for c in found] == [(120.0, "vLLM")]
    assert found[0].start > len(title)


def test_a_comparison_framed_in_the_sentence_before_gives_the_baseline(nlp):
    text = ("FooServe is a serving system. Compared with FlexGen, we show that FooServe has superior "
            "latency. In our experiments, FooServe achieves 37% latency reduction in tensor parallelism.")
    assert [(c.subject, c.baseline, c.value) for c in claims(nlp, text, ["FooServe"])] == [
        ("FooServe", "FlexGen", 37.0)]
    # a "than" makes a comparison of its own, and a class of systems names none of them
    for before in ("FooServe on L40S reaches higher throughput than FlexGen on A100.",
                   "We evaluated FooServe against state-of-the-art FlexGen serving systems."):
        text = f"FooServe is a serving system. {before} Thus, FooServe reduces the cost by 3x."
        assert [(c.baseline, c.value) for c in claims(nlp, text, ["FooServe"])] == [(None, 3.0)]


def test_authors_cited_by_et_al_are_not_a_baseline():
    found = extracted("FooIndex beats the learned index from Kraska et al. by up to 2.2x on lookups.",
                      "FooIndex: An Updatable Index")
    assert [(c.subject, c.baseline, c.value) for c in found.claims] == [("FooIndex", None, 2.2)]
    assert "Kraska" not in found.entities().get("System", [])


def test_the_measure_a_number_is_of_names_its_kind(nlp):
    c = one(nlp, "We applied the compression pipeline to GPT-3 and achieved a speedup of 1.53x.", ["FooServe"])
    assert (c.metric_kind, c.value) == ("speedup", 1.53)
    # a measure that modifies "speedup" still names the kind
    c = one(nlp, "We observe consistent latency speedup of up to 3.7x.", ["FooServe"])
    assert (c.metric_kind, c.value) == ("time", 3.7)


def test_less_sram_and_fewer_dram_accesses_are_memory(nlp):
    found = claims(nlp, "FooServe uses 3.5x less SRAM than FlexGen and reduces DRAM access by 10x.", ["FooServe"])
    assert [(c.metric_kind, c.value, c.better) for c in found] == [("memory", 3.5, True), ("memory", 10.0, True)]


def test_a_time_that_is_faster_is_that_time(nlp):
    for text in ("The time-to-solution of FooServe can be 7 times faster than that of FlexGen.",
                 "The average completion time with FooServe is up to 7x faster than with FlexGen."):
        c = one(nlp, text, ["FooServe"])
        assert (c.metric_kind, c.value, c.baseline) == ("time", 7.0, "FlexGen"), text
    # a speedup noun after the number is its own measure
    found = claims(nlp, "FooServe achieves up to 5x lower TTFT than vLLM and 3.75x speedup over FlexGen.", ["FooServe"])
    assert [(c.value, c.metric_kind) for c in found] == [(5.0, "time"), (3.75, "speedup")]


def test_measures_listed_after_in_terms_of_align_with_the_numbers(nlp):
    found = claims(nlp, "FooServe outperforms cluster schedulers by about 139% and 63% in terms of job completion "
                        "time and GPU utilization, respectively.", ["FooServe"])
    assert [(c.value, c.metric_kind) for c in found] == [(139.0, "time"), (63.0, "other")]


def test_the_second_number_of_a_list_is_measured_as_the_first(nlp):
    found = claims(nlp, "FooServe reduces inference memory by up to 2.55x while speeding up decoding by up to "
                        "2.18x and 1.50x.", ["FooServe"])
    assert [(c.value, c.metric_kind) for c in found] == [(2.55, "memory"), (2.18, "speedup"), (1.5, "speedup")]


def test_a_product_number_inside_a_chip_name_is_not_a_factor():
    found = extracted("FooServe runs on a Threadripper 3990X and a Core i9-13900K and is 2x faster than vLLM.")
    assert [(c.value, c.baseline) for c in found.claims] == [(2.0, "vLLM")]
    assert {"Threadripper 3990X", "Core i9-13900K"} <= set(found.entities()["Hardware"])


def test_a_name_of_one_capital_a_hyphen_and_capitals_is_a_subject_after_can_be(nlp):
    c = one(nlp, "On slow networks, D-PSGD can be up to 10x faster than its centralized counterparts.")
    assert (c.subject, c.value) == ("D-PSGD", 10.0)


def test_a_pcie_generation_is_a_hardware_baseline():
    found = extracted("Our evaluation shows speed-ups of up to 18x over PCI-e 3.0 and up to 7.3x over a CPU "
                      "implementation.")
    assert [(c.baseline, c.value) for c in found.claims] == [("PCI-e 3.0", 18.0), (None, 7.3)]
    assert found.entities()["Hardware"] == ["PCI-e 3.0"] and not found.entities()["System"]


def test_other_multiplication_signs_are_factors():
    found = extracted("Our evaluation shows that P3 outperforms existing GNN frameworks by up to 7✕ and by 3✖.")
    assert [(c.subject, c.value, c.unit) for c in found.claims] == [("P3", 7.0, "x"), ("P3", 3.0, "x")]
    assert "7✕" in found.claims[0].evidence


def test_a_hyphen_compound_adjective_names_no_baseline():
    found = extracted("Notably, MNN-LLM achieves up to a 8.6x speed increase compared to current mainstream "
                      "LLM-specific frameworks.")
    assert [(c.subject, c.baseline) for c in found.claims] == [("MNN-LLM", None)]
    assert "LLM-specific" not in found.entities()["System"]


def test_names_after_a_colon_are_the_class_of_systems_compared_with():
    found = extracted("FooServe achieves 9.99x and 4.36x performance improvement over other mobile-side LLM "
                      "inference engines: llama.cpp and MNN.")
    assert [(c.baseline, c.value) for c in found.claims] == [("llama.cpp", 9.99), ("MNN", 4.36)]


def test_code_compared_with_in_a_named_library_is_that_library():
    found = extracted("FusedMM is an order of magnitude faster than its equivalent kernels in Deep Graph Library. "
                      "FooServe is 2x faster than the kernels in our earlier work.")
    assert [(c.subject, c.baseline) for c in found.claims] == [("FusedMM", "Deep Graph Library"), ("FooServe", None)]


def test_a_vendor_before_the_library_that_holds_the_code_is_skipped():
    found = extracted("Compared to various quantized GEMM kernels in NVIDIA TensorRT-LLM, FooServe delivers 1.63x "
                      "performance gains.")
    assert [(c.subject, c.baseline, c.value) for c in found.claims] == [("FooServe", "TensorRT-LLM", 1.63)]


def test_a_hyphenated_chip_number_is_a_chip_not_a_factor():
    found = extracted("FooServe achieves a 2x speedup over the H100 and MI-300X.")
    assert [(c.value, c.baseline) for c in found.claims] == [(2.0, "H100"), (2.0, "MI-300X")]
    assert found.entities()["Hardware"] == ["H100", "MI-300X"]


def test_a_number_after_with_is_measured_against_the_same_baseline():
    found = extracted("FooNet outperforms Frustum PointNet by 2.4% mAP on average with 1.5x measured speedup. "
                      "FooNet is 2x faster than vLLM with a 30% smaller memory footprint.")
    assert [(c.baseline, c.value) for c in found.claims] == [("Frustum PointNet", 2.4), ("Frustum PointNet", 1.5),
                                                            ("vLLM", 2.0), ("vLLM", 30.0)]


def test_our_technique_is_the_papers_system_and_a_name_after_its_verb_is_not_ours():
    found = extracted("We optimize Multi-Head Attention (MHA) for variable-length inputs. Our fused MHA outperforms "
                      "PyTorch by 6.13x. Our fused kernel outperforms FlashAttention by 1.2x.",
                      "ByteServe: fast transformers")
    assert found.proposed == ["ByteServe"]
    assert [(c.subject, c.baseline, c.value) for c in found.claims] == [("ByteServe", "PyTorch", 6.13),
                                                                       ("ByteServe", "FlashAttention", 1.2)]


def test_folds_and_halves_are_factors():
    found = extracted("FooServe gets 4.6 folds training speedup over vLLM. FooServe halves the data access time of "
                      "an existing storage system. We split the batch into halves the time it takes.")
    assert [(c.value, c.unit, c.metric_kind, c.better) for c in found.claims] == [
        (4.6, "x", "speedup", True), (2.0, "x", "time", True)]
    assert found.claims[0].baseline == "vLLM"


def test_comparing_with_a_strong_baseline_technique_names_it():
    found = extracted("Comparing with a strong baseline augmented memory transformer (AM-TRF), FooServe gets 4.6 folds "
                      "training speedup. Comparing with the LSTM baseline with the same latency and model size, "
                      "FooServe gets relative WER reduction 9% and 16% on test-clean and test-other, respectively.")
    assert [(c.baseline, c.value) for c in found.claims] == [
        ("augmented memory transformer", 4.6), ("LSTM", 9.0), ("LSTM", 16.0)]


def test_a_name_before_library_says_what_the_library_is_written_in():
    found = extracted("FooServe is 3x faster than the popular Python library Dask Array. FooServe is 2x faster "
                      "than the C++ framework Kokkos and the Python package Numba.")
    assert [(c.baseline, c.value) for c in found.claims] == [("Dask Array", 3.0), ("Kokkos", 2.0), ("Numba", 2.0)]


def test_an_example_in_parentheses_is_not_the_subject():
    found = extracted("We also show that further software (e.g., CuDNN) and hardware (e.g., dynamic allocation) "
                      "optimizations can result in even larger footprint reduction (upto 4.1x).", "FooServe: Fast Training")
    assert [(c.subject, c.value) for c in found.claims] == [("FooServe", 4.1)]


def test_a_percentage_that_sets_the_conditions_is_not_a_claim():
    found = extracted("FooServe is 2x faster than vLLM. This performance advantage becomes even more pronounced "
                      "for high load factors of over 90%.")
    assert [(c.baseline, c.value) for c in found.claims] == [("vLLM", 2.0)]


def test_a_comparison_with_a_name_in_the_sentence_before_frames_the_numbers():
    found = extracted("We evaluate the API through a performance comparison with Cray MPICH on Frontier. Results "
                      "from this evaluation show up to a 50% reduction in medium message latency.")
    assert [(c.baseline, c.value) for c in found.claims] == [("Cray MPICH", 50.0)]


def test_a_model_written_as_the_subject_is_the_subject():
    found = extracted("Under vision workloads, Qwen3-VL-235B reaches 47,873 tok/s, 6.5x higher than Kimi-K2.5.")
    assert [(c.subject, c.baseline, c.value) for c in found.claims] == [("Qwen3-VL-235B", "Kimi-K2.5", 6.5)]


def test_word_error_rate_is_an_error_and_tokens_per_second_a_throughput():
    found = extracted("FooServe gets relative WER reduction 17% over vLLM. Qwen3 reaches 47,873 tok/s, 6.5x higher "
                      "than Kimi-K2.5 (7,327 tok/s).")
    assert [(c.value, c.metric_kind, c.better) for c in found.claims] == [(17.0, "error", True),
                                                                         (6.5, "throughput", True)]


def test_a_power_of_ten_is_a_factor_and_a_share_held_with_a_change_is_no_claim():
    found = extracted("FooServe is 100x-1000x faster on CPU and up to 10^5x faster on GPU. FooServe delivers 48% "
                      "lower decoding latency with over 60% expert cache hit rate.")
    assert [(c.value, c.value_min) for c in found.claims] == [(1000.0, 100.0), (100000.0, None), (48.0, None)]


def test_a_dash_ends_the_clause_and_fewer_gpus_and_query_rates_name_their_kinds():
    found = extracted("FooServe schedules requests to minimize overhead—achieving 4.6x prefilling speedups. FooServe "
                      "preserves SLOs with 40% fewer GPUs and sustains 3.3x higher query rates.")
    assert [(c.value, c.metric_kind, c.better) for c in found.claims] == [
        (4.6, "speedup", True), (40.0, "cost", True), (3.3, "throughput", True)]


def test_a_large_reasoning_model_is_no_baseline():
    found = extracted("FooServe achieves 3.0x speedup over vanilla LRM inference.")
    assert [(c.baseline, c.value) for c in found.claims] == [(None, 3.0)]


def test_levels_others_reached_and_hedged_from_to_levels_are_no_claims():
    found = extracted("FooServe achieves 96.1% accuracy on Path-512, where no model had previously achieved better "
                      "than 50%. FooServe raises CPU utilization from typically below 75% to almost 100%. FooServe "
                      "achieves more than 50% reduction in latency.")
    assert [(c.value, c.qualifier) for c in found.claims] == [(50.0, "over")]


def test_a_number_after_comma_with_keeps_the_baseline_before_it():
    found = extracted("We achieve an average of 1.73x speedup in attention execution compared to vLLM, with up to "
                      "2.18x speedup for 256k context length.", "FooServe: Fast Attention")
    assert [(c.baseline, c.value) for c in found.claims] == [("vLLM", 1.73), ("vLLM", 2.18)]


def test_modifiers_and_techniques_before_a_noun_are_no_baselines():
    found = extracted("Compared to mobile NPUs or GEMV-accelerated PIMs, FooServe achieves 13.2x improvements. "
                      "FooServe achieves up to 2.1x speedup compared with the state-of-the-art RLHF training system "
                      "DeepSpeed-Chat. FooServe achieves a 55% reduction in latency compared to RAG systems built on "
                      "LLM-system extensions.")
    assert [(c.baseline, c.value) for c in found.claims] == [(None, 13.2), ("DeepSpeed-Chat", 2.1), (None, 55.0)]


def test_a_name_owning_the_measure_a_verb_changes_is_no_subject():
    found = extracted("EVStore can reduce the Deep Recommendation System (DRS) memory usage by up to 94%. "
                      "Our accelerator improves the Power-Delay Product (PDP) by 44x compared with the RTX 4090.",
                      "EVStore: Caching Embedding Tables")
    assert [(c.subject, c.value) for c in found.claims] == [("EVStore", 94.0), ("EVStore", 44.0)]


def test_examples_after_a_relative_clause_are_the_baselines():
    found = extracted("FooServe reduces the GPU time used for serving by 49% when compared with serving systems that "
                      "do not support autoscaling like DistServe and vLLM.", "FooServe: Fast Autoscaling")
    assert [(c.baseline, c.value) for c in found.claims] == [("DistServe", 49.0), ("vLLM", 49.0)]


def test_how_sparse_is_a_setting_not_a_change():
    found = extracted("FooSpMM outperforms Flash-LLM by up to 2.1x across sparsity levels (30% to 70%). FooSpMM "
                      "outperforms cuBLAS at sparsity levels as low as 30%. It prunes at sparsity ratios from 50% to "
                      "90% and cuts latency by 30%.", "FooSpMM: Sparse Kernels")
    assert [(c.baseline, c.value, c.unit) for c in found.claims] == [("Flash-LLM", 2.1, "x"), (None, 30.0, "%")]


def test_the_model_a_method_is_applied_to_is_the_baseline():
    found = extracted("When applied to Qwen2.5-Coder, it improves Pass@1 by up to 28.91%. LLaVA when equipped with "
                      "FooVLM achieves 37% decrease in latency. When applied to the LLaMA models, it reduces the "
                      "perplexity gap from the FP16 baseline by up to 2.1x. It can be applied to Stable Diffusion XL "
                      "and achieve a 6.1x speedup on eight A100s compared to one.", "FooVLM: Token Pruning")
    assert [(c.baseline, c.value) for c in found.claims] == [
        ("Qwen2.5-Coder", 28.91), ("LLaVA", 37.0), (None, 2.1), (None, 6.1)]


def test_a_share_of_the_training_data_is_a_setting_unless_compared():
    found = extracted("FooTLP achieves a speed-up of 4.7x using only 7% of the target hardware data. FooELM requires "
                      "only 0.28% of the training dataset compared to BIRNN.", "FooTLP: A Cost Model")
    assert [(c.baseline, c.value, c.unit) for c in found.claims] == [(None, 4.7, "x"), ("BIRNN", 0.28, "%")]


def test_a_factor_set_in_mathjax_parentheses():
    found = extracted("Additionally, FooForce performs 4.86\\(\\times\\) than DeepSpeed-Zero-Inference on a single "
                      "RTX 4090 GPU.", "FooForce: Lossless Acceleration")
    assert [(c.baseline, c.value, c.unit) for c in found.claims] == [("DeepSpeed-Zero-Inference", 4.86, "x")]
    assert found.claims[0].evidence.endswith("4.86\\(\\times\\) than DeepSpeed-Zero-Inference on a single "
                                             "RTX 4090 GPU.")
    # MathJax also writes a space before it closes
    found = extracted("FooForce outperforms systems like DGL by 2.1\\(\\times \\) to 6.2\\(\\times \\).",
                      "FooForce: Sampling")
    assert [(c.baseline, c.value, c.value_min) for c in found.claims] == [("DGL", 6.2, 2.1)]


def test_a_camel_case_name_and_its_short_form_are_one_baseline():
    found = extracted("FooSTA accelerates attention by 2.8-17x over FlashAttention-2 (FA2).", "FooSTA: Tile Attention")
    assert [(c.baseline, c.value) for c in found.claims] == [("FA2", 17.0)]


def test_a_name_after_the_comma_of_a_fronted_phrase_starts_the_clause():
    # ("Mandheling" holds "and": a list test that matched inside the word had read it as a third baseline)
    found = extracted("Compared to the DNN engines from TFLite and MNN, Mandheling reduces the training time by "
                      "5.5x.", "Mandheling: Mixed-Precision On-Device Training")
    assert [(c.baseline, c.value) for c in found.claims] == [("TFLite", 5.5), ("MNN", 5.5)]


def test_an_average_of_a_change_is_a_claim_and_an_average_level_is_not():
    found = extracted("FooServe exhibits an average of 26% performance improvement over heuristic approaches based "
                      "on Megatron-LM. FooServe achieves an average of 90% accuracy on MMLU.")
    assert [(c.baseline, c.value, c.qualifier) for c in found.claims] == [("Megatron-LM", 26.0, "average")]


def test_a_fronted_benchmarked_against_names_the_baseline():
    found = extracted("When benchmarked against Whisper, FooServe demonstrates a 5x reduction in compute requirements.")
    assert [(c.baseline, c.value) for c in found.claims] == [("Whisper", 5.0)]


def test_a_measure_in_parentheses_after_a_baseline_is_no_second_baseline():
    found = extracted("FooServe outperforms FLUX-schnell (7.94 FID / 0.71 GenEval) while being 10x faster.")
    assert [(c.baseline, c.value) for c in found.claims] == [("FLUX-schnell", 10.0)]


def test_a_factor_range_is_one_claim_and_a_spread_is_none():
    found = extracted("FooServe compresses the model by a factor of 2-4x. Fees can differ by two orders of "
                      "magnitude, and latencies vary by up to 10x.")
    assert [(c.value, c.value_min) for c in found.claims] == [(4.0, 2.0)]


def test_times_as_slow_as_is_worse_and_times_as_fast_as_is_a_factor():
    found = extracted("PPO is about twice as slow as FooServe per iteration. FooServe is three times as fast as vLLM.",
                      title="FooServe: Fast RL")
    assert [(c.subject, c.baseline, c.value, c.better) for c in found.claims] == [
        ("PPO", "FooServe", 2.0, False), ("FooServe", "vLLM", 3.0, True)]


def test_better_than_a_baseline_with_less_of_a_resource_is_measured_against_it():
    found = extracted("We propose FooOpt, an optimizer that achieves on-par or better performance than AdamW with "
                      "45% to 50% less memory footprint.")
    assert [(c.baseline, c.value, c.value_min) for c in found.claims] == [("AdamW", 50.0, 45.0)]


def test_a_share_of_compute_compared_with_training_from_scratch_is_a_claim():
    found = extracted("FooLM models outperform Pythia while requiring only 3% of compute compared to training such "
                      "models from scratch.", title="FooLM: Pruned Pre-training")
    assert [(c.subject, c.baseline, c.value, c.better) for c in found.claims] == [("FooLM", None, 3.0, True)]


def test_the_model_whose_stage_a_method_accelerates_is_no_baseline():
    found = extracted("LazyLLM accelerates the prefilling stage of the Llama 2 7B model by 2.34x while maintaining "
                      "accuracy.", title="LazyLLM: Dynamic Token Pruning")
    assert [(c.subject, c.baseline, c.value) for c in found.claims] == [("LazyLLM", None, 2.34)]


def test_what_a_compared_result_comes_to_shares_its_baseline():
    found = extracted("FooServe achieves 49.6% higher throughput than AdamW when pre-training Llama2-7B, which saves "
                      "33% wall-clock time. FooServe gives 3x throughput compared to vLLM by supporting 4x larger "
                      "batch sizes.")
    assert [(c.baseline, c.value) for c in found.claims] == [("AdamW", 49.6), ("AdamW", 33.0), ("vLLM", 3.0),
                                                            ("vLLM", 4.0)]


def test_a_share_of_a_teachers_performance_lends_its_baseline_to_the_sizes_after_it():
    found = extracted("FooBERT achieves more than 96.8% the performance of its teacher BERT-base on GLUE, while being "
                      "7.5x smaller and 9.4x faster on inference.", title="FooBERT: Distilling BERT")
    assert [(c.baseline, c.value, c.better) for c in found.claims] == [
        ("BERT-base", 96.8, False), ("BERT-base", 7.5, True), ("BERT-base", 9.4, True)]
    assert found.claims[1].metric_kind != "accuracy"


def test_a_win_then_a_measure_after_while_or_but_also_shares_the_verbs_object():
    found = extracted("FooTok not only outperforms DiT-XL/2 (gFID 2.74 vs. 3.04), but also reduces the image tokens "
                      "by 64x. FooTok surpasses DiT-XL/2 (gFID 2.13 vs. 3.04) while still generating high-quality "
                      "samples 74x faster.", title="FooTok: An Image Tokenizer")
    assert [(c.baseline, c.value) for c in found.claims] == [("DiT-XL/2", 64.0), ("DiT-XL/2", 74.0)]
    assert "gFID" not in found.entities().get("System", [])


def test_a_result_with_a_number_after_compared_to_or_matching_a_baseline_is_against_it():
    found = extracted("FooInfer improves 2.2x throughput compared to Accelerate with over 54% GPU memory reduction. "
                      "FooLM reaches 51.8% on MATH, matching DeepSeekMath with only 3% of the pretraining tokens.",
                      title="FooInfer: KV Cache Pruning")
    assert [(c.baseline, c.value) for c in found.claims] == [("Accelerate", 2.2), ("Accelerate", 54.0),
                                                            ("DeepSeekMath", 3.0)]


def test_improvements_that_range_from_one_factor_to_another_are_one_range():
    found = extracted("FooCache speeds up inference: the improvements range from 8x for GPU-based inference to 60x "
                      "for CPU-based inference.", title="FooCache: Prompt Reuse")
    assert [(c.value, c.value_min) for c in found.claims] == [(60.0, 8.0)]


def test_a_size_in_parentheses_and_a_span_of_magnitudes_are_no_claims():
    found = extracted("We use FooMix on a 280M-parameter proxy model to tune an 8B-parameter model (30x larger). "
                      "Quality scales as a power law of compute across three orders of magnitude.",
                      title="FooMix: Data Mixtures")
    assert found.claims == []


def test_what_a_baseline_is_based_on_names_it_and_a_class_of_models_names_none():
    found = extracted("FooRec is 5.3x to 15.2x faster than FlashAttention2-based Transformers. FooRec is 3 times "
                      "faster than existing VLA models.", title="FooRec: Generative Recommenders")
    assert [(c.baseline, c.value) for c in found.claims] == [("FlashAttention2", 15.2), (None, 3.0)]


def test_a_baseline_whose_name_opens_with_a_digit_is_a_name_not_a_quantity():
    found = extracted("FooSplat renders 6.71x faster with 10.6x fewer primitives than 3D-GS. FooSplat is 30% faster "
                      "than the original 3DGS. FooSplat is 2x faster than the best existing ConvNet.",
                      title="FooSplat: Fast Splatting")
    assert [(c.baseline, c.value) for c in found.claims] == [("3D-GS", 6.71), ("3D-GS", 10.6), ("3DGS", 30.0),
                                                            (None, 2.0)]


def test_a_comparison_ending_a_parallel_list_covers_every_item_but_not_another_change():
    found = extracted("FooMM achieves 2.52x speedup on RTX 4090, 1.91x speedup on A800, and 1.58x speedup on H100 "
                      "over cuSPARSE. FooMM achieves a speedup ratio up to 6.5x, with about 1.4x improvement over "
                      "cuBLAS.", title="FooMM: Sparse Kernels")
    assert [(c.baseline, c.value) for c in found.claims] == [("cuSPARSE", 2.52), ("cuSPARSE", 1.91),
                                                            ("cuSPARSE", 1.58), (None, 6.5), ("cuBLAS", 1.4)]


def test_a_parenthesised_list_after_a_list_maps_to_the_same_baselines_respectively():
    found = extracted("FooDISC outperforms PyTorch, Torch Inductor (dynamic shape), and TensorRT by up to 6.95x, "
                      "7.92x, and 4.16x (3.54x, 2.93x, and 1.46x on average), respectively.",
                      title="FooDISC: Dynamic Shape Compiler")
    assert [(c.baseline, c.value, c.qualifier) for c in found.claims] == [
        ("PyTorch", 6.95, "up to"), ("Torch Inductor", 7.92, "up to"), ("TensorRT", 4.16, "up to"),
        ("PyTorch", 3.54, "average"), ("Torch Inductor", 2.93, "average"), ("TensorRT", 1.46, "average")]


def test_a_remark_in_parentheses_after_a_listed_name_keeps_the_list_going():
    found = extracted("FooDISC outperforms PyTorch, ONNX Runtime (with CUDA graphs), and TensorRT by 6.9x, 4.1x and "
                      "4.2x, respectively.", title="FooDISC: Dynamic Shape Compiler")
    assert [(c.baseline, c.value) for c in found.claims] == [("PyTorch", 6.9), ("ONNX Runtime", 4.1),
                                                            ("TensorRT", 4.2)]


def test_a_factor_given_as_a_range_is_one_claim_from_the_low_to_the_high_end():
    found = extracted("Experiments show that FooGPT learns much faster, reducing the number of training steps by a "
                      "factor of 4 to 20, depending on the sequence length.", title="FooGPT: Normalized Transformers")
    assert [(c.value_min, c.value, c.unit) for c in found.claims] == [(4.0, 20.0, "x")]


def test_a_citation_glued_to_a_baseline_name_is_not_part_of_the_name():
    found = extracted("FooNet is 1.5x faster than MobileNetV2-1.3[17] and 2x faster than vLLM[3] on A100 GPUs[12].",
                      title="FooNet: Fast Nets")
    assert [(c.baseline, c.value) for c in found.claims] == [("MobileNetV2-1.3", 1.5), ("vLLM", 2.0)]
    assert {m.text for m in found.mentions} >= {"MobileNetV2-1.3", "vLLM", "A100"}


def test_a_measure_after_while_being_keeps_the_baseline_the_comparison_named():
    found = extracted("Single-step retrieval with FooRAG achieves comparable or better performance than iterative "
                      "retrieval like IRCoT while being 10-30 times cheaper and 6-13 times faster.",
                      title="FooRAG: Long-Term Memory for LLMs")
    assert [(c.subject, c.baseline, c.value_min, c.value) for c in found.claims] == [
        ("FooRAG", "IRCoT", 10.0, 30.0), ("FooRAG", "IRCoT", 6.0, 13.0)]


def test_a_clause_after_while_has_its_own_subject():
    found = extracted("We propose Hawk, an RNN with gated linear recurrences, and FooGriffin, a hybrid model. Hawk "
                      "exceeds the reported performance of Mamba on downstream tasks, while FooGriffin matches the "
                      "performance of Llama-2 despite being trained on over 6 times fewer tokens.",
                      title="FooGriffin: Mixing Gated Linear Recurrences with Local Attention")
    assert [(c.subject, c.baseline, c.value) for c in found.claims] == [("FooGriffin", "Llama-2", 6.0)]


def test_a_percent_sign_set_as_math_is_a_percentage_and_fewer_of_a_count_is_better():
    found = extracted("Our method achieves a compression ratio of 576$\\times$, resulting in up to 94.8$\\%$ fewer "
                      "FLOPs and 69.6$\\%$ acceleration in inference time.", title="FooCo: Vision Compression")
    assert [(c.value, c.unit, c.better) for c in found.claims] == [(576.0, "x", True), (94.8, "%", True),
                                                                   (69.6, "%", True)]


def test_a_model_that_needs_fewer_flops_is_the_subject():
    found = extracted("FooNet needs 40% fewer FLOPs than ResNet-50.", title="BarNet: Something Else")
    assert [(c.subject, c.baseline, c.value, c.better) for c in found.claims] == [("FooNet", "ResNet-50", 40.0, True)]


def test_a_memory_size_or_clock_unit_is_no_baseline():
    found = extracted("Compared to the fixed setup with 1024 GB DRAM, FooTier can improve throughput by up to 9.3%. "
                      "Lowering the clock from 2842 MHz to 180 MHz saves 42% energy.", title="FooTier: KV Cache Tiers")
    assert [(c.baseline, c.value) for c in found.claims] == [(None, 9.3), (None, 42.0)]
    assert not {c.subject for c in found.claims} & {"GB", "MHz"}


def test_settings_the_method_runs_at_are_no_results():
    found = extracted("We test FooPrune on four LLM families and three sparsity rates (25%, 37.5%, and 50%). With a "
                      "2x compression rate, FooPrune speeds up TTFT by up to 4x.", title="FooPrune: Structured Pruning")
    assert [(c.value, c.unit) for c in found.claims] == [(4.0, "x")]


def test_a_technique_named_by_its_kernel_implementation_is_the_baseline():
    found = extracted("Native Sparse Attention (NSA) introduces trainable sparse attention. Compared to vanilla NSA "
                      "kernel implementation, our evaluation demonstrates that FooSA achieves up to 3.5x lower "
                      "kernel latency.", title="FooSA: Another Sparse Attention Kernel")
    assert [(c.subject, c.baseline, c.value) for c in found.claims] == [("FooSA", "NSA", 3.5)]


def test_an_abbreviation_of_lower_case_words_that_open_the_abstract_names_no_baseline():
    found = extracted("Federated learning (FL) trains models across devices. FooFL achieves 80% lower memory usage "
                      "than synchronous FL.", title="FooFL: Federated Learning on Edge Devices")
    assert [(c.subject, c.baseline, c.value) for c in found.claims] == [("FooFL", None, 80.0)]


def test_a_name_that_modifies_the_measure_a_verb_changes_is_no_subject():
    found = extracted("We propose FooInfer, a plug-and-play framework for token pruning. For example, it reduces "
                      "CUDA latency by 61.3% while keeping accuracy.", title="FooInfer: Adaptive Token Pruning")
    assert [(c.subject, c.value) for c in found.claims] == [("FooInfer", 61.3)]


def test_an_example_after_eg_is_the_baseline():
    found = extracted("Federated learning (FL) trains on phones. FooFL reaches 80% lower memory usage than "
                      "synchronous FL (eg. FedAvg) on phones.").claims
    assert [(c.subject, c.baseline) for c in found] == [("FooFL", "FedAvg")]


def test_a_comparison_after_a_comma_list_of_numbers_covers_the_first_too():
    found = extracted("FooFL achieves 81% faster convergence, 80% lower memory usage, and 69% less traffic "
                      "than FedAvg.").claims
    assert [(c.value, c.baseline) for c in found] == [(81.0, "FedAvg"), (80.0, "FedAvg"), (69.0, "FedAvg")]


def test_prevalent_methods_are_no_baseline():
    found = extracted("Centauri achieves up to 1.49x speedup over prevalent methods across training setups.",
                      title="Centauri: Overlapped Training")
    assert [(c.subject, c.baseline) for c in found.claims] == [("Centauri", None)]
    assert not [m for m in found.mentions if "methods" in m.text]


def test_the_textbook_form_of_a_technique_is_no_baseline():
    found = extracted("FooSpec achieves 14.8% higher throughput than standard speculative decoding. "
                      "FooSpec is 2x faster than vanilla ZeRO.", title="FooSpec: Adaptive Drafts").claims
    assert [(c.value, c.baseline) for c in found] == [(14.8, None), (2.0, "ZeRO")]


def test_the_standard_form_of_a_method_named_by_an_acronym_is_no_baseline():
    found = extracted("FooRAG is over 4 times faster versus standard RAG while keeping accuracy. FooRAG is 3x faster "
                      "than RAG. FooRAG is 2x faster than vanilla 3DGS.", title="FooRAG: Compressed Contexts").claims
    assert [(c.value, c.baseline) for c in found] == [(4.0, None), (3.0, "RAG"), (2.0, "3DGS")]


def test_full_attention_is_the_default_not_a_rival():
    found = extracted("FooRAG reduces TTFT by 2.66x-9.39x compared to Full Attention. FooRAG is 2x faster than "
                      "tensor parallelism.", title="FooRAG: Cache Fusion").claims
    assert [(c.value, c.baseline) for c in found] == [(9.39, None), (2.0, "tensor parallelism")]


def test_names_listed_in_parentheses_after_a_kind_are_no_subject():
    found = extracted("FooRL improves rollout throughput by at most 44% across RL algorithms (GRPO, DAPO, GSPO), "
                      "and achieves at most 8% higher final accuracy.", title="FooRL: Partial Rollouts").claims
    assert [(c.subject, c.value) for c in found] == [("FooRL", 44.0), ("FooRL", 8.0)]


def test_an_advantage_over_code_vectorized_by_a_tool_names_the_tool():
    found = extracted("In comparison to programs vectorized by LLVM's built-in auto-vectorizer, we see an up to 60% "
                      "advantage in runtime.", title="FooNN: Vector Kernels").claims
    assert [(c.subject, c.baseline, c.value, c.qualifier) for c in found] == [("FooNN", "LLVM", 60.0, "up to")]


def test_over_benchmarks_is_where_it_was_measured():
    found = extracted("FooZip outperforms the strongest text encoder-based compression method CEPE by 7.6% on "
                      "average over benchmarks like TriviaQA, NQ, PopQA, NLUI, and CLIN.", title="FooZip: Zip").claims
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooZip", "CEPE", 7.6)]


def test_achieves_a_list_of_percentages_then_the_change_word():
    found = extracted("ICCL achieves a 23.4%/28.5% improvement in P2P throughput/latency over NCCL. "
                      "ICCL reaches 93.4% and 88.5% accuracy on MMLU.", title="ICCL: Collectives").claims
    assert [(c.value, c.baseline) for c in found] == [(23.4, "NCCL"), (28.5, "NCCL")]


def test_names_glossing_settings_after_the_baseline_are_not_aligned_to_the_numbers():
    found = extracted("Nezha achieves 74% and 80% higher throughput than MPTCP in homogeneous (TCP-TCP) and "
                      "heterogeneous (TCP-SHARP) networks, respectively.", title="Nezha: Multi-rail").claims
    assert [(c.value, c.baseline) for c in found] == [(74.0, "MPTCP"), (80.0, "MPTCP")]


def test_a_percentage_after_a_claim_past_an_at_setting_is_a_claim_too():
    found = extracted("HexAGenT reduces the SLO scale by 20.1% at 95% attainment and 33.0% at 99% attainment.",
                      title="HexAGenT: Agentic Serving").claims
    assert [c.value for c in found] == [20.1, 33.0]


def test_a_number_echoed_by_its_latex_source_is_one_quantity():
    # text copied from arXiv's HTML pages repeats each formula: the rendered "3.9×", then "3.9\times"
    found = extracted(r"FooAccel delivers a 3.9×3.9\times speedup and 4.5×4.5\times energy savings over vLLM.",
                      title="FooAccel: KV Caching").claims
    assert [(c.value, c.metric) for c in found] == [(3.9, "speedup"), (4.5, "energy")]


def test_at_a_percentage_of_a_setting_is_where_the_result_holds():
    found = extracted("FooKern achieves a 2.66x speedup on prefill at 90% block sparsity over cuSPARSE. "
                      "Gains remain substantial even at 20% malleable jobs.", title="FooKern: Sparse Kernels").claims
    assert [(c.value, c.unit) for c in found] == [(2.66, "x")]


def test_a_factor_in_words_with_the_measure_before_its_change():
    found = extracted("Our FooSolve implementation offers a four-fold performance increase for Dirac operators.",
                      title="FooSolve: Multiple Right-Hand Sides").claims
    assert [(c.subject, c.value, c.unit, c.metric) for c in found] == [("FooSolve", 4.0, "x", "performance")]


def test_a_sign_followed_by_its_latex_source_is_one_unit():
    found = extracted(r"FooServe reduces the cold start latency by 1.7×\times– 4.7×\times. FooServe needs "
                      r"20×\times less memory than vLLM.", title="FooServe: Cold Starts").claims
    assert [(c.value_min, c.value, c.metric) for c in found] == [(1.7, 4.7, "cold start latency"),
                                                                 (None, 20.0, "memory")]


def test_the_usual_kind_of_a_named_thing_is_no_baseline():
    found = extracted("FooGen gives a 1.71x speedup over standard AR models. FooGen outperforms traditional "
                      "Tinyllama implementations by 4.8x. FooGen is 2x faster than vanilla ZeRO.",
                      title="FooGen: Parallel Image Generation").claims
    assert [(c.value, c.baseline) for c in found] == [(1.71, None), (4.8, None), (2.0, "ZeRO")]


def test_a_second_number_after_a_long_measure_name_shares_the_rival():
    found = extracted("FooServe outperforms vLLM, achieving up to 17.8% reduction in Time To First Token (TTFT) "
                      "latency and 13.3% reduction in Time-Per-Output-Token (TPOT) latency. FooServe achieves "
                      "4.45 - 5.64x speedup compared to Ring Self-Attention, 2 - 8x longer sequences, and "
                      "1.24 - 2.01x speedup compared to SGLang.", title="FooServe: Serving").claims
    assert [(c.value, c.baseline) for c in found] == [(17.8, "vLLM"), (13.3, "vLLM"), (5.64, "Ring Self-Attention"),
                                                      (8.0, "SGLang"), (2.01, "SGLang")]


def test_a_range_echoed_by_its_latex_source_is_one_range():
    found = extracted(r"FooKern improves over cuBLAS by 1.06×1.06\times–1.18×1.18\times. FooKern reaches an "
                      r"efficiency of 70%70\% and 78%78\% on 1024 GPUs.", title="FooKern: GEMM").claims
    assert [(c.value_min, c.value, c.baseline) for c in found] == [(1.06, 1.18, "cuBLAS")]


def test_latex_sim_before_a_number_is_about_and_a_bound_on_a_level_reached_is_no_claim():
    found = extracted(r"We achieve a maximum speed-up of \sim240 times the previous state of the art. Agents "
                      "fail often, with even GPT-5 achieving less than 75% exact match rate on hard tasks.",
                      title="FooSim: Plasma Codes").claims
    assert [(c.value, c.qualifier) for c in found] == [(240.0, "about")]


def test_an_evaluation_of_x_against_y_frames_the_numbers_after_it():
    found = extracted("Our evaluation of FooRoute against EPLB on real systems (vLLM over 8 A100 GPUs) shows that "
                      "FooRoute reduces decode latency by 11 - 22%.", title="FooRoute: Expert Routing").claims
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooRoute", "EPLB", 22.0)]


def test_a_name_adapted_or_ported_to_something_is_a_class_of_baselines():
    found = extracted("FooTrain achieves up to 1.35x end-to-end speedup over MT-3000-adapted GPU-style training "
                      "runtimes. FooTrain gives a 183x speedup over the exhaustive set cover approach (which is "
                      "algorithmically NP-complete).", title="FooTrain: A Training Runtime").claims
    assert [(c.value, c.baseline) for c in found] == [(1.35, None), (183.0, None)]


def test_a_change_word_after_the_second_percentage_covers_the_first():
    found = extracted("FooTEE imposes under 10% throughput and 20% latency overheads. FooTEE brings 7.1% CTR and "
                      "4.4% RPM lift. FooTEE achieves 95% accuracy and 20% lower latency.", title="FooTEE: x").claims
    assert [c.value for c in found] == [10.0, 20.0, 7.1, 4.4, 20.0]
    assert found[0].metric == "throughput"


def test_flops_written_as_a_count_are_a_cost_that_fewer_is_better():
    found = extracted("FooPrune reduces FLOPs by 40% compared to LLaVA.", title="FooPrune: Token Pruning").claims
    assert [(c.value, c.metric_kind, c.better) for c in found] == [(40.0, "cost", True)]
    found = extracted("FooKern reaches 2x higher FLOPS than cuBLAS.", title="FooKern: GEMM").claims
    assert [(c.value, c.metric_kind, c.better) for c in found] == [(2.0, "throughput", True)]


def test_a_hyphenated_efficiency_is_higher_is_better():
    found = extracted("FooFPGA achieves 6.4x higher energy-efficiency than the A100.", title="FooFPGA: x").claims
    assert [(c.value, c.metric_kind, c.better) for c in found] == [(6.4, "energy", True)]


def test_bandwidth_cut_is_bandwidth_saved():
    found = extracted("FooCkpt reduces the required write bandwidth by 6-17x.", title="FooCkpt: Checkpoints").claims
    assert [(c.value, c.better) for c in found] == [(17.0, True)]


def test_a_clause_after_a_semicolon_has_its_own_subject():
    found = extracted("FooMgr moves only the exported LoRA adapter; adapter-only handoff reduces the measured step "
                      "by 18.3x on a 4B dense model.", title="FooMgr: Managed LoRA Serving").claims
    assert [(c.subject, c.value) for c in found] == [("FooMgr", 18.3)]
    # with no verb of its own after the semicolon, the name before it is still the subject
    found = extracted("We study BarServe on H100; with 8 GPUs, BarServe 2.5x faster than vLLM; with 4 GPUs, 2x.",
                      title="FooMgr: Managed LoRA Serving").claims
    assert [(c.subject, c.value) for c in found] == [("BarServe", 2.5), ("BarServe", 2.0)]


def test_a_with_remark_after_a_class_baseline_names_no_rival():
    found = extracted("GPU offload yields 4-12x higher throughput compared to CPU-only execution, with LAMMPS and "
                      "AthenaK benefiting most.", title="Characterizing Scientific Workloads on SuperMUC-NG").claims
    assert [(c.baseline, c.value) for c in found] == [(None, 12.0)]
    found = extracted("FooX is 2x faster than naive execution, vLLM, and SGLang.", title="FooX: y").claims
    assert [c.baseline for c in found] == ["vLLM", "SGLang"]


def test_a_described_rival_before_by_is_the_numbers_own():
    found = extracted("FooDedup outperforms vLLM by up to 158x and the GPU-based tool in NVIDIA NeMo Curator by up "
                      "to 7.8x.", title="FooDedup: Deduplication with GPUs").claims
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 158.0), ("NVIDIA NeMo Curator", 7.8)]
    found = extracted("FooDedup outperforms vLLM by 3x and the GPU-based TensorRT-LLM by 2x.",
                      title="FooDedup: Deduplication with GPUs").claims
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 3.0), ("TensorRT-LLM", 2.0)]


def test_a_list_of_plain_words_between_number_and_rival_ends_no_comparison():
    found = extracted("FooGraph achieves an average 7.8x speedup across multiple models, datasets, and tasks compared "
                      "to the widely used PyG, and an average 175x speedup on graph discretization relative to "
                      "available implementations.", title="FooGraph: A Library for Temporal Graphs").claims
    assert [(c.baseline, c.value) for c in found] == [("PyG", 7.8), (None, 175.0)]
    found = extracted("FooGraph achieves a 7.8x speedup on GPT-2, BERT, and T5 compared to PyG.",
                      title="FooGraph: A Library for Temporal Graphs").claims
    assert [(c.baseline, c.value) for c in found] == [("PyG", 7.8)]


def test_how_much_is_pruned_is_a_setting():
    found = extracted("FooP has a 0.8% accuracy drop when pruning 25% of the layers of Qwen3-32B. FooP works well, "
                      "e.g., pruning 50% visual tokens while retaining more than 96% of the original performance.",
                      title="FooP: Layer Pruning").claims
    assert [c.value for c in found] == [0.8]


def test_factors_in_words_up_to_fifty_and_in_pairs():
    found = extracted("Further speedups of six and ten times are achieved by packing types into arrays. Other "
                      "optimizations yield seven-times speedup of packing and thirty-times speedup of kernels.",
                      title="OpenACC offloading of a flow solver").claims
    assert [(c.value, c.unit) for c in found] == [(6.0, "x"), (10.0, "x"), (7.0, "x"), (30.0, "x")]
    found = extracted("FooASR achieves a three-fold training speed-up.", title="FooASR: Speech Recognition").claims
    assert [(c.value, c.unit) for c in found] == [(3.0, "x")]
    found = extracted("FooASR reduces the response latency by more than threefold compared with vLLM.",
                      title="FooASR: Speech Recognition").claims
    assert [(c.value, c.unit, c.qualifier) for c in found] == [(3.0, "x", "over")]
    found = extracted("FooASR improves serving by threefold throughput improvement over vLLM.",
                      title="FooASR: Speech Recognition").claims
    assert [(c.value, c.baseline) for c in found] == [(3.0, "vLLM")]


def test_how_far_a_run_is_scaled_is_a_setting():
    found = extracted("Efficiencies of 84% are observed when increasing the device count by a factor of 8. FooSolve "
                      "cuts the energy cost per solve by a factor of 1.6.", title="FooSolve: a flow solver").claims
    assert [(c.value, c.unit) for c in found] == [(1.6, "x")]


def test_and_by_after_a_rival_starts_the_next_comparison():
    found = extracted("The best scheduler reduces mean wait time by 57.5% relative to FCFS and by 37.0% relative to "
                      "EASY with user-requested runtimes.", title="Trace-Driven HPC Scheduling: A Study").claims
    assert [(c.baseline, c.value) for c in found] == [("FCFS", 57.5), ("EASY", 37.0)]


def test_a_score_in_parentheses_after_a_model_is_a_level():
    found = extracted("FooP reaches 96% accuracy, a mere 0.8% drop from the original model (96.8%), outperforming "
                      "existing SOTA (95%), with a 1.33x speedup.", title="FooP: Layer Pruning").claims
    assert [c.value for c in found] == [0.8, 1.33]
    found = extracted("FooP adds only a negligible latency overhead (7.1%).", title="FooP: Layer Pruning").claims
    assert [c.value for c in found] == [7.1]


def test_a_cut_told_by_what_is_left_and_more_than_double():
    found = extracted("Our methods cut latency to less than 30% of the baseline and more than double system "
                      "throughput.", title="Acceleration Strategies for Recommendation").claims
    assert [(c.value, c.unit, c.better) for c in found] == [(30.0, "%", True), (2.0, "x", True)]
    found = extracted("FooRec keeps latency to 30% of the time budget.", title="FooRec: Recommendation").claims
    assert found == []


def test_half_an_order_of_magnitude_is_about_three_fold():
    found = extracted("FooReduce achieves speedups of half an order of magnitude compared to MPICH, and two orders of "
                      "magnitude over Open MPI.", title="FooReduce: Allreduce").claims
    assert [(c.value, c.baseline) for c in found] == [(3.2, "MPICH"), (100.0, "Open MPI")]


def test_a_greater_than_sign_before_a_factor_of_change_reads_as_over():
    found = extracted("This represents a >100,000-fold speedup over traditional NWP approaches. At matched "
                      "Recall@10>90%, FooCast is faster.", title="FooCast: Fast Weather Forecasting").claims
    assert [(c.value, c.qualifier) for c in found] == [(100000.0, "over")]


def test_a_plus_variant_beats_its_original_and_a_like_compound_is_a_class():
    found = extracted("GraphGen+ achieves a 27x speedup compared to conventional SQL-like methods and a 1.3x speedup "
                      "over GraphGen, supporting training.", title="GraphGen+: Subgraph Generation").claims
    assert [(c.subject, c.baseline, c.value) for c in found] == [("GraphGen+", None, 27.0),
                                                                 ("GraphGen+", "GraphGen", 1.3)]


def test_more_than_before_a_number_says_how_much_not_which_way():
    found = extracted("FooASR reduces the response latency by more than 3x.", title="FooASR: Speech").claims
    assert [(c.value, c.qualifier, c.better) for c in found] == [(3.0, "over", True)]
    found = extracted("FooASR is more than 3x slower than vLLM.", title="FooASR: Speech").claims
    assert [(c.value, c.better) for c in found] == [(3.0, False)]


def test_a_hard_wrapped_abstract_reads_as_if_unwrapped():
    # JSON Lines from the arXiv API keep the abstract's line breaks: a break is no sentence end
    found = extracted("These show FooFed\ncan converge in up to 6x less rounds than\nsimilarly compressed FedAvg. "
                      "FooFed is 2x\nfaster than\nFedProx.", title="FooFed: Federated Learning").claims
    assert [(c.subject, c.baseline, c.value, c.metric_kind, c.better) for c in found] == [
        ("FooFed", "FedAvg", 6.0, "other", True), ("FooFed", "FedProx", 2.0, "speedup", True)]


def test_a_verb_after_the_number_that_names_no_rival_leaves_the_fronted_one():
    found = extracted("Compared with DeepSpeed, FooTrain reduces memory footprint by 35% while matching accuracy.",
                      title="FooTrain: Training").claims
    assert [(c.baseline, c.value) for c in found] == [("DeepSpeed", 35.0)]


def test_a_share_of_peak_is_a_level_and_an_indefinite_name_before_a_noun_is_no_subject():
    found = extracted("FooANN achieves up to 1.9x higher query throughput than CAGRA and up to 80% peak utilization. "
                      "It adds a CUDA construction algorithm that reduces memory footprint up to 8x.",
                      title="FooANN: Vector Search on GPUs").claims
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooANN", "CAGRA", 1.9), ("FooANN", None, 8.0)]


def test_an_fpga_vendor_is_no_rival_its_product_named_beside_it_is():
    found = extracted("Compared to the Xilinx HPC product, the XcgSolver, FooCG achieves 3.4x higher throughput.",
                      title="FooCG: Conjugate Gradient on FPGAs").claims
    assert [(c.baseline, c.value) for c in found] == [("XcgSolver", 3.4)]


def test_a_name_after_another_name_after_in_is_the_setting_not_the_subject():
    found = extracted("The gains reach up to 4.9x speedup over RCCL in DeepSpeed ZeRO-3 training, and up to 2.4x "
                      "speedup in DDP training.", title="FooCCL: Collectives for Deep Learning").claims
    assert [(c.subject, c.value) for c in found] == [("FooCCL", 4.9), ("FooCCL", 2.4)]


def test_a_rival_after_a_list_of_signed_gains_covers_every_gain():
    found = extracted("Our method, FooMem, achieves +8.0% on CG-Bench, +8.5% on LVBench, and +2.4% on VideoMME (Long) "
                      "over ReKV with Qwen2.5-VL-7B.", title="FooMem: Streaming Video Memory").claims
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooMem", "ReKV", 8.0), ("FooMem", "ReKV", 8.5),
                                                                  ("FooMem", "ReKV", 2.4)]


def test_an_upright_latex_x_is_the_sign_and_the_tool_named_after_made_by_is_the_rival():
    found = extracted("Averaged over all the benchmarks, FooPoly optimized code has a speedup of "
                      "$1.24 \\mathrm{x} / 1.25 \\mathrm{x}$ over that optimized by Pluto+ on Arm/X86 systems. "
                      "FooPoly also runs 2.1x faster than the code generated by TVM, and 1.5x faster than that of "
                      "Halide.", title="FooPoly: Polyhedral Scheduling for Users").claims
    assert [(c.subject, c.baseline, c.value, c.unit) for c in found] == [
        ("FooPoly", "Pluto+", 1.24, "x"), ("FooPoly", "Pluto+", 1.25, "x"), ("FooPoly", "TVM", 2.1, "x"),
        ("FooPoly", "Halide", 1.5, "x")]


def test_a_speedup_over_that_of_a_system_names_the_system():
    found = extracted("FooOpt has a speedup of 1.24x over that of vLLM, and 2x over that reported by prior work.",
                      title="FooOpt: Serving").claims
    assert [(c.baseline, c.value) for c in found] == [("vLLM", 1.24), (None, 2.0)]


def test_a_name_after_with_that_does_the_gain_is_the_subject():
    found = extracted("The two GPU backends give up to 14x speedup over the CPU backend, with Nvidia cuQuantum "
                      "providing a further 3x speedup over the default Thrust backend.",
                      title="Quantum Circuit Simulation on GPUs").claims
    assert [(c.subject, c.baseline, c.value) for c in found][-1] == ("cuQuantum", "Thrust", 3.0)


def test_a_framework_built_upon_is_no_subject_and_a_generic_abbreviation_no_rival():
    found = extracted("We add a prefetch scheme on top of the state-of-the-art Amazon DistDGL framework, "
                      "demonstrating about 40% improvement in training performance. The loader also reaches up to "
                      "17x higher throughput than state-of-the-art GPU ETL systems.",
                      title="Prefetching for Distributed GNN Training").claims
    assert [(c.subject, c.baseline, c.value) for c in found] == [(None, None, 40.0), (None, None, 17.0)]


def test_a_chip_compared_against_is_neither_the_next_subject_nor_its_own_rival():
    found = extracted("The vector accelerator is 1.8x more energy-efficient than the IBM Blue Gene/Q processor, "
                      "and 2.6x more than the IBM Cell processor.", title="A Vector Processor").claims
    assert [(c.subject, c.value) for c in found] == [(None, 1.8), (None, 2.6)]
    assert found[0].baseline == "Blue Gene/Q"


def test_an_average_factor_and_a_factor_between_two_numbers_are_factors():
    found = extracted("FooLA is faster than MKL by an average factor of 3.25. It accelerates the wave code by a "
                      "factor between about 20 and 60 compared to a serial implementation. It beats cuBLAS by a "
                      "factor of 2 and 40% less memory.", title="FooLA: Dense Linear Algebra on FPGAs").claims
    assert [(c.baseline, c.value, c.value_min, c.qualifier) for c in found][:2] == [
        ("MKL", 3.25, None, "average"), (None, 60.0, 20.0, "about")]
    assert (2.0, "x") in [(c.value, c.unit) for c in found]


def test_a_win_whose_number_follows_in_parentheses_keeps_the_rival():
    found = extracted("FooSpec consistently outperforms the state-of-the-art DistillSpec method, achieving higher "
                      "acceptance rates across all tasks (up to 15%).", title="FooSpec: Selective Distillation").claims
    assert [(c.subject, c.baseline, c.value, c.qualifier) for c in found] == [("FooSpec", "DistillSpec", 15.0, "up to")]


def test_a_factor_without_of_and_a_sign_written_before_its_number_are_factors():
    found = extracted("For arrays of size 1024^3 and 64^5, FooFFT achieves a speedup of a factor 149 and 176, "
                      "respectively, on 4096 processors. On the GPU we achieved x10.44 speedup of the solver. "
                      "Load balance is a key factor 2024 studies name, and x86 runs are slower.",
                      title="FooFFT: A Parallel FFT").claims
    assert [(c.subject, c.value, c.unit) for c in found] == [
        ("FooFFT", 149.0, "x"), ("FooFFT", 176.0, "x"), ("FooFFT", 10.44, "x")]


def test_a_sign_written_before_its_number_after_by_or_about_is_a_factor():
    found = extracted("FooStop reduces reasoning length by about x3.7 while preserving accuracy. Decoding is "
                      "accelerated by x86 cores.", title="FooStop: Early Stopping for Reasoning").claims
    assert [(c.subject, c.value, c.unit, c.qualifier) for c in found] == [("FooStop", 3.7, "x", "about")]


def test_the_systems_a_method_is_applied_to_respectively_are_its_baselines():
    found = extracted("Our approach achieves an average compression ratio of 3.95x, 3.10x, and 4.55x when applied to "
                      "3DGS, 3DGS-MCMC, and PixelGS, respectively.", title="Smaller Splats via Dictionaries").claims
    assert [(c.baseline, c.value) for c in found] == [("3DGS", 3.95), ("3DGS-MCMC", 3.1), ("PixelGS", 4.55)]


def test_a_model_run_on_between_two_numbers_does_not_stop_the_baseline_carrying_over():
    found = extracted("FooSpec improves acceptance length by 7-11% over LADE on LLaMA3 and 7-8% on Qwen3.",
                      title="FooSpec: Probing Embeddings").claims
    assert [(c.baseline, c.value) for c in found] == [("LADE", 11.0), ("LADE", 8.0)]


def test_our_model_is_the_model_the_papers_method_made():
    found = extracted("Our 2-bit LLaMA3.1-8B achieves 1.5x speedup over AWQ on RTX 3090. LLaMA3.1-8B is 2x faster "
                      "than OPT.", title="FooQ: Lookup-Table Quantization for Edge LLMs").claims
    assert [(c.subject, c.baseline, c.value) for c in found] == [("FooQ", "AWQ", 1.5), ("LLaMA3.1-8B", "OPT", 2.0)]


def test_every_item_of_a_list_after_of_and_a_name_after_an_adjective_are_settings():
    found = extracted("We show that FooSync can improve the training throughput of ResNet-50, vLLM and VGG-19 by "
                      "as much as 25%, 38% and 66% respectively. FooSync can speed up synchronous DeepSpeed by "
                      "200%.", title="FooSync: Priority-based Parameter Propagation").claims
    assert [(c.subject, c.value) for c in found] == [("FooSync", 25.0), ("FooSync", 38.0), ("FooSync", 66.0),
                                                     ("FooSync", 200.0)]


def test_a_technique_listed_beside_a_named_rival_is_a_rival_too():
    found = extracted("FooMem outperforms DeepSpeed and tensor parallelism by up to 286% and 55%, respectively. "
                      "Compared with quantization and sequential accelerators, FooMem is 1.8x and 7.1x faster, "
                      "respectively.", title="FooMem: Tensor-based GPU Memory Management").claims
    assert [(c.baseline, c.value) for c in found] == [("DeepSpeed", 286.0), ("tensor parallelism", 55.0),
                                                      (None, 1.8), (None, 7.1)]
