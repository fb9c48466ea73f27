"""Running the HTTP server: configuration, knowledge, then the app (``policy-bot serve``)."""

from __future__ import annotations

import logging
import sys

from aiohttp import web

from bot.app import create_app
from bot.config import Config
from bot.heap import freeze_heap
from bot.observe import JsonFormatter
from handlers.engine import Engine

SHUTDOWN_TIMEOUT = 10.0
"""Seconds SIGTERM waits for requests in flight (a WeCom callback needs at most its reply budget);
then late answers are sent (bounded too), the HTTP client and the store closed."""

log = logging.getLogger("policy_bot")


def _setup_logging(level: str) -> None:
    """One JSON object per line on stderr; aiohttp's access lines only at DEBUG."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=level, handlers=[handler])
    if level != "DEBUG":
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)


async def _stopping(app: web.Application) -> None:
    log.info("stopping: no new connections, finishing messages in flight")


def serve(host: str, port: int) -> int:
    """Validate everything before binding, so a bad setup stops with one clear line."""
    config = Config.from_env()
    _setup_logging(config.log_level)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    engine = Engine.load(config.knowledge_dir, salt=config.log_salt)  # load and index now, not on the first message
    kb = engine.dialogue.kb
    log.info(
        "serving %s（%s）data %s on %s:%d", kb.document.title, kb.document.status, kb.document.data_version, host, port
    )
    app = create_app(config, engine=engine)
    app.on_shutdown.append(_stopping)
    freeze_heap()
    web.run_app(app, host=host, port=port, print=None, shutdown_timeout=SHUTDOWN_TIMEOUT)
    log.info("stopped")
    return 0
