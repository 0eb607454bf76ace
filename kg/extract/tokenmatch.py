"""A small token-pattern matcher for the gazetteers' token patterns, built for speed.

spaCy's Matcher evaluates Python REGEX predicates on every token of every doc, which made
it 75% of extraction time. Here each predicate is evaluated once per distinct word (the
result is cached by the word's hash in the shared vocab), so a doc costs one dict lookup
per token, and only patterns whose mandatory words all occur in the doc are walked, from
the tokens where they can start.

Supported: spaCy token-pattern dicts with one key among ORTH/TEXT/LOWER, whose value is a
string or {"IN": [...]} or {"REGEX": "..."}, and "OP" in {None, "?", "*", "+"}.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import reduce
from operator import or_
from typing import Iterable

import numpy
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from kg.memo import Memo

_KEYS = ("ORTH", "TEXT", "LOWER")


class Word:
    """The Token attributes the rules read, shared by every occurrence of a word.

    One object per (word, trailing space) pair at a time (kg.memo bounds how many), so a
    Doc's words cost a dict lookup each instead of a Token object each.
    """
    __slots__ = ("orth", "text", "lower_", "whitespace_", "is_punct", "is_alpha", "is_upper", "is_lower",
                 "like_num", "is_space", "is_stop")

    def __init__(self, lex, space: bool) -> None:
        self.orth = lex.orth
        self.text = lex.orth_
        self.lower_ = lex.orth_.lower()
        self.whitespace_ = " " if space else ""
        self.is_punct = lex.is_punct
        self.is_alpha = lex.is_alpha
        self.is_upper = lex.is_upper
        self.is_lower = lex.is_lower
        self.like_num = lex.like_num
        self.is_space = lex.is_space
        self.is_stop = lex.is_stop


class Words(list):
    """A run of Words with the `.text` of the matching Span."""
    __slots__ = ()

    @property
    def text(self) -> str:
        if not self:
            return ""
        return "".join([w.text + w.whitespace_ for w in self[:-1]]) + self[-1].text


_SPACED = Memo()  # orth -> Word followed by a space
_TIGHT = Memo()  # orth -> Word not followed by a space


def _word(vocab, orth: int, space: int) -> Word:
    cache = _SPACED if space else _TIGHT
    w = cache.get(orth)
    if w is None:
        w = cache.put(orth, Word(vocab[orth], bool(space)))
    return w


class Table(list):
    """A Doc's words as plain lists, built once per Doc and shared by the components.

    Why: every `doc[i]` builds a Token object, and such per-token Python work was most of
    the extraction time. `table[i]` is a shared Word (a plain list lookup), `table.span(a,
    b).text` a Span's text, `idx[i]` token i's char offset (`idx[len]` = the text's length).
    """
    __slots__ = ("orths", "texts", "lowers", "ws", "idx", "bounds", "starts")

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array([ORTH, SPACY, IDX]).T.tolist() if len(doc) else [[], [], []]
        self.orths, self.ws, idx = orths, ws, _ = arr
        spaced, tight = _SPACED.get, _TIGHT.get
        words = [(spaced(o) if sp else tight(o)) for o, sp in zip(orths, ws)]
        if None in words:
            words = [w if w is not None else _word(doc.vocab, o, sp) for w, o, sp in zip(words, orths, ws)]
        super().__init__(words)
        self.texts = texts = [w.text for w in words]
        self.lowers = [w.lower_ for w in words]
        if idx:
            idx.append(idx[-1] + len(texts[-1]) + ws[-1])
        else:
            idx.append(0)
        self.idx = idx
        self.bounds: list[int] | None = None  # sentence start indices, set by `split`
        self.starts: list[int] | None = None  # per word: its sentence's first word

    def span(self, start: int, end: int) -> Words:
        return Words(self[start:end])

    def split(self, text: str) -> list[int]:
        """Sentence starts: spaCy's sentencizer rule (a word that is no punctuation after a
        sentence-final mark, unless it is an abbreviation's before a small letter) plus the word
        after a blank line (the title never runs into the abstract). One scan of the few
        punctuation marks instead of a Token per word."""
        texts = self.texts
        n = len(texts)
        found = [0] if n else []
        after = 0
        for p in [k for k, t in enumerate(texts) if t in _FINAL]:
            if p < after:
                continue
            j = p + 1
            while j < n and (self[j].is_punct or texts[j] in _FINAL):
                j += 1
            before = texts[p - 1].lower() if p else ""
            if j < n and not (j == p + 1 and (before in _INSIDE or (before in _ABBREVIATIONS
                                                                    and not texts[j][:1].isupper()))):
                found.append(j)
            after = j
        k = text.find("\n")
        if k >= 0:
            idx = self.idx
            while k >= 0:
                i = bisect_right(idx, k) - 1
                # a blank line; one line break inside a paragraph is a hard wrap ("6x less rounds than\n
                # FedAvg"), and a paragraph that breaks after a sentence's final mark is split there anyway
                if i < n - 1 and not texts[i].strip() and texts[i].count("\n") > 1:
                    found.append(i + 1)
                k = text.find("\n", idx[i + 1])
            found = sorted(set(found))
        self.bounds = found
        starts: list[int] = []
        for a, b in zip(found, found[1:] + [n]):
            starts += [a] * (b - a)
        self.starts = starts
        return found


_FINAL = frozenset(Sentencizer.default_punct_chars)
# "Kraska et al. by up to 2.2x", "etc. and", "approx. 3x": the period of an abbreviation ends no
# sentence unless a capital follows it
_ABBREVIATIONS = frozenset({"al", "etc", "approx", "resp", "fig", "figs", "eq", "eqs", "ref", "refs", "sec", "incl",
                            "esp"})
# "(eg. FedAvg)", "cf. Table 2": these introduce what follows, so not even a capital starts a sentence
_INSIDE = frozenset({"e.g", "eg", "i.e", "ie", "cf", "viz", "vs"})
_NOT_START = numpy.uint64(2 ** 64 - 1)  # -1: spaCy's "not a sentence start"


def set_sentences(doc: Doc, bounds: list[int]) -> None:
    """Write the sentence starts into the Doc (Token.is_sent_start, Doc.sents) in one call."""
    if len(doc):
        arr = numpy.full((len(doc), 1), _NOT_START, dtype=numpy.uint64)
        arr[bounds, 0] = 1
        doc.from_array([SENT_START], arr)


def table(doc: Doc) -> Table:
    """The Doc's Table, shared by the components through doc.user_data."""
    t = doc.user_data.get("kg_table")
    if t is None or len(t.orths) != len(doc):
        t = doc.user_data["kg_table"] = Table(doc)
    return t


class TokenPatternMatcher:
    """matcher.add(key, patterns); matcher(doc) -> [(key, start, end)], longest per start."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self._preds: list[tuple[bool, str, object]] = []  # (lower?, kind, value)
        self._pred_index: dict[tuple, int] = {}
        self._patterns: list[tuple[str, list[tuple[int, str | None]]]] = []
        self._starts: list[int] = []  # per pattern: bitmask of the predicates it can start with
        self._needs: list[int] = []  # per pattern: bitmask of the predicates it cannot match without
        self._cache = Memo()  # orth -> bit mask of the predicates the word meets

    def _pred(self, spec: dict) -> tuple[int, str | None]:
        op = spec.get("OP")
        keys = [k for k in spec if k != "OP"]
        if len(keys) != 1 or keys[0] not in _KEYS:
            raise ValueError(f"unsupported token pattern {spec!r}")
        attr, value = keys[0], spec[keys[0]]
        lower = attr == "LOWER"
        if isinstance(value, str):
            item = (lower, "EQ", value)
        elif isinstance(value, dict) and "IN" in value:
            item = (lower, "IN", frozenset(value["IN"]))
        elif isinstance(value, dict) and "REGEX" in value:
            item = (lower, "RE", value["REGEX"])
        else:
            raise ValueError(f"unsupported token pattern value {value!r}")
        if item not in self._pred_index:
            self._pred_index[item] = len(self._preds)
            kind_value = re.compile(item[2]) if item[1] == "RE" else item[2]
            self._preds.append((lower, item[1], kind_value))
            self._cache.clear()
        return self._pred_index[item], op

    def add(self, key: str, patterns: Iterable[list[dict]]) -> None:
        for pattern in patterns:
            nodes = [self._pred(spec) for spec in pattern]
            self._patterns.append((key, nodes))
            need = 0
            for pred, op in nodes:
                if op not in ("?", "*"):
                    need |= 1 << pred
            self._needs.append(need)
            start = 0
            for pred, op in nodes:  # every node up to the first mandatory one can start a match
                start |= 1 << pred
                if op not in ("?", "*"):
                    break
            self._starts.append(start)

    def _mask(self, orth: int) -> int:
        mask = self._cache.get(orth)
        if mask is None:
            text = self.vocab.strings[orth]
            low = text.lower()
            mask = 0
            for n, (lower, kind, value) in enumerate(self._preds):
                s = low if lower else text
                if (kind == "EQ" and s == value) or (kind == "IN" and s in value) or \
                        (kind == "RE" and value.search(s)):
                    mask |= 1 << n
            self._cache.put(orth, mask)
        return mask

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        orths = table(doc).orths
        masks = list(map(self._cache.get, orths))
        if None in masks:
            masks = [mk if mk is not None else self._mask(o) for mk, o in zip(masks, orths)]
        out = []
        hits = [k for k, m in enumerate(masks) if m]  # most words take part in no pattern
        if not hits:
            return out
        n = len(masks)
        patterns = self._patterns
        needs = self._needs
        present = reduce(or_, [masks[k] for k in hits])  # a pattern whose words are not all in the doc cannot match
        active = [k for k, need in enumerate(needs) if need & present == need]
        if not active:
            return out
        starts = self._starts
        first = reduce(or_, [starts[k] for k in active], 0)
        for i in hits:
            m = masks[i]
            if not m & first:
                continue
            for k in active:
                if starts[k] & m:
                    key, nodes = patterns[k]
                    end = _longest(nodes, 0, i, masks, n)
                    if end is not None and end > i:
                        out.append((key, i, end))
        return out


def _longest(nodes, k: int, pos: int, masks: list[int], n: int) -> int | None:
    """The furthest end position at which nodes[k:] match from pos (None: no match)."""
    if k == len(nodes):
        return pos
    pred, op = nodes[k]
    best = None
    if pos < n and masks[pos] >> pred & 1:
        if op in ("*", "+"):  # consume one, then zero or more
            best = _longest([(pred, "*")] + nodes[k + 1:], 0, pos + 1, masks, n)
        else:
            best = _longest(nodes, k + 1, pos + 1, masks, n)
    if op in ("?", "*"):
        skip = _longest(nodes, k + 1, pos, masks, n)
        if skip is not None and (best is None or skip > best):
            best = skip
    return best

