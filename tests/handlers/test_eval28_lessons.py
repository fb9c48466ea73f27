"""Lessons of evaluation set 28 (conversations as they go, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_two_joining_words_between_cue_and_figure(talk: Talk) -> None:
    """ "本区户籍人员有六百多": 人员 and 有 both stand between the cue and the figure."""
    (reply,) = talk("我们是滨江的大厂，今年招用并稳定就业的本区户籍人员有六百多，奖补能拿多少")
    assert reply.amount_yuan == 500000
