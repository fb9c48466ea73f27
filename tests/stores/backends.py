"""How the store tests reach each backend; Redis only when it's up.

Redis tests use DB 15 and flush only that DB, before and after each test. Without a server they
skip with the reason, unless ``REQUIRE_REDIS=1`` (CI with a Redis service), where they fail.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.stores import open_store
from handlers.store import Store

REDIS_URL = "redis://127.0.0.1:6379/15"
REDIS_DOWN = "Redis not reachable on 127.0.0.1:6379"


@functools.cache
def _redis_problem() -> str | None:
    """Why Redis can't be used by the tests, or None when it can (asked once per session)."""
    try:
        import redis
    except ImportError:
        return "the redis package is not installed (pip install -e '.[test]')"
    try:
        with redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1.0) as client:
            client.ping()
    except (redis.RedisError, OSError):
        return REDIS_DOWN
    return None


def require_redis() -> None:
    """Skip the calling test when Redis is unusable; fail instead under REQUIRE_REDIS=1."""
    problem = _redis_problem()
    if problem is None:
        return
    if os.environ.get("REQUIRE_REDIS") == "1":
        pytest.fail(f"{problem}, and REQUIRE_REDIS=1")
    pytest.skip(problem)


def flush_test_db() -> None:
    """Empty DB 15, the tests' own; no other DB is touched."""
    import redis

    with redis.Redis.from_url(REDIS_URL) as client:
        client.flushdb()


@dataclass(frozen=True)
class Backend:
    """How to open one backend; opening twice reaches the same data where the backend keeps it."""

    name: str
    url: str

    async def open(self) -> Store:
        """A fresh store on this backend's URL."""
        return await open_store(self.url)


@contextmanager
def backend_for(name: str, tmp_path: Path) -> Iterator[Backend]:
    """The backend called ``name``, with its data set up and torn down around the test."""
    if name == "memory":
        yield Backend(name, "memory://")
    elif name == "sqlite":
        # A directory that doesn't exist yet: opening must create it.
        yield Backend(name, f"sqlite:///{tmp_path / 'state' / 'bot.sqlite3'}")
    else:
        with redis_test_db():
            yield Backend(name, REDIS_URL)


@contextmanager
def redis_test_db() -> Iterator[None]:
    """Redis DB 15, empty before and flushed after; skips (or fails) when Redis is down."""
    require_redis()
    flush_test_db()
    try:
        yield
    finally:
        flush_test_db()
