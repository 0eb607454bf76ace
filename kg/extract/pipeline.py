"""The Extractor: spaCy's blank English pipeline plus our components, Paper in, Extraction out.

Pipeline order: `kg_sentences` (spaCy's sentencizer rule, plus: the title and each
paragraph start a sentence), `kg_entities`, `kg_proposed`, then `kg_claims` when
kg.extract.claims is importable. The nlp object is built once per process and cached, since loading the
gazetteers is the only slow part.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import entities as _entities  # noqa: F401  (registers kg_entities)
from kg.extract.entities import ELIDED, GREEK_MARKUP, MODEL_TAIL, NAMED, entity_tuples, sentence_starts
from kg.extract.tokenmatch import set_sentences, table
from kg.extract import proposed as _proposed  # noqa: F401  (registers kg_proposed)
from kg.batching import batched
from kg.memo import Memo
from kg.records import Claim, Extraction, Mention, Paper
from kg.resolve import VENDORS

try:  # written by the claims engineer; the pipeline works without it
    from kg.extract import claims as _claims
    HAVE_CLAIMS = True
except ImportError:  # pragma: no cover - depends on the checkout
    HAVE_CLAIMS = False

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)

_VENDOR = re.compile(rf"^(?:{VENDORS}\s+)+", re.I)


@Language.factory("kg_sentences", default_config={"annotate": False})
def make_sentences(nlp: Language, name: str, annotate: bool):
    """Sentence starts from the word table (spaCy's sentencizer made a Token object per
    word), shared through the table and doc.user_data. `annotate=True` also writes them
    into the Doc (Token.is_sent_start, Doc.sents); our components do not need that."""
    def sentences(doc: Doc) -> Doc:
        tab = table(doc)
        bounds = tab.split(doc_text(doc))
        doc.user_data[("kg_starts", len(doc))] = tab.starts
        if annotate:
            set_sentences(doc, bounds)
        return doc
    return sentences


_COUNT_LETTERS = "|T|G|M|K|"


def _keep_name_counts(pattern: str) -> str:
    """spaCy's unit suffix ("32K" -> "32", "K") without the bare K, M, G and T after a name's
    hyphen, where they are part of the name."""
    if _COUNT_LETTERS not in pattern:
        return pattern
    return "(?:" + pattern.replace(_COUNT_LETTERS, "|") + r"|(?<=[0-9])(?<![A-Za-z]-[0-9])(?<![A-Za-z]-[0-9]{2})" \
        r"(?<![A-Za-z]-[0-9]{3})(?:T|G|M|K))"


_GREEK_MARKUP_WORD = re.compile(r"(?:[\w.+-]*" + GREEK_MARKUP + r")+[\w+-]*")


def build_nlp() -> Language:
    """A fresh pipeline (use `load_nlp` for the cached one)."""
    nlp = spacy.blank("en")
    # "{\lambda}Scale", "PIXART-{\delta}", "$\mu$-cuDNN": arXiv's markup for a Greek letter is part of the name;
    # "8xA100", "4×H100" and "8$\times$L40": the count is not part of the chip's name;
    # "\textbf{GNNAdvisor}": LaTeX markup around a name, kept by abstracts copied from papers
    glued = {r"\{": r"\{(?!\\[A-Za-z]+\})", r"\$": r"\$(?!\\[A-Za-z]+\$)"}
    prefixes = [glued.get(p, p) for p in nlp.Defaults.prefixes] + [
        r"\d+(?:[x×]|times|\$\\times\$|×\\times)(?=[A-Z])",
        r"\\(?:textbf|textit|texttt|textsc|emph|mathrm|mathsf|mathbf|text)\{"]
    nlp.tokenizer.token_match = _GREEK_MARKUP_WORD.fullmatch
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    # "LLaMA3.1-70B." and "DeiT-S." end a sentence; "C++/CUDA" and "MPI+OpenMP" are two names;
    # a citation glued to a name ("MobileNetV2-1.3[17]") is not part of it
    # "Ansor-10K", "Qwen2.5-7B-Instruct-1M": a count glued by a hyphen to a name keeps its K or M
    # ("I/O." and "with N." end one too: spaCy keeps a period after a single capital as an initial's)
    suffixes = [_keep_name_counts(p) for p in nlp.Defaults.suffixes] + [r"(?<=\d[A-Za-z])\.", r"(?<=\w-[^\W\d_])\.",
                                                                       r"(?<=\w/[^\W\d_])\.", r"(?<=^[A-Z])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[+#])/(?=[A-Za-z])", r"(?<=[A-Za-z])\+(?=[A-Z][A-Za-z])",
                                             # "Qwen3-8B/0.6B": a model and its draft (not "a 3B/16B model")
                                             r"(?:(?<=-\d[BMK])|(?<=-\d\d[BMK])|(?<=-\d\d\d[BMK]))/(?=\d)",
                                             r"(?<=[A-Za-z0-9])\[(?=\d)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # "TensorRT–LLM", "key–value cache": an en dash split off between two words reads as the hyphen
    nlp.vocab["–"].lower_ = "-"
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_entities", config={"write_spans": False})  # kg_proposed writes them
    nlp.add_pipe("kg_proposed", config={"write_spans": False})  # entities stay tuples: see kg.extract.proposed
    if HAVE_CLAIMS and "kg_claims" in spacy.registry.factories.get_all():
        nlp.add_pipe("kg_claims")
    elif HAVE_CLAIMS:
        try:
            nlp.add_pipe("kg_claims")
        except (ValueError, KeyError):  # pragma: no cover
            pass
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline for this process."""
    return build_nlp()


class Extractor:
    """Runs the pipeline over Papers and turns each Doc into an Extraction."""

    def __init__(self, nlp: Language | None = None):
        self.nlp = nlp or load_nlp()

    def _doc(self, paper: Paper) -> Doc:
        text = paper.text
        doc = self.nlp.make_doc(text)
        doc.user_data["kg_text"] = text  # = Doc.text, which would join every token again
        doc.user_data["kg_title_end"] = len(paper.title) if paper.title else 0
        return doc

    def _pairs(self, papers: Iterable[Paper]) -> Iterator[tuple[Paper, Doc]]:
        """Each paper with its Doc after every component, in order. The components work one
        Doc at a time, so they are called directly: spaCy's nlp.pipe chains a generator per
        component per Doc around the same calls (7% of the extraction time)."""
        procs = [proc for _, proc in self.nlp.pipeline]
        for paper in papers:
            doc = self._doc(paper)
            for proc in procs:
                doc = proc(doc)
            yield paper, doc

    def extract(self, paper: Paper) -> Extraction:
        return to_extraction(*next(self._pairs([paper])))

    def pipe(self, papers: Iterable[Paper], batch_size: int = 64, n_process: int = 1) -> Iterator[Extraction]:
        """Extractions in input order. With n_process > 1, batches of `batch_size` papers go to
        worker processes that each run this pipeline (spaCy's own multiprocessing cannot ship
        our Claim objects)."""
        if n_process > 1:
            yield from _pool_pipe(papers, batch_size, n_process)
            return
        for paper, doc in self._pairs(papers):
            yield to_extraction(paper, doc)


def _extract_batch(items: list[tuple[str | None, str | None]]) -> list[tuple]:
    """Worker side: (title, abstract) pairs in, compact result tuples out.

    Only text and plain tuples cross the process boundary: papers go as two strings,
    mentions as rows with each evidence sentence once, claims as field tuples
    (unpickling dataclasses in the parent cost as much as extracting)."""
    out = []
    ex = Extractor()
    for _, doc in ex._pairs(Paper(title=t, abstract=a, sources=[]) for t, a in items):
        sents: dict[str, int] = {}
        ms = [(t, label, a, b, sents.setdefault(sent, len(sents)), c) for t, label, a, b, sent, c in mention_rows(doc)]
        claims = [_claim_fields(c) for c in (doc._.claims or [])] if Doc.has_extension("claims") else []
        out.append((ms, list(sents), list(doc._.proposed or []), claims))
    return out


_claim_fields = attrgetter(*[f.name for f in fields(Claim)])


def _pool_pipe(papers: Iterable[Paper], batch_size: int, n_process: int) -> Iterator[Extraction]:
    """Batches of papers to a pool of forked workers (each with the pipeline already loaded
    by the parent), results rebuilt here around the caller's own Paper objects, in order."""
    import multiprocessing as mp
    from collections import deque

    load_nlp()  # forked workers inherit the loaded pipeline instead of each building one
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    pending: deque[list[Paper]] = deque()

    def texts():
        for batch in batched(papers, max(1, batch_size)):
            pending.append(batch)
            yield [(p.title, p.abstract) for p in batch]

    with ctx.Pool(n_process) as pool:
        for results in pool.imap(_extract_batch, texts()):
            batch = pending.popleft()
            for paper, (ms, sents, proposed, claims) in zip(batch, results):
                mentions = [Mention(text, label, start, end, sents[k], canonical)
                            for text, label, start, end, k, canonical in ms]
                yield Extraction(paper=paper, mentions=mentions, proposed=proposed,
                                 claims=[Claim(*c) for c in claims])


def doc_text(doc: Doc) -> str:
    """The Doc's text, built at most once and shared by the components."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def to_extraction(paper: Paper, doc: Doc) -> Extraction:
    """Mentions with char offsets into Paper.text and their evidence sentence."""
    mentions = [Mention(*row) for row in mention_rows(doc)]
    claims = list(doc._.claims or []) if Doc.has_extension("claims") else []
    return Extraction(paper=paper, mentions=mentions, proposed=list(doc._.proposed or []), claims=claims)


def mention_rows(doc: Doc) -> list[tuple]:
    """The Doc's mentions as (text, label, start, end, sentence, canonical) rows, the Mention
    fields in order.

    Offsets and sentences are cut from the Doc's text with the word table's offsets:
    slicing Spans would build a Token object per word of every evidence sentence.
    """
    rows = []
    ents = entity_tuples(doc)
    if ents:
        full = doc_text(doc)
        tab = table(doc)
        idx, texts = tab.idx, tab.texts
        starts = sentence_starts(doc)
        sents: dict[int, str] = {}
        for s, e, label, canonical in ents:
            start, end = idx[s], idx[e - 1] + len(texts[e - 1])
            text = full[start:end]
            canonical = canonical or None
            if canonical and canonical.startswith(ELIDED):  # "tensor" of "tensor and pipeline parallelism"
                text = canonical = canonical[len(ELIDED):]
            if label == "Hardware":
                start, end, text = _narrow_hardware(text, start, canonical)
            elif label == "Technique" and _WITHOUT.search(full, max(0, start - 30), start):
                continue  # "without any fine-tuning": a technique the paper does not use
            a = starts[s]
            sent = sents.get(a)
            if sent is None:
                b = bisect_right(starts, a, s + 1)  # starts never decrease: the sentence's end
                sent = sents[a] = full[idx[a]:idx[b]].strip()
            rows.append((text, label, start, end, sent, canonical))
        rows = [r for r, keep in zip(rows, _specific([(r[0], r[1]) for r in rows])) if keep]
    claims = doc._.claims if Doc.has_extension("claims") else None
    if claims:
        rows += _baseline_rows(doc, rows, claims)
    return rows


def _baseline_rows(doc: Doc, rows: list[tuple], claims) -> list[tuple]:
    """A name the claims compare against that no gazetteer knows ("Hotline", "FAE") is a
    named entity too (the guideline lists every named baseline): a System row, or Hardware
    when a chip word goes with it, at its first place in the claim's sentence."""
    todo = [c for c in claims if c.baseline and c.start >= 0]
    if not todo:
        return []
    name_key = _claims.name_key  # (claims exist, so the claims module is loaded)
    known = {name_key(r[0]) for r in rows} | {name_key(r[5]) for r in rows if r[5]}
    texts = {r[0] for r in rows if r[1] in NAMED}
    full = doc_text(doc)
    out = []
    for c in todo:
        name = c.baseline
        if name_key(name) in known:
            continue
        chip = _CHIP_WORD.search(name)  # "MNNFast accelerator", "Graphcore IPU Bow": hardware
        if chip and chip.start() > 0 and name[chip.start() - 1] == " " and chip.end() == len(name):
            name = name[:chip.start() - 1]
        key = name_key(_VENDOR.sub("", name))
        if not key or key in known or any(w in texts for w in name.split()):
            continue  # (a known name with a word beside it, "cuSPARSE COO", is that name again)
        a = full.rfind(c.evidence, 0, c.end) if c.evidence else -1
        k = full.find(name, max(a, 0), a + len(c.evidence) if a >= 0 else len(full))
        if k < 0:
            continue
        known.add(key)
        chip = chip or _CHIP_AFTER.match(full, k + len(name))  # "the A3 accelerator"
        label = "Hardware" if chip else "Model" if MODEL_TAIL.search(name) else "System"  # "MobileViTv2x1.0"
        out.append((name, label, k, k + len(name), c.evidence, None))
    return out


_CHIP = r"(?:accelerators?|[CGITNX]PUs?|FPGAs?|chips?|processors?)\b"
_CHIP_AFTER = re.compile(r"\s+" + _CHIP)
_CHIP_WORD = re.compile(r"\b" + _CHIP)


_PHRASE_LABELS = ("Technique", "Metric")
_WITHOUT = re.compile(r"\b(?:without|no need for|no)(?: any| additional| extra| further| costly| expensive)?\s+$", re.I)


def most_specific(mentions: list[Mention]) -> list[Mention]:
    """Drop a bare one-word technique/metric ("latency") when the paper also names it more
    specifically ("prefill latency"): the guideline lists each entity once, by its most
    specific name, and the bare word is a repeat of the modified one. Longer phrases stay:
    "speculative decoding" and "adaptive speculative decoding" are two methods."""
    return [m for m, keep in zip(mentions, _specific([(m.text, m.label) for m in mentions])) if keep]


def _specific(pairs: list[tuple[str, str]]) -> list[bool]:
    """For (text, label) pairs: keep each, unless `most_specific` drops it."""
    tails: dict[str, set[str]] = {}  # per label: the last words of its multi-word keys
    for text, label in pairs:
        if label in _PHRASE_LABELS:
            k = _words_key(text)
            tails.setdefault(label, set())
            if " " in k:
                tails[label].add(k.rsplit(" ", 1)[1])
    if not any(tails.values()):
        return [True] * len(pairs)
    # a one-word key is dropped when another key of its label ends with " " + it
    return [not (label in _PHRASE_LABELS and (k := _words_key(text)) in tails[label] and " " not in k)
            for text, label in pairs]


def _words_key(text: str) -> str:
    k = _KEYS.get(text)
    if k is None:
        t = _SPACED_HYPHEN.sub("-", text.lower()).strip()
        k = _PLURAL_S.sub("", t)
        _KEYS.put(text, k)
    return k


_KEYS = Memo()
_SPACED_HYPHEN = re.compile(r"\s*-\s*")
_PLURAL_S = re.compile(r"(?<=[a-z]{3})s$")


def _narrow_hardware(text: str, start: int, canonical: str | None) -> tuple[int, int, str]:
    """"8xA100s" -> "A100": keep the chip's name as written, without vendor or count."""
    if canonical:
        k = text.lower().find(canonical.lower())
        if k >= 0:
            return start + k, start + k + len(canonical), text[k:k + len(canonical)]
    m = _VENDOR.match(text)
    if m:
        text, start = text[m.end():], start + m.end()
    return start, start + len(text), text
