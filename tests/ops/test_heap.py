"""The served heap is frozen once built, and a reload collects the knowledge it replaces."""

from __future__ import annotations

import gc
import weakref

from bot.heap import freeze_heap, frozen


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_a_refreeze_collects_what_was_dropped_since() -> None:
    """What was frozen and then dropped (the knowledge swapped out by a reload) is collected by
    the next ``freeze_heap``, not kept for the process's life."""
    try:
        node = _Node()
        alive = weakref.ref(node)
        freeze_heap()
        assert frozen()
        del node
        gc.collect()
        assert alive() is not None  # frozen: the collector does not see it
        freeze_heap()
        assert alive() is None
    finally:
        gc.unfreeze()
    assert not frozen()
