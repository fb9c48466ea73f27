"""The reply says which people it did not count, and why (handlers/leftout.py)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_figures_left_out_are_named_under_the_headline(talk: Talk) -> None:
    (reply,) = talk(
        "一共50个学员：本区户籍在校生20个，本区户籍离校一年还没工作的10个，本区户籍但已经离校3年的8个，"
        "外地户籍12个。培训2天，备案过，能补多少"
    )
    assert reply.text.split("\n")[1] == "（未计入，不符合条件：离校3年8人、外地12人）"
    _, part = talk("我们是职业培训机构，培训区内失业人员20人拿中级工", "其中有5个是正常上班的")
    assert "正常上班5人" in part.text


def test_people_added_back_or_counted_are_not_named(talk: Talk) -> None:
    (counted,) = talk("我们公司今年招了80个本区户籍的，都稳定就业，能拿多少")
    assert "未计入" not in counted.text
    _, back = talk(
        "我们机构备案了，培训了失业人员10个拿了初级工，另外在职员工14个拿了中级工",
        "我说错了，那14个在职员工里有7个其实是外省来杭州打工的，也拿了中级工，这样总共多少",
    )
    assert "在职员工7人" not in back.text


def test_sessions_left_out_are_counted_in_their_own_unit(talk: Talk) -> None:
    *_, third = talk(
        "我是区级技能大师工作室领衔人 参加培训评审有补贴吗",
        "两次 都是区人社局组织的",
        "还有一次是市人社局组织的 这次也能算吗",
    )
    assert "1次" in third.text


def test_a_share_counted_is_said(talk: Talk) -> None:
    (share,) = talk("我们公司今年新招200人，其中三成是滨江本区户籍，其他都是外省的（不是脱贫人口），能拿多少")
    assert "（200人的三成，按60人计算）" in share.text
    (rest,) = talk("公司招了150个人，百分之四十是外地的，能拿多少")
    assert "（150人中百分之四十不符合条件，按其余90人计算）" in rest.text
