"""Benchmark the WeCom callback against two baselines; a script, not a test.

Starts four servers on 127.0.0.1 only, each in its own subprocess so its RSS can be read:
  hello    a bare aiohttp app answering "hello";
  echo     the WeCom crypto alone: wechatpy decrypt, a fixed text reply, encrypt (no logic, no store);
  channel  ``create_app`` as ``full`` but with a dialogue that gives every message one fixed
           answer: the whole channel (dedupe, lock, flood count, session, metrics) without the
           engine, so that full vs channel shows what the engine itself costs;
  full     ``create_app`` from the environment with the real engine loaded first and the heap
           frozen, as ``policy-bot serve`` does, and ``--store``.
Each is driven with the same pre-built, encrypted text messages (unique MsgIds; questions from
tests/eval/questions.yaml when present) at ``--concurrency`` connections for ``--requests``
requests or ``--max-seconds``, whichever ends first. Prints requests/s, p50/p99 latency and the
server's RSS (after ``WARM_UP`` unmeasured requests to each), then the ratios full/echo,
channel/echo and echo/hello, and the engine's own time per message under load.

    python bench/wecom_bench.py --requests 3000 --store memory://
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the independent WeCom peer lives with the test fakes
sys.path.insert(0, str(ROOT))  # the project first: tests/knowledge must not shadow the package

from fakes.wecom_peer import WecomPeer  # noqa: E402

WARM_UP = 300
"""Requests sent to each server before the measured ones (first imports, caches, allocations)."""
HOST = "127.0.0.1"  # loopback only: these servers have no business on a network
FALLBACK_QUESTIONS = [
    "我们公司招了120个本区户籍的人能拿多少",
    "我有技师证书，能领多少补贴",
    "一次性创业补贴怎么申请",
    "社保补贴需要什么材料",
]
FIXED_ANSWER = "可享受1.5万元（职业技能培训认定（考核）补贴）\n计算过程：\n· 初级工30人 × 500元 = 15000元"
"""The ``channel`` server's one answer: a typical reply's length."""


def _env(peer: WecomPeer, store: str, data_dir: str) -> dict[str, str]:
    return {
        **os.environ,
        "WECOM_CORP_ID": peer.corp_id,
        "WECOM_TOKEN": peer.token,
        "WECOM_ENCODING_AES_KEY": peer.encoding_aes_key,
        "WECOM_AGENT_ID": str(peer.agent_id),
        "BOT_STORE": store,
        "BOT_DATA_DIR": data_dir,
        "BOT_LOG_LEVEL": "WARNING",
    }


def _hello_app() -> web.Application:
    async def hello(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(text="hello")

    app = web.Application()
    app.router.add_get("/healthz", hello)
    app.router.add_post("/wecom/callback", hello)
    return app


def _echo_app() -> web.Application:
    from wechatpy.enterprise import parse_message
    from wechatpy.enterprise.crypto import WeChatCrypto

    env = os.environ
    crypto = WeChatCrypto(env["WECOM_TOKEN"], env["WECOM_ENCODING_AES_KEY"], env["WECOM_CORP_ID"])

    async def echo(request: web.Request) -> web.Response:
        q = request.query
        plain = crypto.decrypt_message(await request.text(), q["msg_signature"], q["timestamp"], q["nonce"])
        msg = parse_message(plain)
        reply = (
            f"<xml><ToUserName><![CDATA[{msg.source}]]></ToUserName><FromUserName>"
            f"<![CDATA[{env['WECOM_CORP_ID']}]]></FromUserName><CreateTime>{int(time.time())}"
            "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[收到]]>"
            "</Content></xml>"
        )
        return web.Response(text=crypto.encrypt_message(reply, q["nonce"]))

    app = _hello_app()
    app.router.add_post("/wecom/echo", echo)
    return app


def _full_app() -> web.Application:
    from bot.app import create_app
    from bot.config import Config
    from bot.heap import freeze_heap
    from handlers.engine import Engine

    config = Config.from_env()
    # as ``policy-bot serve`` does: the knowledge built before the app, then the heap frozen
    app = create_app(config, engine=Engine.load(config.knowledge_dir, salt=config.log_salt))
    freeze_heap()
    return app


class _FixedDialogue:
    """The packaged knowledge (the channel reads its texts) and one fixed answer to everything."""

    def __init__(self) -> None:
        from knowledge.loader import load

        self.kb = load(None)

    def respond(self, state: dict[str, Any], raw: str) -> tuple[Any, dict[str, Any]]:
        from handlers.reply import Reply

        reply = Reply(text=FIXED_ANSWER, kind="answer", clauses=("9",), amount_yuan=15000, eligible=True)
        return reply, {"topic": {"clause": "9"}}


def _channel_app() -> web.Application:
    from bot.app import create_app
    from bot.config import Config
    from bot.heap import freeze_heap
    from handlers.engine import Engine

    engine = Engine(_FixedDialogue())  # type: ignore[arg-type]  # duck-typed: kb and respond
    app = create_app(Config.from_env(), engine=engine)
    freeze_heap()  # (as ``policy-bot serve`` does)
    return app


SERVERS = {"hello": _hello_app, "echo": _echo_app, "channel": _channel_app, "full": _full_app}


def serve(kind: str, port: int) -> None:
    """Child process: run one server until killed."""
    app = SERVERS[kind]()
    web.run_app(app, host=HOST, port=port, access_log=None, print=None)


def _questions() -> list[str]:
    path = ROOT / "tests" / "eval" / "questions.yaml"
    if path.exists():
        import yaml

        items: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        found = [i["text"] for i in items or [] if isinstance(i, dict) and i.get("text")]
        if found:
            return found
    return FALLBACK_QUESTIONS


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _rss_kib(pid: int) -> tuple[int, int]:
    """(current, peak) resident memory of ``pid`` in KiB, from /proc."""
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


async def _wait_ready(
    session: aiohttp.ClientSession, port: int, proc: subprocess.Popen[bytes], seconds: float = 20.0
) -> None:
    for _ in range(int(seconds * 10)):
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            async with session.get(f"http://{HOST}:{port}/healthz") as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientConnectionError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"server did not become ready in {seconds:.0f} s")


async def _drive(
    port: int, path: str, requests: list[tuple[str, str]], concurrency: int, max_seconds: float
) -> tuple[int, float, list[float], str]:
    """(non-200 count, elapsed seconds, latencies, one response body) for the requests."""
    latencies: list[float] = []
    failed = 0
    sample = ""
    queue = iter(requests)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.perf_counter()
        end = started + max_seconds

        async def worker() -> None:
            nonlocal failed, sample
            for query, body in queue:
                if time.perf_counter() > end:
                    return
                t0 = time.perf_counter()
                async with session.post(f"http://{HOST}:{port}{path}?{query}", data=body) as resp:
                    text = await resp.text()
                    if resp.status != 200:
                        failed += 1
                    sample = sample or text
                latencies.append(time.perf_counter() - t0)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return failed, elapsed, latencies, sample


def _build(peer: WecomPeer, count: int) -> list[tuple[str, str]]:
    questions = _questions()
    users = max(count // 10, 1)  # ≤ 10 messages a user: far under the flood limit
    built = []
    for n in range(count):
        path, body = peer.callback(peer.text(f"bench{n % users}", questions[n % len(questions)]))
        built.append((path.split("?", 1)[1], body))
    return built


async def bench(args: argparse.Namespace) -> None:
    peer = WecomPeer()
    requests = _build(peer, args.requests + WARM_UP)
    warm_up, requests = requests[:WARM_UP], requests[WARM_UP:]
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as data_dir:
        for kind, path in (
            ("hello", "/wecom/callback"),
            ("echo", "/wecom/echo"),
            ("channel", "/wecom/callback"),
            ("full", "/wecom/callback"),
        ):
            port = _free_port()
            proc = subprocess.Popen(
                [sys.executable, __file__, "--serve", kind, "--port", str(port)],
                env=_env(peer, args.store, data_dir),
            )
            try:
                async with aiohttp.ClientSession() as session:
                    await _wait_ready(session, port, proc)
                await _drive(port, path, warm_up, args.concurrency, args.max_seconds)  # not counted
                failed, elapsed, lat, sample = await _drive(port, path, requests, args.concurrency, args.max_seconds)
                rss, peak = _rss_kib(proc.pid)
            finally:
                proc.terminate()
                proc.wait(timeout=10)
            lat.sort()
            rps = len(lat) / elapsed if elapsed else 0.0
            results[kind] = rps
            p50 = lat[len(lat) // 2] * 1000 if lat else 0.0
            p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else 0.0
            print(
                f"{kind:>7}: {len(lat):5d} requests ({failed} non-200) in {elapsed:5.2f} s  "
                f"{rps:8.0f} req/s  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  "
                f"RSS {rss / 1024:5.1f} MiB (peak {peak / 1024:5.1f})",
                flush=True,
            )
            if kind != "hello" and sample:
                content = peer.open_reply(sample).get("Content", "")
                print(f"       a reply, decrypted: {content[:40]!r}")
    if all(results.get(kind) for kind in SERVERS):
        engine_ms = 1000 / results["full"] - 1000 / results["channel"]
        print(
            f"full/echo = {results['full'] / results['echo']:.2f}   "
            f"channel/echo = {results['channel'] / results['echo']:.2f}   "
            f"echo/hello = {results['echo'] / results['hello']:.2f}   "
            f"engine under load ≈ {engine_ms:.2f} ms/message"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=10_000, help="requests per server")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--max-seconds", type=float, default=60.0, help="cap per server")
    parser.add_argument("--store", default="memory://", help="BOT_STORE for the full app")
    parser.add_argument("--serve", choices=sorted(SERVERS), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port)
        return
    if args.requests < 1 or args.concurrency < 1:
        parser.error("--requests and --concurrency must be positive")
    asyncio.run(bench(args))


if __name__ == "__main__":
    main()
