"""``eligible`` is true where the stated facts meet a benefit's conditions though no amount is
said yet (the rule described, or the figure asked), and stays unjudged where nothing was stated."""

from __future__ import annotations

import pytest
from dialogue_fixtures import Talk


@pytest.mark.parametrize(
    "text",
    [
        "对口帮扶地区来的脱贫人口，不是滨江户籍，算在招用人数里吗",
        "我是区就业创业导师库的导师，参加人社局组织的宣讲有补贴吗？",
        "本区户籍大学生参加区人社组织的技能培训要交钱吗",
        "民办非企业单位给本区户籍大学生做创业服务，能申报补贴吗",
    ],
)
def test_conditions_stated_and_met_are_judged(talk: Talk, text: str) -> None:
    (reply,) = talk(text)
    assert reply.kind in ("answer", "ask") and reply.eligible is True


@pytest.mark.parametrize("text", ["企业吸纳就业奖补是怎么算的", "高质量就业社区有哪几个级别的奖补"])
def test_nothing_stated_is_not_judged(talk: Talk, text: str) -> None:
    (reply,) = talk(text)
    assert reply.eligible is None


def test_a_condition_stated_and_failed_is_still_a_refusal(talk: Talk) -> None:
    (reply,) = talk("我们培训机构还没去人社部门备案 组织灵活就业人员考中级工20个 能补吗")
    assert reply.eligible is False
