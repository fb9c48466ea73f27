"""What eval26's first run (edges of eligibility) taught."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_half_is_a_share_and_the_half_left_out_can_be_counted_back(talk: Talk) -> None:
    (half,) = talk("招了160人，一半是本区户籍，另一半都是外地的，也不是脱贫人口，企业吸纳就业奖补怎么算")
    assert half.amount_yuan == 75000 and "按80人计算" in half.text
    first, back = talk(
        "我们公司在滨江，今年招了两百人，一半是本区户籍，另一半是外地的，都稳定就业，奖补多少",
        "外地的那一百里有26个是对口帮扶地区的脱贫人口",
    )
    assert (first.amount_yuan, back.amount_yuan) == (100000, 125000)
    (gone,) = talk("招了60个本区户籍的，不过有一半干了两个月就走了，还能拿奖补不")
    assert (gone.amount_yuan, gone.eligible) == (0, False)
