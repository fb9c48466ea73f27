"""Lessons from tests/eval15 (the less-asked clauses, many kinds of askers, the annex), each as a
class of messages rather than the one item that showed it."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_every_level_quoted_the_last_one_is_asked(talk: Talk) -> None:
    (reply,) = talk("听说国家级高质量就业社区奖十万，那省级是不是五万？")
    assert reply.amount_yuan == 50000
