"""Fixtures for the store tests: every backend in turn, and the durable ones."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from handlers.store import Store

from .backends import Backend, backend_for, redis_test_db

REDIS = pytest.param("redis", marks=pytest.mark.redis)


@pytest.fixture(params=["memory", "sqlite", REDIS])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    """Every backend in turn."""
    with backend_for(request.param, tmp_path) as b:
        yield b


@pytest.fixture(params=["sqlite", REDIS])
def durable_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    """The backends whose data outlives the store object (and the process)."""
    with backend_for(request.param, tmp_path) as b:
        yield b


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[Store]:
    """An open store on ``backend``, closed after the test."""
    opened = await backend.open()
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
def redis_db() -> Iterator[None]:
    """Redis DB 15 for tests that talk to Redis directly."""
    with redis_test_db():
        yield
