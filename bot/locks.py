"""One ``asyncio.Lock`` per key, existing only while someone holds or awaits it.

Used by the in-process stores (memory, SQLite: a user's dialogue turn) and by the WeCom channel
(one user's messages in order). Entries are dropped as soon as nobody holds or awaits them, so
the table never grows with the number of users.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from bot.stores._common import check_lock_timeout
from handlers.store import StoreError


@dataclass
class _Entry:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0  # holders plus waiters; the entry is dropped when this reaches 0


class KeyedLocks:
    """One asyncio lock per key, existing only while someone holds or awaits it."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}

    def __len__(self) -> int:
        """How many keys currently have a lock entry (held or awaited)."""
        return len(self._entries)

    @asynccontextmanager
    async def hold(self, key: str, timeout: float | None = None) -> AsyncIterator[None]:
        """Hold ``key``'s lock; waiting longer than ``timeout`` raises StoreError (None: no
        limit, for the WeCom channel's per-user order, where the store lock bounds the turn)."""
        if timeout is not None:
            check_lock_timeout(timeout)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        entry.users += 1
        try:
            try:
                async with asyncio.timeout(timeout):
                    await entry.lock.acquire()
            except TimeoutError:
                raise StoreError(f"lock not acquired within {timeout} s") from None
            try:
                yield
            finally:
                entry.lock.release()
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._entries[key]
