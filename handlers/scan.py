"""Finding a slot's words in a message: longest match first, never overlapping, and whether
a word is negated just before it ("木有备案", "不是滨江户口")."""

from __future__ import annotations

from collections.abc import Iterable


def longest(word: str) -> tuple[int, str]:
    """Sort key: longest first, then by the text itself, so equal lengths never depend on
    set order (hash randomisation would make replies differ between runs)."""
    return (-len(word), word)


def longest_first(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(pairs, key=lambda p: -len(p[0]))


_NEGATIONS = ("没有", "木有", "没", "未", "不是", "不在", "尚未", "还没", "并非")
_CLAUSE_BREAK = set(",，。;；!！?？ ")


def negated(text: str, pos: int) -> bool:
    """A negation shortly before ``pos`` in the same phrase: "木有去区人社局备案", "不是滨江户口"."""
    start = pos
    while start > 0 and pos - start < 12 and text[start - 1] not in _CLAUSE_BREAK:
        start -= 1
    window = text[start:pos]
    return any(n in window for n in _NEGATIONS)


def scan_spans(text: str, pairs: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping longest matches of (word → value) pairs: [(start, end, value)]."""
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for word, value in pairs:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            if not any(taken[start:end]):
                found.append((start, end, value))
                taken[start:end] = [True] * len(word)
            start = text.find(word, end)
    return sorted(found)


def scan_words(text: str, pairs: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """Like ``scan_spans`` without the ends: [(position, value)]."""
    return [(start, value) for start, _, value in scan_spans(text, pairs)]


def qualified(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a "yes" that a "no" just before it in the same phrase qualifies: in "在萧山区的就业
    服务中心上班" the 就业服务 is the other district's, so the "no" stands."""
    kept: list[tuple[int, int, str]] = []
    for start, end, value in spans:
        if value == "1" and kept and kept[-1][2] == "0":
            between = text[kept[-1][1] : start]
            if len(between) <= 4 and not any(ch in _CLAUSE_BREAK for ch in between):
                continue
        kept.append((start, end, value))
    return kept
