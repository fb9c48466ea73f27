"""The ``policy-bot`` command: serve, chat, ask, check-knowledge (CONTRACTS.md)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import ConfigError
from handlers.store import StoreError

if TYPE_CHECKING:
    from bot.config import Config
    from handlers.engine import Engine
    from handlers.store import Store


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        package = version("policy-bot")
    except PackageNotFoundError:  # running from a source tree without install
        package = "unknown"
    from knowledge.loader import load_document

    doc = load_document()
    return f"policy-bot {package} (data {doc.data_version}; {doc.title}，{doc.status})"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policy-bot", description="滨江就业政策助手")
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    sub.add_parser("chat", help="talk to the bot in the terminal")
    ask = sub.add_parser("ask", help="one turn, printed")
    ask.add_argument("--json", action="store_true", help="print the JSON API body")
    ask.add_argument("--user", default="cli", help="user id (keeps the dialogue between calls)")
    ask.add_argument("text", nargs="+")
    check = sub.add_parser("check-knowledge", help="validate the policy data")
    check.add_argument("path", nargs="?", type=Path, help="data directory (default: packaged)")
    report = sub.add_parser("report", help="most frequent unanswered questions")
    report.add_argument("--since", default="7d", help="period, e.g. 24h, 7d (default 7d)")
    report.add_argument("--limit", type=int, default=20)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.version:
        print(_version())
        return 0
    if args.command is None:
        _parser().print_help()
        return 2
    try:
        if args.command == "check-knowledge":
            return _check(args.path)
        if args.command == "serve":
            from bot.server import serve

            return serve(args.host, args.port)
        if args.command == "chat":
            return asyncio.run(_chat())
        if args.command == "ask":
            return asyncio.run(_ask(" ".join(args.text), args.user, as_json=args.json))
        if args.command == "report":
            from bot.report import print_report

            status: int = asyncio.run(print_report(args.since, args.limit))
            return status
    except ConfigError as exc:
        print(f"policy-bot: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:  # BOT_STORE names a store that cannot be opened (serve: at startup)
        print(f"policy-bot: BOT_STORE: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 2


def _check(path: Path | None) -> int:
    from knowledge.errors import KnowledgeError
    from knowledge.loader import load

    try:
        kb = load(path)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return 1
    benefits = sum(len(c.benefits) for c in kb.clauses)
    print(
        f"ok: {len(kb.clauses)} clauses, {benefits} benefits, {len(kb.slots)} slots (data {kb.document.data_version})"
    )
    return 0


async def _session() -> tuple[Config, Store, Engine]:
    from bot.config import Config
    from bot.stores import open_store
    from handlers.engine import Engine

    config = Config.from_env()
    engine = Engine.load(config.knowledge_dir, salt=config.log_salt)
    store = await open_store(config.store_url)
    return config, store, engine


async def _ask(text: str, user: str, *, as_json: bool) -> int:
    config, store, engine = await _session()
    try:
        reply = await engine.handle(store, "cli", user, text, ttl=config.session_ttl)
    finally:
        await store.close()
    if as_json:
        print(json.dumps(reply.to_json(), ensure_ascii=False, indent=2))
    else:
        print(reply.text)
    return 0


async def _chat() -> int:
    config, store, engine = await _session()
    loop = asyncio.get_running_loop()
    print("滨江就业政策助手（输入“帮助”查看用法，Ctrl-D 退出）")
    try:
        while True:
            line = await loop.run_in_executor(None, _read_line)
            if line is None:
                break
            if not line.strip():
                continue
            reply = await engine.handle(store, "cli", "terminal", line, ttl=config.session_ttl)
            print(reply.text, end="\n\n", flush=True)
    finally:
        await store.close()
    return 0


def _read_line() -> str | None:
    try:
        return input("> ")
    except EOFError:
        return None


if __name__ == "__main__":
    raise SystemExit(main())
