"""Lessons of evaluation set 27 (a month's real-traffic mix, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_figure_after_its_cue_and_the_persons_named(talk: Talk) -> None:
    """ "招用本区户籍人员一百二": 人员 between the cue and the figure still ties them (120)."""
    (reply,) = talk("滨江的企业 招用本区户籍人员一百二 都稳定就业 奖补是多少呀")
    assert reply.amount_yuan == 100000
