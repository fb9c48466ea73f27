"""``POST /api/chat``: the JSON channel of CONTRACTS.md (also used by the web page)."""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web

from bot.errors import RequestError
from bot.guard import bearer_ok, from_loopback, read_capped
from bot.keys import CONFIG, ENGINE, OBSERVER, STORE

log = logging.getLogger(__name__)


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


def _authorized(request: web.Request) -> bool:
    """Bearer token when configured; otherwise loopback clients only."""
    token = request.app[CONFIG].api_token
    return from_loopback(request) if token is None else bearer_ok(request, token)


def _parse(body: bytes) -> tuple[str, str]:
    """Validate the request body; raise ValueError with a message for the 400."""
    try:
        data: Any = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("body must be UTF-8 JSON") from None
    if not isinstance(data, dict):
        raise ValueError("body must be a JSON object")
    user_id, text = data.get("user_id"), data.get("text")
    if not isinstance(user_id, str) or not 1 <= len(user_id) <= 128:
        raise ValueError("user_id must be a string of 1 to 128 characters")
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    return user_id, text


async def chat(request: web.Request) -> web.Response:
    """One dialogue turn for ``user_id`` on the ``api`` channel."""
    if not _authorized(request):
        return _error(401, "unauthorized")
    try:
        body = await read_capped(request)
    except RequestError as exc:
        return _error(exc.status, str(exc))
    try:
        user_id, text = _parse(body)
    except ValueError as exc:
        return _error(400, str(exc))
    config = request.app[CONFIG]
    reply = await request.app[OBSERVER].turn(
        request.app[ENGINE], request.app[STORE], "api", user_id, text, ttl=config.session_ttl
    )
    if reply is None:  # the store failed; counted and logged by the observer
        return web.json_response(
            {
                "reply": request.app[ENGINE].texts["store_busy"],
                "kind": "fallback",
                "clauses": [],
                "amount_yuan": None,
                "eligible": None,
            },
            status=503,
        )
    return web.json_response(reply.to_json(), dumps=lambda o: json.dumps(o, ensure_ascii=False))
