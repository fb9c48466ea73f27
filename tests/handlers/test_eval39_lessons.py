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
