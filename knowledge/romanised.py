"""Domain words typed in pinyin: "lingong shichang", "gongyi gangwei", "jyhc" (家燕回巢).

People on phones sometimes leave the IME in Latin mode and type a term's full pinyin, or its
initials as a chat shorthand. Only the policy's own vocabulary is looked up, and only a whole run
of Latin letters (spaces allowed between syllables) is replaced, so English words in a message
("ok", "hr", "offer") stay as they are unless they spell a domain word exactly.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

# As in knowledge.text: single-character pinyin is all that is needed; the phrase dictionary costs
# ~67 MB, and whichever module imports pypinyin first decides whether it is loaded.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

from pypinyin import Style, lazy_pinyin
from rapidfuzz import fuzz, process

_LATIN_RUN = re.compile(r"[a-z]+(?: [a-z]+)*")
_LATIN = re.compile("[a-z]")
_NEAR_LENGTH = 8
"""Full pinyin this long may be a letter off ("lingong" for linggong): matched at _NEAR_SCORE."""
_NEAR_SCORE = 90
_MIN_INITIALS = 3
"""Initials shorter than this ("hr", "ok") are English or anything; three letters and up are a
chat shorthand only when they spell a domain word's initials exactly."""


class RomanisedWords:
    """Maps runs of pinyin (full or initials) back to the domain words they spell."""

    def __init__(self, vocabulary: Iterable[str], *, keep: Iterable[str] = ()) -> None:
        self._full: dict[str, str] = {}
        self._initials: dict[str, str] = {}
        words = sorted({w for w in vocabulary if len(w) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in w)})
        for word in sorted(words, key=len, reverse=True):  # a longer word wins a shared key
            syllables = lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
            if len(syllables) != len(word):
                continue
            self._full.setdefault("".join(syllables), word)
            if len(word) >= _MIN_INITIALS:
                self._initials.setdefault("".join(s[0] for s in syllables), word)
        for english in keep:  # words people type in English, never read as initials
            self._initials.pop(english, None)
            self._full.pop(english, None)

    def fix(self, text: str) -> str:
        """``text`` (normalised: lower case) with each whole Latin run that spells a domain word
        in pinyin replaced by that word."""
        if _LATIN.search(text) is None:  # (most messages: one regex scan, not a loop in Python)
            return text

        def word(match: re.Match[str]) -> str:
            run = match.group(0)
            key = run.replace(" ", "")
            found = self._full.get(key) or self._initials.get(key) or self._near(key)
            if found is None and " " in run:  # "lingong shichang yanshou": each part on its own
                parts = [self._full.get(p) or self._initials.get(p) or self._near(p) for p in run.split(" ")]
                return " ".join(p or q for p, q in zip(parts, run.split(" "), strict=True))
            return found or run

        return _LATIN_RUN.sub(word, text)

    def _near(self, key: str) -> str | None:
        """The domain word whose full pinyin is a letter or two from a long run, if one is."""
        if len(key) < _NEAR_LENGTH:
            return None
        best = process.extractOne(key, self._full.keys(), scorer=fuzz.ratio, score_cutoff=_NEAR_SCORE)
        return self._full[best[0]] if best else None
