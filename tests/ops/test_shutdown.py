"""Graceful stop: no new connections, messages in flight finish, late answers go out, all closed."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from fakes.engines import SlowEngine
from fakes.fake_wecom_api import FakeWecomApi
from fakes.wecom_peer import WecomPeer

from bot.app import create_app
from bot.config import Config
from bot.keys import STORE
from handlers.store import StoreError

from .conftest import wecom_config


async def _start(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, shutdown_timeout=5.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    (host, port) = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


async def test_stop_finishes_in_flight_requests_and_closes(tmp_path: Path) -> None:
    """A request in flight when the stop begins still gets its answer; new ones are refused."""
    engine = SlowEngine(0.4)
    app = create_app(Config(data_dir=tmp_path, store_url="memory://"), engine=engine)
    runner, base = await _start(app)
    async with aiohttp.ClientSession() as session:
        in_flight = asyncio.create_task(session.post(base + "/api/chat", json={"user_id": "u", "text": "慢"}))
        await engine.started.wait()
        stopping = asyncio.create_task(runner.cleanup())
        await asyncio.sleep(0.1)
        try:
            async with aiohttp.ClientSession() as fresh:
                await fresh.get(base + "/healthz")
            raise AssertionError("a new connection was accepted while stopping")
        except aiohttp.ClientConnectionError:
            pass
        resp = await in_flight
        assert resp.status == 200
        assert (await resp.json())["reply"] == "答：慢"
        resp.release()
        await stopping
    try:
        await app[STORE].ping()
        raise AssertionError("the store is still open")
    except StoreError:
        pass


async def test_stop_sends_late_wecom_answers_first(tmp_path: Path, aiohttp_server: Any) -> None:
    """An answer too late for the passive reply is still sent through message/send on stop."""
    peer = WecomPeer()
    api = FakeWecomApi(corp_id=peer.corp_id)
    base = str((await aiohttp_server(api.app)).make_url(""))
    config = Config(data_dir=tmp_path, store_url="memory://", wecom=wecom_config(peer, base, budget=0.05))
    app = create_app(config, engine=SlowEngine(0.4))
    runner, url = await _start(app)
    path, body = peer.callback(peer.text("u", "晚到"))
    async with aiohttp.ClientSession() as session, session.post(url + path, data=body) as resp:
        assert resp.status == 200 and await resp.text() == ""
    await runner.cleanup()
    assert [b["text"]["content"] for b in api.sent] == ["答：晚到"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def test_serve_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    """``policy-bot serve`` exits 0 on SIGTERM, logging JSON lines "stopping" and "stopped"."""
    port = _free_port()
    env = {**os.environ, "BOT_DATA_DIR": str(tmp_path), "BOT_STORE": f"sqlite:///{tmp_path}/s.db"}
    for name in list(env):
        if name.startswith("WECOM_") or name == "BOT_API_TOKEN":
            del env[name]
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "serve",
        "--port",
        str(port),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(200):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        if resp.status == 200:
                            break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
            async with session.post(f"http://127.0.0.1:{port}/api/chat", json={"user_id": "u", "text": "帮助"}) as resp:
                assert resp.status == 200
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 10) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.stderr is not None
    lines = [json.loads(line) for line in (await proc.stderr.read()).decode().splitlines()]
    messages = [line["msg"] for line in lines]
    assert "message" in messages and messages[-2:] == [
        "stopping: no new connections, finishing messages in flight",
        "stopped",
    ]
