""" "一共" is not always a join of benefits: said of another benefit named outright, over its own
people ("认定了的那2个人，街道的绩效补贴一年最多一共发多少"), it is that benefit's total; with
另外 or 加上 it still adds the benefit to the one in hand."""

from __future__ import annotations

from dialogue_fixtures import Talk

POSTS = "我们是物业服务企业，承接了公益性岗位，招了3个人，其中2个经认定为就业困难人员，1个还没认定。区里配套怎么算？"


def test_a_total_over_a_named_benefits_own_people_is_that_benefit(talk: Talk) -> None:
    *_, reply = talk(POSTS, "认定了的那2个人，街道的绩效补贴一年最多一共发多少")
    assert reply.amount_yuan == 7200 and reply.benefits == ("performance",)


def test_another_with_a_total_still_adds_it(talk: Talk) -> None:
    _, both = talk("新认定区级技能大师工作室 建室补助多少", "另外我们领衔人还参加了区人社局组织的评审三次 一共多少")
    assert both.amount_yuan == 103000


def test_a_count_alone_stays_on_the_benefit_in_hand(talk: Talk) -> None:
    *_, reply = talk(
        "我们物业公司承接了公益性岗位，区里配套部分怎么算？",
        "最低工资按2280元算的话，每人每月多少？",
        "我们有3个人，一年一共多少？",
    )
    assert reply.amount_yuan == 45144  # 1254 × 3 × 12: "3个人" does not name the 绩效补贴


def test_a_what_if_on_my_own_certificate_replaces_it(talk: Talk) -> None:
    first = "我去一个备案过的培训机构培训，考了专项能力证书，机构能拿多少补贴"
    for what_if in ("要是我考的是中级工呢", "要是考的是中级工呢"):
        _, reply = talk(first, what_if)
        assert reply.amount_yuan == 500, what_if  # my one certificate is 中级工, not one more


def test_another_batch_of_its_own_is_answered_alone_with_everyones_sum_beside_it(talk: Talk) -> None:
    *_, batch, _, total = talk(
        "我们培训机构备案了，这期30个失业人员拿了中级工证，补多少",
        "另外还有6个拿了专项能力证书",
        "我们还是认定试点单位，今年新增技能人才120人次，奖励多少",
        "两项一共多少",
    )
    assert batch.amount_yuan == 1800 and "合计可享受16800元" in batch.text
    assert total.amount_yuan == 16800 + 60000  # the training answer remembered is everyone's
    _, more = talk("我们培训机构备案了，这期30个失业人员拿了中级工证，补多少", "还有10个拿了高级工")
    assert more.amount_yuan == 25000  # "还有" alone adds to the batch said before


def test_one_answer_named_with_zhe_kuai_is_that_answer_alone(talk: Talk) -> None:
    *_, block = talk(
        "我们工作室在申报区级技能大师工作室，还没认定下来，能先拿建室补助吗",
        "那认定以后多少",
        "我们工作室在人社备案了，组织外省进城务工人员培训，15个人拿了初级工证",
        "另外5个人拿了高级工，这5个多少",
        "培训这块一共",
    )
    assert block.amount_yuan == 12500 and block.clauses == ("9",)


def test_another_two_said_with_lingwai_are_a_batch_of_their_own(talk: Talk) -> None:
    *_, batch = talk(
        "备案机构 培训脱贫人口 拿专项能力证书 一人多少",
        "12个",
        "对了 家燕回巢 一人一天多少",
        "回到培训 另外俩拿了技师的 给多少",
    )
    assert batch.amount_yuan == 2000 and "合计可享受5600元" in batch.text


def test_a_left_out_group_by_level_is_counted_back_at_its_level(talk: Talk) -> None:
    *_, why, back = talk(
        "备案的职业培训机构，这期培训：失业人员10个拿了初级工，灵活就业人员8个拿了高级工，在职员工6个拿了中级工，总共能补多少",
        "在职员工那6个为啥不算",
        "如果那6个是转业复退军人呢",
    )
    assert why.amount_yuan == 13000
    assert back.amount_yuan == 16000  # + 6 中级工 × 500, kept through the question in between


def test_students_of_another_district_are_no_listed_group_of_the_training_subsidy(talk: Talk) -> None:
    (other,) = talk(
        "我们机构（已备案）这期培训了杭州萧山户籍的在校大学生25人，都拿到了中级工证书，能申请培训认定补贴吗？"
    )
    assert (other.amount_yuan, other.eligible) == (0, False)
    (mixed,) = talk(
        "我们是备案的培训机构，申请培训认定补贴：本区户籍大学生12个，还有8个是外地户籍的大学生，都拿了中级工证书，补多少"
    )
    assert mixed.amount_yuan == 6000 and "外地户籍的大学生8人" in mixed.text


def test_an_award_for_one_of_our_mentors_is_another_case_beside_the_organisations(talk: Talk) -> None:
    *_, total = talk(
        "我们是一家就业辅导公益组织，今年被评为先进组织，有奖励吗",
        "省里评的",
        "我们的一个公益导师也被市里评为先进个人",
        "那组织和导师一共多少",
    )
    assert total.amount_yuan == 3000 + 2000


def test_a_benefit_named_by_its_own_word_with_a_total_over_its_people(talk: Talk) -> None:
    *_, reply = talk(
        "我在公益性岗位上班 听说街道还有绩效补贴 一年最多多少",
        "我这个岗位是物业公司承接的 区里配套怎么算",
        "我们街道一共12个公益岗 一年绩效最多发多少",
    )
    assert reply.amount_yuan == 12 * 3600 and reply.benefits == ("performance",)
