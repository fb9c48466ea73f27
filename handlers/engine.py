"""The entry point channels call: one user's message in, one ``Reply`` out.

``Engine.handle`` owns the per-user lock and the session round trip; ``Engine.respond`` is the
pure dialogue step (state and text in, reply and new state out) so tests and benchmarks can drive
it without a store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from handlers.reply import Reply
from handlers.store import Store

if TYPE_CHECKING:
    from handlers.dialogue import Dialogue

SESSION_PREFIX = "session:"


def session_key(channel: str, user_id: str) -> str:
    """The store key of one dialogue: one per (channel, user id), as CONTRACTS.md fixes."""
    return f"{SESSION_PREFIX}{channel}:{user_id}"


class Engine:
    """Routes messages through the dialogue and keeps their state in a ``Store``."""

    def __init__(self, dialogue: Dialogue | None = None) -> None:
        self._dialogue = dialogue

    @property
    def dialogue(self) -> Dialogue:
        """The dialogue over the packaged knowledge, built on first use (not at import)."""
        if self._dialogue is None:
            from handlers.dialogue import Dialogue
            from knowledge.loader import load

            self._dialogue = Dialogue(load())
        return self._dialogue

    def swap(self, dialogue: Dialogue) -> None:
        """Serve new knowledge from the next message on (one attribute store: atomic)."""
        self._dialogue = dialogue

    def respond(self, state: dict[str, Any], text: str) -> tuple[Reply, dict[str, Any]]:
        """One dialogue step without I/O."""
        return self.dialogue.respond(state, text)

    async def handle(self, store: Store, channel: str, user_id: str, text: str, *, ttl: int = 1800) -> Reply:
        """Answer one message, holding the user's lock across read, respond and write."""
        key = session_key(channel, user_id)
        async with store.lock(key):
            state = await store.get(key) or {}
            reply, new_state = self.respond(state, text)
            await store.set(key, new_state, ttl=ttl)
        return reply
