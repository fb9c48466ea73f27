"""Lessons of evaluation set 28 (conversations as they go, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_two_joining_words_between_cue_and_figure(talk: Talk) -> None:
    """ "本区户籍人员有六百多": 人员 and 有 both stand between the cue and the figure."""
    (reply,) = talk("我们是滨江的大厂，今年招用并稳定就业的本区户籍人员有六百多，奖补能拿多少")
    assert reply.amount_yuan == 500000


def test_the_count_asked_and_one_more_group(talk: Talk) -> None:
    """ "二十五个，另外本区户籍的三十个" to the count asked: 25 + 30 = 55 (5万)."""
    _, reply = talk("我们滨江企业招了不少对口帮扶地区的脱贫人口", "二十五个，另外本区户籍的三十个")
    assert (reply.amount_yuan, reply.eligible) == (50000, True)
