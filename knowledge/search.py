"""Matching a question to clauses: keywords, BM25 over the clause documents, fuzzy examples.

The matcher owns its ``jieba.Tokenizer`` loaded with the policy's vocabulary (never the global
``jieba.dt``), so domain words such as 家燕回巢 or 公益性岗位 stay whole. It returns ranked
scores; deciding between answer, clarify and fallback is the dialogue's job, with cutoffs chosen
on the evaluation set (``Cutoffs``).
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import jieba
from rapidfuzz import fuzz

from knowledge.models import Clause, KnowledgeBase
from knowledge.text import HomophoneFixer, load_tables, normalize

jieba.setLogLevel(logging.WARNING)

STRONG_WEIGHT = 3.0
NORMAL_WEIGHT = 1.0
BM25_WEIGHT = 0.6
FUZZY_WEIGHT = 4.0
_STOP = set("的了吗呢啊吧呀么是我你他她们这那有在和与及或就都也还要能可以会个什么怎么多少哪些 ,.，。?？!！、:：()（）")


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """Score thresholds, chosen on the evaluation set (see bench/tune_cutoffs.py)."""

    answer: float = 3.0     # below: not confident enough to answer
    fallback: float = 1.5   # below: nothing fits
    margin: float = 0.8     # second within this share of the first: ask which


@dataclass(frozen=True, slots=True)
class Match:
    """One clause's score for a question, with the keywords that fired (for logs and tuning)."""

    clause: str
    score: float
    hits: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Query:
    """A question prepared once for every later stage."""

    raw: str
    text: str  # normalised, homophones fixed
    expanded: str  # text plus canonical synonyms
    tokens: tuple[str, ...]


class Matcher:
    """Scores a question against every clause."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        load_tables()
        vocabulary = set(_vocabulary(kb))
        self._tokenizer = jieba.Tokenizer()
        for word in sorted(vocabulary):
            if len(word) >= 2:
                self._tokenizer.add_word(word, freq=2000)
        self.fixer = HomophoneFixer(vocabulary)
        self._synonyms = sorted(
            ((variant, canon) for canon, variants in kb.lexicon.synonyms.items() for variant in variants),
            key=lambda pair: -len(pair[0]),
        )
        self._keywords = sorted(
            {w for c in kb.clauses for w in (*c.strong, *c.normal)}, key=len, reverse=True)
        self._weights = {
            c.id: {**{w: NORMAL_WEIGHT for w in c.normal}, **{w: STRONG_WEIGHT for w in c.strong}}
            for c in kb.clauses
        }
        self._docs = {c.id: Counter(self._tokens(_document(c))) for c in kb.clauses}
        self._examples = {c.id: [normalize(e) for e in c.examples] for c in kb.clauses}
        self._avg_len = sum(sum(d.values()) for d in self._docs.values()) / len(self._docs)
        df: Counter[str] = Counter()
        for doc in self._docs.values():
            df.update(doc.keys())
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def _tokens(self, text: str) -> list[str]:
        return [t for t in self._tokenizer.lcut(text, HMM=False) if t.strip() and t not in _STOP]

    def prepare(self, raw: str) -> Query:
        """Normalise, fix homophones, expand synonyms and tokenise once."""
        text = self.fixer.fix(normalize(raw))
        extra = [canon for variant, canon in self._synonyms if variant in text and canon not in text]
        expanded = text + (" " + " ".join(dict.fromkeys(extra)) if extra else "")
        return Query(raw, text, expanded, tuple(self._tokens(expanded)))

    def keywords(self, query: Query) -> list[str]:
        """Keywords in the question, longest first and without overlaps: 职业指导技能竞赛 is
        one keyword of （五）, not also 技能竞赛 of （十二）."""
        text = query.expanded
        taken = [False] * len(text)
        found = []
        for word in self._keywords:
            start = text.find(word)
            while start != -1:
                end = start + len(word)
                if not any(taken[start:end]):
                    found.append(word)
                    taken[start:end] = [True] * len(word)
                start = text.find(word, end)
        return found

    def rank(self, query: Query) -> list[Match]:
        """Every clause with its score, best first."""
        found = self.keywords(query)
        matches = [self._score(clause, query, found) for clause in self._kb.clauses]
        return sorted(matches, key=lambda m: -m.score)

    def _score(self, clause: Clause, query: Query, found: list[str]) -> Match:
        weights = self._weights[clause.id]
        hits = [w for w in found if w in weights]
        keyword = sum(weights[w] for w in hits)
        doc = self._docs[clause.id]
        length = sum(doc.values())
        bm25 = 0.0
        for token in set(query.tokens):
            tf = doc.get(token, 0)
            if tf:
                bm25 += self._idf[token] * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / self._avg_len))
        fuzzy = max((fuzz.ratio(query.text, ex) for ex in self._examples[clause.id]), default=0.0)
        score = keyword + BM25_WEIGHT * bm25 + FUZZY_WEIGHT * max(0.0, fuzzy - 40) / 60
        return Match(clause.id, round(score, 3), tuple(hits))


def _document(clause: Clause) -> str:
    parts = [clause.title] * 2 + list(clause.strong) * 3 + list(clause.normal) + list(clause.examples)
    parts += [clause.summary]
    for benefit in clause.benefits:
        parts += [benefit.name, *benefit.triggers]
    return " ".join(normalize(p) for p in parts)


def _vocabulary(kb: KnowledgeBase) -> Iterable[str]:
    for clause in kb.clauses:
        yield from clause.strong
        yield from clause.normal
        yield clause.title
    for slot in kb.slots.values():
        for words in slot.values.values():
            yield from words
        yield from slot.yes
        yield from slot.no
    for canon, variants in kb.lexicon.synonyms.items():
        yield canon
        yield from variants
