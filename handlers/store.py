"""The state interface handlers and channels depend on; backends live in ``bot/stores``.

A deliberately small key-value contract (aiogram's ``BaseStorage`` in spirit) so that memory,
SQLite and Redis can implement it identically and one contract test covers all three. Values are
JSON-native (dict, list, str, int, float, bool, None): nothing pickled, so instances of different
versions can share a Redis.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol, runtime_checkable

JSON = Any
"""A JSON-native value (what ``json.dumps`` accepts without a default)."""


class StoreError(Exception):
    """The backend failed (connection lost, disk full); callers answer "稍后再试"."""


@runtime_checkable
class Store(Protocol):
    """Shared state: dialogues, dedupe marks, locks, logs, cursors."""

    async def get(self, key: str) -> JSON | None:
        """The value under ``key``, or None when absent or expired."""
        ...

    async def set(self, key: str, value: JSON, *, ttl: float | None = None) -> None:
        """Store ``value``; ``ttl`` in seconds, None keeps it until deleted."""
        ...

    async def add(self, key: str, value: JSON, *, ttl: float | None = None) -> bool:
        """Store only if absent (SET NX); True when this call created it."""
        ...

    async def incr(self, key: str, *, ttl: float | None = None) -> int:
        """Add one to the count under ``key`` (0 when absent or expired) and return it; ``ttl``
        applies from the first count and later ones do not extend it (a fixed window).
        ``StoreError`` when the key holds something other than a whole number."""
        ...

    async def delete(self, key: str) -> None:
        """Remove ``key``; absent keys are fine."""
        ...

    def lock(self, key: str, *, timeout: float = 30.0) -> AbstractAsyncContextManager[None]:
        """Exclusive section per key, across instances for shared backends.

        ``timeout`` bounds how long a holder keeps the lock if it crashes; waiting for it is
        bounded by the same figure and raises ``StoreError`` when exceeded.
        """
        ...

    async def append(self, key: str, value: JSON, *, max_items: int = 10_000) -> None:
        """Append to a capped log under ``key`` (oldest dropped beyond ``max_items``)."""
        ...

    async def items(self, key: str) -> list[JSON]:
        """The log under ``key``, oldest first."""
        ...

    async def ping(self) -> None:
        """Raise ``StoreError`` when the backend is unreachable."""
        ...

    async def close(self) -> None:
        """Release connections and files."""
        ...
