"""Lessons from tests/eval15 (the less-asked clauses, many kinds of askers, the annex), each as a
class of messages rather than the one item that showed it."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_every_level_quoted_the_last_one_is_asked(talk: Talk) -> None:
    (reply,) = talk("听说国家级高质量就业社区奖十万，那省级是不是五万？")
    assert reply.amount_yuan == 50000


def test_posts_without_certified_hardship_persons_get_none_of_the_clause(talk: Talk) -> None:
    (reply,) = talk("我们单位公益性岗位招的人没有经过就业困难人员认定，这些补贴能享受吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)
    (posts,) = talk("我们物业公司承接了3个公益性岗位，招的都是认定的就业困难人员，干了12个月，区配套补贴一共多少？")
    assert posts.benefits == ("property_posts",)  # the condition is no sign of the performance subsidy


def test_elderly_care_is_outside(talk: Talk) -> None:
    (reply,) = talk("社区养老服务中心的运营补贴是多少")
    assert reply.kind == "fallback"


def test_another_benefit_named_without_figures_is_switched_to(talk: Talk) -> None:
    _, rate, six = talk(
        "我们是物业服务企业，承接了公益性岗位，区里配套怎么给",
        "上岗人员的绩效补贴呢，每人一年最多多少",
        "我们这边有6个人",
    )
    assert (rate.benefits, rate.amount_yuan) == (("performance",), 3600)
    assert six.amount_yuan == 6 * 3600
    *_, fifty = talk(
        "我们是滨江的民办非企，已经备案了，给本区户籍大学生做三天职业技能培训，能申报多少？",
        "学生本来报了45个，哦不对，最后参加的是50个",
    )
    assert fifty.amount_yuan == 50 * 200 * 3  # 学生 names no benefit over the organiser's own figure


def test_combining_the_benefits_in_hand_is_the_annex_rule_about_them(talk: Talk) -> None:
    _, both = talk("我们社区今年同时被认定为区级和市级高质量就业社区，能拿多少", "两个不能叠加吗")
    assert both.clauses == ("2", "annex") and "从优、从高、不重复" in both.text.split("\n")[0]
    _, when = talk("公益性岗位绩效补贴每人每年最多多少", "这个政策什么时候开始实施")
    assert when.clauses == ("annex",)  # the policy itself, not the benefit in hand


def test_another_clause_named_strongly_while_a_level_is_asked(talk: Talk) -> None:
    _, centre = talk("我们社区能拿什么钱？", "我们社区的就业创业服务中心在区人社局备过案")
    assert centre.clauses == ("1",) and centre.amount_yuan == 150000


def test_two_awards_of_one_community_are_not_two_communities(talk: Talk) -> None:
    (one,) = talk("今年社区同时拿到了区级和市级高质量就业社区认定，两个奖补能一起领吗？一共多少")
    assert one.amount_yuan == 40000  # the higher, once
    (two,) = talk("街道有两个社区新认定为市级高质量就业社区，一共多少")
    assert two.amount_yuan == 80000


def test_another_benefit_named_with_its_own_head_count(talk: Talk) -> None:
    *_, performance = talk(
        "公益性岗位有什么补贴", "我们是物业公司，区里配套具体能补多少钱", "街道的绩效补贴，8个人一年最多多少"
    )
    assert performance.amount_yuan == 8 * 3600


def test_a_quoted_rate_in_a_rule_question_is_the_amount_spoken_of(talk: Talk) -> None:
    (reply,) = talk("浙江工匠那个2万是给个人还是给单位的")
    assert reply.amount_yuan == 20000 and "单位" in reply.text


def test_a_part_from_another_district_is_taken_off(talk: Talk) -> None:
    *_, part = talk(
        "我们是滨江企业，已备案，给本区户籍大学生做了职业技能培训，能报多少补贴？",
        "一百个同学，每个人3天",
        "不好意思，核对了一下，这一百个里有20个是西湖区户籍的，那能报多少？",
    )
    assert (part.amount_yuan, part.eligible) == (80 * 200 * 3, True)


def test_a_level_asked_about_beside_the_one_stated_is_not_stated(talk: Talk) -> None:
    (contest,) = talk("街道组织的技能比赛拿了三等奖，能领区级竞赛的奖励吗？")
    assert (contest.amount_yuan, contest.eligible) == (0, False)
    (market,) = talk("我是街道的，想问下零工市场有经费吗")
    assert market.clauses == ("1",) and "零工市场" in market.text  # what is asked about is the subject
