"""A fake WeCom API server (``/cgi-bin/...``) that records every call it gets.

Serve ``FakeWecomApi().app`` with pytest-aiohttp's ``aiohttp_server`` and point
``WECOM_API_BASE`` at it. It issues tokens, accepts ``message/send`` (and any path registered with
``route``), the 微信客服 endpoints of ``kf`` (a ``FakeKf``, which enforces WeCom's kf rules),
and can misbehave on demand: ``expire_next`` makes the next authenticated call answer 42001 and
forget its token, ``fail_next`` queues any errcode, ``fail_nth`` fails one later call of one path
(optionally after its effect, as when the answer is lost on the way back), ``delay`` slows every
answer and ``gate``, while set, holds every POST until it is opened.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .fake_kf import FakeKf

Handler = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class Call:
    """One request the fake received: path, query and JSON body (None for GET)."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    ok: bool = False
    at: float = field(default_factory=time.monotonic)


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
    kf: FakeKf = field(default_factory=FakeKf)
    gate: asyncio.Event | None = None
    path_failures: dict[str, list[tuple[int, int, bool]]] = field(default_factory=dict)
    _serial: itertools.count[int] = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        self.route("/cgi-bin/message/send", lambda body: {"errcode": 0, "errmsg": "ok", "invaliduser": ""})
        for path, handler in self.kf.routes().items():
            self.route(path, handler)

    def route(self, path: str, handler: Handler) -> None:
        """Answer authenticated POSTs to ``path`` with ``handler(body)``."""
        self.routes[path] = handler

    def expire_next(self) -> None:
        """The next authenticated call gets 42001 and its token stops working."""
        self.errors.append(42001)

    def fail_next(self, errcode: int) -> None:
        self.errors.append(errcode)

    def fail_nth(self, path: str, n: int, errcode: int, *, after_effect: bool = False) -> None:
        """The ``n``-th call of ``path`` from now (1 = the next) answers ``errcode``.

        With ``after_effect`` the call takes effect first (a send is delivered) and only the
        answer says ``errcode``: a lost response, as far as the caller can tell.
        """
        seen = sum(1 for c in self.calls if c.path == path)
        self.path_failures.setdefault(path, []).append((seen + n, errcode, after_effect))

    def calls_to(self, path: str) -> list[Call]:
        """The calls of ``path`` received so far."""
        return [c for c in self.calls if c.path == path]

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
        return web.json_response({"errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": self.expires_in})

    async def _post(self, request: web.Request) -> web.Response:
        body: dict[str, Any] = await request.json()
        call = Call("POST", request.path, dict(request.query), body)
        self.calls.append(call)
        if self.gate is not None:
            await self.gate.wait()
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
        number = len(self.calls_to(request.path))
        for failure in self.path_failures.get(request.path, []):
            if failure[0] == number:
                if failure[2]:
                    handler(body)
                return web.json_response({"errcode": failure[1], "errmsg": "fake failure"})
        answer = handler(body)
        call.ok = answer.get("errcode", 0) == 0
        return web.json_response(answer)
