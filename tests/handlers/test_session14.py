"""Fourteenth session: money bugs found by probing outside the evaluation sets, each written
with its own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_cue_followed_by_its_own_figure_is_not_the_figure_before_it(talk: Talk) -> None:
    """ "培训了120人次 高技能人才75人": 高技能人才 is the 75's word, not the 120's too (both had
    been read as 195 high-skill talents, 190,000 yuan). 120 is then the whole (60,000) and 75 its
    high-skill part (70,000): the better route pays."""
    (reply,) = talk("试点单位 培训了120人次 高技能人才75人 能拿多少")
    assert reply.amount_yuan == 70000
    (after,) = talk("我们是试点单位 今年新增60人次都是高技能人才 多少钱")  # a cue after its figure
    assert after.amount_yuan == 60000
