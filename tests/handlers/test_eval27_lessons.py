"""Lessons of evaluation set 27 (a month's real-traffic mix, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_figure_after_its_cue_and_the_persons_named(talk: Talk) -> None:
    """ "招用本区户籍人员一百二": 人员 between the cue and the figure still ties them (120)."""
    (reply,) = talk("滨江的企业 招用本区户籍人员一百二 都稳定就业 奖补是多少呀")
    assert reply.amount_yuan == 100000


def test_one_holders_level_named_after_the_ask_is_one_person(talk: Talk) -> None:
    """ "我…考出证了 机构能拿多少" then "高级工": that one trainee (1000), and "中级工呢" moves them."""
    _, level, other = talk(
        "我是滨江户籍大学生 参加了备案机构的技能培训 考出证了 机构能拿多少补贴", "高级工", "中级工呢"
    )
    assert (level.kind, level.amount_yuan) == ("answer", 1000)
    assert other.amount_yuan == 500


def test_an_organisations_level_alone_still_asks_how_many(talk: Talk) -> None:
    _, level = talk("我们备案机构培训了一批失业人员 考出证了 机构能拿多少补贴", "高级工")
    assert level.kind == "ask"


def test_how_many_all_got_it_is_a_count(talk: Talk) -> None:
    """ "8个都拿了技师证": eight, each with the certificate; "两个都能拿吗" is still "both"."""
    (reply,) = talk("技能大师工作室培训转业复退军人 8个都拿了技师证 工作室能拿多少培训认定补贴")
    assert reply.amount_yuan == 8 * 1000


def test_a_short_form_of_a_keyword_said_again_is_the_same_thing(talk: Talk) -> None:
    """ "在技能大师工作室培训拿了专项能力证书 工作室那边能拿多少": 工作室 again is the studio, not
    more evidence for (十一); the trainee's certificate makes it (九)'s training subsidy."""
    (reply,) = talk("灵活就业 在技能大师工作室培训拿了专项能力证书 工作室那边能拿多少补贴")
    assert reply.clauses == ("9",) and reply.amount_yuan == 300


def test_another_group_after_the_counted_one_is_beside_it(talk: Talk) -> None:
    """ "本区户籍大学生12个，还有8个是外地户籍的在校大学生": 12 paid, the 8 left out; not 12 − 8."""
    (reply,) = talk(
        "我们这期中级工培训，本区户籍大学生12个，还有8个是外地户籍的在校大学生，都考过了，机构备案了，补多少"
    )
    assert reply.amount_yuan == 12 * 500


def test_levels_asked_whether_it_counts_as_are_not_stated(talk: Talk) -> None:
    """ "区里办的职业指导大赛拿了一等奖 这个算国家省市那个奖励吗": the award is 区级 (not in (五)),
    国家、省、市 are what it is asked to count as."""
    (reply,) = talk("我是公益导师 在区里办的职业指导大赛拿了一等奖 这个算国家省市那个奖励吗")
    assert reply.eligible is False and reply.amount_yuan == 0


def test_a_part_said_no_of_the_count_before_comes_off_it(talk: Talk) -> None:
    """ "这个月做了十一次" then "其中有三次是我自己在抖音直播的 不是人社组织的": 8 × 300."""
    *_, reply = talk(
        "导师库的 人社局组织的线上咨询 一次多少钱", "这个月做了十一次", "其中有三次是我自己在抖音直播的 不是人社组织的"
    )
    assert (reply.amount_yuan, reply.eligible) == (2400, True)
    *_, community = talk(
        "街道有3个社区新认定为市级高质量就业社区，一共多少？", "其中有一个社区之前已经领过了，那还能拿多少？"
    )
    assert community.amount_yuan == 80000


def test_a_private_company_is_no_hr_organiser(talk: Talk) -> None:
    (reply,) = talk("我在导师库里 给一家私人培训公司做了两次线下创业讲座 能按一千一次补吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_the_last_count_may_come_before_its_level(talk: Talk) -> None:
    """ "初级工30个 高级工10个 还有20个拿的专项能力证书": 30 × 500 + 10 × 1000 + 20 × 300."""
    (reply,) = talk("我们这期培训的都是脱贫人口 初级工30个 高级工10个 还有20个拿的专项能力证书 合计多少")
    assert reply.amount_yuan == 31000


def test_where_to_apply_keeps_the_benefit_in_hand(talk: Talk) -> None:
    """ "找哪个部门申请" after (四): about that benefit, with the annex's 区人力社保局."""
    *_, reply = talk("我们公司招了本区户籍的60个 都稳定上班 吸纳就业奖补多少", "找哪个部门申请")
    assert reply.clauses == ("4", "annex") and "区人力社保局" in reply.text


def test_repeated_payment_and_other_levels_policies_are_the_annex(talk: Talk) -> None:
    (alone,) = talk("我同时符合好几条 区里会不会重复给 还是只给高的")
    assert alone.clauses == ("annex",)
    *_, city = talk("我是社区就业专干 考了职业指导师高级工", "市里好像也有差不多的补贴 能两边都拿吗")
    assert city.clauses[0] == "annex"


def test_whether_the_money_is_ones_own_before_any_count(talk: Talk) -> None:
    """ "…考了中级工证 听说有500块 这钱是打给我的吗": paid to the training body, said at once."""
    (reply,) = talk("我失业了在备案的培训机构考了中级工证 听说有500块 这钱是打给我的吗")
    assert reply.kind == "answer" and "不发给个人" in reply.text and reply.eligible is False


def test_a_high_school_pupil_is_no_university_student(talk: Talk) -> None:
    (reply,) = talk("孩子高二 滨江户口 暑假能参加家燕回巢吗")
    assert reply.eligible is False


def test_the_firms_size_is_no_hire_count(talk: Talk) -> None:
    """ "员工两百多 今年新招了一批滨江户籍的": the staff, not the hires (asked next); "员工总数620人"
    likewise; "招了员工两百多" is hires."""
    (size,) = talk("我们公司2019年成立的 员工两百多 今年新招了一批滨江户籍的 能拿吸纳就业奖补吗")
    assert size.kind == "ask"
    (total,) = talk("我们公司员工总数620人 今年新招了一批滨江户籍的 能拿吸纳就业奖补吗")
    assert total.kind == "ask"
    (hired,) = talk("招了员工两百多 都是本区户籍 奖补多少")
    assert hired.amount_yuan == 200000
