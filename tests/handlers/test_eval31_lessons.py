"""Lessons of evaluation set 31 (voice input and messy messages, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_bare_colloquial_figure_after_its_cue(talk: Talk) -> None:
    """ "本区户籍的 一百五", "高技能人才新增一百二", "技能人才今年有一百八": 的, a space, 新增 or
    今年有 between the cue and a figure with no unit still join them (150, 120, 180)."""
    (hired,) = talk("吸纳就业将补 本区户籍的 一百五 能拿几万")
    assert hired.amount_yuan == 150000
    (high,) = talk("试点单位 高技能人才新增一百二 奖励多少")
    assert high.amount_yuan == 50000 + 7 * 10000
    (skill,) = talk("我们公司是试点单位 新增培养的技能人才今年有一百八 能拿多少奖励")
    assert skill.amount_yuan == 50000 + 4 * 10000


def test_fifty_plus_is_fifty_odd(talk: Talk) -> None:
    """ "50+个" as "50多个": within 50–74, one amount (5万)."""
    (reply,) = talk("我们招了50+个本区户籍的 就五十出头吧 都稳定 吸纳就业奖补多少")
    assert reply.amount_yuan == 50000


def test_apprentices_are_no_studios(talk: Talk) -> None:
    """ "带了十几个徒弟" before the studio's grant: people, not ten studios (was 100万)."""
    (reply,) = talk(
        "跟你说下情况 我们公司做精密加工的 有个老师傅带了十几个徒弟 我们的技能大师工做室刚被认定为区级的 建室补助多少"
    )
    assert reply.amount_yuan == 100000


def test_a_firm_of_another_district_named_by_its_district(talk: Talk) -> None:
    """ "我们是余杭区的企业": the district's name, then the firm (区内企业 fails)."""
    (reply,) = talk("我们是余杭区的企业 招了一百个滨江户籍的员工 能拿滨江的吸纳就业将补吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_tax_relief_is_another_policy(talk: Talk) -> None:
    (reply,) = talk("企业招用退役军人 有没有税收减免")
    assert reply.kind == "fallback"


def test_the_higher_standard_of_two_is_the_annex(talk: Talk) -> None:
    (reply,) = talk("如果两条政策标准不一样 是按高的给还是按低的给")
    assert (reply.kind, reply.clauses) == ("answer", ("annex",))
