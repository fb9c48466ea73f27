"""The WeCom channels' own sentences, taken from the knowledge data (``replies.yaml``).

The dialogue's answers come from the engine; these are the replies a channel gives by itself:
media the bot cannot read, the welcome on entering the app, the flood notice and the store-down
apology. The wording lives with the rest of the bot's Chinese in ``knowledge/data/replies.yaml``
so that it is edited in one place, and is read from the engine's current knowledge on every
message so that a reload changes it too.
"""

from __future__ import annotations

from collections.abc import Mapping

WELCOME_EVENTS = frozenset({"enter_agent", "subscribe"})
"""Events answered with ``welcome``."""


def say(texts: Mapping[str, str], key: str) -> str:
    """The reply ``key`` with ``{examples}`` (the example questions) filled in.

    ``str.replace`` rather than ``format``: the texts are free Chinese and may hold braces.
    """
    return texts[key].replace("{examples}", texts["examples"])


def welcome(texts: Mapping[str, str]) -> str:
    """The self-built app's welcome: what to ask, with examples, and the commands."""
    return say(texts, "channel_welcome_head") + "\n" + say(texts, "channel_welcome_tail")


def example_questions(texts: Mapping[str, str]) -> list[str]:
    """The example questions alone, without their bullets."""
    return [line.lstrip("· ").strip() for line in texts["examples"].splitlines() if line.strip()]
