"""Long replies are cut on line and character boundaries, never inside a character."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.wecom.split import MAX_BYTES, split_text


def test_short_text_is_one_part() -> None:
    """A text within the limit comes back whole."""
    assert split_text("您好") == ["您好"]


def test_blank_text_is_no_part() -> None:
    """Nothing to say means nothing to send."""
    assert split_text("  \n ") == []


def test_prefers_line_breaks() -> None:
    """Cuts fall on a line break when one is in the back half of the window."""
    lines = ["甲" * 300, "乙" * 300, "丙" * 300]  # 900 bytes each
    parts = split_text("\n".join(lines), limit=2048)
    assert parts == ["\n".join(lines[:2]), lines[2]]


def test_cuts_between_characters_without_breaks() -> None:
    """A run of 3-byte characters with no break is cut on a character boundary."""
    parts = split_text("字" * 1000, limit=2048)
    assert [len(p.encode()) for p in parts] == [2046, 954]


@pytest.mark.parametrize("char", ["é", "字", "😀"])
def test_exact_boundaries(char: str) -> None:
    """Multi-byte characters of every width straddling the limit stay whole."""
    text = "a" + char * 2000
    parts = split_text(text, limit=MAX_BYTES)
    assert "".join(parts) == text
    assert all(len(p.encode()) <= MAX_BYTES for p in parts)


@given(st.text(min_size=1, max_size=3000).filter(lambda s: "\n" not in s and s.strip() == s))
def test_no_text_is_lost_without_breaks(text: str) -> None:
    """Without line breaks, the parts concatenate back to the text, each within the limit."""
    parts = split_text(text, limit=64)
    assert "".join(parts) == text.encode("utf-8", "replace").decode()
    assert all(len(p.encode()) <= 64 for p in parts)
