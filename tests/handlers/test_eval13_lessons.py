"""Lessons from tests/eval13 (chat typing: typos, homophones, 繁體, mixed numerals, short turns),
each as a class of messages rather than the one item that showed it."""

from __future__ import annotations

import pytest
from dialogue_fixtures import Talk


@pytest.mark.parametrize(
    ("text", "clause", "amount"),
    [
        ("技师2500是按人头吗 我们五个人都考了技师 都在区里公共就业服务岗", "6", 12500),
        ("区里技能比赛一等奖2000 二等奖多少来着", "12", 1500),
        ("区级竞赛三等奖1000 一等奖呢", "12", 2000),
        ("线上300一次 线下的指导一次多少", "5", 1000),
    ],
)
def test_a_rate_quoted_after_its_category_is_not_a_head_count(talk: Talk, text: str, clause: str, amount: int) -> None:
    (reply,) = talk(text)
    assert reply.kind == "answer" and reply.clauses == (clause,)
    assert reply.amount_yuan == amount


def test_a_count_right_after_a_category_still_counts(talk: Talk) -> None:
    (reply,) = talk("我们街道公共就业服务岗的同事 技师2个 高级工3个 补多少")
    assert reply.amount_yuan == 2 * 2500 + 3 * 2000


def test_mixed_numerals_with_several_places(talk: Talk) -> None:
    (reply,) = talk("1百2十5个本区户籍员工稳定就业 奖补多少")
    assert reply.amount_yuan == 125000


def test_homophones_of_certificate_levels(talk: Talk) -> None:
    (first,) = talk("劳动保障协理员 高级公 补多少钱啊")
    (second,) = talk("职业指导式出级工补多少")
    assert (first.amount_yuan, second.amount_yuan) == (2000, 1000)


@pytest.mark.parametrize(
    ("first", "figure", "clause", "amount"),
    [
        ("试点单位 新增高技能人才奖励咋算", "60", "10", 60000),
        ("企业招人补贴咋算", "80", "4", 75000),
    ],
)
def test_a_bare_figure_after_the_rule_described_is_the_figure_it_needs(
    talk: Talk, first: str, figure: str, clause: str, amount: int
) -> None:
    described, answered = talk(first, figure)
    assert described.kind == "answer" and described.amount_yuan is None
    assert answered.clauses == (clause,) and answered.amount_yuan == amount


def test_a_figure_said_to_be_wrong_beside_the_right_one_is_dropped(talk: Talk) -> None:
    *_, corrected = talk("招了本区户籍的员工 都稳定的 能拿多少奖补", "50", "不好意思说错了 原来是45个不是50个")
    assert corrected.amount_yuan == 0 and corrected.eligible is False
    (reply,) = talk("招了本区户籍的员工80个 不是60个 能拿多少")
    assert reply.amount_yuan == 75000


def test_registration_written_apart_is_registration(talk: Talk) -> None:
    refused, registered = talk("我们培训机构还没去人社部门备案 组织灵活就业人员考中级工20个 能补吗", "那备了案以后呢")
    assert (refused.amount_yuan, refused.eligible) == (0, False)
    assert (registered.amount_yuan, registered.eligible) == (10000, True)


def test_a_yes_or_no_question_denies_nothing(talk: Talk) -> None:
    (reply,) = talk("我们机构不确定有没有在人社部门备过案，培训了20个失业人员都拿了中级工，如果能补的话是多少")
    assert reply.amount_yuan == 10000


def test_also_asked_about_another_case_replaces_it(talk: Talk) -> None:
    """ "市级比赛的一等奖呢 也有吗" asks whether a city contest pays too; it adds no level."""
    *_, city = talk("区级技能竞赛二等将 奖金多少", "三等呢", "市级比赛的一等奖呢 也有吗")
    assert (city.amount_yuan, city.eligible) == (0, False)


@pytest.mark.parametrize("text", ["您好，請問這個機器人可以查詢哪些內容？", "hi 小助手 能帮我查啥政策", "有啥政策"])
def test_what_the_bot_can_answer(talk: Talk, text: str) -> None:
    (reply,) = talk(text)
    assert reply.kind == "help"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("区级竞赛前三名有啥称号", "12"),  # a list cue with its clause named well enough
        ("家燕回巢是干啥的", "7"),
        ("技能大师工作室有啥扶持政策", "11"),
    ],
)
def test_what_a_clause_gives_is_described(talk: Talk, text: str, clause: str) -> None:
    (reply,) = talk(text)
    assert reply.kind == "answer" and reply.clauses == (clause,)


def test_paying_social_insurance_is_outside_but_its_subsidy_is_not(talk: Talk) -> None:
    (paying,) = talk("社保每个月最低要交多少钱")
    (subsidy,) = talk("公益性岗位的社保补贴怎么算")
    assert paying.kind == "fallback" and "社会保险" in paying.text
    assert subsidy.clauses == ("8",)


def test_a_head_count_unlike_the_answers_is_a_what_if_not_their_total(talk: Talk) -> None:
    *_, three = talk(
        "备案培训机构 转业复退军人考了高级技师 10个 补机构多少",
        "那我们街道就业服务站的工作人员考了职业指导师高级技师 个人能拿多少",
        "3个人的话一共",
    )
    assert three.clauses == ("6",) and three.amount_yuan == 9000
    *_, both = talk("我有技师证能拿多少", "我还拿了区级竞赛一等奖", "两项一共多少")
    assert both.amount_yuan == 4500


def test_a_total_asked_after_a_space_does_not_make_the_last_figure_the_whole(talk: Talk) -> None:
    (reply,) = talk("大师工作室领衔人今年参加了区人社组织的培训3次评审2次 一共补多少")
    assert reply.amount_yuan == 5000


def test_another_benefits_rule_asked_mid_dialogue_is_described(talk: Talk) -> None:
    _, switched, rule = talk(
        "公益岗为上岗人员 街道给的绩效补贴最多多少",
        "物业公司承接的公益岗呢 区里怎么配套",
        "这个55%是按哪个最低工资算的",
    )
    assert switched.kind == "answer" and "55%" in switched.text
    assert rule.kind == "answer" and "最低工资" in rule.text


def test_a_rule_asked_while_a_figure_is_awaited_is_answered_and_the_figure_asked_again(talk: Talk) -> None:
    _, rule, figure = talk("我们公司招了不少本区户籍的员工，能拿多少奖补？", "脱贫人口也算进去吗？", "80")
    assert rule.kind == "ask" and "脱贫人口" in rule.text
    assert figure.amount_yuan == 75000


def test_another_category_asked_with_the_same_figure_replaces_unless_added(talk: Talk) -> None:
    first = "我们培训机构已备案 组织灵活就业人员考中级工20个 能补多少"
    _, instead = talk(first, "专项能力证书的呢 也是20个")
    _, added = talk(first, "还有专项能力证书的也是20个")
    assert instead.amount_yuan == 20 * 300
    assert added.amount_yuan == 20 * 500 + 20 * 300


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("公益导师那个5000块是国家级的吧 省级的多少", 3000),  # the level quoted is known, the other asked
        ("国家级高质量就业社区10万 那省级的呢", 50000),
    ],
)
def test_a_level_whose_amount_is_quoted_is_not_the_level_asked(talk: Talk, text: str, amount: int) -> None:
    (reply,) = talk(text)
    assert reply.amount_yuan == amount


def test_two_people_in_a_total_are_not_a_count_of_the_prize_before(talk: Talk) -> None:
    (reply,) = talk("我区级技能竞赛拿了二等奖 还有一个同事三等奖 俩人一共多少")
    assert reply.amount_yuan == 1500 + 1000


def test_a_sum_asked_with_who_receives_it_is_answered_with_the_sum(talk: Talk) -> None:
    (reply,) = talk("零工市场验收通过了 每年给多少运营经费 是给谁的啊")
    assert reply.amount_yuan == 150000 and "街道" in reply.text


def test_a_job_held_a_year_is_not_years_since_leaving_school(talk: Talk) -> None:
    """ "今年招了…都干满一年了": 今年 and 一年 without 毕业 / 离校 say nothing of leaving school, so
    the hiring reward is the one asked about."""
    (reply,) = talk("今年招了49个滨江户口的 都干满一年了 差一个能不能通融")
    assert reply.clauses == ("4",) and (reply.amount_yuan, reply.eligible) == (0, False)
    (student,) = talk("我是滨江户籍 去年毕业的 还没工作 能参加家燕回巢吗")
    assert student.clauses == ("7",) and student.eligible is True
