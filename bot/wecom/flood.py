"""Per-user message rate: over the limit in a minute, one notice and then silence.

WeCom itself drops an app's messages beyond 30 a minute to one member, and each answer costs the
engine; a user who pastes twenty questions at once gets a polite notice instead of a wall. The
count lives in the store (per user, per fixed minute window) so instances sharing Redis agree;
one atomic ``incr`` per message, no lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

from handlers.store import Store

Verdict = Literal["ok", "notice", "drop"]


class FloodGate:
    """Counts a user's messages per ``window`` seconds; ``limit`` are answered."""

    def __init__(self, *, limit: int = 20, window: int = 60, clock: Callable[[], float] = time.time) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock

    async def check(self, store: Store, scope: str, user_id: str) -> Verdict:
        """Count one message; "ok" to answer it, "notice" once past the limit, then "drop"."""
        slot = int(self.clock() // self.window)
        count = await store.incr(f"wecom:flood:{scope}:{user_id}:{slot}", ttl=self.window * 2)
        if count <= self.limit:
            return "ok"
        return "notice" if count == self.limit + 1 else "drop"
