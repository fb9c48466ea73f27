"""Lessons from tests/eval22 (the shortest, least careful messages: keywords, half sentences,
spoken figures), each as a class of messages rather than one item."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_loose_figures_as_bare_answers(talk: Talk) -> None:
    for said, amount in (("八十多", 75000), ("80多", 75000), ("一百出头", 100000), ("一百零几个吧", 100000)):
        _, reply = talk("我们公司招了本区户籍的人 能拿多少", said)
        assert (reply.kind, reply.amount_yuan) == ("answer", amount), said
    _, under = talk("我们公司招了本区户籍的人 能拿多少", "小一千")
    assert under.amount_yuan == 500000  # 750 to 999: the cap throughout


def test_loose_figures_beside_their_cue(talk: Talk) -> None:
    (reply,) = talk("试点单位 新增技能人才四百出头 能拿多少")
    assert reply.amount_yuan == 200000 and "四百出头" in reply.text
    (unit,) = talk("今年招了一百出头个本区户籍的，都干得挺稳，吸纳就业奖补大概能拿多少")
    assert unit.amount_yuan == 100000
