"""Cut long replies into WeCom-sized parts without breaking a character.

WeCom silently truncates a text over 2048 bytes (UTF-8), so a long answer is sent as several
messages. Cuts fall on a line break where one sits in the back half of the window, else after a
sentence mark, else on a plain character boundary: never inside a multi-byte character.
"""

from __future__ import annotations

MAX_BYTES = 2048

_SENTENCE_ENDS = "。！？；!?;，, "


def _prefix_within(text: str, limit: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 encoding fits in ``limit`` bytes."""
    # Cutting the bytes and dropping the trailing partial character is exact for valid UTF-8.
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def split_text(text: str, limit: int = MAX_BYTES) -> list[str]:
    """Parts of ``text``, in order, each at most ``limit`` bytes; [] for a blank text.

    A part cut at a line break does not carry that break (the message boundary replaces it).
    """
    if limit < 4:
        raise ValueError("limit must hold at least one character")
    rest = text.encode("utf-8", "replace").decode("utf-8").strip()
    parts: list[str] = []
    while len(rest.encode("utf-8")) > limit:
        window = _prefix_within(rest, limit)
        cut = window.rfind("\n")
        if cut >= len(window) // 2:
            parts.append(window[:cut].rstrip())
            rest = rest[cut + 1 :]
            continue
        marks = [window.rfind(mark) for mark in _SENTENCE_ENDS]
        cut = max(marks)
        if cut >= len(window) // 2:
            cut += 1
        else:
            cut = len(window)
        parts.append(window[:cut])
        rest = rest[cut:]
    if rest.strip():
        parts.append(rest)
    return [part for part in parts if part.strip()]
