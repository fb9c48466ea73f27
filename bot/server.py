"""Running the HTTP server: configuration, knowledge, then the app (``policy-bot serve``)."""

from __future__ import annotations

import logging
import sys

from aiohttp import web

from bot.app import create_app
from bot.config import Config
from handlers.engine import Engine


def serve(host: str, port: int) -> int:
    """Validate everything before binding, so a bad setup stops with one clear line."""
    config = Config.from_env()
    logging.basicConfig(level=config.log_level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    config.data_dir.mkdir(parents=True, exist_ok=True)
    engine = Engine()
    kb = engine.dialogue.kb  # load and index the knowledge now, not on the first message
    logging.getLogger("policy_bot").info(
        "serving %s（%s）data %s on %s:%d", kb.document.title, kb.document.status,
        kb.document.data_version, host, port)
    web.run_app(create_app(config, engine=engine), host=host, port=port, print=None)
    return 0
