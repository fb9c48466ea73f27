"""Load test: many WeCom users in conversation with one or two ``policy-bot serve`` instances.

A script, not a test; loopback only. It starts a fake WeCom API (tests/fakes) in this process
and the servers as subprocesses with test ``WECOM_*`` values, ``WECOM_API_BASE`` pointing at the
fake so answers too late for the passive reply are sent through ``message/send`` and counted.
``--users`` simulated users each hold ``--turns`` turns of realistic conversation (dialogues
from tests/eval/dialogues.yaml, single questions from questions.yaml), one turn after the other,
``--concurrency`` users at a time; each turn is a signed, encrypted callback (tests/fakes'
WeCom peer) sent round-robin to the instances, as a load balancer would. Setups:

    sqlite1  one instance on an SQLite file
    redis2   two instances sharing Redis (DB 14 by default; only that DB is flushed)

Prints messages/s, p50/p99 latency, errors, lost turns (a turn is lost unless it got a passive
reply or a ``message/send`` to its user) and each server's RSS before and after.

    python bench/load.py                      # 500 users x 20 turns, concurrency 100, both setups
    python bench/load.py --users 50 --setups sqlite1
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import yaml
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the WeCom peer and the fake API live with the fakes
sys.path.insert(0, str(ROOT))  # the project first: tests/knowledge must not shadow the package

from fakes.fake_wecom_api import FakeWecomApi  # noqa: E402
from fakes.wecom_peer import WecomPeer  # noqa: E402

HOST = "127.0.0.1"


def conversations(rng: random.Random, users: int, turns: int) -> list[list[str]]:
    """``turns`` texts per user: evaluation dialogues with single questions between them."""
    data = ROOT / "tests" / "eval"
    dialogues = [[t["user"] for t in d["turns"]] for d in yaml.safe_load((data / "dialogues.yaml").read_text("utf-8"))]
    questions = [q["text"] for q in yaml.safe_load((data / "questions.yaml").read_text("utf-8"))]
    result = []
    for _ in range(users):
        texts: list[str] = []
        while len(texts) < turns:
            texts += rng.choice(dialogues)
            texts += rng.sample(questions, rng.randint(1, 2))
        result.append(texts[:turns])
    return result


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Server:
    """One ``policy-bot serve`` subprocess."""

    proc: subprocess.Popen[bytes]
    url: str
    log: Path

    @property
    def rss(self) -> float:
        return _rss_mb(self.proc.pid)


async def start_server(env: dict[str, str], log: Path) -> Server:
    """Start ``policy-bot serve`` on a free port and wait for /healthz."""
    port = _free_port()
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--host", HOST, "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    url = f"http://{HOST}:{port}"
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            if proc.poll() is not None:
                raise SystemExit(f"server exited: {log.read_text()[-2000:]}")
            try:
                async with session.get(url + "/healthz") as resp:
                    if resp.status == 200:
                        return Server(proc, url, log)
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.05)
    proc.kill()
    raise SystemExit("server did not become healthy within 15 s")


def stop(servers: list[Server]) -> None:
    for server in servers:
        server.proc.terminate()
    for server in servers:
        try:
            server.proc.wait(15)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait()


@dataclass
class Tally:
    """What the simulated users saw."""

    latencies: list[float] = field(default_factory=list)
    passive: Counter[str] = field(default_factory=Counter)
    empty: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)


async def run_user(
    session: aiohttp.ClientSession,
    peer: WecomPeer,
    urls: list[str],
    user: str,
    texts: list[str],
    tally: Tally,
    rr: list[int],
) -> None:
    """One user's turns in order; each waits for the previous HTTP answer."""
    for text in texts:
        path, body = peer.callback(peer.text(user, text))
        url = urls[rr[0] % len(urls)]
        rr[0] += 1
        started = time.perf_counter()
        try:
            async with session.post(url + path, data=body.encode()) as resp:
                answer = await resp.text()
                status = resp.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            tally.errors[type(exc).__name__] += 1
            continue
        tally.latencies.append(time.perf_counter() - started)
        if status != 200:
            tally.errors[f"HTTP {status}"] += 1
        elif answer:
            if peer.open_reply(answer).get("Content"):
                tally.passive[user] += 1
            else:
                tally.errors["empty passive reply"] += 1
        else:
            tally.empty[user] += 1


async def drive(
    servers: list[Server],
    peer: WecomPeer,
    api: FakeWecomApi,
    scripts: list[list[str]],
    concurrency: int,
    deadline: float,
) -> dict[str, Any]:
    """Run every user's script against ``servers``; the figures of the run."""
    tally = Tally()
    users = [(f"user{n:04d}", texts) for n, texts in enumerate(scripts)]
    queue: asyncio.Queue[tuple[str, list[str]]] = asyncio.Queue()
    for item in users:
        queue.put_nowait(item)
    rr = [0]
    urls = [s.url for s in servers]
    rss_before = [s.rss for s in servers]
    sent_before = len(api.sent)
    timeout = aiohttp.ClientTimeout(total=10)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:

        async def worker() -> None:
            while not queue.empty() and time.monotonic() < deadline:
                user, texts = queue.get_nowait()
                await run_user(session, peer, urls, user, texts, tally, rr)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    # Late answers still on their way through message/send.
    wanted = sum(tally.empty.values())
    end = min(time.monotonic() + 15, deadline + 15)
    while len(api.sent) - sent_before < wanted and time.monotonic() < end:
        await asyncio.sleep(0.1)
    active: Counter[str] = Counter(b["touser"] for b in api.sent[sent_before:])
    turns = sum(len(t) for t in scripts)
    lost = sum(max(len(texts) - tally.passive[u] - active[u], 0) for u, texts in users)
    lat = sorted(tally.latencies)
    return {
        "instances": len(servers),
        "turns": turns,
        "seconds": elapsed,
        "msgs_per_s": len(lat) / elapsed if elapsed else 0.0,
        "p50_ms": 1000 * statistics.median(lat) if lat else float("nan"),
        "p99_ms": 1000 * lat[min(len(lat) - 1, int(len(lat) * 0.99))] if lat else float("nan"),
        "passive": sum(tally.passive.values()),
        "active": sum(active.values()),
        "errors": sum(tally.errors.values()),
        "error_kinds": dict(tally.errors),
        "lost": lost,
        "rss_before": rss_before,
        "rss_after": [s.rss for s in servers],
    }


def _flush_redis(url: str) -> None:
    import redis

    with redis.Redis.from_url(url) as client:
        client.flushdb()


async def run_setup(name: str, args: argparse.Namespace, scripts: list[list[str]]) -> dict[str, Any]:
    """Start the fake API and the servers of ``name``, drive the load, stop everything."""
    peer = WecomPeer()
    api = FakeWecomApi(corp_id=peer.corp_id)
    runner = web.AppRunner(api.app, access_log=None)
    await runner.setup()
    api_port = _free_port()
    await web.TCPSite(runner, HOST, api_port).start()
    tmp = Path(tempfile.mkdtemp(prefix=f"policy-bot-load-{name}-"))
    env = {
        **os.environ,
        "WECOM_CORP_ID": peer.corp_id,
        "WECOM_TOKEN": peer.token,
        "WECOM_ENCODING_AES_KEY": peer.encoding_aes_key,
        "WECOM_AGENT_ID": str(peer.agent_id),
        "WECOM_SECRET": api.secret,
        "WECOM_API_BASE": f"http://{HOST}:{api_port}",
        "WECOM_REPLY_BUDGET": str(args.reply_budget),
        "BOT_DATA_DIR": str(tmp),
        "BOT_LOG_LEVEL": args.log_level,
    }
    env.pop("BOT_API_TOKEN", None)
    if name == "sqlite1":
        count, env["BOT_STORE"] = 1, f"sqlite:///{tmp / 'bot.sqlite3'}"
    else:
        count, env["BOT_STORE"] = 2, args.redis_url
        _flush_redis(args.redis_url)
    servers: list[Server] = []
    try:
        for n in range(count):
            servers.append(await start_server(env, tmp / f"server{n}.log"))
        result = await drive(servers, peer, api, scripts, args.concurrency, time.monotonic() + args.max_seconds)
        result["gettoken"] = api.token_fetches
    finally:
        stop(servers)
        await runner.cleanup()
        if name != "sqlite1":
            _flush_redis(args.redis_url)
    result["setup"] = name
    result["log_lines"] = sum(len(s.log.read_text("utf-8").splitlines()) for s in servers)
    return result


def report(r: dict[str, Any]) -> str:
    rss = lambda values: "/".join(f"{v:.0f}" for v in values)  # noqa: E731
    return (
        f"{r['setup']:8} {r['instances']} inst  {r['turns']} turns in {r['seconds']:.1f} s  "
        f"{r['msgs_per_s']:.0f} msg/s  p50 {r['p50_ms']:.1f} ms  p99 {r['p99_ms']:.1f} ms  "
        f"passive {r['passive']}  via message/send {r['active']}  errors {r['errors']} "
        f"{r['error_kinds'] or ''}  lost {r['lost']}  gettoken {r['gettoken']}  "
        f"RSS MB {rss(r['rss_before'])} -> {rss(r['rss_after'])}  log lines {r['log_lines']}"
    )


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--setups", default="sqlite1,redis2", help="comma-separated")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--max-seconds", type=float, default=240.0, help="per setup")
    parser.add_argument("--log-level", default="INFO", help="the servers' BOT_LOG_LEVEL")
    parser.add_argument(
        "--reply-budget", type=float, default=3.0, help="the servers' WECOM_REPLY_BUDGET (small: exercise message/send)"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    scripts = conversations(random.Random(args.seed), args.users, args.turns)
    print(
        f"{args.users} users x {args.turns} turns, concurrency {args.concurrency}, "
        f"reply budget {args.reply_budget:g} s, "
        f"CPUs {os.cpu_count()}, Python {sys.version.split()[0]}",
        flush=True,
    )
    bad = False
    for name in args.setups.split(","):
        result = await run_setup(name.strip(), args, scripts)
        print(report(result), flush=True)
        bad = bad or result["lost"] > 0 or result["errors"] > 0
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
