"""A fake WeCom API server (``/cgi-bin/...``) that records every call it gets.

Serve ``FakeWecomApi().app`` with pytest-aiohttp's ``aiohttp_server`` and point
``WECOM_API_BASE`` at it. It issues tokens, accepts ``message/send`` (and any path registered with
``route``, e.g. the 微信客服 ``kf/send_msg`` later), and can misbehave on demand: ``expire_next``
makes the next authenticated call answer 42001 and forget its token, ``fail_next`` queues any
errcode, ``delay`` slows every answer.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

Handler = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class Call:
    """One request the fake received: path, query and JSON body (None for GET)."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    ok: bool = False


@dataclass
class FakeWecomApi:
    """The fake's state; ``calls`` in arrival order, ``sent`` the message/send bodies."""

    corp_id: str = "wwcorp0001"
    secret: str = "s3cret"
    expires_in: int = 7200
    delay: float = 0.0
    calls: list[Call] = field(default_factory=list)
    valid_tokens: set[str] = field(default_factory=set)
    errors: list[int] = field(default_factory=list)
    routes: dict[str, Handler] = field(default_factory=dict)
    _serial: itertools.count[int] = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        self.route("/cgi-bin/message/send", lambda body: {"errcode": 0, "errmsg": "ok",
                                                          "invaliduser": ""})

    def route(self, path: str, handler: Handler) -> None:
        """Answer authenticated POSTs to ``path`` with ``handler(body)``."""
        self.routes[path] = handler

    def expire_next(self) -> None:
        """The next authenticated call gets 42001 and its token stops working."""
        self.errors.append(42001)

    def fail_next(self, errcode: int) -> None:
        self.errors.append(errcode)

    @property
    def token_fetches(self) -> int:
        return sum(1 for c in self.calls if c.path == "/cgi-bin/gettoken")

    @property
    def sent(self) -> list[dict[str, Any]]:
        """Bodies of the message/send calls that succeeded, in order."""
        return [c.body for c in self.calls if c.path == "/cgi-bin/message/send" and c.ok]

    @property
    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/cgi-bin/gettoken", self._gettoken)
        app.router.add_post("/cgi-bin/{path:.+}", self._post)
        return app

    async def _gettoken(self, request: web.Request) -> web.Response:
        self.calls.append(Call("GET", request.path, dict(request.query), None))
        await asyncio.sleep(self.delay)
        query = request.query
        if query.get("corpid") != self.corp_id or query.get("corpsecret") != self.secret:
            return web.json_response({"errcode": 40001, "errmsg": "invalid credential"})
        token = f"TOKEN-{next(self._serial)}"
        self.valid_tokens.add(token)
        return web.json_response({"errcode": 0, "errmsg": "ok", "access_token": token,
                                  "expires_in": self.expires_in})

    async def _post(self, request: web.Request) -> web.Response:
        body: dict[str, Any] = await request.json()
        call = Call("POST", request.path, dict(request.query), body)
        self.calls.append(call)
        await asyncio.sleep(self.delay)
        token = request.query.get("access_token", "")
        if token not in self.valid_tokens:
            return web.json_response({"errcode": 40014, "errmsg": "invalid access_token"})
        if self.errors:
            errcode = self.errors.pop(0)
            if errcode == 42001:
                self.valid_tokens.discard(token)
            return web.json_response({"errcode": errcode, "errmsg": "fake error"})
        handler = self.routes.get(request.path)
        if handler is None:
            return web.json_response({"errcode": 404, "errmsg": "no such api in the fake"})
        call.ok = True
        return web.json_response(handler(body))
