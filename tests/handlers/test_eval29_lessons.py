"""Lessons of evaluation set 29 (the awkward ones, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_not_a_pilot_said_at_length(talk: Talk) -> None:
    """ "不是人社认定的职业技能等级认定试点单位": the denial stands far before 试点单位."""
    (reply,) = talk("我们企业不是人社认定的职业技能等级认定试点单位，今年自己培养了150个技能人才，有那个5万奖励吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_contest_a_company_runs_is_no_government_award(talk: Talk) -> None:
    (reply,) = talk("我是公益导师，参加了一家人力资源公司自己办的职业指导竞赛得了一等奖，有没有奖励")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_both_of_a_clauses_benefits_together(talk: Talk) -> None:
    """ "两个加一起" is both, not two talents; "全部算上" a total over what was named."""
    (pilot,) = talk("我们是认定试点企业，今年新增培养技能人才150人次，品牌建设期满评估还拿了四星，两个加一起多少")
    assert pilot.amount_yuan == 70000 + 20000
    (studio,) = talk("我们工作室今年新认定为区级技能大师工作室，领衔人还参加了区人社局组织的评审3次，全部算上多少")
    assert studio.amount_yuan == 100000 + 3000


def test_some_who_left_taken_off_and_the_rest_asked_about(talk: Talk) -> None:
    """ "有二十五个干了两个月就走了，不算稳定，那剩下的呢": 175 − 25 = 150 stable (15万), the "not stable"
    is theirs; without "剩下的" a group said out still gets its reason."""
    _, rest = talk("今年稳定招用了一百七十五个本区户籍的，奖补多少", "有二十五个干了两个月就走了，不算稳定，那剩下的呢")
    assert (rest.amount_yuan, rest.eligible) == (150000, True)


def test_a_loose_figure_after_its_cue_with_about(talk: Talk) -> None:
    """ "高技能人才大概六十出头吧": 大概 between the cue and the figure (60, 6万); stars then add."""
    *_, loose, stars = talk(
        "我们是技能等级认定试点企业，今年培养高技能人才的奖励能拿多少",
        "什么叫高技能人才？",
        "哦那我们高技能人才大概六十出头吧",
        "对了品牌建设期满评估刚拿了四星，加起来呢",
    )
    assert loose.amount_yuan == 60000 and stars.amount_yuan == 80000


def test_half_and_half_splits_the_count_said(talk: Talk) -> None:
    """ "一共六次" then "一半一半": 3 × 300 + 3 × 1000; "诶不对，是八次，还是一半一半": 4 and 4."""
    _, half, again = talk(
        "导师库导师，今年参加了人社部门组织的宣讲咨询一共六次，补多少", "一半一半", "诶不对，是八次，还是一半一半"
    )
    assert half.amount_yuan == 3900 and again.amount_yuan == 5200


def test_not_sure_then_a_figure_answers_the_count(talk: Talk) -> None:
    """ "不太清楚，大概三十" answers the head count (30); "两天" then 30 × 2 × 200."""
    _, about, days, part = talk(
        "我们是区内企业，人社备过案，给本区户籍大学生办了场职业技能培训，能申报多少补贴",
        "不太清楚，大概三十",
        "两天",
        "哦不过里面有五个是外区户口的",
    )
    assert about.kind == "ask" and days.amount_yuan == 12000 and part.amount_yuan == 10000
