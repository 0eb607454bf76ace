"""The `kg_proposed` component: which named system(s) the paper itself introduces.

Two general signals: the title's "X: what it does" prefix, and "we propose/present/
introduce X" (or "... called X") in the abstract. Found names are added to
the Doc's entities when the entity component missed them, and listed in
`doc._.proposed`. With `write_spans=False` the entities stay word-offset tuples
(`entity_tuples(doc)` reads them) and no Span object is made: the Extractor's
pipeline reads only the tuples, and Spans were a tenth of its time.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.entities import (GREEK_MARKUP, MODIFIER_TAILS, NAMED, PLURAL_ACRONYM, PRECISION, VERSION_WORD,
                                 entity_tuples, sentence_starts, set_entities, spelled_out, word_short_of)
from kg.extract.patterns import PATTERN_DIR, entity_rows, lexicon
from kg.extract.tokenmatch import table

if not Doc.has_extension("proposed"):
    Doc.set_extension("proposed", default=None)

_VERBS = re.compile(r"^(propose|proposes|proposed|proposing|present|presents|presented|presenting|introduce|"
                    r"introduces|introduced|introducing|"
                    r"develop|develops|developed|design|designs|designed|build|builds|built|describe|describes|"
                    r"implement|implements|implemented|create|creates|created|release|released|devise|devises|"
                    r"devised|building|designing|developing|implementing|creating|"
                    r"engineer|engineered|engineers)$", re.I)
_VERB_WORDS = frozenset(_VERBS.pattern[2:-2].split("|"))  # the same words, by one set lookup
_NAMING = frozenset({"called", "named", "termed", "dubbed", "coined"})
# the verbs that end an "our ..." phrase: "our fused kernel outperforms PyTorch" names no part of ours
_CLAIM_VERBS = frozenset({
    "outperforms", "achieves", "reduces", "improves", "delivers", "provides", "beats", "surpasses", "exceeds",
    "speeds", "accelerates", "runs", "yields", "enables", "attains", "obtains", "offers", "shows", "uses",
    "supports", "requires", "reaches", "saves", "cuts", "lowers", "boosts", "scales", "matches", "brings",
    "gives", "increases", "decreases", "outperformed", "achieved", "reduced", "improved", "delivered", "provided"})
_REFER = frozenset({"refer", "refers", "referred"})
_TRIGGERS = _VERB_WORDS | _NAMING | {"our", "its"}  # the words _from_abstract acts on
# "we propose using embedded DRAM (eDRAM) as ...", "a pipeline designed to accelerate Vision Transformers
# (ViTs)": what follows is put to use, or is the purpose, not what is proposed
_PUT_TO_USE = frozenset({"using", "leveraging", "employing", "adopting", "exploiting", "applying", "utilizing",
                         "utilising", "reusing", "to"})
_BUILT_ON = frozenset({"based", "built", "atop", "extending", "extends", "via"})
_SKIPPABLE = {"a", "an", "the", "new", "novel", "our", "first", "simple", "efficient", "lightweight", "practical",
              "general", "generic", "unified", "scalable", "fast", "flexible", "system", "framework", "approach",
              "method", "technique", "library", "tool", "compiler", "engine", "runtime", "algorithm", "scheme",
              "design", "called", "named", "termed", "dubbed", "which", "we", "is", "here", "herein", "thus",
              "therefore", "also", "further", "then", "finally", "to", "this", "end", ",", "address", "these",
              "challenges", "issues", "limitations"}
_PARTS_AHEAD = {"which", "that", ":", "comprises", "comprising", "consists", "consisting", "including", "includes"}
_SPEAKERS = {"we", "this", "our"}
_SELF = {("this", "paper"), ("this", "work"), ("this", "article"), ("this", "report"), ("this", "technical"),
         ("this", "study"), ("this", "thesis"), ("our", "work"), ("our", "paper")}
_NAME_TOKEN = re.compile(r"^(?:[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*|[A-Z][A-Za-z0-9]*[0-9A-Z][A-Za-z0-9]*|[A-Z][a-z]+)$")
# compiled once (re's own cache costs a lookup per call)
# "X: what it does", "X -- what it does", after a series' "Part II:"
_TITLE_PREFIX = re.compile(r"^\s*(?:Part\s+(?:[IVX]+|\d+)\s*:\s*)?(.+?)(?::\s| --? | — | – )")
_TITLE_APPOSITION = re.compile(r"^\s*(\S+(?: \S+)?),\s+(?:an?|the)\s")
_DOTTED_NAME = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+")
_ARTICLE = re.compile(r"\s*(?:The|the|A|An)\s+")
_SURVEY = re.compile(r"(?:An?\s+)?(?:Survey|Review|Overview|Tutorial|Primer)\b", re.I)
_DISTINCTIVE = re.compile(r"[A-Z].*[A-Z0-9]|[a-z][A-Z]")
_CAPITAL = re.compile(r"[A-Z]")
_NOT_FOLDED = re.compile(r"[^a-z0-9-]")
_OUR_NAME = re.compile(r"[A-Z][A-Z0-9-]{2,}|[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*")
# two capitals, a digit, or a capital beside a Greek letter's markup ("{\lambda}Scale", "PIXART-{\delta}")
_NAME_MARK = re.compile(r"[A-Z].*[A-Z]|\d|" + GREEK_MARKUP + "[A-Z]|[A-Z][A-Za-z0-9]*-?" + GREEK_MARKUP)
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
_PLAIN_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")  # "Real-Time", "Spatial-Temporal"
_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*")  # "Head-first", "Swizzled"
_SIZE_WORD = re.compile(r"\d+(?:\.\d+)?[BMT](?:/\d+(?:\.\d+)?[BMT])*")  # "3B", "3B/16B": a model's size
_LATEX_OPEN = re.compile(r"\\[a-z]+\{")  # "\textbf{", "\emph{": markup the tokenizer splits off a name
_DIGIT_LED_NAME = re.compile(r"\d+[A-Za-z]*[A-Z][A-Za-z]*[A-Z]")  # "4DGS", "3DGS-SLAM", not "3D"
_GREEK_LEAD = re.compile(r"[µα-ω][a-zA-Z]")  # a Greek letter for a unit or variable opens the name
_LOWER_TITLE_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-._][a-z0-9]+)*")  # "ndzip-gpu", "chemtrain-deploy"
_LOWER_NAME = re.compile(r"[a-z]+\d[a-z0-9]*")  # "hls4ml", "word2vec": a coined lower-case name with a digit
_SHORT_FORM = re.compile(r"(?=.*[A-Z].*[A-Z])[A-Za-z][A-Za-z0-9+\-]{1,11}")
_BENCH_NAME = re.compile(r"(Bench|bench|Eval)(\+\+)?$")
_DATASET_AFTER = re.compile(r"(dataset|benchmark|corpus)")
_MODEL_NAME = re.compile(r"(former|ViT|Net)(-\d+[BM]?)?$")
_OPEN_QUOTES = {'"', "“", "``"}
_CLOSE_QUOTES = {'"', "”", "''"}
_APPOSITION = re.compile(r"\s*(?:a|an|the)\s", re.I)
_PHRASE_OPENERS = frozenset({"toward", "towards", "beyond", "on", "why", "how", "when", "what", "is", "are", "do",
                             "does", "can", "no", "not", "all", "every", "less", "more", "dont", "stop", "make", "let",
                             "keep", "think", "rethink"})
_CLASS_PLURALS = frozenset({"models", "systems", "networks", "agents", "transformers", "machines", "accelerators",
                            "computers", "processors", "architectures"})
_TOOL_PREPS = frozenset({"with", "using", "via", "through", "by"})
_HEAD_END = re.compile(r"\s(?:for|of|on|in|with|via|through|to|from|by|using|towards?|as|at)\s", re.I)


def title_end(doc: Doc, text: str | None = None) -> int:
    """Char offset where the title ends (0 when the text has no title line); the Extractor
    puts it in doc.user_data["kg_title_end"] (a plain key: a Doc._ value costs more)."""
    end = doc.user_data.get("kg_title_end")
    if end is not None:
        return end
    head, sep, _ = (doc.text if text is None else text).partition("\n\n")
    if sep and len(head) < 300 and not head.rstrip().endswith("."):
        return len(head)
    return 0


@Language.factory("kg_proposed", default_config={"patterns_dir": None, "write_spans": True})
def make_proposed(nlp: Language, name: str, patterns_dir: str | None, write_spans: bool):
    return ProposedFinder(nlp, name, patterns_dir, write_spans)


class ProposedFinder:
    def __init__(self, nlp: Language, name: str = "kg_proposed", patterns_dir: str | None = None,
                 write_spans: bool = True):
        self.name = name
        self.write_spans = write_spans
        lex = lexicon(str(patterns_dir or PATTERN_DIR))
        self.common = lex["title_common"]
        self.not_names = lex.get("not_names", frozenset())
        self.stop = nlp.Defaults.stop_words
        self.generic_tails = lex["generic_tails"]
        rows = [r for r in entity_rows(str(patterns_dir or PATTERN_DIR)) if isinstance(r["pattern"], str)]
        self.known_chips = {r["pattern"].lower() for r in rows if r["label"] == "Hardware"}
        self.listed = {r["pattern"].lower() for r in rows if r["label"] in NAMED}
        self.methods = {r["pattern"].lower() for r in rows if r["label"] not in NAMED}

    def __call__(self, doc: Doc) -> Doc:
        ents = entity_tuples(doc)
        names: list[str] = []
        text = doc.user_data.get("kg_text")
        if text is None:  # Doc.text joins every token: build it once, share it
            text = doc.user_data["kg_text"] = doc.text
        self._text = text
        tab = table(doc)
        tend = title_end(doc, text)
        self._title = text[:tend]
        self._title_low = self._title.lower()
        self._titled: set[tuple[int, int]] = set()  # words taken as a name over a phrase: titled or quoted
        found = []
        hint = None
        if tend:
            t = self._from_title(tab, tend)
            if t is not None:
                found.append((t[0], t[1], None))
                hint = _title_hint(text[tab.idx[t[1] - 1]:tend])
        got = self._from_abstract(doc, tab, tend, found[0][:2] if found else None)
        if hint == "Model":  # (a hint comes only with the title's name, found[0])
            own_words = tab.lowers[found[0][0]:found[0][1]]
            if any(_system_before(tab.lowers, g[0]) and tab.lowers[g[0]:g[1]] == own_words for g in got):
                hint = None  # "...: speech foundation models" over "we present a novel framework, WhisperFlow"
        if got:
            phrase_tokens = {i for s, e, label, _ in ents if label in ("Technique", "Metric") for i in range(s, e)}
            introduced = [(s, e, kind) for s, e, kind in got
                          # an existing chip, or a technique, is not what the paper introduces (a listed model may be
                          # the paper's own: "we introduce GraphCast")
                          if _text(tab, text, s, e).lower() not in self.known_chips
                          and ((s, e) in self._titled or not all(i in phrase_tokens for i in range(s, e))
                               or _title_case(tab.texts[s:e]))]
            if introduced and found:
                own = _text(tab, text, found[0][0], found[0][1])
                if text.lower().find(own.lower(), tend) < 0:
                    found = []  # "The Big Send-off: ..." never named again, "we introduce ... (PCCL)": a pun
                else:  # "We propose GE-SpMM1" under "GE-SpMM: ...": a footnote mark glued to the title's name
                    introduced = [g for g in introduced if not _footnoted(_text(tab, text, g[0], g[1]), own)]
            found += introduced
        new = ents
        ids: set[str] = set()
        for k, (s, e, kind) in enumerate(found):
            if k == 0 and hint and tend and _text(tab, text, s, e).lower() in self.listed:
                hint = None  # "GShard: Scaling Giant Models ...": a listed system keeps its type
            if k == 0 and tend and kind is None and hint is None:
                kind = _later_appositive(tab, s, e)
            span, new = _as_entity(tab, text, s, e, new, kind or (hint if k == 0 and hint and tend else None),
                                   self.known_chips)
            name = _text(tab, text, span[0], span[1])
            same = (span[3] or name).lower()  # "... Predictability (ORBIT)": two names, one entity
            if name.lower() not in (n.lower() for n in names) and same not in ids:
                names.append(name)
                ids.add(same)
        doc._.proposed = names
        if new is not ents:
            new = sorted(new, key=_first)
        if not self.write_spans:
            doc.user_data["kg_ents"] = (None, new)  # what entity_tuples reads while no group is written
        elif new != ents or "entities" not in doc.spans:
            set_entities(doc, new)
        return doc

    def _from_title(self, tab, tend: int) -> tuple[int, int] | None:
        title = self._text[:tend]
        m = _TITLE_PREFIX.match(title) or _TITLE_APPOSITION.match(title)  # "NekRS, a GPU-accelerated ... solver"
        if not m or _SURVEY.match(title, m.end()):
            return None  # "Stop Overthinking: A Survey on ...": a survey's slogan names nothing
        prefix_end = m.end(1)
        prefix = m.group(1)
        start_char = 0
        if "," in prefix:
            if _APPOSITION.match(prefix, prefix.index(",") + 1):
                # "DistilBERT, a distilled version of BERT: ...": the name, then what it is
                prefix = prefix[:prefix.index(",")]
                prefix_end = m.start(1) + len(prefix)
            else:
                start_char = prefix.rindex(",") + 1
        pre = prefix[start_char:]
        lead = _ARTICLE.match(pre)
        if lead:
            start_char += lead.end()
        span = _char_span(tab, start_char + len(pre) - len(pre.lstrip()) if not lead else start_char, prefix_end)
        if span is None:
            return None
        s, e = span
        words = _text(tab, self._text, s, e).split()
        if self._title_name_ok(words) or (start_char == 0 and self._lower_title_name(words)):
            return s, e
        # "... with C4: A Communication-Driven Approach": a distinctive last word
        last = tab[e - 1]
        # (not the object of a title's verb: "Demystifying NCCL: ...", "Exploring and Evaluating Real-world CXL: ..."
        # study it; but "Accelerating LLM Inference with FooServe: ..." names the tool)
        # (nor a plural acronym, a class of things: "Communication Offloading on SmartNIC DPUs: ...")
        # (nor what the work is for: "Hierarchical Patch Compression for ColPali: ...")
        if _DISTINCTIVE.search(last.text) and last.lower_ not in self.not_names and \
                not (self._title_verb(words[0]) and (len(words) == 2 or words[-2].lower() not in _TOOL_PREPS)) \
                and not PLURAL_ACRONYM.fullmatch(last.text) \
                and not (len(words) > 2 and any(w.lower() in ("for", "of", "on", "in", "to") for w in words[-3:-1])):
            return e - 1, e
        return None

    def _title_name_ok(self, words: list[str]) -> bool:
        if not words or len(words) > 4:
            return False
        if any(w.islower() and w in self.stop for w in words):
            return False
        if not all(w[:1].isupper() or w[:1].isdigit() or _CAPITAL.search(w) or (k and VERSION_WORD.match(w))
                   or (k == 0 and _GREEK_LEAD.match(w))  # "µnit Scaling: ...", "μP"
                   or (w == "&" and 0 < k < len(words) - 1) for k, w in enumerate(words)):
            return False  # (a version after the name is part of it: "Eyeriss v2"; "Draft & Verify")
        folded = [_NOT_FOLDED.sub("", w.lower()) for w in words]
        if all(f in self.common or f in self.not_names for f in folded):
            return False
        if len(words) == 1 and folded[0].endswith("ing") and words[0][1:].islower() and words[0].isalpha():
            return False  # "Rethinking: ...", not "MoE-Lightning: ..."
        if self._title_verb(words[0]):
            return False  # "Demystifying NCCL: ...": what the paper studies, not what it proposes
        if len(words) > 1 and folded[0] in _PHRASE_OPENERS:
            return False  # "Toward Compiler World Models: ...", "Beyond Speedup: ...": a phrase, not a name
        if len(words) > 1 and folded[-1] in _CLASS_PLURALS and all(_PLAIN_WORD.fullmatch(w) for w in words):
            return False  # "Pocket Foundation Models: Distilling ...": a kind of thing, not one named
        if len(words) > 1 and words[0].lower().endswith(MODIFIER_TAILS):
            return False  # "GPU-Accelerated Quantum Simulation: ...", "Trace-Driven HPC Scheduling": a topic
        common = sum(f in self.common for f in folded)
        if len(words) >= 3 and folded[0] in self.common and folded[-1] in self.common and 2 * common > len(words):
            return False  # "Deep Recommender Models Inference": a topic, not a name
        return True

    def _lower_title_name(self, words: list[str]) -> bool:
        """"chemtrain-deploy: A ... framework", "ndzip-gpu: ...": a title that opens in lower case
        opens with a coined name (titles are capitalised)."""
        return len(words) == 1 and _LOWER_TITLE_NAME.fullmatch(words[0]) is not None \
            and _NOT_FOLDED.sub("", words[0]) not in self.common and words[0] not in self.not_names \
            and words[0] not in self.methods  # ("pruning: ...")

    def _title_verb(self, word: str) -> bool:
        """Is this title word a verb a title opens with ("Demystifying", "Accelerating", "Challenging")?
        (A long plain gerund is one even when the word list lacks it.)"""
        folded = _NOT_FOLDED.sub("", word.lower())
        return folded.endswith("ing") and (folded in self.common or (
            len(word) >= 7 and (_PLAIN_WORD.fullmatch(word) or _PLAIN_COMPOUND.fullmatch(word)) is not None
            and folded not in self.listed))  # ("Ground-Truthing AI Energy Consumption: ...")

    def _from_abstract(self, doc: Doc, tab, tend: int, titled: tuple[int, int] | None) -> list[tuple[int, int]]:
        """Names after a proposing verb, in the sentences where the authors speak ("we",
        "this paper", ...) or the system the title names does ("MoE-Lightning introduces a novel
        schedule, CGOPipe"): only those sentences are read."""
        out = []
        lowers = tab.lowers
        starts = sentence_starts(doc)
        n = len(lowers)
        first_word = bisect_left(tab.idx, tend) if tend else 0
        todo = []
        heads = sorted(set(starts[first_word:]))  # each sentence's first word
        if titled is not None:
            own = lowers[titled[0]:titled[1]]
            size = len(own)
            for a in heads:
                if lowers[a:a + size] == own and a + size < n and lowers[a + size] in _VERB_WORDS:
                    todo.append(a)
        for k in [k for k, w in enumerate(lowers) if w in _SPEAKERS]:
            w = lowers[k]
            if w == "we" or (k + 1 < n and (w, lowers[k + 1]) in _SELF and starts[k + 1] == starts[k]):
                a = starts[k]
                if a >= first_word and a not in todo:
                    todo.append(a)
        # "The resulting implementation, dubbed FlashLinearAttention, ...": the paper's own, named
        for a in heads:
            if lowers[a] == "the" and a + 1 < n and lowers[a + 1] in ("resulting", "proposed") and a not in todo:
                todo.append(a)
        # "the transformed ViT, termed ViT-UHD, demonstrates ...": a name set off by "termed" or "dubbed" is
        # the paper's own whoever speaks
        for k in [k for k, w in enumerate(lowers) if w in ("termed", "dubbed") and k and lowers[k - 1] == ","]:
            if starts[k] >= first_word and starts[k] not in todo:
                todo.append(starts[k])
        # "Our offloading scheme (PNM-KV) ...", "Its parameter server framework, AgileML, ...": a sentence
        # that opens with "Our" or "Its" is read for that phrase only
        ours = {a for a in heads if lowers[a] in ("our", "its") and a not in todo}
        out += [g for g in (self._self_described(tab, a, bisect_right(starts, a, a + 1)) for a in heads
                            if a >= first_word) if g is not None]
        todo = sorted(todo + list(ours))
        for a in todo:
            b = bisect_right(starts, a, a + 1)  # starts never decrease: the sentence's end
            toks = tab[a:b]
            words = lowers[a:b]
            if "as" in words:  # "which we refer to as WSP" names it as "called WSP" does
                for k in range(2, len(words)):
                    if words[k] == "as" and words[k - 1] == "to" and words[k - 2] in _REFER:
                        words[k] = "called"
            for k in [k for k, low in enumerate(words) if low in _TRIGGERS and (k == 0 or a not in ours)
                      and (low != "its" or a in ours)]:
                low = words[k]
                if low in ("our", "its"):  # "our novel profiler SKIP", "Its BidBrain component"
                    defined = self._defined_after(toks, k + 1, a)  # "Our PNM-only offloading scheme (PNM-KV)"
                    if defined is not None:
                        out.append((*defined, None))
                        out += self._conjoined(tab, toks, words, defined[1] - a, a)
                        continue
                    for j in range(k + 1, min(k + 5, len(toks))):
                        w = toks[j]
                        if _OUR_NAME.fullmatch(w.text) and w.lower_ not in self.not_names \
                                and not (j + 1 < len(toks) and toks[j + 1].text == "-" and not w.whitespace_):
                            out.append((a + j, a + j + 1, None))
                            break
                        if w.text == "," and j > k + 1 and j + 1 < len(toks):  # "Our approach, SwitchML, reduces"
                            got = self._set_off_name(tab, toks, j + 1, a, (",", "("))
                            if got is not None:
                                out.append((*got, None))
                            break
                        if not w.is_lower or w.lower_ in self.stop or w.lower_ in _CLAIM_VERBS:
                            # "our algorithm with OPT": a name after a preposition is another's;
                            # "our fused kernel outperforms PyTorch": so is one after the verb
                            break
                    continue
                if low.endswith("ing") and (k == 0 or words[k - 1] != "by"):
                    continue  # "by proposing X" proposes X; "and introducing X" lists a part
                if k + 1 < len(words) and words[k + 1] in _PUT_TO_USE:
                    continue
                if low == "called" and k > 1 and words[k - 1] == "-" and words[k - 2] == "so":
                    continue  # 'the so-called "complexity"' names nothing new
                if low not in _NAMING and not _NAMING.isdisjoint(words[k + 1:]):
                    continue  # "we propose a new X framework called Y": Y is the name
                got = self._name_after(tab, toks, k + 1, low in _NAMING, a)
                if got is None and low not in _NAMING:
                    got = self._described_name(tab, toks, k + 1, a)
                    if got is not None:
                        out.append(got)
                        out += self._conjoined(tab, toks, words, got[1] - a, a)
                        continue
                if got is not None:
                    kind = _KIND_HINT.get(toks[k - 1].lower_) if low in _NAMING and k > 0 else None
                    out.append((got[0], got[1], kind or _appositive_hint(tab, got[1], b)))
                    out += self._conjoined(tab, toks, words, got[1] - a, a)
        return out

    def _self_described(self, tab, a: int, b: int) -> tuple[int, int, None] | None:
        """"DrTM is a fast in-memory transaction processing system that ...", "X is the first ...": a
        sentence that opens with an unlisted name and describes it as a new artifact introduces it. A
        listed name, a plain word, or a description of something established ("HDF5 is a widely used
        I/O library", "FedAvg is a FL algorithm ..., however it suffers from ...") introduces nothing.
        Words a to b are the sentence."""
        texts, lowers = tab.texts, tab.lowers
        e = _name_end(tab, a + 1)
        if e + 2 >= b or lowers[e] != "is" or lowers[e + 1] not in ("a", "an", "the"):
            return None
        name = _text(tab, self._text, a, e)
        if not (_NAME_TOKEN.match(texts[a]) or _NAME_MARK.search(texts[a])) or _PLAIN_WORD.fullmatch(name) \
                or name.lower() in self.listed or lowers[a] in self.not_names or lowers[a] in self.stop:
            return None
        for j in range(e + 2, min(e + 14, b)):
            low = lowers[j]
            if low in _ESTABLISHED:
                return None
            if low in ("first", "novel", "new") or low in _ARTIFACT_HEADS:
                return None if _ESTABLISHED.intersection(lowers[j:b]) else (a, e, None)
            glued = "-" in (lowers[j - 1], lowers[j + 1] if j + 1 < b else "")  # "in-memory"
            if not (texts[j].isalpha() or low in ("-", "/")) or (low in _APPOSITIVE_STOP and not glued):
                return None
        return None

    def _set_off_name(self, tab, toks: list, j: int, base: int, after: tuple[str, ...]) -> tuple[int, int] | None:
        """A name at toks[j] that one of the words `after` sets off: ", SwitchML, reduces"."""
        t = toks[j]
        if not (_OUR_NAME.fullmatch(t.text) or _NAME_TOKEN.match(t.text)) or t.lower_ in self.not_names \
                or t.lower_ in self.stop:
            return None
        s, e = base + j, _name_end(tab, base + j + 1)
        return (s, e) if e < len(tab.texts) and tab.lowers[e] in after else None

    def _conjoined(self, tab, toks: list, words: list[str], k: int, base: int) -> list[tuple[int, int, None]]:
        """A second artifact in the same proposing sentence, joined by "and": "a schedule, CGOPipe, ...,
        and a performance model, HRM, based on", "the neural architecture (TinyNAS) and the inference
        engine (TinyEngine)". Only a described or parenthesised name counts."""
        if k + 2 < len(words) and words[k] == "and" and _OUR_NAME.fullmatch(toks[k + 1].text) \
                and words[k + 1] not in self.not_names and words[k + 1] not in self.listed \
                and words[k + 2] in (".", ",", "(", ";") \
                and not PLURAL_ACRONYM.fullmatch(toks[k + 1].text):
            return [(base + k + 1, base + k + 2, None)]  # "we propose TLP and MTLTLP.": two names, one verb
        for j in range(k, len(words) - 1):
            if words[j] in _PARTS_AHEAD:
                return []  # "PBaSR, which comprises two modules: the CDM and the CFM": parts, not peers
            if words[j] == "and" and words[j + 1] in ("a", "an", "the", "our"):
                got = self._defined_after(toks, j + 1, base) or self._described_name(tab, toks, j + 1, base)
                return [] if got is None else [(got[0], got[1], None)]
        return []

    def _titled_phrase(self, tab, s: int, e: int) -> tuple[int, int] | None:
        """"we introduce Lookahead decoding, an exact, parallel decoding algorithm" under a title
        that says "Lookahead Decoding": two or three words set off as an appositive and named
        in the title, or each capitalised ("we propose Cross Wiring, a new topology"), are the name."""
        for end in (e + 1, e + 2):
            if end + 1 < len(tab.texts) and tab.texts[end] == "," and tab.lowers[end + 1] in ("a", "an") \
                    and all(w.isalpha() for w in tab.lowers[s:end]) \
                    and (" ".join(tab.lowers[s:end]) in self._title_low
                         or all(_PLAIN_WORD.fullmatch(w) for w in tab.texts[s:end])):
                self._titled.add((s, end))  # a name even where a technique phrase covers it
                return s, end
        # "we present Swizzled Head-first Mapping, a spatially-aware scheduling strategy": a hyphenated word too
        end = next((j for j in range(e + 1, min(e + 7, len(tab.texts) - 1)) if tab.texts[j] == ","), None)
        if end is not None and tab.lowers[end + 1] in ("a", "an") and "-" in tab.texts[s:end] \
                and tab.lowers[s - 1] != "the":  # ("the Spatial-Temporal Variation Score, a new criterion")
            words = _text(tab, self._text, s, end).split()
            if 1 < len(words) <= 3 and all(_TITLE_CASE_WORD.fullmatch(w) for w in words):
                self._titled.add((s, end))
                return s, end
        return None

    def _coined(self, low: str) -> bool:
        """Can this word, after "called" or "named", be the coined name (not "called Transformer layers")?"""
        return low not in self.common and low not in self.stop and low not in self.not_names \
            and low not in self.listed

    def _title_word(self, word: str) -> bool:
        """Is this capitalised word, as written, a word of the title that is not a common one?"""
        low = word.lower()
        return low not in self.common and low not in self.stop and low not in self.not_names \
            and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self._title) is not None

    def _described_name(self, tab, toks: list, k: int, base: int) -> tuple[int, int, str | None] | None:
        """"we introduce an efficient LLM inference scheduler, Sarathi-Serve, to ...", "we co-design an
        inference engine Nunchaku that ...": the name right after what the article describes, when
        that ends in a kind of artifact ("scheduler", "engine"). Returns the name's words and the
        kind its noun gives (a "benchmark" is a Dataset)."""
        n = len(toks)
        if k + 2 < n and toks[k].lower_ == "and" and toks[k + 1].is_lower:
            k += 2  # "we design and validate an end-to-end modeling infrastructure, DeepRecInfra"
        if k >= n or toks[k].lower_ not in ("a", "an"):
            return None
        for j in range(k + 2, min(k + 14, n - 1)):
            head = toks[j - 1].lower_
            if toks[j].text == "," and (head in _ARTIFACT_HEADS or head in _SET_OFF_HEADS):
                at, after = j + 1, (",", ".", ";", "(")
                break
            if head in _ARTIFACT_HEADS and not toks[j].is_lower:
                at, after = j, (",", ".", ";", "(", "that", "which", "to", "for", "with")
                break
            t = toks[j - 1]
            if t.text == "," and toks[j].is_lower and toks[j].is_alpha and toks[j].lower_ not in self.stop:
                continue  # "a novel, adaptive tensor memoization algorithm, AdaTM"
            if not (t.is_alpha or t.text in ("-", "/")) or (t.is_lower and t.lower_ in self.stop
                                                            and toks[j - 2].text != "-"):  # ("end-to-end")
                return None  # the description ended without a kind noun
        else:
            return None
        if at + 1 < n and toks[at].lower_ == "the":
            at += 1  # "a single-layer recurrent neural network, the WaveRNN, with ..."
        # "a new optimizer, LOw-Memory Optimization (LOMO), which ...": the long form's short form
        got = self._set_off_name(tab, toks, at, base, after) or self._defined_after(toks, at, base)
        if got is None:
            return None
        return got[0], got[1], _KIND_HINT.get(head) if head in ("benchmark", "dataset", "corpus") else None

    def _defined_after(self, toks: list, k: int, base: int) -> tuple[int, int] | None:
        """"we propose Sparse Window Packing (SWiP)": the short form names the system."""
        for j in range(k, min(k + 10, len(toks) - 2)):
            t = toks[j]
            if t.text == "to" and j > k and toks[j - 1].text.istitle() and toks[j + 1].text.istitle():
                continue  # "Learning to Parallel Decode (Learn2PD)": a word of a capitalised long form
            if t.text in (",", ";", ":", ".") or (t.is_lower and t.lower_ in ("that", "which", "to", "for")):
                return None
            if t.is_stop and t.lower_ not in ("a", "an", "the", "our", "new", "of", "for", "and") and j > k \
                    and toks[j - 1].text != "-":  # ("PNM-only": a word glued to a name is part of it)
                return None  # "we describe the mechanism underlying ... (XPINN)": too far
            if t.text == "(" and j > k:
                close = j + 2  # "(PNM-KV)" is one name
                while close + 1 < len(toks) and toks[close].text == "-" and not toks[close - 1].whitespace_:
                    close += 2
                short = "".join(w.text for w in toks[j + 1:close])
                if close < len(toks) and toks[close].text == ")" and toks[j + 1].lower_ not in self.not_names \
                        and (_short_form(spelled_out(short)) or word_short_of([w.text for w in toks[k:j]], short)):
                    return base + j + 1, base + close
        return None

    def _name_after(self, doc, toks: list, k: int, naming: bool, base: int) -> tuple[int, int] | None:
        """The name right after a proposing verb, skipping articles and generic words.

        `doc` is the Doc's word table, `toks` the sentence's words, `base` its first index."""
        steps = 0
        while k < len(toks) and steps < 8:
            t = toks[k]
            lower_run = t.is_lower and t.is_alpha and steps < 4 and not naming \
                and k + 1 < len(toks) and toks[k + 1].is_lower
            if lower_run and t.lower_ in _BUILT_ON:
                return None  # "we present a workflow based on the TVM compiler": TVM is what it builds on
            if t.lower_ in _SKIPPABLE or _LATEX_OPEN.fullmatch(t.text) or lower_run:
                k += 1
                steps += 1
                continue
            break
        if k >= len(toks):
            return None
        defined = self._defined_after(toks, k, base)
        if defined is not None:
            return defined
        t = toks[k]
        if t.text in _OPEN_QUOTES:  # 'we introduce "deep compression", a three-stage pipeline': a coined name
            close = next((j for j in range(k + 2, min(k + 6, len(toks))) if toks[j].text in _CLOSE_QUOTES), None)
            if close is not None and all(w.is_alpha or w.text == "-" for w in toks[k + 1:close]) \
                    and toks[k + 1].lower_ not in self.stop:
                self._titled.add((base + k + 1, base + close))  # a name even where a technique phrase covers it
                return base + k + 1, base + close
            return None
        dotted = _DOTTED_NAME.fullmatch(t.text) is not None and k + 1 < len(toks) \
            and toks[k + 1].text in (",", "(", ":")
        coined = naming and _LOWER_NAME.fullmatch(t.text) is not None  # "a package ... called hls4ml"
        # "we present X-Slim, ...", "Q-Sparse": one capital glued by a hyphen to a capitalised word
        letter_led = len(t.text) == 1 and t.text.isupper() and k + 2 < len(toks) and toks[k + 1].text == "-" \
            and not t.whitespace_ and not toks[k + 1].whitespace_ and toks[k + 2].text[:1].isupper()
        if not (dotted or coined or letter_led) and (
                not (_NAME_TOKEN.match(t.text) or _NAME_MARK.search(t.text)) or t.is_lower):
            return None  # (but "we present llm.npu, ...": a lower-case name set off is a name)
        compound = k + 2 < len(toks) and toks[k + 1].text == "-" and not t.whitespace_ \
            and not toks[k + 1].whitespace_ and _CAPITAL.search(toks[k + 2].text) is not None \
            and not toks[k + 2].text.istitle() and toks[k + 2].lower_ not in self.not_names
        if (t.lower_ in self.not_names and not compound) or t.lower_ in ("we", "our", "it", "this", "in", "the", "to") \
                or PRECISION.match(t.text):  # ("SW-CGFDM3D": a generic word glued to a name starts it)
            return None  # (nor a precision: "we engineer W4A8 GEMM kernels")
        if k > 0 and toks[k - 1].lower_ in ("metric", "metrics", "measure", "score"):
            return None  # "a new evaluation metric fast_p": a measure, not a system
        s, e = base + k, _name_end(doc, base + k + 1)
        longer = e
        while longer < len(doc) and doc[longer].text[:1].isupper() and doc[longer].is_alpha \
                and _text(doc, self._text, s, longer + 1).lower() in self._title_low:
            longer += 1  # "we present ROLL Flash, a system that extends ROLL" under "ROLL Flash -- ..."
        if longer == len(doc) or doc[longer].text != "(":  # (a long form before its short one is left to it)
            e = longer
        nxt = doc[e] if e < len(doc) else None
        if nxt is not None and nxt.text == "}" and k and _LATEX_OPEN.fullmatch(toks[k - 1].text):
            nxt = doc[e + 1] if e + 1 < len(doc) else None  # "we present \textbf{4DGS-1K}, which ..."
        name = doc.span(s, e).text
        if name.endswith(MODIFIER_TAILS):
            return None  # "we present an NVSHMEM-based GPU kernel-initiated redesign": it only modifies
        plain_word = _PLAIN_WORD.fullmatch(name) is not None or (
            _PLAIN_COMPOUND.fullmatch(name) is not None and nxt is not None
            and _PLAIN_WORD.fullmatch(nxt.text) is not None)  # "the Spatial-Temporal Variation Score": title case
        if plain_word and nxt is not None and (_OUR_NAME.fullmatch(nxt.text) or _DIGIT_LED_NAME.fullmatch(nxt.text)) \
                and nxt.text.lower() not in self.not_names and e + 1 < len(doc) \
                and (doc[e + 1].text in (",", "(") or doc[e + 1].lower_ in self.generic_tails):
            e, plain_word = e + 1, False  # "we present Mobile MQA, an attention block", "the Adaptive 2SSP method"
            nxt = doc[e]
        if plain_word:
            # an ordinary capitalised word is a name only when set off: "we present Fuyou, a ...",
            # or when the title names it too: "we design and build Lina to ..." under "... with Lina"
            # or when a naming word gives it: "an engine called Buddy that ..."
            if (nxt is None or nxt.text not in (",", "(", ".", ":", ";")) and not (naming and self._coined(t.lower_)):
                phrase = self._titled_phrase(doc, s, e)
                if phrase is not None or not self._title_word(t.text):
                    return phrase
        if nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lower_ not in self.stop \
                and nxt.lower_ not in self.generic_tails and nxt.lower_ not in _KIND_NOUNS:
            return None  # "a NG processing cluster": the name-like word only modifies
        if t.text[:1].isdigit() and not _DIGIT_LED_NAME.match(t.text):
            return None  # "we present 3 techniques", "3D"; not "we present 4DGS-1K"
        return s, e


# words that describe something established, not a paper's own: "HDF5 is a widely used I/O library"
_ESTABLISHED = frozenset({"popular", "widely", "used", "de", "standard", "well-known", "common", "commonly", "existing",
                          "prevalent", "emerging", "promising", "attractive", "exciting", "important", "key",
                          "critical", "fundamental", "leading", "mainstream", "dominant", "traditional", "classic",
                          "conventional", "state", "open", "known", "major", "typical", "well", "widespread",
                          "however", "but", "yet", "although", "suffers", "limited"})
# nouns of the artifacts a paper introduces, when a name follows them: "an inference engine Nunchaku"
_ARTIFACT_HEADS = {"system", "framework", "engine", "scheduler", "library", "compiler", "runtime", "tool", "toolkit",
                   "algorithm", "accelerator", "architecture", "platform", "simulator", "profiler", "benchmark",
                   "dataset", "corpus", "protocol", "mechanism", "allocator", "planner", "autotuner", "optimizer",
                   "orchestrator", "server", "serving", "kernel", "interface", "language", "dsl", "pipeline"}
# broader nouns, for a name set off by commas only: "a novel pipelining schedule, CGOPipe, with ..."
_SET_OFF_HEADS = {"schedule", "scheme", "method", "model", "policy", "strategy", "technique", "design", "format",
                  "abstraction", "primitive", "index", "cache", "store", "approach", "module", "component", "unit",
                  "infrastructure", "service", "backend", "stack", "toolchain", "testbed", "package", "middleware",
                  "network"}
_KIND_NOUNS = {"dataset", "benchmark", "corpus", "suite", "model", "models", "library", "language", "simulator",
               "compiler", "engine", "runtime", "architecture", "accelerator", "profiler", "tool", "toolkit"}


def _footnoted(name: str, own: str) -> bool:
    """Is `name` the name `own` with a footnote digit glued on ("GE-SpMM1" for "GE-SpMM")?"""
    return len(name) == len(own) + 1 and name.startswith(own) and name[-1].isdigit() and not own[-1].isdigit()


def _name_end(tab, e: int) -> int:
    """Where a name that ends before word e really ends: hyphenated or multi-part names
    ("Samba-CoE", "Sarathi-Serve", "C++") go on across glued "-" and "++", and across a
    letter the tokenizer split off a number ("4DGS-1" + "K")."""
    texts, ws = tab.texts, tab.ws
    while e + 1 < len(texts) and texts[e] in ("-", "++") and not ws[e - 1]:
        e += 2 if texts[e] == "-" else 1
    if e < len(texts) and not ws[e - 1] and texts[e - 1][-1:].isdigit() and texts[e].isalpha() and texts[e].isupper():
        e += 1
    return e


_SYSTEM_NOUNS = frozenset({"system", "framework", "engine", "library", "compiler", "runtime", "toolkit", "platform",
                           "scheduler", "simulator"})


def _system_before(lowers: list[str], s: int) -> bool:
    """Does a system noun introduce the name at word s ("a novel framework, X", "a system called X")?"""
    j = s - 1
    if j >= 0 and lowers[j] in (",", "called", "named", "dubbed", "termed"):
        j -= 1
    return j >= 0 and lowers[j] in _SYSTEM_NOUNS


def _title_case(words: list[str]) -> bool:
    """"we propose Diagonal Distillation, which ...": capitals mid-sentence make a technique's words a name."""
    words = [w for w in words if w != "-"]
    return len(words) > 1 and all(w[:1].isupper() and w[1:].islower() for w in words)


def _short_form(text: str) -> bool:
    return _SHORT_FORM.fullmatch(text) is not None


# What a name is, from the noun the text gives it: "backbone networks called X", "X, a ...
# language model pre-trained on ...". Only Model and Dataset: a system is the default.
_KIND_HINT = {"model": "Model", "models": "Model", "network": "Model", "networks": "Model", "backbone": "Model",
              "backbones": "Model", "llm": "Model", "llms": "Model", "mllm": "Model", "vlm": "Model",
              "dataset": "Dataset", "datasets": "Dataset", "benchmark": "Dataset", "corpus": "Dataset"}
_APPOSITIVE_STOP = {",", ".", ";", ":", "(", "that", "which", "who", "for", "to", "with", "on", "in", "of", "by",
                    "and", "or", "from", "using", "via", "where", "whose"}
# a kind noun followed by one of these only modifies it: "a model serving system"
_KIND_CONTINUES = {"serving", "inference", "training", "system", "systems", "framework", "engine", "library",
                   "compiler", "runtime", "scheduler", "accelerator", "pipeline", "tool", "toolkit", "platform",
                   "service", "generator", "design", "architecture", "family", "zoo", "hub", "format"}


def _appositive_hint(tab, e: int, end: int) -> str | None:
    """"X, a fully open 2B-parameter multimodal language model pre-trained on ...": the kind
    noun of the phrase set off after the name, when it names a language model, a model with
    its size, a family of models or a data set (any other "model" there is the paper's system:
    "X, a generative model that ..."), or a system noun that ends the phrase ("X, a ... framework")."""
    if e + 1 >= end or tab.texts[e] != "," or tab.lowers[e + 1] not in ("a", "an", "the"):
        return None
    lowers, texts, ws = tab.lowers, tab.texts, tab.ws
    sized = family = False
    j = e + 2
    while j < min(e + 14, end):
        w = lowers[j]
        if w == "(" and ")" in lowers[j + 1:j + 5]:
            j = lowers.index(")", j) + 1  # "a ... Mixture-of-Expert (MoE) model"
            continue
        if w == "of" and (lowers[j - 1] == "family" or (texts[j - 1] == "-" and not ws[j - 1])):
            family = family or lowers[j - 1] == "family"  # "a family of speech recognition models"
            j += 1
            continue
        if w in _APPOSITIVE_STOP:
            return None
        if w in _SYSTEM_NOUNS and (j + 1 >= end or lowers[j + 1] in _APPOSITIVE_STOP):
            return "System"  # "Falcon, a GPU-based ... compression framework": a listed model's name, reused
        sized = sized or w == "parameter" or _SIZE_WORD.fullmatch(texts[j]) is not None
        kind = _KIND_HINT.get(w)
        if kind == "Model" and w not in ("llm", "mllm", "vlm") and lowers[j - 1] not in ("language", "foundation") \
                and not sized and not (family and w.endswith("s")):
            # "a generative model that ...", "a Transformer-based model designed to": a system (but
            # "a 3B/16B-parameter ... model" and "a family of ... models" are models)
            kind = None
        if kind:
            k = j + 1
            if k < end and lowers[k] == "(" and ")" in lowers[k:k + 5]:
                k = lowers.index(")", k) + 1  # "a Large Language Model (LLM) inference engine"
            nxt = lowers[k] if k < end else ""
            if nxt in _KIND_CONTINUES or (not ws[j] and texts[j + 1:j + 2] == ["-"]):
                j += 1
                continue  # "model serving system", "network-aware": it modifies what follows
            return kind
        j += 1
    return None


def _later_appositive(tab, s: int, e: int) -> str | None:
    """The kind the abstract gives the title's name where it sets it off: "L1: Controlling How Long
    ..." with "We use LCPO to train L1, a reasoning language model that ..." is a model."""
    lowers = tab.lowers
    own = lowers[s:e]
    width = e - s
    for i in _indices(lowers, own[0]):
        if i >= e and lowers[i:i + width] == own and i + width < len(lowers) and lowers[i + width] == ",":
            return _appositive_hint(tab, i + width, len(lowers))
    return None


def _indices(words: list[str], word: str) -> list[int]:
    """The indices where `word` occurs, by list.index (a scan in C; a comprehension ran a
    Python step per word of the Doc)."""
    out = []
    i = -1
    try:
        while True:
            i = words.index(word, i + 1)
            out.append(i)
    except ValueError:
        return out


def _first(ent: tuple) -> int:
    return ent[0]


def _text(tab, text: str, s: int, e: int) -> str:
    """The text of words s..e (a Span's .text), cut from the Doc's text."""
    return text[tab.idx[s]:tab.idx[e - 1] + len(tab.texts[e - 1])] if e > s else ""


def _char_span(tab, start: int, end: int) -> tuple[int, int] | None:
    """Doc.char_span(start, end, alignment_mode="expand") as word offsets."""
    idx = tab.idx
    n = len(tab.texts)
    if not 0 <= start < idx[n] or not 0 < end <= idx[n]:
        return None
    s = bisect_right(idx, start) - 1
    e = bisect_right(idx, end - 1) - 1
    if start == idx[s] + len(tab.texts[s]):
        s += 1  # the trailing space is not part of the word before
    return s, e + 1


def _as_entity(tab, text: str, s: int, e: int, ents: list[tuple], hint: str | None = None,
               chips: frozenset | set = frozenset()) -> tuple[tuple, list[tuple]]:
    """The named entity for words s..e; a new one replaces phrase entities of the same text.

    Entities are (start, end, label, id) tuples. `hint` is the type the title's
    description suggests ("...: A Benchmark for ..."); it relabels a name no list knew.
    `chips` are the names the hardware list holds.
    """
    for sp in ents:
        if sp[2] in NAMED and sp[0] <= s and e <= sp[1]:
            sp_id = sp[3]
            if hint and not sp_id.strip() or (hint and sp_id == _text(tab, text, sp[0], sp[1]) and sp[2] != hint):
                return _relabel(tab, text, sp, ents, hint)
            if hint is None and (sp[0], sp[1]) == (s, e) and (
                    sp[2] == "Dataset" or (sp[2] == "Hardware" and _chip_family(_text(tab, text, s, e), chips))) \
                    and _guess_label(tab, text, s, e) == "System":
                # "we introduce ... the C4", "Kepler: Robust Learning for ... Query Optimization": a paper's
                # own system that shares a data set's or a chip family's name; nothing calls it a data set
                # or a chip (the hint) or looks like one ("-Bench", "Processing Unit", a model number); an
                # accelerator a paper proposes ("InTAR") is hardware of its own
                return _relabel(tab, text, sp, ents, "System")
            return sp, ents
    for sp in ents:  # "Lagrangian PINNs", "SambaNova SN40L": a name built on a known one
        if sp[2] in NAMED and s <= sp[0] and sp[1] <= e:
            id_ = (sp[3] or _text(tab, text, sp[0], sp[1])) if sp[2] == "Hardware" else _text(tab, text, s, e)
            return _relabel(tab, text, (s, e, sp[2], id_), ents, sp[2])
    guess = _guess_label(tab, text, s, e)
    label = guess if guess == "Dataset" else (hint or guess)
    return _relabel(tab, text, (s, e, label, _text(tab, text, s, e)), ents, label)


def _chip_family(name: str, chips: frozenset | set) -> bool:
    """"Kepler", "Volta": a chip family the hardware list holds, with no model number to make it one chip."""
    return name.lower() in chips and not any(map(str.isdigit, name))


def _relabel(tab, text: str, span: tuple, ents: list[tuple], label: str) -> tuple[tuple, list[tuple]]:
    """Give every mention with this span's text the label; drop phrases overlapping them."""
    s, e = span[0], span[1]
    lowers = tab.lowers
    words = lowers[s:e]
    width = e - s
    first = words[0]
    targets = [(s, e)] + [(i, i + width) for i in _indices(lowers, first)
                          if i != s and lowers[i:i + width] == words]
    keep = [sp for sp in ents if not any(sp[0] < b and a < sp[1] for a, b in targets)]
    id_ = span[3] or _text(tab, text, s, e)
    new = [(a, b, label, id_) for a, b in targets]
    return new[0], keep + new


def _guess_label(tab, text: str, s: int, e: int) -> str:
    name = _text(tab, text, s, e)
    after = _text(tab, text, e, min(e + 3, len(tab.texts))).lower()
    if _BENCH_NAME.search(name) or _DATASET_AFTER.match(after):
        return "Dataset"
    if _MODEL_NAME.search(name):
        return "Model"
    if _CHIP_NAME.search(name):
        return "Hardware"  # "a custom ASIC, called a Tensor Processing Unit"
    return "System"


_HINTS = (("Hardware", r"accelerators?|processors?|chips?|processing units?|systolic arrays?(?: architectures?)?"),
          ("Dataset", r"datasets?|benchmarks?|corpus|corpora"),
          ("Model", r"(?<!programming )(?<!execution )(?<!cost )(?<!performance )(?<!memory )(?<!consistency )"
                    r"(?:language |foundation |vision )?models?|llms|transformers?|backbones?|networks?"),
          ("System", r"systems?|frameworks?|library|libraries|compilers?|engines?|simulators?|runtimes?|"
                     r"serving|schedulers?|tools?|api|languages?|virtual machines?|profilers?"))


# after the name: "PUZZLE: Efficiently Aligning ...", "X: Serving ..."
_VERB_HEAD = re.compile(r"(?::|--?|—|–)\s*(?:[A-Z][a-z]+ly\s+)?[A-Z][a-z]{3,}ing\s")
_MODEL_WORD = re.compile(r"LLM|LM\b|GPT|BERT|Net\b|former\b|ViT")
_CHIP_NAME = re.compile(r"\b(?:Accelerator|Processor|Processing Unit)$")
_HINT_RES = [(label, re.compile(rf"\b(?:{pat})\b(?!-)", re.I)) for label, pat in _HINTS]  # (not "Model-less")


def _title_hint(description: str) -> str | None:
    """The entity type a title's description names first ("A Benchmark for ..." -> Dataset)."""
    # only the description's head phrase, before its first preposition, names what X is:
    # "Galvatron: Automatic Distributed Training for Large Transformer Models" is no model
    head = _HEAD_END.split(description.lstrip(": "))[0]
    verb = _VERB_HEAD.search(head)
    if verb and not _MODEL_WORD.search(head, 0, verb.start()):
        # "PUZZLE: Efficiently Aligning Large Language Models ...": what X does, to what (but
        # "MobileLLM: Optimizing Sub-billion Parameter Language Models" names a model of its own)
        return None
    best = None
    for label, rx in _HINT_RES:
        for m in rx.finditer(head):
            rest = head[m.end():].split()
            if rest and rest[0][:1].isupper() and m.group(0).lower() != "serving":
                continue  # "Language Model Serving": a modifier ("Serving Large Models" is a verb's)
            if best is None or m.start() < best[0]:
                best = (m.start(), label)
            break
    return best[1] if best else None
