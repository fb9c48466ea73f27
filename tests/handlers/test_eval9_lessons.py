"""Classes of mistakes found by evaluation set 9 (written from the policy by a helper who never
read the engine), each pinned by a message of its own kind."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_space_ends_the_figure_before_what_the_certificates_are(talk: Talk) -> None:
    """ "初级工5个 证都是职业指导师": five people, the 证 starts a new phrase (not "5个证")."""
    (reply,) = talk("我们站里 技师2个 初级工5个 证都是职业指导师 做公共就业服务 一共能补多少")
    assert reply.amount_yuan == 2 * 2500 + 5 * 1000
    (one,) = talk("我有两个证，高级工和技师，在街道做公共就业服务")
    assert one.amount_yuan == 2500  # still one person's two certificates


def test_money_asked_turns_from_the_students_place_to_the_organisers_subsidy(talk: Talk) -> None:
    """本区户籍 is said of students and organisers alike: it does not keep the students' benefit
    when the company asks what it gets; the figures next are the organiser's."""
    *_, ask, answer = talk(
        "我是滨江户籍 在外省读大四 区人社办的技能培训我能免费参加吗",
        "那公司给我们这种本区户籍学生办培训 公司能拿啥补贴",
        "30个本区户籍的 3天 公司备案了",
    )
    assert ask.clauses == ("7",) and "人" in ask.text
    assert answer.amount_yuan == 30 * 3 * 200 and answer.eligible is True


def test_rule_wordings_are_answered_not_asked(talk: Talk) -> None:
    for text, clause in [
        ("市级就业扶贫爱心企业 区里是怎么个配套法", "4"),
        ("区竞赛奖金是发给选手还是单位", "12"),
    ]:
        (reply,) = talk(text)
        assert reply.kind == "answer" and reply.clauses[:1] == (clause,), text
        assert reply.amount_yuan is None
    *_, reply = talk("我是职业指导师 在社区做就业服务 技师证能补多少", "前面那个证书补贴能每年领吗")
    assert reply.kind == "answer" and reply.clauses == ("6",) and "一次性" in reply.text


def test_a_part_named_with_qizhong_is_what_counts(talk: Talk) -> None:
    """ "120个 其中本区户籍40个": the 40 are inside the 120 (not added, not the rest), and the
    description after 其中 belongs to the part, not to the whole before it."""
    (hires,) = talk("区内企业招了120个 其中本区户籍40个 其余是外省的 也不是脱贫户 都稳定")
    assert hires.amount_yuan == 0 and hires.eligible is False
    (plain,) = talk("区内企业招了120个 其中本区户籍60个 都稳定")
    assert plain.amount_yuan == 50000
    (students,) = talk("公司给大学生办培训 一共100人参加 其中滨江户籍大学生60人 其他都是外地的 3天 备案了")
    assert students.amount_yuan == 60 * 3 * 200


def test_a_whole_split_is_found_whatever_figure_comes_first(talk: Talk) -> None:
    """The staff count (1260) before the hires (326 = 58 + 19 + 249) is not the whole that is split."""
    (reply,) = talk(
        "我司现有在职员工1260人，本年度共新招录员工326名，其中本区户籍人员58名、对口帮扶地区脱贫人口19名、"
        "外省籍高校毕业生249名，均已稳定就业。能拿多少奖补？"
    )
    assert reply.amount_yuan == 75000  # 77 counted


def test_where_a_trainee_comes_from_is_not_the_policys_place(talk: Talk) -> None:
    """ "温州来杭州打工的" says where the worker is from (not 西湖区's policy); from inside
    Zhejiang they are not 外省进城务工人员, and the group asked about ("能算…吗") is not stated."""
    (reply,) = talk("学员是温州来杭州打工的 我们备案机构 拿了初级工 能算外省进城务工人员吗")
    assert reply.clauses == ("9",) and reply.eligible is False and reply.amount_yuan == 0
    assert "浙江省内" in reply.text
    (other,) = talk("我们备案机构培训了20个安徽来的务工人员 拿了中级工")
    assert other.amount_yuan == 20 * 500
    (there,) = talk("西湖区的企业招人有补贴吗")
    assert there.kind == "fallback"


def test_a_studio_member_who_is_not_the_leader_is_refused(talk: Talk) -> None:
    (reply,) = talk("我是工作室的普通成员 不是领衔人 参加区里组织的评审有1000一次吗")
    assert reply.clauses == ("11",) and reply.amount_yuan == 0 and reply.eligible is False
    assert "领衔人本人" in reply.text
    (leader,) = talk("我是大师工作室领衔人，去了5次区人社局组织的培训")
    assert leader.amount_yuan == 5000


def test_a_benefit_the_policy_lacks_is_out_of_scope_even_after_a_topic(talk: Talk) -> None:
    """人才公寓 names housing, which this policy does not have, beside 领衔人, which it does."""
    *_, reply = talk("我是区级技能大师工作室领衔人 能认定啥人才", "那领衔人能申请人才公寓吗")
    assert reply.kind == "fallback"


def test_a_rate_asked_mid_dialogue_leaves_the_figures_given(talk: Talk) -> None:
    first, rate, total = talk("備案的培訓機構 外省進城務工人員30人 拿了高級工", "专项能力证书一个人多少", "那总共多少")
    assert first.amount_yuan == 30000
    assert rate.amount_yuan == 300  # one person's 专项能力, not added to the thirty
    assert total.amount_yuan == 30000


def test_half_of_the_count_given_moves_to_the_level_named(talk: Talk) -> None:
    _, reply = talk("備案的培訓機構 外省進城務工人員30人 拿了高級工", "要是一半只拿到中级呢")
    assert reply.amount_yuan == 15 * 1000 + 15 * 500


def test_a_figure_said_to_be_of_the_other_track_moves_to_it(talk: Talk) -> None:
    """ "这130人次都是高技能人才": the cue after 都是 is the figure's, not 技能人才's."""
    *_, reply = talk("我们是人社认定的技能等级认定试点单位 今年新培养了130人次", "要是这130人次都是高技能人才呢")
    assert reply.amount_yuan == 50000 + 8 * 10000


def test_some_of_the_count_given_are_of_another_kind(talk: Talk) -> None:
    """ "都是线上的" then "不对 有两次是线下的": three online and two offline, not two in all."""
    *_, moved, outside = talk(
        "我是区就业创业导师库的导师 参加了人社局组织的活动5次 能补多少",
        "都是线上的",
        "不对 有两次是线下的",
        "我自己在外面给企业讲的课也能算吗",
    )
    assert moved.amount_yuan == 3 * 300 + 2 * 1000
    assert outside.clauses == ("5",) and outside.eligible is False


def test_a_company_offering_services_to_the_district_is_procurement(talk: Talk) -> None:
    (reply,) = talk("我们是人力资源公司 想给区里做职业指导服务 咋样才能接到")
    assert reply.kind == "answer" and reply.clauses == ("3",)


def test_a_what_if_on_the_condition_that_refused_stays_on_the_topic(talk: Talk) -> None:
    """ "那要是备案了呢" after a refusal for want of 备案 is about the same benefit, however well
    备案 alone matches （一）'s registered centres."""
    refused, reply = talk(
        "我们公司给本区户籍大学生搞了职业技能培训 20个人 2天 没备案 能补吗", "那要是备案了呢 能补多少"
    )
    assert refused.eligible is False
    assert reply.clauses == ("7",) and reply.amount_yuan == 20 * 2 * 200


def test_a_rate_asked_as_the_standard_is_the_rule(talk: Talk) -> None:
    (rule,) = talk("企业给本区大学生做就业服务 补贴标准一天多少")
    assert rule.kind == "answer" and rule.clauses == ("7",) and "200元/人/天" in rule.text
    (own,) = talk("企业给大学生做培训 一天补多少 我们办了三天")
    assert own.kind == "ask"  # the asker's own three days stay; the head count is asked


def test_a_word_of_the_topics_own_clause_does_not_switch_clauses(talk: Talk) -> None:
    """ "我们街道说一个月给400" during （八）: （八） itself says 街道 pays, so 街道 is no sign of （一）;
    "市里补贴不够的谁出" is then （八）'s host units' rule."""
    first, second, third = talk(
        "我在街道公益性岗位上班 街道发的绩效补贴一年最多多少",
        "我们街道说一个月给400 这样超了吧",
        "那用人单位那边 市里补贴不够的谁出",
    )
    assert first.amount_yuan == 3600
    assert second.clauses == ("8",)
    assert third.clauses == ("8",) and "区财政" in third.text
    *_, back = talk("高质量就业社区国家级奖多少", "那街道零工市场呢", "回到社区那个，市级多少")
    assert back.clauses == ("2",)


def test_two_clause_totals_with_a_grant_that_needs_no_figure(talk: Talk) -> None:
    """A sum that needs no figure counts by its condition met; each clause is answered from its
    own phrases, so a street's accepted 零工市场 is the market's grant, not every street grant."""
    (studio,) = talk("试点企业期满评估三星，另外新认定了区级技能大师工作室，一共多少")
    assert studio.clauses == ("10", "11") and studio.amount_yuan == 10000 + 100000
    (three,) = talk(
        "新认定区级技能大师工作室，领衔人参加了2次区人社局组织的评审，另外单位有1人入选浙江工匠，总共多少？"
    )
    assert three.amount_yuan == 100000 + 2000 + 20000
    (market,) = talk("我们街道零工市场验收通过，辖区社区又新认定国家级高质量就业社区，合计多少")
    assert market.clauses[:1] == ("1",) and market.amount_yuan == 150000 + 100000


def test_the_amount_for_the_ones_just_added(talk: Talk) -> None:
    """ "另外还有10人取得初级工，这10人补多少": theirs alone; "一共多少" next counts everyone."""
    first, these, total = talk(
        "备案的技能大师工作室培训了脱贫人口20人，取得专项能力证书，补多少？",
        "另外还有10人取得初级工，这10人补多少？",
        "一共多少",
    )
    assert (first.amount_yuan, these.amount_yuan, total.amount_yuan) == (6000, 5000, 11000)
    _, community = talk(
        "一个社区今年同时认定了市级和区级高质量就业社区，能拿多少？", "另一个社区新认定为国家级，这个社区给多少？"
    )
    assert community.amount_yuan == 100000


def test_a_proposed_sum_is_checked_against_the_capped_rate(talk: Talk) -> None:
    """ "每人每年发5000可以吗" over 每人每年不高于3600元: not allowed; "一个月给400" is 4,800 a year."""
    (over,) = talk("我想给公益岗人员每人每年发5000绩效补贴，可以吗？")
    assert over.clauses == ("8",) and over.eligible is True and "超过上限" in over.text
    _, monthly = talk("我在街道公益性岗位上班 街道发的绩效补贴一年最多多少", "我们街道说一个月给400 这样超了吧")
    assert monthly.eligible is True and monthly.amount_yuan == 3600 and "4800元" in monthly.text
    (within,) = talk("街道每人每年发3000绩效可以吗")
    assert within.eligible is True and "没有超过" in within.text
