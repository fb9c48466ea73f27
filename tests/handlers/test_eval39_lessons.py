"""Lessons of evaluation set 39 (totals over clauses typed phone-style, who receives the money,
totals built over turns then corrected, removed or asked in part), written with their own
wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_part_dropped_from_the_running_total_stays_out(talk: Talk) -> None:
    """ "浙江工匠那个先不算 一共": the rest added up (75,000 + 9,000), and a later "一共" does not
    bring it back; "线下那3次不算了" (a part of one answer's count) is no answer dropped."""
    *_, without, again = talk(
        "招用本区户籍稳定就业80人 奖补多少",
        "家燕回巢备案了 本区户籍大学生15人 3天 最多多少",
        "员工入选浙江工匠 再给的那笔多少",
        "一共多少",
        "浙江工匠那个先不算 重新算一共",
        "一共多少",
    )
    assert (without.amount_yuan, again.amount_yuan) == (84000, 84000)


def test_the_street_asking_is_no_street_grant_asked_about(talk: Talk) -> None:
    """ "街道这边 零工市场验收通过了 新认定一个市级高质量就业社区 一共多少": the market's 150,000
    and the community's 40,000; the street's own yearly 500,000 was not asked about."""
    (reply,) = talk("街道这边 零工市场验收通过了 新认定一个市级高质量就业社区 一共多少")
    assert reply.amount_yuan == 190000


def test_a_total_asked_for_one_payee_adds_that_payees_parts(talk: Talk) -> None:
    """ "公司一共能拿多少" after the talent award and two players' prizes: the company's 80,000;
    "那员工那边一共多少": the players' 3,500; "公司和员工一共": everyone's; one message that
    names a 浙江工匠 and a prize, "我个人一共能拿多少": the prize alone."""
    *_, company, staff, both = talk(
        "试点企业 新增高技能人才80人 奖励多少",
        "员工区级职业技能竞赛二等奖1个 三等奖2个",
        "公司一共能拿多少",
        "那员工那边一共多少",
        "公司和员工一共多少",
    )
    assert (company.amount_yuan, staff.amount_yuan, both.amount_yuan) == (80000, 3500, 83500)
    (mine,) = talk("我入选了浙江工匠 区级竞赛还拿了一等奖 我个人一共能拿多少")
    assert mine.amount_yuan == 2000
