"""Fixtures for the operations tests: the real engine, Redis DB 14, WeCom settings for the fakes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes.wecom_peer import WecomPeer

from bot.config import WecomConfig
from handlers.engine import Engine

REDIS_URL = "redis://127.0.0.1:6379/14"


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The real engine over the packaged knowledge, loaded once for these tests."""
    e = Engine()
    e.dialogue  # noqa: B018 - load and index now, not inside a timed test
    return e


def _flush() -> None:
    import redis

    with redis.Redis.from_url(REDIS_URL) as client:
        client.flushdb()


@pytest.fixture
def redis_url() -> Iterator[str]:
    """Redis DB 14, empty before and flushed after; skips (fails under REQUIRE_REDIS=1) if down."""
    from stores.backends import require_redis

    require_redis()
    _flush()
    try:
        yield REDIS_URL
    finally:
        _flush()


@pytest.fixture
def peer() -> WecomPeer:
    return WecomPeer()


def wecom_config(peer: WecomPeer, api_base: str, *, budget: float = 3.0) -> WecomConfig:
    """The WeCom settings matching ``peer``, with the API at ``api_base``."""
    return WecomConfig(
        corp_id=peer.corp_id,
        token=peer.token,
        encoding_aes_key=peer.encoding_aes_key,
        agent_id=peer.agent_id,
        secret="s3cret",
        reply_budget=budget,
        api_base=api_base.rstrip("/"),
    )
