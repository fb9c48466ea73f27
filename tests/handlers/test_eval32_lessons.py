"""Lessons of evaluation set 32 (organisations estimating, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_trainees_of_a_studio_are_no_studios(talk: Talk) -> None:
    """ "带8个脱贫人口考出高级工，还有5个本单位在职员工": people, not thirteen studios (was 130.8万);
    the grant once, the eight trainees' 8000, the five staff left out."""
    (reply,) = talk(
        "新认定的区级技能大师工作室，也在人社备案，今年带8个脱贫人口考出高级工，还有5个本单位在职员工也考出高级工，建室补助加培训补贴一共多少"
    )
    assert reply.amount_yuan == 100000 + 8 * 1000
    (two,) = talk("我们今年新认定了2个区级技能大师工作室 建室补助多少")
    assert two.amount_yuan == 2 * 100000


def test_hired_staff_said_with_a_whole_word_are_the_count(talk: Talk) -> None:
    """ "招用并稳定就业的本区户籍员工一共49人": hired in the phrase, no firm's size (one short of 50)."""
    (reply,) = talk("我是公司HR，今年我们招用并稳定就业的本区户籍员工一共49人，吸纳就业奖补能拿多少？")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_part_leaving_in_a_what_if_is_taken_off(talk: Talk) -> None:
    """ "要是其中15个人后来离职了呢" of 90: 75 (7.5万), not fifteen; "再走一个呢": 74 (5万)."""
    *_, left, one_more = talk(
        "我们公司注册和经营都在萧山，招了90个滨江户籍的员工，能申请滨江的吸纳就业奖补吗",
        "如果明年公司整体迁到滨江，这90个人都稳定就业，能拿多少",
        "要是其中15个人后来离职了呢",
        "再走一个呢",
    )
    assert (left.amount_yuan, one_more.amount_yuan) == (75000, 50000)


def test_the_part_corrected_and_the_whole_said_again(talk: Talk) -> None:
    """ "我算错了，高技能人才是70人次，总数还是130": the whole stays 130 (not 90 + 70); the high
    skill path (7万) is the better one; the stars then add 2万."""
    *_, corrected, _, both = talk(
        "我们是职业技能等级认定试点单位，今年培养了不少人才，能拿多少奖励",
        "新增技能人才一共130人次，其中高技能人才40人次",
        "我算错了，高技能人才是70人次，总数还是130",
        "另外我们品牌建设期满评估拿了四星，这个奖多少",
        "两项加起来一共多少",
    )
    assert (corrected.amount_yuan, both.amount_yuan) == (70000, 90000)


def test_an_included_whole_split_into_a_counted_and_a_left_out_part(talk: Talk) -> None:
    """ "20个本区户籍学员，15个是在校生，5个是离校3年的往届生": the twenty are split; the five who
    left school three years ago are left out (15 × 2 × 200)."""
    (reply,) = talk("备案企业办了2天培训，20个本区户籍学员，15个是在校生，5个是离校3年的往届生，补贴多少")
    assert reply.amount_yuan == 15 * 2 * 200


def test_employed_white_collar_trainees_are_no_target_group(talk: Talk) -> None:
    (reply,) = talk(
        "备案的培训学校一期60人：25个本区户籍大学生拿初级工，15个外省进城务工人员拿中级工，10个本区失业人员拿高级工，还有10个外地户籍在职白领拿高级工。学校一共能拿多少"
    )
    assert reply.amount_yuan == 25 * 500 + 15 * 500 + 10 * 1000


def test_a_part_described_with_an_outside_word_stays_in_the_topic(talk: Talk) -> None:
    """ "那12个本省的里面有5个在滨江登记失业了": a part of the trainees described (登记失业 is also
    another service's word), not a question on 失业登记."""
    _, part = talk(
        "我们备案的培训学校这期学员拿了中级工证：18个外省进城务工人员，12个本省其他地市来的务工人员，补多少",
        "那12个本省的里面有5个在滨江登记失业了",
    )
    assert part.kind == "answer" and part.clauses == ("9",)


def test_more_prizes_at_a_level_the_benefit_refuses(talk: Talk) -> None:
    """ "还有一位员工在市级竞赛拿了二等奖，这条政策能奖吗" after 区级 prizes: those are asked
    about (no, 0); the text keeps what the 区级 ones get."""
    *_, asked = talk(
        "公司有3名员工在区级职业技能竞赛中获奖，一个一等奖，两个三等奖，奖励一共多少",
        "拿一等奖的那位是第1名，有什么称号吗",
        "还有一位员工在市级竞赛拿了二等奖，这条政策能奖吗",
    )
    assert (asked.amount_yuan, asked.eligible) == (0, False)
    assert "不计入" in asked.text and "4000元" in asked.text


def test_trainees_registered_unemployed_in_another_district(talk: Talk) -> None:
    """ "10个在余杭区登记的失业人员": where they registered is no other region's policy asked about,
    and 余杭区's unemployed are no 区内失业人员 (0, not eligible)."""
    (reply,) = talk("我们备案学校培训了10个在余杭区登记的失业人员，拿了高级工证，他们不是灵活就业，这个能补吗")
    assert (reply.clauses, reply.amount_yuan, reply.eligible) == (("9",), 0, False)


def test_the_same_people_said_again_with_a_total_word(talk: Talk) -> None:
    """ "有两个公益性岗位上岗人员…两个人一年合计最多多少": the two said again as the whole, not four
    (eval29's known miss)."""
    (reply,) = talk("我们街道有两个公益性岗位上岗人员，街道发的绩效补贴两个人一年合计最多多少")
    assert reply.amount_yuan == 2 * 3600


def test_more_trainees_from_inside_the_province(talk: Talk) -> None:
    """ "还有4个浙江省内其他城市来的务工人员拿了中级工…这4个能补吗": no 外省进城务工人员 (no, 0)."""
    *_, asked = talk(
        "我们是备案的培训机构，给区内失业人员做培训，10个人拿了初级工证，补贴多少",
        "还有6个外省进城务工人员拿了高级工，加起来一共多少",
        "另外还有20个灵活就业人员拿了专项能力证书，现在一共多少",
        "还有4个浙江省内其他城市来的务工人员拿了中级工，他们不是失业也不是灵活就业，这4个能补吗",
    )
    assert (asked.amount_yuan, asked.eligible) == (0, False)
    assert "17000元" in asked.text or "1.7万元" in asked.text
