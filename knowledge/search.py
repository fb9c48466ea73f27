"""Matching a question to clauses: keywords, BM25 over the clause documents, fuzzy examples.

The matcher owns its ``jieba.Tokenizer`` loaded with the policy's vocabulary (never the global
``jieba.dt``), so domain words such as 家燕回巢 or 公益性岗位 stay whole. It returns ranked
scores; deciding between answer, clarify and fallback is the dialogue's job, with cutoffs chosen
on the evaluation set (``Cutoffs``).
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import jieba
from rapidfuzz import fuzz, process

from knowledge.models import Clause, KnowledgeBase
from knowledge.romanised import RomanisedWords
from knowledge.text import HomophoneFixer, drop_retracted, load_tables, normalize

jieba.setLogLevel(logging.WARNING)

_STOP = set("的了吗呢啊吧呀么是我你他她们这那有在和与及或就都也还要能可以会个什么怎么多少哪些 ,.，。?？!！、:：()（）")


_WHOLE_THEN_PART = re.compile(r"(\d+\s*(?:人|个人|个|名|位))里(?=[^面头边有])")
"""A head count followed by 里 and the group inside it ("55人里本区户籍40人", not "人里面…")."""
_LETTERED = re.compile(r"(?<![A-Za-z0-9])([A-Ha-h](?:[、和与,，][A-Ha-h])*)(社区|工作室)")
"""Some of several organisations told apart by letters ("A社区…B、C社区…")."""
_HOW_MANY = "一两三四五六七八"


def _lettered(text: str) -> str:
    """ "A社区" → "一个社区", "B、C社区" → "两个社区": each letter is one of them, where it is first
    told (a letter named again, "A社区能拿多少", points back and is no more of them)."""
    seen: set[str] = set()

    def one(match: re.Match[str]) -> str:
        letters = {ch.upper() for ch in match.group(1) if ch.isalpha()}
        if letters & seen:
            return match.group(0)
        seen.update(letters)
        return f"{_HOW_MANY[len(letters) - 1]}个{match.group(2)}"

    return _LETTERED.sub(one, text)


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """Feature weights and decision thresholds, chosen on the evaluation set by
    ``bench/tune_cutoffs.py`` (not by hand); the values here are its last recommendation."""

    strong: float = 3.0  # per distinctive keyword of the clause
    normal: float = 1.0  # per ordinary keyword
    bm25: float = 0.6  # BM25 over the clause document
    fuzzy: float = 4.0  # best character similarity to an example question (40..100 → 0..1)
    answer: float = 3.0  # below: not confident enough to answer
    fallback: float = 1.5  # below: nothing fits
    margin: float = 0.8  # second within this share of the first: ask which


@dataclass(frozen=True, slots=True)
class Features:
    """The raw evidence for one clause, before weighting (kept apart for tuning)."""

    clause: str
    strong: int
    normal: int
    bm25: float
    fuzzy: float
    hits: tuple[str, ...]

    def score(self, c: Cutoffs) -> float:
        return c.strong * self.strong + c.normal * self.normal + c.bm25 * self.bm25 + c.fuzzy * self.fuzzy


@dataclass(frozen=True, slots=True)
class Match:
    """One clause's score for a question, with the keywords that fired (for logs and tuning)."""

    clause: str
    score: float
    hits: tuple[str, ...]
    strong: int = 0  # distinctive keywords of the clause written in the question itself


@dataclass(frozen=True, slots=True)
class Query:
    """A question prepared once for every later stage."""

    raw: str
    text: str  # normalised, homophones fixed
    expanded: str  # text plus canonical synonyms
    tokens: tuple[str, ...]
    direct: tuple[str, ...] = ()  # keywords in the text itself
    indirect: tuple[str, ...] = ()  # keywords only in the synonyms added


class Matcher:
    """Scores a question against every clause."""

    def __init__(self, kb: KnowledgeBase, cutoffs: Cutoffs | None = None) -> None:
        self._kb = kb
        self.cutoffs = cutoffs or Cutoffs()
        load_tables()
        vocabulary = set(_vocabulary(kb))
        self._tokenizer = jieba.Tokenizer()
        for word in sorted(vocabulary):
            if len(word) >= 2:
                self._tokenizer.add_word(word, freq=2000)
        self.romanised = RomanisedWords(vocabulary, keep=kb.lexicon.words.get("english_words", ()))
        self.fixer = HomophoneFixer(sorted(_repairable(kb)), short=kb.lexicon.words.get("short_homophone_words", ()))
        kin = kb.lexicon.words.get("asker_with_words", ())
        # "我跟我老公都在公益岗": the asker and one other, as "我们俩都" says it
        self._pair = re.compile(f"我(?:和|跟|与|同)我?(?:{'|'.join(map(re.escape, kin))})都") if kin else None
        # "两口子都在公益岗": a couple, as "我们俩" says it (a count of two)
        couple = sorted(kb.lexicon.words.get("couple_words", ()), key=len, reverse=True)
        self._couple = re.compile("|".join(map(re.escape, couple))) if couple else None
        self._misspellings = sorted(
            ((wrong, right) for right, wrongs in kb.lexicon.misspellings.items() for wrong in wrongs),
            key=lambda pair: (-len(pair[0]), pair[0]),
        )
        self._synonyms = sorted(
            ((variant, canon) for canon, variants in kb.lexicon.synonyms.items() for variant in variants),
            key=lambda pair: -len(pair[0]),
        )
        self._keywords = sorted({w for c in kb.clauses for w in (*c.strong, *c.normal)}, key=lambda w: (-len(w), w))
        self._by_first: dict[str, list[str]] = {}
        for word in self._keywords:
            self._by_first.setdefault(word[0], []).append(word)
        self._strong = {c.id: set(c.strong) for c in kb.clauses}
        self._normal = {c.id: set(c.normal) - set(c.strong) for c in kb.clauses}
        self._docs = {c.id: Counter(self._tokens(_document(c))) for c in kb.clauses}
        self._examples = {c.id: [normalize(e) for e in c.examples] for c in kb.clauses}
        # All examples in one list, so one rapidfuzz call scores a question against every clause.
        self._example_list = [e for c in kb.clauses for e in self._examples[c.id]]
        self._example_clause = [c.id for c in kb.clauses for _ in self._examples[c.id]]
        # Inverted: token → (clause, its BM25 weight there), so a question's few tokens are looked
        # up once instead of once per clause.
        self._by_token: dict[str, list[tuple[str, float]]] = {}
        for clause, weights in _bm25_weights(self._docs).items():
            for token, weight in weights.items():
                self._by_token.setdefault(token, []).append((clause, weight))

    def _tokens(self, text: str) -> list[str]:
        return [t for t in self._tokenizer.lcut(text, HMM=False) if t.strip() and t not in _STOP]

    def prepare(self, raw: str) -> Query:
        """Normalise, fix homophones, expand synonyms and tokenise once."""
        text = self.romanised.fix(normalize(raw))
        for wrong, right in self._misspellings:
            if wrong in text:
                text = text.replace(wrong, right)
        text = drop_retracted(self.fixer.fix(text))
        if self._pair is not None:
            text = self._pair.sub("我们俩都", text)
        if self._couple is not None:
            text = self._couple.sub("我们俩", text)
        # "参加的55人里本区户籍40人": a whole, then a part of it, as "其中" says it
        text = _WHOLE_THEN_PART.sub(r"\1，其中", text)
        # "A社区新认定为省级 B社区新认定为区级": each lettered one is one of them
        text = _lettered(text)
        direct, covered = self._scan(text)
        # A synonym inside a longer keyword ("大学生" in "本区户籍大学生") is part of that keyword.
        extra = list(
            dict.fromkeys(
                canon
                for variant, canon in self._synonyms
                if variant in text and canon not in text and _free(text, variant, covered)
            )
        )
        indirect = [w for w in self._scan(" ".join(extra))[0] if w not in direct] if extra else []
        expanded = text + (" " + " ".join(extra) if extra else "")
        return Query(raw, text, expanded, tuple(self._tokens(expanded)), tuple(direct), tuple(indirect))

    def keywords(self, query: Query) -> tuple[list[str], set[str]]:
        """Keywords in the question, longest first and without overlaps (职业指导技能竞赛 is
        one keyword of （五）, not also 技能竞赛 of （十二）), and those found only through a
        synonym, which count as ordinary keywords whatever their rank in the clause."""
        return [*query.direct, *query.indirect], set(query.indirect)

    def _scan(self, text: str) -> tuple[list[str], list[bool]]:
        """Keywords claimed longest first (ties by text), each occurrence left to right, never
        overlapping; and which characters they cover. Candidates come from a first-character
        index, so only keywords that can start at a position are tried there."""
        candidates = [
            (-len(word), word, i)
            for i, ch in enumerate(text)
            for word in self._by_first.get(ch, ())
            if text.startswith(word, i)
        ]
        candidates.sort()
        taken = [False] * len(text)
        found = []
        for negative, word, start in candidates:
            end = start - negative
            if not any(taken[start:end]):
                found.append(word)
                taken[start:end] = [True] * (end - start)
        return found, taken

    def rank(self, query: Query) -> list[Match]:
        """Every clause with its score, best first."""
        matches = [Match(f.clause, round(f.score(self.cutoffs), 3), f.hits, f.strong) for f in self.features(query)]
        return sorted(matches, key=lambda m: -m.score)

    def features(self, query: Query) -> list[Features]:
        """Keyword, BM25 and fuzzy evidence for every clause."""
        found, indirect = self.keywords(query)
        # A short form of a longer keyword named before ("技能大师工作室…工作室") is that same thing again.
        found = [w for w in found if not any(w in f and w != f for f in found)]
        nearest = self._nearest_examples(query.text)
        bm25 = dict.fromkeys(self._kb.ids, 0.0)
        for token in set(query.tokens):
            for clause, weight in self._by_token.get(token, ()):
                bm25[clause] += weight
        result = []
        for c in self._kb.clauses:
            strong = [w for w in found if w in self._strong[c.id] and w not in indirect] if found else []
            normal = (
                [w for w in found if w in self._normal[c.id] or (w in indirect and w in self._strong[c.id])]
                if found
                else []
            )
            fuzzy = max(0.0, nearest.get(c.id, 0.0) - 40) / 60
            result.append(Features(c.id, len(strong), len(normal), bm25[c.id], fuzzy, tuple(strong + normal)))
        return result

    def _nearest_examples(self, text: str) -> dict[str, float]:
        """Each clause's best character similarity to one of its examples, from one C call over
        all examples; below 40 counts as nothing (see ``Features``), so those are not returned."""
        best: dict[str, float] = {}
        for _, score, index in process.extract(
            text, self._example_list, scorer=fuzz.ratio, limit=None, score_cutoff=40
        ):
            clause = self._example_clause[index]
            if score > best.get(clause, 0.0):
                best[clause] = float(score)
        return best


def _bm25_weights(docs: dict[str, Counter[str]]) -> dict[str, dict[str, float]]:
    """Per clause, each document token's BM25 contribution (k1 1.2, b 0.75), computed once:
    a question's score for a clause is then the sum over its distinct tokens."""
    avg_len = sum(sum(d.values()) for d in docs.values()) / len(docs)
    df: Counter[str] = Counter()
    for doc in docs.values():
        df.update(doc.keys())
    idf = {t: math.log(1 + (len(docs) - f + 0.5) / (f + 0.5)) for t, f in df.items()}
    weights: dict[str, dict[str, float]] = {}
    for clause, doc in docs.items():
        norm = 1.2 * (0.25 + 0.75 * sum(doc.values()) / avg_len)
        weights[clause] = {t: idf[t] * tf * 2.2 / (tf + norm) for t, tf in doc.items()}
    return weights


def _free(text: str, variant: str, covered: list[bool]) -> bool:
    """``variant`` occurs somewhere not already inside a longer keyword."""
    start = text.find(variant)
    while start != -1:
        inside = covered[start : start + len(variant)]
        if not all(inside) or _exact_keyword(text, start, variant, covered):
            return True
        start = text.find(variant, start + 1)
    return False


def _exact_keyword(text: str, start: int, variant: str, covered: list[bool]) -> bool:
    """The covered span is the variant itself (a keyword in its own right)."""
    before = start == 0 or not covered[start - 1]
    end = start + len(variant)
    after = end >= len(text) or not covered[end]
    return before and after


def _document(clause: Clause) -> str:
    parts = [clause.title] * 2 + list(clause.strong) * 3 + list(clause.normal) + list(clause.examples)
    parts += [clause.summary]
    for benefit in clause.benefits:
        parts += [benefit.name, *benefit.triggers]
    return " ".join(normalize(p) for p in parts)


_NEGATING = set("不没未非无别")


def _repairable(kb: KnowledgeBase) -> set[str]:
    """The words a homophone may be repaired into: the policy's names and keywords, never a
    phrase that negates ("全部是滨江" must not become "全不是滨江")."""
    words = {w for c in kb.clauses for w in (*c.strong, *c.normal, c.title)}
    words |= {w for s in kb.slots.values() if s.type in ("enum", "counts") for ws in s.values.values() for w in ws}
    words |= set(kb.lexicon.synonyms)
    return {w for w in words if not _NEGATING & set(w)}


def _vocabulary(kb: KnowledgeBase) -> Iterable[str]:
    for clause in kb.clauses:
        yield from clause.strong
        yield from clause.normal
        yield clause.title
    for slot in kb.slots.values():
        for words in slot.values.values():
            yield from words
        yield from slot.yes
        # A "no" phrase as one token would hide the keyword inside it from the ranking ("没考什么证"
        # must still say 证 to （六）), so those are left to jieba's own cut.
        yield from (w for w in slot.no if w[0] not in _NEGATING)
    for canon, variants in kb.lexicon.synonyms.items():
        yield canon
        yield from variants
