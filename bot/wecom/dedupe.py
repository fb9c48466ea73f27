"""Exactly-once bookkeeping: who processes a delivery, and who answers it how.

WeCom redelivers a callback it got no 200 for within 5 s. The first delivery of a key wins a
``store.add`` (kept ``DEDUPE_TTL``) and processes it; every later one only waits for the outcome.
The outcome is decided once, by whoever comes first: the processing task ("passive": the answer
rides on the HTTP response) or a waiting request whose budget ran out ("active": the answer goes
out later through ``message/send``). That decision is a plain synchronous method on ``Pending``,
so no ``await`` can slip between the check and the set; it is copied to the store under
``result_key`` so a redelivery that lands on another instance can return the same reply.
"""

from __future__ import annotations

import asyncio
from typing import Literal

DEDUPE_TTL = 2 * 3600
"""Seconds a delivery key and its outcome are kept: comfortably over WeCom's retry window."""

Mode = Literal["passive", "active", "none"]


def seen_key(corp_id: str, key: str) -> str:
    """The store key marking that a delivery has been taken on."""
    return f"wecom:seen:{corp_id}:{key}"


def result_key(corp_id: str, key: str) -> str:
    """The store key of a delivery's outcome, ``{"mode": ..., "text": ...}``."""
    return f"wecom:result:{corp_id}:{key}"


class Pending:
    """The outcome of one delivery being processed on this instance."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.mode: Mode | None = None
        self.text: str | None = None
        self.ready = asyncio.Event()

    def decide(self, mode: Mode, text: str | None = None) -> bool:
        """Fix the outcome unless already fixed; True when this call fixed it."""
        if self.mode is not None:
            return False
        self.mode, self.text = mode, text
        self.ready.set()
        return True

    def passive_text(self) -> str | None:
        """The text to put on the HTTP response, if the outcome is a passive reply."""
        return self.text if self.mode == "passive" else None
