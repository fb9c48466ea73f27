"""Rule questions without a count, and questions on combining benefits (the annex's 不重复)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_percentage_asked_is_the_rule_not_a_request_for_posts(talk: Talk) -> None:
    """ "按最低工资的百分之多少补的": the clause's 55% rule, not "有几个岗位"."""
    (reply,) = talk("物业公司承接的公益性岗位，是按最低工资的百分之多少补的")
    assert reply.kind == "answer" and reply.clauses[0] == "8" and "55%" in reply.text


def test_how_it_is_given_is_the_rule(talk: Talk) -> None:
    """ "承接了几个公益性岗位，区里配套怎么给": 几个 is no count, 怎么给 asks the rule."""
    (reply,) = talk("我们是物业公司，承接了几个公益性岗位，区里配套怎么给")
    assert reply.kind == "answer" and reply.amount_yuan is None and "55%" in reply.text
    (training,) = talk("我们是备案的职业培训机构，组织失业人员培训考证，补贴怎么给")
    assert training.kind == "answer" and training.clauses[0] == "9"


def test_both_sides_is_the_annex_rule(talk: Talk) -> None:
    """ "市里和区里…两边都拿吗": 从优、从高、不重复, not a 市级 level read into clause (二)."""
    (alone,) = talk("同一个事情市里和区里都有补贴，我能两边都拿吗")
    assert alone.clauses == ("annex",)
    *_, during = talk(
        "我们街道有个社区新认定区级高质量就业社区，奖补多少", "如果市里对这个社区也有奖励，区里市里能两边都拿吗"
    )
    assert during.clauses[0] == "annex" and during.amount_yuan is None


def test_combining_with_other_policies_puts_the_annex_first(talk: Talk) -> None:
    """ "这两个能同时拿吗" is about the benefits in hand; "区里别的政策" about other policies."""
    first = "我们是市级就业扶贫爱心企业，市里给了8万，区里配多少"
    *_, these = talk(first, "这两个能同时拿吗")
    assert these.clauses == ("4", "annex")
    *_, others = talk(first, "如果同时符合区里别的政策，会重复享受吗")
    assert others.clauses == ("annex", "4")


def test_have_or_not_asks_like_have_question(talk: Talk) -> None:
    """ "有没有补帖" (帖 typed for 贴) asks like "有补贴吗": yes, and the level is asked; an info word
    outside it ("要什么材料") still makes a question about rules."""
    (typo,) = talk("我是社区就业专干考了职业指导师证书有没有补帖")
    (plain,) = talk("我是社区就业专干考了职业指导师证书有补贴吗")
    assert typo.kind == plain.kind == "ask" and typo.clauses == ("6",)
    (rules,) = talk("我是社区就业专干考了职业指导师证书，有没有补贴，要准备什么材料")
    assert rules.kind == "answer"


def test_a_vague_own_case_with_how_asks_for_the_figure(talk: Talk) -> None:
    """ "招了一批本区户籍的人…这个奖补咋算": the asker's own sum, so the count is asked; without a
    case of one's own ("吸纳就业奖补怎么算") the rule is the answer."""
    (own,) = talk("公司今年招了一批本区户籍的人 都稳定上班了 这个奖补咋算")
    assert own.kind == "ask" and own.clauses == ("4",)
    (mentor,) = talk("我在导师库里，参加了人社部门组织的职业指导服务，补贴怎么算？")
    assert mentor.kind == "ask" and mentor.clauses == ("5",)
    (rule,) = talk("吸纳就业奖补怎么算")
    assert rule.kind == "answer" and rule.amount_yuan is None


def test_a_level_denied_right_after_it_is_not_held(talk: Talk) -> None:
    """ "刚被认定为市级技能大师工作室 区级的没申报": 市级 only, so (十一)'s 区级 建室补助 is refused."""
    (reply,) = talk("我们刚被认定为市级技能大师工作室 区级的没申报 那10万建室补助有吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_count_split_by_a_condition_counts_those_that_meet_it(talk: Talk) -> None:
    """ "5次线下宣讲，其中2次是区人社局组织的，3次是我们公司自己办的": 2 × 1000, not a refusal of all."""
    (reply,) = talk("导师库导师，今年一共做了5次线下宣讲，其中2次是区人社局组织的，3次是我们公司自己办的，补贴多少")
    assert (reply.amount_yuan, reply.eligible) == (2000, True)
    (posts,) = talk(
        "我们是物业服务企业，承接了公益性岗位，招了3个人，其中2个经认定为就业困难人员，1个还没认定。区里配套多少"
    )
    assert "2个岗位" in posts.text


def test_both_tracks_changed_in_one_what_if(talk: Talk) -> None:
    """ "如果技能人才总数到160呢，高技能还是40": 160 (of whom 40 high-skill) → 8万; "只有99个呢" → 0."""
    _, both, fewer = talk(
        "我们是试点单位，今年新增技能人才130人次，其中高技能人才40人次，奖多少",
        "如果技能人才总数到160呢，高技能还是40",
        "那要是只有99个呢",
    )
    assert both.amount_yuan == 80000
    assert (fewer.amount_yuan, fewer.eligible) == (0, False)


def test_how_for_ones_own_case_quotes_the_rule_then_asks(talk: Talk) -> None:
    """ "我是导师库的导师 参加人社局组织的宣讲咨询 补贴怎么算": the rule in the policy's words, then
    the times asked; a share of the minimum wage ("物业公司…区里补贴怎么算") is answered as the rule."""
    (mentor,) = talk("我是导师库的导师 参加人社局组织的宣讲咨询 补贴怎么算")
    assert mentor.kind == "ask" and "线上300元/次" in mentor.text
    (property_posts,) = talk("我们是物业公司，承接了公益性岗位，区里补贴怎么算")
    assert property_posts.kind == "answer" and "55%" in property_posts.text


def test_property_posts_without_a_count_get_the_rule_first(talk: Talk) -> None:
    """ "物业公司的呢" after 绩效补贴: the 55% rule (a share of a wage the policy text does not give),
    and a post count told next is computed."""
    *_, switched, counted = talk("公益岗 绩效补贴", "物业公司的呢", "5个")
    assert switched.kind == "answer" and "55%" in switched.text
    assert counted.amount_yuan == 5 * 1254
