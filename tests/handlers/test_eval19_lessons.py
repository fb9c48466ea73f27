"""Lessons from tests/eval19 (chat typing: number forms, scripts, IME typos, figures that are not
the asker's counts), each as a class of messages rather than the one item that showed it."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_money_written_with_w_or_k_is_never_a_count(talk: Talk) -> None:
    """ "市级是5w吧" read 50,000 communities and answered two billion yuan."""
    (reply,) = talk("高质量就业社区奖补 市级是5w吧？我们社区今年新认定市级的")
    assert reply.amount_yuan == 40000
