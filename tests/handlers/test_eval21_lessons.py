"""Lessons from tests/eval21 (planning and reverse questions, facts given piecemeal, figures
changed later), each as a class of messages rather than one item. The sums aimed at are in
test_target.py."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_more_of_the_same_in_one_message(talk: Talk) -> None:
    (reply,) = talk("试点单位现在新增高技能人才60个，要是再多培养10个，到时候一共能拿多少")
    assert reply.amount_yuan == 70000  # the 10 is more 高技能人才, not a 技能人才 count of its own
    (hires,) = talk("我们招了本区户籍的60个，再招15个能拿多少")
    assert hires.amount_yuan == 75000


def test_the_base_said_again_with_more(talk: Talk) -> None:
    *_, reply = talk("试点单位 今年新增高技能人才220人 能拿多少", "要是只有180个呢", "一百八十个再多10个能到封顶吗")
    assert reply.amount_yuan == 190000  # 180 + 10, not 180 + 190


def test_one_of_two_answers_taken_alone(talk: Talk) -> None:
    *_, alone = talk(
        "试点单位 今年新增高技能人才50个", "期满评估还是五星 加起来多少", "光算培养奖励 高技能人才要是两百个呢"
    )
    assert alone.amount_yuan == 200000  # the stars' 3万 left out, as asked


def test_a_condition_only_one_clause_has_breaks_a_tie(talk: Talk) -> None:
    (reply,) = talk("街道就业服务中心三个人考证，一个高级技师、两个中级工，一共补多少")
    # the levels fit （六） and （九） alike; only （六） pays people in public employment service
    assert (reply.clauses, reply.amount_yuan) == (("6",), 3000 + 2 * 1500)


def test_a_question_set_aside_is_not_asked(talk: Talk) -> None:
    (reply,) = talk(
        "我们物业公司之前招了60个本区户籍的员工 那个吸纳就业奖补另说 我就问问我们承接的公益性岗位 1个岗位一年区配套多少"
    )
    assert reply.clauses[:1] == ("8",)


def test_a_figure_said_before_a_part_is_not_that_part(talk: Talk) -> None:
    *_, reply = talk(
        "我们公司想给本区户籍大学生办职业技能培训 能补多少",
        "备了案的",
        "五十个人 两天",
        "要是办四天呢",
        "还是按两天算，其实里面有10个是外地户籍的",
    )
    assert reply.amount_yuan == 200 * 40 * 2  # two days again, and forty who count


def test_the_most_for_one_person_over_the_most_days(talk: Talk) -> None:
    (one,) = talk("给本区户籍大学生做培训，每个学生最多能补多少钱")
    assert one.amount_yuan == 200 * 3  # one student, over the three days the rate is paid for
    (per_day,) = talk("家燕回巢组织单位每人每天最高补贴多少")
    assert per_day.amount_yuan == 200  # the period asked: the rate itself
    *_, block = talk(
        "我们公司是人社认定的职业技能等级认定试点单位，今年新培养了一批技能人才，奖励怎么算，能拿多少",
        "130",
        "我们同时也参加了试点企业品牌建设，期满评估是四星",
        "技能人才那块，要是明年培养到四五百人，那块最多能拿多少",
    )
    assert block.amount_yuan == 200000  # that block alone, at its cap
