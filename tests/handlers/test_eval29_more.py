"""More of evaluation set 29's misses, mended in the tenth session."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_head_count_then_each_persons_level(talk: Talk) -> None:
    """ "两个就业专干，小王拿了…高级工，小李是…中级工": one each (3500), not two of the first."""
    (reply,) = talk("我们社区两个就业专干，小王拿了职业指导师高级工，小李是劳动保障协理员中级工，俩人一共能补多少")
    assert reply.amount_yuan == 2000 + 1500
