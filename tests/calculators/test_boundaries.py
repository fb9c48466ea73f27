"""Every monetary rule of the policy at its boundaries, computed from the shipped data."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from calculators.result import Result
from knowledge.loader import load
from knowledge.models import KnowledgeBase

KB: KnowledgeBase = load()


def compute(clause: str, benefit: str, **facts: Any) -> Result:
    return KB.clause(clause).benefit(benefit).calculator.compute(facts, KB.bases)


@pytest.mark.parametrize(
    ("hires", "amount"),
    [
        (0, 0),
        (49, 0),
        (50, 50000),
        (74, 50000),
        (75, 75000),
        (99, 75000),
        (100, 100000),
        (120, 100000),
        (499, 475000),
        (500, 500000),
        (501, 500000),
        (10000, 500000),
    ],
)
def test_clause4_hiring_tiers(hires: int, amount: int) -> None:
    """（四） 5万 at 50, +2.5万 per full 25, capped at 50万 a year."""
    result = compute("4", "hiring", hires=hires)
    assert result.amount == amount
    assert result.eligible is (amount > 0)


def test_clause4_shortfall_says_what_would_qualify() -> None:
    """Below 50 the advice names how many more hires reach 5万."""
    result = compute("4", "hiring", hires=30)
    assert result.eligible is False
    assert any("20人" in a and "5万元" in a for a in result.advice)


def test_clause4_steps_show_the_derivation() -> None:
    """The steps read like the issue's example for 120 hires."""
    steps = "；".join(compute("4", "hiring", hires=120).steps)
    assert "(120−50)÷25取整2档 × 2.5万元 = 10万元" in steps
    assert "未超过上限（每年最高不超过50万元）" in steps


def test_clause4_matching_is_one_to_one() -> None:
    """（四） 市级就业扶贫爱心企业: 1:1 of the city's amount."""
    assert compute("4", "matching", city_amount="30000").amount == 30000


@pytest.mark.parametrize(
    ("skill", "high", "amount"),
    [
        (99, None, 0),
        (100, None, 50000),
        (119, None, 50000),
        (120, None, 60000),
        (139, None, 60000),
        (140, None, 70000),
        (400, None, 200000),
        (10000, None, 200000),
        (None, 49, 0),
        (None, 50, 50000),
        (None, 59, 50000),
        (None, 60, 60000),
        (None, 200, 200000),
        (60, 40, 50000),
        (80, 30, 50000),
    ],
)
def test_clause10_talent_routes(skill: int | None, high: int | None, amount: int) -> None:
    """（十） 100 技能 or 50 高技能 → 5万, +1万 per 20 or 10, cap 20万; best route counts."""
    facts = {k: v for k, v in (("skill_talents", skill), ("high_skill_talents", high)) if v is not None}
    assert compute("10", "talent", **facts).amount == amount


@pytest.mark.parametrize(("star", "amount"), [("三星", 10000), ("四星", 20000), ("五星", 30000)])
def test_clause10_star_rating(star: str, amount: int) -> None:
    """（十） 期满评估 three to five stars."""
    assert compute("10", "star", star=[star]).amount == amount


def test_clause10_two_stars_not_covered() -> None:
    """Below three stars there is no reward."""
    assert compute("10", "star", star=["一二星"]).eligible is False


@pytest.mark.parametrize(
    ("people", "days", "amount"),
    [(40, 2, 16000), (1, 1, 200), (30, 3, 18000), (30, 4, 18000), (30, 10, 18000)],
)
def test_clause7_organiser_days_capped_at_three(people: int, days: int, amount: int) -> None:
    """（七） 200元/人/天, days above 3 count as 3."""
    result = compute("7", "organizer", participants=people, days=days)
    assert result.amount == amount
    assert result.up_to


@pytest.mark.parametrize(
    ("counts", "amount"),
    [
        ({"中级工": 30, "高级工": 10, "专项能力": 5}, 26500),
        ({"初级工": 1}, 500),
        ({"技师": 2, "高级技师": 1}, 3000),
        ({"专项能力": 10}, 3000),
    ],
)
def test_clause9_mixed_certificates(counts: dict[str, int], amount: int) -> None:
    """（九） 500 / 1000 / 300 per person, summed over levels in one call."""
    assert compute("9", "training", training_counts=counts).amount == amount


@pytest.mark.parametrize(
    ("counts", "amount"),
    [
        ({"高级技师": 1}, 3000),
        ({"技师": 1}, 2500),
        ({"高级工": 1}, 2000),
        ({"中级工": 1}, 1500),
        ({"初级工": 1}, 1000),
        ({"高级工": 3}, 6000),
        ({"高级工": 3, "技师": 2}, 11000),
    ],
)
def test_clause6_certificate_levels(counts: dict[str, int], amount: int) -> None:
    """（六） one-off subsidy per person by level, several people summed."""
    assert compute("6", "certificate", cert_counts=counts).amount == amount


@pytest.mark.parametrize(
    ("levels", "amount"),
    [(["国家级"], 100000), (["省级"], 50000), (["市级"], 40000), (["区级"], 10000), (["市级", "省级"], 50000)],
)
def test_clause2_community_levels_highest_only(levels: list[str], amount: int) -> None:
    """（二） one-off by level; several levels count once at the highest."""
    assert compute("2", "community_award", honor_level=levels).amount == amount


def test_clause2_several_communities() -> None:
    """（二） a street with three newly recognised communities gets three awards."""
    assert compute("2", "community_award", honor_level=["市级"], communities=3).amount == 120000


@pytest.mark.parametrize(
    ("levels", "amount", "eligible"),
    [(["国家级"], 5000, True), (["省级"], 3000, True), (["市级"], 2000, True), (["区级"], 0, False)],
)
def test_clause5_mentor_awards(levels: list[str], amount: int, eligible: bool) -> None:
    """（五） 5000/3000/2000; a district-level award is outside this clause."""
    result = compute("5", "mentor_award", honor_level=levels)
    assert (result.amount, result.eligible) == (amount, eligible)


@pytest.mark.parametrize(
    ("counts", "amount"), [({"线上": 3, "线下": 2}, 2900), ({"线上": 1}, 300), ({"线下": 4}, 4000)]
)
def test_clause5_mentor_fees(counts: dict[str, int], amount: int) -> None:
    """（五） 300 online, 1000 offline per session."""
    assert compute("5", "mentor_fee", online_offline=counts).amount == amount


@pytest.mark.parametrize(
    ("facts", "amount"),
    [
        ({"posts": 1}, Decimal(1254)),
        ({"posts": 5, "months": 12}, Decimal(75240)),
        ({"posts": 2, "min_wage": "2490"}, Decimal("2739")),
    ],
)
def test_clause8_property_posts_55_percent(facts: dict[str, Any], amount: Decimal) -> None:
    """（八） 55% of the minimum wage (a parameter the user may override)."""
    assert compute("8", "property_posts", **facts).amount == amount


def test_clause8_performance_cap() -> None:
    """（八） at most 3600 per person per year."""
    result = compute("8", "performance", persons=3)
    assert (result.amount, result.up_to) == (10800, True)


@pytest.mark.parametrize(
    ("clause", "benefit", "amount", "up_to"),
    [
        ("1", "street", 500000, True),
        ("1", "community_center", 150000, True),
        ("1", "platform_center", 300000, True),
        ("1", "gig_market", 150000, False),
        ("11", "studio", 100000, False),
    ],
)
def test_fixed_amounts(clause: str, benefit: str, amount: int, up_to: bool) -> None:
    """Stated sums and stated maxima."""
    result = compute(clause, benefit)
    assert (result.amount, result.up_to) == (amount, up_to)


def test_clause11_leader_fee_per_session() -> None:
    """（十一） 1000元/次."""
    assert compute("11", "leader_fee", times=5).amount == 5000


@pytest.mark.parametrize(
    ("prizes", "amount"),
    [
        ({"一等奖": 1}, 2000),
        ({"二等奖": 1}, 1500),
        ({"三等奖": 1}, 1000),
        ({"一等奖": 1, "二等奖": 2}, 5000),
        ({"一等奖": 3}, 6000),
    ],
)
def test_clause12_prizes(prizes: dict[str, int], amount: int) -> None:
    """（十二） district competition prizes, per winner."""
    assert compute("12", "contest_prize", prize=prizes).amount == amount


def test_clause12_no_prize_is_not_covered() -> None:
    """A place outside the three prizes is told it does not qualify."""
    result = compute("12", "contest_prize", prize={"优胜奖": 1})
    assert (result.amount, result.eligible) == (0, False)


@pytest.mark.parametrize(("persons", "amount"), [(None, 20000), (2, 40000)])
def test_clause12_craftsman_per_person(persons: int | None, amount: int) -> None:
    """（十二） 2万 to the unit for each of its 浙江工匠."""
    facts = {"persons": persons} if persons else {}
    assert compute("12", "craftsman", **facts).amount == amount


@pytest.mark.parametrize(
    ("facts", "eligible"),
    [
        ({"hukou_local": True, "student_status": ["在校"]}, True),
        ({"hukou_local": True, "student_status": ["离校未就业"], "years_since_leaving": 2}, True),
        ({"hukou_local": True, "student_status": ["离校未就业"], "years_since_leaving": 3}, False),
        ({"hukou_local": False}, False),
        ({"hukou_local": True, "student_status": ["已就业"]}, False),
    ],
)
def test_clause7_student_eligibility(facts: dict[str, Any], eligible: bool) -> None:
    """（七） 本区户籍 and (在校 or 离校2年内未就业)."""
    result = compute("7", "students", **facts)
    assert result.eligible is eligible
    assert result.amount is None
    assert bool(result.failures) is not eligible


def test_a_maximum_says_how_the_actual_sum_is_set_in_the_policys_words() -> None:
    """The 产业平台 centre is funded from the budget, not by assessment like the 街道 grant."""
    platform = compute("1", "platform_center").steps[0]
    street = compute("1", "street").steps[0]
    assert "由财政予以预算保障" in platform and "考核" not in platform
    assert "根据考核评估结果核定" in street


def test_a_category_outside_the_table_is_said_not_dropped() -> None:
    """（六）pays by certificate level; 专项能力 is not one of them and the steps say so."""
    result = compute("6", "certificate", cert_counts={"高级工": 2, "专项能力": 3})
    assert result.amount == 4000
    assert any("专项能力3人不在本项补贴范围内" in step for step in result.steps)


def test_one_holder_of_several_levels_is_paid_once_at_the_highest() -> None:
    """（六）: one person's 技师 and 高级工 certificates pay 2500 once; two people, both."""
    from knowledge.loader import load

    calc = load().clause("6").benefit("certificate").calculator
    one = calc.compute({"cert_counts": {"技师": 1, "高级工": 1}, "one_holder": True}, {})
    assert one.amount == 2500 and "按最高等级技师计一次" in one.steps[-1]
    two = calc.compute({"cert_counts": {"技师": 1, "高级工": 1}, "one_holder": False}, {})
    assert two.amount == 4500
    # One holder has each level once, whatever figure came with it ("两个都没领过").
    figure = calc.compute({"cert_counts": {"中级工": 1, "高级工": 2}, "one_holder": True}, {})
    assert figure.amount == 2000


def test_awards_of_one_holder_count_once_and_of_two_holders_each() -> None:
    """（五） awards: one holder's several levels at the highest (从优、从高、不重复); an
    organisation's and its mentor's each at their own level."""
    one = compute("5", "mentor_award", honor_level=["市级", "国家级"])
    assert one.amount == Decimal(5000)
    two = compute("5", "mentor_award", honor_level=["市级", "国家级"], award_holders=True)
    assert two.amount == Decimal(2000 + 5000)
    assert any("分别获奖" in step for step in two.steps)


def test_amounts_written_exactly_whatever_their_size() -> None:
    """An amount a user quotes may have fifty digits; it is written, not a traceback."""
    from calculators.result import yuan

    assert yuan(Decimal("1" * 50)) == "1" * 50 + "元"
    assert (yuan(25000), yuan(Decimal("1369.5")), yuan(2500)) == ("2.5万元", "1369.5元", "2500元")


def test_clause2_one_community_counted_beside_a_level_left_out() -> None:
    """（二） one community at 国家级, another level named but not counted (left out as recognised
    before): that one community's award, not one for every community said before."""
    result = compute("2", "community_award", honor_level=["国家级", "市级"], level_counts={"国家级": 1}, communities=2)
    assert (result.amount, result.eligible) == (Decimal(100000), True)
    same = compute("2", "community_award", honor_level=["国家级"], level_counts={"国家级": 1}, communities=2)
    assert same.amount == Decimal(200000)  # one level, two communities: each at it
