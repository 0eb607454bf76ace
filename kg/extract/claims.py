"""Quantified comparison claims ("PaCA is 1.5x faster than LoRA on A100") as a spaCy component.

Why a number-first design: every claim in an abstract hangs on a factor or a
percentage, so the component finds those quantities with one cheap regex and only
then reads the words around them (metric, direction, qualifier, baseline,
subject, hardware). Cue words live in `kg/patterns/claim_*.jsonl`, not here.
The component runs after the entity components and reads their results from the
Doc: entity spans in `doc.spans["entities"]` (or, when no Span was written, the
components' word-offset tuples in doc.user_data), proposed names in `doc._.proposed`.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import generic_hardware
from kg.extract.entities import ACRONYM_LETTER, MODIFIER_TAILS, NAMED, PLURAL_ACRONYM, spells
from kg.extract.patterns import lexicon
from kg.extract.tokenmatch import table
from kg.memo import Memo

from kg.records import Claim
from kg.resolve import VENDORS

PATTERN_DIR = Path(__file__).resolve().parent.parent / "patterns"

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("proposed"):
    Doc.set_extension("proposed", default=None)

# ---------------------------------------------------------------- quantities
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_XUNIT = r"(?:\s*\$?\s*\\times\s*\$?|\s*×(?:\\times×?)?|\s?[xX](?![A-Za-z0-9])|\s*times(?![A-Za-z])|\s*-?folds?\b)"
_PUNIT = r"(?:\s*\\?%(?:\\%)?|\s*\$\\%\$|\s*percent\b)"  # (and "94.8$\%$", set as math)
_BARE_SPEEDUP = r"(?=\s+speed-?ups?\b)"  # "1.32 to 112.79 speedup": a factor whose sign was lost
_UNIT = rf"(?:{_XUNIT}|{_PUNIT})"
_SEP = r"(?:\s*(?:--?|–|—|−|\\sim|\$\\sim\$|sim|∼|~|(?:up\s+)?to)\s*)"
# the first number as _NUM not preceded by [\w.]: the look-behind comes after the first digit
# so that the regex scans by digits (several times faster than an assertion at every char)
_NUM_FIRST = r"\d(?<![\w.]\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?"
_QTY = re.compile(
    rf"(?P<a>{_NUM_FIRST})(?P<ua>{_UNIT})?"
    rf"(?:{_SEP}(?P<inner>(?:more than|over|about|up to|nearly|almost)\s+)?(?P<b>{_NUM}))?(?P<plus>\+)?"
    rf"(?P<u>{_UNIT}|{_BARE_SPEEDUP})")
_POWER_OF_TEN = re.compile(r"(?<![\d.])10\s?\^\s?$")  # right before a factor's digits: "10^5x"
_SHARE_BEFORE = re.compile(r"\b[Ii]n\s+(?:about\s+|over\s+|nearly\s+|almost\s+)?$")
_SHARE_AFTER = re.compile(r"\s+(?:of|over)\s")
_LABEL_AFTER = re.compile(r"-[a-z]")  # right after a factor
_SETTING_OF = re.compile(r"\b(?:for|at|under)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?"
                         r"(?<!cost )(?<!price )(?<!expense )(?<!loss )(?<!overhead )(?<!penalty )"
                         r"of\s+(?:over\s+|up to\s+|about\s+|around\s+|more than\s+)?$")
_SET_TO = re.compile(r"[=<>≤≥]\s*$")
_OVER_SIGN = re.compile(r"[>≥]\s*$")
_CHANGE_AFTER_SIGN = re.compile(r"\s*(?:speed-?ups?|improvements?|reductions?|faster|higher|better|lower|less|fewer|"
                                r"more|gains?|increases?|decreases?|savings?)\b", re.I)
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
            "fifty": 50, "hundred": 100}
_FACTOR_WORDS = "two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
# the change a factor in words comes before: "four-fold faster", "threefold speedup"
_CHANGE_NEXT = ("higher|faster|more|less|lower|larger|longer|better|greater|fewer|smaller|speed-?up|improvement|"
                "reduction|increase")
_WORD_QTY = re.compile(
    rf"\b(?P<w>{_FACTOR_WORDS})(?:[\s-](?:times|folds?)|folds?)\b"
    rf"(?=\s+(?:as\s+[a-z]+\s+as\b|{_CHANGE_NEXT})|\s+[a-z-]+\s+(?:improvement|reduction|increase|speed-?up|gain)s?\b)",
    re.I)  # ("a four-fold performance increase": the measure between the factor and its change)
_SCALED_BY = re.compile(r"\b(?:when|while|after|as)\s+(?:increasing|scaling|growing|raising)\b[^.;,]{0,40}\bby\s+$")
# "reduces the latency by more than threefold compared with ...": a factor in words after "by"
_BY_WORD_FOLD = re.compile(r"\bby\s+(?:(?:more than|over|about|nearly|almost|up to|roughly)\s+)?"
                           rf"(?P<w>{_FACTOR_WORDS})[\s-]?fold\b(?![\s-]+(?:{_CHANGE_NEXT}))", re.I)
# "further speedups of six and ten times": two factors in words that "times" after the second covers
_WORD_PAIR_QTY = re.compile(rf"\b(?:speed-?ups?|improvements?|gains?|reductions?)\s+of\s+(?P<w>{_FACTOR_WORDS})"
                            rf"\s+(?:and|or)\s+(?P<w2>{_FACTOR_WORDS})\s+times\b", re.I)
_FACTOR = re.compile(
    r"\ban?\s+(?:(?:(?P<avg>average|mean)|maximum|overall|combined)\s+)?factor\s+"  # "an average factor of 3.25"
    r"(?:of\s+(?:(?:up to|about|over|more than|nearly|approximately|roughly)\s+)?"
    r"|(?P<btw>between\s+(?:about\s+|approximately\s+|roughly\s+)?)"  # "by a factor between about 20 and 60"
    r"|(?=\d))"  # "a speedup of a factor 149"
    rf"(?P<n>{_NUM}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b(?![.,]\d)(?!\s*(?:[x×%]|times))"
    r"(?!\s*(?:-|–|to)\s*\d+(?:\.\d+)?\s*(?:[x×]|times))"  # ("a factor of 2-4x": the range is read as one)
    rf"(?:(?(btw)\s+and\s+|\s*(?:-|–|to)\s*)(?P<hi>{_NUM})\b(?![.,]\d)(?!\s*%))?", re.I)  # "of 4 to 20"
_FACTOR_AND = re.compile(rf",?\s+and\s+(?P<n>{_NUM})\b(?![.,]\d)(?!\s*(?:[x×%]|times))(?=[^.;]*\brespectively\b)")
_MAGNITUDE = re.compile(
    r"(?P<half>\bhalf[\s-])?"  # "half an order of magnitude": about 3.2x, no tenfold
    r"\b(?:(?P<lo>[1-9]|one|two|three|four)\s*(?:-|–|to|or)\s*)?"  # "1-2 orders of magnitude"
    r"(?P<w>an?|one|two|three|four|five|six|[1-9])[\s-]orders?[\s-]of[\s-]magnitude\b", re.I)
# "twice as fast", "doubles the throughput": a factor in words (not "twice the size of the DRAM")
_MULTIPLE = re.compile(
    r"\b(?P<w>twice|thrice)\s+(?=as\s+[a-z]+\b|faster|higher|more|larger|better|fewer|less|lower|smaller)"
    r"|(?:\b(?P<v>doubl|tripl|quadrupl)(?:es|ed|ing)"
    r"|(?<=more than )(?P<v2>doubl|tripl|quadrupl)e)\s+(?:the\s+|its\s+|their\s+)?"  # "and more than double the"
    r"(?=(?:[a-z-]+\s+)?(?:throughput|speed|performance|efficiency|bandwidth|utili[sz]ation|capacity)\b)"
    # "halves the data access time": a cost cut in half
    r"|(?<!into )(?<!in )(?<!two )\b(?P<h>halv)(?:es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?=(?:[a-z-]+\s+){0,2}(?:time|latency|cost|memory|footprint|energy|overhead|traffic|runtime|usage)\b)", re.I)
_MULTIPLES = {"twice": 2, "thrice": 3, "doubl": 2, "tripl": 3, "quadrupl": 4, "halv": 2}
_MULTIPLE_WORDS = tuple(_MULTIPLES)
# Cheap test: does a text hold anything that could be a factor or a percentage?
_GATE = re.compile(r"\d\$?\+?\s?(?:[x×X%]|\\%|\$?\\times|times|-?fold|percent)|\d\s+speed-?up|×\s?\d")
_GATE_WORDS = re.compile(r"\d\$?\+?\s?(?:[x×X%]|\\%|\$?\\times|times|-?fold|percent)|\d\s+speed-?up|×\s?\d|"
                         r"magnitude|times|"
                         r"fold|factor |" + "|".join(_MULTIPLE_WORDS), re.I)


_GATE_LOW = re.compile(r"\d\$?\+?\s?(?:[x×%]|\\%|\$?\\times|times|-?fold|percent)|\d\s+speed-?up|×\s?\d")
_GATE_TERMS = ("magnitude", "times", "fold", "factor ") + _MULTIPLE_WORDS
# "7✕", "3✖", "2⨯": other multiplication signs read as "×" (one character each, so offsets hold)
_OTHER_TIMES = re.compile("[\u2715\u2716\u2a2f]")
# MathJax's inline sign, "2.31\(\times\)" or "6.2\(\times \)"
_PAREN_TIMES = re.compile(r"\\\(\s?\\times\s?\\\)")
_LATEX_ECHO = re.compile(r"(?<![\d.])(?P<n>\d+(?:[.,]\d+)*)(?P<sign>[×%])(?P=n)(?:\\times|\\%)")
_LATEX_SIM = re.compile(r"(?<![\d.])\\sim(?=\s?\d)")
_AS_TIMES = str.maketrans("\u2715\u2716\u2a2f", "×××")
# "$1.24 \mathrm{x}$", "3\text{x}": an upright x in LaTeX maths is the sign
_LATEX_X = re.compile(r"(?<=\d)(\s?)\\(?:mathrm|text|textrm|rm)\{[xX]\}")


def _plain_times(text: str) -> str:
    """The text with every multiplication sign written "×" (the same length), MathJax's
    "2.31\\(\\times\\)" included, and a number's LaTeX echo blanked: arXiv's HTML pages give
    "3.9×3.9\\times", the rendered maths then its source."""
    if "\\(" in text and "\\times" in text:
        text = _PAREN_TIMES.sub(lambda m: "×".ljust(len(m.group(0))), text)
    if "\\" in text:
        text = _LATEX_ECHO.sub(_blank_echo, text)
        if "\\sim" in text:  # "\sim240 times": about 240 ("   ~240", the same length)
            text = _LATEX_SIM.sub("   ~", text)
        if "{x}" in text or "{X}" in text:
            text = _LATEX_X.sub(lambda m: (m.group(1) + "×").ljust(len(m.group(0))), text)
    if _X_DIGIT.search(text):  # "x10.44 speedup", "by about x3.7": the sign behind (same length)
        text = _X_FIRST.sub(_sign_behind, text)
    return text.translate(_AS_TIMES) if _OTHER_TIMES.search(text) else text


def _blank_echo(m: re.Match) -> str:
    kept = m.group("n") + m.group("sign")
    return kept + " " * (len(m.group(0)) - len(kept))


def _gate(text: str) -> list[int]:
    """Positions that may start a claim: a number with a unit (fast), or a word form when present.

    The word forms are found with str.find in the lower-cased text rather than by one
    case-blind regex (which scans several times slower); a word that a number's match
    already took ("3 times") is not counted twice, as in a single regex scan. Texts where
    lower-casing moves offsets or case-blind matching differs ("ı", "ſ") take that regex."""
    text = _plain_times(text)
    low = text.lower()
    if not any(term in low for term in _GATE_TERMS):
        return [m.start() for m in _GATE.finditer(text)]
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return [m.start() for m in _GATE_WORDS.finditer(text)]
    out = []
    ends = set()
    for m in _GATE_LOW.finditer(low):
        out.append(m.start())
        ends.add(m.end())
    for term in _GATE_TERMS:
        k = low.find(term)
        while k >= 0:
            if k + len(term) not in ends:
                out.append(k)
            k = low.find(term, k + len(term))
    out.sort()
    return out

# "99% latency", "95th percentile": a percentile names the metric, it is no change
# (the percentiles people report: "68.1% latency reduction" is a change, not a percentile; "95%ile")
_PERCENTILE = re.compile(r"(?<![\w.])(?:50|75|80|90|95|98|99(?:\.9+)?)\s?\\?%"
                         r"(?=\s*(?:tail|latenc|percentile|quantile|slo)|ile\b)", re.I)

_MATH_NUMBER = re.compile(r"\$(\d[\d.,]*)\$(?=\s?(?:[x×X%]|\\times|\\%|times))")
_MATH_OPEN = re.compile(r"\$(?=\d[\d.,]*\s*\\(?:times|%))")
_MATH_FACTOR = re.compile(r"\$(\d[\d.,]*[xX×%])\$")  # "by up to $29.6x$"
_PERCENTILES = (50.0, 75.0, 80.0, 90.0, 95.0, 98.0)


def _mask_percentile(m: re.Match) -> str:
    num = _DIGITS_DOTS.match(m.group(0)).group(0)
    return ("p" + num).ljust(len(m.group(0)))


# what may stand between two members of one list: "1.8x and 7.1x", "1.28x (up to 1.73x) and 1.27x"
_LIST_GAP = re.compile(
    r"\s*(?:[a-z ]*\)\s*)?(?:,|and|or|/|, and|,and)\s*"
    r"(?:(?:up to|upto|about|over|more than|nearly|approximately|roughly|around|almost|an?|max|maximum|"
    r"average|on average|only|just|by|at least|as much as|~|\\sim)\s*){0,3}")
_PHRASE_SCAN = re.compile(r"[();:.,]|(?<![\w.])\d| ([a-z]+)")
_ABBREV_END = re.compile(r"(?:e\.g|i\.e|vs|etc|al)$")
_LIST_COMMA = re.compile(
    r",\s*(?:including|such as|like|e\.g\.|i\.e\.|namely|as well as|and\s+(?!\d)(?!(?:almost\s+|nearly\s+)?"
    rf"(?:{_FACTOR_WORDS}|half|an?\s+order)\b)|or\s+(?!\d)"  # (", and two orders of magnitude over X": a number)
    # (", with lammps and AthenaK benefiting most": a remark, no further item)
    r"|(?!with\s|without\s)(?:[a-z0-9+#.-]+\s+)?[a-z0-9+#.-]+\s*(?:,|\band\b|\bor\b)|[\w+#.-]+\s*(?:\.\s|\.$|$|\()"
    # "A3 accelerator, MNNFast accelerator, TITAN Xp GPU, Xeon CPU": a name and its kind
    r"|(?:[a-z0-9+#.-]+\s+){1,2}(?:accelerators?|[gcnt]pus?|fpgas?|librar(?:y|ies)|frameworks?|systems?|"
    r"engines?|compilers?|implementations?|kernels?|runtimes?|servers?)\s*(?:,|and\b|or\b))")
_WORD = re.compile(r"[A-Za-z~][\w@/+'-]*|\\sim|~")
_CLAUSE_STOP = re.compile(r"[;]|\.\s|:\s")


_START = attrgetter("start")  # sort key of quantities (no lambda call per item)


def _between_ranges(qs: list[_Q], low: str) -> list[_Q]:
    """"speed-ups between 13% and 66%", "improvements range from 8x for GPUs to 60x for CPUs": the
    two numbers are one range, as "13-66%" is."""
    out = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs) and q.value_min is None and qs[i + 1].unit == q.unit and (
                (low.endswith("between ", 0, q.start) and low[q.end:qs[i + 1].start].strip() == "and")
                or (_RANGE_FROM.search(low, max(0, q.start - 30), q.start)
                    and _RANGE_TO.fullmatch(low, q.end, qs[i + 1].start))):
            r = qs[i + 1]
            out.append(_Q(q.start, r.end, max(q.value, r.value), q.unit, min(q.value, r.value)))
            i += 2
            continue
        out.append(q)
        i += 1
    return out


def _from_ranges(qs: list[_Q], low: str) -> list[_Q]:
    """"by up to 9.1x (from 2.4x)": the number in the parentheses is where the range starts."""
    out: list[_Q] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and prev.value_min is None and prev.unit == q.unit and q.value < prev.value \
                and _FROM_OPEN.fullmatch(low, prev.end, q.start) and low.startswith(")", q.end):
            prev.value_min, prev.end = q.value, q.end + 1  # (the parentheses belong to the number)
            continue
        out.append(q)
    return out


_FROM_OPEN = re.compile(r"\s*\(\s*from\s+")
_RANGE_FROM = re.compile(r"\brang(?:e|es|ed|ing)\s+from\s+$")
_RANGE_TO = re.compile(r"(?:\s+(?:for|on|in|with)\s+[^,;.()]{1,50}?)?\s+to\s+")


def _count(word: str) -> int:
    """"a", "two", "3" -> 1, 2, 3 (orders of magnitude)."""
    low = word.lower()
    return 1 if low in ("a", "an") else _WORDNUM.get(low) or int(low)


# "×3.12", "(× 2.1)": a factor sign written before its number (not "30 × 30", a shape)
_SIGN_FIRST = re.compile(r"(?<!\d)(?<!\d\s)(×\s?)(\d+(?:\.\d+)?)(?![\d×])")
# "x10.44 speedup", "reduces reasoning length by about x3.7": a letter x before the number, only before a
# speedup word or after "by", "about", ... (not "x86", nor "accelerated by x86 cores")
_X_DIGIT = re.compile(r"x\d")  # a quick test (a scan for a literal) before _X_FIRST's slow one
_X_FIRST = re.compile(r"(?<![\w.])(x)(\d+(?:\.\d+)?)(?=\s+(?:speed-?ups?|faster)\b)"
                      r"|(?:(?<=\bby )|(?<=\babout )|(?<=\baround )|(?<=\bnearly )|(?<=\bup to ))(x)"
                      r"(?!(?:86|64)\b)(\d+(?:\.\d+)?)(?![\w.]*\w)")


def _sign_behind(m: re.Match) -> str:
    if m.group(1) is None:  # _X_FIRST's second form
        return m.group(4) + m.group(3)
    return m.group(2) + m.group(1)


def _num(text: str) -> float:
    return float(text.replace(",", ""))


# "up to 18 and 32 times", "1.5, 2.1 and 3.4x": bare numbers listed before the one that carries the unit
_BARE_BEFORE = re.compile(r"(?<![\w.,$\\-])(\d{1,3}(?:\.\d+)?)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def _bare_members(s: str, start: int, unit: str) -> list["_Q"]:
    out = []
    k = start
    while True:
        m = _BARE_BEFORE.search(s, max(0, k - 16), k)
        if m is None:
            break
        out.append(_Q(m.start(1), m.end(1), _num(m.group(1)), unit))
        k = m.start(1)
    if out and s[max(0, k - 8):k].rstrip().lower().endswith(("between", "from")):
        return []   # "between 2 and 5 times": a range, read elsewhere
    return out[::-1]


@dataclass(slots=True)
class _Q:
    """One factor or percentage inside a sentence (offsets are sentence-local)."""
    start: int
    end: int
    value: float
    unit: str
    value_min: float | None = None
    inner: str | None = None     # a qualifier written inside a range ("2x to more than 1000x")
    claim: bool = False
    paren: bool = False          # inside "( ... )" right after another quantity
    share: bool = False          # "99.3% of the performance of ChatGPT": a share of a baseline's figure
    spent: bool = False          # "using only 10% of the memory": a share whose other party is compared elsewhere
    group: int = -1
    slot: int = -1


@dataclass
class _Tables:
    """Cue tables loaded from kg/patterns/claim_*.jsonl and compiled once."""
    metric_re: re.Pattern
    metrics: dict
    cues: dict = field(default_factory=dict)
    qual_re: re.Pattern | None = None
    quals: dict = field(default_factory=dict)
    prep_re: re.Pattern | None = None
    verb_preps: set = field(default_factory=set)
    pronoun_re: re.Pattern | None = None
    generic: set = field(default_factory=set)
    prep_scan: "_WordScan | None" = None
    pronoun_scan: "_WordScan | None" = None
    name_words: Memo = field(default_factory=Memo)   # word -> _fallback_word verdict, filled as read
    name_shapes: Memo = field(default_factory=Memo)  # name-like word -> has _NAME_SHAPE


def _alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=4)
def load_tables(pattern_dir: str | None = None) -> _Tables:
    """Read the cue tables; cached so that every pipeline shares one compiled copy."""
    base = Path(pattern_dir) if pattern_dir else PATTERN_DIR
    metrics: dict = {}
    for row in _read_jsonl(base / "claim_metrics.jsonl"):
        metrics[row["pattern"].lower()] = (row["kind"], bool(row.get("lower_is_better")),
                                           bool(row.get("generic")))
    cues: dict = {}
    quals: dict = {}
    for row in _read_jsonl(base / "claim_cues.jsonl"):
        cues.setdefault(row["type"], set()).add(row["pattern"].lower())
        if row["type"] == "qualifier":
            quals[row["pattern"].lower()] = row["value"]
    metric_re = re.compile(rf"(?<![a-z0-9@])(?:{_alternation(metrics)})(?=(?:s|es)?(?![a-z0-9]|-up))")
    qual_re = re.compile(rf"(?:(?<![a-z])(?:{_alternation(quals)})(?![a-z]))")
    preps = cues.get("baseline_prep", set()) | cues.get("baseline_verb", set())
    prep_re = re.compile(rf"(?<![A-Za-z])(?:{_alternation(preps)})(?![A-Za-z])", re.I)
    pronoun_re = re.compile(rf"\b(?:{_alternation(cues.get('subject_pronoun', ()))})\b", re.I)
    cues["change"] = cues["up"] | cues["down"] | cues["good"] | cues["worse"]
    for k in list(cues):
        cues[k] = frozenset(cues[k])
    return _Tables(metric_re=metric_re, metrics=metrics, cues=cues, qual_re=qual_re,
                   quals=quals, prep_re=prep_re, verb_preps=cues.get("baseline_verb", set()),
                   # words no rival is named by: the claim list's own, and every word the entity
                   # lexicon says names no one thing ("ETL", "NERSC", "COO")
                   pronoun_re=pronoun_re, generic=cues.get("generic_baseline", set())
                   | lexicon(str(base)).get("not_names", frozenset()),
                   prep_scan=_WordScan(prep_re, preps),
                   pronoun_scan=_WordScan(pronoun_re, cues.get("subject_pronoun", ())))


_RUN = re.compile(r"[a-z]+")


class _WordScan:
    """`rx.finditer` for a case-blind alternation of phrases that can only match where a word
    starts (a look-behind or \\b before them), tried only where a phrase's first word occurs.

    Why: such a regex tries every phrase at every character (the slowest scans of a
    sentence). Every phrase starts with a letter and its first word ends at a non-letter or
    at the look-ahead, so a match can only start where the lower-cased text holds a phrase's
    first word after a non-letter; str.find lists those places.
    """

    def __init__(self, rx: re.Pattern, phrases) -> None:
        self.rx = rx
        firsts = [_RUN.match(p.lower()) for p in phrases]
        self.firsts = None if any(f is None for f in firsts) else sorted({f.group(0) for f in firsts})

    def finditer(self, s: str, low: str | None, end: int | None = None) -> list[re.Match]:
        """The matches of rx.finditer(s, 0, end); `low` is s.lower(), or None when its
        offsets cannot be trusted."""
        if end is None:
            end = len(s)
        if low is None or self.firsts is None:
            return list(self.rx.finditer(s, 0, end))
        starts = []
        find = low.find
        for w in self.firsts:
            k = find(w, 0, end)
            while k >= 0:
                if k == 0 or not ("a" <= low[k - 1] <= "z"):
                    starts.append(k)
                k = find(w, k + 1, end)
        if not starts:
            return []
        starts.sort()
        out = []
        last = 0
        match = self.rx.match
        for p in starts:
            if p >= last:
                m = match(s, p, end)
                if m:
                    out.append(m)
                    last = m.end()
        return out


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line:
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc}") from None
    return rows


# ---------------------------------------------------------------- component
@Language.factory("kg_claims", default_config={"pattern_dir": None})
class ClaimExtractor:
    """Finds quantified comparison claims; writes `doc._.claims: list[Claim]`."""

    def __init__(self, nlp: Language, name: str = "kg_claims", pattern_dir: str | None = None):
        self.name = name
        self.tables = load_tables(pattern_dir)

    def __call__(self, doc: Doc) -> Doc:
        claims: list[Claim] = []
        # Doc.text joins every token; components share one copy through user_data
        text = doc.user_data.get("kg_text")
        if text is None:
            text = doc.user_data["kg_text"] = doc.text
        # the title is not the abstract: "Over 100x Faster Bootstrapping ..." repeats a claim the abstract states
        title_end = doc.user_data.get("kg_title_end") or 0
        done_until = title_end or -1
        chosen: list[int] = []   # sentences holding a factor or a percentage: only they are read
        bounds = None
        for pos in _gate(text):
            if pos < done_until:
                continue
            if bounds is None:
                tab = table(doc)
                bounds = _sentence_bounds(doc, tab)
            k = bisect_right(bounds[1], pos) - 1
            chosen.append(k)
            done_until = bounds[2][k]
        if chosen:
            proposed = list(doc._.proposed or [])
            keys = _proposed_keys(proposed)
            first, starts, ends = bounds
            hardware = _hardware_spans(doc, tab, text)  # (does the paper name any? a hint that "performance" is speed)
            for k, ents in zip(chosen, _entities_of(doc, tab, text, chosen, first)):
                a = starts[k] if k >= 0 else 0
                reader = SentenceReader(self.tables, text[a:ends[k]], a, ents, proposed, text, keys, bool(hardware))
                found = reader.claims()
                if found and not reader.phrases and k > 0 and k - 1 not in chosen and starts[k - 1] >= title_end:
                    self._compared_before(doc, tab, text, k - 1, first, found, proposed, keys)
                claims.extend(found)
            if claims and not doc._.proposed:
                _guess_subject(claims)
            if claims:
                claims = generic_hardware.resolve(claims, text, hardware)
        doc._.claims = claims
        return doc

    def _compared_before(self, doc: Doc, tab, text: str, k: int, first: list[int], found: list[Claim],
                         proposed: list[str], keys: set[str]) -> None:
        """"Compared with FasterTransformer, EnergonAI has superior performance. In our experiments,
        EnergonAI achieves 37% latency reduction": a sentence that states numbers but no comparison
        takes the one name the sentence before it compares against, when that one has no number."""
        a, b = tab.idx[first[k]], tab.idx[first[k + 1]]
        before = SentenceReader(self.tables, text[a:b], a, _entities_of(doc, tab, text, [k], first)[0],
                                proposed, text, keys)
        names = before.compared_names()
        if len(names) != 1:
            return
        for c in found:
            if c.baseline is None and name_key(names[0]) != name_key(c.subject or ""):
                c.baseline = names[0]


def _hardware_spans(doc: Doc, tab, text: str) -> list[tuple[int, int, str]]:
    """The Doc's hardware mentions as (start char, end char, text)."""
    mine = doc.user_data.get("kg_ents")
    if mine is None:
        group = doc.spans.get("entities") or []
        return [(sp.start_char, sp.end_char, sp.text) for sp in group if sp.label_ == "Hardware"]
    idx, texts = tab.idx, tab.texts
    spans = [(idx[s], idx[e - 1] + len(texts[e - 1])) for s, e, label, _ in mine[1] if label == "Hardware"]
    return [(a, b, text[a:b]) for a, b in spans]


def _guess_subject(claims: list[Claim]) -> None:
    """No proposed system known: claims with no subject of their own take the paper's usual one."""
    named = [c.subject for c in claims if c.subject]
    if not named:
        return
    best = max(named, key=named.count)
    for c in claims:
        if c.subject is None and name_key(best) != name_key(c.baseline or ""):
            c.subject = best  # (never the claim's own baseline)


def _sentence_bounds(doc: Doc, tab) -> tuple[list[int], list[int], list[int]]:
    """Each sentence's first word and its start and end chars (as Span.start_char/end_char),
    from the word table (its sentence starts when the sentence component left them there,
    else the Doc's array): no Token or Span objects are made."""
    first = getattr(tab, "bounds", None)
    idx = getattr(tab, "idx", None)
    if first is None or idx is None:
        arr = doc.to_array([IDX, SENT_START])
        first = (arr[:, 1] == 1).nonzero()[0].tolist()
        idx = arr[:, 0].tolist()
    if not first or first[0] != 0:
        first = [0] + first
    texts = tab.texts
    last = [b - 1 for b in first[1:]]
    last.append(len(texts) - 1)
    return first, [idx[a] for a in first], [idx[b] + len(texts[b]) for b in last]


def _entities_of(doc: Doc, tab, text: str, chosen: list[int], first: list[int]) -> list[list[tuple]]:
    """For each chosen sentence, the entity spans inside it as (start char, end char, label,
    text), in the group's order. Read from the entity components' word-offset tuples while
    no other span group replaced them (no Span objects; chars only for the chosen sentences)."""
    group = doc.spans.get("entities")
    mine = doc.user_data.get("kg_ents")
    if mine is None or mine[0] is not group:
        if group is None:
            return [[] for _ in chosen]
        every = [(a, b, sp.label_, text[a:b]) for sp in group for a, b in ((sp.start_char, sp.end_char),)]
        return [every for _ in chosen]
    idx, texts = tab.idx, tab.texts
    n, last = len(texts), len(first) - 1
    where = {k: j for j, k in enumerate(chosen)}
    out: list[list[tuple]] = [[] for _ in chosen]
    for s, e, label, _ in mine[1]:
        k = bisect_right(first, s) - 1  # sentences are disjoint: only s's own one can hold it
        j = where.get(k)
        if j is not None and e <= (first[k + 1] if k < last else n):
            a, b = idx[s], idx[e - 1] + len(texts[e - 1])
            out[j].append((a, b, label, text[a:b]))
    return out


def _proposed_keys(proposed: list[str]) -> set[str]:
    return {name_key(p) for p in proposed} | {_acronym(p) for p in proposed if " " in p}


def extract_claims(text: str, entities: list[tuple[int, int, str, str]], proposed: list[str],
                   tables: _Tables | None = None) -> list[Claim]:
    """Claims of one sentence without spaCy (entities as (start, end, label, text) in `text`)."""
    if not _gate(text):
        return []
    return SentenceReader(tables or load_tables(), text, 0, entities, proposed).claims()


_AS_SPACE = str.maketrans("\n\r\t", "   ")


class SentenceReader:
    """Reads the claims of one sentence; all offsets are local to `self.s`."""

    def __init__(self, tables: _Tables, text: str, offset: int,
                 ents: list[tuple[int, int, str, str]], proposed: list[str], doc_text: str = "",
                 proposed_keys: set[str] | None = None, on_hardware: bool | None = None):
        self.t = tables
        # does the paper name hardware? (this sentence's names when only the sentence is given)
        self.on_hardware = any(e[2] == "Hardware" for e in ents) if on_hardware is None else on_hardware
        self.doc_text = doc_text or text
        self.text = text
        text = _plain_times(text)
        if "\n" in text or "\r" in text or "\t" in text:  # a hard-wrapped line: read as one (same length)
            text = text.translate(_AS_SPACE)
        if "%" in text:
            text = _PERCENTILE.sub(_mask_percentile, text)
        if "×" in text:  # "a speedup of ×3.12": the sign written first moves behind the number (same length)
            text = _SIGN_FIRST.sub(_sign_behind, text)
        if "$" in text:  # "$2.45$x", "$29\times$": a number set as math (the same length, so offsets hold)
            text = _MATH_OPEN.sub(" ", _MATH_FACTOR.sub(r" \1 ", _MATH_NUMBER.sub(r" \1 ", text)))
        self.s = text
        self.low = self.s.lower()
        self.offset = offset
        self._doc_ents = ents
        self.proposed = proposed
        self._memo: dict = {}
        self._clause_stops: list[int] | None = None
        # self.low for _WordScan, unless lower-casing moved offsets or case-blind matching
        # differs from it ("ı", "ſ")
        self._scan_low = None if len(self.low) != len(self.s) or "ı" in self.s or "ſ" in self.s else self.low
        self._fallback: list | None = None
        self.proposed_keys = _proposed_keys(proposed) if proposed_keys is None else proposed_keys

    def _local_ents(self) -> list[tuple[int, int, str, str]]:
        """The sentence's entity spans in local offsets, the longest of overlapping ones kept
        ("NVIDIA A100 GPU" over "A100")."""
        offset = self.offset
        end = offset + len(self.s)
        local = sorted(((a - offset, b - offset, label, name) for a, b, label, name in self._doc_ents
                        if a >= offset and b <= end), key=lambda e: (e[0], -e[1]))
        out: list[tuple[int, int, str, str]] = []
        for e in local:
            if out and e[0] < out[-1][1]:
                continue
            out.append(e)
        return out

    # -------------------------------------------------------------- driver
    def compared_names(self) -> list[str]:
        """The distinct systems, models or chips this sentence compares with ("Compared with X, ...",
        "evaluated against X"): no "than" or "over", which make a comparison of their own."""
        self.ents = self._local_ents()
        known = {name for _, _, label, name in self.ents if label in ("System", "Hardware", "Model")}
        out: list[str] = []
        for p in self._baseline_phrases():
            prep = self.low[p[0]:p[1]].strip()
            if not (_COMPARE_PREP.match(prep) or prep == "against"):
                continue
            for name in self._names_in(p[1], p[2]):
                k = self.s.find(name, p[1], p[2])
                if _CLASS_AFTER.match(self.low, k + len(name)):
                    continue  # "against state-of-the-art LoRA serving systems": a class, not one of them
                if name in known and name_key(name) not in {name_key(o) for o in out}:
                    out.append(name)
        return out

    def claims(self) -> list[Claim]:
        self.phrases: list = []
        qs = self._quantities()
        if not qs:
            return []
        self.ents = self._local_ents()
        named = [(a, b) for a, b, label, _ in self.ents if label in NAMED]
        if named:  # "Threadripper 3990X", "Ryzen 9 5950X": a product's number, not a factor
            qs = [q for q in qs if not any(a <= q.start and q.end <= b for a, b in named)]
            if not qs:
                return []
        self._group(qs)
        self._decide(qs)
        qs = [q for q in qs if q.claim]
        if not qs:
            return []
        self._claim_qs = qs
        phrases = self.phrases = self._baseline_phrases()
        out: list[Claim] = []
        prev_metric: tuple | None = None
        groups: dict[int, list[_Q]] = {}
        for q in qs:
            groups.setdefault(q.group, []).append(q)
        respectively = bool(_RESPECTIVELY.search(self.low))
        per_group = {gid: self._baselines_for(m[0], m[-1], phrases, m, respectively)
                     for gid, m in groups.items()}
        self._carry_baselines(groups, per_group, respectively, phrases)
        baseline_keys = {name_key(b) for bl in per_group.values() for names in bl.values() for b in names if b}
        own_hardware = self._hardware_per_number(qs)
        for gid, members in groups.items():
            first, last = members[0], members[-1]
            baselines = per_group[gid]
            subject = self._subject(first, last, phrases) or self._hardware_rival(first, baselines)
            if subject and not any(b for names in baselines.values() for b in names):
                winner, losers = self._passive(first)
                if winner:
                    if respectively and len(losers) == len(baselines) > 1:  # "A and B are outperformed by X"
                        baselines = {sl: [b] for sl, b in zip(sorted(baselines), losers)}
                    else:
                        baselines = {sl: [subject] for sl in baselines}
                    subject = winner
            if subject and not any(b for names in baselines.values() for b in names):
                base = self._applied_to(first, subject)
                if base:  # "when applied to Qwen2.5-Coder, it improves Pass@1 by 28.91%": over the model alone
                    baselines = {sl: [base] for sl in baselines}
            hardware = self._hardware(phrases, subject)
            aligned = self._aligned_metrics(members, last) if respectively else {}
            first_metric = None
            for q in members:
                metric = aligned.get(q.slot) or self._metric(q, first, last)
                if metric is None and prev_metric is not None and not self._own_verb(q) \
                        and (q is first or first_metric is not None) and not _SIZE_WORD.match(self.low, q.end):
                    # ("while speeding up decoding by 2.18x and 1.50x": 1.50x is measured as 2.18x is,
                    # but "7.5x smaller" is no accuracy)
                    metric = prev_metric
                if q is first:
                    first_metric = metric
                if metric is None:
                    metric = self._metric_in_baseline(last, phrases)
                if metric is not None:
                    prev_metric = metric
                name, kind, lower_better, generic = metric or (None, "speedup", False, True)
                kind = self._accuracy_context(q, kind, generic, name)
                # 40% of X's memory is better, of its speed worse; spending "only" a share is better
                better = self._better(q, first, last, lower_better, name) if not q.share \
                    else q.spent or (q.value < 100) == lower_better
                qual = self._qualifier(q)
                if qual is None and not q.paren and q is not first and not first.paren:
                    qual = self._qualifier(first)   # "up to 1.5x and 2.1x": one qualifier for the list
                elif qual is None and q.paren:  # "(up to 5.25x and 3.45x)", "(3.54x and 1.46x on average)"
                    inner = [m for m in members if m.paren]
                    qual = self._qualifier(inner[0]) or self._qualifier(inner[-1])
                measured_on = hardware if own_hardware is None else own_hardware[id(q)]
                for baseline in baselines.get(q.slot, [None]):
                    if baseline and subject and name_key(baseline) == name_key(subject) \
                            and baseline.count("+") == subject.count("+"):  # ("GraphGen+ ... over GraphGen")
                        baseline = None  # "persistent MPI ... over the baseline MPI": a variant of itself
                    hw = [h for h in measured_on if name_key(h) not in baseline_keys]
                    out.append(Claim(
                        subject=subject, baseline=baseline, metric=name, metric_kind=kind,
                        value=q.value, unit=q.unit, qualifier=qual, better=better,
                        hardware=hw, evidence=self.text.strip(),
                        value_min=q.value_min, start=self.offset + q.start,
                        end=self.offset + q.end))
        return out

    # -------------------------------------------------------------- numbers
    def _quantities(self) -> list[_Q]:
        s = self.s
        qs = []
        for m in _QTY.finditer(s):
            written = m.group("u") or m.group("ua") or ""  # "6% speedup": the unit before a bare "speedup"
            unit = "%" if "%" in written or "percent" in written else "x"
            if m.group("ua") and (("%" in m.group("ua")) != (unit == "%")):
                continue
            if unit == "x":
                tail = s[m.end():m.end() + 24]
                # "8x A100", "8timesRTX 4090", "30 x 30 maze": counts and shapes, not factors; but a
                # count is whole, and "3x GPU memory savings" measures the GPU
                if _COUNT_AFTER.match(tail) and "." not in (m.group("b") or m.group("a")) \
                        and not _CHIP_MEASURE.match(tail):
                    continue
                if _LABEL_AFTER.match(tail):
                    continue  # "the 4x-coarsened solver", "a 2x-larger model": a setting that names a variant
            if unit == "%" and _SHARE_BEFORE.search(s, max(0, m.start() - 16), m.start()) \
                    and _SHARE_AFTER.match(s, m.end()):
                continue   # "in 79% of all matrices": a share of the cases, not a change
            a = _num(m.group("a"))
            if _SET_TO.search(s, max(0, m.start() - 3), m.start()) and not (
                    _OVER_SIGN.search(s, max(0, m.start() - 3), m.start()) and _CHANGE_AFTER_SIGN.match(s, m.end())):
                continue   # "at matched Recall@10=90%": a setting, not a change ("a >100,000-fold speedup" is one)
            if _SETTING_OF.search(self.low, max(0, m.start() - 60), m.start()):
                continue   # "for high load factors of over 90%": the setting a result holds in
            if m.group("b") and unit == "%" and _FROM_BEFORE.search(self.low, max(0, m.start() - 40), m.start()) \
                    and _TO_WORD.search(m.group(0)):
                continue   # "from 35% to 52%": two absolute values, not a range of changes
            if unit == "%" and not m.group("b") and (
                    _FROM_BEFORE.search(self.low, max(0, m.start() - 40), m.start()) and _TO_PERCENT.match(s, m.end())
                    or _FROM_PERCENT.search(s, max(0, m.start() - 64), m.start())):
                continue   # "from 46.4% with PyTorch to 90.45%": the two levels, not a change
            power = None if m.group("b") else _POWER_OF_TEN.search(s, max(0, m.start() - 5), m.start())
            if power is not None:  # "up to ~10^5x": ten to the power written
                qs.append(_Q(power.start(), m.end(), float(10 ** min(a, 30)), unit))
                continue
            if m.group("b"):
                b = _num(m.group("b"))
                lo, hi = min(a, b), max(a, b)
                qs.append(_Q(m.start(), m.end(), hi, unit, lo,
                             inner=(m.group("inner") or "").strip() or None))
            else:
                if not m.group("ua"):
                    qs.extend(_bare_members(s, m.start(), unit))
                qs.append(_Q(m.start(), m.end(), a, unit, inner="over" if m.group("plus") else None))
        low = self.low
        for m in (_FACTOR.finditer(s) if "factor" in low else ()):
            if _SCALED_BY.search(low, max(0, m.start() - 60), m.start()):
                continue  # "when increasing the device count by a factor of 8": the run's setting
            w = m.group("n").lower()
            value = float(_WORDNUM[w]) if w in _WORDNUM else _num(w)
            hi = _num(m.group("hi")) if m.group("hi") else None
            inner = "average" if m.group("avg") else None
            if hi is not None and hi > value:
                qs.append(_Q(m.start("n"), m.end(), hi, "x", value, inner=inner))
            else:
                qs.append(_Q(m.start("n"), m.end("n"), value, "x", inner=inner))
                more = _FACTOR_AND.match(s, m.end()) if "respectively" in low else None
                if more:  # "a factor 149 and 176, respectively": one factor for each setting
                    qs.append(_Q(more.start("n"), more.end("n"), _num(more.group("n")), "x", inner=inner))
        for m in (_WORD_QTY.finditer(s) if "time" in low or "fold" in low else ()):
            qs.append(_Q(m.start(), m.end(), float(_WORDNUM[m.group("w").lower()]), "x"))
        for m in (_BY_WORD_FOLD.finditer(s) if "fold" in low else ()):
            if not any(q.start == m.start("w") for q in qs):  # (not one _WORD_QTY read already)
                qs.append(_Q(m.start("w"), m.end(), float(_WORDNUM[m.group("w").lower()]), "x"))
        for m in (_WORD_PAIR_QTY.finditer(s) if "times" in low else ()):  # "speedups of six and ten times"
            qs.append(_Q(m.start("w"), m.end("w"), float(_WORDNUM[m.group("w").lower()]), "x"))
            qs.append(_Q(m.start("w2"), m.end(), float(_WORDNUM[m.group("w2").lower()]), "x"))
        for m in (_MAGNITUDE.finditer(s) if "magn" in low else ()):
            lo = float(10 ** _count(m.group("lo"))) if m.group("lo") else None
            power = 0.5 if m.group("half") else _count(m.group("w"))
            qs.append(_Q(m.start(), m.end(), float(round(10 ** power, 1)), "x", lo, inner="about"))
        for m in (_MULTIPLE.finditer(s) if any(w in low for w in _MULTIPLE_WORDS) else ()):
            qs.append(_Q(m.start(), m.end(), float(_MULTIPLES[m.group(m.lastgroup).lower()]), "x"))
        qs.sort(key=_START)
        if "(from " in low:
            qs = _from_ranges(qs, low)
        return _between_ranges(qs, low) if "between" in low or "rang" in low else qs

    def _group(self, qs: list[_Q]) -> None:
        """Lists ("1.8x and 7.1x", "1.28x (up to 1.73x)") share metric and baseline."""
        gid = slot = 0
        qs[0].group, qs[0].slot = 0, 0
        inner: list[_Q] = []  # a list opened in parentheses after a list: "by 6.95x and 4.08x (3.54x and 1.95x)"
        for prev, q in zip(qs, qs[1:]):
            gap = self.low[prev.end:q.start]
            if _PAREN_GAP.fullmatch(gap):
                q.paren, q.group, q.slot = True, gid, slot
                inner = [q] if slot else []
                continue
            listed = _LIST_GAP.fullmatch(gap) and not _COMPARE_WORD.search(gap)
            if inner and listed and ")" not in gap:
                inner.append(q)
                q.paren, q.group = True, gid
                if len(inner) == slot + 1:  # as many as outside: the same slots, in order
                    for k, item in enumerate(inner):
                        item.slot = k
                    inner = []
                else:
                    q.slot = slot + len(inner) - 1
                continue
            if inner:  # a list in parentheses of another length: its items counted on
                slot += len(inner) - 1
                inner = []
            if listed:
                slot += 1
            else:
                gid += 1
                slot = 0
            q.group, q.slot = gid, slot

    # -------------------------------------------------------------- claim or not
    def _before(self, q: _Q, words: int = 8, stop_comma: bool = True) -> str:
        """Text just before q, back to the previous quantity or clause break."""
        key = (q.start, words, stop_comma)
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = self._before_text(q, words, stop_comma)
        return hit

    def _before_text(self, q: _Q, words: int, stop_comma: bool) -> str:
        text = self._memo.get(q.start)
        if text is None:
            text = self._memo[q.start] = self._clause_before(q.start)
        if stop_comma and ("," in text or "—" in text):  # "to minimize overhead—achieving 4.6x": a dash as a comma
            text = text[max(text.rfind(","), text.rfind("—")) + 1:]
        if len(_WORD.findall(text)) > words:   # (no Match objects unless the text is cut)
            ws = list(_WORD.finditer(text))
            text = text[ws[-words].start():]
        return text

    def _clause_before(self, start: int) -> str:
        """The clause before `start`, from after the last quantity in it (and then from the
        first clause word after that quantity)."""
        stops = self._clause_stops
        if stops is None:
            stops = self._clause_stops = [m.end() for m in _CLAUSE_STOP.finditer(self.low)]
        k = bisect_right(stops, start) - 1
        lo = stops[k] if k >= 0 else 0
        text = self.low[lo:start]
        cut = self._cut_numbers(text, lo)
        if cut is not text and len(cut) != len(text):
            m = _AFTER_STOP_RE.search(cut)
            cut = cut[m.start():] if m else ""
        return cut

    def _cut_numbers(self, text: str, lo: int) -> str:
        if _DIGIT.search(text) is None:   # every quantity starts with a digit
            return text
        last = None
        for m in _QTY.finditer(text):
            last = m
        if last is not None:
            text = text[last.end():]
        return text

    def _after(self, q: _Q, words: int = 8) -> str:
        """Text just after q up to a punctuation mark, preposition or the next quantity."""
        key = (q.end, words)
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = self._after_text(q, words)
        return hit

    def _after_text(self, q: _Q, words: int) -> str:
        text = self.low[q.end:q.end + 120]
        d = _DIGIT.search(text)
        if d is not None:
            # the next quantity ends the text; it starts at a digit, so words read before
            # the first digit are read the same whether or not it is cut there
            got, used = self._after_words(text, words)
            if used <= d.start():
                return got
            m = _QTY.search(text)
            if m:
                text = text[:m.start()]
        return self._after_words(text, words)[0]

    @staticmethod
    def _after_words(text: str, words: int) -> tuple[str, int]:
        """The words of `text` up to punctuation or a clause word, and how far they were read."""
        out = []
        prev = ""
        used = len(text)
        for w in _AFTER_TOKEN.finditer(text):
            tok = w.group(0)
            used = w.end()
            if tok == ")" and not out and not prev:
                prev = ")"
                continue
            if tok in ",;:.()[]":
                break
            if tok in _AFTER_STOP and not (tok in ("in", "of") and (prev in _CHANGE_NOUNS or not out)):
                break
            out.append(tok)
            prev = tok
            if len(out) >= words:
                break
        return " ".join(out), used

    def _decide(self, qs: list[_Q]) -> None:
        cues = self.t.cues
        by_group: dict[int, list[_Q]] = {}
        for q in qs:
            by_group.setdefault(q.group, []).append(q)
        for members in by_group.values():
            first, last = members[0], members[-1]
            after = self._after(last)
            near_before = self._before(first, words=4, stop_comma=False)
            if _has(near_before, cues["trend"]) or _GAP_WORD.search(near_before) or \
                    _TREND_AFTER.match(self.low, last.end):
                continue
            any_x = any(q.unit == "x" for q in members)
            # a factor makes every member a claim: the cue words only decide lone percentages
            has_cue = any_x or self._change_cue(first, last, after, near_before)
            for q in members:
                if _THAN_VALUE.search(self.low, max(0, q.start - 48), q.start):
                    continue  # "29% faster than the 42.1% we achieve ...": the baseline's own value
                if _SPREAD_BEFORE.search(self.low, max(0, q.start - 40), q.start):
                    continue  # "fees that can differ by two orders of magnitude": a spread, no comparison
                if q.unit == "x" and self.low.endswith("(", 0, q.start) and _SIZE_PAREN.match(self.low, q.end):
                    continue  # "an 8B-parameter model (30x larger)": the size of the thing named, no win
                if q.unit == "x" and _X_SETTING.match(self.low, q.end) \
                        and _X_SETTING_BEFORE.search(self.low, max(0, q.start - 12), q.start):
                    continue  # "with a 2x compression rate, CompLLM speeds up ...": the setting it runs at
                if q.unit == "x":
                    q.claim = True
                    continue
                # (not "when pruning 25% of the layers of Qwen3-32B": a setting)
                if _SHARE_OF.match(self.low, q.end) and not _PRUNING_BEFORE.search(self.low, q.start - 20, q.start):
                    q.claim = q.share = True
                    continue
                if _OF_OWN.match(self.low, q.end) and _SPENDS_ONLY.search(self.low, max(0, q.start - 48), q.start) \
                        and not (_OF_DATA.match(self.low, q.end)
                                 and not _COMPARED.search(self.low, q.end, q.end + 70)):
                    q.claim = q.share = q.spent = True
                    continue
                if self._absolute_percent(q, members, after):
                    continue
                q.claim = has_cue
        # "22% ... and 16%": a percentage right after a claim in the same clause is one too
        # (past a setting between: "by 20.1% at 95% attainment and 33.0% at 99% attainment")
        for k, q in enumerate(qs[1:], 1):
            j = k - 1
            while j > 0 and not qs[j].claim and self.low.endswith("at ", 0, qs[j].start):
                j -= 1
            prev = qs[j]
            if not q.claim and q.unit == "%" and prev.claim and q.group != prev.group:
                gap = self.low[prev.end:q.start]
                if not _CLAUSE_GAP.search(gap) and len(gap) < 80 and not _THAN_VALUE.search(gap) \
                        and not self._absolute_percent(q, [q], self._after(q)):
                    q.claim = True
        # "impose under 10% throughput and 20% latency overheads": the change word after the second covers the first
        for q, nxt in zip(qs, qs[1:]):
            if not q.claim and q.unit == "%" and nxt.claim and nxt.unit == "%" \
                    and _CARRY_BACK.fullmatch(self.low, q.end, nxt.start) \
                    and not self._absolute_percent(q, [q], self._after(q)):
                q.claim = True

    def _change_cue(self, first: _Q, last: _Q, after: str, near_before: str) -> bool:
        """Do the words around a group say a change ("faster", "reduces", "over X")?"""
        cues = self.t.cues
        change = cues["change"]
        before = self._before(first, words=10, stop_comma=False)
        if not change.isdisjoint(_words(after)[:4]) or _has(after, change) or \
                not change.isdisjoint(_words(before)) or _has(before, change):
            return True
        if _COMPARE_AFTER.search(self.low[last.end:last.end + 80]) is not None:
            return True
        return _has(near_before, cues["hint"]) or _has(after, cues["hint"]) or \
            _BY_BEFORE.search(near_before) is not None

    def _absolute_percent(self, q: _Q, members: list[_Q], after: str) -> bool:
        cues = self.t.cues
        own_after = self._after(q) if q is not members[-1] else after
        aw = _words(own_after)
        change = cues["change"]
        # "99% latency": a percentile, not a change
        if (q.value in _PERCENTILES or 99 <= q.value < 100) and aw and aw[0] in cues["percentile"]:
            return True
        if _CUT_TO.search(self.low, max(0, q.start - 80), q.start) and _OF_THE_WHOLE.match(self.low, q.end):
            return False  # "reduces decoding steps to just 14.2% of the original": a cut, told by what is left
        tail = self.low[q.end:q.end + 6]
        if _OF_NEXT.match(tail) or _OF_NEXT.match(self.low[members[-1].end:members[-1].end + 6]):
            # "53% of the peak" is a level; "saves 53% of GPU memory" is a change
            return not _SAVED_SHARE.search(self.low, max(0, members[0].start - 40), members[0].start)
        if aw and aw[0] in cues["absolute"] and not (set(aw[:4]) & change):
            return True
        if _PEAK_NEXT.match(self.low, q.end) and not (set(aw[:5]) & change):
            return True  # "achieves up to 80% peak utilization": a level ("a 40% peak memory reduction" is a change)
        if _KEPT_LEVEL.search(self.low, max(0, q.start - 60), q.start) and not (set(aw[:4]) & change):
            return True  # "could maintain recall rates over 98.5%": a level held, not a change
        if _TO_VALUE.search(self.low, 0, q.start) and not (set(aw[:4]) & change):
            return True
        before = self.low[max(0, q.start - 60):q.start]
        # "a 0.8% drop from the original model (96.8%)", "outperforming existing SOTA (95%)": a score in
        # parentheses after the thing that scored it
        if len(members) == 1 and _SCORE_PAREN.search(before) and self.low.startswith(")", q.end):
            return True
        # "H2O with 20% heavy hitters improves ...": a setting of the system, not a change
        # ("with over 54% GPU memory reduction": the noun a few words on says a change)
        if before.endswith(_SETTING_WORDS) and _SETTING_BEFORE.search(before) and not (set(aw[:2]) & change) \
                and not self.t.metric_re.match(own_after.lstrip()) and not set(aw[2:4]) & _CHANGE_NOUNS:
            return True
        m = _NOUN_OF_BEFORE.search(before)
        # ("an average of 26% performance improvement": "average of" qualifies the change that follows)
        if m and m.group(1) not in _CHANGE_NOUNS and m.group(1) not in ("average", "mean", "median") and \
                not set(_words(self._before(q, words=10, stop_comma=False))) & change:
            return True
        m = _REACHED_BEFORE.search(before)
        # ("achieves a 23.4%/28.5% improvement": the change word after the list is every member's)
        if m and not (set(aw[:4]) & change) and not (set(_words(after)[:4]) & change) \
                and not _GAIN_WORD.search(before[-40:]):
            return True
        # ("three sparsity rates (25%, 37.5%, and 50%)": the words before the list set every number in it)
        lead = before if q is members[0] else self.low[max(0, members[0].start - 60):members[0].start]
        return _SPARSITY_BEFORE.search(lead) is not None and not (set(aw[:2]) & change)

    # -------------------------------------------------------------- metric
    def _metric(self, q: _Q, first: _Q, last: _Q):
        hit = self._find_metric(self._after(last), first_match=True)
        if hit is None:
            hit = self._find_metric(self._before(first, words=10), first_match=False)
            if hit is not None and hit[1] != "memory" and _SIZE_WORD.match(self.low, last.end):
                return None  # "96.8% of its accuracy while being 7.5x smaller": a size is no accuracy
        elif hit[3] and _FASTER_NEXT.match(self.low, last.end):
            # "the time-to-solution can be 7 times faster": a time that is faster is that time
            before = self._find_metric(self._before(first, words=10), first_match=False)
            if before is not None and before[1] == "time" and not before[3]:
                return before
        if hit is None or hit[3]:
            # "In graph construction time, X is 27x faster", "For saving times, ...": the measure the
            # sentence opens with, over a generic "faster"
            lead = _LEAD_MEASURE.match(self.low)
            found = self._find_metric(lead.group(1), first_match=True) if lead and lead.end() <= first.start else None
            if found is not None and not found[3]:
                return found
        if hit is None and self.low[max(0, first.start - 3):first.start].rstrip().endswith(","):
            # "91.3% accuracy, 2.3% higher than X", "cuts latency to 20 ms, 35% lower than X":
            # the measure just before the comma
            m = _MEASURE_BEFORE.search(self.low, max(0, first.start - 48), first.start)
            hit = self._find_metric(m.group(1), first_match=False) if m else None
            if hit is None:
                hit = self._find_metric(self._before(first, words=4, stop_comma=False), first_match=False)
        return hit

    def _own_claim_between(self, a: int, b: int) -> bool:
        """A quantity between a group and an "over"/"than" phrase that says its own metric or
        change ("... and a 30% improvement over X") takes the phrase for itself; an elliptic one
        ("1.2x on A100 and 1.1x on H100 over X") does not."""
        for q in self._claim_qs:
            if a <= q.start < b:
                words = _words(self._after(q))
                if not self.t.cues["change"].isdisjoint(words) or self.t.metric_re.search(" ".join(words)):
                    return True
        return False

    def _parallel_between(self, last: _Q, b: int) -> bool:
        """Do the quantities between `last` and b each name the change `last` names ("2.52x speedup
        on RTX 4090, 1.91x speedup on A800 and 1.58x speedup on H100 over cuSPARSE"), so that a
        comparison ending the sentence covers the whole list? ("up to 6.5x, with a 1.4x improvement
        over EAGLE-2" names another change.)"""
        change = self.t.cues["change"]

        def changes(q: _Q) -> set:
            at = _PAREN_SKIP.match(self.low, q.end).end()
            return change.intersection(_WORD.findall(self.low, at, at + 40)[:3])
        own = changes(last)
        return bool(own) and all(changes(q) == own for q in self._claim_qs if last.end <= q.start < b)

    def _own_verb(self, q: _Q) -> bool:
        """Does the text since the previous claim say a change of its own ("it slowed inference by")?"""
        cues = self.t.cues
        change = cues["change"]
        low = self._before(q, words=10, stop_comma=False)
        text = self.s[q.start - len(low):q.start]
        return bool({w for w in _words(text) if not w[0].isupper()} & change)

    def _metric_in_baseline(self, last: _Q, phrases):
        """Last resort: "3x higher than random guess accuracy" names the metric in the baseline."""
        for p in phrases:
            if p[0] >= last.end and _TWO_WORDS_END.match(self.low[last.end:p[0]]):
                return self._find_metric(self.low[p[1]:p[2]], first_match=False)
        return None

    def _aligned_metrics(self, members: list[_Q], last: _Q) -> dict:
        """"13.7x and 3.0x batch size and sequence length, respectively": one metric per slot."""
        slots = sorted({q.slot for q in members})
        if len(slots) < 2:
            return {}
        text = self.low[last.end:last.end + 120]
        lead = _IN_TERMS.match(text)  # "139% and 63% in terms of completion time and makespan"
        text = text[lead.end():] if lead else text
        m = _ALIGNED_STOP.search(text)
        text = text[:m.start()] if m else text
        hits = [h for h in self.t.metric_re.finditer(text) if not self.t.metrics[h.group(0)][2]]
        if len(hits) != len(slots):
            return {}
        out = {}
        for sl, h in zip(slots, hits):
            kind, lower, generic = self.t.metrics[h.group(0)]
            out[sl] = (self._metric_name(text, h), kind, lower, generic)
        return out

    def _find_metric(self, text: str, first_match: bool):
        """The metric named in `text`: (name, kind, lower is better, generic) or None. Every
        member of a list asks about the same text: the answer is kept for the sentence."""
        key = ("metric", text, first_match)
        if key not in self._memo:
            self._memo[key] = self._read_metric(text, first_match)
        return self._memo[key]

    def _read_metric(self, text: str, first_match: bool):
        matches = list(self.t.metric_re.finditer(text))
        if not matches:
            return None
        specific = [m for m in matches if not self.t.metrics[m.group(0)][2]]
        pool = specific or matches
        last = matches[-1]
        if not first_match and _GOVERNS.match(text, last.end()) and not (
                len(matches) > 1 and not text[matches[-2].end():last.start()].strip()):
            # "compression pipeline ... achieved a speedup of": the measure the number is of
            # ("latency speedup of": the measure it modifies names the kind)
            pool = [last]
        if first_match:
            m = pool[0]
        else:
            i = len(pool) - 1
            while i > 0 and _LIST_JOIN.fullmatch(text[pool[i - 1].end():pool[i].start()]):
                i -= 1
            m = pool[i]
        kind, lower, generic = self.t.metrics[m.group(0)]
        if m.group(0) == "flops" and "FLOPs" in self.s and "FLOPS" not in self.s:
            kind, lower = "cost", True  # "FLOPs" counts operations, fewer is better; "FLOPS" is a rate
        name = self._metric_name(text, m)
        return name, kind, lower, generic

    def _metric_name(self, text: str, m: re.Match) -> str:
        head = text[:m.start()].split()
        mods = []
        for w in reversed(head[-2:]):
            if w in _NOT_MODIFIER or w in self.t.cues["change"] or w in self.t.quals \
                    or any(c.isdigit() for c in w) or name_key(w) in self.proposed_keys \
                    or w.endswith(("ly", "ed", "ing")) or not w[0].isalpha():
                break
            mods.insert(0, w)
        end = m.end()
        while end < len(text) and text[end].isalpha():   # "speedups", "latencies"
            end += 1
        return " ".join(mods + [text[m.start():end]])

    def _accuracy_context(self, q: _Q, kind: str, generic: bool, name: str | None) -> str:
        """Percent gains of a generic "performance" in papers that talk no speed are accuracy.

        The sentence must not talk speed, and the paper must speak of accuracy, benchmarks
        or tasks and name no hardware: "improves performance by 45%" in a paper run on an
        A100, or one that never mentions accuracy, is about speed."""
        if q.unit == "%" and kind == "speedup" and \
                ((generic and name is not None and "perform" in name) or
                 (name is None and "outperform" in self.low)) and \
                not _SPEED_TALK.search(self.low) and not self.on_hardware and _QUALITY_TALK.search(self.doc_text):
            return "accuracy"
        return kind

    # -------------------------------------------------------------- direction
    def _better(self, q: _Q, first: _Q, last: _Q, lower_better: bool, metric: str | None) -> bool:
        cues = self.t.cues
        if _AS_WORSE_AS.match(self.low, last.end):
            return False  # "PPO is about twice as slow as ReMax"
        aw = _words(self._after(last))[:4]
        bw = _words(self._before(first, words=10))
        if bw[-1:] == ["than"] and len(bw) > 1 and bw[-2] in ("more", "less", "greater", "fewer"):
            bw = bw[:-2]  # "reduces the latency by more than 3x": how much, not which way
        words = aw + list(reversed(bw))
        if any(w in cues["worse"] for w in words):
            downs = [w for w in words if w in cues["down"]]
            worse = [w for w in words if w in cues["worse"]]
            if not (downs and all(w in ("overhead", "overheads", "penalty", "loss") for w in worse)):
                return False
        direction = None
        for w in words:
            if w in cues["down"]:
                direction = "down"
                if w == "fewer":
                    return True  # "94.8% fewer FLOPs": a count made smaller, whatever the metric's rate is
                break
            if w in cues["up"]:
                direction = "up"
                break
            if w in cues["good"]:
                direction = "good"
                break
        if metric is None:
            return True
        if direction == "down" and not lower_better and not (metric and "bandwidth" in metric):
            return False  # (bandwidth cut is bandwidth saved: "reduce the required write bandwidth by 6-17x")
        if direction == "up" and lower_better:
            return False
        return True

    def _qualifier(self, q: _Q) -> str | None:
        if q.inner:
            return self.t.quals.get(q.inner, q.inner)
        before = self.low[max(0, q.start - 30):q.start]
        before = self._cut_numbers(before, 0)
        ms = [m for m in self.t.qual_re.finditer(before)
              if _QUAL_GAP.fullmatch(before[m.end():]) or m.end() == len(before)]
        if ms:
            return self.t.quals[ms[-1].group(0)]
        after = self.low[q.end:q.end + 48]
        if _AVERAGE_AFTER.match(after):
            return "average"
        return None

    # -------------------------------------------------------------- baseline
    def _baseline_phrases(self) -> list[tuple[int, int, int, bool]]:
        """(prep start, phrase start, phrase end, fronted) for each comparison phrase."""
        out = []
        s, low = self.s, self.low
        for m in self.t.prep_scan.finditer(s, self._scan_low):
            word = m.group(0).lower()
            rest = low[m.end():m.end() + 40]
            # "over 114K tokens", "more than 90%", "compared to 2.32x": a quantity, not a baseline
            if _QUANTITY_NEXT.match(rest) and not _COUNTED_BASELINES.match(rest) \
                    and self._name_at(m.end() + len(rest) - len(rest.lstrip())) is None:
                continue  # (but "than 3D-GS", "over 4DGS": a name that opens with a digit)
            head = low[:m.start()].rstrip()
            # (the end tests before each search are what the searches need to match at all)
            if word == "than" and head.endswith(("rather", "other")) and _RATHER.search(low, 0, m.start()):
                continue
            if word == "over" and (_OVER_TIME.match(rest) or _OVER_WHERE.match(rest)):
                continue
            if word == "when applied to" and "respectively" not in low[m.end():]:
                continue  # "when applied to 3DGS, ..., respectively" lists baselines; otherwise _applied_to reads it
            if word in ("than", "over") and rest.startswith((" that of ", " those of ")):
                continue  # "faster than that of FlexGen": the "that of" phrase names it
            verb = word in self.t.verb_preps
            start = m.end()
            if word == "than" and rest.startswith((" with ", " using ")):  # "faster than with FSDP"
                start = low.index(" ", start + 1)
            end = self._phrase_end(start, verb)
            fronted = (not head or head.endswith((",", "that", ":", "(", ";"))
                       or (head.endswith((".", "when", "as", "and")) and _FRONTED.search(head) is not None)
                       # "When benchmarked against Whisper tiny.en, Moonshine Tiny demonstrates ..."
                       or (word == "against" and _TESTED_FRAME.search(head) is not None)
                       # "we compare our kernel against X, achieving 2x": the frame sets the baseline
                       or (word in ("against", "with", "to") and _COMPARE_FRAME.search(head) is not None)
                       # "speedups over RCCL on Frontier: up to 168x for ..., 33x for ..."
                       or (word == "over" and head.endswith(_GAIN_NOUNS)))
            out.append((m.start(), start, end, fronted or verb))
        return out

    def _phrase_end(self, start: int, verb: bool) -> int:
        """Where a baseline phrase ends: punctuation, a clause word or the next quantity."""
        low = self.low
        depth = 0
        for m in _PHRASE_SCAN.finditer(low, start):
            i = m.start()
            c = m.group(0)[0]
            if c == "(":
                depth += 1
            elif c == ")":
                if depth == 0:
                    return i
                depth -= 1
            elif depth:
                continue
            elif c in ";:":
                # "over other mobile-side inference engines: MLC and MNN": the names the class holds
                if c == ":" and self._name_after(i + 1) and not self._named_between(start, i):
                    continue
                return i
            elif c == ".":
                if (i + 1 == len(low) or low[i + 1] == " ") and not _ABBREV_END.search(low, max(0, i - 4), i):
                    return i
            elif c == ",":
                if (not _LIST_COMMA.match(low, i) and not self._name_after(i + 1)) or self._clause_after(i):
                    return i
            elif c.isdigit():
                # a quantity ends the phrase; the number in "MI-300X" or "3DGS" is part of a name
                if _QTY.match(low, i) and (i == 0 or not low[i - 1].isalnum()) \
                        and not any(s0 <= i < e0 for s0, e0, _, _ in self.ents):
                    return i
            else:
                w = m.group(1)
                # "than its equivalent kernels in Deep Graph Library": the code named after "in"
                # "over heuristic approaches based on Megatron-LM": generic ones that a named one underlies
                if w == "on" and low.endswith((" based", " built"), start, i) and not self._named_between(start, i) \
                        and self._name_at(i + len(" on ")) is not None:
                    continue
                # ("kernels in NVIDIA TensorRT-LLM": the vendor's name is no part of the name)
                if w == "in" and _IMPLEMENTATIONS.search(low, start, i) and not self._named_between(start, i):
                    vendor = _VENDOR_WORD.match(low, i + len(" in "))
                    if self._name_at(i + len(" in ")) is not None or (vendor and self._name_at(vendor.end())):
                        continue  # ("NVIDIA NeMo Curator": a name the vendor's is part of)
                if w == "and" and low.startswith(" by ", i + 4):
                    return i  # "relative to FCFS and by 37% relative to EASY": the next comparison starts
                # "over that optimized by Pluto", "over the code generated by TVM": the tool named after "by"
                if ((w == "by" and low.endswith(_MADE, start, i))
                        or (w in ("that", "those") and i == start and _MADE_BY.match(low, i + len(w) + 1))) \
                        and not self._named_between(start, i) and self._name_at(low.find(" by ", i) + 4) is not None:
                    continue
                if (w in _PHRASE_STOP or (verb and w in ("by", "in", "at"))) and not (
                        (_EXAMPLES_AHEAD.match(low, i + 1) or w in _TOOL_WORDS
                         or (w in ("that", "which") and _RELATIVE_EXAMPLES.match(low, i + 1)))
                        and not self._named_between(start, i)):
                    return i
        return len(low)

    def _named_between(self, a: int, b: int) -> bool:
        """Does a named entity (System, Hardware, Model, Dataset) start in s[a:b]?"""
        return any(a <= s0 < b and label in NAMED for s0, _, label, _ in self.ents)

    def _clause_after(self, i: int) -> bool:
        """", and TorchInductor is able to ...": a comma before a new clause with its subject."""
        if not self.low.startswith(", and ", i):
            return False
        end = self._name_at(i + 6)
        return end is not None and self._subject_position(end)

    def _name_after(self, i: int) -> bool:
        """Does a named entity start right after a comma at i-1 (", Hugging Face Accelerate, and
        FlexGen")? Then the comma continues a list of names, however many words each has."""
        m = _LIST_AND.match(self.low, i)
        end = self._name_at(m.end())
        if end is None:
            return False
        remark = _REMARK.match(self.low, end)  # "Torch Inductor (dynamic shape), and TensorRT"
        # the last item ("and FlexGen"), or an item another one follows; not the subject of a
        # clause ("Compared to LoRA, PaCA reduces ...")
        return bool(m.group(1)) or _LIST_NEXT.match(self.low, remark.end() if remark else end) is not None

    def _name_at(self, start: int) -> int | None:
        """Where the named entity (System, Hardware, Model, Dataset) that starts at `start` ends."""
        for s0, e0, label, _ in self.ents:
            if s0 == start and label in NAMED:
                return e0
        return None

    def _names_in(self, a: int, b: int, whole: bool = True) -> list[str]:
        """Named systems (or hardware/models) inside s[a:b], in order.

        Entity spans first; capitalised or CamelCase words that no span covers are
        added too ("DFX", "Java" + "ConcurrentSkipListMap"), since a gazetteer never
        knows every baseline.
        """
        pieces, remarked = [], []
        paren = "(" in self.s[a:b]
        glosses = [(m.start(), m.end()) for m in _GLOSS.finditer(self.low, a, b)] if paren else ()
        parens = [(m.start(), m.end()) for m in _PARENS.finditer(self.s, a, b)] if paren else []
        counted = [span for span in self._counted_work() if a <= span[0] < b]
        for s0, e0, label, name in self.ents:
            if counted and any(x <= s0 < y for x, y in counted):
                continue
            if s0 >= a and e0 <= b and label in ("System", "Hardware", "Model"):
                if self._usual_kind(a, s0, e0):
                    continue  # "over standard AR models": the usual kind of model, no named rival
                if self.low.startswith(_MADE_FOR, e0):
                    continue  # "over MT-3000-adapted runtimes": what the rivals were made for, not one of them
                if label == "Hardware" and pieces and parens and any(x <= s0 < y for x, y in parens):
                    continue  # "over TensorFlow (Raspberry Pi)": where the baseline ran, not another one
                # "vLLM (with naive support of LoRA serving)": a remark on the name before it
                (remarked if glosses and any(x <= s0 < y for x, y in glosses) else pieces).append((s0, e0, name, True))
            elif whole and s0 >= a and e0 <= b and label == "Technique" and self.low[s0:e0] not in _DEFAULTS:
                # "compared with tensor parallelism": a technique is the baseline only when it is all there is
                # (and not the default every method departs from: "compared to Full Attention")
                # (besides a gloss in parentheses and a setting after "with": "the LSTM baseline with ...")
                rest = _PLAIN_WORDS.sub("", _PARENS.sub("", self.low[a:b]) if paren else self.low[a:b])
                # ("compared to vanilla NSA kernel implementation": the technique as its code runs it)
                # ("than standard speculative decoding": the textbook form of a technique is no named rival)
                if _IMPL_TAIL.sub("", " ".join(rest.split(" with ", 1)[0].split()).strip(" ,")) == self.low[s0:e0] \
                        and not (self.s[s0:e0].islower() and _TEXTBOOK.search(self.low, a, s0)) \
                        and not self._standard_form(a, s0):
                    pieces.append((s0, e0, name, True))
        if remarked and not pieces:
            pieces = remarked
        # (nor is a technique that modifies the words after it: "the RLHF training system DeepSpeed-Chat",
        # nor a default one: "Full Attention", nor a measure: "FLUX-schnell (7.94 FID)")
        covered = [(p[0], p[1]) for p in pieces] + [(s0, e0) for s0, e0, label, _ in self.ents
                                                    if label in NAMED or label == "Metric"
                                                    or (label == "Technique" and (_LOWER_NEXT.match(self.s, e0)
                                                                                  or self.low[s0:e0] in _DEFAULTS
                                                                                  or self._standard_form(a, s0)))] \
            + list(counted)
        outside = any(not any(x <= p[0] < y for x, y in parens) for p in pieces) if parens else bool(pieces)
        for s0, e0, tok in self._fallback_names(a, b):
            if any(x < e0 and s0 < y for x, y in covered):
                continue
            if outside and any(x <= s0 < y for x, y in parens):
                continue   # "DistriFusion (the state of the art implementation of PP)": a gloss
            if _KIND_OF.match(self.low, e0) or self._usual_kind(a, s0, e0):
                continue   # "recent KD methods", "standard AR models": a kind of method, no name
            if self.low.startswith(" et al", e0):
                continue   # "the learned index from Kraska et al.": the authors, not a system
            pieces.append((s0, e0, tok, False))
        pieces.sort()
        merged: list[list] = []
        for s0, e0, name, is_span in pieces:
            if merged and self.s[merged[-1][1]:s0].strip() in ("+", "-based"):
                continue  # "vLLM + LMCache", "FlashAttention2-based Transformers": the first, and what holds it
            if merged and merged[-1][3] and is_span and (self.s[merged[-1][1]:s0] == " "
                                                         or _KIND_BETWEEN.fullmatch(self.low, merged[-1][1], s0)):
                # "Java ConcurrentSkipListMap", "DGX H100", "the Python library Dask Array": the head
                merged[-1] = [s0, e0, name, is_span]
                continue
            if merged and self.s[merged[-1][1]:s0] == " " and not (merged[-1][3] and is_span):
                merged[-1][1] = e0
                merged[-1][2] = self.s[merged[-1][0]:e0]
                merged[-1][3] = False
                continue
            if merged and self.s[merged[-1][1]:s0] == " (" and self.s.startswith(")", e0) \
                    and _short_form_of(name, merged[-1][2]):
                merged[-1] = [s0, e0, name, is_span]  # "Nvidia Collective Communication Library (NCCL)"
                continue
            merged.append([s0, e0, name, is_span])
        mark = _EXAMPLE_MARK.search(self.low, a, b) if len(merged) > 1 else None
        if mark and merged[0][0] < mark.start() < merged[-1][0]:
            described = [m for m in merged if m[0] < mark.start()][-1]
            if not _LIST_WORD.search(self.low, described[1], mark.start()):
                # "previous proposals for synchronous FL (e.g., FedAvgM)": the examples are the baselines
                merged.remove(described)
        out: list[str] = []
        for _, _, name, _ in merged:
            if name_key(name) not in {name_key(o) for o in out}:
                out.append(name)
        return out

    def _fallback_names(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Name-like words inside s[a:b] that no gazetteer may know ("KernelForge", "DFX")."""
        if self._fallback is None:
            self._fallback = self._fallback_scan()
        return [f for f in self._fallback if f[0] >= a and f[1] <= b]

    def _fallback_scan(self) -> list[tuple[int, int, str]]:
        out = []
        verdicts = self.t.name_words
        # split, not finditer: no Match object per word; a word without capitals names nothing
        parts = _NAME_TOKEN_SPLIT.split(self.s)
        pos = len(parts[0])
        for i in range(1, len(parts), 2):
            tok = parts[i]
            start = pos
            pos += len(tok) + len(parts[i + 1])
            if tok.islower():
                continue
            v = verdicts.get(tok)
            if v is None:
                v = verdicts.put(tok, _fallback_word(tok, self.t.generic))
            if v == _NAME_NO or (v == _NAME_UNLESS_ABBREVIATION and self._generic_abbreviation(tok)):
                continue
            out.append((start, start + len(tok), tok))
        return out

    def _generic_abbreviation(self, tok: str) -> bool:
        """"loosely-coupled (LC) systems": an abbreviation of lower-case words names no system."""
        i = self.doc_text.find("(" + tok + ")")
        if i < 0:
            return False
        before = self.doc_text[max(0, i - 60):i]
        found = list(_LONG_WORD.finditer(before))[-len(tok):]
        if not found:
            return False
        # (a capital that only opens a sentence names nothing: "Federated learning (FL) enables ...")
        lead = before[:found[0].start()]
        opens = (i <= 60 and not lead) or lead.endswith("\n") or lead.rstrip().endswith((".", "!", "?"))
        return not any(m.group(0)[0].isupper() for m in (found[1:] if opens else found))

    def _standard_form(self, a: int, s0: int) -> bool:
        """Does "standard" (or "conventional", ...) come right before the technique at s0?"""
        return _STANDARD.search(self.low, max(a, s0 - 14), s0) is not None

    def _usual_kind(self, a: int, s0: int, e0: int) -> bool:
        """Is the name at s0:e0 (in a phrase from a) the usual kind of a thing: a textbook word before
        it and a plural kind noun after ("standard AR models", "traditional Tinyllama implementations")?"""
        return _CLASS_PLURAL.match(self.low, e0) is not None \
            and _TEXTBOOK.search(self.low, max(a, s0 - 16), s0) is not None

    def _items(self, a: int, b: int) -> list[str | None]:
        """Split a baseline phrase into list items ("A, B, and a naive C") resolved to names or None."""
        text = self.s[a:b]
        parts = _ITEM_SPLIT.split(text)
        items: list[str | None] = []
        spans = []
        pos = a
        for part in parts:
            i = self.s.find(part, pos, b)
            if i < 0 or not part.strip():
                continue
            names = self._names_in(i, i + len(part), whole=False)
            items.append(names[-1] if names else None)
            spans.append((i, i + len(part)))
            pos = i + len(part)
        if any(items) and None in items:
            # "outperforms vDNN and gradient-checkpointing by 286% and 55%": beside a named rival, an item
            # that is all technique is a rival too (not "dataflow and sequential accelerators", one kind)
            for k, (i, j) in enumerate(spans):
                if items[k] is None:
                    names = self._names_in(i, j)
                    items[k] = names[-1] if names else None
        return items

    def _carry_baselines(self, groups: dict, per_group: dict, respectively: bool, phrases) -> None:
        """Fill in the baselines of groups that no comparison phrase reaches.

        "outperforms vLLM by 2x in throughput and 3x in latency", "cuts latency over vLLM
        by 30% and memory by 20%": a number joined by "and" or a list comma to the number
        before it, with no system or model named between, shares that number's baselines.
        "beats vLLM by 2x and Orca by 3x": a name right before "by" is the number's own.
        "1.6x, 3x speedup and 1.4x, 3.2x energy savings over A and B, respectively": a list
        of numbers right before another list as long takes the same baselines, in order.
        "1.33x lower latency and 1.21x less memory than X": a comparison after the last
        number covers the numbers "and" joins to it.
        """
        slots = {gid: sorted({q.slot for q in members}) for gid, members in groups.items()}
        prev = None
        for gid, members in groups.items():
            first = members[0]
            if per_group[gid] is None and prev is not None:
                gap = _CARRY_GAP.fullmatch(self.low, prev[0].end, first.start)
                # "A by 2x and B by 3x": B is a baseline when A was one, a named one otherwise
                named_before = prev[1] is not None and any(b for names in prev[1].values() for b in names)
                own = self._names_in(gap.start("mid"), gap.end("mid"), named_before) \
                    if gap and gap.group("by") else []
                if len(own) == 1 and _PLAIN_WORDS.sub("", gap.group("mid")).strip() == own[0].lower() \
                        and (named_before or not self._only_models(own)):  # "of AlexNet by 89%, OverFeat by 91%"
                    per_group[gid] = {sl: list(own) for sl in slots[gid]}
                elif (rival := self._described_rival(prev[0].end, first.start, named_before)) is not None:
                    per_group[gid] = {sl: [rival] for sl in slots[gid]}
                elif prev[1] is not None and (
                        # ("..., which saves 33% wall-clock time": what the compared result comes to, whatever
                        # the setting named between)
                        _CARRY_WHICH.fullmatch(self.low, prev[0].end, first.start)
                        or ((gap or _CARRY_WHILE.fullmatch(self.low, prev[0].end, first.start)
                             or _CARRY_WITH.fullmatch(self.low, prev[0].end, first.start)) and not any(
                            label in ("System", "Model") and prev[0].end <= s0 < first.start
                            and name not in prev[1][max(prev[1])]  # "2.8x faster than DeiT and saves 86.8%"
                            # (but "by 7-11% over LADE on LLaMA3 and 7-8% on Qwen3": a model run on is a setting)
                            and not (label == "Model" and self.low.endswith("on ", 0, s0))
                            for s0, _, label, name in self.ents))):
                    carried = prev[1][max(prev[1])]
                    per_group[gid] = {sl: list(carried) for sl in slots[gid]}
            prev = (members[-1], per_group[gid])
        if respectively:
            later = None
            for gid, members in reversed(groups.items()):
                if per_group[gid] is None and later is not None and later[1] is not None \
                        and len(later[1]) == len(slots[gid]) > 1 \
                        and _BETWEEN_LISTS.fullmatch(self.low, members[-1].end, later[0].start):
                    per_group[gid] = dict(zip(slots[gid], later[1].values()))
                later = (members[0], per_group[gid])
            self._respective_groups(groups, per_group)
        later = None
        for gid, members in reversed(groups.items()):
            if per_group[gid] is None and later is not None and later[2] is not None \
                    and any(b for names in later[2].values() for b in names) \
                    and (_CARRY_BACK.fullmatch(self.low, members[-1].end, later[0].start)
                         or _CARRY_BACK_BY.fullmatch(self.low, members[-1].end, later[0].start)) \
                    and not any(members[0].start <= p[0] < later[1].end for p in phrases) \
                    and not any(label in ("System", "Model") and members[-1].end <= s0 < later[0].start
                                for s0, _, label, _ in self.ents):
                carried = later[2][min(later[2])]
                per_group[gid] = {sl: list(carried) for sl in slots[gid]}
            later = (members[0], members[-1], per_group[gid])
        for gid in groups:
            if per_group[gid] is None:
                per_group[gid] = {sl: [None] for sl in slots[gid]}

    def _described_rival(self, a: int, b: int, named_before: bool) -> str | None:
        """"outperforms the tool in SlimPajama by 158x and the GPU-based tool in NVIDIA NeMo Curator by
        7.8x": the name a description ends with, right before "by", is the next number's own rival."""
        m = _CARRY_RIVAL.fullmatch(self.low, a, b)
        if m is None:
            return None
        mid = m.group("mid").rstrip()
        own = self._names_in(m.start("mid"), m.start("mid") + len(mid), named_before)
        if len(own) != 1 or not mid.endswith(own[0].lower()) \
                or not _RIVAL_HEAD.fullmatch(mid, 0, len(mid) - len(own[0])):
            return None
        return own[0] if named_before or not self._only_models(own) else None

    def _respective_groups(self, groups: dict, per_group: dict) -> None:
        """"a 12.75x reduction and 8.25x reduction in energy ... compared to A and B
        respectively": single numbers in a row, each given the same list of as many names,
        take one name each, in order (in place)."""
        run: list[int] = []
        shared: list = []  # the names every group of the run was given
        for gid in [*groups, None]:
            got = per_group.get(gid) if gid is not None else None
            names = next(iter(got.values())) if got is not None and len(got) == 1 else None
            if run and names == shared and ";" not in self.low[groups[run[-1]][-1].end:groups[gid][0].start]:
                run.append(gid)
                continue
            if 1 < len(run) == len(shared):
                for k, g in enumerate(run):
                    per_group[g] = {sl: [shared[k]] for sl in per_group[g]}
            run, shared = ([gid], names) if names is not None and len(names) > 1 else ([], [])

    def _baselines_for(self, first: _Q, last: _Q, phrases, members, respectively):
        """Map slot -> baseline names for one group of quantities; None when no comparison
        phrase reaches the group (`_carry_baselines` may then lend it its neighbour's)."""
        owner = self._named_before_paren(first, phrases)
        if owner:
            return {q.slot: [owner] for q in members}
        chosen, apposed = None, False
        for p in phrases:
            if p[0] >= last.end:
                between = self.low[last.end:p[0]]
                # "..., respectively, over Fairseq.", "...; and B by 2.4x, compared to TensorRT-LLM.":
                # a comparison that ends the sentence covers all of it
                compare = _COMPARE_PREP.match(self.low[p[0]:p[1]])
                final = _SENTENCE_END.fullmatch(self.low, p[2]) is not None and (compare or (
                    self.low.startswith(("over ", "against "), p[0]) and self._names_in(p[1], p[2])))
                if not final and (";" in between or _COMMA_NOT_RESP.search(_WORD_LIST.sub("", between))):
                    break
                if _OTHER_COMPARATIVE.search(between) and self.low.startswith("than", p[0]):
                    break  # "by 8x and enabling the 13B model to infer faster than the 7B model"
                if self.low[p[0]:p[1]].strip() in self.t.verb_preps and not self._names_in(p[1], p[2]):
                    continue  # "by 35% while matching accuracy": a verb naming no rival leaves it to a phrase before
                comparative = _COMPARATIVE.match(self.low[last.end:last.end + 40])
                if not compare and not (comparative and self.low.startswith("than", p[0])) \
                        and self._own_claim_between(last.end, p[0]) \
                        and not (final and self._parallel_between(last, p[0])):
                    break
                chosen = p
                break
        of = _OF_AFTER.match(self.low[last.end:last.end + 48])
        of_phrase = of and ((chosen is None and last.unit == "x") or (last.share and not last.spent))
        if of_phrase:
            a = last.end + of.end()
            chosen = (last.end, a, self._phrase_end(a, False), False)
        if chosen is None:
            for p in reversed(phrases):
                if p[2] <= first.start and p[3]:
                    gap = self.low[p[2]:first.start]
                    if ";" in gap:
                        continue
                    if _RESPECTIVELY.search(gap) and any(q.end <= p[0] for q in self._claim_qs):
                        continue  # "1.28x and 1.54x over A and B, respectively, and a 7x ...": the list's own
                    if p[1] and self.low[p[0]:p[1]].strip() in self.t.verb_preps:
                        # "outperforms X by N": only when the quantity follows the phrase directly
                        if not (_VERB_GAP.fullmatch(gap) or _VERB_COLON.fullmatch(gap) or _VERB_AND.fullmatch(gap)
                                or _VERB_WHILE.fullmatch(gap)):
                            end = self._appositive_end(p[1], first.start)
                            if end is None:
                                continue
                            # "outperforms vLLM, a popular serving system, by 2x"
                            chosen, apposed = (p[0], p[1], end, p[3]), True
                            break
                    chosen = p
                    break
                # "reduces latency compared to vLLM by 30%", "better performance than AdamW with 45% to 50%
                # less memory footprint"
                if p[2] <= first.start and (_BY_NUMBER.fullmatch(self.low, p[2], first.start) or (
                        (self.low.startswith("than", p[0]) or _COMPARE_PREP.match(self.low[p[0]:p[1]]))
                        and _WITH_NUMBER.fullmatch(self.low, p[2], first.start))):
                    chosen = p
                    break
        slots = sorted({q.slot for q in members})
        if chosen is None:
            owner = self._owner(first)
            return {sl: list(owner) for sl in slots} if owner else None
        # "accelerates hyperparameter search by 5.7x": the work sped up, a baseline only when named
        whole = self.low[chosen[0]:chosen[1]].strip() not in _WORK_VERBS
        names = self._apposed_names(chosen[1], chosen[2]) if apposed else self._names_in(chosen[1], chosen[2], whole)
        if not names and not whole:
            return None  # a later "compared to X" may still cover it
        only_models = bool(names) and self._only_models(names)
        if (of_phrase and not last.share or not whole) and only_models:
            # "ToMe can 2x the throughput of ViT-L", "accelerates the prefilling stage of the LLama 2 7B
            # model by 2.34x": the model it runs
            names, only_models = [], False
        if not names or only_models:
            # "over MoEs trained with Tutel", "compared to GPT-3 fine-tuned with Adam": the
            # software named after the model is what the number compares against
            names = self._names_via(chosen[1], chosen[2]) or names
        n = len(slots)
        # "over A, B, and C by up to 29x, 29x, and 3x": as many names as numbers, in order
        listed = chosen[2] <= first.start and _BY_NUMBER.fullmatch(self.low, chosen[2], first.start) \
            and not self._aligned_metrics(members, last)
        # "43x and 3x faster than Core i7 and Titan X": as many names as numbers pair up in order too
        if n > 1 and (respectively or listed or "/" in self.low[first.start:last.end] or len(names) == n):
            if len(names) == n:
                return {sl: [names[i]] for i, sl in enumerate(slots)}
            items = self._items(chosen[1], chosen[2])
            if len(items) == n and any(items):  # not "the LSTM baseline with the same latency and size"
                return {sl: [items[i]] for i, sl in enumerate(slots)}
            # (not "than MPTCP in homogeneous (TCP-TCP) and heterogeneous (TCP-SHARP) networks": a name
            # before the parentheses is the baseline, and they gloss the settings)
            lead = self.s[chosen[1]:max(chosen[1], self.s.find("(", chosen[1]))]
            named = self._parenthesised_names(chosen[1]) if respectively and not any(x in lead for x in names) \
                else []
            if len(named) == n:
                return {sl: [named[i]] for i, sl in enumerate(slots)}
        if not names:
            names = self._owner(first)  # "improves SZ's throughput ... over the production version"
        if not names:
            return {sl: [None] for sl in slots}
        return {sl: list(names) for sl in slots}

    def _parenthesised_names(self, a: int) -> list[str]:
        """"over the systems that use heterogeneous processors (MobiSR), CPU (SplitSR) and NPU
        (XLSR), respectively": a list whose items are glossed by one name in parentheses each,
        read from `a` to "respectively"."""
        end = _RESPECTIVELY.search(self.low, a)
        out = []
        for m in _PARENS.finditer(self.s, a, end.start() if end else len(self.s)):
            names = self._names_in(m.start() + 1, m.end() - 1)
            if len(names) != 1 or self.s[m.start() + 1:m.end() - 1].strip() != names[0]:
                return []
            out.append(names[0])
        return out

    def _named_before_paren(self, first: _Q, phrases) -> str | None:
        """"outperforms frameworks such as DGL (3.02x faster on average) and NeuGraph (up to
        4.1x faster)": a number in parentheses right after a compared name is that name's."""
        k = self.low.rfind("(", 0, first.start)
        if k < 1 or not _PAREN_LEAD.fullmatch(self.low, k, first.start):
            return None
        for s0, e0, label, name in self.ents:
            if label in NAMED and not self.low[e0:k].strip() and e0 <= k \
                    and any(p[1] <= s0 < max(p[2], k + 1) for p in phrases):
                return name
        return None

    def _owner(self, first: _Q) -> list[str]:
        """"cuSZ improves SZ's compression throughput by 370x": the named system whose own
        figure the number improves on is the baseline."""
        m = None
        for m in _OWNER_VERB.finditer(self.low, 0, first.start):
            pass
        if m is None or ";" in self.low[m.end():first.start]:
            return []
        end = _POSSESSIVE.search(self.low, m.end(), first.start)
        if end is None or end.start() - m.end() > 40:
            return []
        names = self._names_in(m.end(), end.start())
        models = {n for _, _, label, n in self.ents if label == "Model"}
        # (a model's figure is the workload's: "reduces GPT-3's latency" names no baseline)
        return names if len(names) == 1 and names[0] == self.s[m.end():end.start()] and names[0] not in models else []

    def _owned(self, start: int, end: int) -> bool:
        """"improves vLLM's throughput": the object of the verb, not its subject."""
        return _POSSESSIVE.match(self.low, end) is not None \
            and _OWNER_BEFORE.search(self.low, max(0, start - 16), start) is not None

    def _appositive_end(self, start: int, number: int) -> int | None:
        """Where a verb's object ends when asides stand between it and ", by N": "outperforms
        vLLM, the state-of-the-art serving system, by 2x" (None: no such shape)."""
        m = _APPOSITIVE_BY.search(self.low, start, number)
        if m is None or m.end() != number:
            return None
        span = self.low[start:m.start()]
        if ";" in span or ":" in span or ". " in span or span.count(",") > 4:
            return None
        return m.start()

    def _apposed_names(self, a: int, b: int) -> list[str]:
        """The names of a verb's object with its asides, each comma-separated part read up to
        its first clause word ("TVM equipped with schedulers AutoTVM and Ansor": TVM)."""
        out: list[str] = []
        for m in _COMMA_PART.finditer(self.low, a, b):
            stop = _PART_STOP.search(self.low, m.start(), m.end())
            for name in self._names_in(m.start(), stop.start() if stop else m.end()):
                if name_key(name) not in {name_key(o) for o in out}:
                    out.append(name)
        return out

    def _via(self, a: int, b: int) -> tuple[int, int] | None:
        """The words after "trained with", "implemented in" ... that end the phrase s[a:b]."""
        via = _VIA_PREP.match(self.low, b)
        if via is None or not _VIA_VERB.search(self.low, a, b):
            return None
        return via.end(), self._phrase_end(via.end(), False)

    def _only_models(self, names: list[str]) -> bool:
        models = {name for _, _, label, name in self.ents if label == "Model"}
        return all(n in models for n in names)

    def _names_via(self, a: int, b: int) -> list[str]:
        """"over MoEs trained with the Tutel library": a phrase that names only a class of
        things is compared through the software it names after "trained with" and the like."""
        span = self._via(a, b)
        if span is None:
            return []
        hardware = self._hardware_keys()
        return [n for n in self._names_in(*span) if name_key(n) not in hardware]

    # -------------------------------------------------------------- subject
    def _subject(self, first: _Q, last: _Q, phrases) -> str | None:
        low = self.low
        # the verb must start within 40 chars: found by str.find before the lazy regex runs
        e = last.end
        m = _ACHIEVED_BY.match(low[e:]) if any(low.find(w, e, e + 41 + len(w)) >= 0 for w in _ACHIEVED) \
            else None
        if m:
            a = last.end + m.end()
            for s0, e0, label, name in self.ents:
                if s0 == a and label in ("System", "Hardware", "Model"):
                    return name
        inside = [(p[1], p[2]) for p in phrases]
        # "X outperforms A, a compiler, and B equipped with C, by 2x": what follows the verb is its object
        # (but ", while Griffin matches ..." starts a clause with a subject of its own)
        inside += [(p[1], first.start) for p in phrases if p[1] < first.start
                   and low[p[0]:p[1]].strip() in self.t.verb_preps and ";" not in low[p[1]:first.start]
                   and not _NEW_CLAUSE.search(low, p[1], first.start)]
        inside += [span for span in (self._via(p[1], p[2]) for p in phrases if p[2] <= first.start) if span]
        inside += self._counted_work()
        if "(" in low[:first.start]:
            inside += self._after_name_parens(first.start)
            # "across RL algorithms (GRPO, DAPO, GSPO)": the kind's members, listed
            inside += [(m.start(), m.end()) for m in _MEMBER_PARENS.finditer(self.s, 0, first.start)]
        if "(e.g" in low or "(i.e" in low:  # "further software (e.g., cuDNN) optimizations": an example
            inside += [(m.start(), m.end()) for m in _EXAMPLE_PARENS.finditer(low, 0, first.start)]
        best: tuple[int, str | None] | None = None
        for s0, e0, label, name in self.ents:
            if e0 > first.start or any(a <= s0 < b for a, b in inside) or self._owned(s0, e0) \
                    or self._semicolon_clause(e0, first.start):
                continue
            if label == "System" or name_key(name) in self.proposed_keys or \
                    (label in ("Hardware", "Model") and self._subject_position(e0)):
                if (self._context_prep(s0) and not self._clause_subject(s0, e0)) or self._matched(s0) \
                        or self._owner_in_object(s0, e0):
                    continue
                if label == "Model" and self.proposed and _OUR_MODEL.search(low, max(0, s0 - 30), s0):
                    continue  # "Our 2-bit LLaMA3.1-8B achieves 1.5x": the model as the paper's method made it
                if _INDEFINITE_BEFORE.search(low, max(0, s0 - 4), s0) and _LOWER_NEXT.match(self.s, e0) \
                        and name_key(name) not in self.proposed_keys:
                    continue  # "a CUDA batch-parallel construction algorithm that reduces ...": what it is written in
                if best is None or s0 > best[0]:
                    best = (s0, name)
        # a name no gazetteer knows, written as the subject: "NGPC gives up to 58X"
        # (nor is "our" technique: "our fused MHA outperforms PyTorch" is the paper's system)
        covered = [(s0, e0) for s0, e0, label, _ in self.ents if label in NAMED or (
            label == "Technique" and _OUR_BEFORE.search(low, max(0, s0 - 30), s0))]
        shapes = self.t.name_shapes
        for s0, e0, tok in self._fallback_names(0, first.start):
            shaped = shapes.get(tok)
            if shaped is None:
                shaped = shapes.put(tok, _NAME_SHAPE.search(tok) is not None)
            if not shaped:
                continue
            if (best is None or s0 > best[0]) and self._subject_position(e0) and \
                    not any(a <= s0 < b for a, b in inside) and \
                    not any(x < e0 and s0 < y for x, y in covered) and not self._context_prep(s0):
                best = (s0, tok)
        named = best
        for m in self.t.pronoun_scan.finditer(self.s, self._scan_low, first.start):
            if any(a <= m.start() < b for a, b in inside):
                continue
            if best is None or m.start() > best[0]:
                # "MuSL ... when applied to X, it improves": "it" is the system just named
                keep = m.group(0).lower() == "it" and named is not None
                best = (m.start(), named[1] if keep else None)
        if best is not None and best[1] is not None:
            return best[1]
        return self.proposed[0] if self.proposed else None

    def _passive(self, first: _Q) -> tuple[str | None, list[str]]:
        """"vLLM is outperformed by FooServe by 2x": the name after the passive verb's "by"
        is the subject, and the names before the verb are the baselines."""
        m = None
        for m in _PASSIVE.finditer(self.low, 0, first.start):
            pass
        if m is None:
            return None, []
        names = self._names_in(m.end(), self._phrase_end(m.end(), True))
        hardware = self._hardware_keys()
        return (names[0] if names else None), [n for n in self._names_in(0, m.start()) if name_key(n) not in hardware]

    def _hardware_rival(self, first: _Q, baselines: dict) -> str | None:
        """"On the Jetson Nano GPU, the latency is 5x better compared to Raspberry Pi": with no
        system to speak of, the hardware named before the number is measured against the
        hardware baseline."""
        named = {name_key(b) for names in baselines.values() for b in names if b}
        if not named or not named <= self._hardware_keys():
            return None
        for s0, e0, label, name in self.ents:
            if label == "Hardware" and e0 <= first.start and name_key(name) not in named \
                    and not _RIVAL_BEFORE.search(self.low, max(0, s0 - 40), s0):
                # (not "than the Blue Gene/Q, and 2.6x more than the Cell": a rival of its own)
                return name
        return None

    def _hardware_keys(self) -> set[str]:
        """The sentence's hardware names, folded: names a baseline list must not count."""
        return {name_key(n) for _, _, label, n in self.ents if label == "Hardware"}

    def _counted_work(self) -> list[tuple[int, int]]:
        """Spans like "all 250 CUDA kernels", "12 PyTorch models": what was run, counted; the
        names inside are neither subject nor baseline."""
        spans = self._memo.get("counted")
        if spans is None:
            spans = self._memo["counted"] = [(m.start(), m.end()) for m in _COUNTED_WORK.finditer(self.low)] \
                if _DIGIT.search(self.low) else []
        return spans

    def _after_name_parens(self, end: int) -> list[tuple[int, int]]:
        """"We present YaRN (Yet another RoPE extensioN method), ...": a parenthesis right after a
        name glosses or remarks on it, and the names inside are not the subject."""
        ends = {e0 for _, e0, label, _ in self.ents if label in NAMED}
        return [(m.start(), m.end()) for m in _PARENS.finditer(self.s, 0, end)
                if m.start() - 1 in ends or m.start() in ends]

    def _semicolon_clause(self, end: int, start: int) -> bool:
        """"moves only the exported LoRA adapter ...; adapter-only handoff reduces the measured step by
        18.3x": a semicolon and a verb of change after it start a clause with a subject of its own."""
        semi = self.low.rfind(";", end, start)
        return semi >= 0 and _CLAUSE_VERB.search(self.low, semi, start) is not None

    def _subject_position(self, end: int) -> bool:
        """Is the name followed by a verb, as a clause's subject is ("GH200 significantly outperforms")?"""
        return _SUBJECT_VERB.match(self.low, end) is not None

    def _clause_subject(self, start: int, end: int) -> bool:
        """", and TorchInductor is able to provide 2.27x": after ", and" a name with its verb
        starts a clause of its own, and is no member of a list."""
        if self.low.endswith(", and ", 0, start) and self._subject_position(end):
            return True
        # "with Nvidia cuQuantum providing a further 3x speedup": the name does what the -ing verb says
        return _WITH_BEFORE.search(self.low, max(0, start - 40), start) is not None \
            and _GAIN_ING.match(self.low, end) is not None

    def _matched(self, start: int) -> bool:
        """"We match cuBLAS on GEMM and outperform ... by 40%": what the work matches is no subject."""
        return _MATCH_VERB.search(self.low, max(0, start - 24), start) is not None

    def _applied_to(self, first: _Q, subject: str) -> str | None:
        """The model a method is applied to, measured against itself without the method: "when
        applied to LLaVA-1.5, our approach compresses ... by 18x", "LLaVA when equipped with
        SparseVLM achieves 54% reduction"; not when the sentence names another comparison."""
        low = self.low
        for s0, e0, label, name in self.ents:
            if e0 > first.start or label not in ("Model", "System") or name_key(name) == name_key(subject):
                continue
            if _APPLIED_TO.search(low, max(0, s0 - 30), s0) or _EQUIPPED_WITH.match(low, e0):
                if not _COMPARED.search(low, e0, first.start) and not _FAMILY_AFTER.match(low, e0):
                    return name
        return None

    def _owner_in_object(self, start: int, end: int) -> bool:
        """"EVStore can reduce the DRS memory usage by 94%": a name that modifies the measure a
        verb changes is whose measure it is, not what changes it."""
        if self.s.endswith("(", 0, start):  # "(DRS)" after its long form: the long form's place decides
            start = next((s0 for s0, e0, _, _ in self.ents if start - 3 <= e0 < start and s0 < e0), start)
            end = self.s.find(")", end) + 1 or end
        return _CHANGES_THE.search(self.low, max(0, start - 30), start) is not None \
            and _LOWER_NEXT_WORD.match(self.s, end) is not None

    def _context_prep(self, start: int) -> bool:
        """Names after "on", "in", "with" ... are settings of the experiment, not the subject."""
        head = self.low[max(0, start - 60):start]
        if _SETTING_PREP.search(head) is not None:
            return True
        # "in DeepSpeed ZeRO-3 training": a name after another name takes the setting word before both;
        # "the throughput of ResNet-50, Sockeye and VGG-19": so does an item inside a list
        # (not "kernels in NVIDIA TensorRT-LLM, FooServe delivers": the clause after the comma has its own)
        for s0, e0, label, _ in self.ents:
            if label in NAMED and ((e0 == start - 1 and self.s[e0] == " ") or (
                    self.s[e0:start] == ", " and self._list_goes_on(start))):
                return self._context_prep(s0)
        return False

    def _list_goes_on(self, start: int) -> bool:
        """Is the name at `start` followed by another item of its list (", ", "and", "or")?"""
        end = next((e0 for s0, e0, _, _ in self.ents if s0 == start), start)
        return _LIST_NEXT.match(self.low, end) is not None

    # -------------------------------------------------------------- hardware
    def _hardware(self, phrases, subject: str | None) -> list[str]:
        out: list[str] = []
        seen = set()
        for s0, e0, label, name in self.ents:
            if label != "Hardware":
                continue
            k = name_key(name)
            if k in self.proposed_keys:
                continue
            if k not in seen:
                seen.add(k)
                out.append(name)
        return out

    def _hardware_per_number(self, qs: list[_Q]) -> dict[int, list[str]] | None:
        """"3.25x when using A100s and 4.5x when using A6000s", "1.2x on A100, 1.4x on L40S":
        when numbers name different hardware right after them, each claim gets its own (and
        the hardware named elsewhere in the sentence). None: the sentence does not do that."""
        hardware = [(s0, name) for s0, _, label, name in self.ents
                    if label == "Hardware" and name_key(name) not in self.proposed_keys]
        if len(hardware) < 2:
            return None
        own: dict[int, list[str]] = {}
        attached = set()
        for k, q in enumerate(qs):
            end = qs[k + 1].start if k + 1 < len(qs) else len(self.low)
            names = [name for s0, name in hardware if q.end <= s0 < min(end, q.end + 48)
                     and _HARDWARE_AFTER.match(self.low, q.end, s0)]
            own[id(q)] = names
            attached.update(names)
        if len({name_key(n) for n in attached}) < 2:
            return None
        elsewhere = [name for _, name in hardware if name not in attached]
        return {i: list(dict.fromkeys(names or elsewhere)) for i, names in own.items()}


# compiled once (the re module's own cache costs a lookup per call)
_DIGITS_DOTS = re.compile(r"[\d.]+")
_RESPECTIVELY = re.compile(r"\b(?:respectively|correspondingly)\b")
_CHIP_MEASURE = re.compile(r"\s*[GC]PU\s+(?:memory|latency|time|hours|utili[sz]ation|usage|cost|throughput|"
                           r"efficiency|energy|consumption|footprint|savings|speedups?|performance|power)\b")
# "8x A100", "64X NVIDIA A100 GPUs", "\(2\times\) A800" (MathJax closes after the sign): a count of devices
_COUNT_AFTER = re.compile(rf"(?:\\\))?\s*(?:(?i:{VENDORS})\s+)?"
                          r"(?:\d|[A-Z][A-Za-z]*\d|GPUs?\b|CPUs?\b|nodes?\b|cores?\b)")
_TO_WORD = re.compile(r"\bto\b")
_LOWER_NEXT = re.compile(r" [a-z]")  # a lower-case word next: "RLHF training system", a modifier
# "from typically below 75% to almost 100%": the words that hedge a level
_LEVEL_HEDGE = r"(?:(?:about|around|over|almost|nearly|roughly|typically|below|under|above|just|only)\s+){0,2}"
_TO_PERCENT = re.compile(rf"[^\d,;.]{{0,40}}?\bto\s+{_LEVEL_HEDGE}\d[\d.]*\s*\\?%")
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_LEVEL_HEDGE}$")
_FROM_PERCENT = re.compile(rf"\bfrom\s+{_LEVEL_HEDGE}\d[\d.]*\s*\\?%[^\d,;.]{{0,40}}?\bto\s+{_LEVEL_HEDGE}$")
_PAREN_GAP = re.compile(r"\s*\(\s*(?:[a-z~\\]+\s*){0,3}")
_COMPARE_WORD = re.compile(r"\b(?:than|over|compared|vs|versus)\b")
_AFTER_TOKEN = re.compile(r"[^\s,;:.()\[\]]+|[,;:.()\[\]]")
_GAP_WORD = re.compile(r"\bgap\b")
_COMPARE_AFTER = re.compile(r"\b(?:compared?|than|over|vs|versus|relative)\b")
_BY_BEFORE = re.compile(r"\bby\s+(?:[a-z~\\]+\s+){0,3}$")
_CLAUSE_GAP = re.compile(r"[;:]|,\s*(?:resulting|which|while|with)")
_OF_NEXT = re.compile(r"\s*of\b")
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$")
_PEAK_NEXT = re.compile(r"\s+(?:theoretical\s+|hardware\s+)?peak\b")
_KEPT_LEVEL = re.compile(r"\b(?:maintain|keep|retain|preserv|sustain)[a-z]*\s+(?:[a-z@0-9-]+\s+){0,4}?"
                         r"(?:over|above|at|around|near|within|more than)\s+$")
# "reaching 99.3% of the performance level of ChatGPT": a share of another system's figure is
# a comparison (one that falls short); "52% of theoretical peak" names no other party. ("96.8% the
# performance of its teacher" drops the "of".)
_SHARE_OF = re.compile(r"\s*(?:of\s+|(?=the\s+(?:performance|accuracy|quality)\b))(?:the|its|their)\s+"
                       r"(?:[a-z0-9-]+\s+){0,3}?(?:of|achieved by|attained by)\s+")
# "while consuming only 48.1% of the energy", "using only 10% of their memory footprint": what the
# subject spends, a share of what the other party spends ("keep only 1.5% of the parameters" is a setting)
_SPENDS_ONLY = re.compile(r"\b(?:us(?:e|es|ing)|consum(?:e|es|ing)|requir(?:e|es|ing)|needs?|needing|with)\s+"
                          r"(?:(?:as little as|only|just|merely|about)\s+)+$")
# ("requiring only 3% of compute compared to training ... from scratch": a resource needs no article)
_OF_OWN = re.compile(r"\s*of\s+(?:(?:the|its|their)\s|(?:compute|computation|memory|energy|power|time|flops|"
                     r"storage|bandwidth)\b)")
# "using only 7% of the target hardware data": how much data it learns from, a setting (unless
# compared: "requiring only 0.28% of the training dataset compared to BIRNN")
_OF_DATA = re.compile(r"\s*of\s+(?:the|its|their)\s+(?:[a-z0-9-]+\s+){0,3}?"
                      r"(?:data|dataset|datasets|samples|examples|labels|annotations)\b")
# "over all 250 CUDA kernels", "on 12 PyTorch models": a counted set of what was run, not a rival
_COUNTED_WORK = re.compile(r"\b\d[\d,]*\s+(?:[\w.+-]+\s+){0,3}?"
                           r"(?:kernels|models|workloads|applications|programs|benchmarks|tasks|datasets|queries|"
                           r"operators|layers|matrices|graphs|networks)\b")
_LEAD_MEASURE = re.compile(r"\s*(?:in|for)\s+(?!addition\b|example\b|particular\b|contrast\b|summary\b)"
                           r"([^,;:()]{3,64}),")
_GAIN_WORD = re.compile(r"\b(?:gain|improvement|reduction|speedup)")
_TWO_WORDS_END = re.compile(r"\s*(?:[a-z]+\s+){0,2}$")
_ALIGNED_STOP = re.compile(r"[;:()]|,\s*(?!and\b)|\b(?:respectively|correspondingly|than|over|compared|on|for|in|at|with)\b")
_FASTER_NEXT = re.compile(r"\s*(?:faster|slower)\b")
_IN_TERMS = re.compile(r"\s*(?:in terms of|in)\s+")
_LIST_JOIN = re.compile(r"\s*(?:,|and|or|, and|/)\s*")
# a paper that speaks of these may mean accuracy by "performance"
_QUALITY_TALK = re.compile(r"(?i)\b(?:accura|benchmark|datasets?\b|classification|perplexity|reasoning|tasks?\b|"
                           r"scores?\b|quality)")
_SPEED_TALK = re.compile(r"speed|fast|latenc|throughput|time|accelerat|slow|efficien")
_QUAL_GAP = re.compile(r"[\s(,]*(?:of\s+|a\s+|an\s+|by\s+|the\s+|speedup\s+of\s+)*")
# "1.2x on average", "30.7x energy savings on average", "3.02x faster on average"
_AVERAGE_AFTER = re.compile(r"\s*(?:average|geomean|avg)\b|\s*(?:(?!and\b|or\b|than\b|but\b|while\b)[a-z-]+\s+){0,3}?"
                            r"(?:on average|on geomean|in average)\b")
_PLAIN_WORDS = re.compile(r"\b(?:the|a|an|standard|conventional|vanilla|strong|baseline|default)\b")
# the technique every method departs from, never a rival of its own: "compared to Full Attention"
_DEFAULTS = frozenset({"full attention", "dense attention"})
_TEXTBOOK = re.compile(r"\b(?:standard|conventional|vanilla|naive|traditional|regular|plain|default)\b")
# "versus standard RAG": the usual form of a method, even one written as an acronym (a "vanilla 3DGS" is a rival)
_STANDARD = re.compile(r"\b(?:standard|conventional|traditional|naive)\s+$")
_PARENS = re.compile(r"\([^()]*\)")
_IMPL_TAIL = re.compile(r"\s+(?:kernels?\s+)?(?:implementations?|kernels?)$")
_LONG_WORD = re.compile(r"[A-Za-z][\w-]*")
_ITEM_SPLIT = re.compile(r",\s*(?:and|or|as well as)\s+|\s+(?:and|or|as well as)\s+|,\s*|/")
# (what the rival ran on may follow: "... over baseline DGL implementations running on a single CPU socket.")
_SENTENCE_END = re.compile(r"(?:\s*,?\s*(?:respectively|correspondingly))?"
                           r"(?:\s+(?:running|run|deployed|executed)\s+on\s[^,;.()]*)?[\s.]*")
_COMPARE_PREP = re.compile(r"(?:as |when )?(?:compared|relative|versus|vs|in comparison|comparison)")
# "speedup across multiple models, datasets, and tasks compared to X": a list of plain words ends no comparison
_WORD_LIST = re.compile(r"\b[a-z-]+(?:,\s*[a-z-]+)+,?\s+(?:and|or)\s+[a-z-]+\b")
_COMMA_NOT_RESP = re.compile(r",(?!\s*(?:respectively|correspondingly))")
_GOVERNS = re.compile(r"(?:s|es)?\s+of(?:\s+(?:up to|about|around|approximately|nearly|almost|roughly|over|"
                      r"more than|an average of|on average))?\s*$")
_KIND_NOUNS = "methods|approaches|techniques|algorithms|baselines|schemes"
# an example or a gloss in parentheses: "further software (e.g., cuDNN) optimizations"
_MEMBER_PARENS = re.compile(r"(?<=[a-z]s )\([^(),]+(?:,[^(),]+)+\)")  # a plural noun's members in parentheses
_EXAMPLE_PARENS = re.compile(r"\((?:e\.g\.|i\.e\.)[^()]*\)")
# between two names: the first says what the second is written in or for ("the Python library Dask")
_KIND_BETWEEN = re.compile(r" (?:library|framework|package|compiler|runtime|toolkit|implementation|engine|tool|"
                           r"module) ")
# after a name: a kind of method ("recent KD methods"), or a class of systems ("LoRA serving systems")
_CLASS_PLURAL = re.compile(rf"[\s-]+(?:{_KIND_NOUNS}|models|systems|frameworks|implementations)\b")
_KIND_OF = re.compile(rf"[\s-]+(?:{_KIND_NOUNS}|variants)\b")
_CLASS_AFTER = re.compile(rf"[\s-]+(?:[a-z]+\s+)?(?:{_KIND_NOUNS}|systems|frameworks|engines|libraries|solutions|"
                          r"designs)\b")
# a clause of its own whose comparative takes the "than" after it
_OTHER_COMPARATIVE = re.compile(r"\band\s+(?:(?:[a-z][a-z0-9.-]*|\d+[bmk])\s+){1,8}?"
                                r"(?:faster|slower|higher|lower|better|worse|larger|smaller|greater|fewer|cheaper|"
                                r"longer|shorter|more|less)\s+$")
_SIZES = r"(?:smaller|larger|bigger)"  # a size comparative: its own measure, never a speed or an accuracy
_SIZE_WORD = re.compile(rf"\s*{_SIZES}\b")
_COMPARATIVE = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:\w+er|more|less|fewer)\b")
# "91.3% accuracy, " or "20 ms latency, " right before a quantity: the measure it compares
_MEASURE_BEFORE = re.compile(r"\d\s*[^\s\d,;]*\s+((?:[a-z][a-z-]*\s?){1,3}),\s*$")
# "2.1x of FasterTransformer", "2.5x the throughput of vLLM"
_OF_AFTER = re.compile(r"\s*(?:\)\s*)?(?:the\s+(?:[a-z-]+\s+){1,3})?of\s+")
# the words that may stand between "by" and its number
_LEAD_WORDS = (r"(?:(?:up to|upto|about|nearly|almost|over|more than|approximately|roughly|around|"
               r"an average of|on average)\s+)?")
_VERB_GAP = re.compile(r"(?:(?:['’]s\s+)?[\d.]+\s?%\s+(?=by\b))?"  # "surpassing LoRA's 67.7% by 5.16%"
                       # "on the A100 GPU", "in terms of latency": where or on what it wins, before the number
                       r"(?:\s*(?:on|in|for|across|under|at)\s+[^,;:.()]{1,48}?)?"
                       r"\s*(?:,?\s*(?:by|in|at|achieving|delivering|yielding|providing|reaching|attaining|"
                       r"with)\b)?\s*(?:[a-z~\\]+\s+){0,6}"
                       rf"(?:\((?:e\.g\.,?\s*|{_LEAD_WORDS}))?")  # "..., achieving higher acceptance rates (up to 15%)"
# "outperforms X in both speed and scalability, and improves MFU by up to 2.88x": the verb's object
# is what the number of the clause "and" adds is measured against
_VERB_AND = re.compile(r"[^;:.\d]{0,80}?,?\s+and\s+(?:also\s+)?[a-z]+s\s+[^;:.\d]{0,60}?")
# "surpasses DiT-XL/2 (gFID 2.13 vs. 3.04) while still generating samples 74x faster", "not only outperforms
# X (...), but also reduces the image tokens by 64x": the same win, measured in another way
_VERB_WHILE = re.compile(r"(?:\s*\([^()]{0,48}\))?[^;:.\d]{0,60}?,?\s+(?:while|but\s+also)\s+(?:still\s+|also\s+)?"
                         r"[a-z]+\s+[^;:.\d]{0,60}?")
# "outperforms FasterTransformer in terms of latency and throughput: 36.9x throughput improvement"
_VERB_COLON = re.compile(r"[^.;:]{0,60}:\s*(?:[a-z~\\]+\s+){0,4}")
# "1.6x, 3x speedup, and 1.4x, 3.2x": from one list of numbers to the next
_BETWEEN_LISTS = re.compile(r"\s*(?:[a-z-]+\s*){0,3},?\s*(?:and\s+)?")
_LEAD_QUALIFIER = (rf"{_LEAD_WORDS}(?:an?\s+(?:(?:average|mean|maximum|overall|combined)\s+)?factor\s+"
                   rf"(?:of|between)\s+{_LEAD_WORDS})?")  # ("by a factor of 4", "by an average factor of 3.25")
# "saves 53% of GPU memory": a share that is taken away is a change
_SAVED_SHARE = re.compile(rf"\b(?:saves?|saved|saving|reduces?|reduced|reducing|cuts?|cutting|eliminates?|eliminated|"
                          rf"eliminating|removes?|removed|removing|frees?|freed|avoids?|avoided|avoiding)\s+"
                          rf"{_LEAD_QUALIFIER}$")
# "compared to vLLM by up to ": a comparison phrase that ends in "by" right before its number
_BY_NUMBER = re.compile(rf"\s*by\s+{_LEAD_QUALIFIER}")
# between two numbers of one comparison: "in throughput and ", ", and memory by ", " and Orca by up to "
# (a longer gap names no rival: "17.8% reduction in time to first token (ttft) latency and 13.3% ...")
_CARRY_GAP = re.compile(r"(?:(?:\s*[a-z0-9.-]+){0,4}?|(?:\s*(?!(?:than|over|compared|versus|vs|relative)\b)"
                        r"[a-z0-9.()-]+){5,8}?)\s*(?:,\s*and|,|and)\s+(?P<mid>(?:[^\s,;]+\s+){0,3}?)"
                        rf"(?P<by>by\s+)?{_LEAD_QUALIFIER}")
# "... and the GPU-based tool in NVIDIA NeMo Curator by up to 7.8x": a described rival before the next number
_CARRY_RIVAL = re.compile(r"(?:\s*[a-z0-9.-]+){0,4}?\s*(?:,\s*and|,|and)\s+(?P<mid>(?:[^\s,;]+\s+){2,7}?)"
                          rf"by\s+{_LEAD_QUALIFIER}")
_RIVAL_HEAD = re.compile(rf"(?:the\s+)?(?:(?:[a-z0-9-]+\s+){{0,3}}(?:in|of|from)\s+(?:{VENDORS}\s+)?"
                         r"|[a-z0-9]+-(?:based|only|accelerated)\s+)")
# "4.45x speedup over AutoTVM, while also improving inference time by 5.6%": the same comparison goes on
_CARRY_WHILE = re.compile(rf"[^;:.]{{0,80}}?,?\s+while\s+(?:also\s+|still\s+)?[a-z]+ing\s+[^;:.]{{0,80}}?"
                          rf"(?:by\s+)?(?:only\s+)?{_LEAD_QUALIFIER}")
# "49.6% higher throughput than AdamW when pre-training ..., which saves 33% wall-clock time": what it comes to;
# "3x throughput ... compared to AdamW by supporting 4x larger batch sizes": how it gets there
_CARRY_WHICH = re.compile(rf"[^;:.]{{0,100}}?(?:,\s*which\s+(?:in\s+turn\s+)?(?:saves|reduces|cuts|"
                          rf"translates\s+(?:in)?to|results\s+in|leads\s+to|yields|means)|\s+by\s+[a-z]+ing)"
                          rf"\s+(?:a\s+|an\s+)?{_LEAD_QUALIFIER}")
# "1.8x faster than MobileNetV2 with 0.5% higher accuracy", "by 2.4% mAP with 1.5x measured speedup":
# a number set after "with" is measured against the same baseline ("..., with up to 2.18x for 256k context")
_CARRY_WITH = re.compile(rf"[^;:.,]{{0,60}}?,?\s+with\s+(?:a\s+|an\s+|only\s+)?{_LEAD_QUALIFIER}")
# "..., by up to ": the end of a verb's object that asides set off with commas
_APPOSITIVE_BY = re.compile(rf",\s*by\s+{_LEAD_QUALIFIER}")
_COMMA_PART = re.compile(r"[^,]+")
_PART_STOP = re.compile(r"\b(?:with|using|on|in|for|under|which|that|equipped|trained|running)\b")
# a parenthesised remark, not a list of names: "(with naive support of LoRA)", "(the default in X)"
_GLOSS = re.compile(r"\(\s*(?:with|without|using|which|that|based|built|running|on|in|for|under|via|a|an|the|its|"
                    r"their)\b[^()]*\)")
_VIA_VERB = re.compile(r"\b(?:trained|fine-tuned|finetuned|optimized|implemented|built|written|compiled|served|"
                       r"powered|equipped|run|executed)\s*$")
_VIA_PREP = re.compile(r"\s*(?:with|in|on|using|by|atop|upon)\s+")
# from a number to the hardware it was measured on: " on ", " when using high-end GPUs (NVIDIA "
_HARDWARE_AFTER = re.compile(r"[^;,.\d]*?\b(?:on|using|with|in)\b[^;,.\d]*$")
_WORK_VERBS = ("accelerates",)
_THAN_VALUE = re.compile(r"\bthan\s+(?:the|its|our)\s+$|\b(?:than|over|surpass\w*|outperform\w*|beat\w*|exceed\w*)"
                         r"\s+[\w.+-]+(?:\s[\w.+-]+)?['’]s\s+$")  # "surpassing LoRA's 67.7% by 5.16%"
_PAREN_LEAD = re.compile(rf"\(\s*{_LEAD_QUALIFIER}")
_POSSESSIVE = re.compile(r"['’]s\s")
_OWNER_VERB = re.compile(r"\b(?:improv|boost|accelerat|increas|reduc|cut|lower|rais|enhanc|doubl|tripl)[a-z]*\s+")
_OWNER_BEFORE = re.compile(_OWNER_VERB.pattern + "$")
_GAIN_NOUNS = ("speedups", "speed-ups", "improvements", "gains", "reductions", "savings")
_COMPARE_FRAME = re.compile(r"\b(?:compare|compares|compared|comparing|evaluate|evaluates|evaluated|evaluating|"
                            r"benchmark|benchmarks|benchmarked|benchmarking|evaluation|comparison)"
                            r"\s+(?:[\w.+-]+\s+){0,5}?[\w.+-]+$")
# from a number to the next one whose comparison comes after it: " lower latency and ", " on lvbench, and +"
_CARRY_BACK = re.compile(rf"(?:\s*[a-z0-9./-]+){{0,4}}?\s*(?:,\s*and|,|and)\s+{_LEAD_QUALIFIER}\+?")
# "... search by 5.7x, single-server training by 2x, and multi-server training by 15x compared to X"
_CARRY_BACK_BY = re.compile(rf"\s*(?:,\s*and|,|and)\s+(?:[a-z0-9./-]+\s+){{1,4}}?by\s+{_LEAD_QUALIFIER}")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|gets?|got)\s+(?:[a-z]+ly\s+)?"
                      r"(?:outperformed|surpassed|beaten|exceeded)\s+by\s+")
_ACHIEVED_BY = re.compile(r"[^.;]{0,40}?\b(?:achieved|obtained|attained|reported)\s+by\s+")
_DASH_SPACE = re.compile(r"[\s-]+")
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
# "across sparsity levels (30% to 70%)", "at sparsity levels as low as 30%": how sparse, not a change
_SPARSITY_BEFORE = re.compile(r"\b(?:sparsity|sparsities|density|pruning)(?:\s+(?:levels?|ratios?|rates?))?\s*"
                              r"(?:\(|as\s+(?:low|high)\s+as\s+|(?:ranging\s+)?from\s+|between\s+)$")
# "the speed of 35%", "achieving an accuracy of 90%", "on the", "with a": words before a value or a name
_NOUN_OF_BEFORE = re.compile(r"([a-z]+)\s+of\s+(?:(?:just|only|about|around|up to|upto|over|roughly|nearly|"
                             r"approximately|the|a|an|average)\s+)*$")
# ("where no model had achieved better than 50%": the level others reached)
_REACHED_BEFORE = re.compile(r"\b(?:achiev\w*|reach\w*|attain\w*|obtain\w*|with|at)\s+(?:an?\s+)?"
                             r"(?:(?:average|overall|accuracy|score|rate)\s+(?:of\s+)?)?"
                             r"(?:(?:better|more|higher|less|lower|fewer)\s+than\s+)?$")
# (and the work a system speeds up: "to accelerate BWA-MEM")
_SETTING_PREP = re.compile(r"\b(?:on|in|into|with|using|for|from|to|of|via|within|atop|under|like|as|by|"
                           r"and|including|such as|than|over|against|vs\.?|versus|"
                           r"accelerat(?:e|es|ed|ing)|speed(?:s|ing)? up)\s+(?:the\s+|a\s+|an\s+)?"
                           r"(?:(?:state-of-the-art|popular|existing|widely[- ]used|open-source|standard|"
                           r"[a-z]+(?:ous|ed))\s+)?"  # "speed up synchronous BOHB", "of distributed Foo"
                           rf"(?:{VENDORS}\s+)?$")  # "on top of the state-of-the-art Amazon DistDGL"
_RIVAL_BEFORE = re.compile(rf"\b(?:than|over|versus|vs\.?|against|(?:compared|relative)\s+(?:to|with))\s+"
                           rf"(?:the\s+|a\s+|an\s+)?(?:{VENDORS}\s+)?$")
_WITH_BEFORE = re.compile(rf"\bwith\s+(?:the\s+)?(?:{VENDORS}\s+)?$")
_GAIN_ING = re.compile(r"\s+(?:providing|achieving|delivering|yielding|offering|giving|reaching|attaining|obtaining|"
                       r"showing|outperforming|reducing|improving|cutting|bringing)\b")
_APPLIED_TO = re.compile(r"\b(?:when|once|if)\s+(?:it\s+is\s+)?applied\s+to\s+(?:the\s+)?$")
_EQUIPPED_WITH = re.compile(r"\s+(?:when|once)\s+(?:equipped|augmented|enhanced|combined)\s+with\s")
_COMPARED = re.compile(r"\b(?:than|compared|over|versus|vs\.?|relative to|baselines?)\b")
_FAMILY_AFTER = re.compile(r"\s+(?:models|family|series)\b")  # "the LLaMA models": a family, not one model
_CHANGES_THE = re.compile(r"\b(?:reduces?|reduced|reducing|improves?|improved|improving|lowers?|lowered|lowering|"
                          r"cuts?|boosts?|boosted|increases?|increased|shrinks?|accelerates?|speeds? up)"
                          r"\s+(?:(?:the|its|their)\s+)?$")
_LOWER_NEXT_WORD = re.compile(r"(?:\s+\([^()]{1,20}\))?\s+[a-z]")  # "the DRS memory usage", "the Foo (F) latency"
# a verb that states a result: after a semicolon it opens a clause with a subject of its own
_CLAUSE_VERB = re.compile(r"\b(?:reduc|improv|achiev|deliver|yield|shorten|boost|lower|increas|outperform|accelerat|"
                          r"speed|cut|sav|giv|drop|rais|decreas)(?:es|ed|s|e|ing)?\b")
_MATCH_VERB = re.compile(r"\b(?:match(?:es|ed|ing)?|rival(?:s|ed|ing)?|equal(?:s|led|ing)?)\s+(?:the\s+)?$")
_DIGIT = re.compile(r"\d")
_ACHIEVED = ("achieved", "obtained", "attained", "reported")
# "with a 2x compression rate", "at a 4x compression ratio": a factor the method is run at, no result
_X_SETTING = re.compile(r"\s*(?:compression|sparsity|pruning|reduction|downsampling)\s+(?:rates?|ratios?|factors?)\b")
_X_SETTING_BEFORE = re.compile(r"\b(?:with|at|under)\s+(?:an?\s+)?$")
_CUT_TO = re.compile(r"\b(?:reduc|cut|lower|decreas|shrink|compress)[a-z]*\b[^.;%]{0,60}?\bto\s+"
                     r"(?:(?:just|only|less than|about|around|roughly|approximately|merely)\s+)?$")
_OF_THE_WHOLE = re.compile(r"\s*of\s+(?:that\s+of\s+|those\s+of\s+)?(?:the|its|their)\b")
_SCORE_PAREN = re.compile(r"\b(?:model|models|baseline|sota|teacher|counterpart)\s*\($")
# "when pruning up to 90% of the tokens": how much is pruned is the setting
_PRUNING_BEFORE = re.compile(r"\bpruning\s+(?:only\s+|about\s+|up to\s+)?$")
# "with over 60% expert cache hit rate": a qualifier between the setting word and its number
_SETTING_VERBS = ("with", "at", "using", "keeping", "retaining", "pruning")
_SETTING_QUALIFIERS = ("only", "over", "more than", "nearly", "about", "up to")
_SETTING_BEFORE = re.compile(r"\b(?:" + "|".join(_SETTING_VERBS) + r")\s+(?:"
                             + "|".join(q + r"\s+" for q in _SETTING_QUALIFIERS) + ")?$")
_SETTING_WORDS = tuple(w + " " for w in _SETTING_VERBS + _SETTING_QUALIFIERS)  # what _SETTING_BEFORE may end with
_QUANTITY_NEXT = re.compile(r"\s*(?:an?\s+)?(?:\d|(?:two|three|four|five|ten|several|half)\b)")
# after a comma in a list of names: the "and" before the last item, and what follows an item
_LIST_AND = re.compile(r"\s*((?:and|or)\s+)?")
_LIST_NEXT = re.compile(r"\s*(?:,|and\b|or\b)")
# "over three leading inference systems A, B, and C": a count of the baselines that follow
_COUNTED_BASELINES = re.compile(
    r"\s*(?:two|three|four|five|six|several)\s+(?:[a-z-]+\s+){0,3}(?:systems|frameworks|baselines|methods|"
    r"approaches|libraries|compilers|engines|implementations|solutions|schedulers|runtimes|tools)\b")
_NEW_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+(?!using\b|being\b|requiring\b|still\b|also\b)")
_RATHER = re.compile(r"\b(?:rather|other)\s*$")
_OVER_TIME = re.compile(r"\s*(?:the\s+)?(?:course|past|last|time|years?|ranges?)\b")
# "by 7.6% on average over benchmarks like TriviaQA": where it was measured, not against what
_OVER_WHERE = re.compile(r"\s*(?:[a-z-]+\s+){0,2}(?:benchmarks|datasets|tasks|workloads)\b")
# ("better performance than IRCoT while being 10-30 times cheaper": the same comparison, measured again)
_WITH_NUMBER = re.compile(r"\s*,?\s*(?:with|using|requiring|while\s+(?:also\s+|still\s+)?(?:using|requiring|being))\s+"
                          r"(?:(?:only|just|up to|about|over|more than|a|an)\s+)*")
_AS_WORSE_AS = re.compile(r"\s*as\s+(?:slow|expensive|costly)\s+as\b")
# ("scales as a power law across three orders of magnitude of compute": a span, too)
_SPREAD_BEFORE = re.compile(r"\b(?:(?:differ|differs|differing|vary|varies|varying)\s+(?:widely\s+)?by|across|spanning|"
                            r"spans?)\s+(?:(?:up to|as much as|more than|over|about|nearly|almost)\s+)?$")
_SIZE_PAREN = re.compile(rf"\s*{_SIZES}\s*\)")
_REMARK = re.compile(r"\s*\([^()]{1,40}\)")  # a remark in parentheses after a name
_PAREN_SKIP = re.compile(r"\s*\)?\s*(?:\([^()]{0,40}\)\s*)?")  # "(up to 5.11x) " or the ")" closing one
_TESTED_FRAME = re.compile(r"(?:^|[.;:,]\s*)(?:when|if|as)?\s*(?:benchmarked|evaluated|tested|measured)$")
_FRONTED = re.compile(r"(?:^|[.;:,]\s*)(?:\w+ly,?\s+)?(?:when|as|and)?\s*$")
_SUBJECT_VERB = re.compile(
    r"(?:'s)?\s+(?:\w+ly\s+)?(?:(?:can|could|may|will|would|further|also|still|then)\s+)?(?:\w+ly\s+)?"
    r"(?:achieves?|achieved|outperforms?|outperformed|delivers?|delivered|provides?|provided|is|was|are|be|"
    r"remains|reduces?|reduced|improves?|improved|offers?|exhibits?|runs?|reaches|reached|speeds?|yields?|"
    r"shows?|showed|gives?|gave|decreases?|decreased|increases?|increased|enables?|enabled|attains?|"
    r"obtains?|brings?|lowers?|lowered|cuts?|accelerates?|accelerated|surpass(?:es|ed)?|beats?|exceed(?:s|ed)?|"
    r"demonstrates?|demonstrated|maintains?|supports?|uses?|requires?|needs?|saves?|boosts?|boosted|scales?|has|had|"
    r"consumes?|sustains?|completes?|finds|found|generates?|produces?|processes|serves?|trains?)\b")
# "has improved only 2x over the last decade": a trend of the field, not a system's claim
_TREND_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:over|in|during)\s+the\s+(?:last|past)\b|[^.;,]{0,40}?\b(?:per year|annually|every year)\b")
# "reduces the error rate to 2.3%": the value reached, not the change
_TO_VALUE = re.compile(r"(?<!up)\s+to\s+(?:(?:about|around|approximately|roughly|only|just|nearly|below|under)\s+)?$")
_NAMEISH = re.compile(r"[a-z][A-Z]|[A-Z].*\d|\d.*[A-Z]|^[A-Z][A-Z]+[-+][A-Z]|^[A-Z][-+][A-Z]{2,}|^[A-Z]{2,}$")
_PLURAL_ACRONYM = re.compile(r"(?:.*-)?" + PLURAL_ACRONYM.pattern)  # "LLMs", "AR-LLMs", "MoEs": a class of things
_NUMBER_FORMAT = re.compile(r"(?:fp|bf|int|tf)\d+")    # "FP16 baseline"
_PARTS = re.compile(r"[-+/]")
_NAME_TOKEN = re.compile(r"[A-Za-z](?<![\w-][A-Za-z])[\w+#.-]*[\w+#]|[A-Z](?<![\w-][A-Z])\b")
_NAME_TOKEN_SPLIT = re.compile(f"({_NAME_TOKEN.pattern})")
_NAME_SHAPE = re.compile(r"[a-z][A-Z]|[A-Z].*\d|\d.*[A-Z]|^[A-Z]{2,}|^[A-Z]-")
_CHANGE_NOUNS = {"number", "amount", "improvement", "improvements", "reduction", "reductions", "increase", "increases",
                 "decrease", "gain", "gains", "speedup", "speedups", "speed-up", "boost", "savings",
                 "saving", "acceleration", "accelerations", "enhancement", "benefit", "benefits",
                 "advantage", "margin", "drop", "decline", "cut", "growth", "factor", "overhead",
                 "higher", "lower", "faster", "less", "more", "fewer", "lift"}
_AFTER_STOP = {"than", "over", "compared", "versus", "vs", "vs.", "against", "on", "for",
               "at", "with", "across", "using", "while", "when", "under", "which", "from", "to",
               "by", "as", "within", "of", "in", "and", "or", "when", "that", "where", "without",
               "respectively", "correspondingly", "thanks", "due", "because", "whereas", "but"}
_AFTER_STOP_RE = re.compile(r"[,;:()]|\b(?:" + "|".join(sorted(_AFTER_STOP)) + r")\b")
# "systems for large models, including ZeRO, GShard, and BASE Layer": the examples name the baselines
# "than previous proposals for synchronous FL (e.g., FedAvgM)": the examples name the baseline
_EXAMPLES_AHEAD = re.compile(r"(?:for|in|on|with)\s+(?:[a-z0-9.+-]+\s+){0,3}[a-z0-9.+-]+,?\s+\(?"
                             r"(?:including|such as|e\.g\.,?|like|namely)\s+(?!(?:at|on|in|for|with|when|under)\b)")
# "serving systems that do not support autoscaling like DistServe": the class's examples follow its clause
_RELATIVE_EXAMPLES = re.compile(r"(?:that|which)\s+(?:[a-z0-9.+-]+\s+){1,6}?"
                                r"(?:including|such as|e\.g\.,?|like|namely)\s+")
_LIST_WORD = re.compile(r",|\b(?:and|or)\b")
_EXAMPLE_MARK = re.compile(r"\b(?:including|such as|e\.g\.|namely)")
# "compared to scaling workers with Kubernetes": with no name yet, what the baseline worked with names it
_TOOL_WORDS = {"with", "using"}
_MADE = ("generated", "produced", "optimized", "optimised", "compiled", "emitted", "tuned", "scheduled", "written",
         "vectorized", "vectorised", "parallelized", "parallelised", "transformed")
_MADE_BY = re.compile(rf" ?(?:{'|'.join(_MADE)}) by ")
# "our fused MHA": a technique the paper calls its own
_OUR_BEFORE = re.compile(r"\bour\s+(?:[a-z-]+\s+){0,2}$")
# "Our 2-bit LLaMA3.1-8B": a model the paper calls its own (its modifiers may hold digits, unlike a technique's)
_OUR_MODEL = re.compile(r"\bour\s+(?:[\w.-]+\s+){0,2}$")
# "NVIDIA TensorRT-LLM": a vendor's name before a product's
_VENDOR_WORD = re.compile(rf"{VENDORS}\s+", re.I)
# "than its equivalent kernels in X": a baseline phrase whose head is code that X holds
_IMPLEMENTATIONS = re.compile(r"\b(?:implementations?|kernels?|counterparts?|versions?|equivalents?|routines?|"
                              r"operators?|functions?|code|tools?|modules?|components?)$")
_PHRASE_STOP = {"on", "in", "at", "for", "with", "while", "when", "using", "across", "under",
                "deployed", "running", "which", "that", "where", "whereas", "but", "thanks",
                "due", "by", "achieving", "achieves", "without", "during", "to", "up",
                "respectively", "correspondingly", "in terms"}
_NOT_MODIFIER = {"observe", "observes", "demonstrate", "yield", "yields", "brings", "bring", "gives",
                 "give", "leads", "results", "reach", "reaches", "consistent", "significant", "substantial",
                 "overall", "relative", "additional", "average", "geomean", "mean", "median", "maximum",
                 "the", "a", "an", "of", "in", "and", "or", "by", "to", "with", "its", "their",
                 "our", "on", "x", "times", "average", "overall", "total", "up", "as", "is", "are",
                 "while", "achieves", "achieve", "achieved", "delivers", "provides", "brings",
                 "shows", "demonstrates", "exhibits", "has", "have", "that", "this", "it", "we",
                 "can", "could", "may", "might", "will", "would", "should", "must", "also", "further"}
# ("this http URL" is arXiv's stand-in for a name with a dot in it, "bitnet.cpp": a subject_pronoun cue)
_FALLBACK_STOP = {"nvidia", "intel", "amd", "google", "facebook", "meta", "microsoft", "apple",
                  "huawei", "arm", "the", "our", "their", "its", "this", "these", "those", "url"}


_NAME_NO, _NAME_YES, _NAME_UNLESS_ABBREVIATION = 0, 1, 2
# "MT-3000-adapted runtimes", "SQL-like methods": what the rivals were made for or resemble, a class even after
# a listed name (the other MODIFIER_TAILS describe only words no list knows)
_MADE_FOR = ("-adapted", "-ported", "-like")


def _fallback_word(tok: str, generic: set) -> int:
    """Could this word alone name a system? Decided once per distinct word; an all-capital
    word also depends on its paper (`_generic_abbreviation`), so that test is left to the reader."""
    low = tok.lower()
    if not (_NAMEISH.search(tok) or (tok[0].isupper() and len(tok) > 2 and not tok.isupper())):
        return _NAME_NO
    if low in generic or low.endswith(MODIFIER_TAILS) \
            or _PLURAL_ACRONYM.fullmatch(tok) or ACRONYM_LETTER.fullmatch(tok) or _NUMBER_FORMAT.fullmatch(low) \
            or low in _FALLBACK_STOP or all(p in generic for p in _PARTS.split(low)):
        return _NAME_NO
    parts = _PARTS.split(tok)
    if len(parts) > 1 and parts[0].lower() in generic and parts[-1].isalpha() and parts[-1].islower():
        return _NAME_NO  # "LLM-system extensions": a generic word and a common noun
    return _NAME_UNLESS_ABBREVIATION if tok.isupper() else _NAME_YES


def _words(text: str) -> list[str]:
    """The words of a short phrase (cached: the same phrases recur; callers never mutate)."""
    hit = _WORDS_CACHE.get(text)
    if hit is None:
        hit = _WORDS_CACHE.put(text, _WORD.findall(text))
    return hit


_WORDS_CACHE = Memo()


def _has(text: str, phrases: frozenset) -> bool:
    """Cue test over a lower-case text: any single word, or any multi-word cue ("speeds up")."""
    if not phrases.isdisjoint(_words(text)):
        return True
    multi = _MULTI.get(phrases)
    if multi is None:
        multi = _MULTI[phrases] = tuple(p for p in phrases if " " in p)
    return any(map(text.__contains__, multi))


_MULTI: dict = {}


def _short_form_of(short: str, long_form: str) -> bool:
    """"NCCL" of "Nvidia Collective Communication Library", "BIRNN" of "Bi-Directional Recurrent Neural Network"."""
    key = name_key(short)
    if key == _acronym(long_form) or key == _acronym(_CAMEL_HUMP.sub(" ", long_form)):
        return True  # (the second: "FA2" of "FlashAttention-2")
    return short[:1].isupper() and " " in long_form.strip() and key[:1] == long_form[:1].lower() \
        and spells(long_form, list(key))


def _acronym(name: str) -> str:
    """"Hardwired-Neurons Language Processing Unit" -> "hnlpu"."""
    return "".join(w[0] for w in _DASH_SPACE.split(name.lower()) if w)


def name_key(name: str) -> str:
    """A name folded to its letters and digits ("TensorRT-LLM" -> "tensorrtllm"), memoised;
    the pipeline compares names with it too. "++" and "#" fold as the guideline's scorer
    folds them, so ZeRO++ is not ZeRO and C# is not C."""
    hit = _KEY_CACHE.get(name)
    if hit is None:
        hit = _KEY_CACHE.put(name, _NOT_KEY.sub("", (name or "").lower().replace("++", "pp").replace("#", "sharp")))
    return hit


_NOT_KEY = re.compile(r"[^0-9a-z]+")
_KEY_CACHE = Memo()
