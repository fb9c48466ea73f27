"""The shared store on Redis: dialogues and per-user locks that hold across instances.

Several bot instances behind one load balancer share a ``redis://`` store, so a half-finished
dialogue follows the user and two messages of one user never race, whichever instance gets them
(aiogram's ``RedisStorage`` and ``RedisEventIsolation``). Locks are redis-py ``Lock``s whose
``timeout`` is also their expiry: an instance that dies inside a section frees the user after at
most that long. Keys live under a namespace, split by kind (``kv:``, ``log:``, ``lock:``), so a
lock's token can never overwrite a value of the same name. redis-py's errors become
``StoreError``; a down server costs a request a few quick retries, not the default long backoff.
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import LockNotOwnedError, RedisError

from bot.stores._common import check_lock_timeout, check_max_items, check_ttl, decode, encode
from handlers.store import JSON, StoreError

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 100
"""Connections per instance; more concurrent calls wait (up to 5 s) instead of failing."""


@contextmanager
def _translated() -> Iterator[None]:
    """Turn redis-py's and the socket's errors into StoreError."""
    try:
        yield
    except (RedisError, OSError) as exc:  # ConnectionError, TimeoutError, ResponseError...
        raise StoreError(f"redis: {type(exc).__name__}: {exc}") from exc


def _expiry(ttl: float | None) -> tuple[int | None, int | None]:
    """SET's (EX, PX): EX for whole seconds, PX (rounded up to a millisecond) for fractions."""
    if ttl is None:
        return None, None
    if float(ttl).is_integer():
        return int(ttl), None
    return None, max(1, math.ceil(ttl * 1000))


class RedisStore:
    """``Store`` on a redis.asyncio client, which it owns and closes."""

    def __init__(self, client: Redis, *, namespace: str = "policy-bot:", lock_poll: float = 0.02) -> None:
        self._client = client
        self._namespace = namespace
        self._lock_poll = lock_poll  # seconds between attempts while waiting for a lock
        self._closed = False

    @classmethod
    def from_url(cls, url: str, *, namespace: str = "policy-bot:") -> RedisStore:
        """A store on ``redis://HOST:PORT/DB``; connects lazily, on first use.

        The pool blocks when all its connections are busy: redis-py's default pool raises
        "Too many connections" at once, which under a burst turned into users' "稍后再试".
        """
        pool = BlockingConnectionPool.from_url(
            url,
            max_connections=MAX_CONNECTIONS,
            timeout=5.0,
            socket_connect_timeout=5.0,
            socket_timeout=5.0,
            health_check_interval=30,
            retry=Retry(ExponentialWithJitterBackoff(base=0.05, cap=0.5), retries=3),
        )
        return cls(Redis.from_pool(pool), namespace=namespace)

    def _key(self, kind: str, key: str) -> str:
        return f"{self._namespace}{kind}:{key}"

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("store is closed")

    async def get(self, key: str) -> JSON | None:
        """The value under ``key``, or None when absent or expired."""
        self._check_open()
        with _translated():
            raw = await self._client.get(self._key("kv", key))
        return None if raw is None else decode(raw)

    async def set(self, key: str, value: JSON, *, ttl: float | None = None) -> None:
        """Store ``value``; ``ttl`` in seconds, None keeps it until deleted."""
        self._check_open()
        check_ttl(ttl)
        raw = encode(value)
        ex, px = _expiry(ttl)
        with _translated():
            await self._client.set(self._key("kv", key), raw, ex=ex, px=px)

    async def add(self, key: str, value: JSON, *, ttl: float | None = None) -> bool:
        """SET NX: store only if absent; True when this call created it."""
        self._check_open()
        check_ttl(ttl)
        raw = encode(value)
        ex, px = _expiry(ttl)
        with _translated():
            created = await self._client.set(self._key("kv", key), raw, ex=ex, px=px, nx=True)
        return bool(created)

    async def incr(self, key: str, *, ttl: float | None = None) -> int:
        """SET NX with the expiry, then INCR, in one round trip (MULTI): instances sharing the
        Redis count together, and only the first count sets the window."""
        self._check_open()
        check_ttl(ttl)
        ex, px = _expiry(ttl)
        name = self._key("kv", key)
        with _translated():
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.set(name, "0", ex=ex, px=px, nx=True)
                pipe.incr(name)
                _, count = await pipe.execute()
        return int(count)

    async def delete(self, key: str) -> None:
        """Remove the value and the log under ``key``; absent keys are fine."""
        self._check_open()
        with _translated():
            await self._client.delete(self._key("kv", key), self._key("log", key))

    def lock(self, key: str, *, timeout: float = 30.0) -> AbstractAsyncContextManager[None]:
        """Exclusive section per key across every instance sharing this Redis."""
        self._check_open()
        check_lock_timeout(timeout)
        return self._hold(key, timeout)

    @asynccontextmanager
    async def _hold(self, key: str, timeout: float) -> AsyncIterator[None]:
        lock = self._client.lock(
            self._key("lock", key),
            timeout=timeout,
            sleep=self._lock_poll,
            blocking=True,
            blocking_timeout=timeout,
            thread_local=False,  # one Lock object per section; no sharing between threads
        )
        with _translated():
            acquired = await lock.acquire()
        if not acquired:
            raise StoreError(f"lock not acquired within {timeout:g} s")
        try:
            yield
        finally:
            try:
                await lock.release()
            except LockNotOwnedError:
                # The section outlived ``timeout``, so the lock expired and another holder may
                # have run alongside. Its work is done; flag it rather than fail it.
                log.warning("redis lock expired before its section ended (timeout %g s)", timeout)
            except (RedisError, OSError) as exc:
                raise StoreError(f"redis: releasing a lock: {type(exc).__name__}: {exc}") from exc

    async def append(self, key: str, value: JSON, *, max_items: int = 10_000) -> None:
        """RPUSH + LTRIM in one transaction: the capped log under ``key``."""
        self._check_open()
        check_max_items(max_items)
        raw = encode(value)
        name = self._key("log", key)
        with _translated():
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.rpush(name, raw)
                pipe.ltrim(name, -max_items, -1)
                await pipe.execute()

    async def items(self, key: str) -> list[JSON]:
        """The log under ``key``, oldest first."""
        self._check_open()
        with _translated():
            raws = await self._client.lrange(self._key("log", key), 0, -1)
        return [decode(raw) for raw in raws]

    async def ping(self) -> None:
        """Raise StoreError when Redis is unreachable."""
        self._check_open()
        with _translated():
            await self._client.ping()

    async def close(self) -> None:
        """Close the client and its connection pool; idempotent."""
        if self._closed:
            return
        self._closed = True
        with _translated():
            await self._client.aclose()
