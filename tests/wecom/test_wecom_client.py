"""The active API client: one token fetch for many senders, refetch on expiry, no secrets logged."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from fakes.fake_wecom_api import FakeWecomApi

from bot.errors import WecomApiError
from bot.stores.memory import MemoryStore
from bot.wecom.client import StoreTokenCache, WecomClient


@pytest.fixture
async def api_and_client(
    aiohttp_server: Any,
) -> AsyncIterator[tuple[FakeWecomApi, WecomClient, MemoryStore]]:
    api = FakeWecomApi()
    server = await aiohttp_server(api.app)
    store = MemoryStore()
    async with aiohttp.ClientSession() as session:
        client = WecomClient(
            session,
            api_base=str(server.make_url("")),
            corp_id=api.corp_id,
            secret=api.secret,
            cache=StoreTokenCache(store, "wecom:token:test"),
            timeout=1.0,
        )
        yield api, client, store


async def test_many_senders_share_one_token_fetch(
    api_and_client: tuple[FakeWecomApi, WecomClient, MemoryStore],
) -> None:
    """Fifty concurrent sends cause exactly one gettoken."""
    api, client, _ = api_and_client
    api.delay = 0.05
    await asyncio.gather(*(client.send_text(1, f"u{n}", "hi") for n in range(50)))
    assert api.token_fetches == 1
    assert len(api.sent) == 50


async def test_token_is_cached_in_the_store(
    api_and_client: tuple[FakeWecomApi, WecomClient, MemoryStore],
) -> None:
    """The token lives in the store with a TTL shorter than expires_in."""
    api, client, store = api_and_client
    await client.send_text(1, "u", "a")
    await client.send_text(1, "u", "b")
    assert api.token_fetches == 1
    assert await store.get("wecom:token:test") == "TOKEN-0"


@pytest.mark.parametrize("errcode", [40014, 42001])
async def test_invalid_token_is_refetched_once(
    api_and_client: tuple[FakeWecomApi, WecomClient, MemoryStore], errcode: int
) -> None:
    """On 40014/42001 the client fetches a new token and retries the call once."""
    api, client, _ = api_and_client
    await client.send_text(1, "u", "a")
    api.fail_next(errcode)
    await client.send_text(1, "u", "b")
    assert api.token_fetches == 2
    assert [b["text"]["content"] for b in api.sent] == ["a", "b"]


async def test_concurrent_expiry_refetches_once(
    api_and_client: tuple[FakeWecomApi, WecomClient, MemoryStore],
) -> None:
    """Many senders told the same token expired trigger a single new fetch."""
    api, client, _ = api_and_client
    await client.send_text(1, "u", "warm")
    api.valid_tokens.clear()  # WeCom invalidated the token early
    await asyncio.gather(*(client.send_text(1, "u", str(n)) for n in range(20)))
    assert api.token_fetches == 2
    assert len(api.sent) == 21


async def test_errors_are_logged_with_errcode_never_secret(
    api_and_client: tuple[FakeWecomApi, WecomClient, MemoryStore],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A refused call raises WecomApiError; the log names the errcode, not secret or token."""
    api, client, _ = api_and_client
    with caplog.at_level(logging.DEBUG):
        await client.send_text(1, "u", "a")
        api.fail_next(45009)
        with pytest.raises(WecomApiError) as err:
            await client.send_text(1, "u", "b")
    assert err.value.errcode == 45009
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot"))
    assert "45009" in ours
    assert api.secret not in ours
    assert "TOKEN-" not in ours


async def test_bad_secret_is_not_hammered(aiohttp_server: Any) -> None:
    """After a failed gettoken the client waits before asking again (WeCom blocks hammering)."""
    api = FakeWecomApi()
    server = await aiohttp_server(api.app)
    async with aiohttp.ClientSession() as session:
        client = WecomClient(
            session,
            api_base=str(server.make_url("")),
            corp_id=api.corp_id,
            secret="wrong",
            cache=StoreTokenCache(MemoryStore(), "k"),
        )
        for _ in range(5):
            with pytest.raises(WecomApiError):
                await client.send_text(1, "u", "x")
    assert api.token_fetches == 1


async def test_every_call_has_a_timeout(
    api_and_client: tuple[FakeWecomApi, WecomClient, MemoryStore],
) -> None:
    """A WeCom API that hangs turns into a WecomApiError after the timeout."""
    api, client, _ = api_and_client
    api.delay = 5.0
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(WecomApiError):
        await client.send_text(1, "u", "x")
    assert loop.time() - started < 2.5
