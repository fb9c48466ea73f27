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


def test_more_of_ones_own_times_add_in_and_both_together_is_no_count(talk: Talk) -> None:
    """ "另外还有线下的赛事评审三次" after four online: the mentor's own times, 4 × 300 + 3 × 1000
    (not a batch apart, as trainees would be); "线上线下两个加起来" is both, not two times."""
    *_, more, both = talk(
        "导师库里的，参加人社局组织的职业指导，线上", "四次", "另外还有线下的赛事评审三次", "线上线下两个加起来是多少"
    )
    assert more.amount_yuan == 4200 and both.amount_yuan == 4200
