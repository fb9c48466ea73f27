"""Engines for channel tests: canned, echoing, slow or gated answers, counting what they saw.

Subclasses of ``handlers.engine.Engine`` so a channel drives them exactly like the real one.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Mapping
from typing import Any

from handlers.engine import Engine
from handlers.reply import Reply
from handlers.store import Store
from knowledge.loader import load
from knowledge.models import KnowledgeBase


@functools.cache
def knowledge() -> KnowledgeBase:
    """The packaged data, loaded once: the channels' own sentences and words come from there."""
    return load()


def knowledge_texts() -> Mapping[str, str]:
    return knowledge().texts


class EchoEngine(Engine):
    """Answers "答：<text>" and counts the texts it saw, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    @property
    def knowledge(self) -> KnowledgeBase:
        return knowledge()  # the real data without building a real dialogue

    def respond(self, state: dict[str, Any], text: str) -> tuple[Reply, dict[str, Any]]:
        self.seen.append(text)
        return Reply(text=f"答：{text}", kind="answer"), state


class SlowEngine(EchoEngine):
    """Echoes after ``delay`` seconds of awaiting (the event loop stays free)."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay
        self.started = asyncio.Event()

    async def handle(self, store: Store, channel: str, user_id: str, text: str, *, ttl: int = 1800) -> Reply:
        self.started.set()
        await asyncio.sleep(self.delay)
        return await super().handle(store, channel, user_id, text, ttl=ttl)


class CannedEngine(EchoEngine):
    """Answers every text with the same ``answer``."""

    def __init__(self, answer: str) -> None:
        super().__init__()
        self.answer = answer

    def respond(self, state: dict[str, Any], text: str) -> tuple[Reply, dict[str, Any]]:
        self.seen.append(text)
        return Reply(text=self.answer, kind="answer"), state


class GatedEngine(EchoEngine):
    """Holds every answer until ``gate`` is set; ``started`` tells a message is being answered."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = asyncio.Event()
        self.started = asyncio.Event()

    async def handle(self, store: Store, channel: str, user_id: str, text: str, *, ttl: int = 1800) -> Reply:
        self.started.set()
        await self.gate.wait()
        return await super().handle(store, channel, user_id, text, ttl=ttl)
