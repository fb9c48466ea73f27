"""What operators see: per-message metrics and log lines, recorded in this one place.

Every channel runs a dialogue turn through ``Observer.turn`` (or, for replies that are not the
engine's, ``Observer.message``), which counts it, times it and writes one structured log line:
hashed user id, channel, kind, clauses, latency — the user's text only at DEBUG, never a secret.
The metrics live in a ``CollectorRegistry`` of the app's own (not prometheus-client's global
one), so two apps in one process, as in the tests, never share or collide on counters.
``GET /metrics`` serves them in Prometheus' text format; ``JsonFormatter`` makes every log record
of ``policy-bot serve`` one JSON line.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import generate_latest

from bot.config import DEFAULT_LOG_SALT
from handlers.engine import hash_user
from handlers.store import Store, StoreError

if TYPE_CHECKING:
    from handlers.engine import Engine
    from handlers.reply import Reply

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
"""The classic text format ``generate_latest`` writes, which every Prometheus version reads."""

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

log = logging.getLogger("policy_bot.message")


class Observer:
    """The metrics of one app and its per-message log line."""

    def __init__(self, *, salt: str = DEFAULT_LOG_SALT) -> None:
        self._salt = salt
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.messages = Counter(
            "policy_bot_messages", "Messages answered, by channel and kind", ["channel", "kind"], registry=r
        )
        self.fallbacks = Counter("policy_bot_fallbacks", "Replies of kind fallback", ["channel"], registry=r)
        self.clause_hits = Counter("policy_bot_clause_hits", "Replies about a clause", ["clause"], registry=r)
        self.latency = Histogram(
            "policy_bot_message_latency_seconds",
            "Dialogue turn latency (lock, store, engine)",
            ["channel"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.inflight = Gauge("policy_bot_inflight_messages", "Dialogue turns in progress", registry=r)
        self.dedupe_hits = Counter(
            "policy_bot_dedupe_hits", "Redeliveries recognised and not processed again", ["channel"], registry=r
        )
        self.deliveries = Counter(
            "policy_bot_deliveries",
            "How answers left: passive reply, active send, none",
            ["channel", "mode"],
            registry=r,
        )
        self.wecom_api_errors = Counter(
            "policy_bot_wecom_api_errors",
            "WeCom API calls answered with errcode != 0 (-1: transport)",
            ["path", "errcode"],
            registry=r,
        )
        self.store_errors = Counter("policy_bot_store_errors", "Store operations that failed", ["channel"], registry=r)

    def user_hash(self, user_id: str) -> str:
        """A salted, truncated sha256 of ``user_id``: joins one user's lines, reveals nobody."""
        return hash_user(user_id, self._salt)  # the same pseudonym as the unanswered-questions log

    async def turn(
        self, engine: Engine, store: Store, channel: str, user_id: str, text: str, *, ttl: int
    ) -> Reply | None:
        """One dialogue turn, timed and recorded; None when the store failed (recorded too)."""
        started = time.perf_counter()
        self.inflight.inc()
        try:
            reply = await engine.handle(store, channel, user_id, text, ttl=ttl)
        except StoreError as exc:
            self.store_error(channel, exc)
            self.message(channel, user_id, "busy", latency=time.perf_counter() - started, text=text)
            return None
        finally:
            self.inflight.dec()
        self.message(
            channel, user_id, reply.kind, clauses=reply.clauses, latency=time.perf_counter() - started, text=text
        )
        return reply

    def message(
        self,
        channel: str,
        user_id: str,
        kind: str,
        *,
        clauses: Iterable[str] = (),
        latency: float | None = None,
        text: str | None = None,
    ) -> None:
        """Count one answered message and write its log line.

        ``kind`` is the reply's kind, or the channel's own: ``welcome``, ``media``, ``flood``,
        ``busy`` (the store failed and the user was asked to retry).
        """
        clauses = tuple(clauses)
        self.messages.labels(channel, kind).inc()
        if kind == "fallback":
            self.fallbacks.labels(channel).inc()
        for clause in clauses:
            self.clause_hits.labels(clause).inc()
        if latency is not None:
            self.latency.labels(channel).observe(latency)
        if not log.isEnabledFor(logging.INFO):
            return  # the line would be dropped: skip hashing the user id for it
        fields: dict[str, Any] = {
            "event": "message",
            "channel": channel,
            "user": self.user_hash(user_id),
            "kind": kind,
            "clause": ",".join(clauses) or None,
            "latency_ms": None if latency is None else round(latency * 1000, 2),
        }
        if text is not None and log.isEnabledFor(logging.DEBUG):
            fields["text"] = text
        log.info("message", extra={"fields": fields})

    def dedupe_hit(self, channel: str) -> None:
        """A redelivery was recognised (on this or another instance) and not processed again."""
        self.dedupe_hits.labels(channel).inc()

    def delivery(self, channel: str, mode: str) -> None:
        """An answer left as a passive reply, through the active API, or not at all."""
        self.deliveries.labels(channel, mode).inc()

    def wecom_api_error(self, path: str, errcode: int) -> None:
        """WeCom's API refused a call (``-1``: it could not be reached or answered garbage)."""
        self.wecom_api_errors.labels(path, str(errcode)).inc()

    def store_error(self, channel: str, exc: BaseException) -> None:
        """The store failed while serving ``channel``; counted and logged (no user data)."""
        self.store_errors.labels(channel).inc()
        logging.getLogger("policy_bot.store").error(
            "store error",
            extra={
                "fields": {"event": "store_error", "channel": channel, "error": f"{type(exc).__name__}: {exc}"[:300]}
            },
        )

    def exposition(self) -> bytes:
        """The metrics in Prometheus' text format."""
        return generate_latest(self.registry)


async def metrics(request: web.Request) -> web.Response:
    """``GET /metrics``: this instance's metrics for Prometheus."""
    from bot.keys import OBSERVER

    return web.Response(body=request.app[OBSERVER].exposition(), headers={"Content-Type": CONTENT_TYPE})


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, ``extra={"fields": …}``."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON (non-ASCII kept readable)."""
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            line.update(fields)
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)
