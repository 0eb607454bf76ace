"""The `kg_entities` spaCy component: gazetteer matching plus a few general heuristics.

Why rules and not a statistical model: the pipeline is spaCy's blank English (no model
download) and the entity types are a closed, well-known vocabulary of the field.
Gazetteers (kg/patterns/*.jsonl) catch known names, token patterns catch families with
unseen sizes and versions (Llama-3.1-405B, RTX 5090), and heuristics catch what no list
can: acronym definitions, technique and metric noun phrases, and new system names in
comparison contexts. Output: `doc.spans["entities"]` with span.label_ one of the entity
types and span.id_ the canonical name when known.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.extract.patterns import PATTERN_DIR, entity_rows, lexicon
from kg.extract.tokenmatch import TokenPatternMatcher, _word, table
from kg.memo import Memo

NAMED = ("System", "Hardware", "Model", "Dataset")
P_DEFINED = 6  # a short form defined in this paper outranks any list
ELIDED = "\x1e"  # id prefix of a conjunct whose head is shared: "data, tensor and pipeline parallelism"
# Priorities when candidate spans overlap: named gazetteer > definitions > phrases.
P_GAZ_NAMED, P_ACRONYM, P_GAZ_PHRASE, P_PHRASE, P_DISCOVERED = 5, 4, 3, 2, 1

# a listed name with a version number: "Medusa-2", "Llama-4", "vLLM-v1"
_VERSIONED = re.compile(r"^([A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z0-9]+)-v?\d+(?:\.\d+)?$")
# bit widths of weights, activations and KV cache: a number format, never a system
PRECISION = re.compile(r"^(?:W\d+A\d+(?:KV\d+)?|E\d+M\d+)$")  # "W4A8KV4"; "E4M3", an FP8 format
# "LLM-based", "GPU-aware", "Trace-Driven", "NVSHMEM-based": a hyphen compound that describes things names none
# (the claims, title and proposal readers share it)
MODIFIER_TAILS = ("-only", "-based", "-like", "-specific", "-aware", "-style", "-centric", "-oriented", "-agnostic",
                  "-friendly", "-optimized", "-optimised", "-tailored", "-native", "-accelerated", "-enabled",
                  "-powered", "-equipped", "-driven", "-assisted", "-guided", "-bound", "-intensive", "-tuned",
                  "-compatible", "-complete", "-hard", "-efficient", "-grained", "-free", "-initiated", "-adapted",
                  "-ported")
# the plural of an acronym names a class of things: "GPUs", "DNNs", "DiTs", "MoEs"
PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")
# "Yet another RoPE extensioN method" (YaRN): a capital that marks an acronym's letter in a plain word
ACRONYM_LETTER = re.compile(r"[a-z]{3,}[A-Z]")
# arXiv's markup for a Greek letter, part of a name: "{\lambda}Scale", "PIXART-{\delta}", "$\mu$-cuDNN"
_GREEK = r"\\(?:var)?(?:[aA]lpha|[bB]eta|[gG]amma|[dD]elta|[eE]psilon|[zZ]eta|[eE]ta|[tT]heta|[iI]ota|[kK]appa|" \
    r"[lL]ambda|[mM]u|[nN]u|[xX]i|[pP]i|[rR]ho|[sS]igma|[tT]au|[uU]psilon|[pP]hi|[cC]hi|[pP]si|[oO]mega)"
GREEK_MARKUP = r"(?:\{" + _GREEK + r"\}|\$" + _GREEK + r"\$)"
_GREEK_VARIANT = re.compile(r"(.+?)-?" + GREEK_MARKUP + "$")
_NAME_LIKE = re.compile(
    r"^(?:[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*"        # CamelCase: vLLM, InfLLM, kTransformers
    r"|[A-Z][A-Z0-9]*[0-9][A-Z0-9]*"              # digit-mixed caps: CO2, T3, C4
    r"|[A-Z][a-z]+[0-9][A-Za-z0-9]*"              # Word2Vec-ish: Qwen2, Gemma3
    r"|[A-Z]{3,}s?"                               # acronyms: HSPI
    r"|(?![KMGTP]Bps$)[A-Z]{2,}[a-z]{2,}"         # caps, then a word: SGLang, AEFusion (not GBps)
    # Greek-letter markup with a capital outside it: "{\lambda}Scale", "PIXART-{\delta}", not "{\Psi}"
    r"|(?=.*[A-Z](?![A-Za-z]*[}$]))[A-Za-z0-9-]*" + GREEK_MARKUP + r"[A-Za-z0-9-]*)$")
# a chip's model name as one word: "A100", "MI300X", "RTX4090" (its plural, "A100s", is that chip)
_CHIP_MODEL = re.compile(r"^[A-Z][A-Za-z]*\d[A-Za-z\d]*(?<![sS])$")
_TECH_SHAPE = re.compile(r"^(?:\d+D|[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z][a-z]+(?:-[A-Za-z]+)*|[A-Z0-9]{2,5}|[A-Za-z0-9]+/[A-Za-z0-9]+)$")
_COMPOUND_TAILS = {"style", "like", "based", "sized", "scale", "class", "level", "specific", "only", "aware",
                   "centric", "oriented", "powered", "accelerated", "equipped", "enabled", "optimized"}
# tails after which a named method is the one used: "stochastic gradient descent-based training"
_USED_TAILS = {"based", "driven", "guided", "inspired", "assisted"}
# nouns after a technique word that make the phrase name hardware or a component instead
# ("a dataflow accelerator", "a unified memory manager", "denoising steps")
_ARTIFACT_NOUNS = {"unit", "units", "accelerator", "accelerators", "chip", "chips", "processor", "processors",
                   "engine", "engines", "core", "cores", "board", "device", "devices", "hardware",
                   "framework", "frameworks", "models", "manager", "managers", "controller", "controllers",
                   "scheduler", "schedulers", "allocator", "allocators", "steps", "tokens"}
# more such nouns for a phrase built by rule: "an elastic-native training system", "structured
# training data", "image-editing tasks". A listed technique keeps its name before them ("a
# distributed training system" still names distributed training).
_MODIFIED_NOUNS = _ARTIFACT_NOUNS | {"system", "systems", "library", "libraries", "platform", "platforms", "data",
                                     "tasks", "workloads", "jobs"}
_KIND_TAILS = {"technique", "techniques", "strategy", "strategies", "scheme", "schemes", "mechanism",
               "mechanisms", "method", "methods", "algorithm", "algorithms", "policy", "policies"}
# words that, before a kind noun, say whose or which method it is rather than what it does
_NOT_KIND_HEADS = {"baseline", "baselines", "existing", "prior", "previous", "proposed", "novel", "new", "our",
                   "optimization", "acceleration", "these", "such", "other", "two", "three", "several",
                   "learning", "training", "inference", "search", "compression", "heuristic", "general",
                   "this", "that", "state-of-the-art", "sota", "conventional", "traditional", "popular",
                   "learn", "anchor", "dual", "distinct", "wise", "reconstruction", "hardware", "software",
                   "evaluation", "distributed", "single", "selection", "collaboration", "adjustment"}
# first parts of a compound modifier that are stop words on their own ("in-memory",
# "per-step", "on-chip", "out-of-core")
_COMPOUND_PREFIXES = {"in", "on", "off", "per", "out"}
# prefixes that make one word with the head after the hyphen ("co-scheduling", "pre-training")
_BOUND_PREFIXES = {"co", "pre", "re", "de", "sub", "micro", "nano", "mini", "non", "un", "self", "post", "over"}
_BEFORE_VERB = {"we", "they", "also", "can", "could", "may", "might", "will", "would", "should", "must",
                "cannot", "often", "then", "thereby", "further", "first", "finally"}
_ADJECTIVE_ENDS = ("al", "ive", "ous", "ful", "ic", "ble", "ary", "gle", "inct", "llel")


# generic acronyms that may modify a technique or metric: "GPU utilization", "KV cache", "VM scheduling"
_ACRONYM_MODS = {"kv", "vm", "io", "moe", "dnn", "gnn", "p2p", "simd", "numa", "rdma", "mpi", "fpga", "tlb", "dma",
                 "fp8", "fp16", "int8", "int4", "bf16", "fp32"}
_METRIC_ACRONYM_MODS = _ACRONYM_MODS | {"gpu", "cpu", "npu", "tpu", "dram", "hbm", "sram", "ssd", "pe"}
# nouns after "in terms of" that name no measure
_NOT_MEASURES = {"optimization", "optimizations", "characteristics", "features", "functionality", "design",
                 "designs", "support", "terms", "use", "usage"}
# the last word of a phase in "at runtime", "at compile time", "during inference time"
_PHASE_WORDS = {"runtime", "run-time", "time"}
_DETERMINERS = {"the", "a", "an", "its", "their", "our", "this", "these", "those", "his", "her"}
# measures that also name a software layer: "a lightweight runtime"
_COMPONENT_METRICS = {"runtime", "run-time"}
# measures that are ordinary words alone ("this area"): counted beside another measure
_NEEDS_PEER = {"area"}
# measures that also mean a capability: "the power of LLMs"
_CAPACITY_WORDS = {"power"}
# "precision" after these is a number format ("in low precision", "FP8 precision"), not a measure
_FORMAT_WIDTHS = {"low", "lower", "reduced", "full", "mixed", "double", "single", "half", "numerical", "numeric",
                  "arithmetic", "floating-point", "bit", "machine"}
_FORMAT_NAME = re.compile(r"^(?:FP|BF|INT|TF|MX|NV)\d+|^\d+-bit$", re.I)
VERSION_WORD = re.compile(r"^v\d+(?:\.\d+)*$")  # "v2" after a name: part of it (also kg_proposed)
_VARIANT_TAG = re.compile(r"[A-Z]\d{0,3}|[A-Z]{2,4}|\d+\.\d+")  # "-R18", "-S", "-CTC", "-1.3" after a model
_MEMORY_SIZE = re.compile(r"^(?:-? ?\d+ ?GB)?$")  # what may stand between a card's name and its form factor
_CAPS_THEN_WORD = re.compile(r"^[A-Z]{2,}[a-z]{2,}$")  # "SGLang", "AEFusion"; a name only where one is expected
_CAPS_TAG = re.compile(r"[A-Z]{2,}\d*")  # "-MEM2", "-EP", "-LLM" after a system's name
_PARAM_COUNT = re.compile(r"^\d+(?:\.\d+)?[BM]$")  # "14B", "0.5B"
_PARAM_COUNTS = re.compile(r"^\d+(?:\.\d+)?[BM](?:/\d+(?:\.\d+)?[BM])+$")  # "8B/70B": one model at two sizes
# Multiverse-32B, Dream-7B-Instruct: a model with its size (and a variant's word)
_SIZED = re.compile(r"^[A-Z][A-Za-z0-9]+-\d+(\.\d+)?[BM]"
                    r"(?:-(?:[Ii]nstruct|[Cc]hat|[Bb]ase|it|[Pp]review|[Tt]hinking))?$")
_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Za-z][A-Za-z0-9+\-]{1,11}s?$")
_WORD_SHORT = re.compile(r"^[A-Z][a-z]{2,9}$")  # "Vist": a name with one capital
# "P3" for "Priority-based Parameter Propagation", "A3C", "C4": a digit after a capital repeats it
_POWER_SHORT = re.compile(r"^(?=.*[A-Z][2-5])(?:[A-Z][2-5]?){1,4}$")
_POWER = re.compile(r"([A-Z])([2-5])")


def _key(label: str, id_: str) -> str:
    return f"{label}\t{id_}"


@Language.factory("kg_entities", default_config={"patterns_dir": None, "write_spans": True})
def make_entities(nlp: Language, name: str, patterns_dir: str | None, write_spans: bool):
    """`write_spans=False` leaves writing doc.spans["entities"] to the `kg_proposed` step after
    it (Span objects are the costliest part of the output; they are made once)."""
    return EntityTagger(nlp, name, patterns_dir, write_spans)


class EntityTagger:
    """Finds entity spans; matchers are built once per pipeline from the data files."""

    def __init__(self, nlp: Language, name: str = "kg_entities", patterns_dir: str | None = None,
                 write_spans: bool = True):
        self.name = name
        self.write_spans = write_spans
        directory = str(patterns_dir or PATTERN_DIR)
        self.lex = lexicon(directory)
        self.phrase_ci = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrase_cs = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher = TokenPatternMatcher(nlp.vocab)
        ci: dict[str, list] = {}
        cs: dict[str, list] = {}
        tok: dict[str, list] = {}
        # Known names by lower case, used to tell discovered names from known ones.
        self.known: dict[str, str] = {}
        plurals: list[tuple[str, str]] = []
        for row in entity_rows(directory):
            label, pattern, id_ = row["label"], row["pattern"], row.get("id") or ""
            key = _key(label, id_)
            if isinstance(pattern, str):
                (cs if row.get("case") else ci).setdefault(key, []).append(pattern)
                self.known.setdefault(pattern.lower(), label)
                if label == "Hardware" and _CHIP_MODEL.match(pattern):
                    plurals.append((_key(label, id_ or pattern), pattern + "s"))
            else:
                tok.setdefault(key, []).append(pattern)
        blind = {p.lower() for pats in ci.values() for p in pats}
        exact = {p for pats in cs.values() for p in pats}
        for key, plural in plurals:  # "8 H100s": a listed chip in the plural (never "V100S", a chip of its own)
            if plural.lower() not in blind and plural not in exact:
                cs.setdefault(key, []).append(plural)
                self.known[plural.lower()] = "Hardware"
        for key, pats in ci.items():
            self.phrase_ci.add(key, _case_variants(nlp, pats))
        for key, pats in cs.items():
            self.phrase_cs.add(key, list(nlp.tokenizer.pipe(pats)))
        for key, pats in tok.items():
            self.matcher.add(key, pats)
        lx = self.lex
        self.tech_heads = lx["technique_heads"]
        self.tech_alone = lx["technique_heads_alone"]
        self.metric_heads = lx["metric_heads"]
        self.metric_alone = lx["metric_heads_alone"]
        self.metric_mods = lx["metric_modifiers"]
        self.bad_mods = lx["bad_modifiers"]
        self.not_names = lx.get("not_names", frozenset())
        self.generic_tails = lx["generic_tails"]
        self.ing_mods = lx["ing_modifiers"]
        self.ed_mods = lx["ed_modifiers"]
        self.not_techniques = lx["not_techniques"]
        self.change_nouns = lx["change_nouns"]
        self.metric_modified = lx["metric_modified_nouns"]
        self.stop = nlp.Defaults.stop_words
        self.heads = self.tech_heads | self.tech_alone | self.metric_heads
        # last parts of hyphenated words that name a technique alone ("serving" of "co-serving")
        self.compound_tails = {w.rsplit("-", 1)[1] for w in self.tech_alone if "-" in w} - self.heads
        self._mod_cache = Memo()
        self._keys: dict[str, tuple[str, str]] = {}
        self._verdicts = Memo()
        self._vocab = nlp.vocab
        self._lowered = Memo()  # orth -> the Word of its lower-case form

    # -- matching ---------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self._starts = sentence_starts(doc)
        tab = table(doc)
        self._texts = tab.texts
        self._lowers = tab.lowers
        self._ws = tab.ws
        self._idx = tab.idx
        self._title_end = doc.user_data.get("kg_title_end") or 0
        self._full = doc.user_data.get("kg_text")
        if self._full is None:
            self._full = doc.user_data["kg_text"] = doc.text
        cands: list[tuple[int, int, int, str, str]] = []  # (priority, start, end, label, id)
        strings = doc.vocab.strings
        matches = [(strings[m], s, e) for m, s, e in self.phrase_ci(doc) + self.phrase_cs(doc)]
        real, doc = doc, tab  # the rules read words from the table, Spans need the Doc
        keys = self._keys
        for key, start, end in matches + self.matcher(real) + self._versions():
            got = keys.get(key)
            if got is None:
                got = keys[key] = tuple(key.split("\t", 1))
            label, id_ = got
            start, end = _trim(doc, start, end)
            if start >= end or not self._boundary_ok(doc, start, end, label):
                continue
            if label == "Technique" and " ".join(self._lowers[start:end]) in self.not_techniques:
                continue  # a task or field ("model training"), whatever a list says
            if label == "Metric" and not self._metric_use(start, end):
                continue
            prio = P_GAZ_NAMED if label in NAMED else P_GAZ_PHRASE
            cands.append((prio, start, end, label, id_))
        longer: dict[int, int] = {}
        for c in cands:
            if c[3] == "Technique":
                longer[c[1]] = max(c[2], longer.get(c[1], 0))
        # "Ray Tracing", "ray tracing": a listed method that opens with a system's name is the method
        cands = [c for c in cands if not (c[3] == "System" and longer.get(c[1], 0) > c[2])]
        named = _select([c for c in cands if c[0] >= P_ACRONYM], len(doc))
        chosen = _select(named + self._acronyms(doc, named), len(doc))
        taken = [False] * len(doc)
        for _, s, e, _, _ in chosen:
            for i in range(s, e):
                taken[i] = True
        extra = [c for c in cands if c[0] < P_ACRONYM and not any(taken[c[1]:c[2]])]
        extra += self._phrases(doc, taken) + self._discover(doc, taken) + self._components(taken)
        chosen = _select(chosen + extra, len(doc))
        ents = []
        for prio, s, e, label, id_ in sorted(chosen, key=lambda c: c[1]):
            s, e = _trim(doc, s, e)
            if label == "Model" and e - s > 1 and re.match(r"^\d+(\.\d+)?[BM]$", doc[s].text) \
                    and re.search(r"\d", doc[s + 1].text):
                s += 1  # "34B GPT-3.5": the size belongs to the sentence, the version names the model
            if e < len(doc) and label in NAMED and VERSION_WORD.match(self._texts[e]) and self._ws[e - 1]:
                e += 1  # "Eyeriss v2", "YOLO v8": the version is part of the name
                id_ = self._stext(s, e)
            elif label == "System" and self._glued_tag(e, _CAPS_TAG) \
                    and (e + 2 == len(doc) or self._texts[e + 2] != "-"):
                e += 2  # "BWA-MEM2" after the listed "BWA", "SGLang-EP": a variant named in capitals
                id_ = self._stext(s, e)
            elif label == "Model" and e < len(doc) and self._ws[e - 1] and (
                    (_PARAM_COUNT.match(self._texts[e]) and not self._texts[e - 1][-1:].isdigit())
                    or _PARAM_COUNTS.match(self._texts[e])):
                e += 1  # "Wan 14B": the model at that size (after "Llama 2" the model patterns decide)
                id_ = self._stext(s, e)
            elif label == "Model" and self._glued_tag(e, _VARIANT_TAG) \
                    and (e + 2 == len(doc) or self._ws[e + 1] or self._texts[e + 2] != "-"):
                e += 2  # "RT-DETR-R18", "YOLOv10-S", "MobileNetV2-1.3", "Conformer-CTC": a size or variant of it
                id_ = self._stext(s, e)
            if prio == P_GAZ_NAMED and label == "System" and e < len(doc) and self._lowers[e] in _DATASET_NOUNS \
                    and s > 0 and self._lowers[s - 1] in ("the", "on", "from"):
                label = "Dataset"  # "the SuiteSparse collection": a listed library's name for its test set
            if id_ == "PCIe" and e - s == 1 and ents and ents[-1][2] == "Hardware" \
                    and _MEMORY_SIZE.match(" ".join(self._texts[ents[-1][1]:s])):
                continue  # "L40 PCIe", "A100 80GB PCIe": the card's form factor, not the bus
            if s < e:
                ents.append((s, e, label, id_))
        if ents:
            ents = self._without_family_asides(ents)
        if "(" in self._texts:
            self._same_as(ents)
        if self.write_spans:
            set_entities(real, ents)
        else:
            real.user_data["kg_ents"] = (None, ents)  # spans pending: kg_proposed writes them
        return real

    def _without_family_asides(self, ents: list[tuple]) -> list[tuple]:
        """Drop a chip family that describes the chip beside it ("Ampere A100", "RTX PRO 6000 Blackwell",
        "Quadro GV100 (Volta)") or that names a person ("Maxwell's equations")."""
        texts = self._texts

        def beside(o: tuple | None, y: tuple) -> bool:
            if o is None or o[2] != "Hardware":
                return False
            if o[0] == y[1] or o[1] == y[0]:
                return True
            return o[1] == y[0] - 1 and texts[o[1]] == "(" and y[1] < len(texts) and texts[y[1]] == ")"

        return [y for x, y, z in zip([None] + ents, ents, ents[1:] + [None]) if not (
            y[2] == "Hardware" and y[3] in _CHIP_FAMILIES and (
                beside(x, y) or beside(z, y) or (y[1] < len(texts) and texts[y[1]] in ("'s", "’s"))))]

    def _hyphen_glued(self, e: int) -> bool:
        """Is word e a hyphen with no space on either side and a word after it?"""
        return e + 1 < len(self._texts) and self._texts[e] == "-" and not self._ws[e - 1] and not self._ws[e]

    def _glued_tag(self, e: int, tag: re.Pattern) -> bool:
        """Is a tag glued by a hyphen to the name that ends before word e ("YOLOv10-S", "BWA-MEM2")?"""
        return self._hyphen_glued(e) and tag.fullmatch(self._texts[e + 1]) is not None

    def _versions(self) -> list[tuple[str, int, int]]:
        """"Medusa-2", "Llama-4": a listed system or model with a version number is that system
        or model in that version, whether or not the list has the version."""
        out = []
        known = self.known
        for i in [k for k, t in enumerate(self._texts) if "-" in t]:
            m = _VERSIONED.match(self._texts[i])
            if m is not None and known.get(m.group(1).lower()) in ("System", "Model"):
                out.append((_key(known[m.group(1).lower()], ""), i, i + 1))
        return out

    def _same_as(self, ents: list[tuple[int, int, str, str]]) -> None:
        """"inter-data partitioning (a.k.a. Data Parallelism)": the name in the parentheses is
        another name of the entity before them, so both get one id (in place)."""
        texts, lowers = self._texts, self._lowers
        n = len(texts)
        at = {s: k for k, (s, _, _, _) in enumerate(ents)}
        for s, e, label, id_ in list(ents):
            if e + 2 >= n or texts[e] != "(":
                continue
            j = e + 1
            if lowers[j] in ("a.k.a", "a.k.a.", "aka"):
                j += 2 if j + 1 < n and texts[j + 1] == "." else 1
            elif lowers[j:j + 3] == ["also", "known", "as"]:
                j += 3
            elif lowers[j:j + 2] == ["also", "called"]:
                j += 2
            else:
                continue
            k = at.get(j)
            if k is None:
                continue
            s2, e2, label2, _ = ents[k]
            if label2 != label or e2 >= n or texts[e2] != ")":
                continue
            if not id_:
                id_ = self._stext(s, e)
                if label not in NAMED:
                    id_ = _norm_phrase(id_)
            ents[k] = (s2, e2, label, id_)

    def _stext(self, a: int, b: int) -> str:
        """The text of words a..b (a Span's .text), cut from the Doc's text."""
        return self._full[self._idx[a]:self._idx[b - 1] + len(self._texts[b - 1])] if b > a else ""

    def _boundary_ok(self, doc: Doc, start: int, end: int, label: str) -> bool:
        """Reject a match glued by a hyphen into a longer word ("Metal" in "Metal-Embedding"),
        and a technique that only modifies a thing ("a dataflow accelerator")."""
        if label == "Technique" and end < len(doc) and self._lowers[end] in _ARTIFACT_NOUNS:
            return False
        if start > 0:
            prev = doc[start - 1]
            if prev.text == "-" and not prev.whitespace_ and start > 1 and not doc[start - 2].whitespace_:
                if label != "Hardware":
                    return False
        if end < len(doc):
            last, nxt = doc[end - 1], doc[end]
            if not last.whitespace_ and nxt.text == "-" and not nxt.whitespace_ and end + 1 < len(doc):
                after = doc[end + 1]
                if label in ("Hardware", "Model"):  # ("TPUv6e-like hardware" still names the chip it is like)
                    return after.lower_ == "like" or after.lower_ not in _COMPOUND_TAILS
                # "tensor parallelism-aware" or "LoRA-based": part of a longer phrase; but a method
                # of several words before "-based" is the method used ("a random forest-based model")
                if after.is_alpha and label not in NAMED and not (
                        label == "Technique" and end - start > 1 and after.lower_ in _USED_TAILS):
                    return False
                if label in ("System", "Dataset") and after.is_alpha and after.text[0].isupper() \
                        and not (label == "System" and _CAPS_TAG.fullmatch(after.text)):
                    return False  # (but "3DGS-MCMC", "SGLang-EP": a variant named in capitals, read below)
        return True

    def _acronyms(self, doc: Doc, named: list[tuple]) -> list[tuple]:
        """"Long Form Words (LFW)": the long form and the short form become one entity."""
        out = []
        ends = {c[2]: c for c in named}
        starts = {c[1]: c for c in named}
        texts = self._texts
        for i in [k for k, t in enumerate(texts) if t == "("]:
            close = self._short_close(i)
            if close is None:
                continue
            short = "".join(texts[i + 1:close])
            if _WORD_SHORT.match(short) and i not in ends:
                out.extend(self._named_short(doc, i, close, short))
                continue
            spelled = spelled_out(short)
            if not _ACRONYM.match(spelled) or (_generic(short, self.not_names) and short.lower() not in self.known):
                continue
            if short.lower() in self.known and self.known[short.lower()] in NAMED:
                # "Quantized Low-Rank Adaptation (QLoRA)": the list knows the name; its long
                # form is that name too, not a technique phrase of its own
                got = starts.get(i + 1)
                if got is not None and got[2] != close:
                    got = None
                found = _long_form(doc, i, short, self._starts[i]) if got and i not in ends else None
                if found is not None and all(w[:1].isupper() or not w.isalpha() or w in self.stop
                                             for w in texts[found[0]:found[1]]):
                    out.append((P_ACRONYM, found[0], found[1], got[3], got[4] or short))
                continue
            if i in ends and short[:1].lower() == texts[ends[i][1]][:1].lower():
                # "Compute Express Link (CXL)": the short form is the same entity (not "DLRMs (TT-Rec)")
                _, ls, le, label, id_ = ends[i]
                id_ = id_ or self._stext(ls, le)
            else:
                found = _long_form(doc, i, short, self._starts[i]) if spelled is short \
                    else _capitals_spell(doc, i, spelled, self._starts[i])
                if found is None or ("," in texts[found[0]:found[1]]
                                     and any(found[0] <= c[1] < found[1] for c in named)):
                    continue  # "Adam, SGD, and Muon (ASM)": a list of known names names no one thing
                ls, le = found
                label = self._definition_label(doc, ls, le, short)
                if label is None:
                    continue
                id_ = self._definition_id(doc, ls, le, short, label)
                # "Dynamic Self-Speculative Decoding (DSSD)": a long form spelled around a listed name outranks it
                around = i in ends and ls < ends[i][1] and label == ends[i][3] == "System"
                out.append((P_DEFINED if around else P_ACRONYM, ls, le, label, id_))
            out.append((P_DEFINED, i + 1, close, label, id_))
            out.extend(self._uses(ls, le, i + 1, close, label, id_))
        return out

    def _named_short(self, doc: Doc, i: int, close: int, short: str) -> list[tuple]:
        """"We introduce Vision Centric Token Compression (Vist)": a capitalised word in parentheses
        names what the sentence proposes when a Title Case long form before it spells it."""
        found = _long_form(doc, i, short, self._starts[i])
        if found is None or short.lower() in self.known:
            return []
        ls, le = found
        if not word_short_of(self._texts[ls:le], short) or not _PROPOSING.search(self._stext(self._starts[i], ls)):
            return []
        return [(P_ACRONYM, ls, le, "System", short), (P_DEFINED, i + 1, close, "System", short)] \
            + self._uses(ls, le, i + 1, close, "System", short)

    def _short_close(self, i: int) -> int | None:
        """Index of the ")" closing a short form that opens after "(" at i: one word, or
        words glued by hyphens ("(CoT-SC)", which the tokenizer splits)."""
        texts, ws, n = self._texts, self._ws, len(self._texts)
        k = i + 2
        while k + 1 < n and texts[k] == "-" and not ws[k - 1] and not ws[k] and k - i < 6:
            k += 2
        return k if k < n and texts[k] == ")" and not ws[k - 1] else None

    def _uses(self, ls: int, le: int, ss: int, se: int, label: str, id_: str) -> list[tuple]:
        """Every other use of a defined short form (words ss..se) and of its long form
        (ls..le) is the same entity."""
        out = []
        texts, ws = self._texts, self._ws
        short_words = texts[ss:se]
        sw = len(short_words)
        first_short = short_words[0]
        width = le - ls
        long_words = [w.lower() for w in texts[ls:le]]
        first = long_words[0]
        for j, t in enumerate(texts):
            if j != ss and (t == first_short or (sw == 1 and t == first_short + "s")) \
                    and (sw == 1 or texts[j:j + sw] == short_words):
                if j > 1 and texts[j - 1] == "-" and not ws[j - 1] and not ws[j - 2]:
                    continue  # "SwinV2-MoE": the tail of a longer name
                if sw > 1 and j + sw < len(texts) and texts[j + sw] == "-" and not ws[j + sw - 1]:
                    continue
                out.append((P_DEFINED, j, j + sw, label, id_))
            elif j != ls and t.lower() == first and [w.lower() for w in texts[j:j + width]] == long_words:
                out.append((P_ACRONYM, j, j + width, label, id_))
        return out

    def _definition_label(self, doc: Doc, ls: int, le: int, short: str) -> str | None:
        words = [t for t in doc.span(ls, le) if t.text != "-"]
        head = doc[le - 1].lower_
        title = all(w.text[:1].isupper() or not w.is_alpha or w.is_stop for w in words)
        st = self._starts[ls]
        en = next((k for k in range(ls, len(doc)) if self._starts[k] != st), len(doc))
        sent = self._stext(st, en).lower()
        # (", introducing Dynamic Self-Speculative Decoding (DSSD)": a capitalised long form after an -ing verb too)
        proposing = bool(_PROPOSING.search(sent) or (title and _INTRODUCING.search(sent)))
        if proposing:
            # "We present Onesweep, a least-significant digit (LSD) radix sort", "new features, including
            # generalized Remote Procedure Call (RPC)", "a system, HetPipe, that integrates pipelined model
            # parallelism (PMP)": the long form describes what the verb before it proposes
            before = self._stext(st, ls)
            verb = None
            for verb in _PROPOSING.finditer(before):
                pass
            proposing = verb is None or not (_EXAMPLES.search(before, verb.end())
                                             or _APPOSITIVE.match(before, verb.end())
                                             or _RELATIVE.search(before, verb.end()))
        known = self.known.get(self._stext(ls, le).lower())
        if known:
            return known
        listed_short = self.known.get(short.lower())
        if listed_short in ("Technique", "Metric"):
            return listed_short  # "using high level synthesis (HLS)": the listed short form says what it is
        lows = [w.lower_ for w in words]
        k = next((k for k, w in enumerate(lows) if w in _MEASURE_LINKS), 0)
        if 0 < k < len(lows) - 1 and lows[k - 1] in self.metric_heads:
            return "Metric"  # "Quality of Experience (QoE)", "Time-Per-Output-Token (TPOT)": a measure's name
        if (len(lows) > 2 and lows[-2] == "per") or lows[-2:] == ["delay", "product"]:
            return "Metric"  # "Giga Cell Updates Per Second (GCUPS)", "Power-Delay Product (PDP)"
        if head in ("models", "networks", "languages", "devices", "systems", "units", "processors", "accelerators"):
            return None  # a generic class ("Large Language Models (LLMs)")
        # "Diffusion Transformers (DiTs)": a plural short form of a plural names a class, no system
        plural = head.endswith("s") and PLURAL_ACRONYM.fullmatch(short) is not None
        if head in ("system", "platform", "library", "toolkit", "interface", "computer", "computers", "device",
                    "devices", "machine", "machines", "server", "servers") and not title:
            return None  # "a data acquisition system (DAQ)", "a personal computer (PC)": a thing, not a method
        if head in ("dataset", "benchmark", "corpus", "suite"):
            return "Dataset"
        if head in ("unit", "processor", "accelerator", "chip", "cluster") and title:
            return "Hardware"
        if not title:
            k = le - 1
            while k - 2 >= ls and self._texts[k - 1] == "-" and not self._ws[k - 1] and not self._ws[k - 2]:
                k -= 2
            tail = self._stext(k, le)
            if k < le - 1 and tail.islower() and self.known.get(tail) == "Technique":
                return "Technique"  # "... with self-consistency": the last compound is a listed method
        if head in self.metric_heads or head in self.metric_alone:
            return "Metric"
        if proposing:
            return None if plural else "System"
        after = doc[le + 3].lower_ if le + 3 < len(doc) else ""
        if after in ("dataset", "benchmark", "corpus"):
            return "Dataset"
        if (self.known.get(doc[le - 1].lower_) == "Model" or doc[le - 1].text in ("PINNs", "PINN")) \
                and not any(w.lower_ in ("for", "of", "on", "with") for w in words):
            return "Model"  # "Lagrangian PINNs (LPINNs)"; not "Tensor Train decomposition for DLRMs (TT-Rec)"
        if head in self.tech_heads or head in self.tech_alone or head in _METHOD_HEADS:
            return "Technique"
        if title:
            return None if plural else "System"
        if head.endswith(("ed", "ly")) or (head.endswith(_ADJECTIVE_ENDS) and not head.endswith(("val", "sal"))):
            return None  # "loosely-coupled (LC)": an adjective, not a method
        return "Technique"

    def _definition_id(self, doc: Doc, ls: int, le: int, short: str, label: str) -> str:
        if label in ("Technique", "Metric"):
            return self._stext(ls, le).lower()
        return short

    def _phrases(self, doc: Doc, taken: list[bool]) -> list[tuple]:
        """Technique and metric noun phrases: modifiers + a head noun from the lexicon."""
        out = []
        n = len(doc)
        heads = self.heads
        tails = self.compound_tails
        for i in [k for k, w in enumerate(self._lowers) if w in heads or w in tails]:
            tok = doc[i]
            low = tok.lower_
            is_tech = low in self.tech_heads or low in self.tech_alone
            is_metric = low in self.metric_heads
            if not (is_tech or is_metric) and i > 1 and self._texts[i - 1] == "-" and not self._ws[i - 1] \
                    and not self._ws[i - 2]:
                is_tech = f"{self._lowers[i - 2]}-{low}" in self.tech_alone  # "co-serving"
            if not (is_tech or is_metric) or taken[i]:
                continue
            # the head must end the phrase: "parallelism-aware" or "scheduling algorithm" continue it
            if i + 1 < n and not tok.whitespace_ and doc[i + 1].text == "-":
                continue
            if i + 1 < n and self._ws[i] and (self._lowers[i + 1] in heads) and (
                    self._texts[i + 1].islower() or not tok.text.islower()):
                continue  # "KV cache buffering": the next word is the head
            if i + 1 < n and (self._lowers[i + 1] in _MODIFIED_NOUNS or (
                    tok.text[:1].isupper() and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha)):
                continue  # "dataflow accelerator", "Reconfigurable Dataflow Unit": names a thing
            label = "Technique" if is_tech else "Metric"
            if is_tech and is_metric:
                label = "Metric" if low in self.metric_alone or low in ("efficiency", "time", "overhead") else "Technique"
            if label == "Technique":
                out.extend(self._parenthesised(doc, i, taken))
            h = self._compound_head(doc, i, taken) if label == "Technique" else i
            if h is None:
                continue
            start = self._left(doc, h, taken, label, tok.text[:1].isupper())
            if start == h and h > 3 and self._texts[h - 1] == ")":
                got = self._around_short(doc, h, i, taken, label)
                if got is not None:
                    out.append(got)
                    continue
            if start == h and h < i and self._lowers[h] in _BOUND_PREFIXES:
                # "pre-training", "co-serving": one word; bare, it counts only when listed alone
                if "-".join(self._lowers[h:i + 1:2]) not in self.tech_alone:
                    continue
            elif start == i:
                # a bare head word counts only when it names a technique by itself; words the
                # gazetteer lists ("swapping") are found there, the phrase rule needs a modifier
                alone = (self.tech_alone & self.tech_heads) if label == "Technique" else self.metric_alone
                if low not in alone and tok.text not in alone:
                    continue
            if label == "Metric" and ((start < i and not self._metric_mods_ok(doc, start, i))
                                      or not self._metric_use(start, i + 1)):
                continue
            norm = _norm_phrase(self._stext(start, i + 1))
            if norm in self.not_techniques:
                continue
            out.append((P_PHRASE, start, i + 1, label, norm))
            if label == "Technique" and start == i - 1:
                out.extend(self._elided(doc, start, tok.text, taken))

        out.extend(self._listed(doc, taken))
        out.extend(self._before_kind(doc, taken))
        if "terms" in self._lowers or "metrics" in self._lowers or "measures" in self._lowers:
            out.extend(self._measures(doc, taken))
        return out

    def _measures(self, doc: Doc, taken: list[bool]) -> list[tuple]:
        """"in terms of convergence, generalization, and scalability", "metrics such as F1
        score and power": what a paper measures, named after a cue. Each item is a short
        noun phrase (lower case or acronyms) that ends at a delimiter or a function word."""
        out = []
        lowers, texts, n = self._lowers, self._texts, len(self._lowers)
        for i, w in enumerate(lowers):
            if w == "terms" and i > 0 and lowers[i - 1] == "in" and i + 1 < n and lowers[i + 1] == "of":
                k = i + 2
            elif w in ("such", "including", "like") and ("metrics" in lowers[max(0, i - 5):i]
                                                        or "measures" in lowers[max(0, i - 5):i]):
                k = i + 1  # "metrics for each alternative such as ..."
                if w == "such":
                    if k >= n or lowers[k] != "as":
                        continue
                    k += 1
            else:
                continue
            for _ in range(6):  # items
                while k < n and lowers[k] in ("the", "both", "its", "their", "overall"):
                    k += 1
                e = k
                while e < n and e - k < 7 and not taken[e] and (
                        (texts[e] == "-" and not self._ws[e - 1] and not self._ws[e])
                        or (lowers[e] == "per" and e > k and e + 1 < n and texts[e + 1].isalpha())
                        or (texts[e].isalpha() and lowers[e] not in self.stop
                            and (e > k or lowers[e] not in self.bad_mods))
                        or re.match(r"^[A-Z][A-Za-z]*[0-9]+$", texts[e])):
                    e += 1
                while e > k and texts[e - 1] == "-":
                    e -= 1
                if e == k or (e < n and not (lowers[e] in self.stop or self._texts[e] in ",.;:)")):
                    break
                if lowers[e - 1] not in _NOT_MEASURES and len([t for t in texts[k:e] if t != "-"]) <= 5 \
                        and not any(lowers[m] in self.tech_heads or lowers[m] in self.tech_alone
                                    for m in range(k, e) if lowers[m] not in self.metric_heads):
                    out.append((P_PHRASE, k, e, "Metric", _norm_phrase(self._stext(k, e))))
                if e < n and texts[e] == ",":
                    e += 1
                if e < n and lowers[e] in ("and", "or"):
                    e += 1
                elif e < n and texts[e - 1] != ",":
                    break
                k = e
        return out

    def _around_short(self, doc: Doc, h: int, i: int, taken: list[bool], label: str) -> tuple | None:
        """"floating-point (FP) emulation": a short form defined inside the phrase, between the
        modifiers it abbreviates and the head. The phrase is the words around the parentheses."""
        p = next((k for k in range(h - 3, max(h - 9, self._starts[h]) - 1, -1) if self._texts[k] == "("), None)
        if p is None or self._short_close(p) != h - 1 or any(taken[p:h]):
            return None
        short = "".join(self._texts[p + 1:h - 1])
        if not _ACRONYM.match(short):
            return None
        start = self._left(doc, p, taken, label, False)  # capitalised, it names a thing: "Graph Neural Network (GNN) execution"
        letters = [c.lower() for c in short.rstrip("s") if c.isalnum()]
        if not any(self._lowers[k][:1] == letters[0] and spells(self._stext(k, p), letters)
                   for k in range(start, p)):
            return None  # the words before "(" must spell the short form ("software floating-point")
        if label == "Metric" and not self._metric_mods_ok(doc, start, p):
            return None
        return (P_PHRASE, start, i + 1, label, ELIDED + f"{self._stext(start, p)} {self._stext(h, i + 1)}")

    def _compound_head(self, doc: Doc, i: int, taken: list[bool]) -> int | None:
        """First word of a hyphenated head ending at word i ("co-scheduling", "nano-batches"):
        its first parts modify the head word, so the phrase grows left from there. None when
        a part cannot modify ("state-of-the-art caching" is cut elsewhere)."""
        texts, ws = self._texts, self._ws
        k, first = i, self._starts[i]
        while k - 2 >= first and texts[k - 1] == "-" and not ws[k - 1] and not ws[k - 2]:
            k -= 2
        if k == i:
            return i
        for m in range(k, i, 2):
            low = self._lowers[m]
            if not taken[m] and (low in self.stop or low in self.bad_mods or _TECH_SHAPE.match(texts[m]) is None
                                 or (texts[m][:1].isupper() and not texts[m].isupper())):
                return None  # "Metal-Embedding": a capitalised part makes a name
        return k

    def _before_kind(self, doc: Doc, taken: list[bool]) -> list[tuple]:
        """"a datatype handling strategy", "voting mechanisms": what a kind noun classifies.

        The field names a method by the noun phrase before "technique", "strategy",
        "scheme", "mechanism", "method" or "algorithm". When the phrase has no technique
        head of its own, the kind noun is part of the name ("attention distribution
        mechanism", "single-pass insertion algorithm").
        """
        out = []
        lowers = self._lowers
        for i in [k for k, w in enumerate(lowers) if w in _KIND_TAILS]:
            h = i - 1
            if h < 0 or taken[h] or self._starts[h] != self._starts[i]:
                continue
            head = doc[h]
            low = lowers[h]
            if low in self.tech_heads or low in self.tech_alone or low in self.metric_heads:
                continue  # the head-word rule has this phrase already
            if not self._kind_head_ok(head, h):
                continue
            start = self._left(doc, h, taken, "Technique", head.text[:1].isupper())
            if start == h and low.endswith("ing") and low not in self.ing_mods:
                continue  # "selecting techniques": a verb
            if any(lowers[k] in self.metric_heads for k in range(start, h)):
                continue  # "memory footprint reduction": about a metric
            end = i + 1
            if any(self.known.get(" ".join(lowers[k:h + 1])) == "Technique" for k in range(max(start, h - 2), h + 1)):
                end = i  # "concurrency control mechanisms": a known technique keeps its own name
            out.append((P_PHRASE, start, end, "Technique", _norm_phrase(self._stext(start, end))))
        return out

    def _kind_head_ok(self, t, i: int) -> bool:
        low = t.lower_
        if not t.is_alpha and "-" not in low:
            return False
        if low in self.stop or low in self.bad_mods or low in self.not_names or low in _NOT_KIND_HEADS:
            return False
        if low.endswith("ly") or (low.endswith("ed") and low not in self.ed_mods):
            return False
        if low.endswith(_ADJECTIVE_ENDS) and not low.endswith(("val", "wal", "sal")):
            return False  # "selecting techniques", "powerful technique": a verb or an adjective
        if i > 0 and self._texts[i - 1] in ("-", "/") and not self._ws[i - 1]:
            return False  # "hardware-compiler techniques": the compound is one word
        if i > 1 and self._lowers[i - 1] in ("and", "or"):
            return False  # "track and trigger mechanism": a coordination, not one method
        if t.text[:1].isupper() and not t.is_upper and i > 0 and not self._texts[i - 1][:1].isupper():
            return False
        return _TECH_SHAPE.match(t.text) is not None

    def _elided(self, doc: Doc, start: int, head: str, taken: list[bool]) -> list[tuple]:
        """"data, tensor, and pipeline parallelism": each conjunct with the shared head.

        The span covers the conjunct word; its id (and the mention's text) is the full phrase.
        """
        out = []
        j = start - 1
        if j < 0 or doc[j].lower_ not in ("and", "or", "/"):
            return out
        j -= 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        while j >= 0 and not taken[j] and self._modifier_ok(doc[j], False) and \
                doc[j].lower_ not in self.tech_heads and doc[j].lower_ not in self.tech_alone and \
                not self._content_before(j):
            phrase = f"{doc[j].text} {head}"
            out.append((P_PHRASE, j, j + 1, "Technique", ELIDED + phrase))
            if j >= 1 and doc[j - 1].text == ",":
                j -= 2
                continue
            break
        return out

    def _content_before(self, j: int) -> bool:
        """Does a content word end a noun phrase right before token j ("the MMLU dataset and
        instruction tuning": "dataset" closes its own phrase, it is no bare conjunct)?"""
        if j == 0 or self._starts[j] == j:
            return False
        prev = self._lowers[j - 1]
        return prev.isalpha() and prev not in self.stop and prev not in self.bad_mods

    def _parenthesised(self, doc: Doc, i: int, taken: list[bool]) -> list[tuple]:
        """"parallelism techniques (data, pipeline, tensor)": kinds of the head in parentheses."""
        n = len(doc)
        j = i + 1
        if j < n and doc[j].lower_ in self.generic_tails:
            j += 1
        if j >= n or doc[j].text != "(":
            return []
        j += 1
        if j < n and doc[j].lower_ in ("e.g.", "e.g.,", "i.e.", "i.e.,"):
            j += 1
            if j < n and doc[j].text == ",":
                j += 1
        words = []
        while j < n and doc[j].text != ")":
            t = doc[j]
            if t.text in (",", "and", "or", "/"):
                j += 1
                continue
            if taken[j] or not self._modifier_ok(t, False) or len(words) > 5:
                return []
            words.append(j)
            j += 1
        if j >= n or len(words) < 2:
            return []
        head = doc[i].text
        return [(P_PHRASE, w, w + 1, "Technique", ELIDED + f"{doc[w].text} {head}") for w in words]

    def _listed(self, doc: Doc, taken: list[bool]) -> list[tuple]:
        """Items of "techniques such as A, B, and C": short lower-case noun phrases."""
        out = []
        n = len(doc)
        for i in [k for k, w in enumerate(self._lowers) if w in ("such", "including", "like")]:
            low = self._lowers[i]
            if low == "such" and i + 1 < n and doc[i + 1].lower_ == "as":
                k = i + 2
            elif low in ("including", "like"):
                k = i + 1
            else:
                continue
            back = {t.lower_ for t in doc.span(max(0, i - 3), i)}
            if not back & {"techniques", "optimizations", "methods", "strategies", "approaches", "mechanisms",
                           "optimization", "schemes", "algorithms"}:
                continue
            while k < n:
                e, words = k, 0
                # up to four words; a hyphen compound ("fine-grained") is one word
                while e < n and (words < 4 or doc[e].text == "-" or self._texts[e - 1] == "-") and \
                        (doc[e].is_alpha or doc[e].text == "-") and doc[e].lower_ not in \
                        ("and", "or") and not taken[e] and (doc[e].is_lower or doc[e].text == "-"):
                    if doc[e].text != "-" and self._texts[e - 1] != "-":
                        words += 1
                    e += 1
                if e == k or any(doc[m].lower_ in self.stop and doc[m].text != "-"
                                 for m in range(k, e) if not (m > k and doc[m - 1].text == "-")):
                    break
                if e < n and doc[e].text not in (",", ".", ";", ":", ")") and doc[e].lower_ not in ("and", "or"):
                    break  # "including key Non-Neural ML kernels": the item goes on past its words
                out.append((P_PHRASE, k, e, "Technique", _norm_phrase(self._stext(k, e))))
                if e < n and doc[e].text == ",":
                    e += 1
                if e < n and doc[e].lower_ in ("and", "or"):
                    e += 1
                elif e < n and doc[e - 1].text != ",":
                    break
                k = e
        return out

    def _left(self, doc: Doc, i: int, taken: list[bool], label: str, cap_head: bool) -> int:
        """Leftmost start of the modifiers of head token i.

        A hyphenated compound ("fine-grained", "state-of-the-art") is taken whole or not
        at all; named entities may sit inside one ("CLIP-based filtering").
        """
        limit = 3 if label == "Technique" else 2
        start, count, j = i, 0, i - 1
        sent_start = self._starts[i]
        while j >= sent_start and count < limit:
            # the compound ending at token j: tokens k..j glued by "-"
            k = j
            while k - 2 >= sent_start and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ \
                    and not doc[k - 2].whitespace_:
                k -= 2
            if k == j:
                if taken[j] or not (self._modifier_ok(doc[j], cap_head, label == "Metric")
                                    or (j == sent_start and not cap_head and self._initial_ok(doc[j], label))):
                    break
                if j > 0 and self._lowers[j - 1] in _BEFORE_VERB:
                    break  # "we add tiered caching": the word after a subject or modal is a verb
            else:
                parts = [doc[m] for m in range(k, j + 1, 2)]
                if any(p.lower_ in self.bad_mods or p.is_punct for p in parts[-1:]) \
                        or ((parts[0].lower_ in self.bad_mods or parts[0].lower_ in self.stop)
                            and parts[0].lower_ not in _COMPOUND_PREFIXES):
                    break
                if not all(taken[m] or _TECH_SHAPE.match(doc[m].text) or doc[m].lower_ in self.stop
                           for m in range(k, j + 1, 2)):
                    break
                if taken[j] and label == "Metric":
                    break
                if k - 1 >= sent_start and self._ws[k - 1] and self._split_name(k):
                    break  # "machine learning-based translation": the compound starts a word earlier
            count += 1
            start = k
            j = k - 1
        return start

    def _initial_ok(self, t, label: str) -> bool:
        """A capital that only starts the sentence ("Hybrid CPU-GPU inference ..."): the word
        modifies like its lower-case form, unless it is a name (CamelCase, listed)."""
        low = t.lower_
        if not t.is_alpha or not t.text[1:].islower() or low in self.known or low in self.stop:
            return False
        return self._modifier_ok(self._lower_word(t), False, label == "Metric")

    def _lower_word(self, t):
        w = self._lowered.get(t.orth)
        if w is None:
            w = self._lowered.put(t.orth, _word(self._vocab, self._vocab.strings.add(t.lower_), 1))
        return w

    def _split_name(self, k: int) -> bool:
        """Do the word before k and word k make one listed name or field ("machine learning")?"""
        pair = f"{self._lowers[k - 1]} {self._lowers[k]}"
        return pair in self.known or pair in self.not_techniques

    def _modifier_ok(self, t, cap_head: bool, metric: bool = False) -> bool:
        """May word t modify a head word? (cached per word: it reads only the word)"""
        key = (t, cap_head, metric)
        ok = self._mod_cache.get(key)
        if ok is None:
            ok = self._mod_cache.put(key, self._modifier_test(t, cap_head, metric))
        return ok

    def _modifier_test(self, t, cap_head: bool, metric: bool) -> bool:
        low = t.lower_
        if low in _COMPOUND_TAILS or low in ("single", "multiple"):
            return False  # "SLO aware partitioning": a detached "-aware" belongs to the word before
        if low in self.stop or low in self.bad_mods or t.is_punct:
            return False
        if low in self.not_names and not (t.is_upper and low in (_METRIC_ACRONYM_MODS if metric else _ACRONYM_MODS)):
            return False
        if t.like_num or (low[:1].isdigit() and not re.match(r"^\d+(d|-?bit)$", low)):
            return False
        if not _TECH_SHAPE.match(t.text):
            return False
        if t.text[:1].isupper() and not t.is_upper and not cap_head:
            return False
        if low.endswith("ly") and len(low) > 4:
            return False
        if low.endswith("s") and not low.endswith(("ss", "us", "is", "ics")) and not t.is_upper:
            return False  # "makes", "optimizations": verbs and plurals do not modify
        if low.endswith("ed") and low not in self.ed_mods:
            return False
        if low.endswith("ing") and low not in self.ing_mods and low not in self.tech_heads:
            return False
        return True

    def _metric_use(self, s: int, e: int) -> bool:
        """Is the metric word(s) s..e used as a measure here? Not in a phase ("at runtime",
        "at compile time"), not as a verb ("to speed-up the simulation"), not as the tail
        of a compound ("speed-accuracy tradeoff"), not the software layer ("a lightweight
        runtime"), and a bare "area" only beside another measure ("power and area")."""
        texts, lowers, n = self._texts, self._lowers, len(self._texts)
        last = lowers[e - 1]
        prev = lowers[s - 1] if s > 0 else ""
        nxt = lowers[e] if e < n else ""
        if prev in ("at", "during") and last in _PHASE_WORDS:
            return False
        if nxt in self.metric_modified:
            return False  # "power consumption patterns", "runtime prediction": about a measure, not one
        if e - s == 1 or (e - s == 3 and texts[s + 1] == "-"):
            if nxt in _DETERMINERS:
                return False  # a verb before its object
            if s > 1 and texts[s - 1] == "-" and not self._ws[s - 1] and not self._ws[s - 2]:
                return False
            if last in _COMPONENT_METRICS:
                if e < n and ((texts[e][:1].isupper() and texts[e].isalpha()) or (
                        nxt.isalpha() and texts[e].islower() and nxt not in self.stop and not nxt.endswith("ed")
                        and nxt not in self.change_nouns and nxt not in self.metric_heads)):
                    return False  # "a runtime system", "runtime optimization", "the runtime HPX"
                if s > 0 and texts[s - 1][:1].isupper() and texts[s - 1].isalpha() \
                        and lowers[s - 1] not in self.metric_mods and lowers[s - 1] not in self.stop:
                    return False  # "the Legion runtime"
                k = s - 1
                while k >= 0 and k >= s - 3 and lowers[k] not in ("a", "an") and lowers[k].isalpha() \
                        and lowers[k] not in self.metric_mods and lowers[k] not in self.stop:
                    k -= 1
                if k >= 0 and lowers[k] in ("a", "an") and nxt != "of":
                    return False
            if last in _NEEDS_PEER:
                return self._has_peer(s, e)
            if last in _CAPACITY_WORDS and nxt == "of":
                return False  # "the power of LLMs"
            if last == "precision" and (prev in _FORMAT_WIDTHS or _FORMAT_NAME.match(prev) or (
                    prev in ("high", "higher") and s > 1 and lowers[s - 2] in ("in", "at", "to"))):
                return False  # "weights in higher precision", "FP8 precision": a format
            if last in self.metric_mods and nxt.isalpha() and nxt not in self.stop \
                    and nxt not in self.change_nouns and texts[e].islower():
                return False  # "power reports", "energy expended": it modifies the next word
        return True

    def _has_peer(self, s: int, e: int) -> bool:
        """Another measure in the same coordination: "timing, area, and power"."""
        lowers, n = self._lowers, len(self._lowers)
        for k, step in ((s - 1, -1), (e, 1)):
            seen = 0
            while 0 <= k < n and lowers[k] in (",", "and", "or", "&", "/") and seen < 3:
                k += step
                seen += 1
            if seen and 0 <= k < n and (lowers[k] in self.metric_heads or lowers[k] in self.metric_alone
                                        or lowers[k] in self.metric_mods):
                return True
        return False

    def _metric_mods_ok(self, doc: Doc, start: int, i: int) -> bool:
        for t in doc.span(start, i):
            if t.text == "-":
                continue
            low = t.lower_
            if low in self.metric_mods or low in self.metric_heads or t.is_upper:
                continue
            if "-" in low and all(p in self.metric_mods for p in low.split("-")):
                continue
            return False
        return True

    def _discover(self, doc: Doc, taken: list[bool]) -> list[tuple]:
        """Unlisted names (CamelCase, digit-mixed, acronyms) that the text treats as systems."""
        out = []
        n = len(doc)
        get = _SHAPE_CACHE.get
        cands = [k for k, t in enumerate(self._texts) if get(t, True) and not taken[k] and _name_shape(t)]
        verdicts = self._verdicts
        for i in cands:
            text = self._texts[i]
            v = verdicts.get(text)
            if v is None:
                v = verdicts.put(text, self._verdict(text))
            if v == 0 and not self._glued_to_word(i):
                continue
            if v == 1 and not self._comparison_context(doc, i) and not (
                    0 < i < n - 1 and self._lowers[i + 1] in _DATASET_NOUNS and self._lowers[i - 1] in ("the", "on")):
                continue  # plain caps name something after "than", or as "the TREC dataset"
            # glued into a longer hyphenated word: take the whole compound
            s, e = i, i + 1
            while e + 1 < n and not doc[e - 1].whitespace_ and doc[e].text in ("-", "+") and not taken[e + 1] \
                    and re.search(r"[A-Z0-9]", doc[e + 1].text) and not doc[e].whitespace_:
                e += 2
            if e < n and doc[e].text in ("++",) and not doc[e - 1].whitespace_:
                e += 1
            if e + 1 < n and doc[e].text == "-" and not doc[e - 1].whitespace_ and doc[e + 1].is_lower:
                continue  # "GradSign-assisted": a modifier, not a mention
            while s - 2 >= 0 and doc[s - 1].text == "-" and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_ \
                    and re.search(r"[A-Z0-9]", doc[s - 2].text) and not taken[s - 2]:
                s -= 2
            label = self._guess_label(doc, s, e)
            out.append((P_DISCOVERED, s, e, label, ""))
        return out

    def _components(self, taken: list[bool]) -> list[tuple]:
        """"an Offline Refactoring Engine", "(2) Adaptive Rollout Engine": Title Case words that end in a
        component noun in the middle of a sentence name a part of the system the paper builds."""
        out = []
        texts = self._texts
        for e in [k + 1 for k, w in enumerate(self._lowers) if w in _COMPONENT_NOUNS and texts[k][0].isupper()]:
            s = e - 1
            while (s > 0 and _TITLE_WORD.fullmatch(texts[s - 1])) or (  # "Graph-Centric Scheduler"
                    s > 2 and self._hyphen_glued(s - 1) and _TITLE_WORD.fullmatch(texts[s - 2])):
                s -= 1
            if s == e - 1 or s == 0 or self._starts[s] == s or self._idx[s] < self._title_end or any(taken[s:e]):
                continue
            if texts[s - 1][:1].isupper() or texts[s - 1][:1].isdigit() or texts[s - 1] == "(" \
                    or any(w.lower() in self.known or w.lower() in self.stop for w in texts[s:e - 1]):
                continue  # part of a longer name, a long form in parentheses, a list's name, a sentence's start
            out.append((P_DISCOVERED, s, e, "System", ""))
        return out

    def _glued_to_word(self, i: int) -> bool:
        """"GNN-Descent", "LLM-Pruner": a generic acronym glued to a capitalised word names a method (in the
        abstract: a title capitalises "GNN-Based" too)."""
        if not self._hyphen_glued(i + 1):
            return False
        texts = self._texts
        word = texts[i + 2]
        return (len(word) > 3 and word[0].isupper() and word[1:].islower() and "-" + word.lower() not in MODIFIER_TAILS
                and texts[i].isupper() and _generic(texts[i], self.not_names)
                and self._idx[i] >= self._title_end)

    def _verdict(self, text: str) -> int:
        """0: no unlisted name; 1: a name only in a comparison (plain caps); 2: a name."""
        if not (_NAME_LIKE.match(text) or _SIZED.match(text)) or _generic(text, self.not_names) \
                or text.lower() in self.known:
            return 0
        if PLURAL_ACRONYM.fullmatch(text):
            return 0  # plural of an acronym names a class: "GPUs", "DNNs"
        if PRECISION.match(text):
            return 0  # a quantisation setting: "W8A8", "W4A8KV4"
        if ACRONYM_LETTER.fullmatch(text):
            return 0  # "extensioN": a long form's marked letter
        if re.match(r"^[A-Z]+[0-9]*$", text) or _CAPS_THEN_WORD.match(text):
            return 1  # ("CPUbased", "COmputation": a typo or a long form's marked letters, out of context)
        return 2

    def _listed_before(self, doc: Doc, e: int) -> bool:
        """Is the name at e one of a list that a dataset noun ends ("the ViDoRe and SEC-Filings datasets")?"""
        j, n = e, len(doc)
        while j < min(n, e + 8) and (doc[j].text in (",", "and", "or", "&", "-") or doc[j].text[:1].isupper()):
            j += 1
        return j > e and j < n and doc[j].lower_ in _DATASET_NOUNS and doc[j - 1].text[:1].isupper()

    def _list_lead(self, doc: Doc, i: int, capitalised: bool = False) -> int:
        """The word before the list the word at i stands in ("than A, B, and C"), -1 at the start;
        `capitalised`: any capitalised word may stand in the list ("like TriviaQA, NQ and PopQA")."""
        j = i - 1
        while j >= 0 and (doc[j].text in (",", "and", "or", "&") or _NAME_LIKE.match(doc[j].text)
                          or capitalised and doc[j].text[:1].isupper()):
            j -= 1
        return j

    def _comparison_context(self, doc: Doc, i: int) -> bool:
        j = self._list_lead(doc, i)
        if j < 0:
            return False
        w = doc[j].lower_
        if w in _COMPARING:
            return True
        if w in _RIVAL_KINDS and any(doc[k].lower_ in _COMPARING for k in range(max(0, j - 10), j)):
            return True  # "outperforming the strongest text encoder-based compression method CEPE"
        if w in ("to", "with") and j > 0 and doc[j - 1].lower_ in ("compared", "comparison", "relative", "comparing"):
            return True
        if w == "as" and j > 0 and doc[j - 1].lower_ == "such":
            return True
        return False

    def _guess_label(self, doc: Doc, s: int, e: int) -> str:
        text = self._stext(s, e)
        nxt = doc[e].lower_ if e < len(doc) else ""
        if nxt in _DATASET_NOUNS or re.search(r"(Bench|bench|Eval)$", text) or self._listed_before(doc, e):
            return "Dataset"
        # "over benchmarks like TriviaQA, NQ and PopQA", "datasets such as ...": the examples of a dataset noun
        j = self._list_lead(doc, s, capitalised=True)
        lead = doc[j].lower_ if j > 0 else ""
        kind = j - 2 if lead == "as" and doc[j - 1].lower_ == "such" else j - 1 if lead in _EXAMPLE_WORDS else -1
        if kind >= 0 and doc[kind].lower_ in _DATASET_NOUNS | {"tasks"}:
            return "Dataset"
        if nxt in ("model", "models") or _SIZED.match(text) or MODEL_TAIL.search(text):
            return "Model"
        variant = _GREEK_VARIANT.match(text)  # "PixArt-$\Sigma$": a Greek-letter variant of a known model
        if variant and self.known.get(variant.group(1).lower()) == "Model":
            return "Model"
        return "System"


_SHAPE_CACHE = Memo()
# a model family's word at the end, or a vision backbone's before a variant: "SegFormer", "FastViT-SA12",
# "MobileViTv2x1.0" (not "MCUNetV2", a system)
MODEL_TAIL = re.compile(r"(?:former|Coder|GPT|BERT|ViT|Net)$|(?:ViT|former)-?[A-Za-z]{0,3}\d[\w.]*$")


_PROPOSING = re.compile(r"\b(?:we|this paper|this work)\b.*\b(?:propose|present|introduce|design|develop|name|call|"
                        r"term|dub)", re.I)
_INTRODUCING = re.compile(r"\b(?:we|this paper|this work)\b.*\b(?:proposing|introducing|presenting)\b", re.I)
_EXAMPLES = re.compile(r"\b(?:including|such as|e\.g\.)\s")
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?!we\b|is\b|are\b|was\b|were\b)[a-z]+")  # "..., that integrates"
_APPOSITIVE = re.compile(r"\w*\s+[A-Z][\w+.-]*(?:\s[A-Z][\w+.-]*){0,2}(?:\s*\([^()]{1,40}\))?\s*,\s+an?(?:\s|$)")


def _name_shape(text: str) -> bool:
    """Cached: could this word be an unlisted name (CamelCase, digits, caps, "-32B" sizes)?"""
    hit = _SHAPE_CACHE.get(text)
    if hit is None:
        hit = _SHAPE_CACHE.put(text, bool(_NAME_LIKE.match(text) or _SIZED.match(text)))
    return hit


def _case_variants(nlp: Language, patterns: list[str]) -> list[Doc]:
    """Each case-blind pattern as tokens, plus its lower- and upper-case forms where the tokenizer
    splits them otherwise: "ADE20K" is "ADE20" + "K", but "ADE20k" is one word."""
    docs = []
    for p in patterns:
        forms = {}
        for form in (p, p.lower(), p.upper()):
            d = nlp.tokenizer(form)
            forms.setdefault(tuple(t.lower_ for t in d), d)
        docs.extend(forms.values())
    return docs


_DATASET_NOUNS = frozenset({"dataset", "datasets", "benchmark", "benchmarks", "corpus", "suite", "collection"})
_EXAMPLE_WORDS = frozenset({"like", "including", "e.g."})
_COMPARING = frozenset({"than", "over", "versus", "vs", "vs.", "against", "outperforms", "outperforming", "outperform",
                        "beats", "including", "like", "e.g.", "surpasses", "surpassing"})
# "Time to First Chunk", "Quality of Experience", "Mean Time Between Failures": what links a measure to
# what it measures
_MEASURE_LINKS = frozenset({"to", "per", "of", "between"})
# the last word of a capitalised component name ("Online Scheduling Engine", "Priority Configurator")
_COMPONENT_NOUNS = frozenset({"engine", "scheduler", "manager", "allocator", "planner", "profiler", "controller",
                              "configurator", "drafter", "module", "scheme", "optimizer", "predictor", "runtime",
                              "compiler", "library", "framework"})
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
# heads of a Title Case long form that names a numerical method or a data layout, not a system
# ("Discrete Cosine Transform (DCT)", "Successive Overrelaxation (SOR)", "Bit-Parallel (BP)")
_METHOD_HEADS = frozenset({"transform", "transforms", "relaxation", "overrelaxation", "parallel", "serial",
                           "method", "methods", "algorithm"})
# the noun right before a rival's name: "the state-of-the-art method CEPE"
_RIVAL_KINDS = frozenset({"method", "methods", "baseline", "baselines", "approach", "approaches", "system", "systems",
                          "framework", "frameworks", "technique", "techniques"})
_CHIP_FAMILIES = frozenset({"Fermi", "Kepler", "Maxwell", "Pascal", "Volta", "Turing", "Ampere", "Ada",
                            "Ada Lovelace", "Hopper", "Blackwell", "Instinct"})


def sentence_starts(doc: Doc) -> list[int]:
    """For each token, the index of the first token of its sentence (one pass, no Span objects).

    Cached in doc.user_data (the `kg_sentences` component puts it there); for a Doc split
    by another component it is read once from the Doc's annotation."""
    key = ("kg_starts", len(doc))
    hit = doc.user_data.get(key)
    if hit is not None:
        return hit
    flags = doc.to_array("SENT_START").tolist() if doc.has_annotation("SENT_START") else [0] * len(doc)
    out, cur = [], 0
    for i, f in enumerate(flags):
        if f == 1:
            cur = i
        out.append(cur)
    doc.user_data[key] = out
    return out


def entity_tuples(doc: Doc) -> list[tuple[int, int, str, str]]:
    """doc.spans["entities"] as (start, end, label, id) word offsets: the entity component's
    own list while the span group is the one it wrote, else read from the Spans."""
    group = doc.spans.get("entities")
    mine = doc.user_data.get("kg_ents")
    if mine is not None and mine[0] is group:
        return mine[1]  # the tuples of this group, or of spans not written yet (group None)
    if group is None:
        return []
    return [(sp.start, sp.end, sp.label_, sp.id_) for sp in group]


def set_entities(doc: Doc, ents: list[tuple[int, int, str, str]]) -> None:
    """Write `doc.spans["entities"]` from (start, end, label, id) word offsets, sorted by start,
    and keep the tuples next to the group: later steps read them without Span objects."""
    add = doc.vocab.strings.add
    doc.spans["entities"] = [Span(doc, s, e, label=add(label), span_id=add(id_) if id_ else 0)
                             for s, e, label, id_ in ents]
    doc.user_data["kg_ents"] = (doc.spans["entities"], ents)


def _generic(text: str, not_names: frozenset[str]) -> bool:
    low = text.lower()
    return low in not_names or (low.endswith("s") and low[:-1] in not_names)


def _long_form(doc: Doc, paren: int, short: str, sent_start: int) -> tuple[int, int] | None:
    """Schwartz & Hearst style: the shortest preceding word run whose letters spell `short`."""
    letters = [c.lower() for c in short.rstrip("s") if c.isalnum()]
    if len(letters) < 2:
        return None
    max_words = min(len(letters) + 5, len(letters) * 2)
    start = paren
    words = 0
    while start > sent_start and words < max_words:
        t = doc[start - 1]
        if t.text == "," and start - 1 > sent_start and _title_list(doc, start - 2, paren):
            start -= 1  # "Rotate, Clip, and Partition (RCP)": a list of capitalised words names one thing
            continue
        if t.text in ("(", ")", ",", ";", ":", ".") or t.lower_ in ("we", "called", "named", "termed", "dubbed"):
            break
        start -= 1
        if t.text != "-":
            words += 1
        candidate = doc.span(start, paren).text
        if doc[start].text[:1].lower() == letters[0] and spells(candidate, letters):
            # extend over a glued hyphen prefix ("Processing-In-Memory")
            return start, paren
    return None


def spelled_out(short: str) -> str:
    """"P3" -> "PPP", "A3C" -> "AAAC": a short form whose digit repeats the capital before it;
    any other short form as it is."""
    return _POWER.sub(lambda m: m.group(1) * int(m.group(2)), short) if _POWER_SHORT.match(short) else short


def _capitals_spell(doc: Doc, paren: int, letters: str, sent_start: int) -> tuple[int, int] | None:
    """The word run before `paren` whose capitalised words start with `letters`, in order:
    "Priority-based Parameter Propagation (P3)", spelled PPP."""
    want = letters.lower()
    got = ""
    start = paren
    while start > sent_start and len(got) < len(want) and paren - start < 3 * len(want):
        t = doc[start - 1]
        if not (t.is_alpha or t.text == "-"):
            return None
        start -= 1
        if t.text[:1].isupper():
            got = t.text[0].lower() + got
    return (start, paren) if got == want else None


def _title_list(doc: Doc, start: int, end: int) -> bool:
    """Capitalised words joined by commas and "and" / "&" / "or" from `start` to `end`."""
    return all(t.text[:1].isupper() or t.text in (",", "and", "&", "or") for t in doc[start:end]) \
        and doc[start].text[:1].isupper()


def word_short_of(long_words: list[str], short: str) -> bool:
    """"Vision Centric Token Compression (Vist)": a one-capital short form of a Title Case long form
    of two words or more that spells it."""
    words = [w for w in long_words if w != "-"]
    return _WORD_SHORT.fullmatch(short) is not None and len(words) >= 2 and all(w[:1].isupper() for w in words) \
        and spells(" ".join(words), [c.lower() for c in short])


def spells(long_form: str, letters: list[str]) -> bool:
    """True when `letters` occur in order in `long_form`, the first at a word start."""
    lf = long_form.lower()
    pos = len(lf) - 1
    for k in range(len(letters) - 1, -1, -1):
        c = letters[k]
        while pos >= 0:
            if lf[pos] == c and (k > 0 or pos == 0 or not lf[pos - 1].isalnum()):
                break
            pos -= 1
        if pos < 0:
            return False
        pos -= 1
    # the long form must not carry many words that contribute no letter
    return True


def _norm_phrase(text: str) -> str:
    """Canonical form of a technique or metric phrase: lower case, singular last word."""
    norm = _NORMS.get(text)
    if norm is None:
        norm = _NORMS.put(text, _norm(text))
    return norm


_NORMS = Memo()


def _norm(text: str) -> str:
    t = re.sub(r"\s*-\s*", "-", text.lower()).strip()
    t = re.sub(r"\s+", " ", t)
    words = t.split(" ")
    last = words[-1]
    if len(last) > 4 and last.endswith("ies"):
        last = last[:-3] + "y"
    elif len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "ics")):
        last = last[:-1]
    words[-1] = last
    return " ".join(words)


def _select(cands: list[tuple], n: int) -> list[tuple]:
    """Greedy non-overlapping choice: higher priority first, then longer spans."""
    taken = [False] * n
    out = []
    # rank: class (definitions and named lists, then phrases, then discovered), length,
    # priority, start; the index keeps the sort stable
    order = sorted([(_CLASS[c[0]], c[1] - c[2], -c[0], c[1], i) for i, c in enumerate(cands)])
    for r in order:
        c = cands[r[4]]
        s, e = c[1], c[2]
        if s >= e or any(taken[s:e]):
            continue
        for k in range(s, e):
            taken[k] = True
        out.append(c)
    return out


_CLASS = {p: -(p if p >= P_ACRONYM else (2 if p >= P_PHRASE else 1)) for p in range(0, P_DEFINED + 1)}


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    while s < e and doc[s].is_punct and doc[s].text not in ("(",):
        s += 1
    while e > s and (doc[e - 1].is_punct and doc[e - 1].text not in ("++", "+", "!", ")")):
        e -= 1
    return s, e
