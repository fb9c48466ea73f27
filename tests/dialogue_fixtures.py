"""The dialogue over the shipped knowledge, shared by the dialogue and evaluation tests
(building it loads jieba's dictionary: about a second, so once per session)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from handlers.dialogue import Dialogue
from handlers.reply import Reply
from knowledge.loader import load

Talk = Callable[..., list[Reply]]


@pytest.fixture(scope="session")
def dialogue() -> Dialogue:
    return Dialogue(load())


@pytest.fixture
def talk(dialogue: Dialogue) -> Talk:
    """Send messages in order through one dialogue; returns every reply."""

    def run(*messages: str, state: dict[str, Any] | None = None) -> list[Reply]:
        current: dict[str, Any] = dict(state or {})
        replies = []
        for message in messages:
            reply, current = dialogue.respond(current, message)
            replies.append(reply)
        return replies

    return run


def not_out_of_scope(talk: Talk, *questions: str) -> list[str]:
    """The questions, each asked first in a new dialogue, that did not fall back as out of
    scope (an empty list when all did)."""
    return [q for q in questions if talk(q)[0].kind != "fallback"]
