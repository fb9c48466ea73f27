"""Lessons of evaluation set 38 (the less-asked clauses in depth, follow-up answers given in
unexpected ways, edge amounts and the annex's 不重复), written with their own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_another_districts_own_award_asked_of_its_district_is_theirs(talk: Talk) -> None:
    """ "上城区新认定的市级高质量就业社区，区里给多少": 区里 is that district, not ours (区里 is
    no home word); "滨江…区里给多少" stays ours."""
    (theirs,) = talk("上城区新认定了一个市级高质量就业社区 区里给多少奖补")
    assert theirs.kind == "fallback"
    (ours,) = talk("我们滨江的社区新认定了市级高质量就业社区 区里给多少")
    assert (ours.clauses, ours.amount_yuan) == (("2",), 40000)


def test_other_insurance_pensions_apprenticeships_and_points_are_outside(talk: Talk) -> None:
    """A benefit the policy lacks, named beside its words (零工市场, 公益性岗位, 高技能人才), is
    what the message is about."""
    for text in (
        "零工市场里打零工受伤了 工伤保险谁交",
        "公益岗干到退休 退休金怎么算",
        "新型学徒制的补贴 企业每人能拿多少",
        "技师证落户能加积分吗",
    ):
        (reply,) = talk(text)
        assert reply.kind == "fallback", text
