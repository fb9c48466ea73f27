"""Lessons from tests/eval17 (voice transcripts, enterprises estimating, thresholds, questions
near the policy's edge), each as a class of messages rather than the one item that showed it."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_skill_talents_said_beside_high_skill_talents_include_them(talk: Talk) -> None:
    """The bot asks "技能人才多少？其中高技能人才多少？"; said side by side, the 40 are among the 90."""
    first, more, both = talk(
        "我们是认定的试点单位 今年新增技能人才九十个 高技能人才四十个 有奖励吗",
        "如果技能人才再多十个呢",
        "那技能人才一百四 高技能人才七十呢",
    )
    assert (first.amount_yuan, first.eligible) == (0, False)
    assert more.amount_yuan == 50000  # 100 in all; the 40 stay
    assert both.amount_yuan == 70000  # 140 → 70000, 70 → 70000: the better, not added
    (apart,) = talk("试点企业今年新增培养初中级技能人才90人次、高技能人才30人次，能拿多少")
    assert apart.amount_yuan == 60000  # 初中级: a group apart, 120 in all
    _, _, later = talk(
        "我们是人社部门认定的职业技能等级认定试点单位 今年新增培养了一批高技能人才 奖励能拿多少",
        "68",
        "另外新增的技能人才是一百六十个",
    )
    assert later.amount_yuan == 80000  # the 68 among the 160


def test_voice_input_spellings_and_figures(talk: Talk) -> None:
    _, _, level = talk("嗯我是社区就业专干然后那个考了职业指导师的证区里有补贴吗", "高级攻", "那如果是技士呢")
    assert level.amount_yuan == 2500  # 技士 is 技师 as voice input writes it
    (hires,) = talk("我们厂今年招的本区户口的工人有1百5 都干得挺稳的 吸纳就业那个奖补能给多少")
    assert hires.amount_yuan == 150000  # 工人有1百5: the head count, joined by 有


def test_another_named_colleague_is_another_person(talk: Talk) -> None:
    *_, other = talk("我是社区就业专干，考了职业指导师技师证", "我们社区另一个专干拿的是初级工 他能拿多少")
    assert other.amount_yuan == 1000


def test_the_rules_step_quoted_is_not_a_count(talk: Talk) -> None:
    (reply,) = talk("我们是认定试点单位 今年新增技能人才119个 每满20个加1万 现在能拿多少")
    assert reply.amount_yuan == 50000  # 119, not 139
    (cap,) = talk("每多招25个加两万五对吧 一年封顶多少")
    assert (cap.benefits, cap.amount_yuan) == (("hiring",), 500000)


def test_groups_described_side_by_side_count_only_those_who_qualify(talk: Talk) -> None:
    (listed,) = talk(
        "一共50个学员：本区户籍在校生20个，本区户籍离校一年还没工作的10个，本区户籍但已经离校3年的8个，"
        "外地户籍12个。培训2天，备案过，能补多少"
    )
    assert listed.amount_yuan == 200 * 30 * 2  # a colon ends the whole's phrase
    (siblings,) = talk(
        "我们这期培训来的都是滨江户口的，12个是离校一年的应届生还没找到工作，8个是离校三年的，就培训了一天，备案了，补多少"
    )
    assert siblings.amount_yuan == 200 * 12  # the 12 are a group beside the 8, not their whole


def test_a_condition_failed_later_in_the_sentence_takes_those_people_out(talk: Talk) -> None:
    (reply,) = talk(
        "我们本区户籍的员工有45个，还有5个是脱贫人口，不过他们老家不是对口帮扶地区的，加起来50个，能拿5万吗"
    )
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_company_seated_in_another_district_said_in_two_parts(talk: Talk) -> None:
    (outside,) = talk("我们公司注册和办公都在西湖区，今年招了100个滨江户籍的员工，能拿滨江区的吸纳就业奖补吗")
    assert (outside.amount_yuan, outside.eligible) == (0, False)
    (students,) = talk("滨江企业给外地户籍的大学生做培训，能按200元一人一天申报吗")
    assert "区内企业" not in students.text  # 外地 describes the students, not the company


def test_another_regions_own_policy_asked_beside_ours_is_out_of_scope(talk: Talk) -> None:
    (compared,) = talk("嗯就是说西湖区那边社区就业专干考职业指导师有没有补贴跟滨江一样吗")
    assert compared.kind == "fallback"
    *_, there = talk(
        "我们园区那个产业平台就业创业服务中心在区人社局备案了每年最多多少经费",
        "西湖区那边的产业平台有没有类似的经费 是多少",
    )
    assert there.kind == "fallback"
    (seat,) = talk("我们企业在余杭 招了100个滨江户籍的能拿吗")
    assert (seat.clauses, seat.amount_yuan) == (("4",), 0)  # our policy, refused: not a 区内企业
    (talent,) = talk("我刚认定了杭州E类高层次人才 在滨江工作 安家补贴有多少 怎么申请")
    assert talent.kind == "fallback"


def test_a_person_asking_to_be_paid_what_only_an_organisation_gets_is_told_no(talk: Talk) -> None:
    (mine,) = talk("我是区内的失业人员 在备案的机构参加培训考了中级工证书 那个每人500的培训认定补贴是发给我本人的吗")
    assert (mine.eligible, mine.amount_yuan) == (False, 0)  # (0 to the asker since the thirteenth session)
    assert mine.text.startswith("不是。") and "500元" in mine.text  # the organisation's sum, for reference
    *_, later = talk("那我去备案的培训机构参加培训 考了个初级工 机构能拿补贴吗 多少", "这个钱我自己能拿吗")
    assert later.eligible is False
    (prize,) = talk("我在区级技能竞赛拿了一等奖，奖金是发给我本人的吗")
    assert (prize.eligible, prize.amount_yuan) == (True, 2000)  # a prize is the person's own


def test_a_benefit_paid_out_of_another_is_not_added_to_it(talk: Talk) -> None:
    """ "给予街道每年最高50万元，其中…社区就业创业服务中心…最高15万元": the 15万 is inside the 50万."""
    (both,) = talk("街道最高50万，社区服务中心最高15万，是不是加起来街道这边一年最多能有65万")
    assert both.amount_yuan == 500000
    assert "含在街道就业创业服务经费补贴之内" in both.text


def test_people_outside_the_target_groups_come_off_one_levels_count(talk: Talk) -> None:
    (spaced,) = talk(
        "我们机构备案了 这期60个学员都考出了中级工 30个是本区户籍大学生 另外30个是附近企业送来的在职员工 补贴多少"
    )
    assert spaced.amount_yuan == 30 * 500  # a space after words ends the 60's phrase
    (part,) = talk("备案机构，学员50人都考了高级工 其中有20个是公司员工")
    assert part.amount_yuan == 30 * 1000


def test_a_group_added_that_the_clause_leaves_out_is_said_not_to_count(talk: Talk) -> None:
    *_, total, asked = talk(
        "我们培训机构在人社局备案过 培训了一批区内失业人员都拿到证了 补贴怎么算 能拿多少",
        "中级工 四十个",
        "还有十二个拿的是高级工 一共多少",
        "另外还有八个是企业送过来的在职员工 也考了高级工 这八个算不算",
    )
    assert total.amount_yuan == 32000
    assert (asked.eligible, asked.amount_yuan) == (False, 0) and "3.2万元" in asked.text  # no for them; the rest shown
    assert asked.text.startswith("新说的这部分不符合条件")


def test_some_of_one_levels_count_moved_to_another_with_qizhong(talk: Talk) -> None:
    *_, moved = talk("备案的培训机构，培训外省进城务工人员，三十个都考了高级工", "如果其中十个只拿了专项能力证书呢")
    assert moved.amount_yuan == 20 * 1000 + 10 * 300


def test_two_asked_to_combine_are_the_two_things_not_a_count(talk: Talk) -> None:
    *_, combined = talk(
        "我们是人社部门认定的职业技能等级认定试点单位 今年新增培养了一批高技能人才 奖励能拿多少",
        "68",
        "另外新增的技能人才是一百六十个",
        "两个不能加起来吗",
    )
    assert combined.amount_yuan == 80000  # the better path, not added; and not 2 more talents


def test_company_hr_is_not_public_employment_service(talk: Talk) -> None:
    *_, hr = talk(
        "我们街道就业服务中心好几个人拿了职业指导师证 一共能补多少",
        "两个技师 一个高级技师",
        "那企业里做人事的拿了这个证算不算",
    )
    assert (hr.eligible, hr.amount_yuan) == (False, 0)


def test_a_share_of_the_whole_described_by_the_cue_words(talk: Talk) -> None:
    (tenths,) = talk("我们今年新招200人，其中三成是滨江本区户籍，其他都是外省的（不是脱贫人口），能拿多少")
    assert tenths.amount_yuan == 50000  # 60 counted
    (percent,) = talk("公司招了150个人，百分之四十是外地的，能拿多少")
    assert percent.amount_yuan == 75000  # 90 counted


def test_another_case_of_the_same_benefit_is_added_in_a_total(talk: Talk) -> None:
    *_, total = talk(
        "我带的就业辅导公益组织被评为先进组织，奖多少",
        "是省里评的",
        "我个人还获得了市里组织的职业指导竞赛奖",
        "组织和我个人加起来一共多少",
    )
    assert total.amount_yuan == 3000 + 2000
    assert "（又一项）" in total.text


def test_training_for_local_students_alone_is_jiayan_huichao(talk: Talk) -> None:
    """本区户籍大学生 is (七)'s own group; (九) names it among six, and pays for certificates."""
    (unregistered,) = talk("我们企业没有在人社部门备案，组织本区户籍大学生培训能申报补贴吗")
    assert (unregistered.clauses[:1], unregistered.eligible) == (("7",), False)
    (certified,) = talk("我们培训机构组织本区户籍大学生参加技能培训，中级工20人，能补多少")
    assert (certified.clauses, certified.amount_yuan) == (("9",), 10000)


def test_two_clauses_in_the_order_the_message_asks_them(talk: Talk) -> None:
    """（五）'s 职业指导 stands inside （六）'s 职业指导师: it is no earlier mention of （五）."""
    (reply,) = talk(
        "我是社区就业专干 刚拿了职业指导师高级工证 另外我也在区就业创业导师库里 "
        "上个月参加了一次人社局组织的线下职业指导 两个加起来多少"
    )
    assert reply.clauses == ("6", "5") and reply.amount_yuan == 2000 + 1000
