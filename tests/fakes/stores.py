"""A store in outage: every operation raises ``StoreError``, as a down Redis or full disk does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from handlers.store import JSON, StoreError


class FailingStore:
    """``Store`` whose every call fails; ``calls`` counts the attempts."""

    def __init__(self) -> None:
        self.calls = 0

    def _fail(self) -> StoreError:
        self.calls += 1
        return StoreError("redis: ConnectionError: Connection refused (fake outage)")

    async def get(self, key: str) -> JSON | None:
        raise self._fail()

    async def set(self, key: str, value: JSON, *, ttl: float | None = None) -> None:
        raise self._fail()

    async def add(self, key: str, value: JSON, *, ttl: float | None = None) -> bool:
        raise self._fail()

    async def incr(self, key: str, *, ttl: float | None = None) -> int:
        raise self._fail()

    async def delete(self, key: str) -> None:
        raise self._fail()

    def lock(self, key: str, *, timeout: float = 30.0) -> AbstractAsyncContextManager[None]:
        return self._hold()

    @asynccontextmanager
    async def _hold(self) -> AsyncIterator[None]:
        raise self._fail()
        yield  # pragma: no cover - makes this a generator

    async def append(self, key: str, value: JSON, *, max_items: int = 10_000) -> None:
        raise self._fail()

    async def items(self, key: str) -> list[JSON]:
        raise self._fail()

    async def ping(self) -> None:
        raise self._fail()

    async def close(self) -> None:
        """Closing works: shutdown must not fail on a store that is down."""
